#include "pakn/word_match.h"

#include <string>
#include <vector>

#include "pakn/text.h"

namespace pakn {

bool matches_words(std::string_view text, std::string_view query) {
    const std::vector<std::string> wanted = fold_tokens(query);
    if (wanted.empty()) return true;
    const std::vector<std::string> words = fold_tokens(text);
    for (const std::string& w : wanted) {
        bool found = false;
        for (const std::string& word : words)
            if (word.compare(0, w.size(), w) == 0) {
                found = true;
                break;
            }
        if (!found) return false;
    }
    return true;
}

}  // namespace pakn

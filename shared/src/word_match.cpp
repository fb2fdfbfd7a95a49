#include "pakn/word_match.h"

#include <string>
#include <vector>

#include "pakn/text.h"

namespace pakn {
namespace {

// A word as accent ranking compares it: NFC, lowercase, with its tone mark
// (huyền, sắc, hỏi, ngã, nặng) held apart, so the old and new placements
// ("hoà", "hòa") are the same word. Circumflex, breve, horn and đ stay in
// `letters`: they make other letters, not other tones.
struct AccentedWord {
    std::u32string letters;
    char32_t tone = 0;  // the combining mark, 0 for none
};

bool is_tone_mark(char32_t cp) {
    return cp == 0x0300 || cp == 0x0301 || cp == 0x0303 || cp == 0x0309 || cp == 0x0323;
}

AccentedWord accented_word(const std::u32string& lower) {
    AccentedWord w;
    for (char32_t cp : to_nfd(lower)) {
        if (is_tone_mark(cp))
            w.tone = cp;
        else
            w.letters.push_back(cp);
    }
    w.letters = to_nfc(w.letters);
    return w;
}

// The words of `s`: runs of letters, digits and combining marks, lowercase.
std::vector<AccentedWord> accented_words(std::string_view s) {
    std::vector<AccentedWord> words;
    std::u32string word;
    for (char32_t cp : to_nfc(utf8_to_codepoints_lossy(s))) {
        if (char_class(cp) == CharClass::other) {
            if (!word.empty()) words.push_back(accented_word(word));
            word.clear();
            continue;
        }
        word.push_back(to_lower(cp));
    }
    if (!word.empty()) words.push_back(accented_word(word));
    return words;
}

// True when folding would change the word: a tone, another diacritic or đ.
bool carries_accent(const AccentedWord& w) {
    if (w.tone) return true;
    const std::string utf8 = codepoints_to_utf8(w.letters);
    return fold_for_compare(utf8) != utf8;
}

// `typed` is `word`, or (as_start) its beginning; a start typed without its
// tone yet ("ngâ") may still become the word's ("ngập").
bool same_spelling(const AccentedWord& word, const AccentedWord& typed, bool as_start) {
    if (!as_start) return word.letters == typed.letters && word.tone == typed.tone;
    return word.letters.starts_with(typed.letters) && (typed.tone == 0 || typed.tone == word.tone);
}

}  // namespace

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

bool has_accents(std::string_view query) {
    for (const AccentedWord& w : accented_words(query))
        if (carries_accent(w)) return true;
    return false;
}

int accent_matches(std::string_view text, std::string_view query) {
    const std::vector<AccentedWord> wanted = accented_words(query);
    std::vector<AccentedWord> words;  // read only when some typed word has accents
    int score = 0;
    for (std::size_t i = 0; i < wanted.size(); ++i) {
        const AccentedWord& w = wanted[i];
        if (!carries_accent(w)) continue;
        if (words.empty()) words = accented_words(text);
        const bool last = i + 1 == wanted.size();
        for (const AccentedWord& word : words)
            if (same_spelling(word, w, last)) {
                ++score;
                break;
            }
    }
    return score;
}

}  // namespace pakn

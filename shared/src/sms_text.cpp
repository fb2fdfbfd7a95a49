#include "pakn/sms_text.h"

#include "pakn/text.h"

namespace pakn {

std::string sms_text(std::string_view text) {
    std::u32string out;
    for (char32_t cp : to_nfd(utf8_to_codepoints_lossy(text))) {
        if (char_class(cp) == CharClass::mark) continue;
        if (cp == U'\u0110') cp = U'D';  // Đ
        if (cp == U'\u0111') cp = U'd';  // đ
        out.push_back(cp);
    }
    return codepoints_to_utf8(out);
}

}  // namespace pakn

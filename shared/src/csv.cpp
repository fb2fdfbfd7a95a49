#include "pakn/csv.h"

namespace pakn {

bool is_plain_number(std::string_view t) noexcept {
    if (!t.empty() && t.front() == '-') t.remove_prefix(1);
    if (!t.empty() && t.back() == '%') t.remove_suffix(1);
    if (t.empty()) return false;
    bool digit_before = false;
    for (char c : t) {
        if (c >= '0' && c <= '9') {
            digit_before = true;
        } else if ((c == '.' || c == ',') && digit_before) {
            digit_before = false;  // a separator must sit between digits
        } else {
            return false;
        }
    }
    return digit_before;
}

std::string csv_field(std::string_view text, char delimiter) {
    std::string s(text);
    if (!s.empty()) {
        const char c = s.front();
        const bool formula_start = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
        if (formula_start && !is_plain_number(s)) s.insert(s.begin(), '\'');
    }
    if (s.find_first_of(std::string("\"\r\n") + delimiter) == std::string::npos) return s;
    std::string out = "\"";
    for (char c : s) {
        if (c == '"') out.push_back('"');
        out.push_back(c);
    }
    out.push_back('"');
    return out;
}

}  // namespace pakn

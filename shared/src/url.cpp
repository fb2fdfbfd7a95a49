#include "pakn/url.h"

namespace pakn {
namespace {

constexpr char kHexDigits[] = "0123456789ABCDEF";

int hex_value(char c) noexcept {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

std::string encode_keeping(std::string_view s, char also_kept) {
    std::string out;
    out.reserve(s.size());
    for (const char c : s) {
        if (is_unreserved(c) || (also_kept != '\0' && c == also_kept)) {
            out += c;
        } else {
            const auto b = static_cast<unsigned char>(c);
            out += '%';
            out += kHexDigits[b >> 4];
            out += kHexDigits[b & 0x0F];
        }
    }
    return out;
}

std::optional<std::string> decode(std::string_view s, bool plus_is_space) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c == '%') {
            const int hi = i + 1 < s.size() ? hex_value(s[i + 1]) : -1;
            const int lo = i + 2 < s.size() ? hex_value(s[i + 2]) : -1;
            if (hi < 0 || lo < 0) return std::nullopt;
            out += static_cast<char>(hi * 16 + lo);
            i += 2;
        } else if (c == '+' && plus_is_space) {
            out += ' ';
        } else {
            out += c;
        }
    }
    return out;
}

}  // namespace

// [SECTION] encoding

bool is_unreserved(char c) noexcept {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
           c == '_' || c == '~';
}

std::string percent_encode(std::string_view s) {
    return encode_keeping(s, '\0');
}

std::string percent_encode_path(std::string_view s) {
    return encode_keeping(s, '/');
}

void append_query_pair(std::string& query, std::string_view key, std::string_view value) {
    if (!query.empty()) query += '&';
    query += percent_encode(key);
    query += '=';
    query += percent_encode(value);
}

// [SECTION] decoding

std::optional<std::string> percent_decode(std::string_view s) {
    return decode(s, false);
}

std::optional<std::string> form_decode(std::string_view s) {
    return decode(s, true);
}

// [SECTION] query strings

QueryParams parse_query_string(std::string_view query) {
    QueryParams out;
    while (!query.empty()) {
        const std::size_t amp = query.find('&');
        const std::string_view item = query.substr(0, amp);
        query = amp == std::string_view::npos ? std::string_view{} : query.substr(amp + 1);
        if (item.empty()) continue;
        const std::size_t eq = item.find('=');
        std::optional<std::string> key = form_decode(item.substr(0, eq));
        std::optional<std::string> value =
            eq == std::string_view::npos ? std::optional<std::string>("") : form_decode(item.substr(eq + 1));
        if (key && value) out.emplace_back(std::move(*key), std::move(*value));
    }
    return out;
}

}  // namespace pakn

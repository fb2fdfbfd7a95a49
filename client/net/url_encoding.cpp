#include "net/url_encoding.h"

namespace pakn::client::net {
namespace {

std::string percent_encode(std::string_view s, bool keep_slash) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : s) {
        const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                                c == '-' || c == '_' || c == '.' || c == '~';
        if (unreserved || (keep_slash && c == '/')) {
            out.push_back(static_cast<char>(c));
        } else {
            out.push_back('%');
            out.push_back(kHex[c >> 4]);
            out.push_back(kHex[c & 0xF]);
        }
    }
    return out;
}

}  // namespace

std::string encode_query_value(std::string_view value) {
    return percent_encode(value, true);
}

std::string encode_path_segment(std::string_view segment) {
    return percent_encode(segment, false);
}

}  // namespace pakn::client::net

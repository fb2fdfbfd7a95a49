// pakn/url.h: percent-encoding and decoding as the client, the server and the
// SMS gateway all do it, and query strings split the way the server reads them.
#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <string_view>

#include "pakn/url.h"

using namespace pakn;

namespace {

const std::optional<std::string> kRefused = std::nullopt;

}  // namespace

TEST_CASE("url: percent_encode keeps only the unreserved characters") {
    // name | raw bytes | percent_encode | percent_encode_path
    const struct {
        const char* name;
        std::string raw;
        const char* encoded;
        const char* path_encoded;
    } rows[] = {
        {"empty", "", "", ""},
        {"unreserved stay", "AZaz09-._~", "AZaz09-._~", "AZaz09-._~"},
        {"space", "a b", "a%20b", "a%20b"},
        {"plus is encoded, never a space", "a+b", "a%2Bb", "a%2Bb"},
        {"Vietnamese (UTF-8 bytes, upper-case hex)", "Đường Trần Phú",
         "%C4%90%C6%B0%E1%BB%9Dng%20Tr%E1%BA%A7n%20Ph%C3%BA", "%C4%90%C6%B0%E1%BB%9Dng%20Tr%E1%BA%A7n%20Ph%C3%BA"},
        {"every reserved character", ":/?#[]@!$&'()*+,;=%", "%3A%2F%3F%23%5B%5D%40%21%24%26%27%28%29%2A%2B%2C%3B%3D%25",
         "%3A/%3F%23%5B%5D%40%21%24%26%27%28%29%2A%2B%2C%3B%3D%25"},
        {"a local path with its own query", "/can-bo/phan-anh?page=2&q=đèn",
         "%2Fcan-bo%2Fphan-anh%3Fpage%3D2%26q%3D%C4%91%C3%A8n", "/can-bo/phan-anh%3Fpage%3D2%26q%3D%C4%91%C3%A8n"},
        {"control bytes and NUL", std::string("\0\n\x7F", 3), "%00%0A%7F", "%00%0A%7F"},
        {"bytes that are not UTF-8", "\xFF\xC3", "%FF%C3", "%FF%C3"},
    };
    for (const auto& r : rows) {
        CAPTURE(r.name);
        CHECK(percent_encode(r.raw) == r.encoded);
        CHECK(percent_encode_path(r.raw) == r.path_encoded);
        // Whatever was encoded decodes back, by either decoder.
        CHECK(percent_decode(r.encoded) == r.raw);
        CHECK(form_decode(r.encoded) == r.raw);
        CHECK(percent_decode(r.path_encoded) == r.raw);
    }
}

TEST_CASE("url: decoding is strict, and '+' is a space only in forms") {
    // name | text | percent_decode | form_decode (kRefused: nullopt)
    const struct {
        const char* name;
        std::string_view text;
        std::optional<std::string> plain;
        std::optional<std::string> form;
    } rows[] = {
        {"empty", "", "", ""},
        {"nothing to decode", "PAKN-2026-000001", "PAKN-2026-000001", "PAKN-2026-000001"},
        {"escaped space", "a%20b", "a b", "a b"},
        {"plus", "nha+trang", "nha+trang", "nha trang"},
        {"escaped plus stays a plus", "1%2B1", "1+1", "1+1"},
        {"Vietnamese", "%C4%90%C3%A0%20L%E1%BA%A1t", "Đà Lạt", "Đà Lạt"},
        {"lower-case hex", "%c4%90", "Đ", "Đ"},
        {"escaped percent", "100%25", "100%", "100%"},
        {"escaped NUL", "a%00b", std::string("a\0b", 3), std::string("a\0b", 3)},
        {"not hex", "%G1", kRefused, kRefused},
        {"lone percent", "%", kRefused, kRefused},
        {"one digit", "%4", kRefused, kRefused},
        {"percent at the end", "abc%", kRefused, kRefused},
        {"percent before an escape", "%%41", kRefused, kRefused},
        {"second digit not hex", "%4z", kRefused, kRefused},
    };
    for (const auto& r : rows) {
        CAPTURE(r.name);
        CHECK(percent_decode(r.text) == r.plain);
        CHECK(form_decode(r.text) == r.form);
    }
}

TEST_CASE("url: query strings split into decoded pairs, skipping broken items") {
    // name | query | pairs
    const struct {
        const char* name;
        std::string_view query;
        QueryParams pairs;
    } rows[] = {
        {"empty", "", {}},
        {"Vietnamese with '+' for spaces",
         "q=%C4%91%C6%B0%E1%BB%9Dng+tr%E1%BA%A7n&page=2",
         {{"q", "đường trần"}, {"page", "2"}}},
        {"empty items are skipped", "&&flag&", {{"flag", ""}}},
        {"empty key", "=v", {{"", "v"}}},
        {"empty value", "empty=", {{"empty", ""}}},
        {"only the first '=' splits", "a=1=2", {{"a", "1=2"}}},
        {"a repeated key keeps both, in order", "a=1&a=2", {{"a", "1"}, {"a", "2"}}},
        {"a bad escape drops its item only",
         "q=nha+trang&page=2&empty=&bad=%G1",
         {{"q", "nha trang"}, {"page", "2"}, {"empty", ""}}},
        {"a bad escape in a key", "%=1&b=2", {{"b", "2"}}},
    };
    for (const auto& r : rows) {
        CAPTURE(r.name);
        CHECK(parse_query_string(r.query) == r.pairs);
    }
}

TEST_CASE("url: query pairs are written percent-encoded") {
    std::string q;
    append_query_pair(q, "q", "nhà văn hóa & chợ");
    append_query_pair(q, "sau", "/tra-cuu?ma=1");
    CHECK(q == "q=nh%C3%A0%20v%C4%83n%20h%C3%B3a%20%26%20ch%E1%BB%A3&sau=%2Ftra-cuu%3Fma%3D1");
    CHECK(parse_query_string(q) == QueryParams{{"q", "nhà văn hóa & chợ"}, {"sau", "/tra-cuu?ma=1"}});
}

// pakn/word_match.h: typed words against names, in any order, as prefixes.
#include <doctest/doctest.h>

#include <string_view>

#include "pakn/word_match.h"

using namespace pakn;

TEST_CASE("matches_words: each typed word starts a word of the name, accents and case ignored") {
    struct Row {
        std::string_view text, query;
        bool match;
    };
    // name | typed | found?
    const Row rows[] = {
        {"UBND Phường Nha Trang", "ubnd nha trang", true},  // the phrase-like search missed this
        {"UBND Phường Nha Trang", "nha trang ubnd", true},  // any order
        {"UBND Phường Nha Trang", "phuong nha", true},
        {"UBND Phường Bắc Nha Trang", "bac nha trang", true},
        {"Sở Xây dựng", "xay", true},                        // a word's start
        {"Sở Xây dựng", "SỞ XÂY DỰNG", true},
        {"Sở Xây dựng", "so xd", false},                     // "xd" starts no word
        {"Sở Xây dựng", "ay", false},                        // inside a word, not its start
        {"Sở Giáo dục và Đào tạo", "dao tao", true},
        {"Công ty Điện lực Khánh Hòa", "dien luc kh", true},
        {"Công ty Điện lực Khánh Hòa", "dien nuoc", false},  // every word must match
        {"Sở Y tế", "", true},                                // no words: everything
        {"Sở Y tế", "  ,. ", true},
        {"", "so", false},
    };
    for (const Row& r : rows) {
        INFO(r.text, " ← ", r.query);
        CHECK(matches_words(r.text, r.query) == r.match);
    }
}

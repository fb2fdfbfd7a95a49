// pakn/word_match.h: typed words against names, in any order, as prefixes;
// accents typed on purpose ranking search results.
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

TEST_CASE("accent_matches: words typed with accents count only where the text spells them the same") {
    struct Row {
        std::string_view text, query;
        int score;
    };
    // text | typed | how many typed words with accents the text spells the same
    const Row rows[] = {
        {"Đường Trần Phú ngập nước", "trần phú", 2},
        {"Trận mưa làm hư đường, đề nghị khắc phục", "trần phú", 0},  // found folded, not as typed
        {"ĐƯỜNG TRẦN PHÚ", "Trần Phú", 2},                            // case ignored
        {"Đường Trần Phú ngập nước", "tran phu", 0},                  // no accents typed: no ranking
        {"Đường Trần Phú ngập nước", "trần phu", 1},                  // only the accented word counts
        {"Đường Tran Phu", "trần phú", 0},
        {"Đường Trần Phú", "đường", 1},                               // đ is an accent too
        {"Đuong", "đường", 0},
        {"Hẻm 5 Trần Phú", "trần ph", 1},                            // "ph" has no accent
        {"Nước ngập đường", "ngập đườ", 2},                           // the last word: a word's start
        {"Đường ngập nước", "đườ ngập", 1},                           // not for an earlier word
        {"Phúc Lộc", "phú", 1},                                       // the last word as a start
        {"Cầu Trần Phú", "cầu, trần", 2},                             // punctuation separates words
        {"Hòa Bình", "Hoà Bình", 2},                                  // old and new tone placement agree
        {"Hòa Bình", "Ho\xcc\x80" "a", 1},                               // decomposed input: NFC first
        {"Hỏa hoạn", "hòa", 0},                                       // another tone: another word
        {"Nước ngập đường", "ngâ", 1},                                // a start typed before its tone
        {"", "trần", 0},
        {"Trần Phú", "", 0},
    };
    for (const Row& r : rows) {
        INFO(r.text, " ← ", r.query);
        CHECK(accent_matches(r.text, r.query) == r.score);
    }
}

TEST_CASE("has_accents: a query typed with any diacritic or đ asks for accent ranking") {
    struct Row {
        std::string_view query;
        bool accents;
    };
    // typed | accents?
    const Row rows[] = {
        {"trần phú", true}, {"tran phu", false}, {"đuong", true}, {"TRẦN", true},
        {"PAKN-2026-000123", false}, {"", false}, {"  ", false},
    };
    for (const Row& r : rows) {
        INFO(r.query);
        CHECK(has_accents(r.query) == r.accents);
    }
}

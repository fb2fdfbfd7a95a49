// Matching what a person types in a search box against a short name, as the
// unit directory, the drop-downs and the co-unit list do: word by word, in
// any order, each typed word the start of a word of the name, case and
// accents ignored ("ubnd nha trang" finds "UBND Phường Nha Trang"; "so xd"
// does not find "Sở Giáo dục", "xay" finds "Sở Xây dựng").
//
// Also: ranking search results by the accents a person typed on purpose
// (accent_matches).
//
// Pure: no I/O, nothing throws.
#pragma once

#include <string_view>

namespace pakn {

// True when every word of fold_for_search(query) begins some word of
// fold_for_search(text); true for a query without words.
bool matches_words(std::string_view text, std::string_view query);

// True when some word of `query` carries a diacritic or đ: the person typed
// accents, so results spelled that way should come first.
bool has_accents(std::string_view query);

// How many words of `query` that carry diacritics appear in `text` spelled
// the same, accents included, case ignored: "trần phú" scores 2 on "Đường
// Trần Phú", 0 on "Trận mưa … khắc phục" (which the folded search finds too).
// Whole words; the last typed word also as a word's start, as the search
// reads a word still being typed. 0 for a query without accents.
int accent_matches(std::string_view text, std::string_view query);

}  // namespace pakn

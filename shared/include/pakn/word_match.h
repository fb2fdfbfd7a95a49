// Matching what a person types in a search box against a short name, as the
// unit directory, the drop-downs and the co-unit list do: word by word, in
// any order, each typed word the start of a word of the name, case and
// accents ignored ("ubnd nha trang" finds "UBND Phường Nha Trang"; "so xd"
// does not find "Sở Giáo dục", "xay" finds "Sở Xây dựng").
//
// Pure: no I/O, nothing throws.
#pragma once

#include <string_view>

namespace pakn {

// True when every word of fold_for_search(query) begins some word of
// fold_for_search(text); true for a query without words.
bool matches_words(std::string_view text, std::string_view query);

}  // namespace pakn

// CSV cells that spreadsheets open as text, never as formulas: the one rule
// for every CSV the system writes (the statistics tables in the app, the
// officers' exports on the server).
#pragma once

#include <string>
#include <string_view>

namespace pakn {

// True for a plain number as a spreadsheet shows one: an optional minus,
// digits, "." or "," separators between digits, an optional trailing "%"
// ("-12", "1.234", "87,5%"). Nothing else can be a formula's start.
bool is_plain_number(std::string_view text) noexcept;

// One cell: a cell that could start a formula (=, +, -, @, tab, CR) and is
// not a plain number is prefixed with ' (so "-1+1+cmd|..." stays text), and
// the cell is quoted when it holds the delimiter, a quote or a line break.
std::string csv_field(std::string_view text, char delimiter = ',');

}  // namespace pakn

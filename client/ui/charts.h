// Charts for the public statistics, drawn with ImDrawList: horizontal bars,
// grouped columns, a line, a donut and a ranked table, each with hover
// tooltips; a card around a chart with a "Bảng số liệu" table view and a CSV
// download. The figures arrive computed by the server: nothing here
// aggregates, it only draws and formats.
//
// Test surface (window.pakn.widgets()): every bar, column group, point and
// slice is registered with its label and the figure it shows as `value`; a
// stat tile with its caption and figure; table rows with their first cell and
// the other cells joined by " | "; a card's toggle and CSV buttons carry the
// card's key as `value`, so a test can tell the cards apart.
//
// [SECTION] index: numbers, data, tiles, charts, tables and CSV, the card.
#pragma once

#include <imgui.h>

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace pakn::client::ui {

// [SECTION] numbers, as Vietnamese readers write them

// 1234567 -> "1.234.567".
std::string format_count(std::int64_t n);
// 12.25 -> "12,3" with one decimal; trailing ",0" dropped ("12").
std::string format_decimal(double v, int decimals = 1);
// A rate 0..1 -> "83,3%" (one decimal, ",0" dropped: "100%").
std::string format_percent(double rate);
// Working hours -> "12,5 giờ".
std::string format_hours(double hours);

// [SECTION] data

// One bar, column or slice: its label, the value that sizes it, the text it
// shows ("1.234", "83,3%"), an optional tooltip line and color (0 = the
// chart's own).
struct Datum {
    std::string label;
    double value = 0;
    std::string value_text;
    std::string detail;
    ImU32 color = 0;
};

// One series of a column or line chart: a value per category.
struct Series {
    std::string name;
    ImU32 color = 0;
    std::vector<double> values;
    std::vector<std::string> texts;  // shown in tooltips, one per value
};

// A table as shown (text) and as exported (csv: plain numbers without
// thousands separators, "." decimals; empty = same as text).
struct Cell {
    std::string text;
    std::string csv;
    bool numeric = false;  // right-aligned
};
struct DataTable {
    std::vector<std::string> columns;
    std::vector<std::vector<Cell>> rows;

    bool empty() const { return rows.empty(); }
};

// Cells for a label, a count, a rate 0..1 and working hours.
Cell text_cell(std::string text);
Cell count_cell(std::int64_t n);
Cell percent_cell(double rate);
Cell hours_cell(double hours);

// The palette of series and slices (colour-blind safe order).
ImU32 palette(int index);

// [SECTION] tiles

// Registers the rectangle min..max (device px) in the widget registry with a
// label and a value, without drawing anything or taking input: the figures
// that charts draw as shapes become readable by tests and assistive tools.
void expose_figure(const char* str_id, const ImVec2& min, const ImVec2& max, std::string_view label,
                   std::string_view value);

// A figure with its caption ("Phản ánh đã tiếp nhận" / "1.234"), `width`
// device px wide, an accent bar on the left; `note` in small text below
// (`note_line`: keep the note's line even without a note, so tiles side by
// side are equally tall).
void stat_tile(const char* caption, std::string_view figure, std::string_view note, ImU32 accent, float width,
               bool note_line = false);

// [SECTION] charts (all as wide as the space left on the line)

// Horizontal bars, labels on the left (above the bar on narrow screens).
void bar_chart(const char* id, const std::vector<Datum>& data, ImU32 color);
// Vertical columns per category, one per series, with a legend and a value
// axis; `height` in CSS px.
void column_chart(const char* id, const std::vector<std::string>& categories, const std::vector<Series>& series,
                  float height);
// Lines through the series' values per category; `percent` draws the axis
// 0..100% for rates 0..1.
void line_chart(const char* id, const std::vector<std::string>& categories, const std::vector<Series>& series,
                float height, bool percent);
// A ring of slices with the legend beside it (below it on phones); the two
// texts go in the middle ("82%", "hài lòng"). An all-zero ring says so.
void donut_chart(const char* id, const std::vector<Datum>& slices, std::string_view center_big,
                 std::string_view center_small);

// A ranking: one row per entry (the first `max_rows`), rank, name, figures
// and a bar for `rate` 0..1 (e.g. units by on-time rate). `columns`: the
// header of the name, the figure cells and the rate, in that order.
struct RankedRow {
    std::string label;
    std::vector<std::string> cells;
    double rate = 0;
    std::string rate_text;
};
void ranked_table(const char* id, const std::vector<std::string>& columns, const std::vector<RankedRow>& rows,
                  std::size_t max_rows = static_cast<std::size_t>(-1));

// [SECTION] tables and CSV

// The table view of a chart.
void data_table(const char* id, const DataTable& table);

// The table as CSV: UTF-8 with a byte-order mark (so spreadsheet programs
// read Vietnamese correctly), CRLF line ends, fields quoted when they hold
// a comma, quote or line break; text that a spreadsheet would run as a
// formula and is not a plain number is prefixed with an apostrophe
// (pakn/csv.h: the one rule for every CSV the system writes).
std::string to_csv(const DataTable& table);

// [SECTION] the card

// A card titled `title` showing `chart`, or `table` when `show_table`; the
// header holds the toggle ("Bảng số liệu" / "Biểu đồ") and "Tải CSV", which
// downloads `csv_name` (e.g. "thong-ke-theo-thang.csv"). An empty table shows
// "Chưa có số liệu" instead of the chart.
void chart_card(const char* key, std::string_view title, bool& show_table, const DataTable& table,
                std::string_view csv_name, const std::function<void()>& chart);

}  // namespace pakn::client::ui

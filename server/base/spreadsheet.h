// A table for the monthly-report exports ("báo cáo định kỳ"), written as an
// Excel workbook (.xlsx: Office Open XML SpreadsheetML in a zip) or as CSV.
// Pure: rows in, bytes out. Dates are real spreadsheet dates in Vietnam time
// (so they sort and filter in Excel), numbers are numbers, everything else is
// text that can never become a formula.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace pakn::server {

struct SheetCell {
    enum class Kind { text, number, date_time };
    Kind kind = Kind::text;
    std::string text;
    double number = 0;
    std::int64_t unix_seconds = 0;

    static SheetCell of(std::string text) { return {Kind::text, std::move(text), 0, 0}; }
    static SheetCell of_number(double n) { return {Kind::number, {}, n, 0}; }
    // An instant, shown as dd/mm/yyyy hh:mm in Vietnam time; empty when absent.
    static SheetCell of_time(std::optional<std::int64_t> t) {
        return t ? SheetCell{Kind::date_time, {}, 0, *t} : SheetCell{};
    }
};

struct Sheet {
    std::string name;                   // the tab's name; cut to 31 characters, []:*?/\ replaced
    std::vector<std::string> header;    // bold, frozen, with a filter
    std::vector<double> widths;         // characters per column; missing ones get 14
    std::vector<std::vector<SheetCell>> rows;
};

// An .xlsx workbook holding `sheets` in order (at least one).
std::string xlsx_workbook(const std::vector<Sheet>& sheets);

// One sheet as CSV: UTF-8 with a byte-order mark (Excel then reads the
// Vietnamese letters right), CRLF lines, `delimiter` ',' or ';' (the list
// separator of Vietnamese regional settings); dates as dd/mm/yyyy hh:mm.
std::string csv_table(const Sheet& sheet, char delimiter);

// Several sheets in one CSV: one sheet is just its table; more are blocks,
// each its name on a line, its table, then an empty line. One BOM.
std::string csv_document(const std::vector<Sheet>& sheets, char delimiter);

// The spreadsheet serial date of an instant in Vietnam time (UTC+7, no DST):
// days since 1899-12-30, with the time of day as the fraction.
double spreadsheet_serial(std::int64_t unix_seconds);

}  // namespace pakn::server

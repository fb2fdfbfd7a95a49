// CSV cells: what a spreadsheet would evaluate becomes text; numbers stay numbers.
#include <doctest/doctest.h>

#include <string>

#include "pakn/csv.h"

namespace {

TEST_CASE("csv: formula starts are neutralised, plain numbers kept, quoting by delimiter") {
    struct Row {
        const char* cell;
        char delimiter;
        const char* expected;
    };
    // cell                          delimiter  written as
    const Row rows[] = {
        {"Sở Xây dựng",               ',', "Sở Xây dựng"},
        {"-12",                       ',', "-12"},
        {"87,5%",                     ';', "87,5%"},
        {"87,5%",                     ',', "\"87,5%\""},
        {"1.234",                     ',', "1.234"},
        {"=1+1",                      ',', "'=1+1"},
        {"+84905123456",              ',', "'+84905123456"},
        {"@SUM(A1)",                  ',', "'@SUM(A1)"},
        {"-1+1+cmd|' /C calc'!A0",    ',', "'-1+1+cmd|' /C calc'!A0"},
        {"-",                         ',', "'-"},
        {"--5",                       ',', "'--5"},
        {"-5.",                       ',', "'-5."},
        {"\tx",                       ',', "'\tx"},
        {"a,b",                       ',', "\"a,b\""},
        {"a,b",                       ';', "a,b"},
        {"a;b",                       ';', "\"a;b\""},
        {"say \"hi\"",                ',', "\"say \"\"hi\"\"\""},
        {"line\nbreak",               ',', "\"line\nbreak\""},
        {"",                          ',', ""},
    };
    for (const Row& r : rows) {
        INFO(r.cell);
        CHECK(pakn::csv_field(r.cell, r.delimiter) == r.expected);
    }
}

}  // namespace

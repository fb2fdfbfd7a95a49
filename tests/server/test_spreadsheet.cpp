// The monthly-report exports: the .xlsx writer (a zip of SpreadsheetML parts
// a spreadsheet program opens) and the CSV writer with both delimiters.
#include <doctest/doctest.h>

#include "base/spreadsheet.h"
#include "base/zip.h"
#include "support/zip_reader.h"

using namespace pakn::server;

namespace {

Sheet sample() {
    Sheet s;
    s.name = "Hồ sơ: tháng 11/2026";  // ':' and '/' are not allowed in a tab name
    s.header = {"Mã hồ sơ", "Tiêu đề", "Số ngày", "Ngày gửi"};
    s.rows.push_back({SheetCell::of("PAKN-2026-000123"), SheetCell::of("Ổ gà <sâu> & \"nguy hiểm\""),
                      SheetCell::of_number(2.5), SheetCell::of_time(1764979200)});  // 2025-12-06 00:00 UTC
    s.rows.push_back({SheetCell::of("PAKN-2026-000124"), SheetCell::of("=HYPERLINK(\"http://x\")"),
                      SheetCell::of_number(-3), SheetCell::of_time(std::nullopt)});
    return s;
}

}  // namespace

TEST_CASE("zip: every part reads back with its CRC, names in UTF-8") {
    ZipWriter z;
    z.add("a.txt", "xin chào");
    z.add("thư mục/đường.xml", std::string(100000, 'x'));  // compresses
    const std::string bytes = z.finish();
    const auto parts = pakn::test::unzip_parts(bytes);
    REQUIRE(parts.size() == 2);
    CHECK(parts.at("a.txt") == "xin chào");
    CHECK(parts.at("thư mục/đường.xml") == std::string(100000, 'x'));
    CHECK(bytes.size() < 2000);  // deflated, not stored
    // A flipped byte inside a part is caught, as a spreadsheet program would.
    std::string broken = bytes;
    broken[40] ^= 0x55;
    CHECK_THROWS(pakn::test::unzip_parts(broken));
}

TEST_CASE("xlsx: the parts an Office Open XML reader needs, cells typed") {
    const auto parts = pakn::test::unzip_parts(xlsx_workbook({sample()}));
    for (const char* name : {"[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                             "xl/styles.xml", "xl/worksheets/sheet1.xml"})
        CHECK_MESSAGE(parts.count(name) == 1, name);
    const std::string& sheet = parts.at("xl/worksheets/sheet1.xml");
    // Header bold (style 1), text escaped, numbers as numbers, dates as serials in Vietnam time.
    CHECK(sheet.find("<c r=\"A1\" t=\"inlineStr\" s=\"1\"><is><t xml:space=\"preserve\">Mã hồ sơ</t>") != std::string::npos);
    CHECK(sheet.find("Ổ gà &lt;sâu&gt; &amp; &quot;nguy hiểm&quot;") != std::string::npos);
    CHECK(sheet.find("<c r=\"C2\"><v>2.5</v></c>") != std::string::npos);
    // 2025-12-06 00:00 UTC is 07:00 in Vietnam: serial 45997 + 7/24.
    CHECK(sheet.find("<c r=\"D2\" s=\"2\"><v>45997.2916666667</v></c>") != std::string::npos);
    // A formula-looking text stays inline text: never a <f> element.
    CHECK(sheet.find("<f>") == std::string::npos);
    CHECK(sheet.find("=HYPERLINK") != std::string::npos);
    CHECK(sheet.find("<autoFilter ref=\"A1:D3\"/>") != std::string::npos);
    CHECK(sheet.find("state=\"frozen\"") != std::string::npos);
    const std::string& workbook = parts.at("xl/workbook.xml");
    CHECK(workbook.find("<sheet name=\"Hồ sơ_ tháng 11_2026\" sheetId=\"1\" r:id=\"rId1\"/>") != std::string::npos);
    CHECK(parts.at("[Content_Types].xml").find("/xl/worksheets/sheet1.xml") != std::string::npos);
}

TEST_CASE("xlsx: several sheets, each with its relationship, control characters dropped") {
    Sheet a = sample(), b;
    b.name = "";
    b.header = {"Đơn vị"};
    b.rows.push_back({SheetCell::of(std::string("Sở\x01 Xây dựng"))});
    const auto parts = pakn::test::unzip_parts(xlsx_workbook({a, b}));
    CHECK(parts.at("xl/_rels/workbook.xml.rels").find("worksheets/sheet2.xml") != std::string::npos);
    CHECK(parts.at("xl/workbook.xml").find("name=\"Sheet2\"") != std::string::npos);
    CHECK(parts.at("xl/worksheets/sheet2.xml").find("Sở Xây dựng") != std::string::npos);
}

TEST_CASE("csv: BOM, CRLF, the chosen delimiter, formulas neutralised, dates and decimals by region") {
    // delimiter | expected text
    struct Row {
        char delimiter;
        const char* expected;
    };
    const Row rows[] = {
        {',', "\xEF\xBB\xBFMã hồ sơ,Tiêu đề,Số ngày,Ngày gửi\r\n"
              "PAKN-2026-000123,\"Ổ gà <sâu> & \"\"nguy hiểm\"\"\",2.5,06/12/2025 07:00\r\n"
              "PAKN-2026-000124,\"'=HYPERLINK(\"\"http://x\"\")\",-3,\r\n"},
        {';', "\xEF\xBB\xBFMã hồ sơ;Tiêu đề;Số ngày;Ngày gửi\r\n"
              "PAKN-2026-000123;\"Ổ gà <sâu> & \"\"nguy hiểm\"\"\";2,5;06/12/2025 07:00\r\n"
              "PAKN-2026-000124;\"'=HYPERLINK(\"\"http://x\"\")\";-3;\r\n"},
    };
    for (const Row& r : rows) {
        CAPTURE(r.delimiter);
        CHECK(csv_table(sample(), r.delimiter) == r.expected);
    }
}

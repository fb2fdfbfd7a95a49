#include "base/spreadsheet.h"

#include <algorithm>
#include <cstdio>

#include "base/zip.h"
#include "pakn/calendar.h"
#include "pakn/csv.h"

namespace pakn::server {
namespace {

constexpr double kDefaultWidth = 14;

// Style indexes in styles.xml's cellXfs.
constexpr int kStyleHeader = 1;
constexpr int kStyleDate = 2;

// Text as XML character data: the five specials escaped and the characters
// XML 1.0 forbids (controls other than tab and line breaks) dropped.
std::string xml_text(std::string_view in) {
    std::string out;
    out.reserve(in.size());
    for (char ch : in) {
        const auto c = static_cast<unsigned char>(ch);
        switch (ch) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&apos;"; break;
            default:
                if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') break;
                out.push_back(ch);
        }
    }
    return out;
}

// A1-style column letters: 0 → A, 25 → Z, 26 → AA.
std::string column_letters(std::size_t index) {
    std::string s;
    for (std::size_t n = index + 1; n > 0; n = (n - 1) / 26) s.insert(s.begin(), static_cast<char>('A' + (n - 1) % 26));
    return s;
}

std::string sheet_name(const std::string& name, std::size_t index) {
    std::string out;
    std::size_t chars = 0;
    for (std::size_t i = 0; i < name.size() && chars < 31;) {
        const auto c = static_cast<unsigned char>(name[i]);
        const std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        const std::string ch = name.substr(i, len);
        out += (ch.size() == 1 && std::string_view("[]:*?/\\").find(ch[0]) != std::string_view::npos) ? "_" : ch;
        i += len;
        ++chars;
    }
    return out.empty() ? "Sheet" + std::to_string(index + 1) : out;
}

std::string number_text(double n) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.15g", n);
    return buf;
}

std::string text_cell(const std::string& ref, std::string_view text, int style) {
    std::string out = "<c r=\"" + ref + "\" t=\"inlineStr\"";
    if (style) out += " s=\"" + std::to_string(style) + "\"";
    out += "><is><t xml:space=\"preserve\">" + xml_text(text) + "</t></is></c>";
    return out;
}

std::string worksheet_xml(const Sheet& s) {
    std::size_t columns = s.header.size();
    for (const auto& row : s.rows) columns = std::max(columns, row.size());
    const std::size_t last_row = s.rows.size() + 1;
    std::string x =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";
    if (columns > 0) x += "<dimension ref=\"A1:" + column_letters(columns - 1) + std::to_string(last_row) + "\"/>";
    // The header row stays in view while scrolling.
    x += "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" "
         "state=\"frozen\"/></sheetView></sheetViews>";
    if (columns > 0) {
        x += "<cols>";
        for (std::size_t i = 0; i < columns; ++i) {
            const double w = i < s.widths.size() ? s.widths[i] : kDefaultWidth;
            x += "<col min=\"" + std::to_string(i + 1) + "\" max=\"" + std::to_string(i + 1) + "\" width=\"" +
                 number_text(w) + "\" customWidth=\"1\"/>";
        }
        x += "</cols>";
    }
    x += "<sheetData><row r=\"1\">";
    for (std::size_t i = 0; i < s.header.size(); ++i) x += text_cell(column_letters(i) + "1", s.header[i], kStyleHeader);
    x += "</row>";
    for (std::size_t r = 0; r < s.rows.size(); ++r) {
        const std::string row_number = std::to_string(r + 2);
        x += "<row r=\"" + row_number + "\">";
        for (std::size_t i = 0; i < s.rows[r].size(); ++i) {
            const SheetCell& c = s.rows[r][i];
            const std::string ref = column_letters(i) + row_number;
            switch (c.kind) {
                case SheetCell::Kind::text:
                    if (!c.text.empty()) x += text_cell(ref, c.text, 0);
                    break;
                case SheetCell::Kind::number:
                    x += "<c r=\"" + ref + "\"><v>" + number_text(c.number) + "</v></c>";
                    break;
                case SheetCell::Kind::date_time:
                    x += "<c r=\"" + ref + "\" s=\"" + std::to_string(kStyleDate) + "\"><v>" +
                         number_text(spreadsheet_serial(c.unix_seconds)) + "</v></c>";
                    break;
            }
        }
        x += "</row>";
    }
    x += "</sheetData>";
    if (columns > 0) x += "<autoFilter ref=\"A1:" + column_letters(columns - 1) + std::to_string(last_row) + "\"/>";
    x += "</worksheet>";
    return x;
}

constexpr const char* kStyles =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
    "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy hh:mm\"/></numFmts>"
    "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
    "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
    "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
    "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
    "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
    "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
    "<cellXfs count=\"3\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
    "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
    "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs>"
    "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
    "</styleSheet>";

// "06/12/2026 07:00": how Excel with Vietnamese settings reads a date-time.
std::string date_text(std::int64_t unix_seconds) {
    const LocalDateTime t = to_local(unix_seconds);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%02d/%02d/%04d %02d:%02d", t.date.day, t.date.month, t.date.year, t.hour, t.minute);
    return buf;
}

}  // namespace

double spreadsheet_serial(std::int64_t unix_seconds) {
    return static_cast<double>(unix_seconds + kVietnamUtcOffsetSeconds) / 86400.0 + 25569.0;
}

std::string xlsx_workbook(const std::vector<Sheet>& sheets) {
    std::string types =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Override PartName=\"/xl/workbook.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        "<Override PartName=\"/xl/styles.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>";
    std::string workbook =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>";
    std::string rels =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    std::string filters;
    for (std::size_t i = 0; i < sheets.size(); ++i) {
        const std::string n = std::to_string(i + 1);
        const std::string name = xml_text(sheet_name(sheets[i].name, i));
        types += "<Override PartName=\"/xl/worksheets/sheet" + n +
                 ".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>";
        workbook += "<sheet name=\"" + name + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>";
        rels += "<Relationship Id=\"rId" + n +
                "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                "Target=\"worksheets/sheet" + n + ".xml\"/>";
        std::size_t columns = sheets[i].header.size();
        for (const auto& row : sheets[i].rows) columns = std::max(columns, row.size());
        // Excel keeps a sheet's filter range as this hidden name.
        if (columns > 0)
            filters += "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"" + std::to_string(i) +
                       "\" hidden=\"1\">'" + name + "'!$A$1:$" + column_letters(columns - 1) + "$" +
                       std::to_string(sheets[i].rows.size() + 1) + "</definedName>";
    }
    types += "</Types>";
    workbook += "</sheets>";
    if (!filters.empty()) workbook += "<definedNames>" + filters + "</definedNames>";
    workbook += "</workbook>";
    rels += "<Relationship Id=\"rId" + std::to_string(sheets.size() + 1) +
            "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
            "Target=\"styles.xml\"/></Relationships>";

    ZipWriter zip;
    zip.add("[Content_Types].xml", types);
    zip.add("_rels/.rels",
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            "<Relationship Id=\"rId1\" "
            "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
            "Target=\"xl/workbook.xml\"/></Relationships>");
    zip.add("xl/workbook.xml", workbook);
    zip.add("xl/_rels/workbook.xml.rels", rels);
    zip.add("xl/styles.xml", kStyles);
    for (std::size_t i = 0; i < sheets.size(); ++i)
        zip.add("xl/worksheets/sheet" + std::to_string(i + 1) + ".xml", worksheet_xml(sheets[i]));
    return zip.finish();
}

namespace {

void append_csv(std::string& out, const Sheet& sheet, char delimiter) {
    auto line = [&](const auto& cells, auto text_of) {
        for (std::size_t i = 0; i < cells.size(); ++i) {
            if (i) out.push_back(delimiter);
            out += csv_field(text_of(cells[i]), delimiter);
        }
        out += "\r\n";
    };
    line(sheet.header, [](const std::string& s) { return s; });
    for (const auto& row : sheet.rows)
        line(row, [&](const SheetCell& c) -> std::string {
            switch (c.kind) {
                case SheetCell::Kind::number: {
                    std::string n = number_text(c.number);
                    // ';' files are read with the decimal comma.
                    if (delimiter == ';')
                        for (char& ch : n)
                            if (ch == '.') ch = ',';
                    return n;
                }
                case SheetCell::Kind::date_time: return date_text(c.unix_seconds);
                case SheetCell::Kind::text: break;
            }
            return c.text;
        });
}

}  // namespace

std::string csv_table(const Sheet& sheet, char delimiter) {
    std::string out = "\xEF\xBB\xBF";
    append_csv(out, sheet, delimiter);
    return out;
}

std::string csv_document(const std::vector<Sheet>& sheets, char delimiter) {
    if (sheets.size() == 1) return csv_table(sheets[0], delimiter);
    std::string out = "\xEF\xBB\xBF";
    for (const Sheet& s : sheets) {
        out += csv_field(s.name, delimiter) + "\r\n";
        append_csv(out, s, delimiter);
        out += "\r\n";
    }
    return out;
}

}  // namespace pakn::server

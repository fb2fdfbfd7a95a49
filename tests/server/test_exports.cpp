// Issue 14 item 20, the monthly report ("báo cáo định kỳ"): the inbox under
// its filter and the dashboard of a period, downloaded as a real .xlsx
// workbook or as CSV (',' or ';'), scoped like the screens they come from,
// each inbox export kept in the audit log; per-unit and per-officer figures
// with a date range on the dashboard.
//
// [SECTION] index: helpers, inbox export, dashboard period and figures,
// dashboard export.
#include <doctest/doctest.h>

#include <string>

#include "pakn/forms.h"
#include "store/db.h"
#include "support/report_cast.h"
#include "support/zip_reader.h"

using pakn::test::Browser;
using pakn::test::json;
using pakn::test::TestApp;

namespace {

using namespace pakn;

// [SECTION] helpers ----------------------------------------------------------------

struct Cast : pakn::test::ReportCast {
    std::string code_of(std::int64_t id) { return detail(desk, id)["code"].get<std::string>(); }

    std::int64_t account_id(const std::string& login) {
        return t.app->db->read([&](server::store::Connection& db) {
            return db.scalar_int("SELECT id FROM accounts WHERE login = '" + login + "'").value_or(0);
        });
    }

    std::string last_audit(const std::string& action) {
        return t.app->db->read([&](server::store::Connection& db) {
            auto st = db.prepare("SELECT detail FROM audit_log WHERE action = ? ORDER BY id DESC LIMIT 1");
            st.bind_all(action);
            std::string out = st.step() ? st.text(0) : "(none)";
            st.reset();
            return out;
        });
    }
};

// The first worksheet's XML of an .xlsx body, read back part by part.
std::string sheet_xml(const std::string& body, int n = 1) {
    const auto parts = pakn::test::unzip_parts(body);
    return parts.at("xl/worksheets/sheet" + std::to_string(n) + ".xml");
}

bool has(const std::string& text, const std::string& needle) { return text.find(needle) != std::string::npos; }

}  // namespace

// [SECTION] inbox export --------------------------------------------------------------

TEST_CASE("exports: the inbox under its filter as an .xlsx workbook, recorded in the audit log") {
    Cast c;
    const auto a = c.sent_report("xay_dung");
    const auto b = c.sent_report("xay_dung");
    const auto other = c.sent_report("tai_nguyen_moi_truong");

    auto r = c.t.call("GET", "/api/v1/inbox/export?category=xay_dung&format=xlsx", "", {}, &c.desk);
    REQUIRE(r.status == 200);
    CHECK(r.header("Content-Type") == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    CHECK(has(std::string(r.header("Content-Disposition").value_or("")), "filename=\"ho-so-2026-11-17.xlsx\""));
    CHECK(r.header("Cache-Control") == "no-store");
    const std::string xml = sheet_xml(r.body);
    CHECK(has(xml, ">Mã hồ sơ<"));
    CHECK(has(xml, ">Cán bộ xử lý<"));
    CHECK(has(xml, ">" + c.code_of(a) + "<"));
    CHECK(has(xml, ">" + c.code_of(b) + "<"));
    CHECK_FALSE(has(xml, ">" + c.code_of(other) + "<"));  // the filter holds
    CHECK(has(xml, ">Chờ tiếp nhận<"));                    // statuses in Vietnamese
    CHECK(has(xml, "<autoFilter ref=\"A1:M3\"/>"));       // header + two rows

    const std::string audit = c.last_audit("inbox_exported");
    CHECK(has(audit, "2 hồ sơ"));
    CHECK(has(audit, "category=xay_dung"));
}

TEST_CASE("exports: CSV with ',' or ',' for Vietnamese regional settings, bad options are field errors") {
    Cast c;
    const auto id = c.sent_report();
    const std::string code = c.code_of(id);
    // separator | the header's start | the row's start
    struct Row {
        const char* query;
        const char* header;
        std::string row_start;
    };
    const Row rows[] = {
        {"format=csv", "\xEF\xBB\xBFMã hồ sơ,Tiêu đề,Trạng thái", code + ",Công trình xây dựng"},
        {"format=csv&separator=semicolon", "\xEF\xBB\xBFMã hồ sơ;Tiêu đề;Trạng thái", code + ";Công trình xây dựng"},
    };
    for (const Row& row : rows) {
        CAPTURE(row.query);
        auto r = c.t.call("GET", std::string("/api/v1/inbox/export?") + row.query, "", {}, &c.desk);
        REQUIRE(r.status == 200);
        CHECK(r.header("Content-Type") == "text/csv; charset=utf-8");
        CHECK(has(std::string(r.header("Content-Disposition").value_or("")), "ho-so-2026-11-17.csv"));
        CHECK(r.body.rfind(row.header, 0) == 0);
        CHECK(has(r.body, "\r\n" + row.row_start));
    }

    // field | query
    const std::pair<const char*, const char*> bad[] = {
        {"format", "format=pdf"},
        {"separator", "format=csv&separator=tab"},
        {"to", "from=2026-11-10&to=2026-11-01"},
    };
    for (const auto& [field, query] : bad) {
        CAPTURE(query);
        auto r = c.t.call("GET", std::string("/api/v1/inbox/export?") + query, "", {}, &c.desk);
        REQUIRE(r.status == 422);
        CHECK(TestApp::body_of(r)["error"]["fields"][0]["field"] == field);
    }
}

TEST_CASE("exports: a unit exports only its own reports, citizens cannot export") {
    Cast c;
    const auto mine = c.in_progress_report();
    const auto elsewhere = c.sent_report();
    ActionParams assign;
    assign.unit_id = c.t.unit_id("CT-NUOC");
    c.step(c.desk, elsewhere, Action::assign, assign);

    auto r = c.t.call("GET", "/api/v1/inbox/export", "", {}, &c.xd_handler);
    REQUIRE(r.status == 200);
    const std::string xml = sheet_xml(r.body);
    CHECK(has(xml, ">" + c.code_of(mine) + "<"));
    CHECK_FALSE(has(xml, ">" + c.code_of(elsewhere) + "<"));

    CHECK(c.t.call("GET", "/api/v1/inbox/export", "", {}, &c.owner).status == 403);
    CHECK(c.t.call("GET", "/api/v1/officer/dashboard/export", "", {}, &c.owner).status == 403);
}

TEST_CASE("exports: more rows than one export holds asks for a narrower filter, and writes nothing") {
    Cast c;
    const auto id = c.sent_report();
    // Copies of the report up to one past the cap, straight in the table.
    c.t.app->db->write([&](server::store::Connection& db) {
        db.exec("CREATE TEMP TABLE copy AS SELECT * FROM reports WHERE id = " + std::to_string(id));
        for (int i = 1; i <= kMaxExportRows; ++i)
            db.exec("UPDATE temp.copy SET id = " + std::to_string(100000 + i) + ", code = 'PAKN-2026-9" +
                    std::to_string(10000 + i) + "'; INSERT INTO reports SELECT * FROM temp.copy;");
        db.exec("DROP TABLE temp.copy");
    });
    auto r = c.t.call("GET", "/api/v1/inbox/export", "", {}, &c.desk);
    REQUIRE(r.status == 422);
    CHECK(TestApp::body_of(r)["error"]["code"] == "export_too_large");
    CHECK(c.last_audit("inbox_exported") == "(none)");
    // Narrowed to one report, it goes.
    CHECK(c.t.call("GET", "/api/v1/inbox/export?q=" + c.code_of(id), "", {}, &c.desk).status == 200);
}

// [SECTION] dashboard period and figures --------------------------------------------------

TEST_CASE("dashboard: the period's figures follow the date range, per unit for the center, per officer for a unit") {
    Cast c;
    const auto answered = c.answered_report();  // today, 2026-11-17
    const auto open = c.in_progress_report();
    ActionParams give;
    give.handler_id = c.account_id("xuly.xd");
    c.step(c.xd_lead, open, Action::assign_handler, give);
    c.sent_report();  // waits at the center

    auto get = [&](Browser& b, const std::string& query) {
        auto r = c.t.call("GET", "/api/v1/officer/dashboard" + query, "", {}, &b);
        CAPTURE(query);
        CAPTURE(r.payload());
        REQUIRE(r.status == 200);
        return TestApp::body_of(r);
    };

    // Default period: this month so far.
    const json all = get(c.desk, "");
    CHECK(all["period"]["from"] == "2026-11-01");
    CHECK(all["period"]["to"] == "2026-11-17");
    CHECK(all["period"]["received"] == 3);
    CHECK(all["period"]["resolved"] == 1);
    CHECK(all["period"]["on_time"] == 1);
    CHECK(all["by_handler"].empty());
    REQUIRE(all["by_unit"].size() == 1);  // only Sở Xây dựng led any report
    CHECK(all["by_unit"][0]["unit_id"] == c.unit_xd);
    CHECK(all["by_unit"][0]["received"] == 2);
    CHECK(all["by_unit"][0]["resolved"] == 1);
    CHECK(all["by_unit"][0]["open"] == 1);

    // A range after today: nothing was sent or answered in it.
    const json later = get(c.desk, "?from=2026-11-18&to=2026-11-30");
    CHECK(later["period"]["received"] == 0);
    CHECK(later["period"]["resolved"] == 0);
    CHECK_FALSE(later["period"].contains("on_time_rate"));  // no answers: no rate, not 0 %
    CHECK(later["by_unit"][0]["resolved"] == 0);
    CHECK(later["by_unit"][0]["open"] == 1);  // "now" figures do not follow the range

    // The unit's own view: every officer of the unit, with their share.
    const json unit = get(c.xd_lead, "");
    CHECK(unit["by_unit"].empty());
    const auto handler_id = c.account_id("xuly.xd");
    bool seen_handler = false, seen_lead = false;
    for (const auto& h : unit["by_handler"]) {
        if (h["officer_id"] == handler_id) {
            seen_handler = true;
            CHECK(h["open"] == 1);
        }
        if (h["officer_id"] == c.account_id("lanhdao.xd")) {
            seen_lead = true;
            CHECK(h["open"] == 0);  // an officer holding nothing still shows
        }
    }
    CHECK(seen_handler);
    CHECK(seen_lead);
    // The answered report was never given to a person: "Chưa phân công".
    const json& last = unit["by_handler"].back();
    CHECK(last["officer_id"] == 0);
    CHECK(last["resolved"] == 1);
    (void)answered;

    auto bad = c.t.call("GET", "/api/v1/officer/dashboard?from=2026-13-01", "", {}, &c.desk);
    CHECK(bad.status == 422);
}

// [SECTION] dashboard export ----------------------------------------------------------------

TEST_CASE("exports: the dashboard of a period as a workbook of sheets, and as one CSV") {
    Cast c;
    c.answered_report();
    auto r = c.t.call("GET", "/api/v1/officer/dashboard/export?from=2026-11-01&to=2026-11-30", "", {}, &c.xd_lead);
    REQUIRE(r.status == 200);
    CHECK(has(std::string(r.header("Content-Disposition").value_or("")), "thong-ke-2026-11-17.xlsx"));
    const auto parts = pakn::test::unzip_parts(r.body);
    const std::string& workbook = parts.at("xl/workbook.xml");
    for (const char* name : {"Tổng hợp", "Theo trạng thái", "Theo lĩnh vực", "Theo cán bộ"})
        CHECK_MESSAGE(has(workbook, std::string("name=\"") + name + "\""), name);
    const std::string& summary = parts.at("xl/worksheets/sheet1.xml");
    CHECK(has(summary, ">01/11/2026 – 30/11/2026<"));
    CHECK(has(summary, ">Sở Xây dựng<"));
    CHECK(has(summary, "<v>100</v>"));  // the on-time rate, in per cent

    auto csv = c.t.call("GET", "/api/v1/officer/dashboard/export?format=csv&separator=semicolon", "", {}, &c.desk);
    REQUIRE(csv.status == 200);
    CHECK(csv.body.rfind("\xEF\xBB\xBFTổng hợp\r\nChỉ tiêu;Giá trị\r\n", 0) == 0);
    CHECK(has(csv.body, "\r\nTheo đơn vị\r\n"));
}

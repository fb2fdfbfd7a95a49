// Issue 14 item 19, the history view (Lịch sử thao tác): who did what on a
// report and in administration, read from the timelines and the audit log,
// for unit leads (their unit's reports and the looks at them) and the admin
// (everything, with addresses, without the notes written to citizens);
// filterable, paged without gaps, and every audit code named.
//
// [SECTION] index: helpers, a unit lead's view, the admin's view, paging,
// refusals, the names of audit codes.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <string>

#include "pakn/history.h"
#include "support/report_cast.h"

using pakn::test::Browser;
using pakn::test::json;
using pakn::test::TestApp;

namespace {

using namespace pakn;

// [SECTION] helpers ------------------------------------------------------------------

json history(pakn::test::ReportCast& c, Browser& b, const std::string& query = "") {
    auto r = c.t.call("GET", "/api/v1/officer/history" + query, "", {}, &b);
    CAPTURE(query);
    CAPTURE(r.payload());
    REQUIRE(r.status == 200);
    return TestApp::body_of(r);
}

// The entries of `page` whose action is `action`.
std::vector<json> with_action(const json& page, const std::string& action) {
    std::vector<json> out;
    for (const auto& e : page["items"])
        if (e["action"] == action) out.push_back(e);
    return out;
}

std::set<std::string> codes_in(const json& page) {
    std::set<std::string> out;
    for (const auto& e : page["items"])
        if (e.contains("report_code")) out.insert(e["report_code"].get<std::string>());
    return out;
}

}  // namespace

// [SECTION] a unit lead's view ---------------------------------------------------------

TEST_CASE("history: a unit lead reads the steps on the unit's reports and who looked at them, nothing else") {
    pakn::test::ReportCast c;
    const auto mine = c.in_progress_report();
    const std::string mine_code = c.detail(c.desk, mine)["code"];  // the desk's look is recorded
    const auto elsewhere = c.sent_report();
    ActionParams assign;
    assign.unit_id = c.t.unit_id("CT-NUOC");
    assign.note = "Chuyển Công ty Cấp thoát nước";
    c.step(c.desk, elsewhere, Action::assign, assign);
    const std::string elsewhere_code = c.detail(c.desk, elsewhere)["code"];
    c.detail(c.xd_handler, mine);  // a look by the unit's own officer

    const json all = history(c, c.xd_lead);
    CHECK(codes_in(all) == std::set<std::string>{mine_code});
    // The handler's start, named with role and unit.
    const auto starts = with_action(all, "start");
    REQUIRE(starts.size() == 1);
    CHECK(starts[0]["actor_name"] == "Cán Bộ xuly.xd");
    CHECK(starts[0]["actor_role"] == "Cán bộ xử lý");
    CHECK(starts[0]["actor_unit"] == "Sở Xây dựng");
    CHECK(starts[0]["kind"] == "workflow");
    // The citizen's own step does not name them.
    const auto submits = with_action(all, "submit");
    REQUIRE(submits.size() == 1);
    CHECK(submits[0]["actor_name"] == "Người phản ánh");
    // Both looks at the report's personal data: the desk's and the handler's.
    const auto views = with_action(all, "view_report");
    CHECK(views.size() >= 2);
    for (const auto& v : views) {
        CHECK(v["kind"] == "personal_data");
        CHECK(v["action_label"] == "Xem hồ sơ (có thông tin người phản ánh)");
        CHECK_FALSE(v.contains("ip"));  // the admin's only
    }
    // Newest first.
    for (std::size_t i = 1; i < all["items"].size(); ++i)
        CHECK(all["items"][i - 1]["at"].get<std::string>() >= all["items"][i]["at"].get<std::string>());

    // Filters: one kind, one report, one officer; administration is not the lead's.
    CHECK(with_action(history(c, c.xd_lead, "?kind=personal_data"), "start").empty());
    CHECK(history(c, c.xd_lead, "?kind=administration")["items"].empty());
    CHECK(history(c, c.xd_lead, "?report=" + elsewhere_code)["items"].empty());  // not the unit's
    const json by_handler = history(c, c.xd_lead, "?actor=xuly%20xd");
    REQUIRE_FALSE(by_handler["items"].empty());
    for (const auto& e : by_handler["items"]) CHECK(e["actor_name"] == "Cán Bộ xuly.xd");
    CHECK(history(c, c.xd_lead, "?from=2026-11-18")["items"].empty());  // tomorrow
}

// [SECTION] the admin's view ------------------------------------------------------------

TEST_CASE("history: the admin reads administration with addresses, and report steps without their notes") {
    pakn::test::ReportCast c;
    Browser admin = c.t.officer("quantri", "TTDH", "admin");
    const auto id = c.sent_report();
    ActionParams assign;
    assign.unit_id = c.unit_xd;
    assign.note = "Giao Sở Xây dựng xử lý, liên hệ chị Kiều 0905123456";
    c.step(c.desk, id, Action::assign, assign);
    json unit = {{"code", "SO-DL"}, {"name", "Sở Du lịch"}, {"kind", "department"}};
    REQUIRE(c.t.send("POST", "/api/v1/admin/units", unit, &admin).status == 201);

    const json created = history(c, admin, "?kind=administration");
    const auto made = with_action(created, "unit_created");
    REQUIRE(made.size() == 1);
    CHECK(made[0]["action_label"] == "Thêm đơn vị");
    CHECK(made[0]["actor_name"] == "Cán Bộ quantri");
    CHECK(made[0]["ip"] == "203.0.113.7");
    const json steps = history(c, admin, "?kind=workflow");
    const auto assigned = with_action(steps, "assign");
    REQUIRE(assigned.size() == 1);
    CHECK_FALSE(assigned[0].contains("detail"));  // the note stays with those who handle the report
    // Sign-ins are there too, by kind.
    CHECK_FALSE(with_action(history(c, admin, "?kind=account"), "login").empty());
}

// [SECTION] paging -----------------------------------------------------------------------

TEST_CASE("history: pages of 50 follow the cursor with nothing repeated or skipped, at equal instants too") {
    pakn::test::ReportCast c;
    Browser admin = c.t.officer("quantri", "TTDH", "admin");
    for (int i = 0; i < 20; ++i) c.in_progress_report();  // ~60 steps and 20 looks, all in the same second
    std::set<std::string> seen;
    std::size_t pages = 0, total = 0;
    std::string after;
    do {
        const json page = history(c, admin, after.empty() ? "" : "?after=" + after);
        ++pages;
        CHECK(page["items"].size() <= 50);
        for (const auto& e : page["items"]) {
            CHECK(seen.insert(e["id"].get<std::string>()).second);
            ++total;
        }
        after = page.value("next", "");
    } while (!after.empty() && pages < 10);
    CHECK(pages >= 2);
    CHECK(total == seen.size());
    // Everything: 20 × (submit, assign, start) steps at least.
    std::size_t steps = 0;
    for (const auto& id : seen) steps += id[0] == 'e';
    CHECK(steps == 60);
}

// [SECTION] refusals -------------------------------------------------------------------------

TEST_CASE("history: only unit leads and the admin, a bad filter is a field error") {
    pakn::test::ReportCast c;
    for (Browser* b : {&c.owner, &c.desk, &c.xd_handler})
        CHECK(c.t.call("GET", "/api/v1/officer/history", "", {}, b).status == 403);
    // query | field | code
    const std::tuple<const char*, const char*, const char*> bad[] = {
        {"?kind=everything", "kind", "invalid_history_kind"},
        {"?report=ABC", "report", "invalid_tracking_code"},
        {"?report=PAKN-2026-999999", "report", "report_not_found"},
        {"?after=12x", "after", "invalid_cursor"},
        {"?from=2026-11-20&to=2026-11-01", "to", "invalid_date_range"},
    };
    for (const auto& [query, field, code] : bad) {
        CAPTURE(query);
        auto r = c.t.call("GET", std::string("/api/v1/officer/history") + query, "", {}, &c.xd_lead);
        REQUIRE(r.status == 422);
        const json e = TestApp::body_of(r)["error"]["fields"][0];
        CHECK(e["field"] == field);
        CHECK(e["code"] == code);
    }
}

// [SECTION] the names of audit codes ------------------------------------------------------------

TEST_CASE("history: every action the server writes to the audit log has a kind and a Vietnamese name") {
    // The literals on each line that writes an audit row, minus subjects.
    const std::regex literal("\"([a-z_]*)\"");
    const std::set<std::string> subjects = {"", "session", "settings"};
    std::set<std::string> found;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(std::string(PAKN_SOURCE_DIR) + "/server")) {
        if (entry.path().extension() != ".cpp") continue;
        std::ifstream in(entry.path());
        for (std::string line; std::getline(in, line);) {
            if (line.find("audit(c") == std::string::npos) continue;
            for (std::sregex_iterator m(line.begin(), line.end(), literal), end; m != end; ++m)
                if (!subjects.count((*m)[1].str())) found.insert((*m)[1].str());
        }
    }
    CHECK(found.size() >= 30);
    for (const auto& code : found) {
        CAPTURE(code);
        const auto a = find_audit_action(code);
        REQUIRE(a);
        CHECK_FALSE(a->label.empty());
    }
}

// The officer inbox beyond its list (issue 14 items 17 and 18), through the
// real router: bulk actions run each report through the single action's
// path (its own checks, event and transaction) and say per report what was
// refused and why; the tabs' counts match the lists they stand for; each
// officer keeps their own named filters, validated by the shared parser.
//
// [SECTION] index: helpers, bulk actions, tab counts, saved filters.
#include <doctest/doctest.h>

#include <map>
#include <string>

#include "pakn/dto.h"
#include "pakn/inbox.h"
#include "pakn/workflow.h"
#include "store/db.h"
#include "support/report_cast.h"
#include "support/test_app.h"

using pakn::test::Browser;
using pakn::test::json;
using pakn::test::TestApp;
using Response = pakn::server::http::Response;

namespace {

using namespace pakn;

// [SECTION] helpers --------------------------------------------------------------

std::string field_code(const Response& r, const std::string& field) {
    const json b = TestApp::body_of(r);
    if (!b.contains("error") || !b["error"].contains("fields")) return "";
    for (const auto& f : b["error"]["fields"])
        if (f.value("field", "") == field) return f.value("code", "");
    return "";
}

std::string error_code(const Response& r) {
    const json b = TestApp::body_of(r);
    return b.contains("error") ? b["error"].value("code", "") : "";
}

struct Desk : pakn::test::ReportCast {
    std::int64_t unit_yt = t.unit_id("SO-YT");
    Browser yt_handler = t.officer("xuly.yt", "SO-YT", "handler");

    Response bulk(Browser& b, const json& body) { return t.send("POST", "/api/v1/reports/bulk", body, &b); }

    // id -> the item of a 200 bulk answer.
    static std::map<std::int64_t, json> items(const Response& r) {
        std::map<std::int64_t, json> out;
        const json body = TestApp::body_of(r);
        for (const auto& item : body["items"])
            out[item["id"].get<std::int64_t>()] = item;
        return out;
    }

    std::string status_of(Browser& b, std::int64_t id) { return detail(b, id)["status"].get<std::string>(); }

    std::int64_t events_of(std::int64_t id) {
        return t.app->db->read([&](server::store::Connection& c) {
            auto st = c.prepare("SELECT COUNT(*) FROM report_events WHERE report_id = ?");
            st.bind_all(id);
            const std::int64_t n = st.step() ? st.int64(0) : -1;
            st.reset();
            return n;
        });
    }

    // Assigned to `unit` by the desk.
    std::int64_t assigned_to(std::int64_t unit) {
        const auto id = sent_report();
        ActionParams p;
        p.unit_id = unit;
        step(desk, id, Action::assign, p);
        return id;
    }
};

json ids_json(std::initializer_list<std::int64_t> ids) {
    json a = json::array();
    for (auto id : ids)
        a.push_back(id);
    return a;
}

}  // namespace

// [SECTION] bulk actions -----------------------------------------------------------

TEST_CASE("bulk: mixed allowed and refused reports get one result each, a refused one is left as it was") {
    Desk d;
    const auto a = d.sent_report();
    const auto b = d.sent_report();
    const auto accepted = d.sent_report();
    d.step(d.desk, accepted, Action::accept);
    const auto events_before = d.events_of(accepted);

    auto r = d.bulk(d.desk, {{"action", "accept"}, {"report_ids", ids_json({a, accepted, b, 999999})}});
    CAPTURE(r.payload());
    REQUIRE(r.status == 200);
    const json body = TestApp::body_of(r);
    CHECK(body["done"] == 2);
    CHECK(body["failed"] == 2);
    // In request order.
    REQUIRE(body["items"].size() == 4);
    CHECK(body["items"][1]["id"] == accepted);
    auto it = Desk::items(r);
    CHECK(it[a]["ok"] == true);
    CHECK(it[a]["status"] == "accepted");
    CHECK(it[a].value("code", "").rfind("PAKN-", 0) == 0);
    CHECK(it[b]["ok"] == true);
    CHECK(it[accepted]["ok"] == false);
    CHECK(it[accepted]["http"] == 409);
    CHECK(it[accepted]["error"] == "action_not_allowed_in_status");
    CHECK(it[accepted]["message"].get<std::string>().find("Đã tiếp nhận") != std::string::npos);
    CHECK(it[accepted].value("code", "").rfind("PAKN-", 0) == 0);  // named in the summary
    CHECK(it[999999]["http"] == 404);
    CHECK(it[999999].value("code", "") == "");
    // Each done report has its own step on the timeline; the refused one none.
    CHECK(d.status_of(d.desk, a) == "accepted");
    CHECK(d.status_of(d.desk, b) == "accepted");
    CHECK(d.events_of(accepted) == events_before);
    const json timeline = d.detail(d.desk, a)["events"];
    CHECK(timeline.back()["action"] == "accept");
}

TEST_CASE("bulk: assign checks the unit once per report, and a refusal for the unit leaves every report unchanged") {
    Desk d;
    const auto a = d.sent_report();
    const auto b = d.sent_report();
    auto r = d.bulk(d.desk, {{"action", "assign"}, {"report_ids", ids_json({a, b})}, {"unit_id", d.unit_xd}});
    CAPTURE(r.payload());
    REQUIRE(r.status == 200);
    CHECK(TestApp::body_of(r)["done"] == 2);
    CHECK(d.detail(d.desk, a)["lead_unit"]["id"] == d.unit_xd);

    const auto c = d.sent_report();
    r = d.bulk(d.desk, {{"action", "assign"}, {"report_ids", ids_json({c})}, {"unit_id", 987654}});
    REQUIRE(r.status == 200);
    auto it = Desk::items(r);
    CHECK(it[c]["ok"] == false);
    CHECK(it[c]["http"] == 422);
    CHECK(it[c]["error"] == "unknown_unit");
    CHECK(d.status_of(d.desk, c) == "submitted");
}

TEST_CASE("bulk: a unit officer cannot act on another unit's reports through bulk") {
    Desk d;
    const auto ours = d.assigned_to(d.unit_xd);
    const auto theirs = d.assigned_to(d.unit_yt);
    const auto before = d.events_of(theirs);
    auto r = d.bulk(d.xd_handler, {{"action", "comment"},
                                   {"report_ids", ids_json({ours, theirs})},
                                   {"note", "Đã liên hệ phường để phối hợp kiểm tra."}});
    CAPTURE(r.payload());
    REQUIRE(r.status == 200);
    auto it = Desk::items(r);
    CHECK(it[ours]["ok"] == true);
    CHECK(it[theirs]["ok"] == false);
    CHECK(it[theirs]["http"] == 404);  // not even its existence
    CHECK(it[theirs].value("code", "") == "");
    CHECK(d.events_of(theirs) == before);
    // A unit has no line for accept or assign: the whole request is refused.
    r = d.bulk(d.xd_handler, {{"action", "accept"}, {"report_ids", ids_json({ours})}});
    CHECK(r.status == 403);
    CHECK(error_code(r) == "action_not_allowed_for_role");
}

TEST_CASE("bulk: the request is judged whole before any report is touched") {
    Desk d;
    const auto a = d.sent_report();
    struct Case {
        const char* name;
        json body;
        const char* field;
        const char* code;
    };
    json many = json::array();
    for (std::int64_t i = 1; i <= static_cast<std::int64_t>(kMaxBulkReports) + 1; ++i)
        many.push_back(i);
    const Case cases[] = {
        {"over the cap", {{"action", "accept"}, {"report_ids", many}}, "report_ids", "too_many_reports"},
        {"no reports", {{"action", "accept"}, {"report_ids", json::array()}}, "report_ids", "required"},
        {"a bad id", {{"action", "accept"}, {"report_ids", ids_json({a, -3})}}, "report_ids", "invalid_report_ids"},
        {"not a bulk action",
         {{"action", "reject"}, {"report_ids", ids_json({a})}},
         "action",
         "bulk_action_not_offered"},
        {"unknown action", {{"action", "explode"}, {"report_ids", ids_json({a})}}, "action", "unknown_action"},
        {"comment without note", {{"action", "comment"}, {"report_ids", ids_json({a})}}, "note", "required"},
        {"assign without unit", {{"action", "assign"}, {"report_ids", ids_json({a})}}, "unit_id", "required"},
        {"accept with a unit",
         {{"action", "accept"}, {"report_ids", ids_json({a})}, {"unit_id", d.unit_xd}},
         "unit_id",
         "field_not_applicable"},
        {"note too long",
         {{"action", "comment"}, {"report_ids", ids_json({a})}, {"note", std::string(2001, 'x')}},
         "note",
         "too_long"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.name);
        auto r = d.bulk(d.desk, c.body);
        CAPTURE(r.payload());
        CHECK(r.status == 422);
        CHECK(field_code(r, c.field) == c.code);
    }
    CHECK(d.status_of(d.desk, a) == "submitted");
    // Repeated ids act once.
    auto r = d.bulk(d.desk, {{"action", "accept"}, {"report_ids", ids_json({a, a})}});
    REQUIRE(r.status == 200);
    CHECK(TestApp::body_of(r)["items"].size() == 1);
    CHECK(TestApp::body_of(r)["done"] == 1);
}

// [SECTION] tab counts ---------------------------------------------------------------

TEST_CASE("tab counts: each tab's count is its list's total, in the caller's scope and under the filters") {
    Desk d;
    const auto a = d.sent_report();
    d.sent_report("du_lich");
    const auto accepted = d.sent_report();
    d.step(d.desk, accepted, Action::accept);
    d.assigned_to(d.unit_xd);
    d.assigned_to(d.unit_yt);
    (void)a;
    struct Case {
        const char* who;
        Browser* b;
        std::string filters;
    };
    const Case cases[] = {{"desk", &d.desk, ""},
                          {"desk, category", &d.desk, "category=xay_dung"},
                          {"desk, words", &d.desk, "q=v%E1%BB%89a%20h%C3%A8"},
                          {"unit", &d.xd_handler, ""},
                          {"other unit", &d.yt_handler, "category=xay_dung"}};
    for (const auto& c : cases) {
        CAPTURE(c.who);
        auto r = d.t.call("GET", "/api/v1/inbox/counts" + (c.filters.empty() ? "" : "?" + c.filters), "", {}, c.b);
        CAPTURE(r.payload());
        REQUIRE(r.status == 200);
        const json tabs = TestApp::body_of(r)["tabs"];
        REQUIRE_FALSE(tabs.empty());
        for (const auto& tab : tabs) {
            const std::string key = tab["key"];
            CAPTURE(key);
            std::string qs = key == "all"       ? ""
                             : key == "overdue" ? "overdue=true"
                             : key == "mine"    ? "mine=true"
                             : key == "reconsideration" ? "reconsideration=true"
                                                : "status=" + key;
            if (!c.filters.empty()) qs += (qs.empty() ? "" : "&") + c.filters;
            auto list = d.t.call("GET", "/api/v1/inbox" + (qs.empty() ? "" : "?" + qs), "", {}, c.b);
            REQUIRE(list.status == 200);
            CHECK(tab["count"] == TestApp::body_of(list)["total"]);
        }
    }
    // The desk's tabs are the center's, the unit's its own (with "Của tôi").
    auto r = d.t.call("GET", "/api/v1/inbox/counts", "", {}, &d.desk);
    const InboxCounts desk = decode<InboxCounts>(r.body).value;
    REQUIRE(find_count(desk, "submitted"));
    CHECK(find_count(desk, "submitted")->count == 2);
    CHECK(find_count(desk, "accepted")->count == 1);
    CHECK(find_count(desk, "assigned")->count == 2);
    CHECK(find_count(desk, "all")->count == 5);
    CHECK_FALSE(find_count(desk, "mine"));
    r = d.t.call("GET", "/api/v1/inbox/counts", "", {}, &d.xd_handler);
    const InboxCounts unit = decode<InboxCounts>(r.body).value;
    CHECK(find_count(unit, "assigned")->count == 1);
    CHECK(find_count(unit, "all")->count == 1);
    CHECK(find_count(unit, "mine")->count == 0);
    // A bad filter is the list's 422.
    r = d.t.call("GET", "/api/v1/inbox/counts?category=X%20Y", "", {}, &d.desk);
    CHECK(r.status == 422);
}

// [SECTION] saved filters ------------------------------------------------------------

TEST_CASE("saved filters: an officer saves, lists and deletes their own, another officer sees none of them") {
    Desk d;
    const std::string base = "/api/v1/officer/saved-filters";
    auto r =
        d.t.send("POST", base,
                 {{"name", "  Xây dựng quá hạn  "}, {"query", "?category=xay_dung&page=3&status=accepted"}}, &d.desk);
    CAPTURE(r.payload());
    REQUIRE(r.status == 201);
    const json saved = TestApp::body_of(r);
    CHECK(saved["name"] == "Xây dựng quá hạn");
    // Re-spelled by the shared parser: the filters alone, no page or tab.
    CHECK(saved["query"] == "category=xay_dung");
    const auto id = saved["id"].get<std::int64_t>();
    REQUIRE(d.t.send("POST", base, {{"name", "Kênh điện thoại"}, {"query", "channel=hotline&q=%C4%91%C3%A8n"}}, &d.desk)
                .status == 201);

    r = d.t.call("GET", base, "", {}, &d.desk);
    REQUIRE(r.status == 200);
    const json list = TestApp::body_of(r);
    REQUIRE(list.size() == 2);
    CHECK(list[0]["name"] == "Kênh điện thoại");  // by name
    // Each account its own.
    r = d.t.call("GET", base, "", {}, &d.xd_handler);
    CHECK(TestApp::body_of(r).empty());
    CHECK(d.t.send("DELETE", base + "/" + std::to_string(id), json::object(), &d.xd_handler).status == 404);
    CHECK(d.t.send("DELETE", base + "/" + std::to_string(id), json::object(), &d.desk).status == 204);
    CHECK(d.t.send("DELETE", base + "/" + std::to_string(id), json::object(), &d.desk).status == 404);
    CHECK(TestApp::body_of(d.t.call("GET", base, "", {}, &d.desk)).size() == 1);
    // The same name is another officer's to use.
    CHECK(d.t.send("POST", base, {{"name", "Kênh điện thoại"}, {"query", "channel=hotline"}}, &d.xd_handler).status ==
          201);
}

TEST_CASE("saved filters: bad names and queries are refused with the field's error and nothing is stored") {
    Desk d;
    const std::string base = "/api/v1/officer/saved-filters";
    REQUIRE(d.t.send("POST", base, {{"name", "Của tôi"}, {"query", "category=xay_dung"}}, &d.desk).status == 201);
    struct Case {
        const char* name;
        json body;
        const char* field;
        const char* code;
    };
    const Case cases[] = {
        {"empty name", {{"name", "   "}, {"query", "category=xay_dung"}}, "name", "required"},
        {"long name",
         {{"name", std::string(61, 'a')}, {"query", "category=xay_dung"}},
         "name",
         "saved_filter_name_too_long"},
        {"a control character",
         {{"name",
           "a\x07"
           "b"},
          {"query", "category=xay_dung"}},
         "name",
         "control_characters"},
        {"taken", {{"name", "Của tôi"}, {"query", "commune=22333"}}, "name", "saved_filter_name_taken"},
        {"junk query", {{"name", "Rác"}, {"query", "category=X%20Y&from=2026-13-40"}}, "query", "invalid_saved_filter"},
        {"nothing to keep", {{"name", "Trống"}, {"query", "page=2&status=accepted"}}, "query", "saved_filter_empty"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.name);
        auto r = d.t.send("POST", base, c.body, &d.desk);
        CAPTURE(r.payload());
        CHECK(r.status == 422);
        CHECK(field_code(r, c.field) == c.code);
    }
    // The cap per officer.
    for (std::size_t i = 1; i < kMaxSavedFilters; ++i)
        REQUIRE(
            d.t.send("POST", base, {{"name", "Bộ lọc " + std::to_string(i)}, {"query", "category=xay_dung"}}, &d.desk)
                .status == 201);
    auto r = d.t.send("POST", base, {{"name", "Một cái nữa"}, {"query", "category=xay_dung"}}, &d.desk);
    CHECK(r.status == 422);
    CHECK(field_code(r, "name") == "too_many_saved_filters");
    CHECK(TestApp::body_of(d.t.call("GET", base, "", {}, &d.desk)).size() == kMaxSavedFilters);
    // Citizens have no inbox.
    CHECK(d.t.call("GET", base, "", {}, &d.owner).status == 403);
}

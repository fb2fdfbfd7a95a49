// Issue 14 item 21, the staff map (Bản đồ hồ sơ, GET /api/v1/officer/map):
// the open reports of the inbox's scope that have a position, coloured by
// the inbox's SLA level, under the inbox's filters; reports without a
// position counted, not listed; closed ones left out; bad filters refused
// like the inbox refuses them.
//
// [SECTION] index: helpers, scope, filters, refusals.
#include <doctest/doctest.h>

#include <set>
#include <string>

#include "pakn/dto_map.h"
#include "store/db.h"
#include "support/report_cast.h"

using pakn::test::Browser;
using pakn::test::json;
using pakn::test::TestApp;

namespace {

using namespace pakn;

// [SECTION] helpers ------------------------------------------------------------------

// The cast plus a second unit (Công ty Cấp thoát nước) and its handler, and
// reports placed for the map.
struct MapCast : pakn::test::ReportCast {
    Browser nuoc_handler = t.officer("xuly.nuoc", "CT-NUOC", "handler");
    std::int64_t unit_nuoc = t.unit_id("CT-NUOC");

    // A report sent by the owner, at (lat, lon) when given.
    std::int64_t placed(std::optional<std::pair<double, double>> at, const std::string& category = "xay_dung",
                        const std::string& commune = "22333") {
        auto [cid, answer] = t.captcha();
        json form = {{"title", "Cột đèn chiếu sáng đổ nghiêng trên vỉa hè"},
                     {"content", "Cột đèn nghiêng ra lòng đường sau trận mưa lớn, nguy cơ đổ vào người đi đường."},
                     {"address", "12 Trần Phú"},
                     {"commune_code", commune},
                     {"category_code", category},
                     {"is_public", false},
                     {"attachment_ids", json::array()},
                     {"submit", true},
                     {"captcha_id", cid},
                     {"captcha_answer", answer}};
        if (at) {
            form["lat"] = at->first;
            form["lon"] = at->second;
        }
        auto created = t.send("POST", "/api/v1/reports", form, &owner);
        CAPTURE(created.payload());
        REQUIRE(created.status == 201);
        return TestApp::body_of(created)["id"].get<std::int64_t>();
    }
    // Given to `unit` by the center.
    void give(std::int64_t id, std::int64_t unit) {
        ActionParams assign;
        assign.unit_id = unit;
        step(desk, id, Action::assign, assign);
    }
};

json officer_map(MapCast& c, Browser& b, const std::string& query = "") {
    auto r = c.t.call("GET", "/api/v1/officer/map" + query, "", {}, &b);
    CAPTURE(query);
    CAPTURE(r.payload());
    REQUIRE(r.status == 200);
    // The shared DTO reads what the server wrote.
    REQUIRE(decode<OfficerMap>(r.payload()).ok());
    return TestApp::body_of(r);
}

std::set<std::int64_t> ids_in(const json& map) {
    std::set<std::int64_t> out;
    for (const auto& p : map["points"])
        out.insert(p["report_id"].get<std::int64_t>());
    return out;
}

}  // namespace

// [SECTION] scope ----------------------------------------------------------------------

TEST_CASE("officer map: each officer sees the points of their inbox's scope, open and placed ones only") {
    MapCast c;
    const auto xd = c.placed(std::pair{12.2388, 109.1967});
    c.give(xd, c.unit_xd);
    const auto nuoc = c.placed(std::pair{12.2451, 109.1902}, "xay_dung", "22366");
    c.give(nuoc, c.unit_nuoc);
    const auto fresh = c.placed(std::pair{12.2500, 109.1800});  // sent, with the center
    const auto nowhere = c.placed(std::nullopt);
    c.give(nowhere, c.unit_xd);
    const auto done = c.placed(std::pair{12.2300, 109.2000});
    c.give(done, c.unit_xd);
    c.step(c.xd_handler, done, Action::start);
    ActionParams result;
    result.result_text = "Đã dựng lại cột đèn và gia cố chân móng.";
    c.step(c.xd_handler, done, Action::propose_result, result);
    c.step(c.xd_lead, done, Action::approve_result);  // resolved: no longer open

    // Columns: who asks | the points they see | without a position.
    struct Row {
        const char* who;
        Browser* b;
        std::set<std::int64_t> points;
        std::int64_t without;
    };
    const Row rows[] = {
        {"the dispatcher (everything)", &c.desk, {xd, nuoc, fresh}, 1},
        {"Sở Xây dựng's handler", &c.xd_handler, {xd}, 1},
        {"Sở Xây dựng's lead", &c.xd_lead, {xd}, 1},
        {"Cấp thoát nước's handler", &c.nuoc_handler, {nuoc}, 0},
    };
    for (const auto& row : rows) {
        CAPTURE(row.who);
        const json m = officer_map(c, *row.b);
        CHECK(ids_in(m) == row.points);
        CHECK(m["without_position"] == row.without);
        CHECK(m["truncated"] == false);
    }

    // A point carries what the map draws: code, title, status, SLA level, position.
    const json m = officer_map(c, c.xd_handler);
    REQUIRE(m["points"].size() == 1);
    const json& p = m["points"][0];
    CHECK(p["code"] == c.detail(c.desk, xd)["code"]);
    CHECK(p["title"] == "Cột đèn chiếu sáng đổ nghiêng trên vỉa hè");
    CHECK(p["status"] == "assigned");
    CHECK(p["time_left_level"] == "ok");
    CHECK(p["lat"] == doctest::Approx(12.2388));
    CHECK(p["lon"] == doctest::Approx(109.1967));
    // No boundaries imported: nothing to draw them with, said explicitly.
    CHECK(m["shapes"] == "");
}

// [SECTION] filters ----------------------------------------------------------------------

TEST_CASE("officer map: the inbox's filters apply to the points and to the count without a position") {
    MapCast c;
    const auto a = c.placed(std::pair{12.2388, 109.1967}, "xay_dung", "22333");
    const auto b = c.placed(std::pair{12.2451, 109.1902}, "xay_dung", "22366");
    c.give(b, c.unit_xd);
    const auto unplaced = c.placed(std::nullopt, "xay_dung", "22366");
    c.give(unplaced, c.unit_nuoc);

    // Columns: query | points | without a position.
    struct Row {
        std::string query;
        std::set<std::int64_t> points;
        std::int64_t without;
    };
    const Row rows[] = {
        {"", {a, b}, 1},
        {"?commune=22366", {b}, 1},
        {"?commune=22333", {a}, 0},
        {"?status=submitted", {a}, 0},
        {"?status=assigned", {b}, 1},
        {"?status=closed", {}, 0},  // no open report is closed
        {"?status=resolved", {}, 0},
        {"?unit=" + std::to_string(c.unit_xd), {b}, 0},
        {"?unit=" + std::to_string(c.unit_nuoc), {}, 1},
        {"?category=moi_truong", {}, 0},
        {"?q=cot%20den", {a, b}, 1},  // the inbox's word search, without diacritics
        {"?q=khongcogi", {}, 0},
        {"?overdue=true", {}, 0},
        {"?page=3&page_size=1", {a, b}, 1},  // paging is the list's, not the map's
    };
    for (const auto& row : rows) {
        CAPTURE(row.query);
        const json m = officer_map(c, c.desk, row.query);
        CHECK(ids_in(m) == row.points);
        CHECK(m["without_position"] == row.without);
    }
    // "Của tôi": given to the asking officer, as in the inbox.
    ActionParams to_handler;
    to_handler.handler_id = c.t.app->db->read([&](pakn::server::store::Connection& conn) {
        return conn.scalar_int("SELECT id FROM accounts WHERE login = 'xuly.xd'").value_or(0);
    });
    to_handler.note = "Anh phụ trách địa bàn này.";
    c.step(c.xd_lead, b, Action::assign_handler, to_handler);
    CHECK(ids_in(officer_map(c, c.xd_handler, "?mine=true")) == std::set<std::int64_t>{b});
    CHECK(ids_in(officer_map(c, c.xd_lead, "?mine=true")).empty());
}

// [SECTION] refusals ----------------------------------------------------------------------

TEST_CASE("officer map: a bad filter is the inbox's 422 with its field, outsiders are refused") {
    MapCast c;
    // Columns: query | field in error.
    const std::pair<const char*, const char*> rows[] = {
        {"?commune=99999", "commune"}, {"?status=dang_xu_ly", "status"},         {"?unit=abc", "unit"},
        {"?from=31/02/2026", "from"},  {"?from=2026-03-10&to=2026-03-01", "to"}, {"?overdue=maybe", "overdue"},
    };
    for (const auto& [query, field] : rows) {
        CAPTURE(query);
        auto r = c.t.call("GET", std::string("/api/v1/officer/map") + query, "", {}, &c.desk);
        CHECK(r.status == 422);
        const json body = TestApp::body_of(r);
        REQUIRE(body["error"]["fields"].size() >= 1);
        CHECK(body["error"]["fields"][0]["field"] == field);
        CHECK(!body["error"]["fields"][0]["message"].get<std::string>().empty());
    }
    CHECK(c.t.call("GET", "/api/v1/officer/map", "", {}, &c.owner).status == 403);
    Browser nobody;
    CHECK(c.t.call("GET", "/api/v1/officer/map", "", {}, &nobody).status == 401);
}

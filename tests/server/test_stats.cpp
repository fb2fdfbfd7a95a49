// Public statistics and the map through the real router: the figures of a
// handful of reports with known lifecycles, exactly; the trigger-kept
// aggregates after status changes and deletions; date and category filters
// (whole months, single days, ranges cut inside months); ETag and 304; and,
// over a few thousand seeded reports, every breakdown against figures
// computed straight from the reports and their timelines.
//
// [SECTION] index: helpers, exact figures, updates and deletes, caching,
// map, seeded data against the reports.
#include <doctest/doctest.h>

#include <atomic>
#include <cmath>
#include <map>
#include <thread>

#include "http/public_cache.h"
#include "pakn/calendar.h"
#include "pakn/ranking.h"
#include "services/seed.h"
#include "support/test_app.h"

using pakn::test::Browser;
using pakn::test::json;
using pakn::test::TestApp;
using Response = pakn::server::http::Response;

namespace {

// [SECTION] helpers -----------------------------------------------------------

struct Person {
    Browser browser;
    std::int64_t id = 0;
};

Person citizen(TestApp& t, const std::string& cccd, const std::string& phone) {
    Person p;
    p.id = t.register_citizen(cccd, phone);
    REQUIRE(p.id > 0);
    REQUIRE(t.login(p.browser, cccd, "matkhau2026").status == 200);
    return p;
}

std::int64_t submit(TestApp& t, Person& who, const std::string& category, const std::string& commune, bool is_public,
                    std::optional<std::pair<double, double>> point = std::nullopt) {
    auto [cid, answer] = t.captcha();
    json body = {{"title", "Ổ gà lớn trên đường Trần Phú"},
                 {"content", "Mặt đường xuất hiện nhiều ổ gà sâu, xe máy qua lại dễ té ngã, đề nghị sửa chữa."},
                 {"address", "12 Trần Phú"},
                 {"category_code", category},
                 {"is_public", is_public},
                 {"submit", true},
                 {"captcha_id", cid},
                 {"captcha_answer", answer}};
    if (!commune.empty()) body["commune_code"] = commune;
    if (point) {
        body["lat"] = point->first;
        body["lon"] = point->second;
    }
    auto r = t.send("POST", "/api/v1/reports", body, &who.browser);
    REQUIRE(r.status == 201);
    return TestApp::body_of(r)["id"].get<std::int64_t>();
}

void act(TestApp& t, Browser& b, std::int64_t id, const json& body) {
    auto r = t.send("POST", "/api/v1/reports/" + std::to_string(id) + "/actions", body, &b);
    INFO(r.payload());
    REQUIRE(r.status == 200);
}

json stats(TestApp& t, const std::string& query = "") {
    auto r = t.call("GET", "/api/v1/public/stats" + query);
    INFO(r.payload());
    REQUIRE(r.status == 200);
    return TestApp::body_of(r);
}

// The row of `key` in a breakdown, or null.
json row(const json& rows, const std::string& key) {
    for (const auto& r : rows)
        if (r["key"] == key) return r;
    return nullptr;
}

std::int64_t count_of(const json& rows, const std::string& key) {
    const json r = row(rows, key);
    return r.is_null() ? 0 : r["count"].get<std::int64_t>();
}

std::int64_t sum(const json& rows) {
    std::int64_t n = 0;
    for (const auto& r : rows)
        n += r["count"].get<std::int64_t>();
    return n;
}

std::int64_t scalar(TestApp& t, const std::string& sql) {
    return t.app->db->read([&](pakn::server::store::Connection& c) { return c.scalar_int(sql).value_or(-1); });
}

// Five reports with known lifecycles (and a draft):
//   r1 An    giao thông  22333  Oct 15  submitted, never touched
//   r2 An    giao thông  22333  Nov 17  SO-XD, answered on time, published, rated very satisfied
//   r3 Bình  cấp nước    22366  Nov 17  CT-NUOC, answered late, rated dissatisfied
//   r4 An    giao thông  22366  Nov 17  rejected
//   r5 Bình  du lịch     (none) Nov 17  submitted
struct Fixture {
    TestApp t;
    Person an, binh;
    Browser dispatcher, xd_handler, xd_lead, water_handler, water_lead;
    std::int64_t r1 = 0, r2 = 0, r3 = 0, r4 = 0, r5 = 0;

    // Sessions end after 30 idle minutes: after moving the clock, everyone
    // signs in again.
    void advance(std::int64_t seconds) {
        t.clock.advance(seconds);
        REQUIRE(t.login(an.browser, "056191653264", "matkhau2026").status == 200);
        REQUIRE(t.login(binh.browser, "079203000123", "matkhau2026").status == 200);
        for (auto [browser, login] : {std::pair{&dispatcher, "tiepnhan"},
                                      {&xd_handler, "xd.canbo"},
                                      {&xd_lead, "xd.lanhdao"},
                                      {&water_handler, "nuoc.canbo"},
                                      {&water_lead, "nuoc.lanhdao"}})
            REQUIRE(t.login(*browser, login, "CanBo2026pakn", "officer").status == 200);
    }

    Fixture() {
        an = citizen(t, "056191653264", "0905123456");
        binh = citizen(t, "079203000123", "0912345678");
        dispatcher = t.officer("tiepnhan", "TTDH", "dispatcher");
        xd_handler = t.officer("xd.canbo", "SO-XD", "handler");
        xd_lead = t.officer("xd.lanhdao", "SO-XD", "unit_lead");
        water_handler = t.officer("nuoc.canbo", "CT-NUOC", "handler");
        water_lead = t.officer("nuoc.lanhdao", "CT-NUOC", "unit_lead");
        const auto now = t.clock.now();  // Tuesday 2026-11-17 09:30

        t.clock.set(pakn::from_local({{2026, 10, 15}, 10, 0, 0}));
        advance(0);
        r1 = submit(t, an, "su_co_giao_thong", "22333", false);
        t.clock.set(now);
        advance(0);
        r2 = submit(t, an, "su_co_giao_thong", "22333", true, std::make_pair(12.2785, 109.1968));
        r3 = submit(t, binh, "su_co_cap_thoat_nuoc", "22366", false);
        r4 = submit(t, an, "su_co_giao_thong", "22366", false);
        r5 = submit(t, binh, "du_lich", "", false);
        // A draft counts nowhere.
        t.send("POST", "/api/v1/reports", {{"title", "Nháp"}, {"submit", false}}, &an.browser);

        advance(3600);
        act(t, dispatcher, r2, {{"action", "assign"}, {"unit_id", t.unit_id("SO-XD")}});
        act(t, dispatcher, r3, {{"action", "assign"}, {"unit_id", t.unit_id("CT-NUOC")}});
        act(t, dispatcher, r4,
            {{"action", "reject"}, {"reason_code", "out_of_scope"}, {"note", "Không thuộc phạm vi."}});
        advance(3600);
        act(t, xd_handler, r2, {{"action", "start"}});
        act(t, water_handler, r3, {{"action", "start"}});
        advance(86400);  // well inside the 3 working days of an urban incident
        act(t, xd_handler, r2, {{"action", "propose_result"}, {"result", "Đã vá ổ gà."}});
        act(t, xd_lead, r2, {{"action", "approve_result"}});
        act(t, dispatcher, r2, {{"action", "publish"}});
        act(t, an.browser, r2, {{"action", "rate"}, {"rating", "very_satisfied"}});
        advance(10 * 86400);  // past r3's deadline
        act(t, water_handler, r3, {{"action", "propose_result"}, {"result", "Đã sửa đường ống."}});
        act(t, water_lead, r3, {{"action", "approve_result"}});
        act(t, binh.browser, r3, {{"action", "rate"}, {"rating", "dissatisfied"}});
    }
};

}  // namespace

// [SECTION] exact figures -------------------------------------------------------

TEST_CASE("stats: the figures of five known reports, exactly") {
    Fixture f;
    auto& t = f.t;
    const json s = stats(t);
    const json& totals = s["totals"];
    CHECK(totals["received"] == 5);
    CHECK(totals["resolved"] == 2);
    CHECK(totals["on_time_rate"].get<double>() == doctest::Approx(0.5));
    CHECK(totals["satisfaction_rate"].get<double>() == doctest::Approx(0.5));
    const double hours =
        static_cast<double>(scalar(t, "SELECT SUM(resolved_at - submitted_at) FROM reports")) / 2 / 3600;
    CHECK(totals["avg_handling_hours"].get<double>() == doctest::Approx(hours).epsilon(0.01));

    // Every status but draft, in workflow order, summing to received.
    REQUIRE(s["by_status"].size() == 9);
    CHECK(s["by_status"][0]["key"] == "submitted");
    CHECK(s["by_status"][0]["label"] == "Chờ tiếp nhận");
    CHECK(count_of(s["by_status"], "submitted") == 2);
    CHECK(count_of(s["by_status"], "rejected") == 1);
    CHECK(count_of(s["by_status"], "closed") == 2);
    CHECK(sum(s["by_status"]) == 5);

    CHECK(sum(s["by_category"]) == 5);
    CHECK(s["by_category"][0]["key"] == "su_co_giao_thong");  // largest first
    CHECK(s["by_category"][0]["label"] == "Giao thông");
    CHECK(count_of(s["by_category"], "su_co_giao_thong") == 3);
    CHECK(count_of(s["by_category"], "su_co_cap_thoat_nuoc") == 1);
    CHECK(count_of(s["by_category"], "du_lich") == 1);
    const json water = row(s["by_category"], "su_co_cap_thoat_nuoc");
    CHECK(water["resolved"] == 1);
    CHECK(water["on_time_rate"].get<double>() == doctest::Approx(0.0));

    // Units ranked by on-time rate; reports without a unit are not ranked.
    REQUIRE(s["by_unit"].size() == 2);
    CHECK(s["by_unit"][0]["key"] == std::to_string(t.unit_id("SO-XD")));
    CHECK(s["by_unit"][0]["label"] == "Sở Xây dựng");
    CHECK(s["by_unit"][0]["on_time_rate"].get<double>() == doctest::Approx(1.0));
    CHECK(s["by_unit"][1]["key"] == std::to_string(t.unit_id("CT-NUOC")));
    CHECK(s["by_unit"][1]["on_time_rate"].get<double>() == doctest::Approx(0.0));

    CHECK(count_of(s["by_commune"], "22333") == 2);
    CHECK(count_of(s["by_commune"], "22366") == 2);
    CHECK(count_of(s["by_commune"], "_none") == 1);
    CHECK(row(s["by_commune"], "22333")["label"] == "Phường Bắc Nha Trang");
    CHECK(sum(s["by_commune"]) == 5);

    REQUIRE(s["by_month"].size() == 2);
    CHECK(s["by_month"][0]["key"] == "2026-10");
    CHECK(s["by_month"][0]["label"] == "Tháng 10/2026");
    CHECK(s["by_month"][0]["count"] == 1);
    CHECK(s["by_month"][1]["count"] == 4);

    REQUIRE(s["satisfaction"].size() == 4);
    CHECK(s["satisfaction"][0]["key"] == "very_satisfied");
    CHECK(s["satisfaction"][0]["count"] == 1);
    CHECK(s["satisfaction"][3]["key"] == "dissatisfied");
    CHECK(s["satisfaction"][3]["count"] == 1);

    // What the API says matches the shared DTO (strict decoding).
    auto decoded = pakn::decode<pakn::Stats>(t.call("GET", "/api/v1/public/stats").payload());
    CHECK(decoded.ok());
}

TEST_CASE("stats: filters by dates (whole months, days, cuts inside months) and category") {
    Fixture f;
    auto& t = f.t;
    // query, received
    const std::pair<const char*, int> rows[] = {
        {"", 5},
        {"?from=2026-11-01&to=2026-11-30", 4},
        {"?from=2026-10-01&to=2026-10-31", 1},
        {"?from=2026-11-17&to=2026-11-17", 4},
        {"?from=2026-11-18&to=2026-11-30", 0},
        {"?from=2026-10-16", 4},
        {"?from=2026-10-15", 5},
        {"?to=2026-10-15", 1},
        {"?to=2026-10-14", 0},
        {"?from=2026-10-02&to=2026-11-20", 5},
        {"?from=2025-01-01&to=2027-12-31", 5},
        {"?category=su_co_giao_thong", 3},
        {"?category=su_co_giao_thong&from=2026-11-01", 2},
        {"?category=y_te", 0},
    };
    for (const auto& [query, received] : rows) {
        CAPTURE(query);
        const json s = stats(t, query);
        CHECK(s["totals"]["received"] == received);
        CHECK(sum(s["by_status"]) == received);
        CHECK(sum(s["by_category"]) == received);
        CHECK(sum(s["by_commune"]) == received);
    }
    // Malformed filters are refused with the shared field codes.
    CHECK(t.call("GET", "/api/v1/public/stats?from=2026-13-01").status == 422);
    CHECK(t.call("GET", "/api/v1/public/stats?from=2026-11-02&to=2026-11-01").status == 422);
    CHECK(t.call("GET", "/api/v1/public/stats?category=Giao%20thong").status == 422);
}

// [SECTION] updates and deletes ------------------------------------------------

TEST_CASE("stats: status changes move counts between rows, deletions take them away") {
    Fixture f;
    auto& t = f.t;
    act(t, f.dispatcher, f.r5, {{"action", "accept"}});
    json s = stats(t);
    CHECK(s["totals"]["received"] == 5);
    CHECK(count_of(s["by_status"], "submitted") == 1);
    CHECK(count_of(s["by_status"], "accepted") == 1);

    act(t, f.dispatcher, f.r5, {{"action", "assign"}, {"unit_id", t.unit_id("SO-VHTTDL")}});
    s = stats(t);
    CHECK(count_of(s["by_status"], "accepted") == 0);
    CHECK(count_of(s["by_status"], "assigned") == 1);
    CHECK(count_of(s["by_unit"], std::to_string(t.unit_id("SO-VHTTDL"))) == 1);

    // Reopening takes the answer back: resolved, on-time and rating counts fall.
    act(t, f.dispatcher, f.r2, {{"action", "reopen"}, {"note", "Người dân phản ánh ổ gà xuất hiện lại."}});
    s = stats(t);
    CHECK(s["totals"]["resolved"] == 1);
    CHECK(s["totals"]["on_time_rate"].get<double>() == doctest::Approx(0.0));
    CHECK(s["satisfaction"][0]["count"] == 0);
    CHECK(count_of(s["by_status"], "assigned") == 2);

    // A deleted report (an operator's clean-up, outside the API) leaves every
    // projection at once. (HTTP answers come from the public cache until the
    // next change through the API, so ask the service itself.)
    t.app->db->write([&](pakn::server::store::Connection& c) {
        for (const char* sql :
             {"DELETE FROM report_events WHERE report_id = ?", "DELETE FROM notifications WHERE report_id = ?",
              "DELETE FROM reports_fts WHERE rowid = ?", "DELETE FROM reports WHERE id = ?"})
            c.prepare(sql).bind_all(f.r1).run();
    });
    const pakn::Stats after = t.app->services->stats.stats({});
    CHECK(after.totals.received == 4);
    REQUIRE(after.by_month.size() == 1);
    CHECK(after.by_month[0].key == "2026-11");
    for (const auto& r : after.by_commune)
        if (r.key == "22333") CHECK(r.count == 1);
    CHECK(t.app->services->stats.stats({pakn::Date{2026, 10, 1}, pakn::Date{2026, 10, 31}, ""}).totals.received == 0);
    // Nothing below zero anywhere.
    CHECK(scalar(t, "SELECT COUNT(*) FROM stat_month WHERE received < 0 OR resolved < 0 OR on_time < 0") == 0);
    for (const char* table : {"stat_day", "stat_month_all", "stat_day_all"}) {
        CAPTURE(table);
        CHECK(scalar(t, std::string("SELECT COUNT(*) FROM ") + table +
                            " WHERE received < 0 OR resolved < 0 OR on_time < 0") == 0);
    }
    // The tables of all categories hold the sums of the per-category ones.
    CHECK(scalar(t, "SELECT SUM(received) FROM stat_month WHERE dim = 2") ==
          scalar(t, "SELECT SUM(received) FROM stat_month_all WHERE dim = 3"));
    CHECK(scalar(t, "SELECT SUM(resolved * 1000 + on_time) FROM stat_day WHERE dim = 1") ==
          scalar(t, "SELECT SUM(resolved * 1000 + on_time) FROM stat_day_all WHERE dim = 0"));
}

// [SECTION] caching ----------------------------------------------------------------

TEST_CASE("stats: ETag and If-None-Match give 304, a change gives a new ETag") {
    Fixture f;
    auto& t = f.t;
    auto first = t.call("GET", "/api/v1/public/stats");
    REQUIRE(first.status == 200);
    const std::string etag(first.header("ETag").value_or(""));
    REQUIRE(etag.size() > 2);
    CHECK(first.header("Cache-Control").value_or("") == "public, max-age=60");
    auto again = t.call("GET", "/api/v1/public/stats", "", {{"if-none-match", etag}});
    CHECK(again.status == 304);
    CHECK(again.payload().empty());
    CHECK(again.header("ETag").value_or("") == etag);
    // Browsers and proxies send lists and weak validators; both still match.
    for (const std::string& inm : std::vector<std::string>{"\"other\", " + etag, "W/" + etag, "*"}) {
        CAPTURE(inm);
        CHECK(t.call("GET", "/api/v1/public/stats", "", {{"if-none-match", inm}}).status == 304);
    }
    CHECK(t.call("GET", "/api/v1/public/stats", "", {{"if-none-match", "\"other\""}}).status == 200);
    // Another filter is another body.
    CHECK(t.call("GET", "/api/v1/public/stats?category=du_lich", "", {{"if-none-match", etag}}).status == 200);

    act(t, f.dispatcher, f.r5, {{"action", "accept"}});
    auto changed = t.call("GET", "/api/v1/public/stats", "", {{"if-none-match", etag}});
    CHECK(changed.status == 200);
    CHECK(changed.header("ETag").value_or("") != etag);

    // gzip for clients that take it (the public cache keeps one copy).
    auto gz = t.call("GET", "/api/v1/public/stats", "", {{"accept-encoding", "gzip, br"}});
    CHECK(gz.header("Content-Encoding").value_or("") == "gzip");
    CHECK(gz.header("Server-Timing").has_value());
}

// [SECTION] map ----------------------------------------------------------------------

TEST_CASE("map: every commune with its counts, only published reports with coordinates as points") {
    Fixture f;
    auto& t = f.t;
    auto r = t.call("GET", "/api/v1/public/map");
    REQUIRE(r.status == 200);
    auto decoded = pakn::decode<pakn::MapData>(r.payload());
    REQUIRE(decoded.ok());
    const auto& m = decoded.value;
    CHECK(m.shapes.empty());  // nothing imported: the map still answers
    CHECK(m.credit.empty());
    REQUIRE(m.communes.size() == 65);
    std::map<std::string, pakn::MapCommune> by_code;
    for (const auto& c : m.communes)
        by_code[c.code] = c;
    CHECK(by_code["22333"].count == 2);
    CHECK(by_code["22333"].resolved == 1);
    CHECK(by_code["22366"].count == 2);
    CHECK(by_code["22909"].count == 0);
    REQUIRE(m.points.size() == 1);  // r2: published with a point; r1 has no point and is not published
    CHECK(m.points[0].report_id == f.r2);
    CHECK(m.points[0].lat == doctest::Approx(12.2785));
    CHECK(m.points[0].status == pakn::Status::closed);
    CHECK(m.points[0].category_code == "su_co_giao_thong");
    CHECK(TestApp::body_of(r)["shapes"] == "");

    // Filters apply to counts and points alike.
    auto water = pakn::decode<pakn::MapData>(t.call("GET", "/api/v1/public/map?category=su_co_cap_thoat_nuoc").payload());
    REQUIRE(water.ok());
    CHECK(water.value.points.empty());
    std::int64_t total = 0;
    for (const auto& c : water.value.communes)
        total += c.count;
    CHECK(total == 1);
    auto october = pakn::decode<pakn::MapData>(t.call("GET", "/api/v1/public/map?to=2026-10-31").payload());
    REQUIRE(october.ok());
    CHECK(october.value.points.empty());

    // Unpublishing takes the point off the public map.
    act(t, f.dispatcher, f.r2, {{"action", "unpublish"}, {"note", "Tạm gỡ để bổ sung."}});
    auto after = pakn::decode<pakn::MapData>(t.call("GET", "/api/v1/public/map").payload());
    CHECK(after.value.points.empty());
}

// [SECTION] seeded data against the reports -----------------------------------

TEST_CASE("stats: over seeded reports every figure matches the reports and their timelines") {
    TestApp t;
    pakn::server::services::SeedOptions o;
    o.reports = 3000;
    o.seed = 99;
    o.fast = true;
    auto seeded = pakn::server::services::seed_reports(*t.app->db, t.app->services->auth, t.app->services->calendar, t.clock.now(), o);
    REQUIRE(seeded.reports == 3000);
    REQUIRE(seeded.refused == 0);

    const json s = stats(t);
    CHECK(s["totals"]["received"] == scalar(t, "SELECT COUNT(*) FROM reports WHERE status <> 'draft'"));
    CHECK(s["totals"]["resolved"] == scalar(t, "SELECT COUNT(*) FROM reports WHERE resolved_at IS NOT NULL"));
    // On time as the approve_result events recorded it when the answer was approved.
    const auto on_time = scalar(t,
                                "SELECT COUNT(*) FROM report_events WHERE action = 'approve_result' AND "
                                "json_extract(payload, '$.on_time') = 1");
    const auto resolved = s["totals"]["resolved"].get<std::int64_t>();
    CHECK(std::llround(s["totals"]["on_time_rate"].get<double>() * static_cast<double>(resolved)) == on_time);
    // Satisfaction as the rate events recorded it.
    for (const auto& level : s["satisfaction"]) {
        CAPTURE(level["key"]);
        CHECK(level["count"] == scalar(t,
                                       "SELECT COUNT(*) FROM report_events WHERE action = 'rate' AND "
                                       "json_extract(payload, '$.rating') = '" +
                                           level["key"].get<std::string>() + "'"));
    }
    for (const auto& r : s["by_status"]) {
        CAPTURE(r["key"]);
        CHECK(r["count"] ==
              scalar(t, "SELECT COUNT(*) FROM reports WHERE status = '" + r["key"].get<std::string>() + "'"));
    }
    for (const auto& r : s["by_unit"]) {
        CAPTURE(r["key"]);
        CHECK(r["count"] ==
              scalar(t, "SELECT COUNT(*) FROM reports WHERE lead_unit_id = " + r["key"].get<std::string>()));
    }
    CHECK(sum(s["by_category"]) == s["totals"]["received"]);
    CHECK(sum(s["by_commune"]) == s["totals"]["received"]);
    CHECK(sum(s["by_month"]) == s["totals"]["received"]);
    // Units are ranked: the lower bound of the on-time rate (so volume
    // counts) never rises down the list.
    double previous = 2;
    for (const auto& r : s["by_unit"]) {
        if (!r.contains("on_time_rate")) continue;
        const auto answered = r["resolved"].get<std::int64_t>();
        const double bound = pakn::wilson_lower_bound(
            std::llround(r["on_time_rate"].get<double>() * static_cast<double>(answered)), answered);
        CHECK(bound <= previous + 1e-12);
        previous = bound;
    }

    // Any range, cut anywhere inside months, counts what the reports say.
    const auto now = t.clock.now();
    const pakn::Date today = pakn::local_date(now);
    // from (days before today), to (days before today), category ("" = all)
    const std::tuple<int, int, const char*> ranges[] = {
        {540, 0, ""},          {400, 380, ""},
        {400, 330, ""},        {300, 3, ""},
        {45, 44, ""},          {200, 170, "su_co_giao_thong"},
        {33, 2, ""},           {61, 29, "du_lich"},
        {15, 15, ""},          {364, 1, "su_co_cap_thoat_nuoc"},
        {100, 40, "xay_dung"},
    };
    for (const auto& [from_ago, to_ago, category] : ranges) {
        const auto from = pakn::add_days(today, -from_ago);
        const auto to = pakn::add_days(today, -to_ago);
        std::string query = "?from=" + pakn::format_date(from) + "&to=" + pakn::format_date(to);
        std::string where = "status <> 'draft' AND submitted_at >= " + std::to_string(pakn::start_of_day(from)) +
                            " AND submitted_at < " + std::to_string(pakn::start_of_day(pakn::add_days(to, 1)));
        if (*category) {
            query += std::string("&category=") + category;
            where += std::string(" AND category_code = '") + category + "'";
        }
        CAPTURE(query);
        const json r = stats(t, query);
        CHECK(r["totals"]["received"] == scalar(t, "SELECT COUNT(*) FROM reports WHERE " + where));
        CHECK(r["totals"]["resolved"] ==
              scalar(t, "SELECT COUNT(*) FROM reports WHERE resolved_at IS NOT NULL AND " + where));
        CHECK(count_of(r["by_commune"], "22366") ==
              scalar(t, "SELECT COUNT(*) FROM reports WHERE commune_code = '22366' AND " + where));
        CHECK(sum(r["by_category"]) == r["totals"]["received"]);
    }

    // The map's points: published, with coordinates, newest first.
    auto map = pakn::decode<pakn::MapData>(t.call("GET", "/api/v1/public/map").payload());
    REQUIRE(map.ok());
    CHECK(static_cast<std::int64_t>(map.value.points.size()) ==
          std::min<std::int64_t>(2000,
                                 scalar(t, "SELECT COUNT(*) FROM reports WHERE is_published = 1 AND lat IS NOT NULL")));
}

TEST_CASE("public cache: one request rebuilds a stale page, the others get the previous version or wait") {
    using pakn::server::http::PublicCache;
    using pakn::server::http::Response;
    PublicCache cache;
    Response v1 = Response::json(200, {{"v", 1}});
    cache.put("/api/v1/public/stats", 1, v1);
    // Generation 2: the entry is stale.
    CHECK_FALSE(cache.get("/api/v1/public/stats", 2, false));
    REQUIRE(cache.start_build("/api/v1/public/stats"));        // the first request builds
    CHECK_FALSE(cache.start_build("/api/v1/public/stats"));    // a second does not
    CHECK(cache.start_build("/api/v1/public/map"));            // other pages are independent
    cache.finish_build("/api/v1/public/map");
    auto stale = cache.get("/api/v1/public/stats", 2, false, true);
    REQUIRE(stale);
    CHECK(stale->payload() == R"({"v":1})");                   // served meanwhile

    // A request with nothing to serve waits for the builder, then finds the new version.
    std::atomic<bool> waited{false};
    std::thread waiter([&] {
        cache.wait_for_build("/api/v1/public/stats");
        waited = true;
    });
    cache.put("/api/v1/public/stats", 2, Response::json(200, {{"v", 2}}));
    cache.finish_build("/api/v1/public/stats");
    waiter.join();
    CHECK(waited);
    auto fresh = cache.get("/api/v1/public/stats", 2, false);
    REQUIRE(fresh);
    CHECK(fresh->payload() == R"({"v":2})");
    CHECK(cache.start_build("/api/v1/public/stats"));          // free again
}

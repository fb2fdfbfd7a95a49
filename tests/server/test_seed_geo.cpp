// The map's boundaries and the demo data: importing GeoJSON (known communes
// kept, others reported and skipped, bad files refused whole with Vietnamese
// messages, the real province file when it is beside the repository), the
// command line, and the seeder: determinism, the fast path writing exactly
// what the services write, the invariants of every seeded report, the demo.
//
// [SECTION] index: helpers, geo import, seeding, demo.
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "pakn/deadline.h"
#include "pakn/dto_map.h"
#include "pakn/geo.h"
#include "pakn/messages.h"
#include "services/geo_import.h"
#include "services/principal.h"
#include "services/reports.h"
#include "services/seed.h"
#include "store/accounts_store.h"
#include "store/geo_store.h"
#include "support/test_app.h"

using pakn::test::json;
using pakn::test::TestApp;
namespace services = pakn::server::services;
namespace store = pakn::server::store;

namespace {

// [SECTION] helpers -----------------------------------------------------------

std::string read_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

const std::string kToyFile = std::string(PAKN_SOURCE_DIR) + "/tests/server/data/toy-nha-trang.geojson";
// The reference data lives beside the repository, never in it.
const std::string kProvinceFile = std::string(PAKN_SOURCE_DIR) + "/../shared/data/khanh-hoa-communes-2025.geojson";

std::int64_t scalar(TestApp& t, const std::string& sql) {
    return t.app->db->read([&](store::Connection& c) { return c.scalar_int(sql).value_or(-1); });
}

// Rows of a query as text lines, for comparing two databases.
std::vector<std::string> rows(TestApp& t, const std::string& sql) {
    return t.app->db->read([&](store::Connection& c) {
        std::vector<std::string> out;
        auto st = c.prepare(sql);
        const int n = sqlite3_column_count(st.raw());
        while (st.step()) {
            std::string line;
            for (int i = 0; i < n; ++i)
                line += (st.is_null(i) ? std::string("∅") : st.text(i)) + "|";
            out.push_back(line);
        }
        st.reset();
        return out;
    });
}

const char* kReportColumns =
    "SELECT id, code, author_id, channel, intake_by, status, title, content, address, commune_code, lat, lon, "
    "category_code, priority, is_public, is_published, extension_pending, rated, withdrawn, extension_deadline, "
    "lead_unit_id, deadline, resolve_deadline, step_started_at, step_allotted_min, reporter_name, reporter_phone, "
    "result_text, rating_level, rating_comment, created_at, submitted_at, accepted_at, assigned_at, started_at, "
    "resolved_at, closed_at, rated_at, updated_at FROM reports ORDER BY id";
const char* kEventColumns =
    "SELECT report_id, at, actor_id, actor_role, actor_unit_id, action, from_status, to_status, note, payload, "
    "internal FROM report_events ORDER BY report_id, at, action";

services::SeedResult seed(TestApp& t, int reports, std::uint64_t seed_value, std::optional<bool> fast) {
    services::SeedOptions o;
    o.reports = reports;
    o.seed = seed_value;
    o.fast = fast;
    return services::seed_reports(*t.app->db, t.app->services->auth, t.app->services->calendar, t.clock.now(), o);
}

services::GeoImportReport import_toy(TestApp& t) {
    services::GeoImportOptions o;
    o.source = "toy-nha-trang.geojson";
    return services::import_geojson(*t.app->db, read_text(kToyFile), o, t.clock.now());
}

}  // namespace

// [SECTION] geo import ------------------------------------------------------------

TEST_CASE("geo: known communes are stored, unknown codes reported and skipped, the map serves them") {
    TestApp t;
    const auto report = import_toy(t);
    CHECK(report.stored);
    CHECK(report.errors.empty());
    CHECK(report.imported == std::vector<std::string>{"22333", "22366"});
    REQUIRE(report.unknown.size() == 1);
    CHECK(report.unknown[0].first == "99999");
    CHECK(report.missing.size() == 63);
    const std::string text = services::describe(report);
    CHECK(text.find("Bỏ qua 99999") != std::string::npos);
    CHECK(text.find("Đã nhập ranh giới của 2 xã, phường") != std::string::npos);

    auto r = t.call("GET", "/api/v1/public/map");
    auto map = pakn::decode<pakn::MapData>(r.payload());
    REQUIRE(map.ok());
    CHECK(map.value.credit == pakn::kDefaultMapCredit);
    const auto shapes = pakn::decode_map_json(map.value.shapes);
    REQUIRE(shapes.ok());
    REQUIRE(shapes.features.size() == 2);
    // Official names, whatever the file called them; the file's area kept.
    CHECK(shapes.features[0].name == "Phường Bắc Nha Trang");
    CHECK(shapes.features[1].shape.size() == 2);
    CHECK(scalar(t, "SELECT COUNT(*) FROM geo_communes") == 2);
    // A client that holds the shapes asks for counts and points only.
    auto light = pakn::decode<pakn::MapData>(t.call("GET", "/api/v1/public/map?shapes=0").payload());
    REQUIRE(light.ok());
    CHECK(light.value.shapes.empty());
    CHECK(light.value.credit == pakn::kDefaultMapCredit);
}

TEST_CASE("geo: a bad file is refused whole, with Vietnamese messages, and the map is left as it was") {
    TestApp t;
    REQUIRE(import_toy(t).stored);
    const auto before = t.app->db->read([](store::Connection& c) { return store::load_geo_map(c); });
    REQUIRE(before);
    // document, code expected (in errors, or as the refusal's own code)
    const std::pair<const char*, const char*> cases[] = {
        {"not json at all", "geo_invalid_json"},
        {R"({"type": "Feature"})", "geo_not_feature_collection"},
        {R"({"type": "FeatureCollection", "features": []})", "geo_no_features"},
        {R"({"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"code": "22333"},
             "geometry": {"type": "Polygon", "coordinates": [[[190, 12], [109.1, 12], [109.1, 12.1], [190, 12]]]}}]})",
         "geo_coordinate_out_of_range"},
        {R"({"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"name": "x"},
             "geometry": {"type": "Polygon", "coordinates": [[[109, 12], [109.1, 12], [109.1, 12.1], [109, 12]]]}}]})",
         "geo_missing_code"},
        {R"({"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"code": "91001"},
             "geometry": {"type": "Polygon", "coordinates": [[[109, 12], [109.1, 12], [109.1, 12.1], [109, 12]]]}}]})",
         "geo_nothing_imported"},
    };
    for (const auto& [doc, code] : cases) {
        CAPTURE(code);
        const auto report = services::import_geojson(*t.app->db, doc, {}, t.clock.now());
        CHECK_FALSE(report.stored);
        const bool found =
            report.error_code == code || std::any_of(report.errors.begin(), report.errors.end(),
                                                     [&](const pakn::GeoError& e) { return e.code == code; });
        CHECK(found);
        CHECK(services::describe(report).find(std::string(pakn::message_for(code))) != std::string::npos);
    }
    services::GeoImportOptions steep;
    steep.tolerance = 0.5;
    CHECK(services::import_geojson(*t.app->db, read_text(kToyFile), steep, t.clock.now()).error_code ==
          "geo_invalid_tolerance");
    const auto after = t.app->db->read([](store::Connection& c) { return store::load_geo_map(c); });
    REQUIRE(after);
    CHECK(after->shapes == before->shapes);
}

TEST_CASE("geo: the command line imports a file and says what it did") {
    pakn::test::TempDir dir;
    const std::string out = dir.file("out.txt");
    const std::string base = std::string(PAKN_SERVER_BIN) + " geo import " + kToyFile +
                             " --tolerance 0.0002 --data-dir " + dir.file("data") + " > " + out + " 2>&1";
    REQUIRE(std::system(base.c_str()) == 0);
    const std::string text = read_text(out);
    CHECK(text.find("Đã nhập ranh giới của 2 xã, phường") != std::string::npos);
    CHECK(text.find("99999") != std::string::npos);
    const std::string bad = std::string(PAKN_SERVER_BIN) + " geo import " + dir.file("missing.geojson") +
                            " --data-dir " + dir.file("data") + " > " + out + " 2>&1";
    CHECK(std::system(bad.c_str()) != 0);
    CHECK(read_text(out).find(std::string(pakn::message_for("geo_file_unreadable"))) != std::string::npos);
    const std::string info =
        std::string(PAKN_SERVER_BIN) + " geo info --data-dir " + dir.file("data") + " > " + out + " 2>&1";
    REQUIRE(std::system(info.c_str()) == 0);
    CHECK(read_text(out).find("Ranh giới của 2 đơn vị") != std::string::npos);
}

TEST_CASE("geo: the province's 65 communes from the reference file beside the repository") {
    if (!std::filesystem::exists(kProvinceFile)) {
        MESSAGE("skipped: " << kProvinceFile << " is not present (reference data lives outside the repository)");
        return;
    }
    TestApp t;
    services::GeoImportOptions o;
    o.source = "khanh-hoa-communes-2025.geojson";
    const auto report = services::import_geojson(*t.app->db, read_text(kProvinceFile), o, t.clock.now());
    INFO(services::describe(report));
    CHECK(report.stored);
    CHECK(report.imported.size() == 65);
    CHECK(report.unknown.empty());
    CHECK(report.missing.empty());
    CHECK(report.points_out <= report.points_in);
    auto map = pakn::decode<pakn::MapData>(t.call("GET", "/api/v1/public/map").payload());
    REQUIRE(map.ok());
    const auto shapes = pakn::decode_map_json(map.value.shapes);
    REQUIRE(shapes.ok());
    CHECK(shapes.features.size() == 65);
    const auto split = pakn::split_bounds(shapes.features);
    CHECK_FALSE(split.inset.empty());  // Trường Sa goes into the inset
    CHECK(map.value.shapes.size() < 600 * 1024);
}

// [SECTION] seeding ------------------------------------------------------------------

TEST_CASE("seed: the same seed gives the same data, another seed other data") {
    TestApp a, b, c;
    REQUIRE(seed(a, 120, 5, false).refused == 0);
    REQUIRE(seed(b, 120, 5, false).refused == 0);
    REQUIRE(seed(c, 120, 6, false).refused == 0);
    CHECK(rows(a, kReportColumns) == rows(b, kReportColumns));
    CHECK(rows(a, kEventColumns) == rows(b, kEventColumns));
    CHECK(rows(a, kReportColumns) != rows(c, kReportColumns));
}

TEST_CASE("seed: the fast path writes exactly what the services write") {
    TestApp slow, fast;
    REQUIRE(import_toy(slow).stored);
    REQUIRE(import_toy(fast).stored);
    const auto s = seed(slow, 250, 11, false);
    const auto f = seed(fast, 250, 11, true);
    CHECK(s.refused == 0);
    CHECK(f.refused == 0);
    CHECK(s.through_services == 250);
    CHECK(f.written_fast == 250);
    CHECK(s.steps == f.steps);
    CHECK(rows(slow, kReportColumns) == rows(fast, kReportColumns));
    CHECK(rows(slow, kEventColumns) == rows(fast, kEventColumns));
    CHECK(rows(slow, "SELECT * FROM stat_month WHERE received <> 0 ORDER BY 1, 2, 3, 4") ==
          rows(fast, "SELECT * FROM stat_month WHERE received <> 0 ORDER BY 1, 2, 3, 4"));
    CHECK(rows(slow, "SELECT * FROM stat_day WHERE received <> 0 ORDER BY 1, 2, 3, 4") ==
          rows(fast, "SELECT * FROM stat_day WHERE received <> 0 ORDER BY 1, 2, 3, 4"));
    CHECK(rows(slow, "SELECT * FROM stat_day_all WHERE received <> 0 ORDER BY 1, 2, 3") ==
          rows(fast, "SELECT * FROM stat_day_all WHERE received <> 0 ORDER BY 1, 2, 3"));
    CHECK(rows(slow, "SELECT rowid, folded FROM reports_fts ORDER BY rowid") ==
          rows(fast, "SELECT rowid, folded FROM reports_fts ORDER BY rowid"));
    CHECK(rows(slow, "SELECT * FROM report_co_units ORDER BY 1, 2") ==
          rows(fast, "SELECT * FROM report_co_units ORDER BY 1, 2"));
}

TEST_CASE("seed: every seeded report keeps the invariants of the API") {
    TestApp t;
    REQUIRE(import_toy(t).stored);
    const auto result = seed(t, 400, 21, false);
    REQUIRE(result.reports == 400);
    CHECK(result.refused == 0);
    CHECK(result.citizens >= 20);
    CHECK(result.officers > 100);          // the center and two per handling unit
    CHECK_FALSE(result.accounts.empty());  // shown once, with passwords

    // Codes: unique, PAKN-YYYY-NNNNNN, in submission order.
    CHECK(scalar(t, "SELECT COUNT(DISTINCT code) FROM reports") == 400);
    const std::regex format("PAKN-20[0-9]{2}-[0-9]{6}");
    for (const auto& code : rows(t, "SELECT code FROM reports ORDER BY submitted_at, id")) {
        CAPTURE(code);
        CHECK(std::regex_match(code.substr(0, code.size() - 1), format));
    }
    // The timeline starts with the submission, is in time order, never before it.
    CHECK(scalar(t,
                 "SELECT COUNT(*) FROM reports r WHERE (SELECT action FROM report_events e WHERE e.report_id = r.id "
                 "ORDER BY e.at, e.id LIMIT 1) <> 'submit'") == 0);
    CHECK(scalar(t,
                 "SELECT COUNT(*) FROM report_events e JOIN reports r ON r.id = e.report_id WHERE e.at < "
                 "r.submitted_at") == 0);
    CHECK(scalar(t, "SELECT COUNT(*) FROM report_events WHERE at > " + std::to_string(t.clock.now())) == 0);
    // The status is where the last event left it.
    CHECK(scalar(t,
                 "SELECT COUNT(*) FROM reports r WHERE r.status <> (SELECT to_status FROM report_events e WHERE "
                 "e.report_id = r.id AND e.to_status IS NOT NULL ORDER BY e.at DESC, e.id DESC LIMIT 1)") == 0);
    // Deadlines: every open step has one; every assignment a unit and an answer deadline.
    CHECK(scalar(t,
                 "SELECT COUNT(*) FROM reports WHERE status IN ('submitted','accepted','assigned','in_progress',"
                 "'result_proposed') AND (deadline IS NULL OR step_allotted_min IS NULL)") == 0);
    CHECK(scalar(t,
                 "SELECT COUNT(*) FROM reports WHERE assigned_at IS NOT NULL AND (lead_unit_id IS NULL OR "
                 "resolve_deadline IS NULL)") == 0);
    CHECK(scalar(t,
                 "SELECT COUNT(*) FROM reports WHERE resolved_at IS NOT NULL AND (result_text = '' OR "
                 "started_at IS NULL)") == 0);
    CHECK(scalar(t, "SELECT COUNT(*) FROM reports WHERE rated = 1 AND rating_level IS NULL") == 0);
    CHECK(scalar(t, "SELECT COUNT(*) FROM reports WHERE is_published = 1 AND is_public = 0") == 0);
    // Every report is searchable; no SMS for made-up people is waiting to go out.
    CHECK(
        scalar(t,
               "SELECT COUNT(*) FROM reports r WHERE NOT EXISTS (SELECT 1 FROM reports_fts f WHERE f.rowid = r.id)") ==
        0);
    CHECK(scalar(t, "SELECT COUNT(*) FROM outbox WHERE status = 'pending'") == 0);
    // Points lie in their commune (the toy shapes cover two communes).
    CHECK(scalar(t, "SELECT COUNT(*) FROM reports WHERE lat IS NOT NULL AND commune_code NOT IN ('22333','22366')") ==
          0);
    CHECK(scalar(t, "SELECT COUNT(*) FROM reports WHERE lat IS NOT NULL") > 0);
    // Plausible shares: most old reports are finished, some are still open.
    const auto closed = scalar(t, "SELECT COUNT(*) FROM reports WHERE status = 'closed'");
    const auto open = scalar(t,
                             "SELECT COUNT(*) FROM reports WHERE status IN ('submitted','accepted','assigned',"
                             "'in_progress','result_proposed','needs_info')");
    const auto rejected = scalar(t, "SELECT COUNT(*) FROM reports WHERE status = 'rejected'");
    CHECK(closed > 250);
    CHECK(open >= 1);
    CHECK(rejected >= 5);
    CHECK(rejected < 60);
    // Reports spread over the last 18 months, more recently than long ago.
    const auto now = t.clock.now();
    const auto first_half =
        scalar(t, "SELECT COUNT(*) FROM reports WHERE submitted_at < " + std::to_string(now - 274 * 86400));
    CHECK(first_half > 80);
    CHECK(first_half < 200);
    CHECK(scalar(t, "SELECT MIN(submitted_at) FROM reports") > now - 560 * 86400);
    // Vietnamese titles from the templates, with streets and places filled in.
    CHECK(scalar(t, "SELECT COUNT(*) FROM reports WHERE title LIKE '%{%'") == 0);
    CHECK(scalar(t, "SELECT COUNT(*) FROM reports WHERE address LIKE '%Phường%' OR address LIKE '%Xã%'") == 400);
}

// [SECTION] demo ---------------------------------------------------------------------

TEST_CASE(
    "demo: the first start seeds reports, officers, announcements (and the map when found), later starts do not") {
    TestApp t;
    t.app->prepare_demo();
    const auto reports = scalar(t, "SELECT COUNT(*) FROM reports");
    CHECK(reports == 2000);
    CHECK(scalar(t, "SELECT COUNT(*) FROM announcements WHERE published = 1") >= 4);
    CHECK(scalar(t, "SELECT COUNT(*) FROM accounts WHERE kind = 'officer' AND role = 'dispatcher'") >= 1);
    if (std::filesystem::exists(kProvinceFile)) CHECK(scalar(t, "SELECT COUNT(*) FROM geo_communes") == 65);
    // Recent reports went through the services: their citizens have notifications.
    CHECK(scalar(t, "SELECT COUNT(*) FROM notifications") > 0);
    t.app->prepare_demo();
    CHECK(scalar(t, "SELECT COUNT(*) FROM reports") == reports);
}

TEST_CASE("demo: the console has work to show: reports given to officers by name, directions, open reports on maps") {
    TestApp t;
    // The province's boundaries as the demo finds them beside the repository;
    // the toy's two communes otherwise.
    const std::string province = services::find_demo_geojson({PAKN_SOURCE_DIR});
    services::GeoImportOptions geo;
    geo.source = "demo";
    REQUIRE(services::import_geojson(*t.app->db, read_text(province.empty() ? kToyFile : province), geo, t.clock.now())
                .stored);
    // The demo's own options (App::prepare_demo).
    services::SeedOptions o;
    o.reports = 2000;
    o.seed = 20250701;
    o.services_days = 60;
    const auto result =
        services::seed_reports(*t.app->db, t.app->services->auth, t.app->services->calendar, t.clock.now(), o);
    REQUIRE(result.reports == 2000);
    CHECK(result.refused == 0);
    const std::string open = "status IN ('submitted','accepted','assigned','in_progress','result_proposed')";

    // Work on the desks: open reports, some of them late.
    const auto open_reports = scalar(t, "SELECT COUNT(*) FROM reports WHERE " + open);
    CAPTURE(open_reports);
    CHECK(open_reports >= 60);
    CHECK(scalar(t, "SELECT COUNT(*) FROM reports WHERE " + open + " AND deadline < " +
                        std::to_string(t.clock.now())) >= 5);
    // Phân công cán bộ: open reports given to a person, each named in its step.
    CHECK(scalar(t, "SELECT COUNT(*) FROM reports WHERE assignee_id IS NOT NULL AND " + open) >= 20);
    CHECK(scalar(t, "SELECT COUNT(*) FROM reports r WHERE r.assignee_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "
                    "report_events e JOIN accounts a ON a.id = r.assignee_id WHERE e.report_id = r.id AND e.action = "
                    "'assign_handler' AND json_extract(e.payload, '$.handler_id') = r.assignee_id AND "
                    "json_extract(e.payload, '$.handler_name') = a.full_name AND e.note LIKE '%' || a.full_name || "
                    "'%')") == 0);
    // The one given a report is an officer of its lead unit.
    CHECK(scalar(t, "SELECT COUNT(*) FROM reports r JOIN accounts a ON a.id = r.assignee_id WHERE a.unit_id <> "
                    "r.lead_unit_id") == 0);
    // Ý kiến chỉ đạo: from the province leader and from unit leads, internal.
    CHECK(scalar(t, "SELECT COUNT(*) FROM report_events WHERE action = 'direct' AND actor_role = 'leader'") >= 10);
    CHECK(scalar(t, "SELECT COUNT(*) FROM report_events WHERE action = 'direct' AND actor_role = 'unit_lead'") >= 10);
    CHECK(scalar(t, "SELECT COUNT(*) FROM report_events WHERE action = 'direct' AND internal = 0") == 0);
    // Most reports where boundaries exist carry a position inside them.
    const auto mappable = scalar(t, "SELECT COUNT(*) FROM reports WHERE commune_code IN (SELECT code FROM "
                                    "geo_communes)");
    CHECK(scalar(t, "SELECT COUNT(*) FROM reports WHERE lat IS NOT NULL") * 100 >= mappable * 75);

    // The staff map: the dispatcher's shows every open report placed, a unit's its own.
    auto map_of = [&](const std::string& login) {
        const auto who = t.app->db->read([&](store::Connection& c) { return store::find_account_by_login(c, login); });
        REQUIRE(who);
        return t.app->services->reports.officer_map(services::principal_of(*who), pakn::ListQuery{}, false);
    };
    const auto center = map_of("tiepnhan1");
    CAPTURE(center.points.size());
    CHECK(static_cast<std::int64_t>(center.points.size()) ==
          scalar(t, "SELECT COUNT(*) FROM reports WHERE lat IS NOT NULL AND " + open));
    CHECK(center.without_position == scalar(t, "SELECT COUNT(*) FROM reports WHERE lat IS NULL AND " + open));
    CHECK_FALSE(center.truncated);
    std::set<std::string> levels;
    for (const auto& p : center.points)
        levels.insert(p.time_left_level ? std::string(pakn::time_left_level_code(*p.time_left_level)) : "none");
    CAPTURE(levels.size());
    CHECK(levels.count("ok") == 1);
    if (!province.empty()) {
        CHECK(center.points.size() >= 40);
        CHECK(levels.count("overdue") == 1);  // every colour of the legend is there to see
    }
    // The unit with the most placed open reports sees them, and only its own.
    const auto busiest = scalar(t, "SELECT lead_unit_id FROM reports WHERE lat IS NOT NULL AND lead_unit_id IS NOT "
                                   "NULL AND " + open + " GROUP BY lead_unit_id ORDER BY COUNT(*) DESC LIMIT 1");
    const auto lead = rows(t, "SELECT login FROM accounts WHERE role = 'unit_lead' AND unit_id = " +
                                  std::to_string(busiest));
    REQUIRE(lead.size() == 1);
    const auto unit = map_of(lead[0].substr(0, lead[0].size() - 1));
    CHECK(unit.points.size() >= (province.empty() ? 1u : 3u));
    CHECK(unit.points.size() < center.points.size());

    // Người cùng phản ánh: located reports followed by other citizens, a few by many.
    // About a fifth of the located, consented reports open or published (the
    // toy boundaries locate far fewer than the province's).
    const auto followable = scalar(t, "SELECT COUNT(*) FROM reports WHERE is_public = 1 AND lat IS NOT NULL AND "
                                      "(is_published = 1 OR status IN ('submitted','accepted','assigned',"
                                      "'in_progress','result_proposed'))");
    CAPTURE(followable);
    CHECK(scalar(t, "SELECT COUNT(DISTINCT report_id) FROM report_followers") * 10 >= followable);
    CHECK(scalar(t, "SELECT COUNT(DISTINCT report_id) FROM report_followers") >= 10);
    CHECK(scalar(t, "SELECT COUNT(*) FROM (SELECT report_id FROM report_followers GROUP BY report_id HAVING "
                    "COUNT(*) >= 5)") >= 1);
    CHECK(scalar(t, "SELECT COUNT(*) FROM report_followers f JOIN reports r ON r.id = f.report_id WHERE "
                    "r.author_id = f.account_id OR r.lat IS NULL OR r.is_public = 0") == 0);
    // One new report merged into an older one: closed, both timelines say so,
    // and its author follows the older one.
    REQUIRE(scalar(t, "SELECT COUNT(*) FROM reports WHERE merged_into_id IS NOT NULL") == 1);
    CHECK(scalar(t, "SELECT COUNT(*) FROM reports n JOIN reports o ON o.id = n.merged_into_id WHERE n.status = "
                    "'closed' AND EXISTS (SELECT 1 FROM report_events e WHERE e.report_id = n.id AND e.action = "
                    "'merge') AND EXISTS (SELECT 1 FROM report_events e WHERE e.report_id = o.id AND e.action = "
                    "'merge' AND json_extract(e.payload, '$.merged_from') = n.code) AND EXISTS (SELECT 1 FROM "
                    "report_followers f WHERE f.report_id = o.id AND f.account_id = n.author_id)") == 1);
}

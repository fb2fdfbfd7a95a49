// The base map's tiles: /tiles/{z}/{x}/{y} from an MBTiles file this test
// builds itself with SQLite (TMS rows, metadata format), strict path
// parsing (400 / 404), headers, no way out of the configured file, the
// source told to the client in the map answers, and the XYZ configuration.
//
// [SECTION] index: fixture, serving, refusals, map answers, configuration.
#include <doctest/doctest.h>
#include <sqlite3.h>

#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

#include "app/config.h"
#include "http/router.h"
#include "services/captcha_image.h"
#include "services/tiles.h"
#include "store/mbtiles.h"
#include "support/test_app.h"

using pakn::test::json;
using pakn::test::TempDir;
using pakn::test::TestApp;
using Response = pakn::server::http::Response;

namespace {

// [SECTION] fixture

// A real PNG of `w` x `h` grey pixels of value `v` (each tile distinct).
std::string png(int w, int h, std::uint8_t v) {
    pakn::server::services::captcha_image::Gray g{w, h, std::vector<std::uint8_t>(std::size_t(w * h), v)};
    return pakn::server::services::captcha_image::encode_png(g);
}

void exec(sqlite3* db, const std::string& sql) {
    char* err = nullptr;
    if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
        const std::string what = err ? err : "?";
        sqlite3_free(err);
        throw std::runtime_error(what);
    }
}

// Row as MBTiles stores it: zoom, column, TMS row (bottom-up), bytes.
struct Stored {
    int z, x, tms_row;
    std::string data;
};

// Writes an MBTiles file by hand (not through store::write_mbtiles, so the
// row flip is checked against the spec, not against itself).
void make_mbtiles(const std::string& path, const std::vector<std::pair<std::string, std::string>>& metadata,
                  const std::vector<Stored>& tiles) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    exec(db, "CREATE TABLE metadata (name TEXT, value TEXT);"
             "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB);");
    sqlite3_stmt* s = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO metadata VALUES (?1, ?2)", -1, &s, nullptr);
    for (const auto& [k, v] : metadata) {
        sqlite3_reset(s);
        sqlite3_bind_text(s, 1, k.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(s, 2, v.c_str(), -1, SQLITE_TRANSIENT);
        REQUIRE(sqlite3_step(s) == SQLITE_DONE);
    }
    sqlite3_finalize(s);
    sqlite3_prepare_v2(db, "INSERT INTO tiles VALUES (?1, ?2, ?3, ?4)", -1, &s, nullptr);
    for (const auto& t : tiles) {
        sqlite3_reset(s);
        sqlite3_bind_int(s, 1, t.z);
        sqlite3_bind_int(s, 2, t.x);
        sqlite3_bind_int(s, 3, t.tms_row);
        sqlite3_bind_blob(s, 4, t.data.data(), int(t.data.size()), SQLITE_TRANSIENT);
        REQUIRE(sqlite3_step(s) == SQLITE_DONE);
    }
    sqlite3_finalize(s);
    sqlite3_close(db);
}

// Tiles at zoom 1: column 0 has the north tile (XYZ y 0 = TMS row 1) and
// the south one (y 1 = row 0); zoom 2 has one tile.
struct Fixture {
    TempDir files;
    std::string north = png(4, 4, 10), south = png(4, 4, 200), deep = png(2, 2, 99);
    std::string path = files.file("ban-do.mbtiles");
    Fixture(const std::string& format = "png") {
        std::vector<std::pair<std::string, std::string>> meta = {
            {"name", "Khánh Hòa"}, {"attribution", "© OpenStreetMap contributors"}};
        if (!format.empty()) meta.emplace_back("format", format);
        make_mbtiles(path, meta, {{1, 0, 1, north}, {1, 0, 0, south}, {2, 3, 0, deep}});
    }
};

// The API error's code ({"error": {"code": ...}}).
std::string body_code(const Response& r) { return TestApp::body_of(r)["error"].value("code", ""); }

}  // namespace

// [SECTION] serving

TEST_CASE("tiles: served from the MBTiles file with the TMS row flipped, type and cache headers") {
    Fixture f;
    TestApp t([&](pakn::server::Config& c) { c.tiles_mbtiles = f.path; });
    const Response n = t.call("GET", "/tiles/1/0/0");
    REQUIRE(n.status == 200);
    CHECK(n.body == f.north);
    CHECK(n.header("Content-Type").value_or("") == "image/png");
    CHECK(n.header("Cache-Control").value_or("") == "public, max-age=604800");
    CHECK(n.header("X-Content-Type-Options").value_or("") == "nosniff");
    const Response s = t.call("GET", "/tiles/1/0/1");
    REQUIRE(s.status == 200);
    CHECK(s.body == f.south);
    // XYZ (2, 3, 3) is TMS row 0.
    const Response d = t.call("GET", "/tiles/2/3/3.png");
    REQUIRE(d.status == 200);
    CHECK(d.body == f.deep);
    CHECK(t.call("HEAD", "/tiles/1/0/0").status == 200);
}

TEST_CASE("tiles: the content type follows the file's format, or the bytes when it has none") {
    struct Row {
        const char* format;
        const char* type;
    };
    // metadata format   Content-Type
    const Row rows[] = {{"png", "image/png"}, {"jpg", "image/jpeg"}, {"webp", "image/webp"}, {"", "image/png"}};
    for (const Row& r : rows) {
        CAPTURE(r.format);
        Fixture f(r.format);
        pakn::server::services::TileService tiles;
        REQUIRE(tiles.use_mbtiles(f.path) == "");
        auto tile = tiles.tile(pakn::TileId{1, 0, 0});
        REQUIRE(tile);
        CHECK(tile->content_type == r.type);
        CHECK(tile->bytes == f.north);
    }
}

// [SECTION] refusals

TEST_CASE("tiles: bad paths are 400 with a clear message, missing tiles 404, never another file") {
    Fixture f;
    TestApp t([&](pakn::server::Config& c) { c.tiles_mbtiles = f.path; });
    struct Row {
        const char* path;
        int status;
        const char* code;  // the API error's code; "" for the app shell's own answers
    };
    // path                               status  code
    const Row rows[] = {
        {"/tiles/1/1/0",                   404, "tile_not_found"},  // in range, not in the file
        {"/tiles/1/2/0",                   404, "tile_not_found"},  // x beyond 2^z - 1
        {"/tiles/1/0/2",                   404, "tile_not_found"},
        {"/tiles/23/0/0",                  404, "tile_not_found"},  // deeper than any source
        {"/tiles/a/0/0",                   400, "bad_tile_path"},
        {"/tiles/-1/0/0",                  400, "bad_tile_path"},
        {"/tiles/01/0/0",                  400, "bad_tile_path"},
        {"/tiles/1/0/0.gif",               400, "bad_tile_path"},
        {"/tiles/1/0/0x",                  400, "bad_tile_path"},
        {"/tiles/1/0/99999999999999999999", 400, "bad_tile_path"},
        {"/tiles/1/0/%2e%2e",              400, ""},                // traversal: refused before any route
        {"/tiles/../../etc/passwd",        400, ""},
    };
    for (const Row& r : rows) {
        CAPTURE(r.path);
        const Response res = t.call("GET", r.path);
        CHECK(res.status == r.status);
        if (*r.code) CHECK(body_code(res) == r.code);
        CHECK(res.body.find("root:") == std::string::npos);
    }
    const Response bad = t.call("GET", "/tiles/x/0/0");
    CHECK(TestApp::body_of(bad)["error"].value("message", "").find("/tiles/{z}/{x}/{y}") != std::string::npos);
    CHECK(t.call("POST", "/tiles/1/0/0").status == 405);
}

TEST_CASE("tiles: without a configured file every tile is 404 and the map offers no base map") {
    TestApp t;
    CHECK(t.call("GET", "/tiles/0/0/0").status == 404);
    const json map = TestApp::body_of(t.call("GET", "/api/v1/public/map"));
    CHECK_FALSE(map.contains("tile_url"));
}

// [SECTION] map answers

TEST_CASE("tiles: the public map tells the client the local source, its zooms and credit") {
    Fixture f;
    TestApp t([&](pakn::server::Config& c) { c.tiles_mbtiles = f.path; });
    const json map = TestApp::body_of(t.call("GET", "/api/v1/public/map"));
    CHECK(map.value("tile_url", "") == "/tiles/{z}/{x}/{y}");
    CHECK(map.value("tile_attribution", "") == "© OpenStreetMap contributors");
    CHECK(map.value("tile_min_zoom", -1) == 1);
    CHECK(map.value("tile_max_zoom", -1) == 2);
    CHECK_FALSE(map.contains("tile_bounds"));  // the fixture says none: the world
}

TEST_CASE("tiles: the file's extent reaches the client only when it is four numbers in order") {
    struct Row {
        std::string metadata;  // the file's "bounds"
        std::string told;      // the map answer's tile_bounds ("" = absent)
    };
    const std::vector<Row> rows = {
        {"108.3,11.15,109.55,12.95", "108.3,11.15,109.55,12.95"},
        {"-180,-85.05,180,85.05", "-180,-85.05,180,85.05"},
        {"109.55,11.15,108.3,12.95", ""},  // west east of east
        {"108.3,11.15,109.55", ""},        // three numbers
        {"108.3;11.15;109.55;12.95", ""},  // not MBTiles' commas
        {"<script>", ""},
    };
    for (const auto& row : rows) {
        CAPTURE(row.metadata);
        TempDir d;
        const std::string path = d.file("bounds.mbtiles");
        make_mbtiles(path, {{"format", "png"}, {"attribution", "© OSM"}, {"bounds", row.metadata}},
                     {{1, 0, 1, png(4, 4, 10)}});
        TestApp t([&](pakn::server::Config& c) { c.tiles_mbtiles = path; });
        const json map = TestApp::body_of(t.call("GET", "/api/v1/public/map"));
        CHECK(map.value("tile_bounds", "") == row.told);
    }
}

// [SECTION] configuration

TEST_CASE("tiles: a file that is missing, not SQLite, or vector tiles stops the configuration") {
    TempDir d;
    pakn::server::services::TileService tiles;
    CHECK_FALSE(tiles.use_mbtiles(d.file("khong-co.mbtiles")).empty());
    pakn::test::write_file(d.file("text.mbtiles"), "this is not a database, just text of some length .........");
    CHECK_FALSE(tiles.use_mbtiles(d.file("text.mbtiles")).empty());
    Fixture pbf("pbf");
    CHECK(tiles.use_mbtiles(pbf.path).find("pbf") != std::string::npos);
    CHECK(tiles.source().empty());
    // The server refuses to start on it rather than show blank maps.
    CHECK_THROWS(TestApp([&](pakn::server::Config& c) { c.tiles_mbtiles = pbf.path; }));
}

TEST_CASE("tiles: the file is opened read-only") {
    Fixture f;
    const auto before = std::filesystem::last_write_time(f.path);
    {
        TestApp t([&](pakn::server::Config& c) { c.tiles_mbtiles = f.path; });
        CHECK(t.call("GET", "/tiles/1/0/0").status == 200);
    }
    CHECK(std::filesystem::last_write_time(f.path) == before);
    CHECK_FALSE(std::filesystem::exists(f.path + "-wal"));
    CHECK_FALSE(std::filesystem::exists(f.path + "-journal"));
}

TEST_CASE("tiles: an XYZ source goes to the client with its credit and into the page's policy") {
    TestApp t([&](pakn::server::Config& c) {
        c.tiles_url = "https://tiles.example.vn/osm/{z}/{x}/{y}.png";
        c.tiles_attribution = "© OpenStreetMap contributors";
    });
    const Response r = t.call("GET", "/api/v1/public/map");
    const json map = TestApp::body_of(r);
    CHECK(map.value("tile_url", "") == "https://tiles.example.vn/osm/{z}/{x}/{y}.png");
    CHECK(map.value("tile_attribution", "") == "© OpenStreetMap contributors");
    const std::string csp(r.header("Content-Security-Policy").value_or(""));
    CHECK(csp.find("img-src 'self' data: blob: https://tiles.example.vn;") != std::string::npos);
    CHECK(csp.find("connect-src 'self' https://tiles.example.vn;") != std::string::npos);
    CHECK(t.call("GET", "/tiles/0/0/0").status == 404);  // nothing served locally
    pakn::server::http::allow_tile_origin("");  // process-wide: leave it as other tests expect
}

TEST_CASE("tiles: configuration flags, table") {
    struct Row {
        std::vector<std::string> args;
        bool ok;
    };
    // flags                                                                                   accepted
    const std::vector<Row> rows = {
        {{"--tiles-mbtiles", "/srv/ban-do.mbtiles"},                                            true},
        {{"--tiles-url", "https://t.example.vn/{z}/{x}/{y}.png", "--tiles-attribution", "© OSM"}, true},
        {{"--tiles-url", "https://t.example.vn/{z}/{x}/{y}.png"},                               false},  // no credit
        {{"--tiles-url", "https://t.example.vn/{z}/{x}.png", "--tiles-attribution", "© OSM"},   false},
        {{"--tiles-url", "javascript:x//{z}/{x}/{y}", "--tiles-attribution", "© OSM"},          false},
        {{"--tiles-mbtiles", "/srv/a.mbtiles", "--tiles-url", "https://t.example.vn/{z}/{x}/{y}", "--tiles-attribution", "x"}, false},
    };
    for (const Row& r : rows) {
        CAPTURE(r.args.size() > 1 ? r.args[1] : "");
        pakn::server::Config c;
        CHECK(!pakn::server::parse_config(c, r.args).has_value() == r.ok);
    }
}

TEST_CASE("tiles: the demo pyramid covers Khánh Hòa and is served like any file") {
    TempDir d;
    pakn::server::services::write_demo_tiles(d.file("demo.mbtiles"), 8);
    pakn::server::services::TileService tiles;
    REQUIRE(tiles.use_mbtiles(d.file("demo.mbtiles")) == "");
    CHECK(tiles.source().min_zoom == 7);
    CHECK(tiles.source().max_zoom == 8);
    const pakn::TileXY nha_trang = pakn::tile_of(pakn::LonLat{109.19, 12.24}, 8);
    auto tile = tiles.tile(pakn::TileId{8, nha_trang.x, nha_trang.y});
    REQUIRE(tile);
    CHECK(tile->content_type == "image/png");
    CHECK_FALSE(tiles.tile(pakn::TileId{8, 0, 0}));  // far from the province
}

// [SECTION] the admin's setting

namespace {

json settings_with(const json& current, const std::string& url, const std::string& attribution) {
    json s = current;
    s["tile_url"] = url;
    s["tile_attribution"] = attribution;
    s.erase("tile_source_fixed");
    return s;
}

}  // namespace

TEST_CASE("tiles: the admin sets an XYZ source in the settings, bad ones are refused field by field") {
    TestApp t;
    pakn::test::Browser admin = t.officer("quantri", "TTDH", "admin");
    const json current = TestApp::body_of(t.call("GET", "/api/v1/admin/settings", "", {}, &admin));
    CHECK(current.value("tile_source_fixed", true) == false);
    struct Row {
        const char* url;
        const char* attribution;
        const char* field;  // the refused field, "" when saved
        const char* code;
    };
    // url                                              attribution      field               code
    const Row rows[] = {
        {"ftp://t.example.vn/{z}/{x}/{y}.png",           "© OSM",         "tile_url",         "tile_url_scheme"},
        {"https://t.example.vn/{z}/{x}.png",             "© OSM",         "tile_url",         "tile_url_placeholders"},
        {"https://t.example.vn/{z}/{x}/{y}.png\"><x",    "© OSM",         "tile_url",         "tile_url_characters"},
        {"https://t.example.vn/{z}/{x}/{y}.png",         "  ",            "tile_attribution", "tile_attribution_required"},
        {" https://t.example.vn/{z}/{x}/{y}.png ",       " © OSM ",       "",                 ""},
    };
    for (const Row& r : rows) {
        CAPTURE(r.url);
        const Response res = t.send("PUT", "/api/v1/admin/settings", settings_with(current, r.url, r.attribution), &admin);
        if (*r.field) {
            CHECK(res.status == 422);
            bool found = false;
            const json body = TestApp::body_of(res);
            for (const auto& f : body["error"]["fields"])
                found = found || (f.value("field", "") == r.field && f.value("code", "") == r.code);
            CHECK_MESSAGE(found, res.body);
        } else {
            CHECK(res.status == 200);
        }
    }
    // Saved trimmed; at once in the maps' answers and the page's policy.
    const Response map = t.call("GET", "/api/v1/public/map");
    CHECK(TestApp::body_of(map).value("tile_url", "") == "https://t.example.vn/{z}/{x}/{y}.png");
    CHECK(TestApp::body_of(map).value("tile_attribution", "") == "© OSM");
    CHECK(std::string(map.header("Content-Security-Policy").value_or("")).find("https://t.example.vn") !=
          std::string::npos);
    // Cleared: no base map, and the origin leaves the policy.
    REQUIRE(t.send("PUT", "/api/v1/admin/settings", settings_with(current, "", ""), &admin).status == 200);
    const Response cleared = t.call("GET", "/api/v1/public/map");
    CHECK_FALSE(TestApp::body_of(cleared).contains("tile_url"));
    CHECK(std::string(cleared.header("Content-Security-Policy").value_or("")).find("t.example.vn") ==
          std::string::npos);
}

TEST_CASE("tiles: a base map given at start-up wins over the admin's setting, and the screen is told") {
    Fixture f;
    TestApp t([&](pakn::server::Config& c) { c.tiles_mbtiles = f.path; });
    pakn::test::Browser admin = t.officer("quantri", "TTDH", "admin");
    const json current = TestApp::body_of(t.call("GET", "/api/v1/admin/settings", "", {}, &admin));
    CHECK(current.value("tile_source_fixed", false) == true);
    const Response saved = t.send("PUT", "/api/v1/admin/settings",
                                  settings_with(current, "https://t.example.vn/{z}/{x}/{y}.png", "© OSM"), &admin);
    REQUIRE(saved.status == 200);
    CHECK(TestApp::body_of(saved).value("tile_source_fixed", false) == true);
    CHECK(TestApp::body_of(t.call("GET", "/api/v1/public/map")).value("tile_url", "") == "/tiles/{z}/{x}/{y}");
}

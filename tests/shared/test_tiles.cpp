// pakn/tiles.h: Web Mercator tile arithmetic (checked against the slippy-map
// formulas of the OpenStreetMap wiki, worked out separately), the strict
// /tiles/{z}/{x}/{y} path reading, MBTiles' TMS rows and XYZ templates.
#include <doctest/doctest.h>

#include <cmath>
#include <string>
#include <string_view>

#include "pakn/tiles.h"

using namespace pakn;

TEST_CASE("tiles: lon/lat to tile and world pixel, table") {
    struct Row {
        double lon, lat;
        int z;
        int tx, ty;        // expected tile
        double px, py;     // expected world pixel
    };
    // lon        lat        z   tile x  tile y  world pixel x       world pixel y
    const Row rows[] = {
        {109.1967, 12.2388,  15, 26323,  15261,  6738771.531093334,  3906925.4789412664},  // Nha Trang, street level
        {109.1967, 12.2388,  10, 822,    476,    210586.61034666668, 122091.42121691458},
        {0,        0,        1,  1,      1,      256.0,              256.0},               // the world's centre
        {108.3,    11.2,     8,  205,    119,    52483.41333333334,  30715.991995918357},  // the province's SW corner
        {-0.0001,  0.0001,   0,  0,      0,      127.99992888888889, 127.99992888888889},
        {179.9999, -85.05,   3,  7,      7,      2047.9994311111113, 2047.9255707052096},
        {-180,     89.9,     4,  0,      0,      0.0,                0.0},                 // past the limit: clamped
    };
    for (const Row& r : rows) {
        CAPTURE(r.lon);
        CAPTURE(r.lat);
        CAPTURE(r.z);
        CHECK(tile_of(LonLat{r.lon, r.lat}, r.z) == TileXY{r.tx, r.ty});
        const WorldPixel w = lonlat_to_pixel(LonLat{r.lon, r.lat}, r.z);
        CHECK(w.x == doctest::Approx(r.px).epsilon(1e-9));
        CHECK(w.y == doctest::Approx(r.py).epsilon(1e-9));
    }
}

TEST_CASE("tiles: pixels back to lon/lat, and tile edges") {
    for (int z : {0, 5, 12, 18}) {
        const LonLat p{109.19, 12.24};
        const LonLat back = pixel_to_lonlat(lonlat_to_pixel(p, z), z);
        CHECK(back.lon == doctest::Approx(p.lon).epsilon(1e-12));
        CHECK(back.lat == doctest::Approx(p.lat).epsilon(1e-12));
    }
    CHECK(tile_lon(0, 3) == doctest::Approx(-180));
    CHECK(tile_lon(4, 3) == doctest::Approx(0));
    CHECK(tile_lat(0, 0) == doctest::Approx(kMaxMercatorLat));
    CHECK(tile_lat(1, 1) == doctest::Approx(0).epsilon(1e-12));
    CHECK(tile_lat(2, 1) == doctest::Approx(-kMaxMercatorLat));
}

TEST_CASE("tiles: zoom for a scale, table") {
    struct Row {
        double ppd;  // screen pixels per degree of longitude
        int lo, hi;
        int want;
    };
    // ppd                   min max  zoom
    const Row rows[] = {
        {256.0 / 360 * 1024,  0, 22, 10},  // tiles exactly at size
        {256.0 / 360 * 1024 * 1.2, 0, 22, 10},
        {256.0 / 360 * 1024 * 1.3, 0, 22, 11},  // 0.3 past: the sharper level
        {256.0 / 360 * 1024 * 0.8, 0, 22, 10},
        {256.0 / 360 * 1024,  0, 8,  8},   // the source ends at 8
        {1.0,                 3, 18, 3},
        {0.0,                 2, 18, 2},   // degenerate view
        {-5.0,                2, 18, 2},
    };
    for (const Row& r : rows) {
        CAPTURE(r.ppd);
        CHECK(zoom_for_scale(r.ppd, r.lo, r.hi) == r.want);
    }
}

TEST_CASE("tiles: MBTiles rows are bottom-up (TMS)") {
    // z  y(xyz)  row(tms)
    const int rows[][3] = {{0, 0, 0}, {1, 0, 1}, {1, 1, 0}, {10, 476, 547}, {15, 15261, 17506}};
    for (const auto& r : rows) {
        CHECK(tms_row(r[0], r[1]) == r[2]);
        CHECK(tms_row(r[0], r[2]) == r[1]);
    }
}

TEST_CASE("tiles: /tiles/{z}/{x}/{y} path parts, table") {
    using E = TilePathError;
    struct Row {
        const char *z, *x, *y;
        E error;
        TileId id;  // when E::none
    };
    // z        x         y            outcome           tile
    const Row rows[] = {
        {"0",     "0",      "0",          E::none,          {0, 0, 0}},
        {"10",    "822",    "476",        E::none,          {10, 822, 476}},
        {"10",    "822",    "476.png",    E::none,          {10, 822, 476}},
        {"10",    "822",    "476.webp",   E::none,          {10, 822, 476}},
        {"22",    "4194303", "4194303",   E::none,          {22, 4194303, 4194303}},
        {"1",     "2",      "0",          E::out_of_range,  {}},  // x past 2^z-1
        {"1",     "0",      "2",          E::out_of_range,  {}},
        {"23",    "0",      "0",          E::out_of_range,  {}},  // deeper than any source
        {"",      "0",      "0",          E::malformed,     {}},
        {"-1",    "0",      "0",          E::malformed,     {}},
        {"+1",    "0",      "0",          E::malformed,     {}},
        {"01",    "0",      "0",          E::malformed,     {}},  // leading zero: one tile, one URL
        {"1",     "0x1",    "0",          E::malformed,     {}},
        {"1",     "0",      "0.gif",      E::malformed,     {}},
        {"1",     "0",      ".png",       E::malformed,     {}},
        {"1",     "0",      "0.png.png",  E::malformed,     {}},
        {"1",     "..",     "0",          E::malformed,     {}},
        {"1",     "0",      "0 ",         E::malformed,     {}},
        {"99999999", "0",   "0",          E::malformed,     {}},  // more than 7 digits
        {"1",     "0",      "%30",        E::malformed,     {}},
    };
    for (const Row& r : rows) {
        CAPTURE(std::string(r.z) + "/" + r.x + "/" + r.y);
        const TilePath p = parse_tile_path(r.z, r.x, r.y);
        CHECK(p.error == r.error);
        if (r.error == E::none) CHECK(p.id == r.id);
    }
}

TEST_CASE("tiles: XYZ URL templates, table") {
    struct Row {
        const char* url;
        const char* error;  // "" when accepted
        const char* origin;
    };
    // template                                                     error                    origin
    const Row rows[] = {
        {"https://tile.openstreetmap.org/{z}/{x}/{y}.png",           "",                      "https://tile.openstreetmap.org"},
        {"http://10.0.0.5:8081/styles/basic/{z}/{x}/{y}@2x.png",    "",                      "http://10.0.0.5:8081"},
        {"https://t.example.vn/{z}/{x}/{y}.png?key=abc",            "",                      "https://t.example.vn"},
        {"ftp://tile.example.org/{z}/{x}/{y}.png",                  "tile_url_scheme",       ""},
        {"javascript:alert(1)//{z}{x}{y}",                          "tile_url_scheme",       ""},
        {"https:///{z}/{x}/{y}.png",                                "tile_url_scheme",       ""},
        {"https://tile.example.org/{z}/{x}.png",                    "tile_url_placeholders", "https://tile.example.org"},
        {"https://tile.example.org/{z}/{x}/{y}/{y}.png",            "tile_url_placeholders", "https://tile.example.org"},
        {"https://tile.example.org/{z}/{x}/{y}.png\" onload=\"x",   "tile_url_characters",   "https://tile.example.org"},
        {"https://tile.example.org/{z} /{x}/{y}.png",               "tile_url_characters",   "https://tile.example.org"},
    };
    for (const Row& r : rows) {
        CAPTURE(r.url);
        CHECK(check_tile_url(r.url) == r.error);
        CHECK(tile_url_origin(r.url) == r.origin);
    }
    CHECK(check_tile_url("https://a.example/" + std::string(600, 'a') + "/{z}/{x}/{y}") == "tile_url_too_long");
    CHECK(expand_tile_url("https://t.example/{z}/{x}/{y}.png?s={z}", TileId{12, 3264, 1906}) ==
          "https://t.example/12/3264/1906.png?s=12");
}

TEST_CASE("tiles: a source's extent as MBTiles writes it, table") {
    struct Row {
        const char* text;
        bool read;
        double west, south, east, north;
    };
    const Row rows[] = {
        {"108.3,11.15,109.55,12.95", true, 108.3, 11.15, 109.55, 12.95},
        {"-180,-85.0511,180,85.0511", true, -180, -85.0511, 180, 85.0511},
        {"", false, 0, 0, 0, 0},
        {"108.3,11.15,109.55", false, 0, 0, 0, 0},            // three numbers
        {"108.3,11.15,109.55,12.95,1", false, 0, 0, 0, 0},    // five
        {"108.3, 11.15,109.55,12.95", false, 0, 0, 0, 0},     // a space
        {"109.55,11.15,108.3,12.95", false, 0, 0, 0, 0},      // west east of east
        {"108.3,12.95,109.55,11.15", false, 0, 0, 0, 0},      // south north of north
        {"-181,11.15,109.55,12.95", false, 0, 0, 0, 0},       // off the world
        {"108.3,11.15,109.55,nan", false, 0, 0, 0, 0},
        {"0x6C,11.15,109.55,12.95", false, 0, 0, 0, 0},       // hex is not what MBTiles writes
    };
    for (const Row& r : rows) {
        CAPTURE(r.text);
        const auto b = parse_tile_bounds(r.text);
        REQUIRE(b.has_value() == r.read);
        if (!b) continue;
        CHECK(b->min_lon == r.west);
        CHECK(b->min_lat == r.south);
        CHECK(b->max_lon == r.east);
        CHECK(b->max_lat == r.north);
    }
}

TEST_CASE("tiles: the tiles drawn are the view's within the source's extent, table") {
    // The demo grid's extent (Khánh Hòa) and, at zoom 10, its tile columns
    // 820..823 and rows 474..480 (tile_of of its corners).
    const std::string_view khanh_hoa = "108.3,11.15,109.55,12.95";
    const TileXY nw = tile_of(LonLat{108.3, 12.95}, 10), se = tile_of(LonLat{109.55, 11.15}, 10);
    REQUIRE(nw == TileXY{820, 474});
    REQUIRE(se == TileXY{823, 480});
    struct Row {
        const char* what;
        LonLat view_nw, view_se;
        std::string_view bounds;
        TileRange expected;
    };
    const Row rows[] = {
        {"a view wider than the province: clipped to the file",
         {107.0, 14.0}, {111.0, 10.0}, khanh_hoa, {820, 474, 823, 480}},
        {"the world when the source says nothing",
         {107.0, 14.0}, {111.0, 10.0}, "", {tile_of({107.0, 14.0}, 10).x, tile_of({107.0, 14.0}, 10).y,
                                            tile_of({111.0, 10.0}, 10).x, tile_of({111.0, 10.0}, 10).y}},
        {"a view inside the province: the view's own tiles",
         {109.1, 12.3}, {109.2, 12.2}, khanh_hoa, {tile_of({109.1, 12.3}, 10).x, tile_of({109.1, 12.3}, 10).y,
                                                   tile_of({109.2, 12.2}, 10).x, tile_of({109.2, 12.2}, 10).y}},
        {"unreadable bounds count as the world",
         {107.0, 14.0}, {111.0, 10.0}, "108.3;11.15", {tile_of({107.0, 14.0}, 10).x, tile_of({107.0, 14.0}, 10).y,
                                                      tile_of({111.0, 10.0}, 10).x, tile_of({111.0, 10.0}, 10).y}},
    };
    for (const Row& r : rows) {
        CAPTURE(r.what);
        const TileRange got = tiles_to_draw(r.view_nw, r.view_se, 10, r.bounds);
        CHECK(got == r.expected);
    }
    // A view over Hà Nội: nothing to ask for.
    CHECK(tiles_to_draw({105.7, 21.1}, {105.9, 20.9}, 10, khanh_hoa).empty());
    CHECK(tiles_to_draw({105.7, 21.1}, {105.9, 20.9}, 10, khanh_hoa).count() == 0);
    CHECK(tiles_to_draw({107.0, 14.0}, {111.0, 10.0}, 10, khanh_hoa).count() == 4 * 7);
}

// pakn/geo.h: GeoJSON import, measures, simplification, triangulation, the
// map view with its Trường Sa inset, and the transfer encoding. Fixtures are
// hand-made fictional shapes with areas that can be worked out on paper;
// kToyProvince and kToyInvalid are the texts of tests/shared/data/*.geojson
// (this suite does no file I/O).
//
// [SECTION] index: fixtures and helpers, import, import errors, measures,
// labels, simplification, triangulation, map view, inset, transfer encoding.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "pakn/geo.h"

using namespace pakn;

namespace {

// [SECTION] fixtures and helpers

constexpr std::string_view kToyProvince = R"json(
{"type": "FeatureCollection",
 "features": [
  {"type": "Feature", "properties": {"code": "90001", "name": "Phường Vuông"},
   "geometry": {"type": "Polygon", "coordinates": [[[109.0, 12.0], [109.1, 12.0], [109.1, 12.1], [109.0, 12.1], [109.0, 12.0]]]}},
  {"type": "Feature", "properties": {"code": "90002", "name": "Xã Chữ U", "area_km2": 812.5},
   "geometry": {"type": "Polygon", "coordinates": [[[109.1, 12.0], [109.4, 12.0], [109.4, 12.3], [109.3, 12.3], [109.3, 12.1], [109.2, 12.1], [109.2, 12.3], [109.1, 12.3]]]}},
  {"type": "Feature", "properties": {"code": "90003", "name": "Xã Có Hồ"},
   "geometry": {"type": "Polygon", "coordinates": [
     [[108.8, 11.6], [109.2, 11.6], [109.2, 11.9], [108.8, 11.9], [108.8, 11.6]],
     [[108.9, 11.7], [108.9, 11.8], [109.0, 11.8], [109.0, 11.7], [108.9, 11.7]]]}},
  {"type": "Feature", "properties": {"code": "90004", "name": "Phường Giữa Hồ"},
   "geometry": {"type": "Polygon", "coordinates": [[[108.9, 11.7, 5.0], [109.0, 11.7, 5.0], [109.0, 11.8, 5.0], [108.9, 11.8, 5.0], [108.9, 11.7, 5.0]]]}},
  {"type": "Feature", "properties": {"code": 90005, "name": "Xã Hai Đảo"},
   "geometry": {"type": "MultiPolygon", "coordinates": [
     [[[109.5, 12.0], [109.6, 12.0], [109.55, 12.1], [109.5, 12.0]]],
     [[[109.5, 11.8], [109.6, 11.8], [109.55, 11.9], [109.5, 11.8]]]]}},
  {"type": "Feature", "properties": {"code": "90006", "name": "Đặc khu Thử"},
   "geometry": {"type": "MultiPolygon", "coordinates": [
     [[[114.0, 10.0], [114.2, 10.0], [114.2, 10.2], [114.0, 10.2], [114.0, 10.0]]],
     [[[111.5, 8.5], [111.7, 8.5], [111.6, 8.7], [111.5, 8.5]]],
     [[[109.5, 7.4], [109.6, 7.4], [109.6, 7.5], [109.5, 7.5], [109.5, 7.4]]]]}}
 ]}
)json";

constexpr std::string_view kToyInvalid = R"json(
{"type": "FeatureCollection",
 "features": [
  {"type": "Feature", "properties": {"code": "91001", "name": "Kinh độ sai"},
   "geometry": {"type": "Polygon", "coordinates": [[[190.0, 12.0], [109.1, 12.0], [109.1, 12.1], [190.0, 12.0]]]}},
  {"type": "Feature", "properties": {"name": "Thiếu mã"},
   "geometry": {"type": "Polygon", "coordinates": [[[109.0, 12.0], [109.1, 12.0], [109.1, 12.1], [109.0, 12.0]]]}},
  {"type": "Feature", "properties": {"code": "91003", "name": "Vòng quá ngắn"},
   "geometry": {"type": "Polygon", "coordinates": [[[109.0, 12.0], [109.1, 12.0], [109.0, 12.0]]]}},
  {"type": "Feature", "properties": {"code": "91004", "name": "Điểm"},
   "geometry": {"type": "Point", "coordinates": [109.0, 12.0]}},
  {"type": "Feature", "properties": {"code": "91005", "name": "Hợp lệ"},
   "geometry": {"type": "Polygon", "coordinates": [[[109.0, 12.0], [109.1, 12.0], [109.1, 12.1], [109.0, 12.0]]]}},
  {"type": "Feature", "properties": {"code": "91005", "name": "Trùng mã"},
   "geometry": {"type": "Polygon", "coordinates": [[[109.2, 12.0], [109.3, 12.0], [109.3, 12.1], [109.2, 12.0]]]}}
 ]}
)json";

// A closed ring from x, y pairs.
Ring ring(std::initializer_list<LonLat> pts) {
    Ring r(pts);
    if (!r.empty() && r.front() != r.back()) r.push_back(r.front());
    return r;
}

// Axis-aligned rectangle, counter-clockwise.
Ring rect(double x0, double y0, double x1, double y1) {
    return ring({{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}});
}

const Feature* by_code(const std::vector<Feature>& fs, std::string_view code) {
    for (const Feature& f : fs)
        if (f.code == code) return &f;
    return nullptr;
}

// Reference spherical area of a lon/lat rectangle: the band between two
// parallels times the share of the circle, on the 6371.0088 km sphere.
double rect_km2(double lon0, double lat0, double lon1, double lat1) {
    const double r = 6371.0088, rad = 3.14159265358979323846 / 180;
    return r * r * (lon1 - lon0) * rad * (std::sin(lat1 * rad) - std::sin(lat0 * rad));
}

// Problems with a mesh: indices out of range, triangles turning clockwise
// or flat, triangles whose centroid lies outside the polygon, and a total
// area off the polygon's by more than 1e-9 relative.
std::string mesh_problems(const Polygon& p, const Mesh& m) {
    std::string out;
    if (m.indices.size() % 3 != 0) out += "indices not a multiple of 3; ";
    for (std::uint32_t i : m.indices)
        if (i >= m.vertices.size()) return out + "index out of range";
    int flat = 0, outside = 0;
    for (std::size_t t = 0; t + 2 < m.indices.size(); t += 3) {
        const LonLat a = m.vertices[m.indices[t]], b = m.vertices[m.indices[t + 1]], c = m.vertices[m.indices[t + 2]];
        const double cross = (b.lon - a.lon) * (c.lat - a.lat) - (c.lon - a.lon) * (b.lat - a.lat);
        if (!(cross > 0))
            ++flat;
        else if (!contains(p, {(a.lon + b.lon + c.lon) / 3, (a.lat + b.lat + c.lat) / 3}))
            ++outside;
    }
    if (flat > 0) out += std::to_string(flat) + " flat or clockwise triangles; ";
    if (outside > 0) out += std::to_string(outside) + " triangles outside; ";
    const double want = polygon_area_deg2(p), got = mesh_area_deg2(m);
    if (std::fabs(want - got) > 1e-9 * std::fabs(want))
        out += "area " + std::to_string(got) + " != " + std::to_string(want);
    return out;
}

// Do two edges of the closed ring cross (touching does not count)?
bool ring_crosses_itself(const Ring& r) {
    auto side = [](LonLat a, LonLat b, LonLat c) {
        const double v = (b.lon - a.lon) * (c.lat - a.lat) - (b.lat - a.lat) * (c.lon - a.lon);
        return (v > 0) - (v < 0);
    };
    const std::size_t e = r.size() - 1;
    for (std::size_t i = 0; i < e; ++i)
        for (std::size_t j = i + 2; j < e; ++j) {
            if (i == 0 && j == e - 1) continue;
            if (side(r[i], r[i + 1], r[j]) * side(r[i], r[i + 1], r[j + 1]) < 0 &&
                side(r[j], r[j + 1], r[i]) * side(r[j], r[j + 1], r[i + 1]) < 0)
                return true;
        }
    return false;
}

// Deterministic pseudo-random numbers (same sequence natively and in wasm).
struct Lcg {
    std::uint64_t state;
    double next() {  // [0, 1)
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<double>(state >> 11) / 9007199254740992.0;
    }
};

bool near(double a, double b, double tol) {
    return std::fabs(a - b) <= tol;
}

}  // namespace

// [SECTION] import

TEST_CASE("Geo: the toy province imports with every feature") {
    const ParseResult r = parse_geojson(kToyProvince);
    CHECK(r.ok());
    REQUIRE(r.features.size() == 6);
    CHECK(r.features[0].code == "90001");
    CHECK(r.features[0].name == "Phường Vuông");

    const Feature* u = by_code(r.features, "90002");
    REQUIRE(u != nullptr);
    REQUIRE(u->shape.size() == 1);
    CHECK(u->shape[0].outer.size() == 9);  // 8 given, closed on import
    CHECK(u->shape[0].outer.front() == u->shape[0].outer.back());
    CHECK(u->area_km2 == 812.5);  // the official figure from properties is kept

    const Feature* holed = by_code(r.features, "90003");
    REQUIRE(holed != nullptr);
    CHECK(holed->shape[0].holes.size() == 1);

    const Feature* islands = by_code(r.features, "90005");  // numeric code in the file
    REQUIRE(islands != nullptr);
    CHECK(islands->shape.size() == 2);
    CHECK(by_code(r.features, "90006")->shape.size() == 3);

    // Computed areas: the square is 0.1 x 0.1 degree at 12 N (about 121 km²).
    const Feature* square = by_code(r.features, "90001");
    CHECK(near(square->area_km2, rect_km2(109.0, 12.0, 109.1, 12.1), 1e-9 * square->area_km2));
    CHECK(near(square->area_km2, 120.92, 0.01));
    // The enclave has altitudes (ignored) and the same area as the hole.
    const Feature* enclave = by_code(r.features, "90004");
    CHECK(near(enclave->area_km2, rect_km2(108.9, 11.7, 109.0, 11.8), 1e-6));
    CHECK(near(holed->area_km2, rect_km2(108.8, 11.6, 109.2, 11.9) - rect_km2(108.9, 11.7, 109.0, 11.8), 1e-6));
}

TEST_CASE("Geo: area on the sphere") {
    // One degree square at the equator: R² (pi/180) sin(1°) = 12,363.72 km².
    const Polygon equator{rect(0, 0, 1, 1), {}};
    CHECK(near(area_km2(equator), 12363.72, 0.01));
    // Orientation does not matter; holes subtract.
    Polygon cw{rect(0, 0, 1, 1), {}};
    std::reverse(cw.outer.begin(), cw.outer.end());
    CHECK(area_km2(cw) == area_km2(equator));
    const Polygon holed{rect(0, 0, 1, 1), {rect(0.25, 0.25, 0.75, 0.75)}};
    CHECK(near(area_km2(holed), rect_km2(0, 0, 1, 1) - rect_km2(0.25, 0.25, 0.75, 0.75), 1e-6));
    // A slanted edge: the triangle is half the 1° square near 12 N, to 0.1%.
    const Polygon tri{ring({{109, 12}, {110, 12}, {110, 13}}), {}};
    CHECK(near(area_km2(tri), rect_km2(109, 12, 110, 13) / 2, rect_km2(109, 12, 110, 13) * 0.001));
}

// [SECTION] import errors

TEST_CASE("Geo: import errors, one per document or feature") {
    struct Row {
        std::string_view name, text, code;
        int feature;
        std::string_view where;
    };
    // A feature wrapper around a geometry, to keep the rows short.
#define PAKN_FEATURE(props, geometry)                                                                                  \
    R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":)" props R"(,"geometry":)" geometry "}]" \
                                                                                                                  "}"
#define PAKN_SQUARE R"({"type":"Polygon","coordinates":[[[109,12],[109.1,12],[109.1,12.1],[109,12]]]})"
    // name | text | code | feature | where
    const Row rows[] = {
        {"not JSON", "{", "geo_invalid_json", -1, ""},
        {"empty text", "", "geo_invalid_json", -1, ""},
        {"a bare feature", R"({"type":"Feature","properties":{},"geometry":null})", "geo_not_feature_collection", -1,
         ""},
        {"features not an array", R"({"type":"FeatureCollection","features":{}})", "geo_not_feature_collection", -1,
         ""},
        {"no features", R"({"type":"FeatureCollection","features":[]})", "geo_no_features", -1, "features"},
        {"feature not an object", R"({"type":"FeatureCollection","features":[1]})", "geo_bad_feature", 0,
         "features[0]"},
        {"feature without type", R"({"type":"FeatureCollection","features":[{"properties":{"code":"1"}}]})",
         "geo_bad_feature", 0, "features[0]"},
        {"properties an array", PAKN_FEATURE("[]", PAKN_SQUARE), "geo_bad_feature", 0, "features[0].properties"},
        {"properties null", PAKN_FEATURE("null", PAKN_SQUARE), "geo_missing_code", 0, "features[0].properties.code"},
        {"code missing", PAKN_FEATURE(R"({"name":"A"})", PAKN_SQUARE), "geo_missing_code", 0,
         "features[0].properties.code"},
        {"code empty", PAKN_FEATURE(R"({"code":""})", PAKN_SQUARE), "geo_bad_code", 0, "features[0].properties.code"},
        {"code fractional", PAKN_FEATURE(R"({"code":12.5})", PAKN_SQUARE), "geo_bad_code", 0,
         "features[0].properties.code"},
        {"code boolean", PAKN_FEATURE(R"({"code":true})", PAKN_SQUARE), "geo_bad_code", 0,
         "features[0].properties.code"},
        {"name a number", PAKN_FEATURE(R"({"code":"1","name":5})", PAKN_SQUARE), "geo_bad_name", 0,
         "features[0].properties.name"},
        {"geometry missing",
         R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"1"}}]})",
         "geo_bad_geometry", 0, "features[0].geometry"},
        {"geometry a point", PAKN_FEATURE(R"({"code":"1"})", R"({"type":"Point","coordinates":[109,12]})"),
         "geo_bad_geometry", 0, "features[0].geometry.type"},
        {"coordinates missing", PAKN_FEATURE(R"({"code":"1"})", R"({"type":"Polygon"})"), "geo_bad_geometry", 0,
         "features[0].geometry"},
        {"polygon without rings", PAKN_FEATURE(R"({"code":"1"})", R"({"type":"Polygon","coordinates":[]})"),
         "geo_bad_geometry", 0, "features[0].geometry.coordinates"},
        {"multipolygon empty", PAKN_FEATURE(R"({"code":"1"})", R"({"type":"MultiPolygon","coordinates":[]})"),
         "geo_bad_geometry", 0, "features[0].geometry.coordinates"},
        {"ring a string", PAKN_FEATURE(R"({"code":"1"})", R"({"type":"Polygon","coordinates":["x"]})"),
         "geo_bad_geometry", 0, "features[0].geometry.coordinates[0]"},
        {"position too short",
         PAKN_FEATURE(R"({"code":"1"})", R"({"type":"Polygon","coordinates":[[[109,12],[109.1],[109.1,12.1]]]})"),
         "geo_bad_coordinate", 0, "features[0].geometry.coordinates[0][1]"},
        {"position a string",
         PAKN_FEATURE(R"({"code":"1"})", R"({"type":"Polygon","coordinates":[[[109,12],["109.1",12],[109.1,12.1]]]})"),
         "geo_bad_coordinate", 0, "features[0].geometry.coordinates[0][1]"},
        {"position with 4 numbers",
         PAKN_FEATURE(R"({"code":"1"})", R"({"type":"Polygon","coordinates":[[[109,12,0,0],[109.1,12],[109,13]]]})"),
         "geo_bad_coordinate", 0, "features[0].geometry.coordinates[0][0]"},
        {"longitude 190",
         PAKN_FEATURE(R"({"code":"1"})", R"({"type":"Polygon","coordinates":[[[109,12],[190,12],[109.1,12.1]]]})"),
         "geo_coordinate_out_of_range", 0, "features[0].geometry.coordinates[0][1]"},
        {"latitude -91",
         PAKN_FEATURE(R"({"code":"1"})", R"({"type":"Polygon","coordinates":[[[109,12],[109.1,-91],[109.1,12.1]]]})"),
         "geo_coordinate_out_of_range", 0, "features[0].geometry.coordinates[0][1]"},
        {"hole too short",
         PAKN_FEATURE(
             R"({"code":"1"})",
             R"({"type":"MultiPolygon","coordinates":[[[[109,12],[110,12],[110,13]],[[109.5,12.5],[109.6,12.5]]]]})"),
         "geo_ring_too_short", 0, "features[0].geometry.coordinates[0][1]"},
        {"closed ring of 3",
         PAKN_FEATURE(R"({"code":"1"})", R"({"type":"Polygon","coordinates":[[[109,12],[110,12],[109,12]]]})"),
         "geo_ring_too_short", 0, "features[0].geometry.coordinates[0]"},
        {"nested 40 deep", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]",
         "geo_invalid_json", -1, ""},
    };
#undef PAKN_FEATURE
#undef PAKN_SQUARE
    for (const Row& row : rows) {
        INFO(row.name);
        const ParseResult r = parse_geojson(row.text);
        CHECK_FALSE(r.ok());
        CHECK(r.features.empty());
        REQUIRE(r.errors.size() == 1);
        CHECK(r.errors[0].code == row.code);
        CHECK(r.errors[0].feature == row.feature);
        CHECK(r.errors[0].where == row.where);
    }
}

TEST_CASE("Geo: every bad feature is reported and the good ones kept") {
    const ParseResult r = parse_geojson(kToyInvalid);
    CHECK_FALSE(r.ok());
    REQUIRE(r.errors.size() == 5);
    const std::string_view codes[] = {"geo_coordinate_out_of_range", "geo_missing_code", "geo_ring_too_short",
                                      "geo_bad_geometry", "geo_duplicate_code"};
    const int features[] = {0, 1, 2, 3, 5};
    for (std::size_t i = 0; i < 5; ++i) {
        CHECK(r.errors[i].code == codes[i]);
        CHECK(r.errors[i].feature == features[i]);
    }
    REQUIRE(r.features.size() == 1);
    CHECK(r.features[0].code == "91005");
    CHECK(r.features[0].name == "Hợp lệ");
}

TEST_CASE("Geo: the point limit is checked for the whole document") {
    // One ring of exactly kMaxGeoPoints positions is fine, one more is not.
    auto document = [](std::size_t points) {
        std::string s = R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"1"},)"
                        R"("geometry":{"type":"Polygon","coordinates":[[[109,12],[110,12],[110,13])";
        for (std::size_t i = 3; i + 1 < points; ++i)
            s += ",[109,13]";
        s += ",[109,12]]]}}]}";
        return s;
    };
    const ParseResult at_limit = parse_geojson(document(kMaxGeoPoints));
    CHECK(at_limit.ok());
    REQUIRE(at_limit.features.size() == 1);
    CHECK(at_limit.features[0].shape[0].outer.size() == kMaxGeoPoints);
    const ParseResult over = parse_geojson(document(kMaxGeoPoints + 1));
    REQUIRE(over.errors.size() == 1);
    CHECK(over.errors[0].code == "geo_too_many_points");
    CHECK(over.features.empty());
}

TEST_CASE("Geo: integer-valued codes in any JSON number form become decimal strings") {
    const std::string_view texts[] = {
        R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":22333},"geometry":{"type":"Polygon","coordinates":[[[109,12],[110,12],[110,13],[109,12]]]}}]})",
        R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":22333.0},"geometry":{"type":"Polygon","coordinates":[[[109,12],[110,12],[110,13],[109,12]]]}}]})",
        R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"22333"},"geometry":{"type":"Polygon","coordinates":[[[109,12],[110,12],[110,13],[109,12]]]}}]})",
    };
    for (std::string_view t : texts) {
        const ParseResult r = parse_geojson(t);
        REQUIRE(r.features.size() == 1);
        CHECK(r.features[0].code == "22333");
        CHECK(r.features[0].name == "");
    }
}

// [SECTION] measures

TEST_CASE("Geo: bounding boxes, areas in square degrees, containment") {
    const ParseResult r = parse_geojson(kToyProvince);
    REQUIRE(r.features.size() == 6);
    const Polygon& u = by_code(r.features, "90002")->shape[0];
    const Polygon& holed = by_code(r.features, "90003")->shape[0];

    const BBox b = bbox_of(u);
    CHECK(b.min_lon == 109.1);
    CHECK(b.max_lon == 109.4);
    CHECK(b.min_lat == 12.0);
    CHECK(b.max_lat == 12.3);
    CHECK(BBox{}.empty());
    CHECK_FALSE(b.empty());
    CHECK(b.contains({109.1, 12.3}));
    CHECK_FALSE(b.contains({109.41, 12.2}));
    CHECK(b.intersects(bbox_of(by_code(r.features, "90001")->shape)));  // they share the x = 109.1 edge
    CHECK_FALSE(b.intersects(BBox{}));

    // U: 0.3 x 0.3 minus the 0.1 x 0.2 notch; counter-clockwise as written.
    CHECK(near(ring_area_deg2(u.outer), 0.07, 1e-12));
    CHECK(near(polygon_area_deg2(holed), 0.12 - 0.01, 1e-12));
    Ring cw = u.outer;
    std::reverse(cw.begin(), cw.end());
    CHECK(near(ring_area_deg2(cw), -0.07, 1e-12));

    struct Row {
        LonLat p;
        bool in_u, in_holed;
    };
    // point | inside the U | inside the holed square
    const Row rows[] = {
        {{109.15, 12.2}, true, false},    // left arm
        {{109.25, 12.2}, false, false},   // the notch
        {{109.25, 12.05}, true, false},   // the base
        {{109.5, 12.2}, false, false},    // east of it
        {{108.85, 11.75}, false, true},   // in the holed square
        {{108.95, 11.75}, false, false},  // in its hole
    };
    for (const Row& row : rows) {
        INFO(row.p.lon << ", " << row.p.lat);
        CHECK(contains(u, row.p) == row.in_u);
        CHECK(contains(holed, row.p) == row.in_holed);
    }

    // find_feature: the hole belongs to the enclave, the notch to nobody.
    CHECK(find_feature(r.features, {108.95, 11.75}) == 3);
    CHECK(find_feature(r.features, {108.85, 11.75}) == 2);
    CHECK(find_feature(r.features, {109.25, 12.2}) == -1);
    CHECK(find_feature(r.features, {109.55, 11.85}) == 4);  // the second island
    CHECK(find_feature(r.features, {114.1, 10.1}) == 5);
    CHECK(contains(by_code(r.features, "90005")->shape, {109.55, 12.05}));
}

TEST_CASE("Geo: centroids") {
    const Polygon square{rect(109, 12, 109.1, 12.1), {}};
    const LonLat c = centroid(square);
    CHECK(near(c.lon, 109.05, 1e-12));
    CHECK(near(c.lat, 12.05, 1e-12));
    // U: (0.09 * 0.15 - 0.02 * 0.2) / 0.07 above its base, in the notch.
    const Polygon u{ring({{109.1, 12.0},
                          {109.4, 12.0},
                          {109.4, 12.3},
                          {109.3, 12.3},
                          {109.3, 12.1},
                          {109.2, 12.1},
                          {109.2, 12.3},
                          {109.1, 12.3}}),
                    {}};
    const LonLat cu = centroid(u);
    CHECK(near(cu.lon, 109.25, 1e-12));
    CHECK(near(cu.lat, 12.0 + (0.09 * 0.15 - 0.02 * 0.2) / 0.07, 1e-12));
    CHECK_FALSE(contains(u, cu));
    // A flat polygon has no area: the average of its distinct vertices.
    const Polygon flat{ring({{0, 0}, {1, 0}, {2, 0}}), {}};
    const LonLat cf = centroid(flat);
    CHECK(cf.lon == 1);
    CHECK(cf.lat == 0);
}

// [SECTION] labels

TEST_CASE("Geo: label points lie inside") {
    struct Row {
        std::string_view name;
        Polygon poly;
    };
    // name | polygon
    const Row rows[] = {
        {"square (its centroid)", {rect(109, 12, 109.1, 12.1), {}}},
        {"U (centroid in the notch)",
         {ring({{109.1, 12.0},
                {109.4, 12.0},
                {109.4, 12.3},
                {109.3, 12.3},
                {109.3, 12.1},
                {109.2, 12.1},
                {109.2, 12.3},
                {109.1, 12.3}}),
          {}}},
        {"frame (centroid in the hole)", {rect(0, 0, 1, 1), {rect(0.1, 0.1, 0.9, 0.9)}}},
        {"C shape", {ring({{0, 0}, {1, 0}, {1, 0.1}, {0.1, 0.1}, {0.1, 0.9}, {1, 0.9}, {1, 1}, {0, 1}}), {}}},
        {"thin sliver", {ring({{0, 0}, {1, 0.001}, {1, 0.0011}}), {}}},
        {"crescent", {ring({{0, 0}, {2, 1}, {0, 2}, {1.5, 1}}), {}}},
    };
    for (const Row& row : rows) {
        INFO(row.name);
        CHECK(contains(row.poly, label_point(row.poly)));
    }
    const LonLat sq = label_point(rows[0].poly);
    CHECK(near(sq.lon, 109.05, 1e-12));
    CHECK(near(sq.lat, 12.05, 1e-12));
    // A frame's label sits in its band, not in the hole.
    const LonLat fr = label_point(rows[2].poly);
    CHECK((fr.lon < 0.1 || fr.lon > 0.9 || fr.lat < 0.1 || fr.lat > 0.9));
    // A multipolygon is labelled on its largest part.
    const MultiPolygon islands{{rect(0, 0, 0.1, 0.1), {}}, {rect(1, 1, 1.5, 1.5), {}}};
    const LonLat il = label_point(islands);
    CHECK(near(il.lon, 1.25, 1e-12));
    CHECK(near(il.lat, 1.25, 1e-12));
    CHECK(label_point(MultiPolygon{}) == LonLat{});
}

// [SECTION] simplification

TEST_CASE("Geo: Douglas-Peucker keeps what stands out by more than the tolerance") {
    // Split at (0,0) and the farthest point (4,4). (2, 0.05) stands 0.05 off
    // the bottom edge: kept at 0.03, dropped at 0.1; (1,0) and (3,0) lie
    // 0.025 from the lines through it, so they go at 0.03.
    const Ring r = ring({{0, 0}, {1, 0}, {2, 0.05}, {3, 0}, {4, 0}, {4, 4}, {0, 4}});
    CHECK(simplify(r, 0.03) == ring({{0, 0}, {2, 0.05}, {4, 0}, {4, 4}, {0, 4}}));
    CHECK(simplify(r, 0.1) == ring({{0, 0}, {4, 0}, {4, 4}, {0, 4}}));
    CHECK(simplify(r, 0.01) == r);
    CHECK(simplify(r, 0) == r);
}

TEST_CASE("Geo: simplification keeps every ring valid") {
    // A noisy coastline: 400 points along a 1° square, wobbling by 1e-5°.
    Ring noisy;
    for (int side = 0; side < 4; ++side)
        for (int i = 0; i < 100; ++i) {
            const double t = i / 100.0, wob = (i % 2 == 0 ? 1e-5 : -1e-5);
            const LonLat pts[4] = {{t, wob}, {1 + wob, t}, {1 - t, 1 + wob}, {wob, 1 - t}};
            noisy.push_back(pts[side]);
        }
    noisy.push_back(noisy.front());
    const Ring s = simplify(noisy, 0.001);
    CHECK(s.size() == 5);
    CHECK(s.front() == s.back());
    CHECK(near(std::fabs(ring_area_deg2(s)), 1.0, 1e-4));

    // A tiny island under a large tolerance stays a triangle, not a line.
    const Ring island = ring({{0, 0}, {1e-4, 0}, {2e-4, 0.5e-4}, {1e-4, 1e-4}, {0, 1e-4}});
    const Ring t = simplify(island, 0.01);
    CHECK(t.size() == 4);
    CHECK(t.front() == t.back());
    CHECK(std::fabs(ring_area_deg2(t)) > 0);

    // Nothing to do: rings of 3 distinct points and flat rings come back as given.
    const Ring tri = ring({{0, 0}, {1, 0}, {0, 1}});
    CHECK(simplify(tri, 10) == tri);
    const Ring flat = ring({{0, 0}, {1, 0}, {2, 0}, {3, 0}});
    CHECK(simplify(flat, 10) == flat);

    // Multipolygons keep their parts and holes.
    const MultiPolygon m{{noisy, {island}}, {tri, {}}};
    const MultiPolygon sm = simplify(m, 0.001);
    REQUIRE(sm.size() == 2);
    CHECK(sm[0].holes.size() == 1);
    CHECK(sm[0].outer.size() == 5);
}

TEST_CASE("Geo: simplification does not fold a ring over itself") {
    // Found by search: at 0.025 plain Douglas-Peucker keeps (109.04, 12.08),
    // (109.02, 12.10), (109.07, 12.01), (109.00, 12.04): a bow tie. Half the
    // tolerance also keeps (109.04, 12.10), which untangles it.
    auto at = [](double x, double y) { return LonLat{109 + x / 100, 12 + y / 100}; };
    const Ring r = ring({at(4, 8), at(2, 10), at(4, 10), at(4, 7), at(5, 7), at(7, 1), at(0, 4)});
    CHECK_FALSE(ring_crosses_itself(r));
    const Ring s = simplify(r, 0.025);
    CHECK_FALSE(ring_crosses_itself(s));
    CHECK(s == ring({at(4, 8), at(2, 10), at(4, 10), at(7, 1), at(0, 4)}));
}

// [SECTION] triangulation

TEST_CASE("Geo: triangulation covers exactly the polygon") {
    struct Row {
        std::string_view name;
        Polygon poly;
        std::size_t triangles;  // 0: not checked (collinear runs can save triangles)
    };
    // Comb: a spine along the bottom and 4 teeth upwards.
    Ring comb{{0, 0}, {9, 0}};
    for (int t = 4; t >= 0; --t) {
        const double x = 2.0 * t;
        comb.push_back({x + 1, 3});
        comb.push_back({x, 3});
        if (t > 0) {
            comb.push_back({x, 1});
            comb.push_back({x - 1, 1});
        }
    }
    comb.push_back({0, 0});
    // Star: 10 points alternating between radius 1 and 0.4.
    Ring star;
    for (int i = 0; i < 10; ++i) {
        const double a = i * 3.14159265358979323846 / 5, rad = i % 2 == 0 ? 1.0 : 0.4;
        star.push_back({109 + rad * std::cos(a), 12 + rad * std::sin(a)});
    }
    star.push_back(star.front());
    Ring reversed_u = ring({{109.1, 12.0},
                            {109.4, 12.0},
                            {109.4, 12.3},
                            {109.3, 12.3},
                            {109.3, 12.1},
                            {109.2, 12.1},
                            {109.2, 12.3},
                            {109.1, 12.3}});
    std::reverse(reversed_u.begin(), reversed_u.end());
    std::vector<Ring> grid_holes;
    for (int i = 0; i < 3; ++i)
        for (int j = 0; j < 3; ++j)
            grid_holes.push_back(rect(1 + 3 * i, 1 + 3 * j, 2 + 3 * i, 2 + 3 * j));
    Ring ccw_hole = rect(0.4, 0.4, 0.6, 0.6);  // holes given either way round
    // name | polygon | triangle count (n - 2 + 2 * holes) or 0
    const Row rows[] = {
        {"triangle", {ring({{0, 0}, {1, 0}, {0, 1}}), {}}, 1},
        {"square", {rect(109, 12, 109.1, 12.1), {}}, 2},
        {"U",
         {ring({{109.1, 12.0},
                {109.4, 12.0},
                {109.4, 12.3},
                {109.3, 12.3},
                {109.3, 12.1},
                {109.2, 12.1},
                {109.2, 12.3},
                {109.1, 12.3}}),
          {}},
         6},
        {"U clockwise", {reversed_u, {}}, 6},
        {"comb of 5 teeth", {comb, {}}, 0},
        {"star", {star, {}}, 8},
        {"square with a hole", {rect(0, 0, 1, 1), {ccw_hole}}, 8},
        {"two holes side by side", {rect(0, 0, 3, 1), {rect(0.5, 0.25, 1, 0.75), rect(2, 0.25, 2.5, 0.75)}}, 0},
        {"holes in a row, same height", {rect(0, 0, 4, 1), {rect(1, 0.4, 1.5, 0.6), rect(2.5, 0.4, 3, 0.6)}}, 0},
        {"hole off-centre", {rect(0, 0, 4, 1), {ring({{1, 0.3}, {1.5, 0.35}, {1.2, 0.7}})}}, 7},
        {"nine holes", {rect(0, 0, 10, 10), grid_holes}, 0},
        {"collinear points on every side",
         {ring({{0, 0}, {0.5, 0}, {1, 0}, {1, 0.5}, {1, 1}, {0.5, 1}, {0, 1}, {0, 0.5}}), {}},
         0},
        {"repeated points",
         {Ring{{0, 0}, {0, 0}, {1, 0}, {1, 0}, {1, 0}, {1, 1}, {0, 1}, {0, 1}, {0, 0}, {0, 0}}, {}},
         2},
        {"a spike out and back", {ring({{0, 0}, {1, 0}, {1, 1}, {1, 2}, {1, 1}, {0, 1}}), {}}, 2},
        {"hole touching the outer ring at a vertex", {rect(0, 0, 2, 2), {ring({{1, 0.5}, {2, 1}, {1, 1.5}})}}, 0},
        {"hole with a vertex on the outer edge", {rect(0, 0, 2, 2), {ring({{1, 0.5}, {2, 1.0}, {1.2, 1.6}})}}, 0},
        {"collinear hole and outer vertices", {rect(0, 0, 4, 1), {rect(1, 0, 2, 0.5)}}, 0},
        // Found by random search; each broke an earlier version of the clipper.
        {"diamond holes in a column (bridges share a corner; hole vertices on ear sides)",
         {rect(0, 0, 4, 16),
          {ring({{3, 2}, {2, 1}, {1, 2}, {2, 3}}), ring({{3, 6}, {2, 7}, {1, 6}, {2, 5}}),
           ring({{3, 10}, {2, 9}, {1, 10}, {2, 11}})}},
         0},
        {"two holes bridged to one vertex (the right copy must be chosen)",
         {ring({{21, 0},
                {29, 18},
                {17, 28},
                {1, 29},
                {-11, 24},
                {-25, 20},
                {-22, 4},
                {-26, -9},
                {-20, -15},
                {-9, -24},
                {5, -23},
                {14, -24},
                {20, -8}}),
          {rect(-8, -8, -6, -6), rect(-1, -11, 1, -9)}},
         0},
    };
    for (const Row& row : rows) {
        INFO(row.name);
        const Mesh m = triangulate(row.poly);
        CHECK(mesh_problems(row.poly, m) == "");
        if (row.triangles > 0) CHECK(m.indices.size() / 3 == row.triangles);
    }
}

TEST_CASE("Geo: triangulation of random star-shaped polygons with holes") {
    // 12..211 vertices at radii 0.5..1 around (109, 12), at angles jittered
    // by less than half a step (so no gap exceeds 60° and every edge stays
    // over 0.43 from the centre); holes are squares of half-side up to 0.07
    // on a circle of radius 0.25, so they never touch the outer ring or
    // each other.
    Lcg rng{20260101};
    int failures = 0;
    std::string first;
    for (int iter = 0; iter < 60; ++iter) {
        const int n = 12 + static_cast<int>(rng.next() * 200);
        const double step = 2 * 3.14159265358979323846 / n;
        std::vector<double> angles;
        for (int i = 0; i < n; ++i)
            angles.push_back((i + 0.45 * (rng.next() - 0.5)) * step);
        Polygon p;
        for (double a : angles) {
            const double rad = 0.5 + 0.5 * rng.next();
            // Snap to 1e-5 degree like real data, so collinear runs appear.
            p.outer.push_back(
                {std::round((109 + rad * std::cos(a)) * 1e5) / 1e5, std::round((12 + rad * std::sin(a)) * 1e5) / 1e5});
        }
        p.outer.push_back(p.outer.front());
        const int holes = static_cast<int>(rng.next() * 6);
        for (int h = 0; h < holes; ++h) {
            const double a = h * 2 * 3.14159265358979323846 / 6, s = 0.02 + 0.05 * rng.next();
            const double cx = 109 + 0.25 * std::cos(a), cy = 12 + 0.25 * std::sin(a);
            p.holes.push_back(rect(cx - s, cy - s, cx + s, cy + s));
        }
        const Mesh m = triangulate(p);
        const std::string problems = polygon_area_deg2(p) > 0 ? mesh_problems(p, m) : "";
        if (!problems.empty()) {
            ++failures;
            if (first.empty()) first = "iteration " + std::to_string(iter) + ": " + problems;
        }
    }
    CHECK(failures == 0);
    CHECK(first == "");
}

TEST_CASE("Geo: triangulation of random grids of holes and of stepped outlines") {
    // Holes on an integer grid (rays from one hole's rightmost vertex run
    // through other holes' vertices and along their edges), and histogram
    // outlines with a vertex at every unit step (long collinear runs), with
    // holes in the tall columns.
    Lcg rng{7};
    auto upto = [&](int n) { return static_cast<int>(rng.next() * n); };
    int failures = 0;
    std::string first;
    for (int iter = 0; iter < 200; ++iter) {
        Polygon p;
        if (iter % 2 == 0) {
            const int gx = 1 + upto(6), gy = 1 + upto(6);
            p.outer = rect(0, 0, gx * 4, gy * 4);
            for (int i = 0; i < gx; ++i)
                for (int j = 0; j < gy; ++j) {
                    if (rng.next() < 0.2) continue;
                    const double x = i * 4 + 1, y = j * 4 + 1;
                    const int shape = upto(3);
                    if (shape == 0)
                        p.holes.push_back(rect(x, y, x + 1 + upto(2), y + 1 + upto(2)));
                    else if (shape == 1)
                        p.holes.push_back(ring({{x, y}, {x + 2, y + 1}, {x, y + 2}}));
                    else
                        p.holes.push_back(ring({{x + 2, y + 1}, {x + 1, y + 2}, {x, y + 1}, {x + 1, y}}));
                    if (rng.next() < 0.5) std::reverse(p.holes.back().begin(), p.holes.back().end());
                }
        } else {
            const int cols = 3 + upto(20);
            std::vector<int> height(static_cast<std::size_t>(cols));
            for (int& h : height)
                h = 1 + upto(8);
            for (int x = 0; x <= cols; ++x)
                p.outer.push_back({static_cast<double>(x), 0});
            for (int c = cols - 1; c >= 0; --c) {
                const int h = height[static_cast<std::size_t>(c)];
                const int from = c == cols - 1 ? 0 : height[static_cast<std::size_t>(c + 1)];
                for (int y = from + 1; y <= h; ++y)
                    p.outer.push_back({c + 1.0, static_cast<double>(y)});
                for (int y = from - 1; y >= h; --y)
                    p.outer.push_back({c + 1.0, static_cast<double>(y)});
                p.outer.push_back({static_cast<double>(c), static_cast<double>(h)});
                if (c == 0)
                    for (int y = h - 1; y >= 1; --y)
                        p.outer.push_back({0, static_cast<double>(y)});
                if (h >= 5 && rng.next() < 0.5) p.holes.push_back(rect(c + 0.25, 2, c + 0.75, 3 + upto(h - 4)));
            }
            p.outer.push_back(p.outer.front());
        }
        const std::string problems = mesh_problems(p, triangulate(p));
        if (!problems.empty()) {
            ++failures;
            if (first.empty()) first = "iteration " + std::to_string(iter) + ": " + problems;
        }
    }
    CHECK(failures == 0);
    CHECK(first == "");
}

TEST_CASE("Geo: triangulation falls back gracefully on bad input") {
    // Degenerate input gives no triangles; invalid input gives some, never hangs.
    CHECK(triangulate(Polygon{}).indices.empty());
    CHECK(triangulate(Polygon{ring({{0, 0}, {1, 0}}), {}}).indices.empty());
    CHECK(triangulate(Polygon{ring({{0, 0}, {1, 0}, {2, 0}, {3, 0}}), {}}).indices.empty());
    const Polygon bow_tie{ring({{0, 0}, {1, 1}, {1, 0}, {0, 1}}), {}};
    const Mesh bt = triangulate(bow_tie);
    for (std::uint32_t i : bt.indices)
        CHECK(i < bt.vertices.size());
    const Polygon hole_outside{rect(0, 0, 1, 1), {rect(2, 2, 3, 3)}};
    const Mesh ho = triangulate(hole_outside);
    CHECK(ho.indices.size() % 3 == 0);
    for (std::uint32_t i : ho.indices)
        CHECK(i < ho.vertices.size());
    // A multipolygon's parts share one mesh.
    const MultiPolygon two{{rect(0, 0, 1, 1), {}}, {ring({{2, 0}, {3, 0}, {2, 1}}), {}}};
    const Mesh both = triangulate(two);
    CHECK(both.vertices.size() == 7);
    CHECK(both.indices.size() == 9);
    CHECK(near(mesh_area_deg2(both), 1.5, 1e-12));
}

TEST_CASE("Geo: the toy province triangulates") {
    const ParseResult r = parse_geojson(kToyProvince);
    REQUIRE(r.features.size() == 6);
    std::string problems;
    for (const Feature& f : r.features)
        for (const Polygon& p : f.shape) {
            const std::string pr = mesh_problems(p, triangulate(p));
            if (!pr.empty()) problems += f.code + ": " + pr + "\n";
        }
    CHECK(problems == "");
}

// [SECTION] map view

TEST_CASE("Geo: fit, project and unproject") {
    const BBox b = bbox_of(MultiPolygon{{rect(108.5, 11.3, 109.5, 12.9), {}}});
    const ScreenRect vp{10, 20, 800, 600};
    const MapView v = fit_bounds(b, vp, 20);
    CHECK(near(v.center.lon, 109.0, 1e-12));
    CHECK(near(v.center.lat, 12.1, 1e-12));
    CHECK(near(v.cos_lat0, std::cos(12.1 * 3.14159265358979323846 / 180), 1e-15));
    // 1.6° of latitude fill the 560 px left between the paddings.
    CHECK(near(v.pixels_per_degree, 560 / 1.6, 1e-9));
    const ScreenPoint nw = v.to_screen({108.5, 12.9}), se = v.to_screen({109.5, 11.3});
    CHECK(near(nw.y, 40, 1e-9));  // top padding; north is up
    CHECK(near(se.y, 600, 1e-9));
    CHECK(near((nw.x + se.x) / 2, 410, 1e-9));  // centred horizontally
    CHECK(near(se.x - nw.x, 1.0 * v.cos_lat0 * v.pixels_per_degree, 1e-9));
    const LonLat back = v.to_lonlat(v.to_screen({109.2, 12.2}));
    CHECK(near(back.lon, 109.2, 1e-12));
    CHECK(near(back.lat, 12.2, 1e-12));

    // Wide boxes are limited by width.
    const MapView wide = fit_bounds(bbox_of(Ring{{0, 0}, {10, 1}}), {0, 0, 100, 100}, 0);
    CHECK(near(wide.pixels_per_degree, 100 / (10 * std::cos(0.5 * 3.14159265358979323846 / 180)), 1e-9));
    // A point and an empty box still give a usable view.
    const MapView point = fit_bounds(bbox_of(Ring{{109, 12}}), vp, 0);
    CHECK(point.pixels_per_degree == 1e4);
    const MapView none = fit_bounds(BBox{}, vp, 0);
    CHECK(none.center == LonLat{});
    CHECK(none.pixels_per_degree == 1);
}

TEST_CASE("Geo: pan and zoom around a screen point") {
    MapView v = fit_bounds(bbox_of(MultiPolygon{{rect(108.5, 11.3, 109.5, 12.9), {}}}), {0, 0, 800, 600}, 0);
    const LonLat p{109.1, 12.3};
    const ScreenPoint before = v.to_screen(p);
    pan(v, 30, -12);
    const ScreenPoint after = v.to_screen(p);
    CHECK(near(after.x - before.x, 30, 1e-9));
    CHECK(near(after.y - before.y, -12, 1e-9));

    const ScreenPoint anchor{200, 150};
    const LonLat under = v.to_lonlat(anchor);
    const double ppd = v.pixels_per_degree;
    zoom_at(v, anchor, 2.5);
    CHECK(near(v.pixels_per_degree, ppd * 2.5, 1e-9));
    const ScreenPoint still = v.to_screen(under);
    CHECK(near(still.x, anchor.x, 1e-6));
    CHECK(near(still.y, anchor.y, 1e-6));
    // Limits hold, and the anchor stays put even when clamped.
    zoom_at(v, anchor, 1e9, 1, 5000);
    CHECK(v.pixels_per_degree == 5000);
    CHECK(near(v.to_screen(under).x, anchor.x, 1e-6));
    zoom_at(v, anchor, 1e-9, 100, 5000);
    CHECK(v.pixels_per_degree == 100);
    zoom_at(v, anchor, 0);  // ignored
    zoom_at(v, anchor, -2);
    CHECK(v.pixels_per_degree == 100);
}

// [SECTION] inset

TEST_CASE("Geo: the Trường Sa inset") {
    const ParseResult r = parse_geojson(kToyProvince);
    REQUIRE(r.features.size() == 6);
    for (const Feature& f : r.features) {
        INFO(f.code);
        CHECK(in_truong_sa_inset(bbox_of(f.shape)) == (f.code == "90006"));
    }
    CHECK_FALSE(in_truong_sa_inset(BBox{}));
    // A part near 109.5 E, 7.4 N goes with the rest of the special zone.
    CHECK(in_truong_sa_inset(
        bbox_of(MultiPolygon{{rect(109.5, 7.4, 109.6, 7.5), {}}, {rect(114, 10, 114.2, 10.2), {}}})));
    CHECK_FALSE(in_truong_sa_inset(bbox_of(Ring{{109.0, 12.0}, {110.5, 12.5}})));

    const SplitBounds s = split_bounds(r.features);
    CHECK(s.main.min_lon == 108.8);
    CHECK(s.main.max_lon == 109.6);
    CHECK(s.main.min_lat == 11.6);
    CHECK(s.main.max_lat == 12.3);
    CHECK(s.inset.min_lon == 109.5);
    CHECK(s.inset.max_lon == 114.2);
    CHECK(s.inset.min_lat == 7.4);
    CHECK(s.inset.max_lat == 10.2);

    const ScreenRect vp{0, 0, 800, 600};
    const ScreenRect box = truong_sa_inset_rect(vp);
    CHECK(box.width == 180);
    CHECK(box.height == 180);
    CHECK(box.x == 612);
    CHECK(box.y == 412);
    const MapView iv = inset_view(s.inset, box);
    int outside = 0;
    for (const LonLat corner : {LonLat{s.inset.min_lon, s.inset.min_lat}, LonLat{s.inset.max_lon, s.inset.max_lat},
                                LonLat{s.inset.min_lon, s.inset.max_lat}, LonLat{s.inset.max_lon, s.inset.min_lat}}) {
        const ScreenPoint q = iv.to_screen(corner);
        if (q.x < box.x + 4 - 1e-9 || q.x > box.x + box.width - 4 + 1e-9 || q.y < box.y + 4 - 1e-9 ||
            q.y > box.y + box.height - 4 + 1e-9)
            ++outside;
    }
    CHECK(outside == 0);
    // The inset keeps the map's shape: a degree east is cos(lat0) of a degree north.
    const ScreenPoint o = iv.to_screen({112, 9}), e = iv.to_screen({113, 9}), n = iv.to_screen({112, 10});
    CHECK(near((e.x - o.x) / (o.y - n.y), std::cos(8.8 * 3.14159265358979323846 / 180), 1e-12));
}

// [SECTION] transfer encoding

TEST_CASE("Geo: transfer encoding, exact form") {
    const Feature f{"1", "A", {{rect(109, 12, 109.00001, 12.00001), {}}}, 1.5};
    CHECK(encode_map_json({f}) ==
          R"({"features":[{"area_km2":1.5,"code":"1","name":"A","polygons":[[[10900000,1200000,1,0,0,1,-1,0]]]}],)"
          R"("format":"pakn-map-1"})");
    CHECK(encode_map_json({}) == R"({"features":[],"format":"pakn-map-1"})");
    // Points that round together merge; a ring left with 2 points is dropped,
    // and an outer ring takes its polygon along.
    const Feature g{
        "2",
        "B",
        {{ring({{109, 12}, {109.000001, 12}, {109.00001, 12}, {109.000011, 12.000001}}), {}},
         {rect(0, 0, 0.00002, 0.00002), {ring({{0.000011, 0.000011}, {0.000012, 0.000011}, {0.000011, 0.000012}})}}},
        0};
    CHECK(encode_map_json({g}) ==
          R"({"features":[{"area_km2":0.0,"code":"2","name":"B","polygons":[[[0,0,2,0,0,2,-2,0]]]}],)"
          R"("format":"pakn-map-1"})");
}

TEST_CASE("Geo: transfer encoding round trip") {
    const ParseResult r = parse_geojson(kToyProvince);
    REQUIRE(r.features.size() == 6);
    const std::string text = encode_map_json(r.features);
    const ParseResult d = decode_map_json(text);
    CHECK(d.ok());
    REQUIRE(d.features.size() == r.features.size());
    int mismatches = 0;
    for (std::size_t i = 0; i < r.features.size(); ++i) {
        const Feature &a = r.features[i], &b = d.features[i];
        if (a.code != b.code || a.name != b.name || a.area_km2 != b.area_km2 || a.shape.size() != b.shape.size()) {
            ++mismatches;
            continue;
        }
        for (std::size_t p = 0; p < a.shape.size(); ++p) {
            const Polygon &pa = a.shape[p], &pb = b.shape[p];
            if (pa.holes.size() != pb.holes.size() || pa.outer.size() != pb.outer.size()) {
                ++mismatches;
                continue;
            }
            for (std::size_t k = 0; k < pa.outer.size(); ++k)
                if (!near(pa.outer[k].lon, pb.outer[k].lon, 5e-6) || !near(pa.outer[k].lat, pb.outer[k].lat, 5e-6))
                    ++mismatches;
        }
    }
    CHECK(mismatches == 0);
    CHECK(encode_map_json(d.features) == text);  // a fixed point after one trip
    // Decoded coordinates are the decimal values exactly.
    CHECK(d.features[0].shape[0].outer[1] == LonLat{109.1, 12.0});
    CHECK(find_feature(d.features, {108.95, 11.75}) == 3);

    // Vietnamese names pass; invalid UTF-8 is replaced, not fatal.
    const Feature bad_name{"9", std::string("Kh\xc3\xa1nh H\xff"), {{rect(0, 0, 1, 1), {}}}, 1};
    const ParseResult dn = decode_map_json(encode_map_json({bad_name}));
    REQUIRE(dn.features.size() == 1);
    CHECK(dn.features[0].name == "Kh\xc3\xa1nh H\xef\xbf\xbd");
}

TEST_CASE("Geo: transfer decoding rejects what encode never writes") {
    struct Row {
        std::string_view name, text, code;
        std::string_view where;
    };
#define PAKN_MAP(feature) R"({"format":"pakn-map-1","features":[)" feature "]}"
    // name | text | code | where
    const Row rows[] = {
        {"not JSON", "[", "geo_invalid_json", ""},
        {"another format", R"({"format":"pakn-map-2","features":[]})", "geo_bad_format", ""},
        {"features not an array", R"({"format":"pakn-map-1","features":{}})", "geo_bad_format", ""},
        {"feature not an object", PAKN_MAP("7"), "geo_bad_feature", "features[0]"},
        {"area missing", PAKN_MAP(R"({"code":"1","polygons":[]})"), "geo_bad_feature", "features[0]"},
        {"area negative", PAKN_MAP(R"({"code":"1","area_km2":-1,"polygons":[]})"), "geo_bad_feature", "features[0]"},
        {"name a number", PAKN_MAP(R"({"code":"1","name":1,"area_km2":1,"polygons":[]})"), "geo_bad_feature",
         "features[0]"},
        {"code missing", PAKN_MAP(R"({"area_km2":1,"polygons":[]})"), "geo_bad_code", "features[0].code"},
        {"polygon empty", PAKN_MAP(R"({"code":"1","area_km2":1,"polygons":[[]]})"), "geo_bad_geometry",
         "features[0].polygons[0]"},
        {"odd count", PAKN_MAP(R"({"code":"1","area_km2":1,"polygons":[[[0,0,1,0,0]]]})"), "geo_bad_geometry",
         "features[0].polygons[0][0]"},
        {"two points", PAKN_MAP(R"({"code":"1","area_km2":1,"polygons":[[[0,0,1,0]]]})"), "geo_ring_too_short",
         "features[0].polygons[0][0]"},
        {"a fraction", PAKN_MAP(R"({"code":"1","area_km2":1,"polygons":[[[0,0,1.5,0,0,1]]]})"), "geo_bad_coordinate",
         "features[0].polygons[0][0][2]"},
        {"longitude past 180", PAKN_MAP(R"({"code":"1","area_km2":1,"polygons":[[[18000000,0,1,0,0,1]]]})"),
         "geo_coordinate_out_of_range", "features[0].polygons[0][0][2]"},
        {"a huge step", PAKN_MAP(R"({"code":"1","area_km2":1,"polygons":[[[0,0,9000000000000000000,0,0,1]]]})"),
         "geo_coordinate_out_of_range", "features[0].polygons[0][0][2]"},
        {"past int64", PAKN_MAP(R"({"code":"1","area_km2":1,"polygons":[[[0,0,18446744073709551615,0,0,1]]]})"),
         "geo_coordinate_out_of_range", "features[0].polygons[0][0][2]"},
        {"duplicate code",
         PAKN_MAP(R"({"code":"1","area_km2":1,"polygons":[]},{"code":"1","area_km2":1,"polygons":[]})"),
         "geo_duplicate_code", "features[1].code"},
    };
#undef PAKN_MAP
    for (const Row& row : rows) {
        INFO(row.name);
        const ParseResult r = decode_map_json(row.text);
        REQUIRE(r.errors.size() == 1);
        CHECK(r.errors[0].code == row.code);
        CHECK(r.errors[0].where == row.where);
    }
    // A feature without polygons is fine: it is listed but not drawn.
    const ParseResult empty =
        decode_map_json(R"({"format":"pakn-map-1","features":[{"code":"1","area_km2":0,"polygons":[]}]})");
    CHECK(empty.ok());
    REQUIRE(empty.features.size() == 1);
    CHECK(empty.features[0].shape.empty());
}

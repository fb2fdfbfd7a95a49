// Geometry of the province map: commune boundaries imported by the server
// from GeoJSON, sent to the client in a compact JSON form, drawn there as
// triangle meshes with labels, and used both sides to find which commune a
// point lies in. Coordinates are WGS84 degrees (x = longitude, y = latitude).
// Pure arithmetic on doubles (+ - * / sqrt, and cos/sin only where noted):
// the same input gives the same result natively and in wasm, up to the last
// bit where cos/sin are involved. Nothing here throws.
//
// [SECTION] index: types, GeoJSON import, measures, simplification,
// triangulation, map view and the Trường Sa inset, transfer encoding.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace pakn {

// [SECTION] types

struct LonLat {
    double lon = 0;
    double lat = 0;

    bool operator==(const LonLat&) const = default;
};

// A closed ring: first point == last point, at least 4 points.
using Ring = std::vector<LonLat>;

// One outer ring and the holes cut out of it. Any orientation is accepted;
// functions that care (triangulate) normalize it themselves.
struct Polygon {
    Ring outer;
    std::vector<Ring> holes;

    bool operator==(const Polygon&) const = default;
};

using MultiPolygon = std::vector<Polygon>;

// One administrative unit on the map (a commune: xã, phường or đặc khu).
struct Feature {
    std::string code;  // national code, e.g. "22333"
    std::string name;  // e.g. "Phường Bắc Nha Trang"
    MultiPolygon shape;
    double area_km2 = 0;

    bool operator==(const Feature&) const = default;
};

// Longitude/latitude extent; empty() until something is added.
struct BBox {
    double min_lon = 1e300, min_lat = 1e300;
    double max_lon = -1e300, max_lat = -1e300;

    bool empty() const { return min_lon > max_lon || min_lat > max_lat; }
    void add(LonLat p);
    void add(const BBox& b);
    // True when p lies inside or on the border.
    bool contains(LonLat p) const;
    bool intersects(const BBox& b) const;
};

// [SECTION] GeoJSON import

// Most coordinate pairs an import accepts in one document.
inline constexpr std::size_t kMaxGeoPoints = 200000;

// One problem found in a document. Codes are stable:
//   geo_too_large              the text is over 64 MiB
//   geo_invalid_json           not JSON, or nested deeper than 32 levels
//   geo_not_feature_collection top level is not {"type":"FeatureCollection","features":[...]}
//   geo_no_features            the collection is empty
//   geo_bad_feature            a feature is not {"type":"Feature",...}
//   geo_bad_geometry           geometry missing, not Polygon/MultiPolygon, or misshapen arrays
//   geo_bad_coordinate         a position is not 2 or 3 finite numbers
//   geo_coordinate_out_of_range  lon outside [-180, 180] or lat outside [-90, 90]
//   geo_ring_too_short         a ring has fewer than 4 positions once closed
//   geo_too_many_points        more than kMaxGeoPoints positions in the document
//   geo_missing_code / geo_bad_code  properties.code absent, or not a string or an integer
//   geo_bad_name               properties.name present but not a string
//   geo_duplicate_code         two features share a code
//   geo_bad_format             (decode_map_json) not the transfer format
struct GeoError {
    std::string code;
    int feature = -1;   // index in "features", -1 for the document as a whole
    std::string where;  // JSON path, e.g. "features[3].geometry.coordinates[0][2]"

    bool operator==(const GeoError&) const = default;
};

// Parsed features, and every problem found (at most one per feature, at most
// 100 in all). Features with a problem are left out; an importer should
// refuse the document unless ok().
struct ParseResult {
    std::vector<Feature> features;
    std::vector<GeoError> errors;

    bool ok() const { return errors.empty(); }
};

// Reads a FeatureCollection of Polygon / MultiPolygon features. properties:
// "code" (string, or an integer turned into its decimal string; required),
// "name" (string, optional), "area_km2" (number > 0: the official area, kept
// as is; otherwise the area is computed from the shape). Open rings are
// closed; positions beyond lon, lat (altitude) are ignored.
ParseResult parse_geojson(std::string_view text);

// [SECTION] measures

// Bounding boxes of a ring, a polygon (its outer ring) and a multipolygon.
BBox bbox_of(const Ring& r);
BBox bbox_of(const Polygon& p);
BBox bbox_of(const MultiPolygon& m);

// Planar signed area in square degrees (shoelace): > 0 when the ring runs
// counter-clockwise with longitude to the right and latitude up.
double ring_area_deg2(const Ring& r);

// Planar area in square degrees: |outer| minus |holes|.
double polygon_area_deg2(const Polygon& p);

// Area on the sphere of radius 6371.0088 km (IUGG mean), each edge taken
// as straight in the Lambert cylindrical equal-area projection: exact for
// shapes bounded by meridians and parallels, within 0.1% of the ellipsoidal
// area for commune-sized shapes at this latitude. Holes subtract.
double area_km2(const Polygon& p);
double area_km2(const MultiPolygon& m);

// True when p lies inside the outer ring and in no hole (even-odd rule; a
// point exactly on an edge may fall either way, but always the same way).
bool contains(const Polygon& poly, LonLat p);
bool contains(const MultiPolygon& m, LonLat p);

// Index of the first feature whose shape contains p, or -1.
int find_feature(const std::vector<Feature>& features, LonLat p);

// Area centroid of the polygon (holes subtracted); the vertex average when
// the area is zero. May lie outside a concave polygon.
LonLat centroid(const Polygon& p);

// Where to draw a polygon's name: its centroid when that lies inside,
// otherwise the point found farthest from the border by a grid search with
// refinement (distances with longitude scaled by cos(latitude)), otherwise
// the centroid of its largest triangle. Always inside unless the polygon has
// no area.
LonLat label_point(const Polygon& p);

// label_point of the polygon with the largest area; {0, 0} when empty.
LonLat label_point(const MultiPolygon& m);

// [SECTION] simplification

// Douglas-Peucker with `tolerance` in degrees (planar). Each ring stays
// closed with at least 4 points: a ring that would collapse keeps the three
// points that span it best, so no island or hole disappears. A result whose
// edges cross is redone with half the tolerance (up to 8 times, then the ring
// is kept as it was); rings over 4096 points and crossings between different
// rings are not checked.
Ring simplify(const Ring& r, double tolerance);
MultiPolygon simplify(const MultiPolygon& m, double tolerance);

// [SECTION] triangulation

// Triangles for drawing: `indices` holds 3 per triangle into `vertices`,
// counter-clockwise in lon/lat (clockwise on a y-down screen).
struct Mesh {
    std::vector<LonLat> vertices;
    std::vector<std::uint32_t> indices;
};

// Ear clipping with holes joined to the outer ring by bridges. Repeated
// points, collinear points and spikes get no triangle of their own; a polygon that is not simple (self-touching,
// crossing, holes outside) still gives triangles for what can be clipped and
// never loops. Cost grows with the square of the vertex count: simplify large
// rings first.
Mesh triangulate(const Polygon& p);

// All polygons' triangles in one mesh.
Mesh triangulate(const MultiPolygon& m);

// Signed sum (counter-clockwise positive) of the triangle areas in square
// degrees, for checks against polygon_area_deg2.
double mesh_area_deg2(const Mesh& m);

// [SECTION] map view

struct ScreenPoint {
    double x = 0;
    double y = 0;
};

// A rectangle on screen in pixels; y grows downwards.
struct ScreenRect {
    double x = 0, y = 0;
    double width = 0, height = 0;
};

// Equirectangular view: a degree of latitude is `pixels_per_degree` pixels,
// a degree of longitude that times cos(lat0). lat0 is fixed when the view is
// fitted, so panning north or south does not stretch the map.
struct MapView {
    ScreenRect viewport;
    LonLat center;  // drawn at the viewport's centre
    double cos_lat0 = 1;
    double pixels_per_degree = 1;

    ScreenPoint to_screen(LonLat p) const;
    LonLat to_lonlat(ScreenPoint s) const;
};

// The view that shows all of `b` centred in `viewport`, leaving `padding_px`
// free on every side; an empty box gives a view of lon/lat 0, 0.
MapView fit_bounds(const BBox& b, const ScreenRect& viewport, double padding_px = 0);

// Moves the map with a drag of (dx, dy) pixels.
void pan(MapView& v, double dx_px, double dy_px);

// Zooms by `factor` (> 1 zooms in) keeping the point under `anchor` still;
// the scale stays within [min_ppd, max_ppd] pixels per degree.
void zoom_at(MapView& v, ScreenPoint anchor, double factor, double min_ppd = 1, double max_ppd = 1e7);

// Longitude past which a feature belongs to the Trường Sa inset. The special
// zone lies about 111-117.5 E, 6-12 N; the mainland and its islands end
// before 109.5 E.
inline constexpr double kInsetWestLon = 110.5;

// True when a feature with this extent is drawn in the Trường Sa inset
// rather than at its true position: the box reaches east of 110.5 E. (Not
// "lies wholly east": the special zone's own shape includes shoals near
// 109.5 E, 7.4 N, which must go into the inset with the rest of it.)
bool in_truong_sa_inset(const BBox& b);

// Extents of the features drawn at true position and of those in the inset
// (empty when none qualifies).
struct SplitBounds {
    BBox main;
    BBox inset;
};
SplitBounds split_bounds(const std::vector<Feature>& features);

// The inset box: a square in the viewport's bottom-right corner, `fraction`
// of the viewport's shorter side, `margin_px` from both edges.
ScreenRect truong_sa_inset_rect(const ScreenRect& viewport, double fraction = 0.3, double margin_px = 8);

// The affine map of the inset features' extent into the inset box
// (fit_bounds with lat0 at the extent's middle); it does not pan or zoom
// with the main view.
MapView inset_view(const BBox& inset_extent, const ScreenRect& box, double padding_px = 4);

// [SECTION] transfer encoding

// Features for the client, compact and exact to 1e-5 degree (about 1 m):
//   {"format":"pakn-map-1","features":[{"code":"22333","name":"...",
//     "area_km2":97,"polygons":[[[x0,y0,dx1,dy1,...],[hole...]],...]}]}
// Each ring is a flat list of integers in units of 1e-5 degree: the first
// point absolute, then differences from the previous point; the closing point
// is left out, and points that round onto the previous one are dropped. A
// ring left with fewer than 3 points is dropped (an outer ring takes its
// polygon along). Names are written as UTF-8 (invalid bytes replaced).
std::string encode_map_json(const std::vector<Feature>& features);

// Reads encode_map_json's output back (rings closed again); checks shapes
// and limits like parse_geojson and reports with the same error codes.
ParseResult decode_map_json(std::string_view text);

}  // namespace pakn

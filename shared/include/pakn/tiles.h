// Base-map tiles (nền bản đồ): Web Mercator tile arithmetic (the "slippy
// map" scheme of OpenStreetMap, 256-pixel tiles, y growing southwards), the
// strict reading of a /tiles/{z}/{x}/{y} request, MBTiles' row order, and
// the operator's XYZ URL template. Pure arithmetic; nothing here throws.
//
// [SECTION] index: limits, projection, tile paths, coverage, XYZ templates.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "pakn/geo.h"

namespace pakn {

// [SECTION] limits

// Deepest zoom served or requested: 2^22 tiles per side still fits an int,
// and street level is 17-19.
inline constexpr int kMaxTileZoom = 22;
inline constexpr int kTileSize = 256;
// Web Mercator's latitude limit: the projection of the square world.
inline constexpr double kMaxMercatorLat = 85.0511287798066;

// [SECTION] projection

// A position in "world pixels" at zoom z: 0..256*2^z from the antimeridian
// eastwards and from the northern limit southwards.
struct WorldPixel {
    double x = 0;
    double y = 0;
};

// lon/lat to world pixels at zoom z (latitude clamped to kMaxMercatorLat).
WorldPixel lonlat_to_pixel(LonLat p, int z);
// World pixels at zoom z back to lon/lat.
LonLat pixel_to_lonlat(WorldPixel p, int z);

// The tile holding a point at zoom z (x, y clamped to 0..2^z-1).
struct TileXY {
    int x = 0;
    int y = 0;

    bool operator==(const TileXY&) const = default;
};
TileXY tile_of(LonLat p, int z);

// Longitude of a tile column's western edge, latitude of a row's northern
// edge (row 2^z gives the southern limit).
double tile_lon(int x, int z);
double tile_lat(int y, int z);

// The zoom whose tiles are drawn closest to their size for a map showing
// `pixels_per_degree_lon` screen pixels per degree of longitude, within
// [min_zoom, max_zoom].
int zoom_for_scale(double pixels_per_degree_lon, int min_zoom, int max_zoom);

// MBTiles stores rows bottom-up (TMS): row = 2^z - 1 - y. The same formula
// turns it back.
int tms_row(int z, int y);

// [SECTION] tile paths

// A tile asked for by /tiles/{z}/{x}/{y}.
struct TileId {
    int z = 0, x = 0, y = 0;

    bool operator==(const TileId&) const = default;
};

// Outcome of reading the three path parts.
enum class TilePathError {
    none,
    malformed,     // not plain decimal digits (no sign, spaces, suffix, leading zero) -> 400
    out_of_range,  // z over kMaxTileZoom, or x/y beyond 2^z-1 -> 404 (no such tile)
};

struct TilePath {
    TileId id;
    TilePathError error = TilePathError::none;
};

// Reads z, x, y: each 1-7 ASCII digits, no leading zero except "0"; an
// optional ".png"/".jpg"/".jpeg"/".webp" extension on y is accepted (clients
// of XYZ sources often add one).
TilePath parse_tile_path(std::string_view z, std::string_view x, std::string_view y);

// [SECTION] coverage

// The tiles a source holds at one zoom, as an inclusive column/row range.
struct TileRange {
    int x0 = 0, y0 = 0, x1 = -1, y1 = -1;

    bool empty() const { return x1 < x0 || y1 < y0; }
    long count() const { return empty() ? 0 : static_cast<long>(x1 - x0 + 1) * static_cast<long>(y1 - y0 + 1); }
    bool operator==(const TileRange&) const = default;
};

// A source's extent as MBTiles' metadata spells it: "west,south,east,north"
// in degrees (e.g. "108.3,11.15,109.55,12.95"). nullopt when absent or not
// four numbers in order within the world; then the source covers the world.
std::optional<BBox> parse_tile_bounds(std::string_view text);

// The tiles at zoom z that show the view from `north_west` to `south_east`
// and lie within `bounds` (the wire's tile_bounds; "" for the world). The
// client asks for these only: a tile outside a file's extent does not
// exist, and asking would be a 404 per tile as the citizen pans.
TileRange tiles_to_draw(LonLat north_west, LonLat south_east, int z, std::string_view bounds);

// [SECTION] XYZ templates

// Checks an operator's URL template: http(s)://host/..., with {z}, {x} and
// {y} each exactly once, no whitespace, quotes, angle brackets or
// backslashes, at most 512 bytes. Returns "" when good, else an error code:
// tile_url_scheme, tile_url_placeholders, tile_url_characters, tile_url_too_long.
std::string check_tile_url(std::string_view url_template);

// The template with {z}, {x}, {y} replaced.
std::string expand_tile_url(std::string_view url_template, TileId t);

// "https://tile.example.org" from "https://tile.example.org/{z}/{x}/{y}.png"
// ("" when the template has no http(s) origin); the CSP allows it.
std::string tile_url_origin(std::string_view url_template);

}  // namespace pakn

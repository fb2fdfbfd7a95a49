// Web Mercator tile arithmetic and tile-path parsing (pakn/tiles.h).
#include "pakn/tiles.h"

#include <algorithm>
#include <cmath>

#include "pakn/text.h"

namespace pakn {
namespace {

constexpr double kPi = 3.14159265358979323846;

double world_size(int z) { return static_cast<double>(kTileSize) * std::ldexp(1.0, z); }

// 1-7 digits, no leading zero unless the number is 0; nullopt otherwise.
std::optional<int> digits(std::string_view s) {
    if (s.empty() || s.size() > 7) return std::nullopt;
    if (s.size() > 1 && s[0] == '0') return std::nullopt;
    int v = 0;
    for (char c : s) {
        if (c < '0' || c > '9') return std::nullopt;
        v = v * 10 + (c - '0');
    }
    return v;
}

}  // namespace

WorldPixel lonlat_to_pixel(LonLat p, int z) {
    const double size = world_size(z);
    const double lat = std::clamp(p.lat, -kMaxMercatorLat, kMaxMercatorLat) * kPi / 180.0;
    const double x = (p.lon + 180.0) / 360.0 * size;
    const double y = (0.5 - std::log(std::tan(kPi / 4 + lat / 2)) / (2 * kPi)) * size;
    return WorldPixel{x, y};
}

LonLat pixel_to_lonlat(WorldPixel p, int z) {
    const double size = world_size(z);
    const double lon = p.x / size * 360.0 - 180.0;
    const double n = kPi * (1 - 2 * p.y / size);
    const double lat = std::atan(std::sinh(n)) * 180.0 / kPi;
    return LonLat{lon, lat};
}

TileXY tile_of(LonLat p, int z) {
    const WorldPixel w = lonlat_to_pixel(p, z);
    const int last = (1 << z) - 1;
    return TileXY{std::clamp(static_cast<int>(std::floor(w.x / kTileSize)), 0, last),
                  std::clamp(static_cast<int>(std::floor(w.y / kTileSize)), 0, last)};
}

double tile_lon(int x, int z) { return pixel_to_lonlat(WorldPixel{double(x) * kTileSize, 0}, z).lon; }
double tile_lat(int y, int z) { return pixel_to_lonlat(WorldPixel{0, double(y) * kTileSize}, z).lat; }

int zoom_for_scale(double pixels_per_degree_lon, int min_zoom, int max_zoom) {
    if (!(pixels_per_degree_lon > 0)) return min_zoom;
    // At zoom z a degree of longitude is 256 * 2^z / 360 pixels.
    const double z = std::log2(pixels_per_degree_lon * 360.0 / kTileSize);
    // Rounded up from 0.3 past a level: tiles shown at 0.8x-1.6x their size stay sharp.
    const int zi = static_cast<int>(std::floor(z + 0.7));
    return std::clamp(zi, min_zoom, max_zoom);
}

int tms_row(int z, int y) { return (1 << z) - 1 - y; }

TilePath parse_tile_path(std::string_view z, std::string_view x, std::string_view y) {
    TilePath out;
    for (std::string_view ext : {".png", ".jpg", ".jpeg", ".webp"})
        if (y.size() > ext.size() && y.ends_with(ext)) {
            y.remove_suffix(ext.size());
            break;
        }
    const auto zz = digits(z), xx = digits(x), yy = digits(y);
    if (!zz || !xx || !yy) {
        out.error = TilePathError::malformed;
        return out;
    }
    out.id = TileId{*zz, *xx, *yy};
    if (*zz > kMaxTileZoom || *xx >= (1 << *zz) || *yy >= (1 << *zz)) out.error = TilePathError::out_of_range;
    return out;
}

std::optional<BBox> parse_tile_bounds(std::string_view text) {
    double v[4];
    for (int i = 0; i < 4; ++i) {
        const auto comma = text.find(',');
        if ((i < 3) == (comma == std::string_view::npos)) return std::nullopt;  // exactly four parts
        const auto n = parse_decimal(text.substr(0, comma));
        if (!n) return std::nullopt;
        v[i] = *n;
        text = i < 3 ? text.substr(comma + 1) : std::string_view{};
    }
    const double west = v[0], south = v[1], east = v[2], north = v[3];
    if (west < -180 || east > 180 || south < -90 || north > 90 || west >= east || south >= north) return std::nullopt;
    BBox b;
    b.add(LonLat{west, south});
    b.add(LonLat{east, north});
    return b;
}

TileRange tiles_to_draw(LonLat north_west, LonLat south_east, int z, std::string_view bounds) {
    const TileXY a = tile_of(north_west, z), b = tile_of(south_east, z);
    TileRange r{a.x, a.y, b.x, b.y};
    if (const auto box = parse_tile_bounds(bounds)) {
        const TileXY ba = tile_of(LonLat{box->min_lon, box->max_lat}, z);
        const TileXY bb = tile_of(LonLat{box->max_lon, box->min_lat}, z);
        r = TileRange{std::max(r.x0, ba.x), std::max(r.y0, ba.y), std::min(r.x1, bb.x), std::min(r.y1, bb.y)};
    }
    return r;
}

std::string check_tile_url(std::string_view url) {
    if (url.size() > 512) return "tile_url_too_long";
    if (!url.starts_with("https://") && !url.starts_with("http://")) return "tile_url_scheme";
    const std::size_t host = url.find("://") + 3;
    if (host >= url.size() || url[host] == '/' || url[host] == '{') return "tile_url_scheme";
    for (unsigned char c : url)
        if (c <= ' ' || c == '"' || c == '\'' || c == '<' || c == '>' || c == '\\' || c == '`' || c >= 0x7f)
            return "tile_url_characters";
    for (std::string_view p : {"{z}", "{x}", "{y}"}) {
        const std::size_t at = url.find(p);
        if (at == std::string_view::npos || url.find(p, at + 1) != std::string_view::npos)
            return "tile_url_placeholders";
    }
    return {};
}

std::string expand_tile_url(std::string_view url, TileId t) {
    std::string out;
    out.reserve(url.size() + 16);
    for (std::size_t i = 0; i < url.size(); ++i) {
        const std::string_view rest = url.substr(i);
        if (rest.starts_with("{z}")) {
            out += std::to_string(t.z);
        } else if (rest.starts_with("{x}")) {
            out += std::to_string(t.x);
        } else if (rest.starts_with("{y}")) {
            out += std::to_string(t.y);
        } else {
            out += url[i];
            continue;
        }
        i += 2;
    }
    return out;
}

std::string tile_url_origin(std::string_view url) {
    if (!url.starts_with("https://") && !url.starts_with("http://")) return {};
    const std::size_t host = url.find("://") + 3;
    const std::size_t end = url.find_first_of("/?#{", host);
    if (end == host) return {};
    return std::string(url.substr(0, end == std::string_view::npos ? url.size() : end));
}

}  // namespace pakn

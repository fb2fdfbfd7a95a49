// Tile sources and the generated demo pyramid (services/tiles.h).
#include "services/tiles.h"

#include <algorithm>
#include <cmath>

#include "services/captcha_image.h"

namespace pakn::server::services {
namespace {

std::string content_type_of_format(const std::string& format) {
    if (format == "png") return "image/png";
    if (format == "jpg" || format == "jpeg") return "image/jpeg";
    if (format == "webp") return "image/webp";
    return {};
}

// The image type from the bytes themselves (files without a format).
std::string sniff(const std::string& b) {
    if (b.size() >= 8 && b.compare(0, 8, "\x89PNG\r\n\x1a\n") == 0) return "image/png";
    if (b.size() >= 3 && static_cast<unsigned char>(b[0]) == 0xFF && static_cast<unsigned char>(b[1]) == 0xD8)
        return "image/jpeg";
    if (b.size() >= 12 && b.compare(0, 4, "RIFF") == 0 && b.compare(8, 4, "WEBP") == 0) return "image/webp";
    return "application/octet-stream";
}

// The file's extent for the client: its metadata's when well formed, else
// "" (the world: the client then asks for tiles the file may not hold).
std::string bounds_of(const store::MbTiles& file) {
    std::string b = file.metadata("bounds");
    return parse_tile_bounds(b) ? b : std::string{};
}

TileSource local_source(const store::MbTiles& file, const std::string& attribution) {
    return TileSource{kLocalTileUrl, attribution.empty() ? file.metadata("attribution") : attribution,
                      file.min_zoom(), file.max_zoom(), bounds_of(file)};
}

}  // namespace

std::string TileService::use_mbtiles(const std::string& path, const std::string& attribution) {
    std::string error;
    auto file = store::MbTiles::open(path, error);
    if (!file) return error;
    const std::string format = file->metadata("format");
    if (!format.empty() && content_type_of_format(format).empty())
        return "MBTiles format \"" + format + "\" is not supported (raster png, jpg or webp only): " + path;
    content_type_ = content_type_of_format(format);
    std::lock_guard lock(mutex_);
    source_ = local_source(*file, attribution);
    mbtiles_ = std::move(file);
    return {};
}

std::string TileService::use_xyz(const std::string& url_template, const std::string& attribution, int min_zoom,
                                 int max_zoom) {
    if (auto bad = check_tile_url(url_template); !bad.empty()) return bad;
    // Tile servers' licences (OpenStreetMap's ODbL among them) require the credit on the map.
    if (attribution.empty()) return "tile_attribution_required";
    std::lock_guard lock(mutex_);
    source_ = TileSource{url_template, attribution, std::clamp(min_zoom, 0, kMaxTileZoom),
                         std::clamp(max_zoom, 0, kMaxTileZoom), ""};  // an XYZ service covers the world
    return {};
}

void TileService::apply_setting(const std::string& url_template, const std::string& attribution) {
    if (fixed_) return;
    if (url_template.empty()) {
        std::lock_guard lock(mutex_);
        // Back to the file when there is one (the demo's), else no base map.
        source_ = mbtiles_ ? local_source(*mbtiles_, {}) : TileSource{};
        return;
    }
    use_xyz(url_template, attribution);
}

std::optional<TileService::Tile> TileService::tile(const TileId& t) const {
    if (!mbtiles_) return std::nullopt;
    auto bytes = mbtiles_->tile(t.z, t.x, t.y);
    if (!bytes) return std::nullopt;
    std::string type = content_type_.empty() ? sniff(*bytes) : content_type_;
    return Tile{std::move(*bytes), std::move(type)};
}

void write_demo_tiles(const std::string& path, int max_zoom) {
    // Khánh Hòa's mainland and near islands.
    const LonLat nw{108.3, 12.95}, se{109.55, 11.15};
    constexpr int kMinZoom = 7;
    std::vector<store::TileRow> tiles;
    for (int z = kMinZoom; z <= max_zoom; ++z) {
        const TileXY a = tile_of(nw, z), b = tile_of(se, z);
        for (int x = a.x; x <= b.x; ++x)
            for (int y = a.y; y <= b.y; ++y) {
                captcha_image::Gray g{kTileSize, kTileSize,
                                      std::vector<std::uint8_t>(kTileSize * kTileSize, 236)};
                auto put = [&](int px, int py, std::uint8_t v) {
                    if (px >= 0 && py >= 0 && px < kTileSize && py < kTileSize)
                        g.pixels[static_cast<std::size_t>(py * kTileSize + px)] = v;
                };
                // Finer lines every 64 px, the tile's edge darker.
                for (int i = 0; i < kTileSize; ++i)
                    for (int k = 0; k < kTileSize; k += 64) {
                        put(k, i, k == 0 ? 170 : 212);
                        put(i, k, k == 0 ? 170 : 212);
                    }
                // A marker whose size grows with the zoom: the levels are told apart.
                const int r = 3 + (z - kMinZoom) * 2;
                for (int dy = -r; dy <= r; ++dy)
                    for (int dx = -r; dx <= r; ++dx)
                        if (dx * dx + dy * dy <= r * r) put(128 + dx, 128 + dy, 150);
                tiles.push_back(store::TileRow{z, x, y, captcha_image::encode_png(g)});
            }
    }
    store::write_mbtiles(path,
                         {{"name", "PAKN demo grid"},
                          {"format", "png"},
                          {"type", "baselayer"},
                          {"minzoom", std::to_string(kMinZoom)},
                          {"maxzoom", std::to_string(max_zoom)},
                          {"bounds", "108.3,11.15,109.55,12.95"},
                          {"attribution", "Lưới minh hoạ PAKN (không phải bản đồ đường phố)"}},
                         tiles);
}

}  // namespace pakn::server::services

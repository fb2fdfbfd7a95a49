// The base map's tiles (nền bản đồ): which source the operator configured —
// an MBTiles file served by this server at /tiles/{z}/{x}/{y}, or an outside
// XYZ URL with its attribution — and the tiles of the file. The file and a
// source given at start-up are set before requests are served; the admin's
// settings may change an XYZ source later (thread-safe).
#pragma once

#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include "pakn/dto_map.h"
#include "pakn/tiles.h"
#include "store/mbtiles.h"

namespace pakn::server::services {

// The tile URL the client asks this server for (the route of routes.cpp).
inline constexpr const char* kLocalTileUrl = "/tiles/{z}/{x}/{y}";

class TileService {
public:
    // Serves the MBTiles file at `path`; "" when done, else why not (English,
    // for the operator). Only raster tiles (png, jpg, webp) are accepted:
    // the app draws images, not vector tiles. `attribution` overrides the
    // file's own metadata when not empty.
    std::string use_mbtiles(const std::string& path, const std::string& attribution = {});
    // Points the client at an outside XYZ source; "" when done, else the
    // check_tile_url error code, or "tile_attribution_required".
    std::string use_xyz(const std::string& url_template, const std::string& attribution, int min_zoom = 0,
                        int max_zoom = 19);

    // Marks the current source as the server configuration's: the admin's
    // settings no longer change it (fixed()).
    void fix() { fixed_ = true; }
    bool fixed() const { return fixed_; }
    // The admin's setting (already checked by clean(SettingsForm)): an XYZ
    // source, or none for ""; ignored when fixed().
    void apply_setting(const std::string& url_template, const std::string& attribution);

    // What the client is told (empty when no base map is configured).
    TileSource source() const {
        std::lock_guard lock(mutex_);
        return source_;
    }

    struct Tile {
        std::string bytes;
        std::string content_type;
    };
    // The file's tile at XYZ `t`, or nullopt (no file, or no such tile).
    std::optional<Tile> tile(const TileId& t) const;

private:
    std::unique_ptr<store::MbTiles> mbtiles_;  // set before serving, never replaced after
    std::string content_type_;  // from the file's metadata format; "" to sniff each tile
    mutable std::mutex mutex_;  // guards source_ (the admin may change it)
    TileSource source_;
    bool fixed_ = false;
};

// A small generated tile pyramid over Khánh Hòa (zoom 7..`max_zoom`): a
// light background with a graticule and each tile's z/x/y grid, so the
// base-map machinery can be seen in the demo and exercised by tests. It is
// not a street map: a deployment supplies an OSM-derived MBTiles file
// (docs/operations.md). Written to `path` (replaced).
void write_demo_tiles(const std::string& path, int max_zoom = 12);

}  // namespace pakn::server::services

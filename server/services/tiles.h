// The base map's tiles (nền bản đồ): which source the operator configured —
// an MBTiles file served by this server at /tiles/{z}/{x}/{y}, or an outside
// XYZ URL with its attribution — and the tiles of the file. Configured once
// at start-up, before requests are served; read-only afterwards.
#pragma once

#include <memory>
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

    // What the client is told (empty when no base map is configured).
    TileSource source() const { return source_; }

    struct Tile {
        std::string bytes;
        std::string content_type;
    };
    // The file's tile at XYZ `t`, or nullopt (no file, or no such tile).
    std::optional<Tile> tile(const TileId& t) const;

private:
    std::unique_ptr<store::MbTiles> mbtiles_;
    std::string content_type_;  // from the file's metadata format; "" to sniff each tile
    TileSource source_;
};

// A small generated tile pyramid over Khánh Hòa (zoom 7..`max_zoom`): a
// light background with a graticule and each tile's z/x/y grid, so the
// base-map machinery can be seen in the demo and exercised by tests. It is
// not a street map: a deployment supplies an OSM-derived MBTiles file
// (docs/operations.md). Written to `path` (replaced).
void write_demo_tiles(const std::string& path, int max_zoom = 12);

}  // namespace pakn::server::services

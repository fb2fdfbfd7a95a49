// An MBTiles file (https://github.com/mapbox/mbtiles-spec): a SQLite
// database of map tiles, `metadata(name, value)` and `tiles(zoom_level,
// tile_column, tile_row, tile_data)` with rows in TMS order (bottom-up).
// Opened read-only: the server never changes an operator's tile file.
#pragma once

#include <sqlite3.h>

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace pakn::server::store {

class MbTiles {
public:
    // Opens `path` read-only and reads its metadata; nullptr with `error`
    // set (English, for the operator's log) when the file is missing, not
    // SQLite, or has no tiles table.
    static std::unique_ptr<MbTiles> open(const std::string& path, std::string& error);
    ~MbTiles();
    MbTiles(const MbTiles&) = delete;
    MbTiles& operator=(const MbTiles&) = delete;

    // The tile's bytes at XYZ position (y counted from the north), or
    // nullopt when the file has none. Safe from any thread.
    std::optional<std::string> tile(int z, int x, int y) const;

    // metadata values ("" when absent): format (png, jpg, webp, pbf),
    // attribution, name, minzoom, maxzoom.
    std::string metadata(const std::string& name) const;
    // The lowest and highest zoom holding tiles (from metadata, else the tiles table).
    int min_zoom() const { return min_zoom_; }
    int max_zoom() const { return max_zoom_; }

private:
    MbTiles() = default;
    sqlite3* db_ = nullptr;
    sqlite3_stmt* get_ = nullptr;
    mutable std::mutex mutex_;  // one prepared statement, shared by the workers
    std::map<std::string, std::string> metadata_;
    int min_zoom_ = 0, max_zoom_ = 0;
};

// A tile for write_mbtiles: XYZ position and bytes.
struct TileRow {
    int z = 0, x = 0, y = 0;
    std::string data;
};

// Writes a new MBTiles file at `path` (replacing one there): the metadata
// pairs and the tiles (rows flipped to TMS). Throws DbError on failure. For
// the demo's generated tiles and tests.
void write_mbtiles(const std::string& path, const std::vector<std::pair<std::string, std::string>>& metadata,
                   const std::vector<TileRow>& tiles);

}  // namespace pakn::server::store

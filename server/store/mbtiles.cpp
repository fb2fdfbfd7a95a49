// MBTiles reading (read-only, one shared statement) and writing (demo, tests).
#include "store/mbtiles.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "pakn/tiles.h"
#include "store/db.h"

namespace pakn::server::store {
namespace {

std::string column_text(sqlite3_stmt* s, int i) {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(s, i));
    return p ? std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(s, i))) : std::string();
}

int zoom_of(const std::string& text, int fallback) {
    if (text.empty() || text.size() > 2) return fallback;
    for (char c : text)
        if (c < '0' || c > '9') return fallback;
    const int z = std::atoi(text.c_str());
    return z <= kMaxTileZoom ? z : fallback;
}

}  // namespace

std::unique_ptr<MbTiles> MbTiles::open(const std::string& path, std::string& error) {
    std::unique_ptr<MbTiles> m(new MbTiles());
    // Read-only and no URI parsing: the path is the operator's file, nothing more.
    if (sqlite3_open_v2(path.c_str(), &m->db_, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        error = "cannot open MBTiles file " + path + ": " + (m->db_ ? sqlite3_errmsg(m->db_) : "out of memory");
        return nullptr;
    }
    sqlite3_busy_timeout(m->db_, 2000);
    sqlite3_stmt* s = nullptr;
    if (sqlite3_prepare_v2(m->db_, "SELECT name, value FROM metadata", -1, &s, nullptr) == SQLITE_OK) {
        while (sqlite3_step(s) == SQLITE_ROW) m->metadata_[column_text(s, 0)] = column_text(s, 1);
    }
    sqlite3_finalize(s);
    if (sqlite3_prepare_v2(m->db_,
                           "SELECT tile_data FROM tiles WHERE zoom_level = ?1 AND tile_column = ?2 AND tile_row = ?3",
                           -1, &m->get_, nullptr) != SQLITE_OK) {
        error = "not an MBTiles file (no tiles table): " + path + ": " + sqlite3_errmsg(m->db_);
        return nullptr;
    }
    int lo = 0, hi = kMaxTileZoom;
    s = nullptr;
    if (sqlite3_prepare_v2(m->db_, "SELECT min(zoom_level), max(zoom_level) FROM tiles", -1, &s, nullptr) ==
            SQLITE_OK &&
        sqlite3_step(s) == SQLITE_ROW && sqlite3_column_type(s, 0) != SQLITE_NULL) {
        lo = sqlite3_column_int(s, 0);
        hi = sqlite3_column_int(s, 1);
    }
    sqlite3_finalize(s);
    m->min_zoom_ = std::max(0, zoom_of(m->metadata("minzoom"), lo));
    m->max_zoom_ = std::min(kMaxTileZoom, zoom_of(m->metadata("maxzoom"), hi));
    if (m->max_zoom_ < m->min_zoom_) m->max_zoom_ = m->min_zoom_;
    return m;
}

MbTiles::~MbTiles() {
    sqlite3_finalize(get_);
    sqlite3_close(db_);
}

std::optional<std::string> MbTiles::tile(int z, int x, int y) const {
    std::lock_guard lock(mutex_);
    sqlite3_reset(get_);
    sqlite3_bind_int(get_, 1, z);
    sqlite3_bind_int(get_, 2, x);
    sqlite3_bind_int(get_, 3, tms_row(z, y));
    std::optional<std::string> out;
    const int rc = sqlite3_step(get_);
    if (rc == SQLITE_ROW) {
        const auto* p = static_cast<const char*>(sqlite3_column_blob(get_, 0));
        out = p ? std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(get_, 0))) : std::string();
    } else if (rc != SQLITE_DONE) {
        const std::string what = sqlite3_errmsg(db_);
        sqlite3_reset(get_);
        throw DbError(rc, "mbtiles: " + what);
    }
    sqlite3_reset(get_);
    return out;
}

std::string MbTiles::metadata(const std::string& name) const {
    auto it = metadata_.find(name);
    return it == metadata_.end() ? std::string() : it->second;
}

void write_mbtiles(const std::string& path, const std::vector<std::pair<std::string, std::string>>& metadata,
                   const std::vector<TileRow>& tiles) {
    std::remove(path.c_str());
    sqlite3* db = nullptr;
    auto fail = [&](const char* what) {
        const int rc = db ? sqlite3_errcode(db) : SQLITE_CANTOPEN;
        const std::string msg = std::string(what) + ": " + (db ? sqlite3_errmsg(db) : path.c_str());
        sqlite3_close(db);
        throw DbError(rc, msg);
    };
    if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK)
        fail("mbtiles create");
    if (sqlite3_exec(db,
                     "BEGIN; CREATE TABLE metadata (name TEXT, value TEXT);"
                     "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB);"
                     "CREATE UNIQUE INDEX tile_index ON tiles (zoom_level, tile_column, tile_row);",
                     nullptr, nullptr, nullptr) != SQLITE_OK)
        fail("mbtiles schema");
    sqlite3_stmt* s = nullptr;
    if (sqlite3_prepare_v2(db, "INSERT INTO metadata VALUES (?1, ?2)", -1, &s, nullptr) != SQLITE_OK)
        fail("mbtiles metadata");
    for (const auto& [k, v] : metadata) {
        sqlite3_reset(s);
        sqlite3_bind_text(s, 1, k.data(), static_cast<int>(k.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(s, 2, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
        if (sqlite3_step(s) != SQLITE_DONE) {
            sqlite3_finalize(s);
            fail("mbtiles metadata");
        }
    }
    sqlite3_finalize(s);
    if (sqlite3_prepare_v2(db, "INSERT INTO tiles VALUES (?1, ?2, ?3, ?4)", -1, &s, nullptr) != SQLITE_OK)
        fail("mbtiles tiles");
    for (const TileRow& t : tiles) {
        sqlite3_reset(s);
        sqlite3_bind_int(s, 1, t.z);
        sqlite3_bind_int(s, 2, t.x);
        sqlite3_bind_int(s, 3, tms_row(t.z, t.y));
        sqlite3_bind_blob(s, 4, t.data.data(), static_cast<int>(t.data.size()), SQLITE_TRANSIENT);
        if (sqlite3_step(s) != SQLITE_DONE) {
            sqlite3_finalize(s);
            fail("mbtiles tiles");
        }
    }
    sqlite3_finalize(s);
    if (sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) fail("mbtiles commit");
    sqlite3_close(db);
}

}  // namespace pakn::server::store

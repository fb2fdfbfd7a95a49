#include "store/backup_store.h"

#include <sqlite3.h>

#include <thread>

#include "store/db.h"

namespace pakn::server::store {

bool copy_database_online(const std::string& from, const std::string& to, std::string& error) {
    sqlite3* src = nullptr;
    sqlite3* dst = nullptr;
    bool ok = false;
    if (sqlite3_open_v2(from.c_str(), &src, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK &&
        sqlite3_open_v2(to.c_str(), &dst, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) == SQLITE_OK) {
        sqlite3_busy_timeout(src, 5000);
        if (sqlite3_backup* b = sqlite3_backup_init(dst, "main", src, "main")) {
            int rc;
            do {
                rc = sqlite3_backup_step(b, 1024);
                if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) std::this_thread::yield();
            } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
            ok = rc == SQLITE_DONE;
            sqlite3_backup_finish(b);
        }
        if (!ok) error = sqlite3_errmsg(dst);
    } else {
        error = src ? sqlite3_errmsg(src) : "cannot open database";
    }
    sqlite3_close_v2(src);
    sqlite3_close_v2(dst);
    return ok;
}

bool database_intact(const std::string& path) {
    try {
        Connection c(path, true);
        auto st = c.prepare("PRAGMA integrity_check");
        const bool ok = st.step() && st.text(0) == "ok";
        st.reset();
        return ok;
    } catch (const std::exception&) {
        return false;
    }
}

}  // namespace pakn::server::store

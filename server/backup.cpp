#include "backup.h"

#include <sqlite3.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <thread>

#include "store/db.h"

namespace pakn::server {
namespace fs = std::filesystem;
namespace {

// Copies the live database page by page; other writers may continue.
bool online_copy(const std::string& from, const std::string& to, std::string& error) {
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

bool integrity_ok(const std::string& path) {
    try {
        store::Connection c(path, true);
        auto st = c.prepare("PRAGMA integrity_check");
        const bool ok = st.step() && st.text(0) == "ok";
        st.reset();
        return ok;
    } catch (const std::exception&) {
        return false;
    }
}

// Copies every file under from/ missing in to/ (content-addressed: same name,
// same bytes).
void copy_tree(const fs::path& from, const fs::path& to, BackupResult& r) {
    std::error_code ec;
    if (!fs::exists(from, ec)) return;
    for (auto it = fs::recursive_directory_iterator(from, ec); !ec && it != fs::recursive_directory_iterator();
         it.increment(ec)) {
        if (!it->is_regular_file()) continue;
        const fs::path target = to / fs::relative(it->path(), from);
        if (fs::exists(target)) continue;
        fs::create_directories(target.parent_path());
        fs::copy_file(it->path(), target, fs::copy_options::skip_existing);
        ++r.files;
        r.bytes += static_cast<long long>(it->file_size());
    }
}

}  // namespace

BackupResult backup_data(const std::string& data_dir, const std::string& dest_dir) {
    BackupResult r;
    const std::string db = data_dir + "/pakn.db";
    if (!fs::exists(db)) {
        r.message = "Không tìm thấy cơ sở dữ liệu " + db;
        return r;
    }
    fs::create_directories(dest_dir);
    const std::string target = dest_dir + "/pakn.db";
    fs::remove(target);
    std::string error;
    if (!online_copy(db, target, error)) {
        r.message = "Sao lưu cơ sở dữ liệu thất bại: " + error;
        return r;
    }
    copy_tree(fs::path(data_dir) / "files", fs::path(dest_dir) / "files", r);
    nlohmann::json manifest = {
        {"created_at", std::chrono::duration_cast<std::chrono::seconds>(
                           std::chrono::system_clock::now().time_since_epoch())
                           .count()},
        {"database", "pakn.db"},
        {"files", r.files},
        {"bytes", r.bytes}};
    std::ofstream(dest_dir + "/manifest.json") << manifest.dump(2) << "\n";
    r.ok = integrity_ok(target);
    r.message = r.ok ? "Đã sao lưu vào " + dest_dir : "Bản sao lưu không toàn vẹn";
    return r;
}

BackupResult restore_data(const std::string& backup_dir, const std::string& data_dir, bool force) {
    BackupResult r;
    const std::string source = backup_dir + "/pakn.db";
    if (!fs::exists(source) || !integrity_ok(source)) {
        r.message = "Thư mục sao lưu không hợp lệ: " + backup_dir;
        return r;
    }
    const std::string db = data_dir + "/pakn.db";
    if (fs::exists(db) && !force) {
        r.message = "Đã có dữ liệu trong " + data_dir + "; dừng máy chủ và chạy lại với --force để ghi đè";
        return r;
    }
    fs::create_directories(data_dir);
    const std::string temp = db + ".restoring";
    fs::remove(temp);
    fs::copy_file(source, temp);
    fs::remove(db + "-wal");
    fs::remove(db + "-shm");
    fs::rename(temp, db);
    copy_tree(fs::path(backup_dir) / "files", fs::path(data_dir) / "files", r);
    r.ok = integrity_ok(db);
    r.message = r.ok ? "Đã khôi phục dữ liệu từ " + backup_dir : "Khôi phục xong nhưng cơ sở dữ liệu không toàn vẹn";
    return r;
}

}  // namespace pakn::server

#include "app/backup.h"

#include <chrono>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "store/backup_store.h"

namespace pakn::server {
namespace fs = std::filesystem;
namespace {

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
    if (!store::copy_database_online(db, target, error)) {
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
    r.ok = store::database_intact(target);
    r.message = r.ok ? "Đã sao lưu vào " + dest_dir : "Bản sao lưu không toàn vẹn";
    return r;
}

BackupResult restore_data(const std::string& backup_dir, const std::string& data_dir, bool force) {
    BackupResult r;
    const std::string source = backup_dir + "/pakn.db";
    if (!fs::exists(source) || !store::database_intact(source)) {
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
    r.ok = store::database_intact(db);
    r.message = r.ok ? "Đã khôi phục dữ liệu từ " + backup_dir : "Khôi phục xong nhưng cơ sở dữ liệu không toàn vẹn";
    return r;
}

}  // namespace pakn::server

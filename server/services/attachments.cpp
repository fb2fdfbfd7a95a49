#include "services/attachments.h"

#include <fcntl.h>
#include <openssl/evp.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include "base/disk.h"
#include "base/log.h"
#include "pakn/files.h"
#include "services/crypto.h"
#include "services/dto_convert.h"
#include "services/reports.h"
#include "store/db.h"
#include "store/reports_store.h"
#include "store/uploads_store.h"

namespace pakn::server::services {
namespace fs = std::filesystem;
namespace {

using store::Connection;

ApiError file_error(int status, std::string_view code) {
    return api_error(status, status == 422 ? "validation_failed" : code, {field_error("file", code)});
}

ApiError quota_exceeded() { return file_error(413, "upload_quota_exceeded"); }

ApiError disk_error(int err) {
    return err == ENOSPC || err == EDQUOT ? api_error(507, "storage_full") : api_error(500, "internal_error");
}

// Writes all of `bytes` at the end of `fd`; errno on failure.
int write_all(int fd, std::string_view bytes) {
    while (!bytes.empty()) {
        const ssize_t n = ::write(fd, bytes.data(), bytes.size());
        if (n < 0) {
            if (errno == EINTR) continue;
            return errno;
        }
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
    return 0;
}

// SHA-256 and the first bytes of a file.
bool digest_file(const std::string& path, std::string& sha_hex, std::string& head) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    EVP_DigestInit_ex(ctx, EVP_sha256(), nullptr);
    std::string buf(1 << 16, '\0');
    head.clear();
    while (in) {
        in.read(buf.data(), static_cast<std::streamsize>(buf.size()));
        const auto n = static_cast<std::size_t>(in.gcount());
        if (n == 0) break;
        if (head.size() < kSniffBytes) head.append(buf.data(), std::min(n, kSniffBytes - head.size()));
        EVP_DigestUpdate(ctx, buf.data(), n);
    }
    unsigned char digest[32];
    unsigned int len = 0;
    EVP_DigestFinal_ex(ctx, digest, &len);
    EVP_MD_CTX_free(ctx);
    sha_hex = crypto::hex(std::string_view(reinterpret_cast<const char*>(digest), len));
    return true;
}

bool valid_upload_id(const std::string& id) {
    if (id.size() != 32) return false;
    for (char c : id)
        if (!std::isxdigit(static_cast<unsigned char>(c))) return false;
    return true;
}

}  // namespace

AttachmentService::AttachmentService(store::Database& db, const Clock& clock, std::string data_dir,
                                     ReportService& reports, UploadLimits limits)
    : db_(db), clock_(clock), data_dir_(std::move(data_dir)), reports_(reports), limits_(limits) {
    fs::create_directories(data_dir_ + "/files");
    fs::create_directories(data_dir_ + "/uploads");
}

std::optional<ApiError> AttachmentService::below_floor(std::int64_t incoming) const {
    // Unreadable (an exotic file system): the write itself still answers
    // 507 storage_full when the disk is full.
    const auto space = disk_space(data_dir_);
    if (!space) return std::nullopt;
    const auto floor = disk_floor(*space, static_cast<std::uint64_t>(std::max<std::int64_t>(limits_.floor_bytes, 0)),
                                  limits_.floor_percent);
    const auto wanted = static_cast<std::uint64_t>(std::max<std::int64_t>(incoming, 0));
    if (space->available >= floor && space->available - floor >= wanted) return std::nullopt;
    log_event(LogLevel::warn, "storage_low",
              {{"available", space->available}, {"floor", floor}, {"incoming", wanted}});
    return file_error(507, "storage_low");
}

std::string AttachmentService::path_of(const std::string& sha) const {
    return data_dir_ + "/files/" + sha.substr(0, 2) + "/" + sha.substr(2, 2) + "/" + sha;
}

Result<AttachmentInfo> AttachmentService::finish(const Principal& who, const std::string& temp_path,
                                                std::string_view name, std::int64_t size) {
    std::string sha, head;
    if (!digest_file(temp_path, sha, head)) {
        fs::remove(temp_path);
        return Result<AttachmentInfo>::failure(api_error(500, "internal_error"));
    }
    const auto type = sniff_file_type(head);
    if (auto code = check_upload(type, size); !code.empty()) {
        fs::remove(temp_path);
        const int status = code == "file_too_large" ? 413 : code == "unsupported_file_type" ? 415 : 422;
        return Result<AttachmentInfo>::failure(file_error(status, code));
    }
    store::AttachmentRow row;
    row.sha256 = sha;
    row.size = size;
    row.mime = std::string(type->mime);
    row.kind = std::string(to_string(type->kind));
    row.name = safe_file_name(name, *type);
    row.uploaded_by = who.account_id;
    row.uploaded_at = clock_.now();
    // The quota is judged again where the file becomes the account's, in one
    // transaction with the insert, so concurrent uploads cannot both fit.
    auto refused = db_.attempt([&](Connection& c) -> std::optional<ApiError> {
        if (store::held_upload_bytes(c, who.account_id) + size > limits_.quota_bytes) return quota_exceeded();
        row.id = store::insert_attachment(c, row);
        return std::nullopt;
    });
    if (refused) {
        fs::remove(temp_path);
        return Result<AttachmentInfo>::failure(*refused);
    }
    const std::string final_path = path_of(sha);
    std::error_code ec;
    fs::create_directories(fs::path(final_path).parent_path(), ec);
    if (fs::exists(final_path)) {
        fs::remove(temp_path);  // same bytes already stored
    } else if (::rename(temp_path.c_str(), final_path.c_str()) != 0) {
        const int err = errno;
        fs::remove(temp_path);
        db_.write([&](Connection& c) { store::delete_attachment(c, row.id); });
        return Result<AttachmentInfo>::failure(disk_error(err));
    }
    return Result<AttachmentInfo>::success(to_attachment(row));
}

Result<AttachmentInfo> AttachmentService::store_whole(const Principal& who, std::string_view name,
                                                     std::string_view bytes) {
    if (bytes.empty()) return Result<AttachmentInfo>::failure(file_error(422, "empty_file"));
    const auto size = static_cast<std::int64_t>(bytes.size());
    if (auto low = below_floor(size)) return Result<AttachmentInfo>::failure(*low);
    if (db_.read([&](Connection& c) { return store::held_upload_bytes(c, who.account_id); }) + size > limits_.quota_bytes)
        return Result<AttachmentInfo>::failure(quota_exceeded());
    const std::string temp = data_dir_ + "/uploads/whole-" + crypto::hex(crypto::random_bytes(12)) + ".part";
    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL, 0600);
    if (fd < 0) return Result<AttachmentInfo>::failure(disk_error(errno));
    int err = write_all(fd, bytes);
    if (!err && ::fsync(fd) != 0) err = errno;
    ::close(fd);
    if (err) {
        fs::remove(temp);
        return Result<AttachmentInfo>::failure(disk_error(err));
    }
    return finish(who, temp, name, size);
}

Result<UploadStarted> AttachmentService::start_upload(const Principal& who, std::string_view name,
                                                      std::int64_t size) {
    if (size <= 0) return Result<UploadStarted>::failure(file_error(422, "empty_file"));
    if (size > kMaxVideoBytes) return Result<UploadStarted>::failure(file_error(413, "file_too_large"));
    if (auto low = below_floor(size)) return Result<UploadStarted>::failure(*low);
    UploadStarted out{crypto::hex(crypto::random_bytes(16)), kUploadChunkBytes};
    const auto now = clock_.now();
    // The declared size is reserved against the quota as the upload starts,
    // in the transaction that records it: its chunks then always fit.
    const store::UploadRow row{out.upload_id, who.account_id, std::string(name).substr(0, 400), size, 0, now, now};
    auto refused = db_.attempt([&](Connection& c) -> std::optional<ApiError> {
        if (store::held_upload_bytes(c, who.account_id) + size > limits_.quota_bytes) return quota_exceeded();
        store::insert_upload(c, row);
        return std::nullopt;
    }, store::Durability::normal);
    if (refused) return Result<UploadStarted>::failure(*refused);
    const std::string part = data_dir_ + "/uploads/" + out.upload_id + ".part";
    const int fd = ::open(part.c_str(), O_WRONLY | O_CREAT | O_EXCL, 0600);
    if (fd < 0) {
        const int err = errno;
        db_.write([&](Connection& c) { store::delete_upload(c, out.upload_id); }, store::Durability::normal);
        return Result<UploadStarted>::failure(disk_error(err));
    }
    ::close(fd);
    return Result<UploadStarted>::success(out);
}

Result<std::int64_t> AttachmentService::append_chunk(const Principal& who, const std::string& upload_id,
                                                     std::int64_t offset, std::string_view bytes) {
    if (!valid_upload_id(upload_id)) return Result<std::int64_t>::failure(api_error(404, "upload_not_found"));
    auto up = db_.read([&](Connection& c) { return store::find_upload(c, upload_id); });
    if (!up || up->account_id != who.account_id)
        return Result<std::int64_t>::failure(api_error(404, "upload_not_found"));
    if (offset != up->received)
        return Result<std::int64_t>::failure(file_error(409, "upload_offset_mismatch"));
    if (up->received + static_cast<std::int64_t>(bytes.size()) > up->declared_size) {
        abort_upload(who, upload_id);
        return Result<std::int64_t>::failure(file_error(413, "file_too_large"));
    }
    // Refused chunks abandon the upload whole: no half file is kept. The
    // quota was reserved at start; it is over only when it was lowered since.
    std::optional<ApiError> refused = below_floor(static_cast<std::int64_t>(bytes.size()));
    if (!refused && db_.read([&](Connection& c) { return store::held_upload_bytes(c, who.account_id); }) >
                        limits_.quota_bytes)
        refused = quota_exceeded();
    if (refused) {
        abort_upload(who, upload_id);
        return Result<std::int64_t>::failure(*refused);
    }
    const std::string part = data_dir_ + "/uploads/" + upload_id + ".part";
    const int fd = ::open(part.c_str(), O_WRONLY | O_APPEND);
    if (fd < 0) return Result<std::int64_t>::failure(api_error(404, "upload_not_found"));
    int err = write_all(fd, bytes);
    if (!err && ::fsync(fd) != 0) err = errno;
    ::close(fd);
    if (err) {
        // Leave nothing half-written: the upload is abandoned as a whole.
        abort_upload(who, upload_id);
        return Result<std::int64_t>::failure(disk_error(err));
    }
    const std::int64_t received = up->received + static_cast<std::int64_t>(bytes.size());
    const auto now = clock_.now();
    db_.write([&](Connection& c) { store::set_upload_received(c, upload_id, received, now); },
              store::Durability::normal);
    return Result<std::int64_t>::success(received);
}

Result<AttachmentInfo> AttachmentService::complete_upload(const Principal& who, const std::string& upload_id) {
    if (!valid_upload_id(upload_id)) return Result<AttachmentInfo>::failure(api_error(404, "upload_not_found"));
    auto up = db_.read([&](Connection& c) { return store::find_upload(c, upload_id); });
    if (!up || up->account_id != who.account_id)
        return Result<AttachmentInfo>::failure(api_error(404, "upload_not_found"));
    if (up->received != up->declared_size)
        return Result<AttachmentInfo>::failure(file_error(422, "upload_incomplete"));
    db_.write([&](Connection& c) { store::delete_upload(c, upload_id); }, store::Durability::normal);
    return finish(who, data_dir_ + "/uploads/" + upload_id + ".part", up->name, up->received);
}

void AttachmentService::abort_upload(const Principal& who, const std::string& upload_id) {
    if (!valid_upload_id(upload_id)) return;
    const bool removed = db_.write([&](Connection& c) { return store::delete_upload_of(c, upload_id, who.account_id); },
                                   store::Durability::normal);
    if (removed) fs::remove(data_dir_ + "/uploads/" + upload_id + ".part");
}

Result<Download> AttachmentService::open(const Principal* who, std::int64_t id) {
    auto row = db_.read([&](Connection& c) { return store::find_attachment(c, id); });
    bool allowed = false;
    if (row && row->report_id) {
        const auto seen = reports_.visibility_of(who, *row->report_id);
        allowed = seen == Visibility::owner || seen == Visibility::officer ||
                  (seen == Visibility::published && row->purpose == "result");
    } else if (row) {
        allowed = who && row->uploaded_by && *row->uploaded_by == who->account_id;
    }
    if (!allowed) return Result<Download>::failure(api_error(404, "not_found"));
    const bool show_inline = row->kind == "image" || row->mime == "application/pdf";
    return Result<Download>::success(Download{path_of(row->sha256), row->mime, row->name, show_inline});
}

int AttachmentService::cleanup() {
    const auto now = clock_.now();
    int removed = 0;
    auto stale = db_.write([&](Connection& c) { return store::delete_idle_uploads(c, now - 86400); },
                           store::Durability::normal);
    for (const auto& id : stale) {
        fs::remove(data_dir_ + "/uploads/" + id + ".part");
        ++removed;
    }
    auto orphans = db_.write([&](Connection& c) {
        auto rows = store::orphan_attachments(c, now - 7 * 86400);
        std::vector<std::string> unused;
        for (const auto& a : rows) {
            store::delete_attachment(c, a.id);
            if (!store::sha_in_use(c, a.sha256)) unused.push_back(a.sha256);
        }
        return unused;
    });
    for (const auto& sha : orphans) {
        fs::remove(path_of(sha));
        ++removed;
    }
    return removed;
}

}  // namespace pakn::server::services

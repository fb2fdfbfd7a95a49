// Attachments: files uploaded straight from the browser (raw body, or in
// chunks for large videos), typed by their bytes, stored content-addressed
// under <data-dir>/files/ab/cd/<sha256>, and served only to people allowed
// to see the report. A refused or interrupted upload leaves nothing behind.
// Two guards keep one person from filling the disk: a quota per account of
// files no sent report carries, and a floor of free space below which no
// file is taken at all.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "base/clock.h"
#include "pakn/dto.h"
#include "pakn/errors.h"
#include "pakn/files.h"
#include "services/principal.h"

namespace pakn::server::store {
class Database;
}

namespace pakn::server::services {

class ReportService;

// How much may be uploaded (Config: --upload-quota-mb, --disk-floor-mb,
// --disk-floor-percent).
struct UploadLimits {
    // Bytes an account may hold in files no sent report carries: unfinished
    // uploads (their declared size, reserved at start), and finished ones in
    // no report or in a draft. Default: one report's worth, 5 videos.
    std::int64_t quota_bytes = kMaxAttachmentsPerReport * kMaxVideoBytes;
    // Free space kept on the data folder's disk: the larger of these.
    std::int64_t floor_bytes = 1ll << 30;
    int floor_percent = 5;
};

struct UploadStarted {
    std::string upload_id;
    std::int64_t chunk_size = 0;
};

// A stored file someone may download, and how to present it.
struct Download {
    std::string path;  // the bytes on disk
    std::string mime;
    std::string name;
    // Images and PDFs may show in the app; everything else downloads.
    bool show_inline = false;
};

class AttachmentService {
public:
    AttachmentService(store::Database& db, const Clock& clock, std::string data_dir, ReportService& reports,
                      UploadLimits limits = {});

    // A whole file in one request body.
    Result<AttachmentInfo> store_whole(const Principal& who, std::string_view name, std::string_view bytes);
    // Chunked uploads: start (declared size checked against the limits and
    // reserved against the quota now), append chunks in order, complete
    // (type and size decided from the bytes). Past the quota: 413
    // upload_quota_exceeded; below the disk floor: 507 storage_low; a chunk
    // refused either way abandons its upload, so nothing partial stays.
    Result<UploadStarted> start_upload(const Principal& who, std::string_view name, std::int64_t size);
    Result<std::int64_t> append_chunk(const Principal& who, const std::string& upload_id, std::int64_t offset,
                                      std::string_view bytes);
    Result<AttachmentInfo> complete_upload(const Principal& who, const std::string& upload_id);
    void abort_upload(const Principal& who, const std::string& upload_id);

    // An attachment for `who` (null: a visitor): visible exactly when its
    // report is, and for the public only the published answer's files; not
    // yet in a report, only to the person who uploaded it. 404 otherwise.
    Result<Download> open(const Principal* who, std::int64_t id);

    // Path of the stored bytes of an attachment.
    std::string path_of(const std::string& sha256) const;
    // Removes chunked uploads idle for a day and unlinked attachments older
    // than a week (forms never sent), with their files when unused.
    int cleanup();

private:
    Result<AttachmentInfo> finish(const Principal& who, const std::string& temp_path, std::string_view name,
                                  std::int64_t size);
    // 507 storage_low when writing `incoming` more bytes would leave less
    // free space than the floor.
    std::optional<ApiError> below_floor(std::int64_t incoming) const;
    store::Database& db_;
    const Clock& clock_;
    std::string data_dir_;
    ReportService& reports_;
    UploadLimits limits_;
};

}  // namespace pakn::server::services

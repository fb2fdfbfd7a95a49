// Attachments: files uploaded straight from the browser (raw body, or in
// chunks for large videos), typed by their bytes, stored content-addressed
// under <data-dir>/files/ab/cd/<sha256>, and served only to people allowed
// to see the report. A refused or interrupted upload leaves nothing behind.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "http/router.h"
#include "pakn/errors.h"
#include "services/clock.h"
#include "store/reports_store.h"

namespace pakn::server::store {
class Database;
}

namespace pakn::server::services {

struct UploadStarted {
    std::string upload_id;
    std::int64_t chunk_size = 0;
};

class AttachmentService {
public:
    AttachmentService(store::Database& db, const Clock& clock, std::string data_dir);

    // A whole file in one request body.
    Result<store::AttachmentRow> store_whole(const http::Caller& caller, std::string_view name,
                                             std::string_view bytes);
    // Chunked uploads: start (declared size checked against the limits now),
    // append chunks in order, complete (type and size decided from the bytes).
    Result<UploadStarted> start_upload(const http::Caller& caller, std::string_view name, std::int64_t size);
    Result<std::int64_t> append_chunk(const http::Caller& caller, const std::string& upload_id, std::int64_t offset,
                                      std::string_view bytes);
    Result<store::AttachmentRow> complete_upload(const http::Caller& caller, const std::string& upload_id);
    void abort_upload(const http::Caller& caller, const std::string& upload_id);

    // Path of the stored bytes of an attachment.
    std::string path_of(const std::string& sha256) const;
    // Removes chunked uploads idle for a day and unlinked attachments older
    // than a week (forms never sent), with their files when unused.
    int cleanup();

private:
    Result<store::AttachmentRow> finish(const http::Caller& caller, const std::string& temp_path,
                                        std::string_view name, std::int64_t size);
    store::Database& db_;
    const Clock& clock_;
    std::string data_dir_;
};

}  // namespace pakn::server::services

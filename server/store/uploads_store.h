// SQL for chunked uploads in progress (the bytes are in
// <data-dir>/uploads/<id>.part; the row says whose they are and how far
// they got). Runs in the caller's transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/db.h"

namespace pakn::server::store {

struct UploadRow {
    std::string id;  // 32 hex digits
    std::int64_t account_id = 0;
    std::string name;
    std::int64_t declared_size = 0;
    std::int64_t received = 0;
    std::int64_t created_at = 0, updated_at = 0;
};

void insert_upload(Connection& c, const UploadRow& u);
std::optional<UploadRow> find_upload(Connection& c, const std::string& id);
void set_upload_received(Connection& c, const std::string& id, std::int64_t received, std::int64_t now);
void delete_upload(Connection& c, const std::string& id);
// Deletes the upload only when `account_id` owns it; false when nothing was deleted.
bool delete_upload_of(Connection& c, const std::string& id, std::int64_t account_id);
// Deletes uploads idle since before `before` and returns their ids.
std::vector<std::string> delete_idle_uploads(Connection& c, std::int64_t before);

// Bytes an account holds in files no sent report carries (its upload quota):
// the declared size of its unfinished uploads (reserved when they start) and
// the size of its attachments in no report or in one of its drafts.
std::int64_t held_upload_bytes(Connection& c, std::int64_t account_id);

}  // namespace pakn::server::store

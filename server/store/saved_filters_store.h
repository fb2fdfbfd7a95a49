// SQL of the officers' saved inbox filters (Bộ lọc đã lưu). Runs in the
// caller's transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/db.h"

namespace pakn::server::store {

struct SavedFilterRow {
    std::int64_t id = 0;
    std::int64_t account_id = 0;
    std::string name, query;
    std::int64_t created_at = 0;
};

// The account's filters, by name.
std::vector<SavedFilterRow> list_saved_filters(Connection& c, std::int64_t account_id);
std::optional<SavedFilterRow> find_saved_filter(Connection& c, std::int64_t id);
std::int64_t count_saved_filters(Connection& c, std::int64_t account_id);
bool saved_filter_name_taken(Connection& c, std::int64_t account_id, const std::string& name);
std::int64_t insert_saved_filter(Connection& c, const SavedFilterRow& f);
void delete_saved_filter(Connection& c, std::int64_t id);

}  // namespace pakn::server::store

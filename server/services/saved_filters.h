// Bộ lọc đã lưu: an officer names the inbox filters they use often and
// applies them with a click. Each account has its own (no one else sees or
// deletes them), at most kMaxSavedFilters, names unique per account. The
// filter is stored as the inbox's list query, re-spelled by the shared
// parser (inbox.h), so nothing the inbox could not read is kept.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/clock.h"
#include "pakn/errors.h"
#include "pakn/inbox.h"
#include "services/principal.h"

namespace pakn::server::store {
class Database;
}

namespace pakn::server::services {

class SavedFilterService {
public:
    SavedFilterService(store::Database& db, const Clock& clock);

    // The caller's filters, by name; 403 for a non-officer.
    Result<std::vector<SavedFilter>> mine(const Principal& who);
    // 422 with field errors: the form's (clean(SavedFilterForm)), name
    // "saved_filter_name_taken", name "too_many_saved_filters".
    Result<SavedFilter> create(const Principal& who, const SavedFilterForm& form);
    // 404 unless it is the caller's own; nullopt when deleted.
    std::optional<ApiError> remove(const Principal& who, std::int64_t id);

private:
    store::Database& db_;
    const Clock& clock_;
};

}  // namespace pakn::server::services

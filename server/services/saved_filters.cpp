#include "services/saved_filters.h"

#include "store/db.h"
#include "store/saved_filters_store.h"

namespace pakn::server::services {
namespace {

using store::Connection;
using store::SavedFilterRow;

SavedFilter to_dto(const SavedFilterRow& r) {
    SavedFilter f;
    f.id = r.id;
    f.name = r.name;
    f.query = r.query;
    f.created_at = r.created_at;
    return f;
}

template <typename T>
Result<T> fail(ApiError e) {
    return Result<T>::failure(std::move(e));
}

}  // namespace

SavedFilterService::SavedFilterService(store::Database& db, const Clock& clock) : db_(db), clock_(clock) {}

Result<std::vector<SavedFilter>> SavedFilterService::mine(const Principal& who) {
    if (!who.officer()) return fail<std::vector<SavedFilter>>(api_error(403, "forbidden"));
    const auto rows = db_.read([&](Connection& c) { return store::list_saved_filters(c, who.account_id); });
    std::vector<SavedFilter> out;
    out.reserve(rows.size());
    for (const auto& r : rows)
        out.push_back(to_dto(r));
    return Result<std::vector<SavedFilter>>::success(std::move(out));
}

Result<SavedFilter> SavedFilterService::create(const Principal& who, const SavedFilterForm& form) {
    if (!who.officer()) return fail<SavedFilter>(api_error(403, "forbidden"));
    auto v = clean(form);
    if (!v) return fail<SavedFilter>(validation_failed(std::move(v.errors)));
    const auto now = clock_.now();
    std::optional<SavedFilter> saved;
    auto refused = db_.attempt([&](Connection& c) -> std::optional<ApiError> {
        if (store::saved_filter_name_taken(c, who.account_id, v.value.name))
            return validation_failed({field_error("name", "saved_filter_name_taken")});
        if (store::count_saved_filters(c, who.account_id) >= static_cast<std::int64_t>(kMaxSavedFilters))
            return validation_failed({field_error("name", "too_many_saved_filters")});
        SavedFilterRow r;
        r.account_id = who.account_id;
        r.name = v.value.name;
        r.query = v.value.query;
        r.created_at = now;
        r.id = store::insert_saved_filter(c, r);
        saved = to_dto(r);
        return std::nullopt;
    });
    if (refused) return fail<SavedFilter>(std::move(*refused));
    return Result<SavedFilter>::success(std::move(*saved));
}

std::optional<ApiError> SavedFilterService::remove(const Principal& who, std::int64_t id) {
    return db_.attempt([&](Connection& c) -> std::optional<ApiError> {
        auto f = store::find_saved_filter(c, id);
        // Another officer's filter does not exist for the caller.
        if (!f || f->account_id != who.account_id) return api_error(404, "not_found");
        store::delete_saved_filter(c, id);
        return std::nullopt;
    });
}

}  // namespace pakn::server::services

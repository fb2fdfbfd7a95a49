#include "store/saved_filters_store.h"

namespace pakn::server::store {
namespace {

constexpr const char* kFilterSelect = "SELECT id, account_id, name, query, created_at FROM saved_filters ";

SavedFilterRow read_filter(const Statement& s) {
    SavedFilterRow f;
    f.id = s.int64(0);
    f.account_id = s.int64(1);
    f.name = s.text(2);
    f.query = s.text(3);
    f.created_at = s.int64(4);
    return f;
}

}  // namespace

std::vector<SavedFilterRow> list_saved_filters(Connection& c, std::int64_t account_id) {
    auto st = c.prepare(std::string(kFilterSelect) + "WHERE account_id = ? ORDER BY name, id LIMIT 1000");
    st.bind_all(account_id);
    std::vector<SavedFilterRow> out;
    while (st.step())
        out.push_back(read_filter(st));
    st.reset();
    return out;
}

std::optional<SavedFilterRow> find_saved_filter(Connection& c, std::int64_t id) {
    auto st = c.prepare(std::string(kFilterSelect) + "WHERE id = ?");
    st.bind_all(id);
    std::optional<SavedFilterRow> out;
    if (st.step()) out = read_filter(st);
    st.reset();
    return out;
}

std::int64_t count_saved_filters(Connection& c, std::int64_t account_id) {
    auto st = c.prepare("SELECT COUNT(*) FROM saved_filters WHERE account_id = ?");
    st.bind_all(account_id);
    const std::int64_t n = st.step() ? st.int64(0) : 0;
    st.reset();
    return n;
}

bool saved_filter_name_taken(Connection& c, std::int64_t account_id, const std::string& name) {
    auto st = c.prepare("SELECT 1 FROM saved_filters WHERE account_id = ? AND name = ?");
    st.bind_all(account_id, name);
    const bool taken = st.step();
    st.reset();
    return taken;
}

std::int64_t insert_saved_filter(Connection& c, const SavedFilterRow& f) {
    c.prepare("INSERT INTO saved_filters(account_id, name, query, created_at) VALUES (?,?,?,?)")
        .bind_all(f.account_id, f.name, f.query, f.created_at)
        .run();
    return c.last_insert_id();
}

void delete_saved_filter(Connection& c, std::int64_t id) {
    c.prepare("DELETE FROM saved_filters WHERE id = ?").bind_all(id).run();
}

}  // namespace pakn::server::store

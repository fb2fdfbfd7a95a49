#include "store/stats_store.h"

namespace pakn::server::store {
namespace {

std::string_view view_text(const Statement& st, int col) {
    const auto* p = sqlite3_column_text(st.raw(), col);
    const int n = sqlite3_column_bytes(st.raw(), col);
    return p ? std::string_view(reinterpret_cast<const char*>(p), static_cast<std::size_t>(n)) : std::string_view();
}

}  // namespace

void for_each_stat_cell(Connection& c, StatTable table, const std::string& lo, const std::string& hi,
                        const std::string& category, std::optional<int> dim,
                        const std::function<void(const StatCellView&)>& fn) {
    const bool all = table == StatTable::month_all || table == StatTable::day_all;
    std::string sql = all ? "SELECT period, '', dim, key, " : "SELECT period, category, dim, key, ";
    sql += "received, resolved, on_time, handling_seconds, very_satisfied, satisfied, not_satisfied, dissatisfied FROM ";
    switch (table) {
        case StatTable::month: sql += "stat_month"; break;
        case StatTable::day: sql += "stat_day"; break;
        case StatTable::month_all: sql += "stat_month_all"; break;
        case StatTable::day_all: sql += "stat_day_all"; break;
    }
    // Per-category tables are keyed (category, period, ...): one seek, one range.
    sql += all ? " WHERE period BETWEEN ?1 AND ?2" : " WHERE category = ?3 AND period BETWEEN ?1 AND ?2";
    if (dim) sql += " AND dim = ?4";
    auto st = c.prepare(sql);
    st.bind(1, lo);
    st.bind(2, hi);
    if (!all) st.bind(3, category);
    if (dim) st.bind(4, *dim);
    StatCellView v;
    while (st.step()) {
        v.received = st.int64(4);
        // A row whose reports all moved on counts nothing (every contribution
        // carries received = ±1, so received 0 means every column is 0).
        if (v.received == 0) continue;
        v.resolved = st.int64(5);
        v.on_time = st.int64(6);
        v.handling_seconds = st.int64(7);
        v.very_satisfied = st.int64(8);
        v.satisfied = st.int64(9);
        v.not_satisfied = st.int64(10);
        v.dissatisfied = st.int64(11);
        v.period = view_text(st, 0);
        v.category = view_text(st, 1);
        v.dim = st.integer(2);
        v.key = view_text(st, 3);
        fn(v);
    }
    st.reset();
}

std::map<std::string, std::string, std::less<>> category_names(Connection& c) {
    std::map<std::string, std::string, std::less<>> out;
    auto st = c.prepare("SELECT code, name FROM categories");
    while (st.step())
        out.emplace(st.text(0), st.text(1));
    st.reset();
    return out;
}

std::map<std::string, std::string, std::less<>> unit_names(Connection& c) {
    std::map<std::string, std::string, std::less<>> out;
    auto st = c.prepare("SELECT id, name FROM units");
    while (st.step())
        out.emplace(std::to_string(st.int64(0)), st.text(1));
    st.reset();
    return out;
}

std::vector<MapPointRow> map_points(Connection& c, std::optional<std::int64_t> from,
                                    std::optional<std::int64_t> to_exclusive,
                                    const std::optional<std::string>& category, int limit) {
    // Conditions are added only when given, so SQLite can walk the partial
    // index reports_map_points(_category) newest first and stop at `limit`.
    // INDEXED BY: left to itself the planner may prefer reports_submitted for
    // a date range and walk every report of the range (measured: 0.2-0.5 s
    // for two months at 1M reports) instead of the few published ones.
    std::string sql = "SELECT id, COALESCE(code,''), lat, lon, status, COALESCE(category_code,''), title, public_title FROM reports ";
    sql +=
        category && !category->empty() ? "INDEXED BY reports_map_points_category " : "INDEXED BY reports_map_points ";
    sql += "WHERE is_published = 1 AND lat IS NOT NULL";
    if (category) sql += category->empty() ? " AND category_code IS NULL" : " AND category_code = ?3";
    if (from) sql += " AND submitted_at >= ?1";
    if (to_exclusive) sql += " AND submitted_at < ?2";
    sql += " ORDER BY submitted_at DESC, id DESC LIMIT ?4";
    auto st = c.prepare(sql);
    if (from) st.bind(1, *from);
    if (to_exclusive) st.bind(2, *to_exclusive);
    if (category && !category->empty()) st.bind(3, *category);
    st.bind(4, static_cast<std::int64_t>(limit));
    std::vector<MapPointRow> out;
    while (st.step())
        out.push_back({st.int64(0), st.text(1), st.real(2), st.real(3), st.text(4), st.text(5), st.text(6), st.opt_text(7)});
    st.reset();
    return out;
}

}  // namespace pakn::server::store

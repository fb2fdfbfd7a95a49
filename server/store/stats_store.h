// SQL of the public statistics: the trigger-maintained projections of
// 0004_stats.sql, the reference names that label them, and the points of
// the public map. Reads only: the triggers write.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "store/db.h"

namespace pakn::server::store {

// Which projection table: whole months ('YYYY-MM') or days ('YYYY-MM-DD'),
// per category or all categories together.
enum class StatTable { month, day, month_all, day_all };

// Projection dimensions (the `dim` column).
inline constexpr int kStatDimStatus = 0;
inline constexpr int kStatDimUnit = 1;
inline constexpr int kStatDimCommune = 2;
inline constexpr int kStatDimCategory = 3;  // the "all" tables only

// One row as read; the views point into SQLite's buffer and live until the
// callback returns.
struct StatCellView {
    std::string_view period;
    std::string_view category;  // "" when the report has none (or an "all" table)
    int dim = 0;
    std::string_view key;  // status / unit id / commune code; "" when none
    std::int64_t received = 0, resolved = 0, on_time = 0, handling_seconds = 0;
    std::int64_t very_satisfied = 0, satisfied = 0, not_satisfied = 0, dissatisfied = 0;
};

// Calls `fn` for every row of `table` with lo <= period <= hi (and the
// dimension, when given) that still counts something, in key order. The
// per-category tables need `category` ("" = the reports without one); the
// "all" tables ignore it and report category "".
void for_each_stat_cell(Connection& c, StatTable table, const std::string& lo, const std::string& hi,
                        const std::string& category, std::optional<int> dim,
                        const std::function<void(const StatCellView&)>& fn);

// Code -> name of every category; id -> name of every unit (inactive too:
// old reports keep their labels).
std::map<std::string, std::string, std::less<>> category_names(Connection& c);
std::map<std::string, std::string, std::less<>> unit_names(Connection& c);

// A published report with coordinates, for the map.
struct MapPointRow {
    std::int64_t id = 0;
    std::string code;
    double lat = 0, lon = 0;
    std::string status, category_code, title;
    std::optional<std::string> public_title;  // set by publishing (migration 0010)
};
// Newest first (by submission), within [from, to_exclusive) on submitted_at
// and the category when given ("" = without one); at most `limit`. Only
// published reports.
std::vector<MapPointRow> map_points(Connection& c, std::optional<std::int64_t> from,
                                    std::optional<std::int64_t> to_exclusive,
                                    const std::optional<std::string>& category, int limit);

}  // namespace pakn::server::store

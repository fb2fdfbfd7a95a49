// Public statistics (Thống kê) and the map, read from the trigger-kept
// projections of 0004_stats.sql: a request reads a few thousand aggregate
// rows, never the reports themselves.
//
// Date ranges are exact to the day: whole months inside the range come from
// the monthly table, the days of a partly covered month from the daily one
// (or, when that is fewer rows, the whole month minus the days outside).
// Dates are Vietnam calendar days of submission (submitted_at, UTC+7).
// Without a category filter the tables of all categories are read; with
// one, that category's rows. Measured at 1,000,000 seeded reports: 0.4-3.5
// ms of CPU per request (the worst: a range cut inside months at both ends).
#pragma once

#include <optional>
#include <string>

#include "pakn/calendar.h"
#include "pakn/dto.h"
#include "pakn/dto_map.h"

namespace pakn::server::store {
class Database;
}

namespace pakn::server::services {

struct StatsFilter {
    std::optional<Date> from;  // inclusive
    std::optional<Date> to;    // inclusive
    std::string category;      // "" = all; kNoCategoryKey = reports without a category
};

// Key of the rows for reports without a category / commune (never a real
// code: codes do not start with "_" in the seeded data, and the key is only
// used in statistics rows).
inline constexpr std::string_view kNoCategoryKey = "_none";
inline constexpr std::string_view kNoCommuneKey = "_none";

class StatsService {
public:
    explicit StatsService(store::Database& db);

    // GET /public/stats. Totals and rows as dto.h Stats describes:
    // by_status has every status but draft (zeros included), in workflow
    // order, and sums to totals.received; by_category and by_commune hold
    // the non-zero rows (reports without one under "_none"), largest first,
    // and also sum to received; by_unit ranks the lead units by on-time rate
    // (units with nothing resolved last), unassigned reports left out;
    // by_month runs without gaps from the first to the last month with
    // reports; satisfaction has the four levels, best first.
    // avg_handling_hours: elapsed hours from submission to the approved
    // answer (calendar time, as the public measures it).
    Stats stats(const StatsFilter& f);

    // GET /public/map: every commune with its counts under the same filter,
    // the imported boundaries (when `with_shapes` and imported) and the
    // newest published reports with coordinates (at most kMaxMapPoints).
    MapData map(const StatsFilter& f, bool with_shapes);

private:
    store::Database& db_;
};

}  // namespace pakn::server::services

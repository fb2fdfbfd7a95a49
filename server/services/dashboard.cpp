#include "services/dashboard.h"

#include "store/dashboard_store.h"
#include "store/db.h"
#include "store/reports_store.h"

namespace pakn::server::services {
namespace {

DashboardMonth month_figures(store::Connection& c, const store::DashboardScope& scope, const MonthSpan& m) {
    const auto answers = store::count_answers(c, scope, m.start, m.end);
    DashboardMonth out;
    out.month = month_key(m);
    out.resolved = answers.resolved;
    out.on_time = answers.on_time;
    out.on_time_rate = on_time_rate(answers.resolved, answers.on_time);
    return out;
}

}  // namespace

DashboardService::DashboardService(store::Database& db, const Clock& clock) : db_(db), clock_(clock) {}

Result<UnitDashboard> DashboardService::build(const Principal& who, std::optional<std::int64_t> unit) const {
    if (!who.officer()) return Result<UnitDashboard>::failure(api_error(403, "forbidden"));
    store::DashboardScope scope;
    UnitDashboard d;
    // The center's roles see every report (as in the inbox).
    if (who.sees_all_reports()) {
        d.scope = "all";
        scope.unit_id = unit;
        // Narrowed to one unit, the center looks at what that unit leads.
        scope.lead_only = unit.has_value();
    } else {
        if (!who.unit_id || (unit && *unit != *who.unit_id))
            return Result<UnitDashboard>::failure(api_error(403, "forbidden"));
        d.scope = "unit";
        scope.unit_id = who.unit_id;
    }
    const auto now = clock_.now();
    auto missing_unit = db_.read([&](store::Connection& c) {
        if (scope.unit_id) {
            auto name = store::unit_name(c, *scope.unit_id);
            if (!name) return true;
            d.unit_id = scope.unit_id;
            d.unit_name = *name;
        }
        const auto counts = store::count_by_status(c, scope);
        for (Status s : kAllStatuses) {
            if (!visible_to_officers(s)) continue;
            StatRow row;
            row.key = std::string(to_string(s));
            row.label = std::string(label(s));
            for (const auto& sc : counts)
                if (sc.status == row.key) row.count = sc.count;
            d.total += row.count;
            if (is_open(s)) d.open += row.count;
            d.by_status.push_back(std::move(row));
        }
        d.overdue = store::count_overdue(c, scope, now);
        // "Đang trong thời hạn xử lý": the open reports whose deadline has
        // not passed (overdue ones are a subset of the open ones).
        d.within_deadline = d.open - d.overdue;
        d.this_month = month_figures(c, scope, month_span(now, 0));
        d.last_month = month_figures(c, scope, month_span(now, -1));
        for (auto& cat : store::count_by_category(c, scope, now)) {
            DashboardCategory row;
            row.code = cat.code;
            row.name = cat.name;  // "" for unclassified reports: the screen names them
            row.total = cat.total;
            row.open = cat.open;
            row.overdue = cat.overdue;
            row.resolved = cat.resolved;
            d.by_category.push_back(std::move(row));
        }
        return false;
    });
    if (missing_unit) return Result<UnitDashboard>::failure(validation_failed({field_error("unit", "unknown_unit")}));
    d.generated_at = now;
    return Result<UnitDashboard>::success(std::move(d));
}

}  // namespace pakn::server::services

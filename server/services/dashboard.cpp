#include "services/dashboard.h"

#include "store/assistant_store.h"
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

// The period asked for, as days and as [start, end) instants: from the first
// of this month to today unless the query names its ends.
struct Period {
    Date from, to;
    UnixSeconds start = 0, end = 0;
};
Period period_of(const ListQuery& q, UnixSeconds now) {
    const Date today = local_date(now);
    Period p;
    p.to = q.to.value_or(today);
    p.from = q.from.value_or(Date{p.to.year, p.to.month, 1});
    p.start = start_of_day(p.from);
    p.end = start_of_day(add_days(p.to, 1));
    return p;
}

}  // namespace

DashboardService::DashboardService(store::Database& db, const Clock& clock) : db_(db), clock_(clock) {}

Result<UnitDashboard> DashboardService::build(const Principal& who, const ListQuery& q) const {
    const std::optional<std::int64_t> unit = q.unit;
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
    const Period period = period_of(q, now);
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
        d.period.from = format_date(period.from);
        d.period.to = format_date(period.to);
        d.period.received = store::count_received(c, scope, period.start, period.end);
        const auto answers = store::count_answers(c, scope, period.start, period.end);
        d.period.resolved = answers.resolved;
        d.period.on_time = answers.on_time;
        d.period.on_time_rate = on_time_rate(answers.resolved, answers.on_time);
        if (!scope.unit_id) {
            // Theo đơn vị: the whole province's view.
            for (auto& u : store::count_by_unit(c, now, period.start, period.end))
                d.by_unit.push_back(DashboardUnitRow{u.unit_id, std::move(u.name), u.received, u.resolved, u.on_time,
                                                     on_time_rate(u.resolved, u.on_time), u.open, u.overdue});
            // Hỗ trợ trực tuyến: the assistant serves the province, not a unit.
            const auto a = store::assistant_counts(c, d.period.from, d.period.to);
            d.assistant = DashboardAssistant{a.asked, a.answered, a.offered, a.unanswered};
        } else {
            // Theo cán bộ: every active officer of the unit (zeros included,
            // so an idle colleague shows), then anyone else still holding its
            // reports (disabled or moved), then what nobody was given yet.
            auto held = store::count_by_handler(c, *scope.unit_id, now, period.start, period.end);
            auto row_of = [](std::int64_t id, std::string name, const store::HandlerCounts* h) {
                DashboardHandlerRow row;
                row.officer_id = id;
                row.name = std::move(name);
                if (h) {
                    row.open = h->open;
                    row.overdue = h->overdue;
                    row.resolved = h->resolved;
                    row.on_time = h->on_time;
                    row.on_time_rate = on_time_rate(h->resolved, h->on_time);
                }
                return row;
            };
            auto take = [&](std::int64_t id) -> std::optional<store::HandlerCounts> {
                for (auto it = held.begin(); it != held.end(); ++it)
                    if (it->officer_id == id) {
                        auto h = std::move(*it);
                        held.erase(it);
                        return h;
                    }
                return std::nullopt;
            };
            for (const auto& o : store::unit_officers(c, *scope.unit_id)) {
                const auto h = take(o.id);
                d.by_handler.push_back(row_of(o.id, o.full_name, h ? &*h : nullptr));
            }
            const auto nobody = take(0);
            for (auto& h : held) d.by_handler.push_back(row_of(h.officer_id, h.name, &h));
            if (nobody) d.by_handler.push_back(row_of(0, "", &*nobody));
        }
        return false;
    });
    if (missing_unit) return Result<UnitDashboard>::failure(validation_failed({field_error("unit", "unknown_unit")}));
    d.generated_at = now;
    return Result<UnitDashboard>::success(std::move(d));
}

}  // namespace pakn::server::services

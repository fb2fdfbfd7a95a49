// [SECTION] index: rates, field lists (see dto_fields.h).
#include "pakn/dto_dashboard.h"

#include "dto_fields.h"

namespace pakn {

// [SECTION] rates

std::optional<double> on_time_rate(std::int64_t resolved, std::int64_t on_time) noexcept {
    if (resolved <= 0) return std::nullopt;
    return static_cast<double>(on_time) / static_cast<double>(resolved);
}

// [SECTION] field lists

namespace {

template <typename IO, typename V>
void fields_DashboardMonth(IO& io, V& v) {
    io.req("month", v.month);
    io.req("resolved", v.resolved);
    io.req("on_time", v.on_time);
    io.opt("on_time_rate", v.on_time_rate);
}

template <typename IO, typename V>
void fields_DashboardCategory(IO& io, V& v) {
    // "" is a real code here (reports nobody classified), so it is always sent.
    io.opt_keep_empty("code", v.code);
    io.opt("name", v.name);
    io.req("total", v.total);
    io.req("open", v.open);
    io.req("overdue", v.overdue);
    io.req("resolved", v.resolved);
}

template <typename IO, typename V>
void fields_DashboardPeriod(IO& io, V& v) {
    io.req("from", v.from);
    io.req("to", v.to);
    io.req("received", v.received);
    io.req("resolved", v.resolved);
    io.req("on_time", v.on_time);
    io.opt("on_time_rate", v.on_time_rate);
}

template <typename IO, typename V>
void fields_DashboardUnitRow(IO& io, V& v) {
    io.req("unit_id", v.unit_id);
    io.req("name", v.name);
    io.req("received", v.received);
    io.req("resolved", v.resolved);
    io.req("on_time", v.on_time);
    io.opt("on_time_rate", v.on_time_rate);
    io.req("open", v.open);
    io.req("overdue", v.overdue);
}

template <typename IO, typename V>
void fields_DashboardHandlerRow(IO& io, V& v) {
    // officer_id 0 (nobody yet) is a real row, so it is always sent.
    io.req("officer_id", v.officer_id);
    io.opt("name", v.name);
    io.req("open", v.open);
    io.req("overdue", v.overdue);
    io.req("resolved", v.resolved);
    io.req("on_time", v.on_time);
    io.opt("on_time_rate", v.on_time_rate);
}

template <typename IO, typename V>
void fields_DashboardAssistant(IO& io, V& v) {
    io.req("asked", v.asked);
    io.req("answered", v.answered);
    io.req("offered", v.offered);
    io.req("unanswered", v.unanswered);
}

template <typename IO, typename V>
void fields_UnitDashboard(IO& io, V& v) {
    io.req("scope", v.scope);
    io.opt("unit_id", v.unit_id);
    io.opt("unit_name", v.unit_name);
    io.req("total", v.total);
    io.req("open", v.open);
    io.req("overdue", v.overdue);
    io.opt("within_deadline", v.within_deadline);
    io.list("by_status", v.by_status, true);
    io.object("this_month", v.this_month, true);
    io.object("last_month", v.last_month, true);
    io.list("by_category", v.by_category, true);
    io.object("period", v.period, true);
    io.list("by_unit", v.by_unit, true);
    io.list("by_handler", v.by_handler, true);
    io.object("assistant", v.assistant);
    io.req_time("generated_at", v.generated_at);
}

}  // namespace

PAKN_JSON_VIA_FIELDS(DashboardMonth)
PAKN_JSON_VIA_FIELDS(DashboardCategory)
PAKN_JSON_VIA_FIELDS(DashboardPeriod)
PAKN_JSON_VIA_FIELDS(DashboardUnitRow)
PAKN_JSON_VIA_FIELDS(DashboardHandlerRow)
PAKN_JSON_VIA_FIELDS(DashboardAssistant)
PAKN_JSON_VIA_FIELDS(UnitDashboard)

}  // namespace pakn

#include "pakn/dashboard.h"

#include <cstdio>

namespace pakn {

// [SECTION] months

MonthSpan month_span(UnixSeconds now, int offset) noexcept {
    const Date today = local_date(now);
    // Months since year 0, moved by `offset`, back to (year, month).
    const std::int64_t index = static_cast<std::int64_t>(today.year) * 12 + (today.month - 1) + offset;
    MonthSpan m;
    m.year = static_cast<int>(index / 12);
    m.month = static_cast<int>(index % 12) + 1;
    m.start = start_of_day(Date{m.year, m.month, 1});
    const int next_year = m.month == 12 ? m.year + 1 : m.year;
    const int next_month = m.month == 12 ? 1 : m.month + 1;
    m.end = start_of_day(Date{next_year, next_month, 1});
    return m;
}

std::string month_key(const MonthSpan& m) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d", m.year, m.month);
    return buf;
}

std::optional<double> on_time_rate(std::int64_t resolved, std::int64_t on_time) noexcept {
    if (resolved <= 0) return std::nullopt;
    return static_cast<double>(on_time) / static_cast<double>(resolved);
}

// [SECTION] to_json / from_json: written out by hand like api_extra.cpp; the
// reader is dto.h's ObjectReader, so decoding is as strict as every DTO's.

void to_json(nlohmann::json& j, const DashboardMonth& v) {
    j = nlohmann::json::object();
    j["month"] = v.month;
    j["resolved"] = v.resolved;
    j["on_time"] = v.on_time;
    if (v.on_time_rate) j["on_time_rate"] = *v.on_time_rate;
}

void from_json(const nlohmann::json& j, DashboardMonth& v, FieldErrors& errors, const std::string& path) {
    ObjectReader r(j, path, errors);
    if (!r.is_object()) return;
    r.req("month", v.month);
    r.req("resolved", v.resolved);
    r.req("on_time", v.on_time);
    r.opt("on_time_rate", v.on_time_rate);
    r.finish();
}

void to_json(nlohmann::json& j, const DashboardCategory& v) {
    j = nlohmann::json::object();
    j["code"] = v.code;
    if (!v.name.empty()) j["name"] = v.name;
    j["total"] = v.total;
    j["open"] = v.open;
    j["overdue"] = v.overdue;
    j["resolved"] = v.resolved;
}

void from_json(const nlohmann::json& j, DashboardCategory& v, FieldErrors& errors, const std::string& path) {
    ObjectReader r(j, path, errors);
    if (!r.is_object()) return;
    // "" is a real code here (reports nobody classified), so it is always sent.
    r.opt("code", v.code);
    r.opt("name", v.name);
    r.req("total", v.total);
    r.req("open", v.open);
    r.req("overdue", v.overdue);
    r.req("resolved", v.resolved);
    r.finish();
}

void to_json(nlohmann::json& j, const UnitDashboard& v) {
    j = nlohmann::json::object();
    j["scope"] = v.scope;
    if (v.unit_id) j["unit_id"] = *v.unit_id;
    if (!v.unit_name.empty()) j["unit_name"] = v.unit_name;
    j["total"] = v.total;
    j["open"] = v.open;
    j["overdue"] = v.overdue;
    nlohmann::json statuses = nlohmann::json::array();
    for (const auto& row : v.by_status) {
        nlohmann::json one;
        to_json(one, row);
        statuses.push_back(std::move(one));
    }
    j["by_status"] = std::move(statuses);
    to_json(j["this_month"], v.this_month);
    to_json(j["last_month"], v.last_month);
    nlohmann::json categories = nlohmann::json::array();
    for (const auto& row : v.by_category) {
        nlohmann::json one;
        to_json(one, row);
        categories.push_back(std::move(one));
    }
    j["by_category"] = std::move(categories);
    j["generated_at"] = format_iso8601(v.generated_at);
}

void from_json(const nlohmann::json& j, UnitDashboard& v, FieldErrors& errors, const std::string& path) {
    ObjectReader r(j, path, errors);
    if (!r.is_object()) return;
    r.req("scope", v.scope);
    r.opt("unit_id", v.unit_id);
    r.opt("unit_name", v.unit_name);
    r.req("total", v.total);
    r.req("open", v.open);
    r.req("overdue", v.overdue);
    r.list("by_status", v.by_status, true);
    r.object("this_month", v.this_month, true);
    r.object("last_month", v.last_month, true);
    r.list("by_category", v.by_category, true);
    r.req_time("generated_at", v.generated_at);
    r.finish();
}

}  // namespace pakn

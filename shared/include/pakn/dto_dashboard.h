// The officers' unit dashboard (Thống kê đơn vị, GET /api/v1/officer/dashboard):
// what a unit holds now (by status, open, overdue), how punctually it
// answered this month and last month, and the same per category. The server
// counts; the browser only draws. Same wire rules as dto.h.
//
// [SECTION] index: rates, DTOs, to_json / from_json.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "pakn/calendar.h"
#include "pakn/dto.h"

namespace pakn {

// [SECTION] rates -------------------------------------------------------------------

// on_time / resolved, or nullopt when nothing was resolved (no rate, not 0 %).
std::optional<double> on_time_rate(std::int64_t resolved, std::int64_t on_time) noexcept;

// [SECTION] DTOs -------------------------------------------------------------------

// Answers approved in one month. Required: month, resolved, on_time.
struct DashboardMonth {
    std::string month;                   // "2026-11"
    std::int64_t resolved = 0;           // answers the unit lead approved in the month
    std::int64_t on_time = 0;            // of which no later than the answer deadline
    std::optional<double> on_time_rate;  // 0..1; absent when resolved == 0

    bool operator==(const DashboardMonth&) const = default;
};

// One category (Lĩnh vực) of the unit's reports. Required: the counts; code
// is always sent ("" with no name for reports nobody classified yet).
struct DashboardCategory {
    std::string code;
    std::string name;
    std::int64_t total = 0;     // every report in scope
    std::int64_t open = 0;      // a deadline runs (is_open)
    std::int64_t overdue = 0;   // open and past its deadline
    std::int64_t resolved = 0;  // answered (resolved_at set)

    bool operator==(const DashboardCategory&) const = default;
};

// The chosen date range (Vietnam days, both ends included; this month so far
// unless asked). Required: from, to and the counts.
struct DashboardPeriod {
    std::string from;                    // "2026-11-01"
    std::string to;                      // "2026-11-30"
    std::int64_t received = 0;           // reports sent in the range
    std::int64_t resolved = 0;           // answers approved in the range
    std::int64_t on_time = 0;            // of which by the answer deadline
    std::optional<double> on_time_rate;  // absent when resolved == 0

    bool operator==(const DashboardPeriod&) const = default;
};

// Theo đơn vị: one lead unit's figures (the center's and leaders' view).
// Required: unit_id, name and the counts.
struct DashboardUnitRow {
    std::int64_t unit_id = 0;
    std::string name;
    std::int64_t received = 0;  // sent in the range, led by the unit
    std::int64_t resolved = 0;  // answered in the range
    std::int64_t on_time = 0;
    std::optional<double> on_time_rate;
    std::int64_t open = 0;     // now
    std::int64_t overdue = 0;  // now

    bool operator==(const DashboardUnitRow&) const = default;
};

// Theo cán bộ: one officer's share of a unit's reports (officer_id 0: the
// reports nobody was given yet, "Chưa phân công"). Required: all but the rate.
struct DashboardHandlerRow {
    std::int64_t officer_id = 0;
    std::string name;
    std::int64_t open = 0;      // given to them and open now
    std::int64_t overdue = 0;   // of which past the deadline
    std::int64_t resolved = 0;  // answered in the range
    std::int64_t on_time = 0;
    std::optional<double> on_time_rate;

    bool operator==(const DashboardHandlerRow&) const = default;
};

// Hỗ trợ trực tuyến: how the help assistant's questions went in the period.
// answered: an entry's answer, a tracking code's status or a report started;
// offered: entries to choose from; unanswered: nothing fitted (listed for
// the admin). asked = the three together. Required: all.
struct DashboardAssistant {
    std::int64_t asked = 0;
    std::int64_t answered = 0;
    std::int64_t offered = 0;
    std::int64_t unanswered = 0;

    bool operator==(const DashboardAssistant&) const = default;
};

// The whole dashboard. scope "unit": reports the unit leads or co-handles
// (answers: the ones it led); scope "all": every report officers may see
// (the center and provincial leadership), optionally one lead unit's.
struct UnitDashboard {
    std::string scope;  // "unit" | "all"
    std::optional<std::int64_t> unit_id;
    std::string unit_name;
    std::int64_t total = 0;
    std::int64_t open = 0;              // a deadline runs (is_open)
    std::int64_t overdue = 0;           // open and past its deadline
    std::int64_t within_deadline = 0;   // open and not overdue: open - overdue
    // One row per status officers see (every one, zeros included, in
    // workflow order): key = wire spelling, label = Vietnamese, count.
    std::vector<StatRow> by_status;
    DashboardMonth this_month;
    DashboardMonth last_month;
    std::vector<DashboardCategory> by_category;  // most reports first
    DashboardPeriod period;
    std::vector<DashboardUnitRow> by_unit;        // scope "all" without a unit: most received first
    std::vector<DashboardHandlerRow> by_handler;  // one unit's view: every active officer, then "Chưa phân công"
    std::optional<DashboardAssistant> assistant;  // scope "all" without a unit: the period's
    UnixSeconds generated_at = 0;

    bool operator==(const UnitDashboard&) const = default;
};

// [SECTION] to_json / from_json -------------------------------------------------------

void to_json(nlohmann::json& j, const DashboardMonth& v);
void from_json(const nlohmann::json& j, DashboardMonth& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const DashboardCategory& v);
void from_json(const nlohmann::json& j, DashboardCategory& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const DashboardPeriod& v);
void from_json(const nlohmann::json& j, DashboardPeriod& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const DashboardUnitRow& v);
void from_json(const nlohmann::json& j, DashboardUnitRow& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const DashboardHandlerRow& v);
void from_json(const nlohmann::json& j, DashboardHandlerRow& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const DashboardAssistant& v);
void from_json(const nlohmann::json& j, DashboardAssistant& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const UnitDashboard& v);
void from_json(const nlohmann::json& j, UnitDashboard& v, FieldErrors& errors, const std::string& path = {});

}  // namespace pakn

// The history view (Lịch sử thao tác, GET /api/v1/officer/history): who did
// what on a report and in administration, read from the reports' timelines
// and the audit log, newest first. Same wire rules as dto.h.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "pakn/calendar.h"
#include "pakn/dto.h"
#include "pakn/forms.h"
#include "pakn/history.h"
#include "pakn/url.h"

namespace pakn {

// One entry. Required: id, at, kind, action, action_label, actor_name.
struct HistoryEntry {
    std::string id;  // "e12": a workflow step; "a34": an audit row (unique across both)
    UnixSeconds at = 0;
    std::string kind;          // to_string(HistoryKind)
    std::string action;        // the workflow action or the audit code
    std::string action_label;  // Vietnamese
    std::string actor_name;    // "Hệ thống" for automatic steps; citizens are not named
    std::string actor_role;    // Vietnamese role label ("" when none)
    std::string actor_unit;
    std::optional<std::int64_t> report_id;
    std::string report_code;
    std::string detail;  // the step's note or the audit detail (masked where it names a citizen)
    std::string ip;      // the admin's view only

    bool operator==(const HistoryEntry&) const = default;
};

// A page of entries; `next` ("" at the end) is ?after= for the next page.
struct HistoryPage {
    std::vector<HistoryEntry> items;
    std::string next;

    bool operator==(const HistoryPage&) const = default;
};

// ?report=&actor=&kind=&from=&to=&after= of the history.
struct HistoryQuery {
    std::string report;               // a tracking code ("" any), normalized
    std::string actor;                // words of the officer's name ("" anyone), <= 100
    std::optional<HistoryKind> kind;  // one kind, or every kind
    std::optional<Date> from, to;     // days, both included
    std::string after;                // the cursor a page gave as `next`

    bool operator==(const HistoryQuery&) const = default;
};

// Codes (field = key): invalid_tracking_code (report), too_long /
// control_characters (actor), invalid_history_kind (kind), invalid_date /
// invalid_date_range (from, to), invalid_cursor (after).
Validated<HistoryQuery> parse_history_query(const QueryParams& params);
// The query string of `q` (without '?'); "" when every field is default.
std::string to_query_string(const HistoryQuery& q);

void to_json(nlohmann::json& j, const HistoryEntry& v);
void from_json(const nlohmann::json& j, HistoryEntry& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const HistoryPage& v);
void from_json(const nlohmann::json& j, HistoryPage& v, FieldErrors& errors, const std::string& path = {});

}  // namespace pakn

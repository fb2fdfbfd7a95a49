// SQL of the officers' unit dashboard: counts over the reports a unit holds
// (or all reports officers see), answers approved in a time span, and the
// same per category. Runs in the caller's (read) transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/db.h"

namespace pakn::server::store {

// Which reports are counted: every non-draft report (unit_id empty), or the
// ones `unit_id` leads or co-handles. `lead_only` narrows to the ones it leads.
struct DashboardScope {
    std::optional<std::int64_t> unit_id;
    bool lead_only = false;
};

struct StatusCount {
    std::string status;
    std::int64_t count = 0;
};

struct CategoryCounts {
    std::string code;  // "" for reports without a category
    std::string name;  // "" when code is ""
    std::int64_t total = 0, open = 0, overdue = 0, resolved = 0;
};

// Reports per status (drafts never counted).
std::vector<StatusCount> count_by_status(Connection& c, const DashboardScope& scope);
// Reports whose step deadline runs and has passed at `now`.
std::int64_t count_overdue(Connection& c, const DashboardScope& scope, std::int64_t now);

struct AnswerCounts {
    std::int64_t resolved = 0;  // answers approved in [from, to)
    std::int64_t on_time = 0;   // of which by the answer deadline (or without one)
};
// Answers approved in [from, to) by the lead unit (scope.unit_id) or anyone.
AnswerCounts count_answers(Connection& c, const DashboardScope& scope, std::int64_t from, std::int64_t to);

// Reports sent in [from, to) (submitted_at).
std::int64_t count_received(Connection& c, const DashboardScope& scope, std::int64_t from, std::int64_t to);

struct UnitCounts {
    std::int64_t unit_id = 0;
    std::string name;
    std::int64_t received = 0, resolved = 0, on_time = 0, open = 0, overdue = 0;
};
// Per lead unit: sent and answered in [from, to), open and overdue at `now`;
// most received first, then by name. Units that never led a report are absent.
std::vector<UnitCounts> count_by_unit(Connection& c, std::int64_t now, std::int64_t from, std::int64_t to);

struct HandlerCounts {
    std::int64_t officer_id = 0;  // 0: given to nobody yet
    std::string name;
    std::int64_t open = 0, overdue = 0, resolved = 0, on_time = 0;
};
// Per officer the reports `unit_id` leads were given to (assignee): open and
// overdue at `now`, answered in [from, to). Officers holding none are absent.
std::vector<HandlerCounts> count_by_handler(Connection& c, std::int64_t unit_id, std::int64_t now, std::int64_t from,
                                            std::int64_t to);

// Per category, most reports first, then by name.
std::vector<CategoryCounts> count_by_category(Connection& c, const DashboardScope& scope, std::int64_t now);

}  // namespace pakn::server::store

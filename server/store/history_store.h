// SQL of the history view (Lịch sử thao tác): the reports' timelines and
// the audit log read together, newest first, a page at a time. Runs in the
// caller's (read) transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "store/db.h"

namespace pakn::server::store {

// Where a history row comes from; the order of equal instants (events first).
enum class HistorySource { event = 0, audit = 1 };

// A place in the merged list: rows strictly after it come next (newest
// first: at descending, then source, then id descending).
struct HistoryCursor {
    std::int64_t at = 0;
    HistorySource source = HistorySource::event;
    std::int64_t id = 0;
};

struct HistoryQuery {
    // A unit lead's view: timelines of the reports the unit leads or
    // co-handles, and audit rows about those reports or by the unit's officers.
    std::optional<std::int64_t> unit_id;
    std::optional<std::int64_t> report_id;
    std::optional<std::vector<std::int64_t>> actor_ids;  // only these actors (empty: nobody)
    bool events = true;                                   // read the timelines
    std::optional<std::vector<std::string>> audit_codes;  // audit rows of these actions only (empty: none)
    std::optional<std::int64_t> from, to_exclusive;
    std::optional<HistoryCursor> after;
    int limit = 50;
};

struct HistoryRow {
    HistorySource source = HistorySource::event;
    std::int64_t id = 0;
    std::int64_t at = 0;
    std::optional<std::int64_t> actor_id;
    std::string actor_name;       // "" when nobody (the system) or the account is gone
    std::string actor_kind;       // accounts.kind: citizen | organization | officer ("" none)
    std::string actor_role;       // officers' role, or the event's actor_role
    std::string actor_unit_name;
    std::string action;           // workflow action or audit code
    std::string detail;           // the step's note, or the audit detail
    std::string ip;               // audit rows
    std::string subject;          // audit rows ("unit:4", "report:12")
    std::optional<std::int64_t> report_id;
    std::string report_code;
};

// Every officer account (active or not: the history names past staff too),
// as (id, full name).
std::vector<std::pair<std::int64_t, std::string>> officer_names(Connection& c);

// Up to q.limit rows after q.after, newest first, from both sources.
std::vector<HistoryRow> list_history(Connection& c, const HistoryQuery& q);

}  // namespace pakn::server::store

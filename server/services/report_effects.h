// What an accepted workflow step does to a report's row besides its status
// and flags: timestamps, step deadlines, the answer deadline, extensions,
// "answered on time". Pure (time and the working calendar are parameters,
// nothing is read or written), so the report service and the demo seeder's
// bulk path apply exactly the same rules; tests/server/test_seed_geo.cpp
// checks both paths leave the same reports.
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "pakn/workflow.h"
#include "services/calendar_service.h"
#include "store/reports_store.h"

namespace pakn::server::services {

// The workflow's flags as stored on a report, and back.
ReportFlags flags_of(const store::ReportRow& r);
void set_flags(store::ReportRow& r, const ReportFlags& flags);

// The reporter sent what the handling unit asked for: back in progress, the
// answer deadline moved by the time waited, the resolve step restarted.
void resume_after_information(store::ReportRow& r, UnixSeconds now, const WorkingCalendar& calendar);

// The report's priority (stored as its code; "" or unknown reads as normal).
Priority priority_of(const store::ReportRow& r);

// Starts the SLA step `step` at `now`: its deadline by the working calendar,
// never past the answer deadline; the overdue notice may fire again.
void enter_step(store::ReportRow& r, SlaStep step, UnixSeconds now, const WorkingCalendar& calendar);

// The answer deadline (SlaStep::resolve) for routing `r` at `now` with
// `priority`, by the calendar's rules for its category.
UnixSeconds answer_deadline(const store::ReportRow& r, Priority priority, UnixSeconds now,
                            const WorkingCalendar& calendar);

// The event payload the action's parameters give ({unit_id, unit_name,
// duplicate_of, reason_code, deadline, rating}); `unit_name` names p.unit_id.
nlohmann::json params_payload(const ActionParams& p, std::string_view unit_name);

// What else an applied step asks of the store, and adds to its event.
struct StepEffects {
    // Replace the report's co-handling units with these (assign, return).
    std::optional<std::vector<std::int64_t>> co_units;
    // Added to the event payload (resolve_deadline, co_unit_ids, on_time, unit_id).
    nlohmann::json payload = nlohmann::json::object();
};

// Applies `t` (apply()'s accepted transition of `action` from `from`) to `r`:
// status, flags, updated_at, then the action's own effects. The priority, if
// the step sets one, must already be on `r`.
StepEffects apply_step(store::ReportRow& r, Action action, Status from, const Transition& t, const ActionParams& p,
                       UnixSeconds now, const WorkingCalendar& calendar);

}  // namespace pakn::server::services

#include "services/report_effects.h"

#include <algorithm>

#include "pakn/calendar.h"

namespace pakn::server::services {
namespace {

bool urban_incident(const store::ReportRow& r) { return r.category_group == "urban_incident"; }

}  // namespace

ReportFlags flags_of(const store::ReportRow& r) {
    ReportFlags f;
    f.extension_pending = r.extension_pending;
    f.is_published = r.is_published;
    f.is_public_allowed = r.is_public;
    f.rated = r.rated;
    f.withdrawn = r.withdrawn;
    f.info_asked_by_unit = r.info_asked_by_unit_at.has_value();
    // Derived from the stored rating: reopen clears it with the rating.
    const auto level = parse_satisfaction(r.rating_level);
    f.rated_unsatisfied = level && is_unsatisfied(*level);
    f.reconsideration_pending = r.reconsideration_pending;
    f.reconsideration_requested = r.reconsideration_requested;
    f.merged = r.merged_into_id.has_value();
    return f;
}

void set_flags(store::ReportRow& r, const ReportFlags& f) {
    // is_public_allowed is the reporter's consent: no workflow step changes it.
    r.extension_pending = f.extension_pending;
    r.is_published = f.is_published;
    r.rated = f.rated;
    r.withdrawn = f.withdrawn;
    // rated_unsatisfied is not stored: it follows rating_level (apply_step).
    r.reconsideration_pending = f.reconsideration_pending;
    r.reconsideration_requested = f.reconsideration_requested;
    // The time is set by the step that asks (apply_step); cleared here.
    if (!f.info_asked_by_unit) r.info_asked_by_unit_at.reset();
}

void resume_after_information(store::ReportRow& r, UnixSeconds now, const WorkingCalendar& cal) {
    // The unit's clock stood still while the reporter owed the information.
    if (r.info_asked_by_unit_at && r.resolve_deadline && now > *r.info_asked_by_unit_at)
        *r.resolve_deadline += now - *r.info_asked_by_unit_at;
    r.info_asked_by_unit_at.reset();
    enter_step(r, SlaStep::resolve, now, cal);
}

Priority priority_of(const store::ReportRow& r) { return parse_priority(r.priority).value_or(Priority::normal); }

void enter_step(store::ReportRow& r, SlaStep step, UnixSeconds now, const WorkingCalendar& cal) {
    const auto prio = priority_of(r);
    r.step_started_at = now;
    r.overdue_notified = false;
    r.step_allotted_min = allotted_working_minutes(step, prio, urban_incident(r), r.category_code, cal.schedule, cal.policy);
    auto due = deadline_for(step, prio, urban_incident(r), r.category_code, now, cal.schedule, cal.policy);
    // The unit's first step never runs past the answer deadline.
    if (step == SlaStep::start_work && r.resolve_deadline) due = std::min(due, *r.resolve_deadline);
    if (step == SlaStep::resolve && r.resolve_deadline) due = *r.resolve_deadline;
    r.deadline = due;
}

UnixSeconds answer_deadline(const store::ReportRow& r, Priority priority, UnixSeconds now, const WorkingCalendar& cal) {
    return deadline_for(SlaStep::resolve, priority, urban_incident(r), r.category_code, now, cal.schedule, cal.policy);
}

nlohmann::json params_payload(const ActionParams& p, std::string_view unit_name) {
    nlohmann::json payload = nlohmann::json::object();
    if (p.unit_id) {
        payload["unit_id"] = *p.unit_id;
        payload["unit_name"] = std::string(unit_name);
    }
    if (p.duplicate_of) payload["duplicate_of"] = *p.duplicate_of;
    if (p.reason_code) payload["reason_code"] = *p.reason_code;
    if (p.deadline) payload["deadline"] = format_iso8601(*p.deadline);
    if (p.rating) payload["rating"] = *p.rating;
    return payload;
}

StepEffects apply_step(store::ReportRow& r, Action action, Status from, const Transition& t, const ActionParams& p,
                       UnixSeconds now, const WorkingCalendar& cal) {
    StepEffects out;
    r.status = std::string(to_string(t.next));
    set_flags(r, t.flags);
    r.updated_at = now;
    switch (action) {
        case Action::accept: r.accepted_at = now; break;
        case Action::reject:
            r.deadline.reset();
            r.extension_deadline.reset();
            break;
        case Action::request_info:
            // The clock stops: one awaiting information restarts when the
            // reporter sends it (resume_after_information when the unit asked).
            r.deadline.reset();
            if (t.flags.info_asked_by_unit) r.info_asked_by_unit_at = now;
            break;
        case Action::assign_handler: r.assignee_id = p.handler_id; break;
        case Action::reclassify:
            r.category_code = p.category_code.value_or(r.category_code);
            if (p.commune_code) r.commune_code = *p.commune_code;
            break;
        case Action::assign:
            if (!r.accepted_at) r.accepted_at = now;
            r.assigned_at = now;
            // Another unit: its lead gives it out anew; the same unit keeps its officer.
            if (r.lead_unit_id != p.unit_id) r.assignee_id.reset();
            r.lead_unit_id = p.unit_id;
            out.co_units = p.co_unit_ids;
            out.payload["co_unit_ids"] = p.co_unit_ids;
            r.resolve_deadline = p.deadline ? *p.deadline : answer_deadline(r, priority_of(r), now, cal);
            out.payload["resolve_deadline"] = format_iso8601(*r.resolve_deadline);
            enter_step(r, SlaStep::start_work, now, cal);
            break;
        case Action::return_:
            // Back to the center to choose another unit.
            out.payload["unit_id"] = r.lead_unit_id ? nlohmann::json(*r.lead_unit_id) : nlohmann::json(nullptr);
            r.lead_unit_id.reset();
            r.assignee_id.reset();
            r.resolve_deadline.reset();
            out.co_units = std::vector<std::int64_t>{};
            enter_step(r, SlaStep::classify_and_assign, now, cal);
            break;
        case Action::start:
            r.started_at = now;
            enter_step(r, SlaStep::resolve, now, cal);
            break;
        case Action::request_extension: r.extension_deadline = p.deadline; break;
        case Action::approve_extension:
            r.resolve_deadline = p.deadline;
            r.extension_deadline.reset();
            if (from == Status::assigned) {
                // Work has not started: the start step keeps its own deadline
                // unless the new answer deadline comes sooner.
                r.deadline = std::min(r.deadline.value_or(*p.deadline), *p.deadline);
            } else {
                r.deadline = p.deadline;
                r.overdue_notified = false;
            }
            break;
        case Action::refuse_extension: r.extension_deadline.reset(); break;
        case Action::propose_result: r.result_text = p.result_text.value_or(""); break;
        case Action::approve_result:
            r.resolved_at = now;
            out.payload["on_time"] = r.resolve_deadline ? now <= *r.resolve_deadline : true;
            r.deadline.reset();
            break;
        case Action::refuse_result: r.deadline = r.resolve_deadline; break;
        case Action::reopen:
            r.assigned_at = now;
            r.resolved_at.reset();
            r.closed_at.reset();
            r.rating_level.clear();
            r.rating_comment.clear();
            r.resolve_deadline = p.deadline ? *p.deadline : answer_deadline(r, priority_of(r), now, cal);
            enter_step(r, SlaStep::start_work, now, cal);
            break;
        case Action::rate:
            r.rating_level = p.rating.value_or("");
            r.rating_comment = p.note.value_or("");
            r.rated_at = now;
            r.closed_at = now;
            break;
        case Action::close: r.closed_at = now; break;
        case Action::withdraw:
        // Merged: handled as the older report (the service sets
        // merged_into_id and moves the followers); no deadline of its own.
        case Action::merge:
            r.closed_at = now;
            r.deadline.reset();
            r.extension_deadline.reset();
            break;
        case Action::submit:
        case Action::resubmit:
        case Action::edit:
        case Action::progress_note:
        case Action::publish:
        case Action::unpublish:
        case Action::comment:
        case Action::direct:
        // The request and the decision live in the flags and the timeline.
        case Action::request_reconsideration:
        case Action::decline_reconsideration: break;
    }
    return out;
}

}  // namespace pakn::server::services

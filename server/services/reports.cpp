// [SECTION] index: helpers, create/edit, view and visibility, actions,
// lists, lookup, background duties (overdue, closing).
#include "services/reports.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "log.h"
#include "notify/sms.h"
#include "pakn/calendar.h"
#include "pakn/messages.h"
#include "pakn/text.h"
#include "services/calendar_service.h"
#include "services/event_hub.h"
#include "store/accounts_store.h"
#include "store/admin_store.h"
#include "store/db.h"
#include "store/outbox_store.h"

namespace pakn::server::services {
namespace {

using store::Connection;
using store::ReportRow;

constexpr int kMaxAttachments = 5;

std::string folded_text(const ReportRow& r) {
    return fold_for_search(r.code + " " + r.title + " " + r.content + " " + r.address);
}

Priority priority_of(const std::string& p) {
    if (p == "urgent") return Priority::urgent;
    if (p == "complex") return Priority::complex;
    return Priority::normal;
}

ReportFlags flags_of(const ReportRow& r) {
    ReportFlags f;
    f.extension_pending = r.extension_pending;
    f.is_published = r.is_published;
    f.is_public_allowed = r.is_public;
    f.rated = r.rated;
    f.withdrawn = r.withdrawn;
    return f;
}

void apply_flags(ReportRow& r, const ReportFlags& f) {
    r.extension_pending = f.extension_pending;
    r.is_published = f.is_published;
    r.rated = f.rated;
    r.withdrawn = f.withdrawn;
}

std::string json_text(const nlohmann::json& j) { return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace); }

ApiError not_found() { return api_error(404, "not_found"); }

bool is_center_officer(const Caller& c) {
    return c.officer() && (c.account.role == "dispatcher" || c.account.role == "leader" || c.account.role == "admin");
}

}  // namespace

std::optional<Role> workflow_role(const store::AccountRow& a) {
    if (a.kind == "citizen") return Role::citizen;
    if (a.kind == "organization") return Role::organization;
    if (a.kind == "officer") return parse_role(a.role);
    return std::nullopt;
}

ReportService::ReportService(store::Database& db, const Clock& clock, notify::OutboxWorker* outbox,
                             CalendarService& calendar, EventHub* hub)
    : db_(db), clock_(clock), outbox_(outbox), calendar_(calendar), hub_(hub) {}

// ---------------------------------------------------------------- helpers
void ReportService::enter_step(ReportRow& r, SlaStep step, std::int64_t now) const {
    const auto cal = calendar_.current();
    const bool urban = r.category_group == "urban_incident";
    const auto prio = priority_of(r.priority);
    r.step_started_at = now;
    r.overdue_notified = false;
    r.step_allotted_min =
        allotted_working_minutes(step, prio, urban, r.category_code, cal->schedule, cal->policy);
    auto due = deadline_for(step, prio, urban, r.category_code, now, cal->schedule, cal->policy);
    // The unit's first step never runs past the answer deadline.
    if (step == SlaStep::start_work && r.resolve_deadline) due = std::min(due, *r.resolve_deadline);
    if (step == SlaStep::resolve && r.resolve_deadline) due = *r.resolve_deadline;
    r.deadline = due;
}

std::pair<std::string, std::string> ReportService::time_left(const ReportRow& r, std::int64_t now) const {
    const auto status = parse_status(r.status);
    if (!r.deadline || !status || !is_open(*status)) return {"", ""};
    const auto cal = calendar_.current();
    const auto left = pakn::time_left(now, *r.deadline, r.step_allotted_min.value_or(480), cal->schedule, cal->policy);
    const char* level = left.level == TimeLeftLevel::overdue    ? "overdue"
                        : left.level == TimeLeftLevel::due_soon ? "due_soon"
                                                                : "ok";
    return {left.text, level};
}

void ReportService::notify_author(Connection& c, const ReportRow& r, const std::string& kind,
                                  const std::string& title, const std::string& body, bool sms,
                                  std::int64_t now) const {
    if (r.author_id && r.author_status == "active") {
        store::NotificationRow n;
        n.account_id = *r.author_id;
        n.report_id = r.id;
        n.kind = kind;
        n.title = title;
        n.body = body;
        n.created_at = now;
        store::insert_notification(c, n);
    }
    if (!sms) return;
    // The phone of the account, or the contact given at intake.
    const std::string phone = r.author_status == "active" && !r.author_phone.empty() ? r.author_phone : r.reporter_phone;
    if (phone.empty()) return;
    // SMS text without diacritics: every handset and gateway shows it.
    std::string ascii = fold_for_compare(title);
    store::enqueue_message(c, "sms", phone, "PAKN Khanh Hoa: " + ascii + ". Tra cuu: " + r.code, "report_" + kind, now);
}

Relation ReportService::relation_of(const Caller& caller, const ReportRow& r,
                                    const std::vector<store::UnitRef>& co_units) const {
    if (r.author_id && *r.author_id == caller.account.id) return Relation::owner;
    if (caller.officer() && caller.account.unit_id) {
        if (r.lead_unit_id && *r.lead_unit_id == *caller.account.unit_id) return Relation::unit_lead_unit;
        for (const auto& u : co_units)
            if (u.id == *caller.account.unit_id) return Relation::co_unit;
    }
    return Relation::none;
}

Visibility ReportService::visibility(const std::optional<Caller>& caller, const ReportRow& r,
                                     const std::vector<store::UnitRef>& co_units) const {
    if (caller) {
        if (r.author_id && *r.author_id == caller->account.id) return Visibility::owner;
        if (caller->officer() && r.status != "draft") {
            if (is_center_officer(*caller)) return Visibility::officer;
            if (relation_of(*caller, r, co_units) != Relation::none) return Visibility::officer;
        }
    }
    return r.is_published ? Visibility::published : Visibility::none;
}

std::optional<ApiError> ReportService::check_attachments(Connection& c, const Caller& caller,
                                                         const std::vector<std::int64_t>& ids,
                                                         std::optional<std::int64_t> report_id) const {
    if (static_cast<int>(ids.size()) > kMaxAttachments)
        return validation_failed({field_error("attachment_ids", "too_many_attachments")});
    for (auto id : ids) {
        auto a = store::find_attachment(c, id);
        // Only your own uploads, not yet part of another report.
        const bool mine = a && a->uploaded_by && *a->uploaded_by == caller.account.id;
        const bool free = a && (!a->report_id || (report_id && *a->report_id == *report_id));
        if (!mine || !free) return validation_failed({field_error("attachment_ids", "unknown_attachment")});
    }
    return std::nullopt;
}

ReportView ReportService::build_view(Connection& c, const std::optional<Caller>& caller, ReportRow r,
                                     Visibility v) const {
    ReportView view;
    view.visibility = v;
    view.co_units = store::co_units(c, r.id);
    view.events = store::events_of(c, r.id, v == Visibility::officer);
    view.attachments = store::attachments_of(c, r.id);
    if (v == Visibility::published) {
        // The public sees the answer, not the reporter's own files (faces,
        // number plates, documents with personal data).
        std::erase_if(view.attachments, [](const store::AttachmentRow& a) { return a.purpose != "result"; });
    }
    if (caller && v != Visibility::published) {
        if (auto role = workflow_role(caller->account))
            view.allowed_actions = allowed_actions(*role, relation_of(*caller, r, view.co_units),
                                                   parse_status(r.status).value_or(Status::draft), flags_of(r));
    }
    auto [text, level] = time_left(r, clock_.now());
    view.time_left_text = text;
    view.time_left_level = level;
    view.report = std::move(r);
    return view;
}

// ---------------------------------------------------------------- create / edit
Result<ReportRow> ReportService::create(const Caller& caller, const ReportForm& form) {
    const auto now = clock_.now();
    const bool intake = caller.officer();
    if (intake && caller.account.role != "dispatcher")
        return Result<ReportRow>::failure(api_error(403, "forbidden"));
    ReportRow r;
    r.channel = form.channel.empty() ? "web" : form.channel;
    r.title = form.title;
    r.content = form.content;
    r.address = form.address;
    r.commune_code = form.commune_code;
    r.lat = form.lat;
    r.lon = form.lon;
    r.category_code = form.category_code;
    r.is_public = form.is_public;
    r.created_at = r.updated_at = now;
    ReportRow saved;
    auto refused = db_.attempt([&](Connection& c) -> std::optional<ApiError> {
        if (!r.category_code.empty()) {
            // The group decides the SLA (urban incidents run on shorter clocks).
            auto category = store::find_category(c, r.category_code);
            if (!category || !category->active)
                return validation_failed({field_error("category_code", "unknown_category")});
            r.category_group = category->group;
        }
        if (auto bad = check_attachments(c, caller, form.attachment_ids, std::nullopt)) return bad;
        if (intake) {
            // Entered by the center for a caller on the hotline, by e-mail
            // or in person: linked to an existing account when the phone or
            // ID number matches, so it appears among that person's reports.
            r.intake_by = caller.account.id;
            r.reporter_name = form.reporter_name;
            r.reporter_phone = form.reporter_phone;
            r.reporter_email = form.reporter_email;
            r.reporter_id_number = form.reporter_id_number;
            std::optional<store::AccountRow> match;
            if (!form.reporter_phone.empty()) match = store::find_account_by_phone(c, form.reporter_phone);
            if (!match && !form.reporter_id_number.empty())
                match = store::find_account_by_login(c, form.reporter_id_number);
            if (match && match->kind != "officer") {
                r.author_id = match->id;
                r.author_status = match->status;
            }
            r.status = "submitted";
        } else {
            r.author_id = caller.account.id;
            r.author_status = caller.account.status;
            r.status = form.submit ? "submitted" : "draft";
        }
        // A sent report is written once, complete: code, clock and SLA step
        // are known before the row exists (an insert followed by an update
        // ran the statistics and search triggers twice per submission).
        if (r.status == "submitted") {
            r.code = store::next_report_code(c, local_date(now).year);
            r.submitted_at = now;
            enter_step(r, SlaStep::classify_and_assign, now);
        }
        r.id = store::insert_report(c, r);
        store::link_attachments(c, r.id, form.attachment_ids, "report");
        if (r.status == "submitted") {
            store::EventRow e;
            e.report_id = r.id;
            e.at = now;
            e.actor_id = caller.account.id;
            e.actor_role = intake ? "dispatcher" : caller.account.kind;
            e.actor_unit_id = intake ? caller.account.unit_id : std::nullopt;
            e.action = "submit";
            e.from_status = intake ? "" : "draft";
            e.to_status = "submitted";
            e.payload = json_text({{"channel", r.channel}});
            store::insert_event(c, e);
            notify_author(c, r, "submitted", "Phản ánh " + r.code + " đã được gửi đến Trung tâm",
                          "Mã tra cứu: " + r.code, false, now);
        }
        c.at_batch_end([id = r.id, folded = folded_text(r)](Connection& batch) {
            store::index_report(batch, id, folded);
        });
        saved = store::find_report(c, r.id).value_or(r);
        return std::nullopt;
    });
    if (refused) return Result<ReportRow>::failure(*refused);
    if (hub_) hub_->publish();
    return Result<ReportRow>::success(saved);
}

Result<ReportRow> ReportService::edit(const Caller& caller, std::int64_t id, const ReportForm& form) {
    const auto now = clock_.now();
    ReportRow saved;
    auto refused = db_.attempt([&](Connection& c) -> std::optional<ApiError> {
        auto found = store::find_report(c, id);
        if (!found || !found->author_id || *found->author_id != caller.account.id) return not_found();
        ReportRow r = *found;
        const auto status = parse_status(r.status).value_or(Status::draft);
        const auto role = workflow_role(caller.account).value_or(Role::citizen);
        // Editing is itself a workflow action (edit), so the table decides.
        auto t = apply(Action::edit, role, Relation::owner, status, flags_of(r), {});
        if (!t) return to_api_error(t.refusal);
        if (!form.category_code.empty() && !store::category_exists(c, form.category_code))
            return validation_failed({field_error("category_code", "unknown_category")});
        if (auto bad = check_attachments(c, caller, form.attachment_ids, r.id)) return bad;
        r.title = form.title;
        r.content = form.content;
        r.address = form.address;
        r.commune_code = form.commune_code;
        r.lat = form.lat;
        r.lon = form.lon;
        r.category_code = form.category_code;
        r.is_public = form.is_public;
        r.updated_at = now;
        store::unlink_attachments(c, r.id, "report");
        store::link_attachments(c, r.id, form.attachment_ids, "report");
        if (form.submit) {
            const Action action = status == Status::draft ? Action::submit : Action::resubmit;
            auto s = apply(action, role, Relation::owner, status, flags_of(r), {});
            if (!s) return to_api_error(s.refusal);
            r.status = std::string(to_string(s.next));
            if (!r.submitted_at) r.submitted_at = now;
            if (r.code.empty()) r.code = store::next_report_code(c, local_date(now).year);
            // The group of the category chosen in this edit, not the stored one.
            r.category_group.clear();
            if (!r.category_code.empty())
                if (auto cat = store::find_category(c, r.category_code)) r.category_group = cat->group;
            enter_step(r, SlaStep::classify_and_assign, now);
            store::EventRow e;
            e.report_id = r.id;
            e.at = now;
            e.actor_id = caller.account.id;
            e.actor_role = caller.account.kind;
            e.action = std::string(to_string(action));
            e.from_status = std::string(to_string(status));
            e.to_status = r.status;
            store::insert_event(c, e);
            // A saved draft sent later gets the same receipt as one sent at once.
            if (action == Action::submit)
                notify_author(c, r, "submitted", "Phản ánh " + r.code + " đã được gửi đến Trung tâm",
                              "Mã tra cứu: " + r.code, false, now);
        } else if (status != Status::draft) {
            store::EventRow e;
            e.report_id = r.id;
            e.at = now;
            e.actor_id = caller.account.id;
            e.actor_role = caller.account.kind;
            e.action = "edit";
            store::insert_event(c, e);
        }
        if (!store::update_report(c, r)) return api_error(409, "conflict");
        c.at_batch_end([id = r.id, folded = folded_text(r)](Connection& batch) {
            store::index_report(batch, id, folded);
        });
        saved = store::find_report(c, r.id).value_or(r);
        return std::nullopt;
    });
    if (refused) return Result<ReportRow>::failure(*refused);
    if (hub_) hub_->publish();
    return Result<ReportRow>::success(saved);
}

// ---------------------------------------------------------------- view
Result<ReportView> ReportService::view(const std::optional<Caller>& caller, std::int64_t id) {
    const auto now = clock_.now();
    auto v = db_.read([&](Connection& c) -> std::optional<ReportView> {
        auto r = store::find_report(c, id);
        if (!r) return std::nullopt;
        auto cos = store::co_units(c, id);
        const auto vis = visibility(caller, *r, cos);
        if (vis == Visibility::none) return std::nullopt;
        return build_view(c, caller, std::move(*r), vis);
    });
    if (!v) return Result<ReportView>::failure(not_found());
    if (v->visibility == Visibility::officer) {
        // Every look at a citizen's personal data by an officer is recorded.
        db_.write([&](Connection& c) {
            store::audit(c, now, caller->account.id, "view_report", "report:" + std::to_string(id), "", "");
        }, store::Durability::normal);
    }
    return Result<ReportView>::success(std::move(*v));
}

// ---------------------------------------------------------------- actions
Result<ReportView> ReportService::act(const Caller& caller, std::int64_t id, const ActionForm& form,
                                      const ActionExtras& extras) {
    const auto now = clock_.now();
    const auto action = parse_action(form.action);
    const auto role = workflow_role(caller.account);
    if (!action || !role) return Result<ReportView>::failure(validation_failed({field_error("action", "unknown_action")}));
    std::optional<ReportView> result;
    bool sms_queued = false;
    auto refused = db_.attempt([&](Connection& c) -> std::optional<ApiError> {
        auto found = store::find_report(c, id);
        if (!found) return not_found();
        ReportRow r = *found;
        auto cos = store::co_units(c, id);
        const auto vis = visibility(caller, r, cos);
        if (vis != Visibility::owner && vis != Visibility::officer) return not_found();
        if (extras.expected_version && *extras.expected_version != r.version) {
            ApiError e = api_error(409, "stale_report");
            return e;
        }
        const auto status = parse_status(r.status).value_or(Status::draft);
        const auto relation = relation_of(caller, r, cos);
        const auto t = apply(*action, *role, relation, status, flags_of(r), form.params);
        if (!t) return to_api_error(t.refusal);
        // Sending and editing are allowed but not here: PATCH /reports/{id}
        // checks the full form and the captcha, assigns the tracking code
        // and starts the deadline clock.
        if (*action == Action::submit || *action == Action::resubmit || *action == Action::edit)
            return validation_failed({field_error("action", "action_needs_report_form")});
        const auto& p = form.params;
        nlohmann::json payload = nlohmann::json::object();
        // Checks that need the database.
        if (p.unit_id) {
            if (!store::unit_exists(c, *p.unit_id)) return validation_failed({field_error("unit_id", "unknown_unit")});
            payload["unit_id"] = *p.unit_id;
            payload["unit_name"] = store::unit_name(c, *p.unit_id).value_or("");
        }
        for (auto u : p.co_unit_ids)
            if (!store::unit_exists(c, u)) return validation_failed({field_error("co_unit_ids", "unknown_unit")});
        if (p.deadline && *p.deadline <= now)
            return validation_failed({field_error("deadline", "deadline_in_past")});
        if (p.duplicate_of) {
            if (!store::find_report_by_code(c, *p.duplicate_of))
                return validation_failed({field_error("duplicate_of", "invalid_duplicate_of")});
            payload["duplicate_of"] = *p.duplicate_of;
        }
        if (p.reason_code) payload["reason_code"] = *p.reason_code;
        if (p.deadline) payload["deadline"] = format_iso8601(*p.deadline);
        if (p.rating) payload["rating"] = *p.rating;
        if (extras.priority) {
            if (*action != Action::assign && *action != Action::reopen)
                return validation_failed({field_error("priority", "field_not_applicable")});
            if (*extras.priority != "normal" && *extras.priority != "urgent" && *extras.priority != "complex")
                return validation_failed({field_error("priority", "invalid_priority")});
            r.priority = *extras.priority;
            payload["priority"] = r.priority;
        }
        if (!extras.attachment_ids.empty()) {
            if (*action != Action::propose_result)
                return validation_failed({field_error("attachment_ids", "field_not_applicable")});
            if (auto bad = check_attachments(c, caller, extras.attachment_ids, r.id)) return bad;
        }

        r.status = std::string(to_string(t.next));
        apply_flags(r, t.flags);
        r.updated_at = now;
        std::string note_title;  // the citizen's notification, when one is due
        bool sms = false;
        switch (*action) {
            case Action::accept:
                r.accepted_at = now;
                note_title = "Phản ánh " + r.code + " đã được tiếp nhận";
                break;
            case Action::reject:
                r.deadline.reset();
                note_title = "Phản ánh " + r.code + " không được tiếp nhận";
                break;
            case Action::request_info:
                // The clock stops while the reporter completes the report.
                r.deadline.reset();
                note_title = "Phản ánh " + r.code + " cần bổ sung thông tin";
                sms = true;
                break;
            case Action::assign: {
                if (!r.accepted_at) r.accepted_at = now;
                r.assigned_at = now;
                r.lead_unit_id = p.unit_id;
                store::set_co_units(c, r.id, p.co_unit_ids);
                payload["co_unit_ids"] = p.co_unit_ids;
                const auto cal = calendar_.current();
                r.resolve_deadline = p.deadline ? *p.deadline
                                                : deadline_for(SlaStep::resolve, priority_of(r.priority),
                                                               r.category_group == "urban_incident", r.category_code,
                                                               now, cal->schedule, cal->policy);
                payload["resolve_deadline"] = format_iso8601(*r.resolve_deadline);
                enter_step(r, SlaStep::start_work, now);
                note_title = "Phản ánh " + r.code + " đã được chuyển đến " +
                             store::unit_name(c, *p.unit_id).value_or("đơn vị") + " xử lý";
                break;
            }
            case Action::return_:
                // Back to the center to choose another unit.
                payload["unit_id"] = r.lead_unit_id ? nlohmann::json(*r.lead_unit_id) : nlohmann::json(nullptr);
                r.lead_unit_id.reset();
                r.resolve_deadline.reset();
                store::set_co_units(c, r.id, {});
                enter_step(r, SlaStep::classify_and_assign, now);
                break;
            case Action::start:
                r.started_at = now;
                enter_step(r, SlaStep::resolve, now);
                note_title = "Phản ánh " + r.code + " đang được xử lý";
                break;
            case Action::progress_note: note_title = "Cập nhật tiến độ xử lý phản ánh " + r.code; break;
            case Action::request_extension: r.extension_deadline = p.deadline; break;
            case Action::approve_extension:
                r.resolve_deadline = p.deadline;
                r.extension_deadline.reset();
                if (status == Status::assigned) {
                    r.deadline = std::min(r.deadline.value_or(*p.deadline), *p.deadline);
                } else {
                    r.deadline = p.deadline;
                    r.overdue_notified = false;
                }
                note_title = "Thời hạn xử lý phản ánh " + r.code + " được gia hạn đến " +
                             format_display_datetime(*p.deadline);
                break;
            case Action::refuse_extension: r.extension_deadline.reset(); break;
            case Action::propose_result:
                r.result_text = p.result_text.value_or("");
                store::unlink_attachments(c, r.id, "result");
                store::link_attachments(c, r.id, extras.attachment_ids, "result");
                break;
            case Action::approve_result:
                r.resolved_at = now;
                payload["on_time"] = r.resolve_deadline ? now <= *r.resolve_deadline : true;
                r.deadline.reset();
                note_title = "Phản ánh " + r.code + " đã có kết quả xử lý";
                sms = true;
                break;
            case Action::refuse_result: r.deadline = r.resolve_deadline; break;
            case Action::publish: note_title = "Phản ánh " + r.code + " đã được công khai"; break;
            case Action::reopen: {
                r.assigned_at = now;
                r.resolved_at.reset();
                r.closed_at.reset();
                r.rating_level.clear();
                r.rating_comment.clear();
                const auto cal = calendar_.current();
                r.resolve_deadline = p.deadline ? *p.deadline
                                                : deadline_for(SlaStep::resolve, priority_of(r.priority),
                                                               r.category_group == "urban_incident", r.category_code,
                                                               now, cal->schedule, cal->policy);
                enter_step(r, SlaStep::start_work, now);
                note_title = "Phản ánh " + r.code + " được mở lại để xử lý tiếp";
                break;
            }
            case Action::rate:
                r.rating_level = p.rating.value_or("");
                r.rating_comment = p.note.value_or("");
                r.rated_at = now;
                r.closed_at = now;
                break;
            case Action::close: r.closed_at = now; break;
            case Action::withdraw:
                r.closed_at = now;
                r.deadline.reset();
                break;
            default: break;
        }
        if (!store::update_report(c, r)) return api_error(409, "stale_report");
        store::EventRow e;
        e.report_id = r.id;
        e.at = now;
        e.actor_id = caller.account.id;
        e.actor_role = std::string(to_string(*role));
        e.actor_unit_id = caller.officer() ? caller.account.unit_id : std::nullopt;
        e.action = std::string(to_string(*action));
        e.from_status = std::string(to_string(status));
        e.to_status = r.status;
        e.note = *action == Action::propose_result ? p.result_text.value_or("") : p.note.value_or("");
        e.payload = json_text(payload);
        // Comments stay among officers; everything else is the citizen's timeline.
        e.internal = *action == Action::comment;
        store::insert_event(c, e);
        if (!note_title.empty() && !(r.author_id && *r.author_id == caller.account.id)) {
            notify_author(c, r, std::string(to_string(*action)), note_title, p.note.value_or(""), sms, now);
            sms_queued = sms_queued || sms;
        }
        auto fresh = store::find_report(c, r.id);
        result = build_view(c, caller, fresh.value_or(r), vis);
        return std::nullopt;
    });
    if (refused) {
        if (refused->code == "stale_report" || refused->status == 409) {
            // Say what the report looks like now, so the officer sees why.
            auto current = view(caller, id);
            if (current) {
                ApiError e = *refused;
                if (e.code == "stale_report") e.message = std::string(message_for("stale_report"));
                e.fields.push_back(FieldError{"status", "current_status", current.value.report.status});
                return Result<ReportView>::failure(e);
            }
        }
        return Result<ReportView>::failure(*refused);
    }
    if (sms_queued && outbox_) outbox_->wake();
    if (hub_) hub_->publish();
    return Result<ReportView>::success(std::move(*result));
}

// ---------------------------------------------------------------- lists
namespace {
store::ReportQuery base_query(const ListQuery& q, std::int64_t now) {
    store::ReportQuery s;
    s.tokens = fold_tokens(q.q);
    if (s.tokens.size() > 8) s.tokens.resize(8);
    if (q.status) s.statuses = {std::string(to_string(*q.status))};
    s.category = q.category;
    s.commune = q.commune;
    s.filter_unit = q.unit;
    s.from = from_instant(q);
    s.to_exclusive = to_instant_exclusive(q);
    s.overdue = q.overdue;
    s.channel = q.channel;
    s.now = now;
    s.page = q.page;
    s.page_size = q.page_size;
    return s;
}
}  // namespace

store::ReportPage ReportService::mine(const Caller& caller, const ListQuery& q) {
    auto s = base_query(q, clock_.now());
    s.scope = store::ReportScope::author;
    s.author_id = caller.account.id;
    s.order = store::ReportOrder::updated_desc;
    return db_.read([&](Connection& c) { return store::list_reports(c, s); });
}

store::ReportPage ReportService::inbox(const Caller& caller, const ListQuery& q) {
    auto s = base_query(q, clock_.now());
    if (is_center_officer(caller)) {
        s.scope = store::ReportScope::officers_all;
    } else {
        s.scope = store::ReportScope::unit;
        s.unit_id = caller.account.unit_id.value_or(-1);
    }
    s.order = store::ReportOrder::deadline_asc;
    return db_.read([&](Connection& c) { return store::list_reports(c, s); });
}

store::ReportPage ReportService::published(const ListQuery& q) {
    auto s = base_query(q, clock_.now());
    s.scope = store::ReportScope::published;
    s.order = store::ReportOrder::submitted_desc;
    return db_.read([&](Connection& c) { return store::list_reports(c, s); });
}

std::optional<ReportRow> ReportService::lookup(const std::string& code) {
    return db_.read([&](Connection& c) { return store::find_report_by_code(c, code); });
}

// ---------------------------------------------------------------- duties
int ReportService::flag_overdue() {
    const auto now = clock_.now();
    int flagged = 0;
    db_.write([&](Connection& c) {
        auto st = c.prepare(
            "SELECT id FROM reports WHERE deadline IS NOT NULL AND deadline < ? AND overdue_notified = 0 AND status "
            "IN ('submitted','accepted','assigned','in_progress','result_proposed') LIMIT 500");
        st.bind_all(now);
        std::vector<std::int64_t> ids;
        while (st.step()) ids.push_back(st.int64(0));
        st.reset();
        for (auto id : ids) {
            auto r = store::find_report(c, id);
            if (!r) continue;
            r->overdue_notified = true;
            if (!store::update_report(c, *r)) continue;
            // The unit lead answers for the unit; before assignment the
            // center's dispatchers do.
            auto people = r->lead_unit_id ? store::officers_of(c, r->lead_unit_id, {"unit_lead"})
                                          : store::officers_of(c, std::nullopt, {"dispatcher"});
            for (auto person : people) {
                store::NotificationRow n;
                n.account_id = person;
                n.report_id = r->id;
                n.kind = "overdue";
                n.title = "Phản ánh " + r->code + " đã quá hạn xử lý";
                n.body = r->title;
                n.created_at = now;
                store::insert_notification(c, n);
            }
            store::EventRow e;
            e.report_id = r->id;
            e.at = now;
            e.actor_role = "system";
            e.action = "overdue";
            e.from_status = e.to_status = r->status;
            e.internal = true;
            store::insert_event(c, e);
            ++flagged;
        }
    });
    if (flagged && hub_) hub_->publish();
    return flagged;
}

int ReportService::close_unrated(std::int64_t window_seconds) {
    const auto now = clock_.now();
    int closed = 0;
    db_.write([&](Connection& c) {
        auto st = c.prepare("SELECT id FROM reports WHERE status = 'resolved' AND resolved_at < ? LIMIT 500");
        st.bind_all(now - window_seconds);
        std::vector<std::int64_t> ids;
        while (st.step()) ids.push_back(st.int64(0));
        st.reset();
        for (auto id : ids) {
            auto r = store::find_report(c, id);
            if (!r) continue;
            auto t = apply(Action::close, Role::system, Relation::none, Status::resolved, flags_of(*r), {});
            if (!t) continue;
            r->status = std::string(to_string(t.next));
            r->closed_at = now;
            r->updated_at = now;
            if (!store::update_report(c, *r)) continue;
            store::EventRow e;
            e.report_id = id;
            e.at = now;
            e.actor_role = "system";
            e.action = "close";
            e.from_status = "resolved";
            e.to_status = r->status;
            store::insert_event(c, e);
            ++closed;
        }
    });
    if (closed && hub_) hub_->publish();
    return closed;
}

}  // namespace pakn::server::services

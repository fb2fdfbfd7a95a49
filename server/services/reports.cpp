// [SECTION] index: helpers, what the asker sees (DTOs), create/edit, view,
// actions, lists, lookup, background duties (overdue, closing).
#include "services/reports.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "base/log.h"
#include "notify/sms.h"
#include "pakn/calendar.h"
#include "pakn/event_visibility.h"
#include "pakn/ids.h"
#include "pakn/messages.h"
#include "pakn/redaction.h"
#include "pakn/text.h"
#include "services/calendar_service.h"
#include "services/dto_convert.h"
#include "services/event_hub.h"
#include "services/follows.h"
#include "services/report_effects.h"
#include "services/sms_outbox.h"
#include "store/accounts_store.h"
#include "store/admin_store.h"
#include "store/db.h"
#include "store/follow_store.h"
#include "store/geo_store.h"
#include "store/officer_notices_store.h"
#include "store/outbox_store.h"
#include "store/reports_store.h"

namespace pakn::server::services {

// One report with what the asker may see of it.
std::string public_title_text(const std::string& title, const std::optional<std::string>& stored) {
    return stored ? *stored : redact_personal_data(title);
}

struct ReportView {
    store::ReportRow report;
    std::int64_t followers = 0;  // besides the author
    bool following = false;      // the asker follows it
    std::vector<store::EventRow> events;
    std::vector<store::AttachmentRow> attachments;
    std::vector<store::UnitRef> co_units;
    std::vector<Action> allowed_actions;
    Visibility visibility = Visibility::none;
    TimeLeft time_left;  // for the current step, when it has a deadline
    bool has_time_left = false;
    std::vector<ProposedDeadline> proposed_deadlines;
    std::optional<std::int64_t> suggested_unit_id;
};

namespace {

using store::Connection;
using store::ReportRow;

constexpr int kMaxAttachments = 5;
constexpr std::size_t kPublicExcerptChars = 300;  // the public list shows an excerpt

std::string folded_text(const ReportRow& r) {
    return fold_for_search(r.code + " " + r.title + " " + r.content + " " + r.address);
}

// What the public portal shows of a report: the version decided when it was
// published, or, for a report published before that was kept, the original
// with personal data redacted. Never the original as written.
std::string public_title_of(const ReportRow& r) { return public_title_text(r.title, r.public_title); }
std::string public_content_of(const ReportRow& r) {
    return r.public_content ? *r.public_content : redact_personal_data(r.content);
}

// The public search index's text: a search for a redacted phone must not
// find the report either.
std::string public_folded_text(const ReportRow& r) {
    return fold_for_search(r.code + " " + public_title_of(r) + " " + public_content_of(r) + " " + r.address);
}

std::vector<PersonalDataFinding> findings_of(const std::vector<PersonalDataSpan>& spans) {
    std::vector<PersonalDataFinding> out;
    for (const PersonalDataSpan& s : spans)
        out.push_back({std::string(personal_data_kind_name(s.kind)), static_cast<std::int64_t>(s.begin),
                       static_cast<std::int64_t>(s.end)});
    return out;
}

std::string json_text(const nlohmann::json& j) { return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace); }

ApiError not_found() { return api_error(404, "not_found"); }

Status status_of(const ReportRow& r) { return parse_status(r.status).value_or(Status::draft); }

// [SECTION] what the asker sees ------------------------------------------------

std::string reporter_display_name(const ReportRow& r) {
    if (r.author_kind == "organization" && !r.author_org.empty()) return r.author_org;
    if (!r.author_name.empty()) return r.author_name;
    return r.reporter_name;
}

// The reporter's name where neither the reporter nor an officer reads it:
// masked (mask_name), and nothing for an account deleted since.
std::string public_reporter_name(const ReportRow& r) {
    return r.author_status == "deleted" ? "" : mask_name(reporter_display_name(r));
}

// Who did a step, as the asker may read it. Officers act in the name of
// their unit. A reporter acting on their own report (submit, edit, rate...)
// is named as the reporter field names them for this asker: masked for the
// public, like `reporter.name`.
std::string actor_name_of(const store::EventRow& e, const ReportRow& r, Visibility v) {
    if (!e.actor_unit_name.empty()) return e.actor_unit_name;
    const auto role = parse_role(e.actor_role);
    if (v != Visibility::published || !role || !is_reporter(*role)) return e.actor_name;
    const bool author = e.actor_id && r.author_id && *e.actor_id == *r.author_id;
    return author ? public_reporter_name(r) : mask_name(e.actor_name);
}

Event to_event(const store::EventRow& e, const ReportRow& r, Visibility v) {
    Event out;
    out.id = e.id;
    out.action = parse_action(e.action).value_or(Action::comment);
    out.from_status = parse_status(e.from_status);
    out.to_status = parse_status(e.to_status);
    out.actor_name = actor_name_of(e, r, v);
    out.actor_role = parse_role(e.actor_role);
    out.note = e.note;
    auto payload = nlohmann::json::parse(e.payload, nullptr, false);
    out.payload = payload.is_object() ? payload : nlohmann::json::object();
    out.created_at = e.at;
    // "overdue" is a system marker, not a workflow action: a comment-like
    // line, so officers alone read it (timeline_of).
    if (e.action == "overdue") {
        out.action = Action::comment;
        out.note = std::string(message_for("report_overdue"));
    }
    return out;
}

// Who reads a timeline, in the terms of the shared table.
Audience audience_of(Visibility v) {
    switch (v) {
        case Visibility::officer: return Audience::officer;
        case Visibility::owner: return Audience::reporter;
        case Visibility::published:
        case Visibility::none: break;
    }
    return Audience::public_;
}

// THE place a timeline is shaped for its reader: which steps and which notes
// each audience receives is the shared table's (event_visibility.h), so the
// unit's draft answer, a refused draft, a unit's return and the dispatcher's
// routing note stay among officers. `internal` marks officers-only steps.
std::vector<Event> timeline_of(const std::vector<store::EventRow>& events, const ReportRow& r, Visibility v) {
    const Audience audience = audience_of(v);
    std::vector<Event> out;
    for (const auto& e : events) {
        Event step = to_event(e, r, v);
        if (!step_shown(step.action, audience)) continue;
        if (!note_shown(step.action, audience)) step.note.clear();
        step.internal = officers_only(step.action);
        out.push_back(std::move(step));
    }
    return out;
}

// The answer as whoever sees the report may read it: the unit's draft stays
// among officers until its lead approves it.
std::optional<ResultInfo> answer_of(const ReportRow& r, const std::vector<store::AttachmentRow>& attachments,
                                    bool officer) {
    if (r.result_text.empty() || !(r.resolved_at || officer)) return std::nullopt;
    ResultInfo res;
    res.text = r.result_text;
    res.approved_at = r.resolved_at;
    for (const auto& a : attachments)
        if (a.purpose == "result") res.attachments.push_back(to_attachment(a));
    return res;
}

PublicReport to_public(const ReportView& v) {
    const auto& r = v.report;
    PublicReport p;
    p.id = r.id;
    p.code = r.code;
    p.title = public_title_of(r);
    p.content = public_content_of(r);
    p.address = r.address;
    p.commune_code = r.commune_code;
    p.commune_name = r.commune_name;
    p.category_code = r.category_code;
    p.category_name = r.category_name;
    p.lat = r.lat;
    p.lon = r.lon;
    p.status = parse_status(r.status).value_or(Status::resolved);
    p.reporter_name = public_reporter_name(r);
    p.submitted_at = r.submitted_at;
    p.unit_name = r.lead_unit_name;
    if (r.resolved_at) p.result = answer_of(r, v.attachments, false);
    if (!r.rating_level.empty()) p.rating = parse_satisfaction(r.rating_level);
    p.followers = v.followers;
    return p;
}

// A lookup by tracking code. Codes are sequential, so anyone can try the next
// one: a report the caller may not see otherwise says only where it stands
// (status and dates), not what it is about or where.
LookupResult to_lookup(const ReportRow& r, Visibility v) {
    LookupResult l;
    l.code = r.code;
    l.status = parse_status(r.status).value_or(Status::submitted);
    l.status_label = std::string(label(l.status));
    l.submitted_at = r.submitted_at;
    l.updated_at = r.updated_at;
    l.deadline = r.deadline;
    if (v != Visibility::none) {
        l.category_name = r.category_name;
        l.commune_name = r.commune_name;
    }
    return l;
}

// The citizen's notice of a step, when one is due: its title and whether it
// also goes by SMS.
struct Notice {
    std::string title;
    bool sms = false;
};

Notice notice_of(Action action, const ReportRow& r, const std::string& unit_name) {
    const std::string code = r.code;
    switch (action) {
        case Action::accept: return {"Phản ánh " + code + " đã được tiếp nhận"};
        case Action::reject: return {"Phản ánh " + code + " không được tiếp nhận"};
        case Action::request_info: return {"Phản ánh " + code + " cần bổ sung thông tin", true};
        case Action::assign:
            return {"Phản ánh " + code + " đã được chuyển đến " + (unit_name.empty() ? "đơn vị" : unit_name) + " xử lý"};
        case Action::start: return {"Phản ánh " + code + " đang được xử lý"};
        case Action::progress_note: return {"Cập nhật tiến độ xử lý phản ánh " + code};
        case Action::approve_extension:
            return {"Thời hạn xử lý phản ánh " + code + " được gia hạn đến " +
                    format_display_datetime(r.resolve_deadline.value_or(0))};
        case Action::approve_result: return {"Phản ánh " + code + " đã có kết quả xử lý", true};
        case Action::publish: return {"Phản ánh " + code + " đã được công khai"};
        case Action::reopen: return {"Phản ánh " + code + " được mở lại để xử lý tiếp"};
        // The reason goes with it: the reporter's timeline shows it (event_visibility).
        case Action::decline_reconsideration:
            return {"Đề nghị xem xét lại phản ánh " + code + " không được chấp thuận"};
        // The older report's code is added by act(): it is the one to follow now.
        case Action::merge: return {"Phản ánh " + code + " trùng với phản ánh đã có và được gộp để xử lý chung", true};
        default: return {};
    }
}

// What an officer typed to find a reporter, as stored: a phone as
// 0xxxxxxxxx, an ID number as its digits, else a name as typed (NFC).
struct ReporterKey {
    std::string value, kind, masked;
};

ReporterKey reporter_key(const std::string& typed) {
    if (auto phone = normalize_phone(typed); phone.ok()) return {phone.value, "phone", mask_phone(phone.value)};
    if (auto cccd = normalize_cccd(typed); cccd.ok()) return {cccd.value, "id_number", mask_id(cccd.value)};
    if (auto cmnd = normalize_cmnd(typed); cmnd.ok()) return {cmnd.value, "id_number", mask_id(cmnd.value)};
    return {typed, "name", mask_name(typed)};
}

store::ReportQuery base_query(const ListQuery& q, std::int64_t now) {
    store::ReportQuery s;
    s.tokens = fold_tokens(q.q);
    if (s.tokens.size() > 8) s.tokens.resize(8);
    s.typed = q.q;
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

template <typename T>
Page<T> page_of(const ListQuery& q, std::int64_t total) {
    Page<T> page;
    page.total = total;
    page.page = q.page;
    page.page_size = q.page_size;
    return page;
}

}  // namespace

ReportService::ReportService(store::Database& db, const Clock& clock, notify::OutboxWorker* outbox,
                             CalendarService& calendar, EventHub* hub, std::string public_url)
    : db_(db),
      clock_(clock),
      outbox_(outbox),
      calendar_(calendar),
      hub_(hub),
      officer_notices_(std::move(public_url)) {}

// ---------------------------------------------------------------- helpers
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
    // Without diacritics (one GSM 7-bit segment, every handset shows it),
    // case kept; the title names the code already, so it is not repeated.
    // A long unit name in the title is cut, never the code in the suffix.
    const bool names_code = !r.code.empty() && title.find(r.code) != std::string::npos;
    queue_sms(c, phone, "PAKN Khanh Hoa: ", title, names_code ? std::string(".") : ". Tra cuu: " + r.code,
              "report_" + kind, now);
}

Relation ReportService::relation_of(const Principal& who, const ReportRow& r,
                                    const std::vector<store::UnitRef>& co_units) const {
    if (r.author_id && *r.author_id == who.account_id) return Relation::owner;
    if (who.officer() && who.unit_id) {
        if (r.lead_unit_id && *r.lead_unit_id == *who.unit_id) return Relation::unit_lead_unit;
        for (const auto& u : co_units)
            if (u.id == *who.unit_id) return Relation::co_unit;
    }
    return Relation::none;
}

Visibility ReportService::visibility(const Principal* who, const ReportRow& r,
                                     const std::vector<store::UnitRef>& co_units) const {
    if (who) {
        if (r.author_id && *r.author_id == who->account_id) return Visibility::owner;
        if (who->officer() && r.status != "draft") {
            if (who->sees_all_reports()) return Visibility::officer;
            if (relation_of(*who, r, co_units) != Relation::none) return Visibility::officer;
        }
    }
    return r.is_published ? Visibility::published : Visibility::none;
}

std::optional<ApiError> ReportService::check_attachments(Connection& c, const Principal& who,
                                                         const std::vector<std::int64_t>& ids,
                                                         std::optional<std::int64_t> report_id) const {
    if (static_cast<int>(ids.size()) > kMaxAttachments)
        return validation_failed({field_error("attachment_ids", "too_many_attachments")});
    for (auto id : ids) {
        auto a = store::find_attachment(c, id);
        // Only your own uploads, not yet part of another report.
        const bool mine = a && a->uploaded_by && *a->uploaded_by == who.account_id;
        const bool free = a && (!a->report_id || (report_id && *a->report_id == *report_id));
        if (!mine || !free) return validation_failed({field_error("attachment_ids", "unknown_attachment")});
    }
    return std::nullopt;
}

ReportView ReportService::build_view(Connection& c, const Principal* who, ReportRow r, Visibility v) const {
    ReportView view;
    view.visibility = v;
    view.co_units = store::co_units(c, r.id);
    // Every step: timeline_of decides what this asker reads of them.
    view.events = store::events_of(c, r.id, true);
    view.attachments = store::attachments_of(c, r.id);
    view.followers = store::follower_count(c, r.id);
    view.following = who && store::is_following(c, r.id, who->account_id);
    if (v == Visibility::published) {
        // The public sees the answer, not the reporter's own files (faces,
        // number plates, documents with personal data).
        std::erase_if(view.attachments, [](const store::AttachmentRow& a) { return a.purpose != "result"; });
    }
    const auto now = clock_.now();
    const auto cal = calendar_.current();
    if (who && v != Visibility::published) {
        if (auto role = who->acting_role())
            view.allowed_actions =
                allowed_actions(*role, relation_of(*who, r, view.co_units), status_of(r), flags_of(r));
        // Routing sets the answer deadline: preview it per priority with the
        // calendar in force, so the form shows what the server will store.
        const bool routes = std::any_of(view.allowed_actions.begin(), view.allowed_actions.end(),
                                        [](Action a) { return a == Action::assign || a == Action::reopen; });
        if (routes) {
            for (Priority p : {Priority::normal, Priority::urgent, Priority::complex})
                view.proposed_deadlines.push_back(ProposedDeadline{p, answer_deadline(r, p, now, *cal)});
            view.suggested_unit_id = suggested_unit(c, r);
        }
    }
    if (r.deadline && is_open(status_of(r))) {
        view.time_left = pakn::time_left(now, *r.deadline, r.step_allotted_min.value_or(480), cal->schedule, cal->policy);
        view.has_time_left = true;
    }
    view.report = std::move(r);
    return view;
}

ReportSummary ReportService::summary_of(const ReportRow& r, std::int64_t now) const {
    ReportSummary s;
    s.id = r.id;
    s.code = r.code;
    s.title = r.title;
    s.status = status_of(r);
    s.category_code = r.category_code;
    s.category_name = r.category_name;
    s.commune_code = r.commune_code;
    s.commune_name = r.commune_name;
    s.unit_name = r.lead_unit_name;
    s.created_at = r.created_at;
    s.submitted_at = r.submitted_at;
    s.deadline = r.deadline;
    s.is_published = r.is_published;
    s.channel = r.channel;
    // Cleared again for anyone but officers (mine(), detail_of).
    s.assignee_id = r.assignee_id;
    s.assignee_name = r.assignee_name;
    if (r.deadline && is_open(s.status)) {
        s.overdue = *r.deadline < now;
        const auto cal = calendar_.current();
        const auto left = pakn::time_left(now, *r.deadline, r.step_allotted_min.value_or(480), cal->schedule, cal->policy);
        s.time_left = left.text;
        s.time_left_level = left.level;
    }
    return s;
}

ReportDetail ReportService::detail_of(const ReportView& v) const {
    const auto& r = v.report;
    ReportDetail d;
    static_cast<ReportSummary&>(d) = summary_of(r, clock_.now());
    if (v.has_time_left) {
        d.time_left = v.time_left.text;
        d.time_left_level = v.time_left.level;
    }
    if (v.visibility != Visibility::officer) {
        d.assignee_id.reset();
        d.assignee_name.clear();
    }
    d.content = r.content;
    if (v.visibility == Visibility::published) {
        d.title = public_title_of(r);
        d.content = public_content_of(r);
    }
    d.address = r.address;
    d.lat = r.lat;
    d.lon = r.lon;
    d.is_public = r.is_public;
    for (const auto& a : v.attachments)
        if (a.purpose == "report") d.attachments.push_back(to_attachment(a));
    ReporterInfo who;
    who.deleted = r.author_id && r.author_status == "deleted";
    if (v.visibility == Visibility::published) {
        who.name = public_reporter_name(r);
        who.masked = true;
    } else {
        who.name = reporter_display_name(r);
        who.phone = r.author_phone.empty() ? r.reporter_phone : r.author_phone;
        who.email = r.author_email.empty() ? r.reporter_email : r.author_email;
        who.id_number = r.author_login.empty() ? r.reporter_id_number : r.author_login;
    }
    d.reporter = who;
    d.events = timeline_of(v.events, r, v.visibility);
    d.allowed_actions = v.allowed_actions;
    d.extension_pending = r.extension_pending;
    if (v.visibility != Visibility::published) {
        d.reconsideration_pending = r.reconsideration_pending;
        d.reconsideration_requested = r.reconsideration_requested;
    }
    d.followers = v.followers;
    d.following = v.following;
    if (!r.rating_level.empty())
        if (auto level = parse_satisfaction(r.rating_level))
            d.rating = RatingInfo{*level, r.rating_comment, r.rated_at.value_or(0)};
    d.result = answer_of(r, v.attachments, v.visibility == Visibility::officer);
    if (r.lead_unit_id) d.lead_unit = UnitRef{*r.lead_unit_id, r.lead_unit_name};
    for (const auto& u : v.co_units) d.co_units.push_back(UnitRef{u.id, u.name});
    d.priority = parse_priority(r.priority);
    d.proposed_deadlines = v.proposed_deadlines;
    d.suggested_unit_id = v.suggested_unit_id;
    d.updated_at = r.updated_at;
    d.version = r.version;
    return d;
}

Page<ReportSummary> ReportService::summaries(const store::ReportPage& p, const ListQuery& q) const {
    auto page = page_of<ReportSummary>(q, p.total);
    const auto now = clock_.now();
    for (const auto& r : p.rows) page.items.push_back(summary_of(r, now));
    return page;
}

// ---------------------------------------------------------------- create / edit
Result<ReportCreated> ReportService::create(const Principal& who, const ReportForm& form) {
    const auto now = clock_.now();
    const bool intake = who.officer();
    if (intake && !who.has_role(Role::dispatcher)) return Result<ReportCreated>::failure(api_error(403, "forbidden"));
    const auto cal = calendar_.current();
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
    ReportCreated created;
    const bool keyed = !form.idempotency_key.empty() && who.account_id > 0;
    bool replayed = false;
    auto refused = db_.attempt([&](Connection& c) -> std::optional<ApiError> {
        // Looked up again inside the write: two retries racing each other
        // still make one report (the key's primary key would refuse a second).
        if (keyed)
            if (auto earlier = store::find_submission_key(c, who.account_id, form.idempotency_key))
                if (auto row = store::find_report(c, *earlier)) {
                    created = ReportCreated{row->id, row->code, status_of(*row)};
                    replayed = true;
                    return std::nullopt;
                }
        if (!r.category_code.empty()) {
            // The group decides the SLA (urban incidents run on shorter clocks).
            auto category = store::find_category(c, r.category_code);
            if (!category || !category->active)
                return validation_failed({field_error("category_code", "unknown_category")});
            r.category_group = category->group;
        }
        if (auto bad = check_attachments(c, who, form.attachment_ids, std::nullopt)) return bad;
        if (intake) {
            // Entered by the center for a caller on the hotline, by e-mail
            // or in person: linked to an existing account when the phone or
            // ID number matches, so it appears among that person's reports.
            r.intake_by = who.account_id;
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
            r.author_id = who.account_id;
            r.author_status = "active";  // a signed-in account is active
            r.status = form.submit ? "submitted" : "draft";
        }
        // A sent report is written once, complete: code, clock and SLA step
        // are known before the row exists (an insert followed by an update
        // ran the statistics and search triggers twice per submission).
        if (r.status == "submitted") {
            r.code = store::next_report_code(c, local_date(now).year);
            r.submitted_at = now;
            enter_step(r, SlaStep::classify_and_assign, now, *cal);
        }
        r.id = store::insert_report(c, r);
        if (keyed) store::insert_submission_key(c, who.account_id, form.idempotency_key, r.id, now);
        store::link_attachments(c, r.id, form.attachment_ids, "report");
        if (r.status == "submitted") {
            store::EventRow e;
            e.report_id = r.id;
            e.at = now;
            e.actor_id = who.account_id;
            e.actor_role = intake ? "dispatcher" : std::string(to_string(who.kind));
            e.actor_unit_id = intake ? who.unit_id : std::nullopt;
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
        created = ReportCreated{r.id, r.code, status_of(r)};
        return std::nullopt;
    });
    if (refused) return Result<ReportCreated>::failure(*refused);
    if (hub_ && !replayed) hub_->publish();
    return Result<ReportCreated>::success(created);
}

std::optional<ReportCreated> ReportService::created_with_key(const Principal& who, const std::string& key) {
    if (key.empty() || who.account_id <= 0) return std::nullopt;
    return db_.read([&](Connection& c) -> std::optional<ReportCreated> {
        const auto id = store::find_submission_key(c, who.account_id, key);
        if (!id) return std::nullopt;
        auto row = store::find_report(c, *id);
        if (!row) return std::nullopt;
        return ReportCreated{row->id, row->code, status_of(*row)};
    });
}

Result<ReportDetail> ReportService::edit(const Principal& who, std::int64_t id, const ReportForm& form) {
    const auto now = clock_.now();
    const auto cal = calendar_.current();
    auto refused = db_.attempt([&](Connection& c) -> std::optional<ApiError> {
        auto found = store::find_report(c, id);
        if (!found || !found->author_id || *found->author_id != who.account_id) return not_found();
        ReportRow r = *found;
        const auto status = status_of(r);
        const auto role = who.acting_role().value_or(Role::citizen);
        // Editing is itself a workflow action (edit), so the table decides.
        auto t = apply(Action::edit, role, Relation::owner, status, flags_of(r), {});
        if (!t) return to_api_error(t.refusal);
        if (!form.category_code.empty() && !store::category_exists(c, form.category_code))
            return validation_failed({field_error("category_code", "unknown_category")});
        if (auto bad = check_attachments(c, who, form.attachment_ids, r.id)) return bad;
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
        store::EventRow e;
        e.report_id = r.id;
        e.at = now;
        e.actor_id = who.account_id;
        e.actor_role = std::string(to_string(who.kind));
        if (form.submit) {
            const Action action = status == Status::draft ? Action::submit : Action::resubmit;
            auto s = apply(action, role, Relation::owner, status, flags_of(r), {});
            if (!s) return to_api_error(s.refusal);
            r.status = std::string(to_string(s.next));
            if (!r.submitted_at) r.submitted_at = now;
            const bool back_to_unit = flags_of(r).info_asked_by_unit && !s.flags.info_asked_by_unit;
            set_flags(r, s.flags);
            if (r.code.empty()) r.code = store::next_report_code(c, local_date(now).year);
            // The group of the category chosen in this edit, not the stored one.
            r.category_group.clear();
            if (!r.category_code.empty())
                if (auto cat = store::find_category(c, r.category_code)) r.category_group = cat->group;
            if (back_to_unit) {
                r.info_asked_by_unit_at = found->info_asked_by_unit_at;
                resume_after_information(r, now, *cal);
            } else {
                enter_step(r, SlaStep::classify_and_assign, now, *cal);
            }
            e.action = std::string(to_string(action));
            e.from_status = std::string(to_string(status));
            e.to_status = r.status;
            store::insert_event(c, e);
            // A saved draft sent later gets the same receipt as one sent at once.
            if (action == Action::submit)
                notify_author(c, r, "submitted", "Phản ánh " + r.code + " đã được gửi đến Trung tâm",
                              "Mã tra cứu: " + r.code, false, now);
        } else if (status != Status::draft) {
            e.action = "edit";
            store::insert_event(c, e);
        }
        if (!store::update_report(c, r)) return api_error(409, "stale_report");
        c.at_batch_end([id = r.id, folded = folded_text(r)](Connection& batch) {
            store::index_report(batch, id, folded);
        });
        return std::nullopt;
    });
    if (refused) return Result<ReportDetail>::failure(*refused);
    if (hub_) hub_->publish();
    return view(&who, id);
}

// ---------------------------------------------------------------- colleagues
std::vector<Colleague> ReportService::colleagues(const Principal& who) {
    std::vector<Colleague> out;
    if (!who.unit_id) return out;
    const auto rows = db_.read([&](Connection& c) { return store::unit_officers(c, *who.unit_id); });
    for (const auto& r : rows)
        out.push_back(Colleague{r.id, r.full_name, parse_role(r.role).value_or(Role::handler)});
    return out;
}

// ---------------------------------------------------------------- routing
std::optional<std::int64_t> ReportService::suggested_unit(Connection& c, const ReportRow& r) {
    if (r.category_code.empty()) return std::nullopt;
    const auto category = store::find_category(c, r.category_code);
    if (!category) return std::nullopt;
    // A commune-level matter goes to the People's Committee of the commune
    // it happens in; without a commune, the category's default unit.
    if (category->commune_level && !r.commune_code.empty())
        if (auto ubnd = store::commune_unit(c, r.commune_code)) return ubnd;
    if (!category->default_unit_id) return std::nullopt;
    const auto unit = store::find_unit(c, *category->default_unit_id);
    if (!unit || !unit->active) return std::nullopt;
    return unit->id;
}

// ---------------------------------------------------------------- reclassifying
std::optional<ApiError> ReportService::reclassification(Connection& c, const ReportRow& r, const ActionParams& p,
                                                        nlohmann::json& payload) {
    const std::string category = p.category_code.value_or("");
    auto cat = store::find_category(c, category);
    if (!cat || !store::category_exists(c, category))
        return validation_failed({field_error("category_code", "unknown_category")});
    std::optional<std::string> commune;
    if (p.commune_code) {
        commune = store::commune_name(c, *p.commune_code);
        if (!commune) return validation_failed({field_error("commune_code", "unknown_commune")});
    }
    const bool same_category = category == r.category_code;
    const bool same_commune = !p.commune_code || *p.commune_code == r.commune_code;
    if (same_category && same_commune) return validation_failed({field_error("category_code", "reclassify_unchanged")});
    // The timeline says what it was and what it is now; statistics follow
    // through the reports table's triggers.
    payload["from_category"] = r.category_name;
    payload["category"] = cat->name;
    if (!same_commune) {
        payload["from_commune"] = r.commune_name;
        payload["commune"] = *commune;
    }
    return std::nullopt;
}

// ---------------------------------------------------------------- publishing
void ReportService::publish_text(Connection& c, const Principal& who, const ReportRow& r, const ActionParams& p,
                                 std::int64_t now) {
    // Redacted by default; the dispatcher's own text is taken as typed (they
    // read the preview and decided), and the audit says what it still holds.
    const auto title_found = find_personal_data(r.title);
    const auto content_found = find_personal_data(r.content);
    const std::string title = p.public_title ? *p.public_title : redact(r.title, title_found);
    const std::string content = p.public_text ? *p.public_text : redact(r.content, content_found);
    store::set_public_text(c, r.id, title, content);
    std::vector<PersonalDataSpan> found = title_found;
    found.insert(found.end(), content_found.begin(), content_found.end());
    std::vector<PersonalDataSpan> kept = find_personal_data(title);
    const auto kept_content = find_personal_data(content);
    kept.insert(kept.end(), kept_content.begin(), kept_content.end());
    // Officers read it in the history: kinds and counts, never the values.
    auto how = [](bool edited) { return edited ? "do cán bộ sửa" : "che tự động"; };
    std::string detail = "Tìm thấy: " + personal_data_counts_text(found) +
                         "; còn trong bản công khai: " + personal_data_counts_text(kept) + "; tiêu đề " +
                         how(p.public_title.has_value()) + ", nội dung " + how(p.public_text.has_value());
    store::audit(c, now, who.account_id, "report_published", "report:" + std::to_string(r.id), "", detail);
    ReportRow published = r;
    published.public_title = title;
    published.public_content = content;
    // The publish trigger (migration 0008) copied the original's index text;
    // the public index holds the public version instead.
    c.at_batch_end([id = r.id, folded = public_folded_text(published)](Connection& batch) {
        store::index_published(batch, id, folded);
    });
}

int ReportService::store_missing_public_versions() {
    int changed = 0;
    for (;;) {
        // Small batches: a data folder with many old reports is upgraded
        // without one long write that would hold every request up.
        const int batch = db_.write([&](Connection& c) {
            const auto ids = store::published_without_public_text(c, 500);
            for (const std::int64_t id : ids) {
                auto r = store::find_report(c, id);
                if (!r) continue;
                r->public_title = redact_personal_data(r->title);
                r->public_content = redact_personal_data(r->content);
                store::set_public_text(c, id, *r->public_title, *r->public_content);
                store::index_published(c, id, public_folded_text(*r));
            }
            return static_cast<int>(ids.size());
        });
        changed += batch;
        if (batch < 500) break;
    }
    // Cached public answers were built from the old text.
    if (changed > 0 && hub_) hub_->publish();
    return changed;
}

Result<PublicPreview> ReportService::public_preview(const Principal& who, std::int64_t id) {
    const auto role = who.acting_role();
    ReportFlags publishable;
    publishable.is_public_allowed = true;
    // Only a role the workflow lets publish (the center) previews.
    const auto may = role ? allowed_actions(*role, Relation::none, Status::resolved, publishable)
                          : std::vector<Action>{};
    if (std::find(may.begin(), may.end(), Action::publish) == may.end())
        return Result<PublicPreview>::failure(api_error(403, "forbidden"));
    auto r = db_.read([&](Connection& c) -> std::optional<ReportRow> {
        auto found = store::find_report(c, id);
        if (!found || visibility(&who, *found, store::co_units(c, id)) != Visibility::officer) return std::nullopt;
        return found;
    });
    if (!r) return Result<PublicPreview>::failure(not_found());
    PublicPreview out;
    const auto title_found = find_personal_data(r->title);
    const auto content_found = find_personal_data(r->content);
    out.title = r->title;
    out.title_spans = findings_of(title_found);
    out.public_title = redact(r->title, title_found);
    out.text = r->content;
    out.spans = findings_of(content_found);
    out.public_text = redact(r->content, content_found);
    return Result<PublicPreview>::success(std::move(out));
}

// ---------------------------------------------------------------- view
Result<ReportDetail> ReportService::view(const Principal* who, std::int64_t id) {
    const auto now = clock_.now();
    auto v = db_.read([&](Connection& c) -> std::optional<ReportView> {
        auto r = store::find_report(c, id);
        if (!r) return std::nullopt;
        auto vis = visibility(who, *r, store::co_units(c, id));
        // A follower reads what the public would: the masked report and its
        // public steps, so the notices it gets lead somewhere.
        if (vis == Visibility::none && who && r->is_public && r->status != "draft" &&
            store::is_following(c, id, who->account_id))
            vis = Visibility::published;
        if (vis == Visibility::none) return std::nullopt;
        return build_view(c, who, std::move(*r), vis);
    });
    if (!v) return Result<ReportDetail>::failure(not_found());
    if (v->visibility == Visibility::officer) {
        // Every look at a citizen's personal data by an officer is recorded.
        db_.write([&](Connection& c) {
            store::audit(c, now, who->account_id, "view_report", "report:" + std::to_string(id), "", "");
        }, store::Durability::normal);
    }
    return Result<ReportDetail>::success(detail_of(*v));
}

Result<PublicReport> ReportService::public_view(std::int64_t id) {
    auto v = db_.read([&](Connection& c) -> std::optional<ReportView> {
        auto r = store::find_report(c, id);
        if (!r || !r->is_published) return std::nullopt;
        return build_view(c, nullptr, std::move(*r), Visibility::published);
    });
    if (!v) return Result<PublicReport>::failure(not_found());
    return Result<PublicReport>::success(to_public(*v));
}

Visibility ReportService::visibility_of(const Principal* who, std::int64_t id) {
    return db_.read([&](Connection& c) {
        auto r = store::find_report(c, id);
        return r ? visibility(who, *r, store::co_units(c, id)) : Visibility::none;
    });
}

// ---------------------------------------------------------------- actions
Result<ReportDetail> ReportService::act(const Principal& who, std::int64_t id, const ActionRequestBody& body) {
    const auto now = clock_.now();
    const ActionForm& form = body.form;
    const auto action = parse_action(form.action);
    const auto role = who.acting_role();
    if (!action || !role)
        return Result<ReportDetail>::failure(validation_failed({field_error("action", "unknown_action")}));
    const auto cal = calendar_.current();
    bool sms_queued = false;
    // The answer shows the report as the actor saw it before acting: a unit
    // that returned a report no longer sees it, yet gets the new state.
    std::optional<ReportView> result;
    auto refused = db_.attempt([&](Connection& c) -> std::optional<ApiError> {
        auto found = store::find_report(c, id);
        if (!found) return not_found();
        ReportRow r = *found;
        auto cos = store::co_units(c, id);
        const auto vis = visibility(&who, r, cos);
        if (vis != Visibility::owner && vis != Visibility::officer) return not_found();
        if (body.version && *body.version != r.version) return api_error(409, "stale_report");
        const auto status = status_of(r);
        const auto t = apply(*action, *role, relation_of(who, r, cos), status, flags_of(r), form.params);
        if (!t) return to_api_error(t.refusal);
        // Sending and editing are allowed but not here: PATCH /reports/{id}
        // checks the full form and the captcha, assigns the tracking code
        // and starts the deadline clock.
        if (*action == Action::submit || *action == Action::resubmit || *action == Action::edit)
            return validation_failed({field_error("action", "action_needs_report_form")});
        const auto& p = form.params;
        // Checks that need the database.
        std::string unit_name;
        if (p.unit_id) {
            if (!store::unit_exists(c, *p.unit_id)) return validation_failed({field_error("unit_id", "unknown_unit")});
            unit_name = store::unit_name(c, *p.unit_id).value_or("");
        }
        for (auto u : p.co_unit_ids)
            if (!store::unit_exists(c, u)) return validation_failed({field_error("co_unit_ids", "unknown_unit")});
        if (p.deadline && *p.deadline <= now) return validation_failed({field_error("deadline", "deadline_in_past")});
        if (p.duplicate_of && !store::find_report_by_code(c, *p.duplicate_of))
            return validation_failed({field_error("duplicate_of", "invalid_duplicate_of")});
        std::optional<ReportRow> merged_into;
        if (*action == Action::merge) {
            auto target = merge_target(c, r, *p.duplicate_of);
            if (target.refusal) return target.refusal;
            merged_into = std::move(target.report);
            r.merged_into_id = merged_into->id;
        }
        nlohmann::json payload = params_payload(p, unit_name);
        if (*action == Action::reclassify) {
            if (auto bad = reclassification(c, r, p, payload)) return bad;
        }
        if (p.handler_id) {
            // One of the lead unit's active handlers or leads, no one else.
            std::optional<store::ColleagueRow> handler;
            if (r.lead_unit_id)
                for (const auto& o : store::unit_officers(c, *r.lead_unit_id))
                    if (o.id == *p.handler_id) handler = o;
            if (!handler) return validation_failed({field_error("handler_id", "unknown_handler")});
            payload["handler_id"] = handler->id;
            payload["handler_name"] = handler->full_name;
        }
        // The note sent with a draft answer ("Ghi chú kèm theo") is for the
        // unit lead; the event's note is the draft itself.
        if (*action == Action::propose_result && p.note) payload["note"] = *p.note;
        if (body.priority) {
            if (*action != Action::assign && *action != Action::reopen)
                return validation_failed({field_error("priority", "field_not_applicable")});
            if (!parse_priority(*body.priority)) return validation_failed({field_error("priority", "invalid_priority")});
            r.priority = *body.priority;
            payload["priority"] = r.priority;
        }
        if (!body.attachment_ids.empty()) {
            if (*action != Action::propose_result)
                return validation_failed({field_error("attachment_ids", "field_not_applicable")});
            if (auto bad = check_attachments(c, who, body.attachment_ids, r.id)) return bad;
        }

        const StepEffects effects = apply_step(r, *action, status, t, p, now, *cal);
        payload.update(effects.payload);
        if (effects.co_units) store::set_co_units(c, r.id, *effects.co_units);
        if (*action == Action::propose_result) {
            store::unlink_attachments(c, r.id, "result");
            store::link_attachments(c, r.id, body.attachment_ids, "result");
        }
        if (!store::update_report(c, r)) return api_error(409, "stale_report");
        if (*action == Action::publish) publish_text(c, who, r, p, now);
        store::EventRow e;
        e.report_id = r.id;
        e.at = now;
        e.actor_id = who.account_id;
        e.actor_role = std::string(to_string(*role));
        e.actor_unit_id = who.officer() ? who.unit_id : std::nullopt;
        e.action = std::string(to_string(*action));
        e.from_status = std::string(to_string(status));
        e.to_status = r.status;
        e.note = *action == Action::propose_result ? p.result_text.value_or("") : p.note.value_or("");
        e.payload = json_text(payload);
        // Comments and directions stay among officers; everything else is
        // the citizen's timeline.
        e.internal = *action == Action::comment || *action == Action::direct;
        store::insert_event(c, e);
        Notice notice = notice_of(*action, r, unit_name);
        if (merged_into) notice.title += " tại phản ánh " + merged_into->code;
        if (!notice.title.empty() && !(r.author_id && *r.author_id == who.account_id)) {
            // The notice carries the step's note only when the reporter's
            // timeline shows it (a routing note or a reopening instruction
            // is for the unit).
            const std::string shown = note_shown(*action, Audience::reporter) ? p.note.value_or("") : "";
            notify_author(c, r, std::string(to_string(*action)), notice.title, shown, notice.sms, now);
            sms_queued = sms_queued || notice.sms;
        }
        // Người cùng phản ánh hear of every step the author hears of.
        if (!notice.title.empty())
            sms_queued = tell_followers(c, r, std::string(to_string(*action)), notice.title, notice.sms, now) || sms_queued;
        if (*action == Action::publish) tell_subscribers(c, r, now);
        if (merged_into) carry_over(c, r, *merged_into, who, now);
        sms_queued = officer_notices_.after_step(c, *action, r, who, now) || sms_queued;
        result = build_view(c, &who, store::find_report(c, r.id).value_or(r), vis);
        return std::nullopt;
    });
    if (refused) {
        if (refused->status == 409) {
            // Say what the report looks like now, so the officer sees why.
            if (auto current = view(&who, id)) {
                ApiError e = *refused;
                if (e.code == "stale_report") e.message = std::string(message_for("stale_report"));
                e.fields.push_back(FieldError{"status", "current_status", std::string(to_string(current.value.status))});
                return Result<ReportDetail>::failure(e);
            }
        }
        return Result<ReportDetail>::failure(*refused);
    }
    if (sms_queued && outbox_) outbox_->wake();
    if (hub_) hub_->publish();
    return Result<ReportDetail>::success(detail_of(*result));
}

namespace {

// One report's outcome in a bulk request, from its single action's answer.
BulkItemResult bulk_item(std::int64_t id, const Result<ReportDetail>& done) {
    BulkItemResult item;
    item.id = id;
    if (done) {
        item.ok = true;
        item.code = done.value.code;
        item.status = done.value.status;
        return item;
    }
    const ApiError& e = done.error;
    item.http = e.status;
    item.error = e.code;
    item.message = e.message.empty() ? std::string(message_for(e.code)) : e.message;
    for (const auto& f : e.fields) {
        if (f.field == "status" && f.code == "current_status") {
            // 409 says what the report is now: "… (Đã tiếp nhận)".
            if (const auto now = parse_status(f.message)) item.message += " (" + std::string(label(*now)) + ")";
        } else if (e.code == "validation_failed") {
            item.error = f.code;  // the one wrong input says more than "invalid"
            item.message = f.message.empty() ? std::string(message_for(f.code)) : f.message;
            break;
        }
    }
    return item;
}

}  // namespace

Result<BulkResult> ReportService::bulk(const Principal& who, const BulkActionForm& form) {
    const auto action = parse_action(form.action);
    const auto role = who.acting_role();
    if (!action || !role || !who.officer()) return Result<BulkResult>::failure(api_error(403, "forbidden"));
    const auto offered = bulk_actions_for(*role);
    if (std::find(offered.begin(), offered.end(), *action) == offered.end())
        return Result<BulkResult>::failure(api_error(403, "action_not_allowed_for_role"));
    BulkResult out;
    out.action = form.action;
    ActionRequestBody body;
    body.form = action_form_of(form);
    for (const auto id : form.report_ids) {
        BulkItemResult item = bulk_item(id, act(who, id, body));
        if (item.ok) {
            ++out.done;
        } else {
            ++out.failed;
            // The tracking code of a refused report the officer sees, so the
            // summary names it; nothing for one they may not see.
            if (item.http != 404)
                item.code = db_.read([&](Connection& c) {
                    const auto r = store::find_report(c, id);
                    return r ? r->code : std::string();
                });
        }
        out.items.push_back(std::move(item));
    }
    // The request as a whole, beside each report's own event.
    db_.write([&](Connection& c) {
        store::audit(c, clock_.now(), who.account_id, "bulk_action", "", "",
                     form.action + ": " + std::to_string(out.done) + "/" + std::to_string(out.items.size()));
    });
    return Result<BulkResult>::success(std::move(out));
}

// ---------------------------------------------------------------- lists
Page<ReportSummary> ReportService::mine(const Principal& who, const ListQuery& q) {
    auto s = base_query(q, clock_.now());
    s.scope = store::ReportScope::author;
    s.author_id = who.account_id;
    s.order = store::ReportOrder::updated_desc;
    auto page = summaries(db_.read([&](Connection& c) { return store::list_reports(c, s); }), q);
    // Who inside a unit handles it is the unit's business.
    for (auto& item : page.items) {
        item.assignee_id.reset();
        item.assignee_name.clear();
    }
    return page;
}

store::ReportQuery ReportService::inbox_query(const Principal& who, const ListQuery& q, bool audit) {
    auto s = base_query(q, clock_.now());
    if (who.sees_all_reports()) {
        s.scope = store::ReportScope::officers_all;
    } else {
        s.scope = store::ReportScope::unit;
        s.unit_id = who.unit_id.value_or(-1);
    }
    s.order = store::ReportOrder::deadline_asc;
    if (q.mine) s.assignee_id = who.account_id;
    s.reconsideration_pending = q.reconsideration;
    if (!q.reporter.empty()) {
        const ReporterKey key = reporter_key(q.reporter);
        s.reporter_key = key.value;
        if (!audit) return s;
        // "I called about this before": a look at who reported what, so it
        // is written to the audit log like any officer's look at personal data.
        db_.write([&](Connection& c) {
            store::audit(c, clock_.now(), who.account_id, "reporter_search", "", "", key.kind + ": " + key.masked);
        });
    }
    return s;
}

Page<ReportSummary> ReportService::inbox(const Principal& who, const ListQuery& q) {
    const auto s = inbox_query(who, q);
    return summaries(db_.read([&](Connection& c) { return store::list_reports(c, s); }), q);
}

InboxCounts ReportService::inbox_counts(const Principal& who, const ListQuery& q) {
    InboxCounts out;
    const ListQuery filters = filters_only(q);
    // One capped count per tab, each what the list's own total costs: the
    // scope and filters narrow first, and no count reads past the cap.
    db_.read([&](Connection& c) {
        for (const InboxTab& tab : inbox_tabs(who.acting_role())) {
            auto s = inbox_query(who, with_tab(filters, tab), false);
            s.page_size = 0;
            const auto page = store::list_reports(c, s);
            out.tabs.push_back(TabCount{tab.key, page.total, page.total_capped});
        }
        return 0;
    });
    return out;
}

Result<std::vector<ReportSummary>> ReportService::inbox_export(const Principal& who, const ListQuery& q) {
    auto s = inbox_query(who, q);
    s.page = 1;
    s.page_size = kMaxExportRows + 1;  // one more tells "too many" without counting them all
    s.count_cap = kMaxExportRows + 1;
    const auto rows = db_.read([&](Connection& c) { return store::list_reports(c, s); });
    if (rows.rows.size() > static_cast<std::size_t>(kMaxExportRows))
        return Result<std::vector<ReportSummary>>::failure(api_error(422, "export_too_large"));
    const auto now = clock_.now();
    std::vector<ReportSummary> out;
    out.reserve(rows.rows.size());
    for (const auto& r : rows.rows) out.push_back(summary_of(r, now));
    // A list of reports leaves the system: who took which (the filter, the
    // count) is kept with the other looks at officers' data.
    ListQuery filter = q;
    filter.page = 1;
    filter.reporter = q.reporter.empty() ? "" : reporter_key(q.reporter).masked;
    db_.write([&](Connection& c) {
        store::audit(c, now, who.account_id, "inbox_exported", "", "",
                     std::to_string(out.size()) + " hồ sơ; " + to_query_string(filter));
    });
    return Result<std::vector<ReportSummary>>::success(std::move(out));
}

OfficerMap ReportService::officer_map(const Principal& who, const ListQuery& q, bool with_shapes) {
    auto s = inbox_query(who, q);
    // Open: the statuses whose deadline runs (the shared is_open), within
    // the filter's status when it names one.
    s.statuses.clear();
    for (Status st : kAllStatuses)
        if (is_open(st) && (!q.status || *q.status == st)) s.statuses.emplace_back(to_string(st));
    OfficerMap out;
    std::vector<store::ReportPointRow> rows;
    db_.read([&](Connection& c) {
        if (with_shapes)
            if (auto geo = store::load_geo_map(c)) {
                out.credit = geo->credit;
                out.shapes = std::move(geo->shapes);
            }
        // A closed status asked for: no open report can match.
        if (s.statuses.empty()) return 0;
        rows = store::list_report_points(c, s, kMaxOfficerMapPoints + 1);
        s.located = false;
        out.without_position = store::count_reports(c, s);
        return 0;
    });
    if (rows.size() > static_cast<std::size_t>(kMaxOfficerMapPoints)) {
        rows.resize(kMaxOfficerMapPoints);
        out.truncated = true;
    }
    const auto now = clock_.now();
    const auto cal = calendar_.current();
    out.points.reserve(rows.size());
    for (auto& r : rows) {
        OfficerMapPoint p;
        p.report_id = r.id;
        p.code = std::move(r.code);
        p.title = std::move(r.title);
        p.status = parse_status(r.status).value_or(Status::submitted);
        p.lat = r.lat;
        p.lon = r.lon;
        // The inbox's colour (summary_of): the time left of the current step.
        if (r.deadline)
            p.time_left_level =
                pakn::time_left(now, *r.deadline, r.step_allotted_min.value_or(480), cal->schedule, cal->policy).level;
        out.points.push_back(std::move(p));
    }
    return out;
}

Page<PublicReport> ReportService::published(const ListQuery& q) {
    auto s = base_query(q, clock_.now());
    s.scope = store::ReportScope::published;
    s.order = store::ReportOrder::submitted_desc;
    const auto rows = db_.read([&](Connection& c) { return store::list_reports(c, s); });
    auto page = page_of<PublicReport>(q, rows.total);
    for (const auto& r : rows.rows) {
        ReportView v;
        v.report = r;
        v.visibility = Visibility::published;
        auto p = to_public(v);
        p.content = truncate_chars(p.content, kPublicExcerptChars);
        page.items.push_back(std::move(p));
    }
    return page;
}

Result<LookupResult> ReportService::lookup(const Principal* who, std::string_view typed) {
    const auto code = normalize_tracking_code(typed);
    if (!code) return Result<LookupResult>::failure(not_found());
    auto found = db_.read([&](Connection& c) -> std::optional<LookupResult> {
        auto r = store::find_report_by_code(c, *code);
        if (!r || r->status == "draft") return std::nullopt;
        return to_lookup(*r, visibility(who, *r, store::co_units(c, r->id)));
    });
    if (!found) return Result<LookupResult>::failure(not_found());
    return Result<LookupResult>::success(std::move(*found));
}

// ---------------------------------------------------------------- duties
int ReportService::flag_overdue() {
    const auto now = clock_.now();
    int flagged = 0;
    bool queued = false;
    db_.write([&](Connection& c) {
        for (auto id : store::newly_overdue_reports(c, now, 500)) {
            auto r = store::find_report(c, id);
            if (!r) continue;
            r->overdue_notified = true;
            if (!store::update_report(c, *r)) continue;
            // The unit's leads and the officer holding it answer for the
            // unit; before assignment the center's dispatchers do.
            queued = officer_notices_.deadline(c, {"overdue", "Phản ánh " + r->code + " đã quá hạn xử lý"}, *r, now) ||
                     queued;
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
    if (queued && outbox_) outbox_->wake();
    return flagged;
}

int ReportService::announce_deadlines() {
    const auto now = clock_.now();
    const auto cal = calendar_.current();
    // "Due soon" is at most a quarter of a step's time or the policy's
    // minutes: eight days covers the longest step (15 working days) around
    // a weekend; what is not due soon yet is looked at again next round.
    constexpr std::int64_t kLookAhead = 8 * 86400;
    auto candidates =
        db_.read([&](Connection& c) { return store::unannounced_deadlines(c, now, now + kLookAhead, 2000); });
    std::erase_if(candidates, [&](const store::DeadlineCandidate& d) {
        return pakn::time_left(now, d.deadline, d.allotted_minutes.value_or(480), cal->schedule, cal->policy).level !=
               TimeLeftLevel::due_soon;
    });
    if (candidates.empty()) return 0;
    int announced = 0;
    bool queued = false;
    db_.write([&](Connection& c) {
        for (const auto& d : candidates) {
            auto r = store::find_report(c, d.report_id);
            if (!r || r->deadline != d.deadline) continue;  // moved on meanwhile
            store::mark_deadline_announced(c, d.report_id, d.deadline, now);
            auto left = pakn::time_left(now, d.deadline, d.allotted_minutes.value_or(480), cal->schedule, cal->policy);
            if (left.text.starts_with("Còn")) left.text[0] = 'c';  // "… sắp đến hạn xử lý: còn 2 giờ"
            const OfficerNotice notice{"due_soon", "Phản ánh " + r->code + " sắp đến hạn xử lý: " + left.text};
            queued = officer_notices_.deadline(c, notice, *r, now) || queued;
            ++announced;
        }
    });
    if (announced && hub_) hub_->publish();
    if (queued && outbox_) outbox_->wake();
    return announced;
}

int ReportService::send_officer_digests() {
    const int sent = officer_notices_.send_digests(db_, clock_.now());
    if (sent && outbox_) outbox_->wake();
    return sent;
}

int ReportService::close_unrated(std::int64_t window_seconds) {
    const auto now = clock_.now();
    const auto cal = calendar_.current();
    int closed = 0;
    db_.write([&](Connection& c) {
        for (auto id : store::unrated_resolved_reports(c, now - window_seconds, 500)) {
            auto r = store::find_report(c, id);
            if (!r) continue;
            auto t = apply(Action::close, Role::system, Relation::none, Status::resolved, flags_of(*r), {});
            if (!t) continue;
            apply_step(*r, Action::close, Status::resolved, t, {}, now, *cal);
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

#include "http/convert.h"

#include <nlohmann/json.hpp>

#include "pakn/ids.h"

namespace pakn::server::http {
namespace {

bool overdue(const store::ReportRow& r, std::int64_t now) {
    const auto s = parse_status(r.status);
    return r.deadline && s && is_open(*s) && *r.deadline < now;
}

std::string reporter_display_name(const store::ReportRow& r) {
    if (r.author_kind == "organization" && !r.author_org.empty()) return r.author_org;
    if (!r.author_name.empty()) return r.author_name;
    return r.reporter_name;
}

}  // namespace

Account to_account(const store::AccountRow& a) {
    Account out;
    out.id = a.id;
    out.kind = a.kind;
    out.login = a.login;
    out.full_name = a.full_name;
    out.phone = a.phone;
    out.phone_masked = a.phone.empty() ? "" : mask_phone(a.phone);
    out.email = a.email;
    out.address = a.address;
    out.commune_code = a.commune_code;
    out.org_name = a.org_name;
    out.representative = a.representative;
    out.unit_id = a.unit_id;
    out.unit_name = a.unit_name;
    out.role = a.role;
    out.must_change_password = a.must_change_password;
    out.created_at = a.created_at;
    return out;
}

ReportSummary to_summary(const store::ReportRow& r, std::int64_t now) {
    ReportSummary s;
    s.id = r.id;
    s.code = r.code;
    s.title = r.title;
    s.status = parse_status(r.status).value_or(Status::draft);
    s.category_code = r.category_code;
    s.category_name = r.category_name;
    s.commune_code = r.commune_code;
    s.commune_name = r.commune_name;
    s.unit_name = r.lead_unit_name;
    s.created_at = r.created_at;
    s.submitted_at = r.submitted_at;
    s.deadline = r.deadline;
    s.overdue = overdue(r, now);
    s.is_published = r.is_published;
    s.channel = r.channel;
    return s;
}

AttachmentInfo to_attachment(const store::AttachmentRow& a) {
    return AttachmentInfo{a.id, a.mime, a.size, a.sha256, a.name, a.kind};
}

Notification to_notification(const store::NotificationRow& n) {
    Notification out;
    out.id = n.id;
    out.kind = n.kind;
    out.title = n.title;
    out.body = n.body;
    out.report_id = n.report_id;
    out.report_code = n.report_code;
    out.created_at = n.created_at;
    out.read = n.read_at.has_value();
    return out;
}

Event to_event(const store::EventRow& e) {
    Event out;
    out.id = e.id;
    out.action = parse_action(e.action).value_or(Action::comment);
    out.from_status = parse_status(e.from_status);
    out.to_status = parse_status(e.to_status);
    // Officers act in the name of their unit; the public timeline names the
    // unit, officers also see the person.
    out.actor_name = e.actor_unit_name.empty() ? e.actor_name : e.actor_unit_name;
    out.actor_role = parse_role(e.actor_role);
    out.note = e.note;
    auto payload = nlohmann::json::parse(e.payload, nullptr, false);
    out.payload = payload.is_object() ? payload : nlohmann::json::object();
    out.created_at = e.at;
    out.internal = e.internal;
    // "overdue" is a system marker, not a workflow action: keep it visible
    // to officers as an internal comment-like line.
    if (e.action == "overdue") {
        out.action = Action::comment;
        out.internal = true;
        out.note = "Quá hạn xử lý";
    }
    return out;
}

ReportDetail to_detail(const services::ReportView& v, std::int64_t now) {
    const auto& r = v.report;
    ReportDetail d;
    static_cast<ReportSummary&>(d) = to_summary(r, now);
    d.content = r.content;
    d.address = r.address;
    d.lat = r.lat;
    d.lon = r.lon;
    d.is_public = r.is_public;
    for (const auto& a : v.attachments)
        if (a.purpose == "report") d.attachments.push_back(to_attachment(a));
    ReporterInfo who;
    who.deleted = r.author_id && r.author_status == "deleted";
    if (v.visibility == services::Visibility::published) {
        who.name = who.deleted ? "" : mask_name(reporter_display_name(r));
        who.masked = true;
    } else {
        who.name = reporter_display_name(r);
        who.phone = r.author_phone.empty() ? r.reporter_phone : r.author_phone;
        who.email = r.author_email.empty() ? r.reporter_email : r.author_email;
        who.id_number = r.author_login.empty() ? r.reporter_id_number : r.author_login;
    }
    d.reporter = who;
    for (const auto& e : v.events) d.events.push_back(to_event(e));
    d.allowed_actions = v.allowed_actions;
    d.extension_pending = r.extension_pending;
    if (!r.rating_level.empty())
        if (auto level = parse_satisfaction(r.rating_level))
            d.rating = RatingInfo{*level, r.rating_comment, r.rated_at.value_or(0)};
    // The proposed answer is the unit's draft until its lead approves it.
    const bool answer_public = r.resolved_at.has_value();
    if (!r.result_text.empty() && (answer_public || v.visibility == services::Visibility::officer)) {
        ResultInfo res;
        res.text = r.result_text;
        res.approved_at = r.resolved_at;
        for (const auto& a : v.attachments)
            if (a.purpose == "result") res.attachments.push_back(to_attachment(a));
        d.result = res;
    }
    if (r.lead_unit_id) d.lead_unit = UnitRef{*r.lead_unit_id, r.lead_unit_name};
    for (const auto& u : v.co_units) d.co_units.push_back(UnitRef{u.id, u.name});
    d.priority = parse_priority(r.priority);
    d.time_left = v.time_left_text;
    d.updated_at = r.updated_at;
    d.version = r.version;
    return d;
}

PublicReport to_public(const services::ReportView& v) {
    const auto& r = v.report;
    PublicReport p;
    p.id = r.id;
    p.code = r.code;
    p.title = r.title;
    p.content = r.content;
    p.address = r.address;
    p.commune_code = r.commune_code;
    p.commune_name = r.commune_name;
    p.category_code = r.category_code;
    p.category_name = r.category_name;
    p.lat = r.lat;
    p.lon = r.lon;
    p.status = parse_status(r.status).value_or(Status::resolved);
    p.reporter_name = r.author_status == "deleted" ? "" : mask_name(reporter_display_name(r));
    p.submitted_at = r.submitted_at;
    p.unit_name = r.lead_unit_name;
    if (!r.result_text.empty() && r.resolved_at) {
        ResultInfo res;
        res.text = r.result_text;
        res.approved_at = r.resolved_at;
        for (const auto& a : v.attachments)
            if (a.purpose == "result") res.attachments.push_back(to_attachment(a));
        p.result = res;
    }
    if (!r.rating_level.empty()) p.rating = parse_satisfaction(r.rating_level);
    return p;
}

LookupResult to_lookup(const store::ReportRow& r) {
    LookupResult l;
    l.code = r.code;
    l.status = parse_status(r.status).value_or(Status::submitted);
    l.status_label = std::string(label(l.status));
    l.submitted_at = r.submitted_at;
    l.updated_at = r.updated_at;
    l.deadline = r.deadline;
    l.category_name = r.category_name;
    l.commune_name = r.commune_name;
    return l;
}

}  // namespace pakn::server::http

// Xử lý phản ánh (/can-bo/phan-anh/{id}): everything an officer needs to act
// on one report (content, the reporter's contact, files, the map point, the
// answer, the whole history with internal notes) and one button per action
// the server lists in allowed_actions. Each button opens the action's form,
// built from the shared workflow's parameters and checked with the shared
// validators (pakn::clean, pakn::apply) before it is sent with the version
// the officer saw; a concurrent change comes back as 409 and is explained.
//
// [SECTION] index: loading, the action form (open, fields, check, send),
// answer templates, the page's parts, the screen.
#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <cstdio>
#include <cstdlib>

#include "app/app.h"
#include "app/screens.h"
#include "app/strings_common.h"
#include "app/strings_officer.h"
#include "app/strings_print.h"
#include "pakn/answer_templates.h"
#include "pakn/dto.h"
#include "pakn/files.h"
#include "pakn/forms.h"
#include "pakn/redaction.h"
#include "pakn/word_match.h"
#include "platform/platform.h"
#include "ui/test_hooks.h"
#include "ui/officer_widgets.h"
#include "ui/print_document.h"
#include "ui/report_widgets.h"
#include "ui/theme.h"
#include "ui/widgets.h"
#include "views/officer_common.h"
#include "views/state_officer.h"

namespace pakn::client::views {
namespace {

// [SECTION] loading ---------------------------------------------------------------

std::string report_url(std::int64_t id) {
    return "/api/v1/reports/" + std::to_string(id);
}

// Forgets what belonged to the previous report (the image cache stays: it is keyed by URL).
void switch_to(ProcessingState& s, std::int64_t id) {
    s.id = id;
    s.detail = {};
    s.loaded_generation = -1;
    s.changed_meanwhile = false;
    ui::clear_uploads(s.draft.files);
    s.draft = ActionDraft{};
    s.refusal.reset();
    s.done.clear();
    s.viewer = ui::ImageViewer{};
    s.templates = TemplatePicker{};
}

void reload(ProcessingState& s) {
    s.changed_meanwhile = false;
    net::load(s.detail, report_url(s.id));
}

// Someone else's change: the report stays on screen until the new state arrives.
void refresh(ProcessingState& s) {
    s.changed_meanwhile = false;
    net::refresh(s.detail, report_url(s.id));
}

// [SECTION] the action form ------------------------------------------------------------

bool takes(Action a, Param p) {
    return required_params(a).contains(p) || optional_params(a).contains(p);
}

// Actions that choose the report's priority along with their parameters.
bool takes_priority(Action a) {
    return a == Action::assign || a == Action::reopen;
}

// The answer deadline routing with `priority` would set now, as the server
// proposed it with its calendar (the admin's holidays, office hours and the
// category's deadlines) as text; "" when it proposed none (the server then
// sets it when the action arrives).
std::string proposed_deadline_text(const ReportDetail& d, const std::string& priority) {
    const Priority p = parse_priority(priority).value_or(Priority::normal);
    for (const ProposedDeadline& proposal : d.proposed_deadlines)
        if (proposal.priority == p) return ui::deadline_text(proposal.deadline);
    return {};
}

// The deadline the unit asked for in its pending extension request.
std::optional<UnixSeconds> requested_extension(const ReportDetail& d) {
    for (auto it = d.events.rbegin(); it != d.events.rend(); ++it) {
        if (it->action != Action::request_extension) continue;
        auto dl = it->payload.find("deadline");
        if (dl != it->payload.end() && dl->is_string()) return parse_iso8601(dl->get<std::string>());
        return std::nullopt;
    }
    return std::nullopt;
}


// Publishing: the shared detector (the server's own) finds the personal data
// once, so the dispatcher sees what will be hidden and starts from the
// version the server would publish by default.
void prepare_public_version(const ReportDetail& d, ActionDraft& f) {
    for (const std::string* text : {&d.title, &d.content})
        for (const PersonalDataSpan& span : find_personal_data(*text))
            f.found.push_back(std::string(personal_data_kind_label(span.kind)) + ": " +
                              text->substr(span.begin, span.end - span.begin));
    f.redacted_title = f.public_title = redact_personal_data(d.title);
    f.redacted_text = f.public_text = redact_personal_data(d.content);
}

void open_form(ProcessingState& s, Action a) {
    const ReportDetail& d = s.detail.data;
    ui::clear_uploads(s.draft.files);
    s.draft = ActionDraft{};
    s.draft.action = a;
    s.draft.open = true;
    s.draft.priority = std::string(priority_code(d.priority.value_or(Priority::normal)));
    // Routing starts from the unit the server proposes (the category's
    // default unit, or the commune's People's Committee).
    if (a == Action::assign && d.suggested_unit_id) s.draft.unit_id = std::to_string(*d.suggested_unit_id);
    if (takes_priority(a)) {
        s.draft.deadline_text = proposed_deadline_text(d, s.draft.priority);
    } else if (a == Action::approve_extension) {
        if (const auto asked = requested_extension(d)) s.draft.deadline_text = ui::deadline_text(*asked);
    }
    if (a == Action::publish) prepare_public_version(d, s.draft);
    if (a == Action::reclassify) {
        s.draft.category_code = d.category_code;
        s.draft.commune_code = d.commune_code;
    }
    s.templates.open = false;
    if (a == Action::assign_handler) {
        // The unit's officers may have changed since: ask each time.
        net::load(s.colleagues, "/api/v1/officer/colleagues");
        if (d.assignee_id) s.draft.handler_id = std::to_string(*d.assignee_id);
    }
    s.refusal.reset();
    s.done.clear();
}

// The form's values as the action's parameters; a deadline that does not
// parse is reported in `errors`.
ActionParams params_of(const ActionDraft& f, FieldErrors& errors) {
    const Action a = f.action;
    ActionParams p;
    if (takes(a, Param::note) && !f.note.empty()) p.note = f.note;
    if (takes(a, Param::reason_code) && !f.reason_code.empty()) p.reason_code = f.reason_code;
    // Reject names the original only for the reason "duplicate"; merge always does.
    const bool names_original = a == Action::merge || f.reason_code == to_string(RejectReason::duplicate);
    if (takes(a, Param::duplicate_of) && names_original && !f.duplicate_of.empty()) p.duplicate_of = f.duplicate_of;
    if (takes(a, Param::unit_id) && !f.unit_id.empty()) p.unit_id = std::strtoll(f.unit_id.c_str(), nullptr, 10);
    if (takes(a, Param::co_unit_ids)) {
        for (auto id : f.co_units)
            if (!p.unit_id || id != *p.unit_id) p.co_unit_ids.push_back(id);
    }
    // An optional deadline left as computed is left to the server, whose
    // calendar (with the admin's holidays) is the one that counts.
    const bool send_deadline = required_params(a).contains(Param::deadline) || f.deadline_edited;
    if (takes(a, Param::deadline) && send_deadline && !f.deadline_text.empty()) {
        if (const auto t = ui::parse_deadline_text(f.deadline_text))
            p.deadline = *t;
        else
            errors.push_back(FieldError{"deadline", "invalid_deadline", tr::off::kBadDeadline});
    }
    if (takes(a, Param::result_text) && !f.result.empty()) p.result_text = f.result;
    if (takes(a, Param::category_code) && !f.category_code.empty()) p.category_code = f.category_code;
    if (takes(a, Param::commune_code) && !f.commune_code.empty()) p.commune_code = f.commune_code;
    if (takes(a, Param::handler_id) && !f.handler_id.empty())
        p.handler_id = std::strtoll(f.handler_id.c_str(), nullptr, 10);
    // Left as prefilled, the server redacts the same way and the audit log
    // says "redacted"; changed, the dispatcher's text is published as typed.
    if (takes(a, Param::public_title) && f.public_title != f.redacted_title) p.public_title = f.public_title;
    if (takes(a, Param::public_text) && f.public_text != f.redacted_text) p.public_text = f.public_text;
    return p;
}

// Runs the shared checks: text rules (pakn::clean), then the workflow's
// parameter rules for this officer and report (pakn::apply). Returns the
// cleaned form, with the problems in `draft.errors`.
ActionForm check(const App& app, ProcessingState& s) {
    ActionDraft& f = s.draft;
    const ReportDetail& d = s.detail.data;
    FieldErrors errors;
    ActionForm form;
    form.action = std::string(to_string(f.action));
    form.params = params_of(f, errors);
    auto cleaned = clean(form);
    for (auto& e : cleaned.errors)
        errors.push_back(std::move(e));
    const auto role = officer::my_role(app);
    if (role) {
        const Transition t =
            apply(f.action, *role, officer::my_relation(app, d), d.status, officer::flags_of(d), cleaned.value.params);
        if (!t) {
            for (auto& e : t.refusal.fields)
                if (!has_error(errors, e.field)) errors.push_back(e);
        }
    }
    if (cleaned.value.params.deadline && *cleaned.value.params.deadline <= ui::now_seconds() &&
        !has_error(errors, "deadline"))
        errors.push_back(field_error("deadline", "deadline_in_past"));
    if (ui::uploads_busy(f.files)) errors.push_back(FieldError{"attachment_ids", "uploading", tr::off::kWaitUploads});
    f.errors = std::move(errors);
    return cleaned.value;
}

void send(App& app, ProcessingState& s) {
    ActionDraft& f = s.draft;
    f.tried = true;
    const ActionForm form = check(app, s);
    if (!f.errors.empty()) return;
    ActionRequestBody body;
    body.form = form;
    if (takes_priority(f.action)) body.priority = f.priority;
    if (f.action == Action::propose_result) body.attachment_ids = ui::uploaded_ids(f.files);
    body.version = s.detail.data.version;
    nlohmann::json j;
    to_json(j, body);
    f.sending = true;
    const std::int64_t id = s.id;
    const Action action = f.action;
    net::post(report_url(id) + "/actions", j, [&app, id, action](const net::Reply& reply) {
        auto& st = officer_states(app).processing;
        if (st.id != id) return;  // the officer moved on to another report
        st.draft.sending = false;
        if (reply.ok()) {
            ReportDetail updated;
            if (net::decode_reply(reply, updated)) {
                st.detail.data = std::move(updated);
                st.detail.phase = net::Phase::ok;
            } else {
                reload(st);
            }
            ui::clear_uploads(st.draft.files);
            st.draft.open = false;
            st.changed_meanwhile = false;
            st.done = std::string(tr::off::kDone) + std::string(label(action));
            return;
        }
        if (reply.status == 422 && !reply.error.fields.empty()) {
            // Field problems the server found (a unit that closed meanwhile,
            // an unknown tracking code): shown at their fields.
            st.draft.errors = reply.error.fields;
            return;
        }
        // 403 / 404 / 409: the action is not possible (any more); say why,
        // with the report's current status.
        st.draft.open = false;
        st.refusal = reply.error;
        // Someone else changed the report first: show it as it is now.
        if (net::lost_race(reply.error)) reload(st);
    });
}

// [SECTION] answer templates ---------------------------------------------------------

std::string templates_url(const ReportDetail& d) {
    std::string url = "/api/v1/officer/answer-templates";
    if (!d.category_code.empty()) url += "?category=" + d.category_code;
    return url;
}

// What the placeholders of an inserted template become for this report.
TemplateValues template_values(const App& app, const ReportDetail& d) {
    TemplateValues v;
    v.tracking_code = d.code;
    v.today = local_date(ui::now_seconds());
    if (d.reporter) v.reporter_name = d.reporter->name;
    v.report_title = d.title;
    v.unit_name = app.session.account.unit_name;
    return v;
}

// Puts the filled template into the answer: the whole answer when it is
// empty, else after what was written, as a new paragraph. The text stays
// an ordinary field value, edited like anything typed.
void insert_template(const App& app, ProcessingState& s, const AnswerTemplate& t) {
    std::string& answer = s.draft.result;
    const std::string filled = fill_placeholders(t.body, template_values(app, s.detail.data));
    if (!answer.empty() && answer.back() != '\n') answer += "\n\n";
    answer += filled;
    s.templates.open = false;
}

// "Chèn mẫu" and, when opened, the templates for the report's category
// (and the all-category ones), each with a preview and "Chèn". True when
// one was inserted.
bool template_picker(const App& app, ProcessingState& s) {
    TemplatePicker& p = s.templates;
    const ReportDetail& d = s.detail.data;
    if (ui::secondary_button(p.open ? tr::off::kCloseTemplates : tr::off::kInsertTemplate)) {
        p.open = !p.open;
        if (p.open && (p.loaded_url != templates_url(d) || p.list.failed())) {
            p.loaded_url = templates_url(d);
            net::load(p.list, p.loaded_url);
        }
    }
    if (!p.open) return false;
    bool inserted = false;
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(ui::px(8), ui::px(6)));
    // As tall as the list, up to a third of a laptop screen; then it scrolls.
    ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(FLT_MAX, ui::px(300)));
    if (ImGui::BeginChild("##templates", ImVec2(0, 0), ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY)) {
        if (p.list.failed()) {
            // A line and a button, not a banner card: a card nested in this
            // growing list would measure itself a frame late.
            ImGui::PushStyleColor(ImGuiCol_Text, ui::color::kDanger);
            ui::paragraph(std::string("⚠ ") + p.list.error.message);
            ImGui::PopStyleColor();
            if (ui::secondary_button((std::string("↻ ") + tr::kRetry + "##templates").c_str()))
                net::load(p.list, p.loaded_url);
        } else if (!p.list.ok()) {
            ui::spinner(tr::kLoading);
        } else if (p.list.data.empty()) {
            ui::muted(tr::off::kNoTemplatesForCategory);
        } else {
            ui::muted(tr::off::kPickTemplate);
            for (const AnswerTemplate& t : p.list.data) {
                ImGui::PushID(static_cast<int>(t.id));
                ImGui::PushFont(ui::fonts().bold);
                ui::paragraph(t.title);
                ImGui::PopFont();
                const std::string scope = std::string(t.category_name.empty() ? tr::off::kAllCategories
                                                                                : t.category_name.c_str()) +
                                          " • " + (t.unit_id ? t.unit_name : std::string(tr::off::kProvinceWide));
                ui::muted(scope);
                std::string preview = t.body;
                std::replace(preview.begin(), preview.end(), '\n', ' ');
                ui::muted(ui::ellipsized(preview, ImGui::GetContentRegionAvail().x));
                const std::string button = std::string(tr::off::kInsertThis) + " " + t.title + "##insert";
                if (ui::primary_button(button.c_str())) {
                    insert_template(app, s, t);
                    inserted = true;
                }
                ImGui::Separator();
                ImGui::PopID();
                if (inserted) break;
            }
        }
    }
    ImGui::EndChild();
    ImGui::PopStyleVar();
    return inserted;
}

// The note's label says what the note is for.
const char* note_label(Action a) {
    switch (a) {
        case Action::reject:
            return tr::off::kNoteReject;
        case Action::request_info:
            return tr::off::kNoteRequestInfo;
        case Action::return_:
            return tr::off::kNoteReturn;
        case Action::progress_note:
            return tr::off::kNoteProgress;
        case Action::request_extension:
            return tr::off::kNoteExtension;
        case Action::refuse_extension:
        case Action::refuse_result:
            return tr::off::kNoteRefuse;
        case Action::unpublish:
            return tr::off::kNoteUnpublish;
        case Action::reopen:
            return tr::off::kNoteReopen;
        case Action::comment:
            return tr::off::kNoteComment;
        case Action::propose_result:
            return tr::off::kNoteAnswer;
        case Action::reclassify:
            return tr::off::kNoteReclassify;
        case Action::direct:
            return tr::off::kNoteDirection;
        case Action::assign_handler:
            return tr::off::kNoteAssignHandler;
        case Action::decline_reconsideration:
            return tr::off::kNoteDeclineReconsideration;
        default:
            return tr::off::kNote;
    }
}

const char* deadline_label(Action a) {
    if (a == Action::request_extension || a == Action::approve_extension) return tr::off::kDeadlineExtension;
    if (takes_priority(a)) return tr::off::kDeadlineAnswerLabel;
    return tr::off::kDeadlineLabel;
}

// Co-handling units: a searchable list of checkboxes (the lead unit left out).
void co_unit_picker(App& app, ActionDraft& f) {
    ImGui::PushFont(ui::fonts().bold);
    ui::text(tr::off::kCoUnitsLabel);
    ImGui::PopFont();
    if (!f.co_units.empty()) {
        std::string chosen;
        for (auto id : f.co_units)
            chosen += (chosen.empty() ? "" : "; ") + unit_name(app.reference.units.data, id);
        ui::muted(chosen);
    }
    ImGui::SetNextItemWidth(-1);
    ui::text_field_inline("##co-filter", f.co_filter, tr::off::kFilterUnitsHint);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(ui::px(8), ui::px(6)));
    if (ImGui::BeginChild("##co-units", ImVec2(0, ui::px(160)), ImGuiChildFlags_Border)) {
        for (const auto& u : app.reference.units.data) {
            if (!u.active || std::to_string(u.id) == f.unit_id) continue;
            if (!matches_words(u.name, f.co_filter)) continue;
            bool on = std::find(f.co_units.begin(), f.co_units.end(), u.id) != f.co_units.end();
            if (ImGui::Checkbox((u.name + "##co" + std::to_string(u.id)).c_str(), &on)) {
                if (on)
                    f.co_units.push_back(u.id);
                else
                    std::erase(f.co_units, u.id);
            }
        }
    }
    ImGui::EndChild();
    ImGui::PopStyleVar();
}

// A problem drawn under a group of inputs (the text fields draw their own).
void field_problem(const FieldError& e) {
    ImGui::PushStyleColor(ImGuiCol_Text, ui::color::kDanger);
    ui::paragraph(std::string("⚠ ") + e.message);
    ImGui::PopStyleColor();
}

void action_form(App& app, ProcessingState& s) {
    ActionDraft& f = s.draft;
    const Action a = f.action;
    const ReportDetail& d = s.detail.data;
    const FieldErrors& errors = f.errors;
    auto err = [&](const char* field) { return f.tried ? ui::find_error(errors, field) : nullptr; };
    auto required = [&](Param p) { return required_params(a).contains(p); };
    bool changed = false;

    ui::muted(d.code + " – " + d.title);
    if (takes(a, Param::reason_code)) {
        std::vector<ui::Choice> reasons;
        for (RejectReason r : kAllRejectReasons)
            reasons.push_back({std::string(to_string(r)), std::string(label(r))});
        changed |=
            ui::select(tr::off::kReason, f.reason_code, reasons, tr::off::kReasonPlaceholder, true, err("reason_code"));
        if (f.reason_code == to_string(RejectReason::duplicate))
            changed |= ui::text_field(tr::off::kDuplicateOf, f.duplicate_of,
                                      {.hint = tr::kTrackingCodeExample, .required = true}, err("duplicate_of"));
    }
    // Gộp phản ánh trùng: the older report's tracking code.
    if (a == Action::merge)
        changed |= ui::text_field(tr::off::kMergeInto, f.duplicate_of,
                                  {.hint = tr::kTrackingCodeExample, .required = true}, err("duplicate_of"));
    if (takes(a, Param::unit_id)) {
        changed |= ui::select(tr::off::kUnit, f.unit_id, ui::unit_choices(app.reference.units.data),
                              tr::off::kUnitPlaceholder, required(Param::unit_id), err("unit_id"), true);
    }
    if (takes(a, Param::co_unit_ids)) {
        co_unit_picker(app, f);
        if (const FieldError* e = err("co_unit_ids")) field_problem(*e);
    }
    if (takes(a, Param::category_code)) {
        changed |= ui::select(tr::kCategory, f.category_code, ui::category_choices(app.reference.categories.data),
                              tr::off::kCategoryPlaceholder, required(Param::category_code), err("category_code"), true);
    }
    if (takes(a, Param::handler_id)) {
        std::vector<ui::Choice> people;
        for (const Colleague& o : s.colleagues.data)
            people.push_back({std::to_string(o.id), o.full_name + " (" + std::string(label(o.role)) + ")"});
        changed |= ui::select(tr::off::kHandlerLabel, f.handler_id, people, tr::off::kHandlerPlaceholder,
                              required(Param::handler_id), err("handler_id"), true);
        if (s.colleagues.failed()) ui::muted(s.colleagues.error.message);
    }
    if (takes(a, Param::commune_code)) {
        changed |= ui::select(tr::kCommune, f.commune_code, ui::commune_choices(), tr::off::kCommunePlaceholder,
                              required(Param::commune_code), err("commune_code"), true);
    }
    if (takes_priority(a)) {
        std::vector<ui::Choice> levels;
        for (Priority p : {Priority::normal, Priority::urgent, Priority::complex})
            levels.push_back({std::string(priority_code(p)), std::string(priority_label(p))});
        if (ui::select(tr::kLevel, f.priority, levels, nullptr, true)) {
            // The computed deadline follows the priority until the officer sets one.
            if (!f.deadline_edited) f.deadline_text = proposed_deadline_text(d, f.priority);
            changed = true;
        }
    }
    if (takes(a, Param::deadline)) {
        if (ui::text_field(deadline_label(a), f.deadline_text,
                           {.hint = tr::off::kDeadlineHint, .required = required(Param::deadline)}, err("deadline"))) {
            f.deadline_edited = true;
            changed = true;
        }
        if (takes_priority(a) && !f.deadline_edited) ui::muted(tr::off::kDeadlineComputed);
    }
    if (takes(a, Param::result_text)) {
        changed |= template_picker(app, s);
        changed |= ui::text_field(tr::off::kResultText, f.result,
                                  {.required = required(Param::result_text),
                                   .multiline = true,
                                   .multiline_height = 160,
                                   .max_chars = kMaxResultChars},
                                  err("result"));
    }
    if (a == Action::propose_result) {
        ImGui::PushFont(ui::fonts().bold);
        ui::text(tr::off::kResultFiles);
        ImGui::PopFont();
        ui::upload_list("##result-files", f.files, s.images);
        if (ui::secondary_button(tr::off::kAttachFiles)) ui::pick_and_upload(f.files);
        if (const FieldError* e = err("attachment_ids")) field_problem(*e);
    }
    if (takes(a, Param::public_text)) {
        ImGui::PushFont(ui::fonts().bold);
        ui::text(tr::off::kPublicVersion);
        ImGui::PopFont();
        ui::muted(tr::off::kPublicIntro);
        if (f.found.empty()) {
            ui::muted(tr::off::kFoundNothing);
        } else {
            ui::muted(tr::off::kFoundInOriginal);
            ImGui::PushStyleColor(ImGuiCol_Text, ui::color::kDanger);
            for (const std::string& line : f.found) {
                ImGui::Bullet();  // keeps the line
                ui::text(line);
            }
            ImGui::PopStyleColor();
        }
        changed |= ui::text_field(tr::off::kPublicTitle, f.public_title, {.max_chars = kMaxPublicTitleChars},
                                  err("public_title"));
        changed |= ui::text_field(
            tr::off::kPublicText, f.public_text,
            {.multiline = true, .multiline_height = 160, .max_chars = kMaxPublicTextChars}, err("public_text"));
    }
    if (takes(a, Param::note)) {
        changed |= ui::text_field(
            note_label(a), f.note,
            {.required = required(Param::note), .multiline = true, .multiline_height = 90, .max_chars = kMaxNoteChars},
            err("note"));
    }
    // Problems with what has no field here (the priority, the action itself).
    if (f.tried) {
        for (const auto& e : errors) {
            const bool drawn = e.field == "note" || e.field == "reason_code" || e.field == "duplicate_of" ||
                               e.field == "unit_id" || e.field == "co_unit_ids" || e.field == "deadline" ||
                               e.field == "result" || e.field == "attachment_ids" || e.field == "public_title" ||
                               e.field == "public_text" || e.field == "category_code" || e.field == "commune_code" ||
                               e.field == "handler_id";
            if (drawn) continue;
            field_problem(e);
        }
    }
    // Errors follow the typing once the officer has tried to send.
    if (changed && f.tried) check(app, s);
    ImGui::Spacing();
    ImGui::BeginDisabled(f.sending);
    if (ui::primary_button(f.sending ? tr::kSending : tr::kConfirm)) send(app, s);
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ui::secondary_button(tr::kCancel)) {
        ui::clear_uploads(f.files);
        f.open = false;
    }
    // The dialog was sized when it opened; when the form grows (an error
    // line, an attached file) it grows too, centered, up to the screen, so
    // "Xác nhận" does not end up below a scrollbar.
    if (const float more = ImGui::GetScrollMaxY(); more > 0) {
        const ImGuiViewport* vp = ImGui::GetMainViewport();
        const float h = std::min(ImGui::GetWindowHeight() + more, vp->Size.y - ui::px(32));
        if (h > ImGui::GetWindowHeight()) {
            ImGui::SetWindowSize(ImVec2(ImGui::GetWindowWidth(), h));
            ImGui::SetWindowPos(ImVec2(ImGui::GetWindowPos().x, vp->Pos.y + (vp->Size.y - h) * 0.5f));
            // The new size shows from the next frame: draw it now, not at the
            // next mouse move, or the dialog jumps under a pointer about to click.
            ui::request_animation_frame();
        }
    }
}

// [SECTION] the page's parts -------------------------------------------------------

std::string or_dash(const std::string& s) {
    return s.empty() ? std::string(tr::kDash) : s;
}

void summary_line(const ReportDetail& d) {
    ImGui::PushFont(ui::fonts().bold);
    ImGui::TextUnformatted(d.code.c_str());
    ui::test_registry_note_text(d.code);
    ImGui::PopFont();
    ImGui::SameLine();
    ui::status_chip(d.status);
    if (d.priority && *d.priority != Priority::normal) {
        ImGui::SameLine();
        ui::chip(priority_label(*d.priority), ui::color::kDangerChip, ui::color::kDanger);
    }
    if (d.is_published) {
        ImGui::SameLine();
        ui::chip(tr::kPublished, ui::color::kSuccessChip, ui::color::kSuccess);
    }
    if (d.deadline && is_open(d.status)) {
        // The level and the text are the server's, by its working calendar.
        std::string line = std::string(tr::off::kDeadline) + ui::datetime_text(*d.deadline);
        if (!d.time_left.empty()) line += " (" + d.time_left + ")";
        ImGui::PushStyleColor(ImGuiCol_Text, ui::time_left_color(d.time_left_level));
        ui::paragraph(line);
        ImGui::PopStyleColor();
    }
    if (d.extension_pending) ui::paragraph(std::string("⚠ ") + tr::off::kExtensionPending);
    if (d.reconsideration_pending) {
        ui::paragraph(std::string("⚠ ") + tr::off::kReconsiderationPending);
        // The reporter's reason is the last request's note: the dispatcher decides on it.
        for (auto it = d.events.rbegin(); it != d.events.rend(); ++it)
            if (it->action == Action::request_reconsideration) {
                ui::paragraph(std::string(tr::off::kReconsiderationReason) + "“" + it->note + "”");
                break;
            }
    }
}

void content_card(ProcessingState& s) {
    const ReportDetail& d = s.detail.data;
    ui::card("##content", [&] {
        ui::subheading(tr::off::kContent);
        ui::paragraph(d.content);
        ImGui::Spacing();
        if (d.submitted_at) ui::key_value(tr::kSentOn, ui::datetime_text(*d.submitted_at));
        ui::key_value(tr::kChannelPrefix, std::string(choice_label(channels(), d.channel)));
        ui::key_value(tr::kCategoryPrefix, d.category_name.empty() ? tr::off::kUnclassified : d.category_name);
        ui::key_value(tr::kCommunePrefix, or_dash(d.commune_name));
        ui::key_value(tr::kPlacePrefix, or_dash(d.address));
        if (d.lat && d.lon) {
            ui::key_value(tr::kCoordinatesPrefix, ui::coordinates_text(*d.lat, *d.lon));
            ImGui::SameLine();
            if (ui::link(tr::kOpenMap)) {
                char url[160];
                std::snprintf(url, sizeof url, "https://www.openstreetmap.org/?mlat=%.6f&mlon=%.6f#map=17/%.6f/%.6f",
                              *d.lat, *d.lon, *d.lat, *d.lon);
                platform::open_url(url);
            }
        }
        ui::muted(d.is_public ? tr::off::kConsentPublic : tr::off::kNoConsent);
        ImGui::Spacing();
        ui::subheading(tr::kAttachments);
        if (d.attachments.empty())
            ui::muted(tr::off::kNoAttachments);
        else
            ui::attachment_tiles("##report-files", d.attachments, s.images, s.viewer);
    });
    if (d.result) {
        ImGui::Spacing();
        ui::card("##result", [&] {
            ui::subheading(d.result->approved_at ? tr::kResult : tr::off::kResultDraft);
            ui::paragraph(d.result->text);
            if (d.result->approved_at) ui::muted(ui::datetime_text(*d.result->approved_at));
            if (!d.result->attachments.empty())
                ui::attachment_tiles("##result-files-shown", d.result->attachments, s.images, s.viewer);
            if (d.rating) {
                ImGui::Spacing();
                ui::key_value(tr::off::kRating, std::string(label(d.rating->level)));
                if (!d.rating->comment.empty()) ui::paragraph(d.rating->comment);
            }
        });
    }
}

void actions_card(ProcessingState& s) {
    const ReportDetail& d = s.detail.data;
    ui::card("##actions", [&] {
        ui::subheading(tr::off::kActions);
        if (d.allowed_actions.empty()) {
            ui::muted(tr::off::kNoActions);
            return;
        }
        // One button per action the server allows this officer now, in the
        // workflow's order; the first is the usual next step.
        for (std::size_t i = 0; i < d.allowed_actions.size(); ++i) {
            const Action a = d.allowed_actions[i];
            const std::string text = std::string(label(a)) + "##act";
            const bool clicked = i == 0 ? ui::primary_button(text.c_str(), -1) : ui::secondary_button(text.c_str(), -1);
            if (clicked) open_form(s, a);
        }
    });
}

void people_card(const ReportDetail& d) {
    ui::card("##people", [&] {
        ui::subheading(tr::off::kReporter);
        if (d.reporter) {
            const ReporterInfo& r = *d.reporter;
            if (r.deleted) ui::muted(tr::off::kDeletedAccount);
            if (!r.name.empty()) ui::key_value(tr::off::kName, r.name);
            if (!r.phone.empty()) ui::key_value(tr::kPhonePrefix, r.phone);
            if (!r.email.empty()) ui::key_value(tr::kEmailPrefix, r.email);
            if (!r.id_number.empty()) ui::key_value(tr::off::kIdNumber, r.id_number);
        }
        if (d.lead_unit || !d.co_units.empty()) {
            ImGui::Spacing();
            if (d.lead_unit) ui::key_value(tr::off::kLeadUnit, d.lead_unit->name);
            if (!d.assignee_name.empty()) ui::key_value(tr::off::kHandlerLabel, d.assignee_name);
            if (!d.co_units.empty()) {
                std::string names;
                for (const auto& u : d.co_units)
                    names += (names.empty() ? "" : "; ") + u.name;
                ui::key_value(tr::kCoUnitsPrefix, names);
            }
        }
    });
}

// The refusal of the last action, with what the report looks like now. A
// lost race (stale_report) needs no more: the page already shows the
// report as it is now, reloaded when the refusal came.
void refusal_banner(ProcessingState& s) {
    const ApiError& e = *s.refusal;
    const bool stale = net::lost_race(e);
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ui::color::kDangerTint);
    ImGui::PushStyleColor(ImGuiCol_Border, ui::color::kDanger);
    bool again = false;
    ui::card("##refusal", [&] {
        ImGui::PushStyleColor(ImGuiCol_Text, ui::color::kDanger);
        ui::paragraph(std::string("⚠ ") + e.message);
        ImGui::PopStyleColor();
        if (stale) return;
        for (const auto& f : e.fields) {
            if (f.code == "current_status") {
                if (const auto now = parse_status(f.message))
                    ui::paragraph(std::string(tr::off::kCurrentStatus) + std::string(label(*now)));
            } else if (!f.message.empty()) {
                ui::paragraph(f.message);
            }
        }
        again = ui::secondary_button(tr::off::kReload);
    });
    ui::test_registry_note_alert(e.message);
    ImGui::PopStyleColor(2);
    if (again) {
        s.refusal.reset();
        reload(s);
    }
}

}  // namespace

// [SECTION] the screen ------------------------------------------------------------

void draw_officer_report(App& app) {
    auto& s = officer_states(app).processing;
    const std::int64_t id = std::strtoll(app.param("id").c_str(), nullptr, 10);
    const bool entered = app.screen_entered();
    app.reference.need_units(entered);  // the routing form's choices
    app.reference.need_categories(entered);  // the reclassifying form's choices
    if (id != s.id) switch_to(s, id);
    if (id > 0 && (entered || s.detail.phase == net::Phase::idle)) {
        s.loaded_generation = app.live_generation;
        reload(s);
    }
    // Someone else changed this report: reload, unless the officer is in the
    // middle of a form (then say so and let them reload).
    if (app.live_generation != s.loaded_generation) {
        s.loaded_generation = app.live_generation;
        if (app.last_live.report_id == s.id && app.last_live.kind == "report") {
            if (s.draft.open || s.draft.sending)
                s.changed_meanwhile = true;
            else if (!s.detail.loading())
                refresh(s);
        }
    }

    ui::page("##officer-report", [&] {
        officer::console_header(app, Screen::officer_report);
        if (ui::link(tr::off::kBackToInbox)) app.navigate(path_to(Screen::officer_inbox));
        ImGui::Spacing();
        if (s.detail.failed()) {
            ui::heading(tr::kTitleProcessing);
            if (ui::error_banner(s.detail.error, s.detail.error.status != 404)) reload(s);
            return;
        }
        if (!s.detail.shown()) {
            ui::spinner(tr::kLoading);
            return;
        }
        const ReportDetail& d = s.detail.data;
        ui::heading(d.title);
        summary_line(d);
        // Who worked on it and who looked at its reporter's data.
        if (officer::sees_history(app) && !d.code.empty() && ui::link(tr::off::kHistoryOfReport))
            app.navigate(path_to(Screen::officer_history, {{"report", d.code}}));
        if (ui::secondary_button(tr::prn::kPrintFile))
            platform::print(ui::officer_file_document(d, platform::origin(), ui::now_seconds()), true);
        ImGui::Spacing();
        if (!s.done.empty()) ui::success_banner(s.done);
        if (s.refusal) refusal_banner(s);
        if (s.changed_meanwhile) {
            ui::card("##changed", [&] {
                ui::paragraph(tr::off::kUpdatedLive);
                if (ui::secondary_button(tr::off::kReload)) reload(s);
            });
            ui::test_registry_note_alert(tr::off::kUpdatedLive);
        }
        if (ui::is_compact()) {
            actions_card(s);
            ImGui::Spacing();
            content_card(s);
            ImGui::Spacing();
            people_card(d);
        } else if (ImGui::BeginTable("##columns", 2, ImGuiTableFlags_None)) {
            ImGui::TableSetupColumn("##main", ImGuiTableColumnFlags_WidthStretch, 2.0f);
            ImGui::TableSetupColumn("##side", ImGuiTableColumnFlags_WidthStretch, 1.0f);
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            content_card(s);
            ImGui::TableSetColumnIndex(1);
            actions_card(s);
            ImGui::Spacing();
            people_card(d);
            ImGui::EndTable();
        }
        ImGui::Spacing();
        ui::card("##timeline", [&] {
            ui::subheading(tr::kTimeline);
            ImGui::Spacing();
            ui::officer_timeline(d.events);
        });
        // Drawn one more frame after it closed, so the popup itself closes too.
        const std::string title = std::string(label(s.draft.action)) + "##action-form";
        if (s.draft.open || ImGui::IsPopupOpen(title.c_str())) {
            ui::modal(title.c_str(), s.draft.open, [&] { action_form(app, s); });
            if (!s.draft.open && !s.draft.files.items.empty()) ui::clear_uploads(s.draft.files);
        }
    });
    ui::image_viewer(s.viewer, s.images);
}

}  // namespace pakn::client::views

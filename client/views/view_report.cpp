// Chi tiết phản ánh (/phan-anh/{id}): what was reported (content, place,
// files viewable in the app), where it stands (status, unit, deadline),
// the answer with its files, the timeline, and what the reporter may do
// now. The server's allowed_actions decide every button: "Bổ sung thông
// tin" (edit), "Rút phản ánh" (withdraw), the satisfaction rating (rate)
// and, after an unsatisfied one, "Đề nghị xem xét lại" (request_reconsideration).
// Someone else's report (published, or followed) shows "Theo dõi" and how
// many people report the same.
// Reloads when a live event about this report arrives.
#include <imgui.h>

#include <algorithm>

#include "app/app.h"
#include "app/screens.h"
#include "app/strings_common.h"
#include "app/strings_print.h"
#include "app/strings_reports.h"
#include "platform/platform.h"
#include "ui/form_kit.h"
#include "ui/officer_widgets.h"
#include "ui/print_document.h"
#include "ui/report_widgets.h"
#include "ui/theme.h"
#include "ui/test_hooks.h"
#include "ui/widgets.h"
#include "views/state_reports.h"

namespace pakn::client::views {
namespace {

namespace txt = tr::rep;

constexpr std::string_view kRateFields[] = {"rating", "note"};
constexpr std::string_view kWithdrawFields[] = {"note"};
constexpr std::string_view kReconsiderFields[] = {"note"};

bool allowed(const ReportDetail& d, Action a) {
    return std::find(d.allowed_actions.begin(), d.allowed_actions.end(), a) != d.allowed_actions.end();
}

void load(App& app, ReportPageState& s) {
    s.loaded_generation = app.live_generation;
    net::load(s.report, "/api/v1/reports/" + s.id);
}

// Sends a citizen's action; the answer is the report as it is now.
void act(ReportPageState& s, ui::FormStatus& status, const ActionForm& form, std::span<const std::string_view> drawn,
         bool* close) {
    ui::begin_send(status);
    ActionRequestBody body;
    body.form = form;
    ReportPageState* st = &s;
    ui::FormStatus* fs = &status;
    net::post("/api/v1/reports/" + s.id + "/actions", net::body_of(body),
              [st, fs, drawn, close](const net::Reply& reply) {
                  ReportDetail d;
                  if (!reply.ok() || !net::decode_reply(reply, d)) {
                      ui::take_failure(*fs, reply, drawn);
                      // Changed meanwhile: the message, and the report as it is now.
                      if (net::lost_race(reply.error)) net::load(st->report, "/api/v1/reports/" + st->id);
                      return;
                  }
                  fs->sending = false;
                  st->report.data = std::move(d);
                  st->report.phase = net::Phase::ok;
                  if (close) *close = false;
              });
}

// After an unsatisfied rating: the request's button, then where it stands
// (waiting for the center, or declined with the center's reason; a reopened
// report shows its progress as any other).
void draw_reconsideration(ReportPageState& s, const ReportDetail& d) {
    if (d.reconsideration_pending) {
        ui::warning_banner(txt::kReconsiderPending);
        return;
    }
    if (d.reconsideration_requested && d.status == Status::closed) {
        for (auto it = d.events.rbegin(); it != d.events.rend(); ++it)
            if (it->action == Action::decline_reconsideration) {
                ui::warning_banner(std::string(txt::kReconsiderDeclined) + it->note);
                break;
            }
        return;
    }
    if (!allowed(d, Action::request_reconsideration)) return;
    ui::paragraph(txt::kReconsiderIntro);
    if (ui::secondary_button(txt::kReconsider)) {
        s.reconsider_open = true;
        s.reconsider_note.clear();
        s.reconsider_status = ui::FormStatus{};
    }
}

// The reason is required: checked here as the server checks it (the
// workflow's note rules), so the field shows its error before sending.
FieldErrors check_reconsideration(const std::string& note) {
    ActionParams p;
    if (!note.empty()) p.note = note;
    ReportFlags may_ask;
    may_ask.rated = may_ask.rated_unsatisfied = true;
    const Transition t =
        apply(Action::request_reconsideration, Role::citizen, Relation::owner, Status::closed, may_ask, p);
    return t.ok ? FieldErrors{} : t.refusal.fields;
}

void draw_reconsider_dialog(ReportPageState& s) {
    if (!s.reconsider_open) return;
    ui::modal(txt::kReconsiderTitle, s.reconsider_open, [&] {
        ui::paragraph(txt::kReconsiderBody);
        const FieldErrors local = check_reconsideration(s.reconsider_note);
        ui::form_field(s.reconsider_status, local, "note", txt::kReconsiderReason, s.reconsider_note,
                       {.hint = txt::kReconsiderReasonHint,
                        .multiline = true,
                        .multiline_height = 90,
                        .max_chars = kMaxNoteChars});
        ui::draw_messages(s.reconsider_status);
        const int clicked =
            ui::button_row({{tr::kCancel, false, true}, {txt::kReconsiderSend, true, !s.reconsider_status.sending}});
        if (clicked == 0) s.reconsider_open = false;
        if (clicked == 1 && ui::ready_to_send(s.reconsider_status, local, kReconsiderFields)) {
            ActionForm form;
            form.action = std::string(to_string(Action::request_reconsideration));
            form.params.note = s.reconsider_note;
            act(s, s.reconsider_status, form, kReconsiderFields, &s.reconsider_open);
        }
    });
}

void draw_rating(ReportPageState& s, const ReportDetail& d) {
    if (d.rating) {
        ui::card("##rated", [&] {
            ui::subheading(txt::kRateHeading);
            ui::key_value(txt::kRated, label(d.rating->level));
            if (!d.rating->comment.empty()) ui::paragraph(d.rating->comment);
            ui::muted(ui::datetime_text(d.rating->created_at));
        });
        draw_reconsideration(s, d);
        return;
    }
    if (!allowed(d, Action::rate)) return;
    ui::card("##rate", [&] {
        ui::subheading(txt::kRateHeading);
        ui::paragraph(txt::kRateIntro);
        RatingForm form{s.rating, s.rating_comment};
        // The form's fields travel as the action's "rating" and "note".
        FieldErrors local = validate(form);
        for (auto& e : local)
            e.field = e.field == "level" ? "rating" : e.field == "comment" ? "note" : e.field;
        for (SatisfactionLevel level : kAllSatisfactionLevels) {
            const std::string value(to_string(level));
            const std::string text(label(level));
            if (ui::radio(text.c_str(), s.rating == value, txt::kRateHeading)) {
                s.rating = value;
                std::erase_if(s.rate_status.server, [](const FieldError& e) { return e.field == "rating"; });
            }
            if (!ui::is_compact() && level != kAllSatisfactionLevels.back()) ImGui::SameLine(0, ui::px(18));
        }
        if (const FieldError* e = ui::shown_error(s.rate_status, local, "rating")) {
            ImGui::PushStyleColor(ImGuiCol_Text, ui::color::kDanger);
            ui::paragraph(e->message);
            ImGui::PopStyleColor();
        }
        ui::form_field(s.rate_status, local, "note", txt::kRateComment, s.rating_comment,
                       {.hint = txt::kRateCommentHint,
                        .multiline = true,
                        .multiline_height = 80,
                        .max_chars = kMaxRatingCommentChars});
        ui::draw_messages(s.rate_status);
        ImGui::BeginDisabled(s.rate_status.sending);
        if (ui::primary_button(txt::kRateSend)) {
            if (ui::ready_to_send(s.rate_status, local, kRateFields))
                act(s, s.rate_status, to_action_form(form), kRateFields, nullptr);
        }
        ImGui::EndDisabled();
    });
}

void draw_withdraw_dialog(ReportPageState& s) {
    if (!s.withdraw_open) return;
    ui::modal(txt::kWithdrawTitle, s.withdraw_open, [&] {
        ui::paragraph(txt::kWithdrawBody);
        ui::form_field(s.withdraw_status, {}, "note", txt::kWithdrawReason, s.withdraw_note,
                       {.multiline = true, .multiline_height = 70, .max_chars = kMaxNoteChars});
        ui::draw_messages(s.withdraw_status);
        const int clicked =
            ui::button_row({{tr::kCancel, false, true}, {txt::kWithdrawConfirm, true, !s.withdraw_status.sending}});
        if (clicked == 0) s.withdraw_open = false;
        if (clicked == 1) {
            ActionForm form;
            form.action = "withdraw";
            if (!s.withdraw_note.empty()) form.params.note = s.withdraw_note;
            act(s, s.withdraw_status, form, kWithdrawFields, &s.withdraw_open);
        }
    });
}

void draw_actions(App& app, ReportPageState& s, const ReportDetail& d) {
    const bool edit = allowed(d, Action::edit);
    const bool withdraw = allowed(d, Action::withdraw);
    if (!edit && !withdraw) return;
    if (d.status == Status::needs_info) {
        ImGui::PushStyleColor(ImGuiCol_ChildBg, IM_COL32(255, 248, 225, 255));
        ImGui::PushStyleColor(ImGuiCol_Border, ui::color::kWarning);
        ui::card("##needs-info", [&] {
            ui::paragraph(txt::kNeedsInfo);
            // The center's request is the last request_info event's note.
            for (auto it = d.events.rbegin(); it != d.events.rend(); ++it)
                if (it->action == Action::request_info) {
                    if (!it->note.empty()) ui::paragraph("“" + it->note + "”");
                    break;
                }
        });
        ImGui::PopStyleColor(2);
    } else if (d.status == Status::draft) {
        ui::muted(txt::kDraftNote);
    }
    if (edit) {
        const char* text = d.status == Status::needs_info ? txt::kSupplement : txt::kContinueDraft;
        if (ui::primary_button(text)) app.navigate(path_to(Screen::submit, {{"id", std::to_string(d.id)}}));
        if (withdraw) ImGui::SameLine();
    }
    if (withdraw && ui::secondary_button(txt::kWithdraw)) {
        s.withdraw_open = true;
        s.withdraw_note.clear();
        s.withdraw_status = ui::FormStatus{};
    }
}

void draw_detail(App& app, ReportPageState& s, const ReportDetail& d) {
    auto& images = report_states(app).images;
    auto& viewer = report_states(app).viewer;
    if (app.session.reporter() && ui::link(txt::kBackToList)) app.navigate(path_to(Screen::my_reports));
    if (app.session.officer() && ui::link(txt::kOfficerConsole)) app.navigate(path_to(Screen::officer_report, d.id));
    ui::heading(d.title);
    if (!d.code.empty()) {
        ImGui::TextUnformatted(txt::kCodeLabel);
        ui::test_registry_note_text(txt::kCodeLabel);
        ImGui::SameLine(0, 0);
        ImGui::PushFont(ui::fonts().bold);
        ImGui::TextUnformatted(d.code.c_str());
        ui::test_registry_note_text(d.code);  // read, selected and copied as text
        ImGui::PopFont();
        ImGui::SameLine();
    }
    ui::status_chip(d.status);
    if (d.overdue) {
        ImGui::SameLine();
        ui::chip(tr::kOverdue, ui::color::kDangerChip, ui::color::kDanger);
    }
    if (d.is_published) {
        ImGui::SameLine();
        ui::chip(tr::kPublished, ui::color::kSuccessChip, ui::color::kSuccess);
    }
    if (d.followers > 0) {
        ImGui::SameLine();
        people_reporting_chip(d.followers);
    }
    // Someone else's report, read as the public reads it: follow it.
    if (d.reporter && d.reporter->masked) {
        ImGui::Spacing();
        follow_button(app, d.id, s.report.data.following, s.report.data.followers, s.follow);
    }
    ImGui::Spacing();
    // Biên nhận: the tracking code and its QR code on paper.
    if (!d.code.empty() && ui::secondary_button(tr::prn::kPrintReceipt))
        platform::print(ui::receipt_document(d, platform::origin(), ui::now_seconds()), true);
    draw_actions(app, s, d);
    ImGui::Spacing();

    // Where it stands.
    ui::card("##progress", [&] {
        ui::subheading(txt::kProgress);
        ui::key_value(txt::kStatus, label(d.status));
        if (d.lead_unit) ui::key_value(txt::kUnit, d.lead_unit->name);
        if (!d.co_units.empty()) {
            std::string names;
            for (const auto& u : d.co_units)
                names += (names.empty() ? "" : ", ") + u.name;
            ui::key_value(tr::kCoUnitsPrefix, names);
        }
        if (d.deadline) ui::key_value(txt::kDeadline, ui::datetime_text(*d.deadline));
        if (!d.time_left.empty()) ui::key_value(txt::kTimeLeft, d.time_left);
    });

    // What was reported.
    ui::card("##details", [&] {
        ui::subheading(txt::kDetails);
        if (d.submitted_at) ui::key_value(tr::kSentOn, ui::datetime_text(*d.submitted_at));
        if (!d.category_name.empty()) ui::key_value(tr::kCategoryPrefix, d.category_name);
        std::string place = d.address;
        if (!d.commune_name.empty()) place += (place.empty() ? "" : ", ") + d.commune_name;
        if (!place.empty()) ui::key_value(tr::kPlacePrefix, place);
        if (d.lat && d.lon) {
            ui::key_value(tr::kCoordinatesPrefix, ui::coordinates_text(*d.lat, *d.lon));
            ImGui::SameLine();
            const std::string map_label = std::string(tr::kOpenMap) + "##osm";
            if (ui::link(map_label.c_str())) {
                const std::string lat = std::to_string(*d.lat), lon = std::to_string(*d.lon);
                platform::open_url("https://www.openstreetmap.org/?mlat=" + lat + "&mlon=" + lon + "#map=17/" + lat +
                                   "/" + lon);
            }
        }
        if (d.reporter && !d.reporter->name.empty()) ui::key_value(txt::kReporter, d.reporter->name);
        ImGui::Spacing();
        ui::subheading(tr::kContent);
        ui::paragraph(d.content);
        ImGui::Spacing();
        ui::subheading(txt::kFiles);
        if (d.attachments.empty())
            ui::muted(txt::kNoFiles);
        else
            ui::attachment_tiles("##files", d.attachments, images, viewer);
    });

    if (d.result) {
        ImGui::PushStyleColor(ImGuiCol_Border, ui::color::kSuccess);
        ui::card("##result", [&] {
            ui::subheading(tr::kResult);
            if (d.result->approved_at)
                ui::muted(std::string(txt::kAnsweredOn) + ui::datetime_text(*d.result->approved_at));
            ui::paragraph(d.result->text);
            if (!d.result->attachments.empty())
                ui::attachment_tiles("##result-files", d.result->attachments, images, viewer);
        });
        ImGui::PopStyleColor();
    }
    draw_rating(s, d);

    ui::card("##timeline", [&] {
        ui::subheading(tr::kTimeline);
        ImGui::Spacing();
        ui::timeline(d.events);
    });
    draw_withdraw_dialog(s);
    draw_reconsider_dialog(s);
    ui::image_viewer(viewer, images);
}

}  // namespace

void draw_report(App& app) {
    auto& s = report_states(app).report;
    const bool fresh = app.screen_entered();
    const std::string id = app.param("id");
    if (fresh || id != s.id) {
        if (id != s.id) {
            s.rating.clear();
            s.rating_comment.clear();
            s.rate_status = ui::FormStatus{};
            s.withdraw_open = false;
            s.reconsider_open = false;
            // An answer still on its way for the old id is dropped.
            s.report.invalidate();
            s.report.data = ReportDetail{};
        }
        s.id = id;
        load(app, s);
    } else if (s.loaded_generation != app.live_generation) {
        // Reload only for news about this report.
        s.loaded_generation = app.live_generation;
        if (std::to_string(app.last_live.report_id) == s.id && !s.report.loading()) load(app, s);
    }
    ui::page("##report", [&] {
        if (s.report.failed() && !s.report.data.id) {
            ui::heading(tr::kTitleReport);
            if (ui::error_banner(s.report.error, s.report.error.status != 404)) load(app, s);
            // Someone's own report needs their session; say so rather than just "not found".
            if (s.report.error.status == 404 && app.session.checked && !app.session.signed_in) {
                ui::paragraph(tr::kSignInRequired);
                if (ui::primary_button(tr::kNavLogin)) app.require_sign_in();
            }
            return;
        }
        if (!s.report.data.id) {
            ui::spinner(tr::kLoading);
            return;
        }
        draw_detail(app, s, s.report.data);
    });
}

}  // namespace pakn::client::views

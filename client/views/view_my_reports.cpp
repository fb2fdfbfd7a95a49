// Phản ánh, kiến nghị của tôi: the signed-in reporter's reports, newest
// change first, with a search box (diacritics ignored by the server), a
// status filter and "Trước / Sau" paging. The search, status and page live
// in the URL (/phan-anh-cua-toi?q=&status=&page=), so a reload or Back from a
// report returns to the same page of the same list (the scroll comes back
// with the history entry). Reloads when a live event arrives (a report
// changed, a notification came).
#include <imgui.h>

#include "app/app.h"
#include "app/screens.h"
#include "app/strings_common.h"
#include "app/strings_reports.h"
#include "pakn/forms.h"
#include "pakn/text.h"
#include "pakn/url.h"
#include "platform/platform.h"
#include "ui/form_kit.h"
#include "ui/report_widgets.h"
#include "ui/theme.h"
#include "ui/widgets.h"
#include "views/state_reports.h"

namespace pakn::client::views {
namespace {

namespace txt = tr::rep;

constexpr double kTypingPauseMs = 350;  // the search applies after this pause

const std::vector<ui::Choice>& status_choices() {
    static const std::vector<ui::Choice> kChoices = [] {  // immutable, built once
        std::vector<ui::Choice> out;
        for (Status st : kAllStatuses)
            out.push_back({std::string(to_string(st)), std::string(label(st))});
        return out;
    }();
    return kChoices;
}

// The list this URL asks for: only what the screen filters by; a
// hand-edited bad value falls back to that filter's default.
ListQuery query_of(const std::string& path) {
    const auto qpos = path.find('?');
    const ListQuery all =
        parse_list_query(parse_query_string(qpos == std::string::npos ? "" : path.substr(qpos + 1))).value;
    ListQuery q;
    q.q = all.q;
    q.page = all.page;
    q.status = all.status;
    return q;
}

// Replaces the entry rather than adding one per keystroke or filter: Back
// leaves the list, it does not replay its filters.
void go(App& app, const ListQuery& q) {
    app.navigate(path_with_query(Screen::my_reports, to_query_string(q)), true);
}

void draw_row(App& app, const ReportSummary& r) {
    ImGui::PushID(static_cast<int>(r.id));
    ui::card("##row", [&] {
        ui::status_chip(r.status);
        if (r.overdue) {
            ImGui::SameLine();
            ui::chip(tr::kOverdue, ui::color::kDangerChip, ui::color::kDanger);
        }
        if (r.is_published) {
            ImGui::SameLine();
            ui::chip(tr::kPublished, ui::color::kSuccessChip, ui::color::kSuccess);
        }
        const std::string title = r.title.empty() ? std::string(txt::kDraftNoCode) : r.title;
        const bool draft = r.status == Status::draft;
        if (ui::title_link(title, r.id))
            app.navigate(draft ? path_to(Screen::submit, {{"id", std::to_string(r.id)}})
                               : path_to(Screen::report, r.id));
        std::string meta = r.code.empty() ? std::string(txt::kDraftNoCode) : r.code;
        if (r.submitted_at)
            meta += std::string(" • ") + tr::kSentOn + ui::datetime_text(*r.submitted_at);
        else
            meta += std::string(" • ") + txt::kCreatedOn + ui::datetime_text(r.created_at);
        ImGui::PushFont(ui::fonts().small);
        ui::muted(meta);
        if (!r.unit_name.empty()) ui::muted(std::string(txt::kUnit) + r.unit_name);
        if (r.deadline) {
            const std::string due = std::string(txt::kDeadline) + ui::datetime_text(*r.deadline);
            if (r.overdue)
                ui::text_colored(ui::color::kDanger, due);
            else
                ui::muted(due);
        }
        ImGui::PopFont();
        if (draft && ui::secondary_button(txt::kContinueDraft))
            app.navigate(path_to(Screen::submit, {{"id", std::to_string(r.id)}}));
        if (r.status == Status::needs_info && ui::primary_button(txt::kSupplement))
            app.navigate(path_to(Screen::submit, {{"id", std::to_string(r.id)}}));
    });
    ImGui::PopID();
}

}  // namespace

void draw_my_reports(App& app) {
    auto& s = report_states(app).mine;
    const bool fresh = app.screen_entered();
    const double now = platform::now_ms();
    const ListQuery q = query_of(app.route.path);
    if (s.synced_path != app.route.path) {
        // The URL changed (typed, reloaded, Back): the boxes show what it asks.
        s.synced_path = app.route.path;
        s.search = s.applied = q.q;
        s.status = q.status ? std::string(to_string(*q.status)) : std::string();
    }
    if (s.search != s.applied) {
        if (now - s.typed_at_ms >= kTypingPauseMs) {
            s.applied = s.search;
            ListQuery next = q;
            next.q = std::string(trim(s.search));
            next.page = 1;
            go(app, next);
        } else {
            ui::request_animation_frame();  // come back when the pause is over
        }
    }
    const std::string query = to_query_string(q);
    if (fresh || query != s.loaded_query || s.loaded_generation != app.live_generation ||
        s.list.phase == net::Phase::idle) {
        s.loaded_query = query;
        s.loaded_generation = app.live_generation;
        net::load(s.list, "/api/v1/me/reports" + (query.empty() ? std::string() : "?" + query));
    }

    ui::page("##mine", [&] {
        ui::heading(txt::kMyHeading);
        if (app.session.signed_in) {
            const Account& a = app.session.account;
            ui::muted(a.full_name + " – " + a.login);
        }
        // Filters: the search box and the status.
        ui::two_columns(
            "##filters",
            [&] {
                ImGui::PushFont(ui::fonts().bold);
                ui::text(tr::kSearch);
                ImGui::PopFont();
                ImGui::SetNextItemWidth(-1);
                if (ui::text_field_inline("##search", s.search, tr::kSearchHint)) s.typed_at_ms = now;
                if (ImGui::IsItemDeactivated() &&
                    (ImGui::IsKeyPressed(ImGuiKey_Enter, false) || ImGui::IsKeyPressed(ImGuiKey_KeypadEnter, false)))
                    s.typed_at_ms = 0;  // Enter searches at once
            },
            [&] {
                if (ui::select(tr::kStatus, s.status, status_choices(), txt::kAllStatuses)) {
                    ListQuery next = q;
                    next.status = parse_status(s.status);
                    next.page = 1;
                    go(app, next);
                }
            });
        ImGui::Spacing();

        const bool has_data = s.list.ok() || (s.list.loading() && !s.list.data.items.empty());
        if (s.list.failed()) {
            if (ui::error_banner(s.list.error, true)) s.list.invalidate();
            return;
        }
        if (!has_data) {
            ui::spinner(tr::kLoading);
            return;
        }
        const auto& page = s.list.data;
        const int next = ui::pager("##top", q.page, page.total, static_cast<int>(page.page_size), txt::kNounReports);
        if (s.list.loading()) {
            ImGui::SameLine();
            ui::spinner("");
        }
        if (page.items.empty()) {
            ui::card("##empty", [&] {
                const bool filtered = !s.applied.empty() || !s.status.empty();
                ui::paragraph(filtered ? tr::kNoMatchingReports : txt::kNoReports);
                if (filtered) {
                    if (ui::secondary_button(txt::kClearFilters)) go(app, ListQuery{});
                } else if (ui::primary_button(tr::kNavSubmit)) {
                    app.navigate(path_to(Screen::submit));
                }
            });
        }
        for (const auto& r : page.items)
            draw_row(app, r);
        int to_page = next;
        if (page.items.size() > 4) {
            const int below =
                ui::pager("##bottom", q.page, page.total, static_cast<int>(page.page_size), txt::kNounReports);
            if (below != q.page) to_page = below;
        }
        if (to_page != q.page) {
            ListQuery at = q;
            at.page = to_page;
            go(app, at);
        }
    });
}

}  // namespace pakn::client::views

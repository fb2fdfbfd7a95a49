// Lịch sử thao tác (/can-bo/lich-su): who did what, when, on the reports and
// in administration, from GET /api/v1/officer/history (the timelines and the
// audit log read together). Unit leads see their unit's reports and the
// looks at them; the admin sees everything. Filters by report code, officer,
// kind and days live in the address, so a link from a report opens its
// history; pages of 50 are added with "Tải thêm".
#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "app/app.h"
#include "app/screens.h"
#include "app/strings_common.h"
#include "app/strings_officer.h"
#include "pakn/dto_history.h"
#include "pakn/ids.h"
#include "pakn/messages.h"
#include "ui/officer_widgets.h"
#include "ui/theme.h"
#include "ui/widgets.h"
#include "views/officer_common.h"
#include "views/state_officer.h"

namespace pakn::client::views {
namespace {

std::string day_text(const Date& d) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02d/%02d/%04d", d.day, d.month, d.year);
    return buf;
}

std::string history_url(const HistoryQuery& q, const std::string& after = "") {
    HistoryQuery with = q;
    with.after = after;
    const std::string qs = to_query_string(with);
    return qs.empty() ? "/api/v1/officer/history" : "/api/v1/officer/history?" + qs;
}

std::string screen_path(const HistoryQuery& q) {
    const std::string qs = to_query_string(q);
    const std::string base = path_to(Screen::officer_history);
    return qs.empty() ? base : base + "?" + qs;
}

// The filters the address holds (a link from a report: ?report=PAKN-...).
void restore_from_path(HistoryState& s, std::string_view path) {
    const auto mark = path.find('?');
    const QueryParams params = mark == std::string_view::npos ? QueryParams{} : parse_query_string(path.substr(mark + 1));
    HistoryQuery q = parse_history_query(params).value;
    q.after.clear();
    s.applied = q;
    s.report = q.report;
    s.actor = q.actor;
    s.kind = q.kind ? std::string(to_string(*q.kind)) : "";
    s.from = q.from ? day_text(*q.from) : "";
    s.to = q.to ? day_text(*q.to) : "";
    s.errors.clear();
}

// The typed filters as a query; false (with the errors kept) when one is wrong.
bool apply_filters(HistoryState& s) {
    s.errors.clear();
    HistoryQuery q;
    if (!s.report.empty()) {
        if (auto code = normalize_tracking_code(s.report))
            q.report = *code;
        else
            s.errors.push_back(
                FieldError{"report", "invalid_tracking_code", std::string(message_for("invalid_tracking_code"))});
    }
    q.actor = s.actor;
    q.kind = parse_history_kind(s.kind);
    q.from = officer::typed_day(s.from, "from", s.errors);
    q.to = officer::typed_day(s.to, "to", s.errors);
    if (!s.errors.empty()) return false;
    s.applied = q;
    return true;
}

std::vector<ui::Choice> kind_choices(const App& app) {
    std::vector<ui::Choice> out;
    const bool admin = officer::my_role(app) == Role::admin;
    for (HistoryKind k : kAllHistoryKinds) {
        // A unit lead's history holds only its reports' work and the looks at them.
        if (!admin && k != HistoryKind::workflow && k != HistoryKind::personal_data) continue;
        out.push_back({std::string(to_string(k)), std::string(label(k))});
    }
    return out;
}

void draw_filters(App& app, HistoryState& s) {
    const int columns = ui::is_compact() ? 1 : 3;
    ImGui::PushID("history-filters");
    if (ImGui::BeginTable("##grid", columns, ImGuiTableFlags_SizingStretchSame)) {
        ImGui::TableNextColumn();
        ui::text_field(tr::off::kHistoryReport, s.report, {.hint = "PAKN-2026-000123"}, ui::find_error(s.errors, "report"));
        ImGui::TableNextColumn();
        ui::text_field(tr::off::kHistoryActor, s.actor, {.hint = tr::off::kHistoryActorHint});
        ImGui::TableNextColumn();
        ui::select(tr::off::kHistoryKind, s.kind, kind_choices(app), tr::off::kHistoryAnyKind);
        ImGui::TableNextColumn();
        ui::text_field(tr::off::kPeriodFrom, s.from, {.hint = tr::kDateHint}, ui::find_error(s.errors, "from"));
        ImGui::TableNextColumn();
        ui::text_field(tr::kToDate, s.to, {.hint = tr::kDateHint}, ui::find_error(s.errors, "to"));
        ImGui::EndTable();
    }
    if (ui::primary_button(tr::off::kApplyFilters)) apply_filters(s);
    ImGui::SameLine();
    if (ui::secondary_button(tr::kClearFilters)) {
        s.report.clear();
        s.actor.clear();
        s.kind.clear();
        s.from.clear();
        s.to.clear();
        apply_filters(s);
    }
    ImGui::PopID();
}

void draw_table(App& app, const HistoryState& s, bool show_ip) {
    const float row_h = ImGui::GetFrameHeight() + ui::px(6);
    // The rows scroll inside the table, sized to what the screen leaves
    // above "Tải thêm", so the button stays in sight under a full page.
    const float header_h = ImGui::GetTextLineHeight() + ImGui::GetStyle().CellPadding.y * 2;
    const float wanted = header_h + row_h * static_cast<float>(s.items.size()) + ui::px(4);
    const float below = ImGui::GetFrameHeight() + ui::px(24);
    const float height = std::min(wanted, std::max(ui::height_left_on_screen() - below, header_h + row_h * 5));
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_BordersOuter |
                                  ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_PadOuterX | ImGuiTableFlags_ScrollY;
    if (!ImGui::BeginTable("##history", show_ip ? 7 : 6, flags, ImVec2(0, height))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(tr::off::kHistoryColTime, ImGuiTableColumnFlags_WidthFixed, ui::px(140));
    ImGui::TableSetupColumn(tr::off::kHistoryActor, ImGuiTableColumnFlags_WidthStretch, 1.6f);
    ImGui::TableSetupColumn(tr::kUnit, ImGuiTableColumnFlags_WidthStretch, 1.3f);
    ImGui::TableSetupColumn(tr::off::kHistoryColAction, ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableSetupColumn(tr::off::kHistoryColReport, ImGuiTableColumnFlags_WidthFixed, ui::px(170));
    ImGui::TableSetupColumn(tr::off::kHistoryColDetail, ImGuiTableColumnFlags_WidthStretch, 2.0f);
    if (show_ip) ImGui::TableSetupColumn(tr::off::kHistoryColIp, ImGuiTableColumnFlags_WidthFixed, ui::px(120));
    ui::table_headers_row();
    ImGui::PushTextWrapPos(-1.0f);
    std::optional<std::int64_t> open;
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(s.items.size()));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const HistoryEntry& e = s.items[static_cast<std::size_t>(i)];
            ImGui::PushID(e.id.c_str());
            ImGui::TableNextRow(ImGuiTableRowFlags_None, row_h);
            ImGui::TableSetColumnIndex(0);
            ImGui::AlignTextToFramePadding();
            ui::text(ui::datetime_text(e.at));
            ImGui::TableSetColumnIndex(1);
            ImGui::AlignTextToFramePadding();
            ui::text_ellipsis(e.actor_role.empty() ? e.actor_name : e.actor_name + " (" + e.actor_role + ")");
            ImGui::TableSetColumnIndex(2);
            ImGui::AlignTextToFramePadding();
            ui::text_ellipsis(e.actor_unit.empty() ? tr::kDash : e.actor_unit);
            ImGui::TableSetColumnIndex(3);
            ImGui::AlignTextToFramePadding();
            ui::text_ellipsis(e.action_label);
            ImGui::TableSetColumnIndex(4);
            ImGui::AlignTextToFramePadding();
            if (e.report_id && !e.report_code.empty()) {
                if (ui::link(e.report_code.c_str())) open = e.report_id;
            } else {
                ui::text(tr::kDash);
            }
            ImGui::TableSetColumnIndex(5);
            ImGui::AlignTextToFramePadding();
            ui::text_ellipsis(e.detail.empty() ? tr::kDash : e.detail);
            if (!e.detail.empty() && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", e.detail.c_str());
            if (show_ip) {
                ImGui::TableSetColumnIndex(6);
                ImGui::AlignTextToFramePadding();
                ui::text(e.ip.empty() ? tr::kDash : e.ip.c_str());
            }
            ImGui::PopID();
        }
    }
    ImGui::PopTextWrapPos();
    ImGui::EndTable();
    if (open) app.navigate(path_to(Screen::officer_report, *open));
}

void load_more(HistoryState& s) {
    s.loading_more = true;
    s.more_error.reset();
    net::get(history_url(s.applied, s.next), [&s](const net::Reply& reply) {
        s.loading_more = false;
        HistoryPage page;
        if (!reply.ok() || !net::decode_reply(reply, page)) {
            s.more_error = reply.ok() ? api_error(reply.status, "malformed_request") : reply.error;
            return;
        }
        s.items.insert(s.items.end(), page.items.begin(), page.items.end());
        s.next = page.next;
    });
}

}  // namespace

void draw_officer_history(App& app) {
    // Other roles reach it only by a typed address: say whose it is, and ask
    // the server nothing it would refuse.
    if (!officer::sees_history(app)) {
        ui::page("##officer-history", [&] {
            officer::console_header(app, Screen::officer_history);
            ui::heading(tr::kTitleHistory);
            ui::paragraph(tr::off::kHistoryNotForRole);
        });
        return;
    }
    auto& s = officer_states(app).history;
    const bool entered = app.screen_entered();
    if (app.route.path != s.synced_path) {
        restore_from_path(s, app.route.path);
        s.synced_path = app.route.path;
    }
    const std::string url = history_url(s.applied);
    if (url != s.loaded_url || entered) {
        s.loaded_url = url;
        s.items.clear();
        s.next.clear();
        s.more_error.reset();
        net::load(s.first, url);
    }
    // The first page replaces what was shown; later pages were appended by load_more.
    if (s.first.ok() && s.taken != s.first.generation) {
        s.taken = s.first.generation;
        s.items = s.first.data.items;
        s.next = s.first.data.next;
    }
    const bool admin = officer::my_role(app) == Role::admin;

    ui::page("##officer-history", [&] {
        officer::console_header(app, Screen::officer_history);
        ui::heading(tr::kTitleHistory);
        ui::muted(admin ? tr::off::kHistoryIntroAdmin : tr::off::kHistoryIntro);
        ImGui::Spacing();
        draw_filters(app, s);
        ImGui::Spacing();
        if (s.first.failed()) {
            if (ui::error_banner(s.first.error, true)) net::load(s.first, s.loaded_url);
            return;
        }
        if (!s.first.ok()) {
            ui::spinner(tr::kLoading);
            return;
        }
        if (s.items.empty()) {
            ui::card("##history-empty", [] { ui::muted(tr::off::kHistoryEmpty); });
            return;
        }
        draw_table(app, s, admin);
        ImGui::Spacing();
        if (s.more_error && ui::error_banner(*s.more_error, true)) load_more(s);
        if (s.loading_more)
            ui::spinner(tr::kLoading);
        else if (!s.next.empty() && ui::secondary_button(tr::off::kHistoryMore))
            load_more(s);
    });
    // The filters go to the address (a history entry: Back returns to the ones before).
    if (const std::string want = screen_path(s.applied);
        app.route.screen == Screen::officer_history && want != app.route.path) {
        app.navigate(want);
        s.synced_path = want;
    }
}

}  // namespace pakn::client::views

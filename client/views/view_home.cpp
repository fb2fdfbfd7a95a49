// Trang chủ: what the system is for and its main actions, this year's
// figures, the latest published results and announcements, the lookup box,
// how to reach the center, and the QR code that opens the app on a phone.
#include <imgui.h>

#include "app/app.h"
#include "app/screens.h"
#include "app/strings_common.h"
#include "app/strings_public.h"
#include "app/strings_reports.h"
#include "pakn/text.h"
#include "platform/platform.h"
#include "ui/charts.h"
#include "ui/qr_widget.h"
#include "ui/theme.h"
#include "ui/widgets.h"
#include "views/public_common.h"
#include "views/views.h"

namespace pakn::client::views {
namespace {

namespace t = tr::pub;

void load(HomeState& st) {
    st.stats_year = pub::today().year;
    net::load(st.stats, "/api/v1/public/stats?from=" + std::to_string(st.stats_year) + "-01-01");
    net::load(st.reports, "/api/v1/public/reports?page=1&page_size=5");
    net::load(st.news, "/api/v1/public/announcements?page=1&page_size=3");
}

void submit_lookup(App& app, HomeState& st) {
    const std::string code(trim(st.lookup_code));
    st.lookup_empty = code.empty();
    if (!code.empty()) app.navigate(path_to(Screen::lookup, {{"ma", code}}));
}

void lookup_box(App& app, HomeState& st) {
    ui::card("##lookup", [&] {
        ui::subheading(tr::kTitleLookup);
        ImGui::PushFont(ui::fonts().small);
        ui::muted(t::kLookupNote);
        ImGui::PopFont();
        const float button_w = ImGui::CalcTextSize(tr::kLookupButton).x + ui::px(40);
        const float avail = ImGui::GetContentRegionAvail().x;
        const bool one_line = avail > ui::px(300);
        ImGui::SetNextItemWidth(one_line ? avail - button_w - ImGui::GetStyle().ItemSpacing.x : -1);
        if (ui::text_field_inline("##lookup-code", st.lookup_code, t::kLookupHint)) st.lookup_empty = false;
        const bool enter = ImGui::IsItemDeactivated() && ImGui::IsKeyPressed(ImGuiKey_Enter);
        if (one_line) ImGui::SameLine();
        const bool pressed = ui::primary_button(tr::kLookupButton, one_line ? button_w : -1);
        if (pressed || enter) submit_lookup(app, st);
        if (st.lookup_empty) {
            ImGui::PushStyleColor(ImGuiCol_Text, ui::color::kDanger);
            ImGui::PushFont(ui::fonts().small);
            ui::paragraph(tr::kLookupEmpty);
            ImGui::PopFont();
            ImGui::PopStyleColor();
        }
    });
}

void figures(App& app, HomeState& st) {
    ui::card("##figures", [&] {
        ui::subheading(t::kYearFigures + std::to_string(st.stats_year));
        ImGui::PushFont(ui::fonts().small);
        ui::muted(t::kSince + format_display_date(Date{st.stats_year, 1, 1}) + " – " +
                  format_display_date(pub::today()));
        ImGui::PopFont();
        if (st.stats.failed()) {
            if (ui::error_banner(st.stats.error, true)) load(st);
            return;
        }
        const bool ok = st.stats.ok();
        const StatsTotals& s = st.stats.data.totals;
        const std::string pending = "…";
        pub::tile_rows({
            {t::kFigReceived, ok ? ui::format_count(s.received) : pending, "", ui::color::kPrimary},
            {tr::kResolved, ok ? ui::format_count(s.resolved) : pending, "", ui::color::kSuccess},
            {t::kFigOnTime, ok ? ui::format_percent(s.on_time_rate) : pending, "", ui::color::kInfo},
            {t::kFigSatisfaction, ok ? ui::format_percent(s.satisfaction_rate) : pending, "", ui::color::kWarning},
        });
        if (ui::link(t::kStatsDetail)) app.navigate(path_to(Screen::stats));
    });
}

void latest_results(App& app, HomeState& st) {
    ui::card("##latest", [&] {
        ui::subheading(t::kLatestResults);
        if (!pub::ready(st.reports, [&] { load(st); })) return;
        if (st.reports.data.items.empty()) ui::muted(t::kNoPublished);
        for (const auto& r : st.reports.data.items) pub::report_row(app, r, false);
        if (ui::link(t::kAllResults)) app.navigate(path_to(Screen::published));
    });
}

void latest_news(App& app, HomeState& st) {
    ui::card("##news", [&] {
        ui::subheading(t::kLatestNews);
        if (!pub::ready(st.news, [&] { load(st); })) return;
        if (st.news.data.items.empty()) ui::muted(t::kNoNews);
        for (const auto& a : st.news.data.items) pub::announcement_row(app, a, true);
        if (ui::link(t::kAllNews)) app.navigate(path_to(Screen::announcements));
    });
}

void qr_card(HomeState& st) {
    if (!st.qr) return;
    ui::card("##qr", [&] {
        ui::subheading(t::kQrTitle);
        const float side = 176;
        const float avail = ImGui::GetContentRegionAvail().x;
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, (avail - ui::px(side)) * 0.5f));
        ui::qr_code(t::kQrLabel, *st.qr, side, st.qr_text);
        ImGui::PushFont(ui::fonts().small);
        ui::muted(t::kQrText);
        ImGui::PopFont();
    });
}

void contact_card() {
    ui::card("##contact", [] {
        ui::subheading(t::kChannels);
        ui::paragraph(t::kChannelWeb);
        ui::paragraph(std::string(t::kChannelHotline) + tr::kHotline);
        ui::paragraph(std::string(t::kChannelEmail) + tr::kEmail);
        ui::paragraph(t::kChannelDesk);
    });
}

}  // namespace

void draw_home(App& app) {
    HomeState& st = public_states(app).home;
    if (app.screen_entered()) load(st);
    if (st.qr_text.empty()) {
        // The address this page came from: the same build serves the web and
        // the installed app, so the code opens whichever server showed it.
        st.qr_text = platform::origin() + "/";
        st.qr = make_qr(st.qr_text, QrEcc::medium);
    }
    ui::page("##home", [&] {
        ImGui::PushFont(ui::fonts().title);
        ImGui::PushStyleColor(ImGuiCol_Text, ui::color::kPrimaryDark);
        ui::paragraph(tr::kSystemNameLong);
        ImGui::PopStyleColor();
        ImGui::PopFont();
        ImGui::Spacing();
        // A report sent without network is still on this device: say so
        // first, it goes by itself when the network returns.
        if (report_waiting_to_send(app)) {
            ui::warning_banner(tr::rep::kPendingHome);
            if (ui::link(tr::rep::kPendingOpen)) app.navigate(path_to(Screen::submit));
            ImGui::Spacing();
        }
        ui::paragraph(t::kHomeIntro);
        ImGui::Spacing();
        switch (pub::button_row({t::kSubmitUpper, t::kSeeStats, t::kSeeMap})) {
            case 0:
                app.navigate(path_to(Screen::submit));
                break;
            case 1:
                app.navigate(path_to(Screen::stats));
                break;
            case 2:
                app.navigate(path_to(Screen::map));
                break;
            default: break;
        }
        ImGui::Spacing();
        ImGui::Spacing();
        if (ui::is_compact()) {
            lookup_box(app, st);
            figures(app, st);
            latest_results(app, st);
            latest_news(app, st);
            qr_card(st);
            contact_card();
            return;
        }
        if (ImGui::BeginTable("##home-grid", 2, ImGuiTableFlags_SizingStretchProp)) {
            ImGui::TableSetupColumn("##main", ImGuiTableColumnFlags_WidthStretch, 1.9f);
            ImGui::TableSetupColumn("##side", ImGuiTableColumnFlags_WidthStretch, 1.0f);
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            figures(app, st);
            latest_results(app, st);
            latest_news(app, st);
            ImGui::TableNextColumn();
            lookup_box(app, st);
            qr_card(st);
            contact_card();
            ImGui::EndTable();
        }
    });
}

}  // namespace pakn::client::views

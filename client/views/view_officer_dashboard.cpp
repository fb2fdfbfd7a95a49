// Thống kê đơn vị (/can-bo/thong-ke): what the officer's unit holds now (by
// status, in its deadline, overdue), how punctually it answered this month
// and last month, and the same per category, counted by the server (GET
// /api/v1/officer/dashboard). The center and leadership see the province,
// or one unit's reports. A period (this month so far unless chosen) gives
// the figures of the monthly report ("báo cáo định kỳ"): per unit for the
// province, per officer for a unit, and the whole as an Excel or CSV file.
#include <imgui.h>

#include <algorithm>

#include "app/app.h"
#include "app/strings_common.h"
#include "app/strings_officer.h"
#include "pakn/forms.h"
#include "ui/officer_widgets.h"
#include "ui/charts.h"
#include "ui/theme.h"
#include "ui/widgets.h"
#include "views/officer_common.h"
#include "views/state_officer.h"

namespace pakn::client::views {
namespace {

// The query of the unit and the applied period, in the shared list-query spelling.
std::string dashboard_query(const DashboardState& s) {
    ListQuery q;
    if (!s.unit.empty()) q.unit = std::strtoll(s.unit.c_str(), nullptr, 10);
    q.from = ui::parse_day_text(s.applied_from);
    q.to = ui::parse_day_text(s.applied_to);
    return to_query_string(q);
}

std::string dashboard_url(const DashboardState& s) {
    const std::string q = dashboard_query(s);
    return q.empty() ? "/api/v1/officer/dashboard" : "/api/v1/officer/dashboard?" + q;
}

std::string export_url(const DashboardState& s) {
    const std::string q = dashboard_query(s);
    return q.empty() ? "/api/v1/officer/dashboard/export" : "/api/v1/officer/dashboard/export?" + q;
}

// Checks the typed period; true when it may be asked for (an end before
// the start is the server's to refuse, with its own message).
bool check_period(DashboardState& s) {
    s.period_errors.clear();
    officer::typed_day(s.from, "from", s.period_errors);
    officer::typed_day(s.to, "to", s.period_errors);
    return s.period_errors.empty();
}

void period_form(DashboardState& s) {
    ImGui::PushID("period");
    const int columns = ui::is_compact() ? 1 : 3;
    if (ImGui::BeginTable("##period", columns, ImGuiTableFlags_SizingStretchSame)) {
        ImGui::TableNextColumn();
        ui::text_field(tr::off::kPeriodFrom, s.from, {.hint = tr::kDateHint}, ui::find_error(s.period_errors, "from"));
        ImGui::TableNextColumn();
        ui::text_field(tr::kToDate, s.to, {.hint = tr::kDateHint}, ui::find_error(s.period_errors, "to"));
        ImGui::TableNextColumn();
        // Level with the boxes, under their labels.
        ImGui::Dummy(ImVec2(0, ImGui::GetTextLineHeightWithSpacing()));
        if (ui::primary_button(tr::off::kPeriodShow) && check_period(s)) {
            s.applied_from = s.from;
            s.applied_to = s.to;
        }
        ImGui::EndTable();
    }
    ImGui::PopID();
    ui::muted(tr::off::kPeriodHint);
}

// "83,3%" with "5/6 kết quả đúng hạn", or a dash and "no answers".
std::pair<std::string, std::string> rate_texts(std::optional<double> rate, std::int64_t on_time, std::int64_t resolved,
                                               const char* none) {
    if (!rate) return {tr::kDash, none};
    return {ui::format_percent(*rate), ui::format_count(on_time) + "/" + ui::format_count(resolved) + tr::off::kOnTimeAnswers};
}

ui::Cell rate_cell(const std::optional<double>& rate) { return rate ? ui::percent_cell(*rate) : ui::text_cell(tr::kDash); }

// "01/11/2026 – 17/11/2026" from the ISO days the server echoes.
std::string period_caption(const DashboardPeriod& p) {
    auto day = [](const std::string& iso) {
        const auto d = parse_date(iso);
        return d ? format_display_date(*d) : iso;
    };
    return std::string(tr::off::kPeriod) + ": " + day(p.from) + " – " + day(p.to);
}

void period_tiles(const DashboardPeriod& p) {
    const auto [rate, note] = rate_texts(p.on_time_rate, p.on_time, p.resolved, tr::off::kNoAnswersInPeriod);
    const float avail = ImGui::GetContentRegionAvail().x;
    const float gap = ui::px(12);
    const int per_line = std::clamp(static_cast<int>((avail + gap) / (ui::px(180) + gap)), 1, 3);
    const float width = (avail - gap * static_cast<float>(per_line - 1)) / static_cast<float>(per_line);
    struct Tile {
        const char* caption;
        std::string figure, note;
        ImU32 accent;
    };
    const Tile all[] = {
        {tr::off::kPeriodReceived, ui::format_count(p.received), "", ui::color::kPrimary},
        {tr::off::kPeriodResolved, ui::format_count(p.resolved), "", ui::color::kInfo},
        {tr::off::kPeriodOnTime, rate, note, ui::color::kSuccess},
    };
    for (int i = 0; i < 3; ++i) {
        if (i % per_line != 0) ImGui::SameLine(0, gap);
        ui::stat_tile(all[i].caption, all[i].figure, all[i].note, all[i].accent, width);
    }
}

void by_unit(const UnitDashboard& d) {
    ui::DataTable t;
    t.columns = {tr::kUnit, tr::off::kPeriodReceived, tr::off::kPeriodResolved, tr::off::kColOnTime,
                 tr::off::kColOnTimeRate, tr::off::kColOpenNow, tr::kOverdue};
    for (const auto& u : d.by_unit)
        t.rows.push_back({ui::text_cell(u.name), ui::count_cell(u.received), ui::count_cell(u.resolved),
                          ui::count_cell(u.on_time), rate_cell(u.on_time_rate), ui::count_cell(u.open),
                          ui::count_cell(u.overdue)});
    ui::data_table("##by-unit", t);
}

// Hỗ trợ trực tuyến: the help assistant's questions in the period.
void assistant_table(const DashboardAssistant& a) {
    // One figure per row: each is read out as "name: figure".
    ui::DataTable t;
    t.columns = {tr::off::kAssistantFigure, tr::off::kAssistantCount};
    t.rows = {
        {ui::text_cell(tr::off::kAssistantAsked), ui::count_cell(a.asked)},
        {ui::text_cell(tr::off::kAssistantAnswered), ui::count_cell(a.answered)},
        {ui::text_cell(tr::off::kAssistantOffered), ui::count_cell(a.offered)},
        {ui::text_cell(tr::off::kAssistantUnanswered), ui::count_cell(a.unanswered)},
        {ui::text_cell(tr::off::kAssistantRate),
         a.asked > 0 ? ui::percent_cell(static_cast<double>(a.answered) / static_cast<double>(a.asked))
                     : ui::text_cell(tr::kDash)},
    };
    ui::data_table("##assistant", t);
}

void by_handler(const UnitDashboard& d) {
    ui::DataTable t;
    t.columns = {tr::off::kOfficer, tr::off::kColOpenNow, tr::kOverdue, tr::off::kPeriodResolved, tr::off::kColOnTime,
                 tr::off::kColOnTimeRate};
    for (const auto& h : d.by_handler)
        t.rows.push_back({ui::text_cell(h.officer_id == 0 ? tr::off::kNotAssigned : h.name), ui::count_cell(h.open),
                          ui::count_cell(h.overdue), ui::count_cell(h.resolved), ui::count_cell(h.on_time),
                          rate_cell(h.on_time_rate)});
    ui::data_table("##by-handler", t);
}

// "83,3%" and "5/6 kết quả đúng hạn", or "Chưa có kết quả trong tháng".
std::pair<std::string, std::string> rate_texts(const DashboardMonth& m) {
    return rate_texts(m.on_time_rate, m.on_time, m.resolved, tr::off::kNoAnswers);
}

// "Tháng 11/2026" from "2026-11".
std::string month_caption(const char* caption, const DashboardMonth& m) {
    if (m.month.size() != 7) return caption;
    return std::string(caption) + " (" + m.month.substr(5, 2) + "/" + m.month.substr(0, 4) + ")";
}

void tiles(const UnitDashboard& d) {
    const auto [this_rate, this_note] = rate_texts(d.this_month);
    const auto [last_rate, last_note] = rate_texts(d.last_month);
    const std::string this_caption = month_caption(tr::off::kTileThisMonth, d.this_month);
    const std::string last_caption = month_caption(tr::off::kTileLastMonth, d.last_month);
    struct Tile {
        const char* caption;
        std::string figure, note;
        ImU32 accent;
    };
    const Tile all[] = {
        {tr::off::kTileTotal, ui::format_count(d.total), "", ui::color::kPrimary},
        {tr::off::kTileOpen, ui::format_count(d.within_deadline), "", ui::color::kInfo},
        {tr::kOverdue, ui::format_count(d.overdue), "", ui::color::kDanger},
        {this_caption.c_str(), this_rate, this_note, ui::color::kSuccess},
        {last_caption.c_str(), last_rate, last_note, ui::color::kMuted},
    };
    // As many per line as fit at least 180 CSS px wide.
    const float avail = ImGui::GetContentRegionAvail().x;
    const float gap = ui::px(12);
    const int per_line = std::clamp(static_cast<int>((avail + gap) / (ui::px(180) + gap)), 1, 5);
    const float width = (avail - gap * static_cast<float>(per_line - 1)) / static_cast<float>(per_line);
    for (int i = 0; i < 5; ++i) {
        if (i % per_line != 0) ImGui::SameLine(0, gap);
        ui::stat_tile(all[i].caption, all[i].figure, all[i].note, all[i].accent, width);
    }
}

void by_status(const UnitDashboard& d) {
    std::vector<ui::Datum> bars;
    for (const auto& row : d.by_status) {
        ui::Datum b;
        b.label = row.label;
        b.value = static_cast<double>(row.count);
        b.value_text = ui::format_count(row.count);
        if (const auto s = parse_status(row.key)) {
            switch (tone(*s)) {
                case StatusTone::success:
                    b.color = ui::color::kSuccess;
                    break;
                case StatusTone::warning:
                    b.color = ui::color::kWarning;
                    break;
                case StatusTone::danger:
                    b.color = ui::color::kDanger;
                    break;
                default:
                    break;
            }
        }
        bars.push_back(std::move(b));
    }
    ui::bar_chart("##by-status", bars, ui::color::kPrimary);
}

void by_category(const UnitDashboard& d) {
    ui::DataTable t;
    t.columns = {tr::kCategory, tr::off::kColTotal, tr::off::kColOpen, tr::kOverdue, tr::off::kColResolved};
    for (const auto& c : d.by_category)
        t.rows.push_back({ui::text_cell(c.name.empty() ? tr::off::kUnclassified : c.name), ui::count_cell(c.total),
                          ui::count_cell(c.open), ui::count_cell(c.overdue), ui::count_cell(c.resolved)});
    ui::data_table("##by-category", t);
}

}  // namespace

void draw_officer_dashboard(App& app) {
    auto& s = officer_states(app).dashboard;
    const bool entered = app.screen_entered();
    app.reference.need_categories(entered);
    app.reference.need_units(entered);
    const std::string url = dashboard_url(s);
    // Figures follow the work: reload on entering, on a change of unit and on live events.
    const bool live = s.loaded_generation >= 0 && app.live_generation != s.loaded_generation;
    if (url != s.loaded_url || entered || (live && !s.data.loading())) {
        const bool same_figures = url == s.loaded_url && !entered;
        s.loaded_url = url;
        s.loaded_generation = app.live_generation;
        if (same_figures)
            net::refresh(s.data, url);  // the figures stay on screen meanwhile
        else
            net::load(s.data, url);
    }
    ui::page("##officer-dashboard", [&] {
        officer::console_header(app, Screen::officer_dashboard);
        ui::heading(tr::kTitleDashboard);
        if (officer::sees_everything(app)) {
            ImGui::PushID("dashboard");
            ui::select(tr::kUnit, s.unit, ui::unit_choices(app.reference.units.data), tr::off::kDashboardAll, false,
                       nullptr, true);
            ImGui::PopID();
        }
        period_form(s);
        ImGui::Spacing();
        officer::export_menu(app, "dashboard-export", s.exporting, export_url(s));
        ImGui::Spacing();
        if (s.data.failed()) {
            if (ui::error_banner(s.data.error, true)) net::load(s.data, s.loaded_url);
            return;
        }
        if (!s.data.shown()) {
            ui::spinner(tr::kLoading);
            return;
        }
        const UnitDashboard& d = s.data.data;
        ui::muted(d.scope == "all" && !d.unit_id ? std::string(tr::off::kDashboardAll) : d.unit_name);
        ImGui::Spacing();
        tiles(d);
        ImGui::Spacing();
        ui::card("##dash-period", [&] {
            ui::subheading(period_caption(d.period));
            period_tiles(d.period);
            if (!d.by_unit.empty()) {
                ImGui::Spacing();
                ui::subheading(tr::off::kByUnit);
                by_unit(d);
            }
            if (!d.by_handler.empty()) {
                ImGui::Spacing();
                ui::subheading(tr::off::kByHandler);
                by_handler(d);
            }
            if (d.assistant) {
                ImGui::Spacing();
                ui::subheading(tr::off::kAssistantHeading);
                assistant_table(*d.assistant);
            }
        });
        ImGui::Spacing();
        ui::card("##dash-status", [&] {
            ui::subheading(tr::off::kByStatus);
            if (d.total == 0)
                ui::muted(tr::off::kNoData);
            else
                by_status(d);
        });
        ImGui::Spacing();
        ui::card("##dash-category", [&] {
            ui::subheading(tr::kByCategory);
            if (d.by_category.empty())
                ui::muted(tr::off::kNoData);
            else
                by_category(d);
        });

        ImGui::PushFont(ui::fonts().small);
        ui::muted(std::string(tr::off::kGeneratedAt) + ui::datetime_text(d.generated_at));
        ImGui::PopFont();
    });
}

}  // namespace pakn::client::views

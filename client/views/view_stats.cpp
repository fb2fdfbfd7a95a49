// Thống kê: public figures for a date range and a category: totals, reports
// by month, by status, by category, units ranked by on-time rate, the
// satisfaction breakdown, average handling time and the busiest communes.
// Every chart has a table view and a CSV download. The server aggregates;
// this screen turns one answer into chart data once (prepare) and draws it.
// [SECTION] index: filter, preparing the charts, drawing.
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>

#include "app/app.h"
#include "app/screens.h"
#include "app/strings_common.h"
#include "app/strings_public.h"
#include "pakn/forms.h"
#include "ui/charts.h"
#include "ui/theme.h"
#include "ui/widgets.h"
#include "views/public_common.h"

namespace pakn::client::views {
namespace {

namespace t = tr::pub;

// [SECTION] filter ---------------------------------------------------------------

const std::vector<const char*>& presets() {
    static const std::vector<const char*> kPresets = {t::kPresetMonth, t::kPresetQuarter, t::kPresetYear,
                                                      t::kPreset12Months};
    return kPresets;
}

// The first and last day of a preset, ending today.
std::pair<Date, Date> preset_range(int preset, Date today) {
    switch (preset) {
        case 0: return {Date{today.year, today.month, 1}, today};
        case 1: return {Date{today.year, (today.month - 1) / 3 * 3 + 1, 1}, today};
        case 2: return {Date{today.year, 1, 1}, today};
        default: {
            // 12 whole months: this one and the eleven before it.
            int y = today.year, m = today.month - 11;
            if (m <= 0) {
                m += 12;
                --y;
            }
            return {Date{y, m, 1}, today};
        }
    }
}

void set_preset(StatsState& st, int preset) {
    st.preset = preset;
    const auto [from, to] = preset_range(preset, pub::today());
    st.from_text = format_display_date(from);
    st.to_text = format_display_date(to);
    st.errors.clear();
}

// Checks the filter and asks for its figures; false (errors shown) when a
// date is wrong.
bool apply(StatsState& st) {
    st.errors.clear();
    const auto from = pub::parse_display_date(st.from_text);
    const auto to = pub::parse_display_date(st.to_text);
    if (!from) st.errors.push_back({"from", "invalid_date", t::kInvalidDate});
    if (!to) st.errors.push_back({"to", "invalid_date", t::kInvalidDate});
    if (from && to && *to < *from) st.errors.push_back({"to", "invalid_date_range", t::kInvalidRange});
    if (!st.errors.empty()) return false;
    ListQuery q;
    q.from = from;
    q.to = to;
    q.category = st.category;
    st.query = to_query_string(q);
    net::load(st.stats, "/api/v1/public/stats?" + st.query);
    return true;
}

// [SECTION] preparing the charts -------------------------------------------------

// "2026-03" -> "03/2026".
std::string month_label(const std::string& key) {
    if (key.size() == 7 && key[4] == '-') return key.substr(5, 2) + "/" + key.substr(0, 4);
    return key;
}

ImU32 status_color(const std::string& key) {
    const auto s = parse_status(key);
    if (!s) return ui::color::kMuted;
    switch (tone(*s)) {
        case StatusTone::neutral: return IM_COL32(130, 140, 150, 255);
        case StatusTone::info: return ui::color::kInfo;
        case StatusTone::warning: return IM_COL32(214, 150, 0, 255);
        case StatusTone::success: return ui::color::kSuccess;
        case StatusTone::danger: return ui::color::kDanger;
    }
    return ui::color::kMuted;
}

ImU32 satisfaction_color(const std::string& key) {
    const auto l = parse_satisfaction(key);
    if (!l) return ui::color::kMuted;
    switch (*l) {
        case SatisfactionLevel::very_satisfied: return IM_COL32(22, 128, 61, 255);
        case SatisfactionLevel::satisfied: return IM_COL32(120, 184, 80, 255);
        case SatisfactionLevel::not_satisfied: return IM_COL32(230, 140, 20, 255);
        case SatisfactionLevel::dissatisfied: return IM_COL32(190, 30, 45, 255);
    }
    return ui::color::kMuted;
}

std::vector<StatRow> by_count(std::vector<StatRow> rows) {
    std::stable_sort(rows.begin(), rows.end(), [](const StatRow& a, const StatRow& b) { return a.count > b.count; });
    return rows;
}

void prepare(StatsCharts& c, const Stats& s) {
    using ui::count_cell, ui::percent_cell, ui::hours_cell, ui::text_cell;
    c = StatsCharts{};

    ui::Series received{tr::kReceived, ui::palette(0), {}, {}};
    ui::Series resolved{tr::kResolved, ui::palette(2), {}, {}};
    ui::Series on_time{t::kColOnTimeShort, ui::palette(1), {}, {}};
    c.month_table.columns = {t::kColMonth, tr::kReceived, tr::kResolved, t::kColOnTime};
    for (const auto& r : s.by_month) {
        c.months.push_back(month_label(r.key));
        received.values.push_back(static_cast<double>(r.count));
        received.texts.push_back(ui::format_count(r.count));
        resolved.values.push_back(static_cast<double>(r.resolved.value_or(0)));
        resolved.texts.push_back(ui::format_count(r.resolved.value_or(0)));
        on_time.values.push_back(r.on_time_rate.value_or(0));
        on_time.texts.push_back(r.on_time_rate ? ui::format_percent(*r.on_time_rate) : "–");
        c.month_table.rows.push_back({text_cell(month_label(r.key)), count_cell(r.count),
                                      count_cell(r.resolved.value_or(0)),
                                      r.on_time_rate ? percent_cell(*r.on_time_rate) : text_cell("")});
    }
    c.month_series = {received, resolved};
    c.month_rate = {on_time};

    c.status_table.columns = {tr::kStatus, tr::kReportCount};
    for (const auto& r : s.by_status) {
        c.status.push_back({r.label, static_cast<double>(r.count), ui::format_count(r.count), "", status_color(r.key)});
        c.status_table.rows.push_back({text_cell(r.label), count_cell(r.count)});
    }

    c.category_table.columns = {tr::kCategory, tr::kReceived, tr::kResolved, t::kColOnTime, t::kColHours};
    for (const auto& r : by_count(s.by_category)) {
        std::string detail;
        if (r.resolved) detail = std::string(tr::kResolved) + ": " + ui::format_count(*r.resolved);
        c.category.push_back({r.label, static_cast<double>(r.count), ui::format_count(r.count), detail, 0});
        c.category_table.rows.push_back({text_cell(r.label), count_cell(r.count), count_cell(r.resolved.value_or(0)),
                                         r.on_time_rate ? percent_cell(*r.on_time_rate) : text_cell(""),
                                         r.avg_handling_hours ? hours_cell(*r.avg_handling_hours) : text_cell("")});
    }

    // Units arrive ranked by on-time rate (the server's order is the ranking).
    c.unit_table.columns = {tr::kUnit, tr::kReceived, tr::kResolved, t::kColHours, t::kColOnTime};
    for (const auto& r : s.by_unit) {
        const double rate = r.on_time_rate.value_or(0);
        c.units.push_back({r.label,
                           {ui::format_count(r.count), ui::format_count(r.resolved.value_or(0)),
                            r.avg_handling_hours ? ui::format_decimal(*r.avg_handling_hours) : "–"},
                           rate,
                           r.on_time_rate ? ui::format_percent(rate) : "–"});
        c.unit_table.rows.push_back({text_cell(r.label), count_cell(r.count), count_cell(r.resolved.value_or(0)),
                                     r.avg_handling_hours ? hours_cell(*r.avg_handling_hours) : text_cell(""),
                                     r.on_time_rate ? percent_cell(rate) : text_cell("")});
    }

    std::int64_t ratings = 0;
    for (const auto& r : s.satisfaction) ratings += r.count;
    c.satisfaction_table.columns = {tr::kLevel, t::kColRatings, t::kColShare};
    for (const auto& r : s.satisfaction) {
        const double share = ratings > 0 ? static_cast<double>(r.count) / static_cast<double>(ratings) : 0.0;
        c.satisfaction.push_back({r.label, static_cast<double>(r.count),
                                  ui::format_count(r.count) + " (" + ui::format_percent(share) + ")", "",
                                  satisfaction_color(r.key)});
        c.satisfaction_table.rows.push_back({text_cell(r.label), count_cell(r.count), percent_cell(share)});
    }

    c.handling_table.columns = {tr::kCategory, t::kColHours};
    std::vector<StatRow> timed;
    for (const auto& r : s.by_category)
        if (r.avg_handling_hours) timed.push_back(r);
    std::stable_sort(timed.begin(), timed.end(),
                     [](const StatRow& a, const StatRow& b) { return *a.avg_handling_hours > *b.avg_handling_hours; });
    for (const auto& r : timed) {
        c.handling.push_back({r.label, *r.avg_handling_hours, ui::format_hours(*r.avg_handling_hours), "", 0});
        c.handling_table.rows.push_back({text_cell(r.label), hours_cell(*r.avg_handling_hours)});
    }

    c.commune_table.columns = {tr::kCommune, tr::kReceived, tr::kResolved};
    const auto communes = by_count(s.by_commune);
    for (const auto& r : communes) {
        if (r.count <= 0) continue;
        if (c.communes.size() < 10) {
            std::string detail;
            if (r.resolved) detail = std::string(tr::kResolved) + ": " + ui::format_count(*r.resolved);
            c.communes.push_back({r.label, static_cast<double>(r.count), ui::format_count(r.count), detail, 0});
        }
        c.commune_table.rows.push_back({text_cell(r.label), count_cell(r.count), count_cell(r.resolved.value_or(0))});
    }
}

// [SECTION] drawing --------------------------------------------------------------

void filter_card(App& app, StatsState& st) {
    ui::card("##filter", [&] {
        const int clicked = pub::button_row(presets(), st.preset);
        if (clicked >= 0) {
            set_preset(st, clicked);
            apply(st);
        }
        ImGui::Spacing();
        const auto cats = ui::category_choices(app.reference.categories.data);
        auto field = [&](const char* label, std::string& value, const char* wire) {
            if (ui::text_field(label, value, {tr::kDateHint}, ui::find_error(st.errors, wire))) st.preset = -1;
            if (ImGui::IsItemDeactivated() && ImGui::IsKeyPressed(ImGuiKey_Enter)) apply(st);
        };
        auto category = [&] {
            if (ui::select(tr::kCategory, st.category, cats, t::kAllCategories, false, nullptr, true)) apply(st);
        };
        if (ui::is_compact()) {
            field(t::kFrom, st.from_text, "from");
            field(tr::kToDate, st.to_text, "to");
            category();
            if (ui::primary_button(t::kApply, -1)) apply(st);
            return;
        }
        if (ImGui::BeginTable("##filter-grid", 4, ImGuiTableFlags_SizingStretchProp)) {
            ImGui::TableSetupColumn("##from", ImGuiTableColumnFlags_WidthStretch, 1.0f);
            ImGui::TableSetupColumn("##to", ImGuiTableColumnFlags_WidthStretch, 1.0f);
            ImGui::TableSetupColumn("##category", ImGuiTableColumnFlags_WidthStretch, 1.6f);
            ImGui::TableSetupColumn("##apply", ImGuiTableColumnFlags_WidthFixed,
                                    ImGui::CalcTextSize(t::kApply).x + ui::px(44));
            // A table row shares one text baseline across its cells: after
            // a cell ending in a framed field the next cell's label would sit
            // lower. Each cell here starts its own label line.
            auto cell = [] {
                ImGui::TableNextColumn();
                ImGui::GetCurrentWindow()->DC.CurrLineTextBaseOffset = 0;
            };
            ImGui::TableNextRow();
            cell();
            field(t::kFrom, st.from_text, "from");
            cell();
            field(tr::kToDate, st.to_text, "to");
            cell();
            category();
            cell();
            // Line the button up with the fields under their labels.
            ImGui::Dummy(ImVec2(0, ImGui::GetTextLineHeight()));
            if (ui::primary_button(t::kApply)) apply(st);
            ImGui::EndTable();
        }
    });
}

void totals(const Stats& s) {
    const StatsTotals& x = s.totals;
    pub::tile_rows(
        {
            {t::kFigReceived, ui::format_count(x.received), "", ui::color::kPrimary},
            {tr::kResolved, ui::format_count(x.resolved), "", ui::color::kSuccess},
            {t::kFigOnTime, ui::format_percent(x.on_time_rate), "", ui::color::kInfo},
            {t::kFigSatisfaction, ui::format_percent(x.satisfaction_rate), "", ui::color::kWarning},
            {t::kFigHandling, ui::format_decimal(x.avg_handling_hours), tr::kWorkingHours, ui::color::kPrimaryDark},
        },
        140);
}

void charts(App& app, StatsState& st) {
    StatsCharts& c = st.charts;
    StatsTables& tb = st.tables;
    const Stats& s = st.stats.data;
    ui::chart_card("by_month", t::kChartMonth, tb.month, c.month_table, "thong-ke-theo-thang.csv",
                   [&] { ui::column_chart("##months", c.months, c.month_series, 260); });
    pub::two_columns(
        "##row-status",
        [&] {
            ui::chart_card("by_status", t::kChartStatus, tb.status, c.status_table, "thong-ke-theo-trang-thai.csv",
                           [&] { ui::bar_chart("##status", c.status, ui::palette(0)); });
        },
        [&] {
            const std::string rate = ui::format_percent(s.totals.satisfaction_rate);
            ui::chart_card("satisfaction", t::kChartSatisfaction, tb.satisfaction, c.satisfaction_table,
                           "thong-ke-muc-do-hai-long.csv",
                           [&] { ui::donut_chart("##satisfaction", c.satisfaction, rate, t::kRated); });
        });
    ui::chart_card("by_category", tr::kByCategory, tb.category, c.category_table, "thong-ke-theo-linh-vuc.csv",
                   [&] { ui::bar_chart("##category", c.category, ui::palette(0)); });
    ui::chart_card("by_unit", t::kChartUnit, tb.unit, c.unit_table, "xep-hang-don-vi.csv", [&] {
        // Over a hundred units take part: the first ones, then all on demand
        // (the table view and the CSV always hold all of them).
        constexpr std::size_t kFirst = 15;
        ui::ranked_table("##units", {tr::kUnit, tr::kReceived, tr::kResolved, t::kColHours, t::kColOnTimeShort},
                         c.units, tb.all_units ? c.units.size() : kFirst);
        if (c.units.size() > kFirst) {
            const std::string more = tb.all_units ? std::string(t::kCollapse)
                                                  : t::kShowAllUnits + std::to_string(c.units.size()) + t::kUnitsSuffix;
            if (ui::link(more.c_str())) tb.all_units = !tb.all_units;
        }
    });
    pub::two_columns(
        "##row-time",
        [&] {
            ui::chart_card("on_time_by_month", t::kChartRate, tb.rate, c.month_table, "ty-le-dung-han-theo-thang.csv",
                           [&] { ui::line_chart("##rate", c.months, c.month_rate, 240, true); });
        },
        [&] {
            ui::chart_card("handling", t::kChartHandling, tb.handling, c.handling_table,
                           "thoi-gian-xu-ly-trung-binh.csv",
                           [&] { ui::bar_chart("##handling", c.handling, ui::palette(1)); });
        });
    ui::chart_card("by_commune", t::kChartCommune, tb.commune, c.commune_table, "thong-ke-theo-xa-phuong.csv", [&] {
        ui::bar_chart("##communes", c.communes, ui::palette(5));
        if (ui::link(t::kSeeOnMap)) app.navigate(path_to(Screen::map));
    });
}

}  // namespace

void draw_stats(App& app) {
    StatsState& st = public_states(app).stats;
    const bool entered = app.screen_entered();
    app.reference.need_categories(entered);
    if (entered) {
        if (st.query.empty()) set_preset(st, 2);
        apply(st);  // fresh figures on every visit, same filter
    }
    if (st.stats.ok() && st.prepared_generation != st.stats.generation) {
        prepare(st.charts, st.stats.data);
        st.prepared_generation = st.stats.generation;
    }
    ui::page("##stats", [&] {
        ui::heading(t::kStatsHeading);
        ui::muted(t::kStatsIntro);
        ImGui::Spacing();
        filter_card(app, st);
        ImGui::Spacing();
        if (!pub::ready(st.stats, [&] { apply(st); })) return;
        totals(st.stats.data);
        ImGui::Spacing();
        if (st.stats.data.totals.received == 0) {
            ui::card("##empty", [] { ui::muted(t::kStatsEmpty); });
            return;
        }
        charts(app, st);
    });
}

}  // namespace pakn::client::views

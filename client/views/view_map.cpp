// Bản đồ: the 65 communes coloured by their number of reports, with the
// Trường Sa inset and the published reports that have a position; a click
// on a commune lists its published reports below; the commune table (name,
// received, resolved) sorts by any column. Without imported boundaries the
// map shows the points on a plain frame and the table still works.
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>

#include "app/app.h"
#include "app/screens.h"
#include "app/strings_common.h"
#include "app/strings_public.h"
#include "pakn/forms.h"
#include "pakn/text.h"
#include "ui/charts.h"
#include "ui/map_widget.h"
#include "ui/theme.h"
#include "ui/widgets.h"
#include "views/public_common.h"

namespace pakn::client::views {
namespace {

namespace t = tr::pub;

void load_map(MapState& st) { net::load(st.data, "/api/v1/public/map"); }

void load_reports(MapState& st) {
    ListQuery q;
    q.commune = st.selected;
    q.page = st.page;
    q.page_size = 10;
    st.reports_query = to_query_string(q);
    net::load(st.reports, "/api/v1/public/reports?" + st.reports_query);
}

ImU32 point_color(Status s) {
    switch (tone(s)) {
        case StatusTone::success: return ui::color::kSuccess;
        case StatusTone::warning: return IM_COL32(214, 150, 0, 255);
        case StatusTone::danger: return ui::color::kDanger;
        case StatusTone::info: return ui::color::kInfo;
        case StatusTone::neutral: break;
    }
    return ui::color::kMuted;
}

// Decodes and triangulates the boundaries once per answer.
void prepare(MapState& st) {
    const MapData& d = st.data.data;
    std::vector<ui::RegionFigure> figures;
    figures.reserve(d.communes.size());
    for (const auto& c : d.communes) figures.push_back({c.code, c.name, c.count, c.resolved});
    std::vector<ui::MapMarker> markers;
    markers.reserve(d.points.size());
    for (const auto& p : d.points)
        markers.push_back({LonLat{p.lon, p.lat}, point_color(p.status), p.report_id, p.code,
                           p.title.empty() ? std::string(label(p.status)) : p.title + " – " + std::string(label(p.status))});
    st.model = ui::build_map_model(d.shapes, figures, std::move(markers));
    st.model.tiles = d.tiles;
    st.view.fitted = false;
    // Hundreds of points hide the colours on a phone-sized map.
    if (!st.points_chosen) st.view.show_points = !ui::is_compact();
    st.resort = true;
}

const MapCommune* find(const MapData& d, const std::string& code) {
    for (const auto& c : d.communes)
        if (c.code == code) return &c;
    return nullptr;
}

void select(MapState& st, std::string code) {
    if (code == st.selected) return;
    st.selected = std::move(code);
    st.page = 1;
    load_reports(st);
}

// The commune table, sortable by name, received or resolved.
void commune_table(MapState& st) {
    const auto& communes = st.data.data.communes;
    if (communes.empty()) return ui::muted(tr::kNoData);
    const float height = std::min(ui::px(420), ImGui::GetTextLineHeightWithSpacing() * 12.0f);
    if (!ImGui::BeginTable("##communes", 3,
                           ImGuiTableFlags_Sortable | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                               ImGuiTableFlags_ScrollY | ImGuiTableFlags_PadOuterX,
                           ImVec2(0, height)))
        return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(tr::kCommune, ImGuiTableColumnFlags_WidthStretch | ImGuiTableColumnFlags_DefaultSort);
    // Figure columns as wide as their header (and its sort arrow).
    const float arrow = ImGui::GetFontSize() + ui::px(8);
    ImGui::TableSetupColumn(tr::kReceived,
                            ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_PreferSortDescending,
                            ImGui::CalcTextSize(tr::kReceived).x + arrow);
    ImGui::TableSetupColumn(tr::kResolved,
                            ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_PreferSortDescending,
                            ImGui::CalcTextSize(tr::kResolved).x + arrow);
    // Sort only when the specs change or new data arrived (style.md rule 5).
    if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs && (specs->SpecsDirty || st.resort)) {
        st.order.resize(communes.size());
        std::vector<std::string> folded(communes.size());  // "Đ" sorts with "D", as readers expect
        for (std::size_t i = 0; i < communes.size(); ++i) {
            st.order[i] = i;
            folded[i] = fold_for_search(communes[i].name);
        }
        if (specs->SpecsCount > 0) {
            const ImGuiTableColumnSortSpecs& s = specs->Specs[0];
            const bool asc = s.SortDirection == ImGuiSortDirection_Ascending;
            std::stable_sort(st.order.begin(), st.order.end(), [&](std::size_t a, std::size_t b) {
                const MapCommune& x = communes[a];
                const MapCommune& y = communes[b];
                switch (s.ColumnIndex) {
                    case 1: return asc ? x.count < y.count : x.count > y.count;
                    case 2: return asc ? x.resolved < y.resolved : x.resolved > y.resolved;
                    default: return asc ? folded[a] < folded[b] : folded[a] > folded[b];
                }
            });
        }
        specs->SpecsDirty = false;
        st.resort = false;
    }
    // The headers by hand: Dear ImGui's TableHeadersRow() gives the widget
    // registry no label, and tests click these to sort.
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    for (int c = 0; c < 3; ++c) {
        ImGui::TableSetColumnIndex(c);
        const char* name = ImGui::TableGetColumnName(c);
        ImGui::TableHeader(name);
        ImGuiTestEngineHook_ItemInfo(ImGui::GetCurrentContext(), ImGui::GetItemID(), name, 0);
    }
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(st.order.size()));
    while (clipper.Step()) {
        for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
            const MapCommune& c = communes[st.order[static_cast<std::size_t>(row)]];
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::PushID(c.code.c_str());
            const std::string label = c.name + "##row";
            if (ImGui::Selectable(label.c_str(), c.code == st.selected, ImGuiSelectableFlags_SpanAllColumns))
                select(st, c.code == st.selected ? std::string() : c.code);
            ImGui::PopID();
            ImGui::TableNextColumn();
            ui::text(ui::format_count(c.count));
            ImGui::TableNextColumn();
            ui::text(ui::format_count(c.resolved));
        }
    }
    ImGui::EndTable();
}

void reports_list(App& app, MapState& st) {
    const MapCommune* c = st.selected.empty() ? nullptr : find(st.data.data, st.selected);
    ui::subheading(c ? std::string(t::kMapReportsOf) + c->name : std::string(t::kMapReportsAll));
    if (!pub::ready(st.reports, [&] { load_reports(st); })) return;
    const auto& page = st.reports.data;
    if (page.items.empty()) ui::muted(tr::kNoMatchingReports);
    for (const auto& r : page.items) pub::report_row(app, r, true);
    const int next = ui::pager("##map-pager", st.page, page.total, static_cast<int>(page.page_size), tr::kNounReports);
    if (next != st.page) {
        st.page = next;
        load_reports(st);
    }
}

}  // namespace

void draw_map(App& app) {
    MapState& st = public_states(app).map;
    if (app.screen_entered()) {
        load_map(st);
        load_reports(st);
    }
    if (st.data.ok() && st.model_generation != st.data.generation) {
        prepare(st);
        st.model_generation = st.data.generation;
    }
    ui::page("##map", [&] {
        ui::heading(t::kMapHeading);
        // What the map shows decides what the intro may promise (colours and
        // communes need the boundaries).
        if (const char* intro = pub::map_intro(st.model.has_shapes(), !st.model.points.empty()); intro && st.data.ok())
            ui::muted(intro);
        ImGui::Spacing();
        ui::card("##map-card", [&] {
            if (!pub::ready(st.data, [&] { load_map(st); })) return;
            const MapData& d = st.data.data;
            if (!st.model.has_shapes() && st.model.points.empty()) {
                // Nothing to draw: no boundaries imported, no report with a position.
                ui::muted(t::kMapNothing);
                return;
            }
            if (!st.model.has_shapes()) {
                ImGui::PushFont(ui::fonts().small);
                ui::muted(t::kMapNoShapes);
                ImGui::PopFont();
            }
            const ui::MapAction action =
                ui::map_widget("##province", st.model, st.view, st.selected, ui::is_compact() ? 420 : 580, d.credit);
            if (action.region_clicked) select(st, action.code == st.selected ? std::string() : action.code);
            if (action.report_clicked) app.navigate(path_to(Screen::published_report, action.report_clicked));
            if (ui::checkbox(t::kMapShowPoints, st.view.show_points)) st.points_chosen = true;
            ImGui::SameLine();
            ImGui::PushFont(ui::fonts().small);
            ImGui::AlignTextToFramePadding();
            ui::muted("(" + ui::format_count(static_cast<std::int64_t>(d.points.size())) + t::kMapPoints + ")");
            ImGui::PopFont();
            if (const MapCommune* c = st.selected.empty() ? nullptr : find(d, st.selected)) {
                ImGui::AlignTextToFramePadding();
                ui::paragraph(std::string(t::kMapSelected) + c->name + " — " + tr::kReceived + ": " +
                              ui::format_count(c->count) + ", " + tr::kResolved + ": " + ui::format_count(c->resolved));
                if (ui::secondary_button(t::kMapClear)) select(st, {});
            }
        });
        ImGui::Spacing();
        pub::two_columns(
            "##map-lists",
            [&] {
                ui::card("##communes-card", [&] {
                    ui::subheading(t::kMapCommunes);
                    if (st.data.ok()) commune_table(st);
                });
            },
            [&] { ui::card("##reports-card", [&] { reports_list(app, st); }); });
    });
}

}  // namespace pakn::client::views

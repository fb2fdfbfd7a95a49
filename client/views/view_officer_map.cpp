// Bản đồ hồ sơ (/can-bo/ban-do): the open reports of the officer's inbox
// that have a position, on the province map, coloured by the time left of
// their current step as the inbox colours it (on time, due soon, overdue),
// with a legend. The inbox's filters (officer_common), kept in the address;
// a click on a point opens the report; how many matching reports have no
// position, and a notice when the server sent only the first 5,000.
#include <imgui.h>

#include <string>
#include <vector>

#include "app/app.h"
#include "app/screens.h"
#include "app/strings_common.h"
#include "app/strings_officer.h"
#include "pakn/dto_map.h"
#include "pakn/forms.h"
#include "pakn/url.h"
#include "ui/charts.h"
#include "ui/map_widget.h"
#include "ui/theme.h"
#include "ui/widgets.h"
#include "views/officer_common.h"
#include "views/state_officer.h"

namespace pakn::client::views {
namespace {

namespace off = tr::off;

// The filters and the status as the shared list query.
ListQuery query_of(const OfficerMapState& s) {
    ListQuery q = officer::filter_query(s.applied);
    if (!s.status.empty()) q.status = parse_status(s.status);
    return q;
}

// The request: the boundaries come once, later answers carry points only.
std::string map_url(const OfficerMapState& s, const std::string& query) {
    std::string url = "/api/v1/officer/map";
    std::string qs = query;
    if (s.have_shapes) qs += (qs.empty() ? "" : "&") + std::string("shapes=0");
    return qs.empty() ? url : url + "?" + qs;
}

std::string screen_path(const OfficerMapState& s) {
    return path_with_query(Screen::officer_map, to_query_string(query_of(s)));
}

// The filters the address holds (Back, a reload, a link from a colleague).
void restore_from_path(OfficerMapState& s, std::string_view path) {
    const auto mark = path.find('?');
    const QueryParams params =
        mark == std::string_view::npos ? QueryParams{} : parse_query_string(path.substr(mark + 1));
    const ListQuery q = parse_list_query(params).value;
    s.applied = s.editing = officer::filters_of(q);
    s.status = q.status && is_open(*q.status) ? std::string(to_string(*q.status)) : "";
    if (officer::narrows_beyond_words(s.applied) || !s.status.empty()) s.filters_open = true;
    s.filter_errors.clear();
}

// [SECTION] colours: the inbox's SLA levels

ImU32 level_color(const std::optional<TimeLeftLevel>& level) {
    if (!level) return ui::color::kMuted;
    switch (*level) {
        case TimeLeftLevel::ok:
            return ui::color::kSuccess;
        case TimeLeftLevel::due_soon:
            return IM_COL32(214, 150, 0, 255);
        case TimeLeftLevel::overdue:
            return ui::color::kDanger;
    }
    return ui::color::kMuted;
}

const char* level_label(const std::optional<TimeLeftLevel>& level) {
    if (!level) return off::kMapNoDeadline;
    switch (*level) {
        case TimeLeftLevel::ok:
            return off::kMapOnTime;
        case TimeLeftLevel::due_soon:
            return off::kMapDueSoon;
        case TimeLeftLevel::overdue:
            return off::kMapOverdue;
    }
    return off::kMapNoDeadline;
}

// Builds the map once per answer: the points as markers over the boundaries
// kept from the first answer.
void prepare(OfficerMapState& s) {
    const OfficerMap& d = s.data.data;
    if (!s.have_shapes) {
        s.shapes = d.shapes;
        s.credit = d.credit;
        s.have_shapes = true;
    }
    std::vector<ui::MapMarker> markers;
    markers.reserve(d.points.size());
    for (const auto& p : d.points)
        markers.push_back({LonLat{p.lon, p.lat}, level_color(p.time_left_level), p.report_id, p.code,
                           p.title + " – " + std::string(label(p.status)) + " – " + level_label(p.time_left_level)});
    const bool first = s.model_generation < 0;
    s.model = ui::build_map_model(s.shapes, {}, std::move(markers));
    s.model.figures = false;
    s.model.tiles = d.tiles;
    s.view.expose_points = true;
    // The same boundaries: pan and zoom stay where the officer left them.
    if (first || !s.model.has_shapes()) s.view.fitted = false;
}

// The legend: what each colour says, with how many points have it.
void legend(const OfficerMapState& s) {
    const std::optional<TimeLeftLevel> levels[] = {TimeLeftLevel::ok, TimeLeftLevel::due_soon, TimeLeftLevel::overdue,
                                                   std::nullopt};
    int counts[4] = {0, 0, 0, 0};
    for (const auto& p : s.data.data.points)
        counts[!p.time_left_level ? 3 : static_cast<int>(*p.time_left_level)]++;
    ImGui::AlignTextToFramePadding();
    ui::text(off::kMapLegend);
    for (int i = 0; i < 4; ++i) {
        if (i == 3 && counts[3] == 0) break;  // every open step has a deadline, as a rule
        ImGui::SameLine(0, ui::px(16));
        const float size = ImGui::GetTextLineHeight() * 0.7f;
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const float y = at.y + ImGui::GetStyle().FramePadding.y + (ImGui::GetTextLineHeight() - size) * 0.5f;
        ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(at.x + size * 0.5f, y + size * 0.5f), size * 0.5f,
                                                    level_color(levels[i]));
        ImGui::Dummy(ImVec2(size, ImGui::GetFrameHeight()));
        ImGui::SameLine(0, ui::px(6));
        const std::string text = std::string(level_label(levels[i])) + " (" + ui::format_count(counts[i]) + ")";
        ui::text(text);
    }
}

std::vector<ui::Choice> open_status_choices() {
    std::vector<ui::Choice> out;
    for (Status st : kAllStatuses)
        if (is_open(st)) out.push_back({std::string(to_string(st)), std::string(label(st))});
    return out;
}

void draw_filters(App& app, OfficerMapState& s) {
    const float avail = ImGui::GetContentRegionAvail().x;
    bool apply = officer::filter_search_line("officer-map", s.editing, s.filters_open,
                                             std::min(avail - ui::px(220), ui::px(520)));
    if (s.filters_open) {
        ImGui::SetNextItemWidth(std::min(avail, ui::px(360)));
        ImGui::PushID("map-status");
        if (ui::select(tr::kStatus, s.status, open_status_choices(), tr::kAll)) apply = true;
        ImGui::PopID();
        apply = officer::filter_panel(app, "##officer-map-filters", s.editing, s.filter_errors) || apply;
    }
    if (apply && officer::check_filters(s.editing, s.filter_errors)) s.applied = s.editing;
}

}  // namespace

void draw_officer_map(App& app) {
    auto& s = officer_states(app).map;
    const bool entered = app.screen_entered();
    app.reference.need_categories(entered);
    app.reference.need_units(entered);
    if (app.route.path != s.synced_path) {
        restore_from_path(s, app.route.path);
        s.synced_path = app.route.path;
    }
    // (Re)load when the filters changed, on entering, and on live events.
    const std::string query = to_query_string(query_of(s));
    const bool live = s.loaded_generation >= 0 && app.live_generation != s.loaded_generation;
    if (query != s.loaded_query || entered || (live && !s.data.loading())) {
        s.loaded_query = query;
        s.loaded_generation = app.live_generation;
        net::load(s.data, map_url(s, query));
    }
    if (s.data.ok() && s.model_generation != s.data.generation) {
        prepare(s);
        s.model_generation = s.data.generation;
    }

    ui::page("##officer-map", [&] {
        officer::console_header(app, Screen::officer_map);
        ui::heading(tr::kTitleOfficerMap);
        ui::muted(off::kMapIntro);
        ImGui::Spacing();
        draw_filters(app, s);
        ImGui::Spacing();
        if (s.data.failed()) {
            if (ui::error_banner(s.data.error, true)) net::load(s.data, map_url(s, s.loaded_query));
            return;
        }
        // The map stays while a new filter loads; a spinner only the first time.
        if (s.model_generation < 0) {
            ui::spinner(tr::kLoading);
            return;
        }
        const OfficerMap& d = s.data.data;
        if (d.truncated) ui::warning_banner(off::kMapTruncated);
        ui::card("##officer-map-card", [&] {
            legend(s);
            ImGui::PushFont(ui::fonts().small);
            ui::muted(ui::format_count(static_cast<std::int64_t>(d.points.size())) + off::kMapShown + " • " +
                      ui::format_count(d.without_position) + off::kMapWithoutPosition);
            if (!s.model.has_shapes() && !d.points.empty()) ui::muted(off::kMapNoShapes);
            ImGui::PopFont();
            if (d.points.empty() && !s.model.has_shapes()) {
                ui::muted(off::kMapEmpty);
                return;
            }
            if (d.points.empty()) ui::muted(off::kMapEmpty);
            const ui::MapAction action =
                ui::map_widget("##officer-province", s.model, s.view, "", ui::is_compact() ? 420 : 600, s.credit);
            if (action.report_clicked) app.navigate(path_to(Screen::officer_report, action.report_clicked));
        });
    });
    // The filters go to the address (a history entry: Back returns to the ones before).
    if (const std::string want = screen_path(s); app.route.screen == Screen::officer_map && want != app.route.path) {
        app.navigate(want);
        s.synced_path = want;
    }
}

}  // namespace pakn::client::views

// Hộp xử lý phản ánh (/can-bo): the officer's inbox. Tabs by status as the
// role works (the center from intake to answer, a unit from assignment to
// its answer, leadership everything), filters, a table sorted by the current
// step's deadline with the time left colored, paging on the server. A live
// event reloads the page and highlights the rows that were not there before.
#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string_view>
#include <vector>

#include "app/app.h"
#include "app/screens.h"
#include "app/strings_common.h"
#include "app/strings_officer.h"
#include "pakn/forms.h"
#include "pakn/url.h"
#include "ui/officer_widgets.h"
#include "ui/theme.h"
#include "ui/widgets.h"
#include "views/officer_common.h"
#include "views/state_officer.h"

namespace pakn::client::views {
namespace {

constexpr int kPageSize = 20;

struct Tab {
    std::string label;
    std::optional<Status> status;
    bool overdue = false;
    bool mine = false;  // given to the officer by the unit lead ("Của tôi")
};

// The tabs of a role: what it acts on, in the order work flows.
std::vector<Tab> tabs_for(const std::optional<Role>& role) {
    auto by_status = [](Status s) { return Tab{std::string(label(s)) + "##tab", s, false}; };
    const Tab overdue{std::string(tr::kOverdue) + "##tab", std::nullopt, true};
    const Tab all{std::string(tr::kAll) + "##tab", std::nullopt, false};
    if (role == Role::handler || role == Role::unit_lead)
        return {by_status(Status::assigned),
                by_status(Status::in_progress),
                by_status(Status::result_proposed),
                Tab{std::string(tr::off::kTabMine) + "##tab", std::nullopt, false, true},
                overdue,
                all};
    return {by_status(Status::submitted),
            by_status(Status::accepted),
            by_status(Status::assigned),
            by_status(Status::in_progress),
            by_status(Status::result_proposed),
            by_status(Status::resolved),
            overdue,
            all};
}

// The applied filters and the page as the shared list query (the API's and
// the address bar's spelling).
ListQuery query_of(const InboxState& s) {
    ListQuery q = officer::filter_query(s.applied);
    q.page = s.page;
    return q;
}

// The list request for the tab, filters and page, with the shared query rules.
std::string inbox_url(const InboxState& s, const Tab& tab) {
    ListQuery q = query_of(s);
    q.page_size = kPageSize;
    q.status = tab.status;
    if (tab.overdue) q.overdue = true;
    q.mine = tab.mine;
    const std::string qs = to_query_string(q);
    return qs.empty() ? "/api/v1/inbox" : "/api/v1/inbox?" + qs;
}

// The export of everything the tab and filters hold (every page).
std::string inbox_export_url(const InboxState& s, const Tab& tab) {
    ListQuery q = query_of(s);
    q.page = 1;
    q.status = tab.status;
    if (tab.overdue) q.overdue = true;
    q.mine = tab.mine;
    const std::string qs = to_query_string(q);
    return qs.empty() ? "/api/v1/inbox/export" : "/api/v1/inbox/export?" + qs;
}

// [SECTION] the address bar: tab, filters and page survive a reload, Back
// and a link shared with a colleague.

// A tab's name in the address: the status, "mine", "overdue" or "all".
std::string tab_key(const Tab& t) {
    if (t.mine) return "mine";
    if (t.overdue) return "overdue";
    return t.status ? std::string(to_string(*t.status)) : "all";
}

// "/can-bo?tab=in_progress&category=xay_dung&page=2": what the screen shows,
// with the shared list-query spelling for the filters.
std::string inbox_path(const InboxState& s, const std::vector<Tab>& tabs) {
    std::string qs = s.tab == 0 ? "" : "tab=" + tab_key(tabs[static_cast<std::size_t>(s.tab)]);
    const std::string rest = to_query_string(query_of(s));
    if (!rest.empty()) qs += (qs.empty() ? "" : "&") + rest;
    const std::string base = path_to(Screen::officer_inbox);
    return qs.empty() ? base : base + "?" + qs;
}

// The tab, filters and page the address holds; what it lacks or gets wrong
// falls back to the default (the shared parser drops a bad value).
void restore_from_path(InboxState& s, const std::vector<Tab>& tabs, std::string_view path) {
    const auto mark = path.find('?');
    const QueryParams params = mark == std::string_view::npos ? QueryParams{} : parse_query_string(path.substr(mark + 1));
    const ListQuery q = parse_list_query(params).value;
    s.applied = s.editing = officer::filters_of(q);
    if (officer::narrows_beyond_words(s.applied)) s.filters_open = true;
    s.page = q.page;
    s.tab = 0;
    for (const auto& [key, value] : params)
        if (key == "tab")
            for (std::size_t i = 0; i < tabs.size(); ++i)
                if (tab_key(tabs[i]) == value) s.tab = static_cast<int>(i);
}

// After a load: rows that were not there before a live reload are new.
void note_rows(InboxState& s) {
    if (!s.list.ok() || s.processed == s.list.generation) return;
    s.processed = s.list.generation;
    // Only a live reload of the page already shown can tell what is new.
    const bool compare = s.reload_is_live;
    for (const auto& r : s.list.data.items) {
        if (compare && !s.seen.count(r.id)) s.fresh.insert(r.id);
        s.seen.insert(r.id);
    }
    s.reload_is_live = false;
}

void draw_filters(App& app, InboxState& s, const Tab& tab) {
    // On a desktop the export buttons share the search line (the search box
    // gives up some width), so the table keeps its rows on a laptop screen.
    const float avail = ImGui::GetContentRegionAvail().x;
    const bool exports_beside = avail >= ui::px(1000);
    bool apply =
        officer::filter_search_line("inbox", s.editing, s.filters_open,
                                    exports_beside ? avail - ui::px(720) : std::min(avail - ui::px(220), ui::px(520)));
    // The monthly report: the list under these filters as a file.
    if (exports_beside) ImGui::SameLine(0, ui::px(24));
    officer::export_menu("inbox-export", s.exporting, inbox_export_url(s, tab));
    if (s.filters_open) apply = officer::filter_panel(app, "##inbox-filters", s.editing, s.filter_errors) || apply;
    if (apply && officer::check_filters(s.editing, s.filter_errors)) {
        s.applied = s.editing;
        s.page = 1;
    }
}

const char* or_dash(const std::string& s) {
    return s.empty() ? tr::kDash : s.c_str();
}

void open_report(App& app, InboxState& s, std::int64_t id) {
    s.fresh.erase(id);
    app.navigate(path_to(Screen::officer_report, id));
}

// The height of the pager line under the table, with the spacing above it.
float pager_height() {
    return ImGui::GetTextLineHeight() + ui::px(18) + ImGui::GetStyle().ItemSpacing.y * 2;
}

void draw_table(App& app, InboxState& s) {
    const auto& items = s.list.data.items;
    // One line per row (full title in a tooltip), every row the same height,
    // so the clipper can skip the rows out of sight.
    const float row_h = ImGui::GetFrameHeight() + ui::px(6);
    // The rows scroll inside the table, which is no taller than the screen
    // leaves above the pager: a full page (20 rows) is taller than a laptop
    // screen, and the pager under it must stay in sight and clickable.
    const float header_h = ImGui::GetTextLineHeight() + ImGui::GetStyle().CellPadding.y * 2;
    const float wanted = header_h + row_h * static_cast<float>(items.size()) + ui::px(4);
    const float room = ui::height_left_on_screen() - pager_height();
    const float height = std::min(wanted, std::max(room, header_h + row_h * 5));
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_BordersOuter |
                                  ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_PadOuterX |
                                  ImGuiTableFlags_ScrollY;
    if (!ImGui::BeginTable("##inbox", 7, flags, ImVec2(0, height))) return;
    ImGui::TableSetupScrollFreeze(0, 1);  // the column names stay while the rows scroll
    ImGui::TableSetupColumn(tr::off::kColCode, ImGuiTableColumnFlags_WidthFixed, ui::px(170));
    ImGui::TableSetupColumn(tr::kTitleField, ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableSetupColumn(tr::kCategory, ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn(tr::kCommune, ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn(tr::off::kColUnit, ImGuiTableColumnFlags_WidthStretch, 1.4f);
    ImGui::TableSetupColumn(tr::kStatus, ImGuiTableColumnFlags_WidthFixed, ui::px(150));
    ImGui::TableSetupColumn(tr::off::kColTimeLeft, ImGuiTableColumnFlags_WidthFixed, ui::px(150));
    ImGui::TableHeadersRow();
    ImGui::PushTextWrapPos(-1.0f);  // one line per cell, cut with "…"
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(items.size()));  // measures the first row
    std::optional<std::int64_t> open;
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const ReportSummary& r = items[static_cast<std::size_t>(i)];
            ImGui::TableNextRow(ImGuiTableRowFlags_None, row_h);
            const bool fresh = s.fresh.count(r.id) > 0;
            if (fresh)
                ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, IM_COL32(255, 246, 214, 255));
            else if (r.overdue)
                ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, IM_COL32(253, 240, 241, 255));
            ImGui::TableSetColumnIndex(0);
            ImGui::AlignTextToFramePadding();
            const std::string code = (fresh ? "★ " : "") + r.code + "##row" + std::to_string(r.id);
            // Not AllowOverlap: such an item takes a click only when it was
            // hovered the frame before, and a tap moves and presses at once.
            if (ImGui::Selectable(code.c_str(), false, ImGuiSelectableFlags_SpanAllColumns,
                                  ImVec2(0, row_h - ui::px(6))))
                open = r.id;
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", r.title.c_str());
            ImGui::TableSetColumnIndex(1);
            ImGui::AlignTextToFramePadding();
            ui::text_ellipsis(r.title);
            ImGui::TableSetColumnIndex(2);
            ImGui::AlignTextToFramePadding();
            ui::text_ellipsis(r.category_name.empty() ? tr::off::kUnclassified : r.category_name);
            ImGui::TableSetColumnIndex(3);
            ImGui::AlignTextToFramePadding();
            ui::text_ellipsis(or_dash(r.commune_name));
            ImGui::TableSetColumnIndex(4);
            ImGui::AlignTextToFramePadding();
            ui::text_ellipsis(or_dash(r.unit_name));
            ImGui::TableSetColumnIndex(5);
            ImGui::SetCursorPosY(ImGui::GetCursorPosY() + ui::px(3));
            ui::status_chip(r.status);
            ImGui::TableSetColumnIndex(6);
            ImGui::AlignTextToFramePadding();
            if (is_open(r.status))
                ui::time_left_cell(r);
            else
                ImGui::TextUnformatted(tr::kDash);
        }
    }
    ImGui::PopTextWrapPos();
    ImGui::EndTable();
    if (open) open_report(app, s, *open);
}

// Phones: one card per report instead of seven columns.
void draw_cards(App& app, InboxState& s) {
    std::optional<std::int64_t> open;
    for (const ReportSummary& r : s.list.data.items) {
        ImGui::PushID(static_cast<int>(r.id));
        const bool fresh = s.fresh.count(r.id) > 0;
        if (fresh) ImGui::PushStyleColor(ImGuiCol_ChildBg, IM_COL32(255, 246, 214, 255));
        ui::card("##row", [&] {
            const std::string code = (fresh ? "★ " : "") + r.code + "##row" + std::to_string(r.id);
            if (ImGui::Selectable(code.c_str())) open = r.id;
            ui::subheading(r.title);
            ui::status_chip(r.status);
            if (is_open(r.status)) {
                ImGui::SameLine();
                ui::time_left_cell(r);
            }
            ui::muted((r.category_name.empty() ? std::string(tr::off::kUnclassified) : r.category_name) +
                      (r.unit_name.empty() ? "" : " • " + r.unit_name));
        });
        if (fresh) ImGui::PopStyleColor();
        ImGui::PopID();
    }
    if (open) open_report(app, s, *open);
}

}  // namespace

void draw_officer_inbox(App& app) {
    auto& s = officer_states(app).inbox;
    const bool entered = app.screen_entered();
    app.reference.need_categories(entered);
    app.reference.need_units(entered);
    const auto tabs = tabs_for(officer::my_role(app));
    if (app.route.path != s.synced_path) {
        restore_from_path(s, tabs, app.route.path);
        s.synced_path = app.route.path;
    }
    s.tab = std::clamp(s.tab, 0, static_cast<int>(tabs.size()) - 1);

    // (Re)load when the request changed, on entering, and on live events.
    const std::string url = inbox_url(s, tabs[static_cast<std::size_t>(s.tab)]);
    const bool live = s.loaded_generation >= 0 && app.live_generation != s.loaded_generation;
    if (url != s.loaded_url || entered || (live && !s.list.loading())) {
        s.reload_is_live = live && url == s.loaded_url && !entered;
        if (url != s.loaded_url) s.fresh.clear();
        s.loaded_url = url;
        s.loaded_generation = app.live_generation;
        net::load(s.list, url);
    }
    note_rows(s);

    ui::page("##officer-inbox", [&] {
        officer::console_header(app, Screen::officer_inbox);
        ui::heading(tr::kTitleInbox);
        if (const auto role = officer::my_role(app); role == Role::leader || role == Role::admin)
            ui::muted(tr::off::kReadOnly);
        std::vector<std::string> labels;
        for (const auto& t : tabs)
            labels.push_back(t.label);
        if (const int clicked = ui::tab_buttons("##inbox-tabs", labels, s.tab); clicked >= 0 && clicked != s.tab) {
            s.tab = clicked;
            s.page = 1;
        }
        ImGui::Spacing();
        draw_filters(app, s, tabs[static_cast<std::size_t>(s.tab)]);
        ImGui::Spacing();
        if (!s.fresh.empty()) ui::success_banner(tr::off::kNewReports + std::to_string(s.fresh.size()));
        if (s.list.failed()) {
            if (ui::error_banner(s.list.error, true)) net::load(s.list, s.loaded_url);
            return;
        }
        if (!s.list.ok()) {
            ui::spinner(tr::kLoading);
            return;
        }
        if (s.list.data.items.empty()) {
            ui::card("##inbox-empty", [] { ui::muted(tr::off::kEmptyInbox); });
            return;
        }
        if (ui::is_compact())
            draw_cards(app, s);
        else
            draw_table(app, s);
        ImGui::Spacing();
        const int next = ui::pager("##inbox-pager", s.page, s.list.data.total, kPageSize, tr::kNounReports);
        if (next != s.page) s.page = next;
    });
    // What changed this frame goes to the address bar (a history entry, so
    // Back returns to the page, tab or filters before).
    // (Not when a row was just clicked: the report's page is opening.)
    if (const std::string want = inbox_path(s, tabs);
        app.route.screen == Screen::officer_inbox && want != app.route.path) {
        app.navigate(want);
        s.synced_path = want;
    }
}

}  // namespace pakn::client::views

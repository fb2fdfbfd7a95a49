// Hộp xử lý phản ánh (/can-bo): the officer's inbox. Tabs by status as the
// role works (the center from intake to answer, a unit from assignment to
// its answer, leadership everything), filters, a table sorted by the current
// step's deadline with the time left colored, paging on the server. A live
// event reloads the page and highlights the rows that were not there before.
// Each tab shows how many reports it holds under the filters (GET
// /inbox/counts); rows can be ticked and accepted, assigned or commented on
// together (POST /reports/bulk, each report checked on its own, with a
// summary of what was refused and why); an officer names the filters they
// use often and applies them with a click (Bộ lọc đã lưu).
//
// [SECTION] index: tabs and queries, the address bar, saved filters, bulk
// actions, filters, table and cards, the screen.
#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <map>
#include <string_view>
#include <vector>

#include "app/app.h"
#include "app/screens.h"
#include "app/strings_common.h"
#include "app/strings_officer.h"
#include "pakn/forms.h"
#include "pakn/inbox.h"
#include "pakn/url.h"
#include "ui/officer_widgets.h"
#include "ui/test_hooks.h"
#include "ui/theme.h"
#include "ui/widgets.h"
#include "views/officer_common.h"
#include "views/state_officer.h"

namespace pakn::client::views {
namespace {

constexpr int kPageSize = 20;

struct Tab {
    InboxTab tab;  // the shared definition: key, status, overdue, "mine", reconsideration
    std::string label;
};

// The tabs of a role (the shared list, inbox.h), with their names.
std::vector<Tab> tabs_for(const std::optional<Role>& role) {
    std::vector<Tab> out;
    for (const InboxTab& t : inbox_tabs(role)) {
        std::string name = t.status            ? std::string(label(*t.status))
                           : t.mine            ? std::string(tr::off::kTabMine)
                           : t.reconsideration ? std::string(tr::off::kTabReconsideration)
                           : t.overdue         ? std::string(tr::kOverdue)
                                               : std::string(tr::kAll);
        out.push_back(Tab{t, std::move(name)});
    }
    return out;
}

// The tab's button: its name and, once counted, how many it holds
// ("Chờ tiếp nhận (12)"); the ID stays the same as the count changes.
std::string tab_label(const Tab& t, std::size_t index, const net::Remote<InboxCounts>& counts) {
    std::string text = t.label;
    if (counts.ok())
        if (const TabCount* c = find_count(counts.data, t.tab.key))
            text += " (" + std::to_string(c->count) + (c->capped ? "+" : "") + ")";
    return text + "###tab" + std::to_string(index);
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
    ListQuery q = with_tab(query_of(s), tab.tab);
    q.page_size = kPageSize;
    const std::string qs = to_query_string(q);
    return qs.empty() ? "/api/v1/inbox" : "/api/v1/inbox?" + qs;
}

// The export of everything the tab and filters hold (every page).
std::string inbox_export_url(const InboxState& s, const Tab& tab) {
    ListQuery q = with_tab(query_of(s), tab.tab);
    q.page = 1;
    const std::string qs = to_query_string(q);
    return qs.empty() ? "/api/v1/inbox/export" : "/api/v1/inbox/export?" + qs;
}

// The applied filters alone (no tab, no page): what the tabs' counts and a
// saved filter hold.
std::string filters_query(const InboxState& s) {
    return to_query_string(filters_only(query_of(s)));
}

std::string counts_url(const InboxState& s) {
    const std::string qs = filters_query(s);
    return qs.empty() ? "/api/v1/inbox/counts" : "/api/v1/inbox/counts?" + qs;
}

// [SECTION] the address bar: tab, filters and page survive a reload, Back
// and a link shared with a colleague.

// A tab's name in the address: the status, "mine", "overdue" or "all".
const std::string& tab_key(const Tab& t) {
    return t.tab.key;
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
// The filters of a list query as the filter form shows them; their panel
// opens when more than the words narrow the list.
void show_filters(InboxState& s, const ListQuery& q) {
    s.applied = s.editing = officer::filters_of(q);
    if (officer::narrows_beyond_words(s.applied)) s.filters_open = true;
}

void restore_from_path(InboxState& s, const std::vector<Tab>& tabs, std::string_view path) {
    const auto mark = path.find('?');
    const QueryParams params = mark == std::string_view::npos ? QueryParams{} : parse_query_string(path.substr(mark + 1));
    const ListQuery q = parse_list_query(params).value;
    show_filters(s, q);
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
    std::map<std::int64_t, std::string> still_here;
    for (const auto& r : s.list.data.items) {
        if (compare && !s.seen.count(r.id)) s.fresh.insert(r.id);
        s.seen.insert(r.id);
        // A ticked row stays ticked through a live reload while it is on the page.
        if (s.bulk.selected.count(r.id)) still_here.emplace(r.id, r.code);
    }
    s.bulk.selected = std::move(still_here);
    s.reload_is_live = false;
}

// [SECTION] saved filters (Bộ lọc đã lưu)

constexpr const char* kSavedUrl = "/api/v1/officer/saved-filters";

void load_saved(InboxState& s) {
    net::load(s.saved.list, kSavedUrl);
}

// Applies a saved filter: its filters into the form and the list, page 1
// (the tab stays; the counts say how many each holds under it).
void apply_saved(InboxState& s, const SavedFilter& f) {
    const ListQuery q = parse_list_query(parse_query_string(f.query)).value;
    show_filters(s, q);
    s.filter_errors.clear();
    s.page = 1;
}

void save_filter(App& app) {
    auto& st = officer_states(app).inbox.saved;
    const SavedFilterForm form{st.name, filters_query(officer_states(app).inbox)};
    auto v = clean(form);
    st.errors = v.errors;
    st.error.reset();
    if (!v) return;
    st.sending = true;
    net::post(kSavedUrl, net::body_of(v.value), [&app](const net::Reply& reply) {
        auto& s = officer_states(app).inbox.saved;
        s.sending = false;
        SavedFilter saved;
        if (!reply.ok() || !net::decode_reply(reply, saved)) {
            s.errors = reply.error.fields;
            if (s.errors.empty()) s.error = reply.error;
            return;
        }
        s.naming = false;
        s.name.clear();
        s.errors.clear();
        s.open = true;
        app.toast(tr::off::kSavedFilterSaved + saved.name);
        load_saved(officer_states(app).inbox);
    });
}

void delete_filter(App& app, const SavedFilter& f) {
    const std::string name = f.name;
    net::send("DELETE", std::string(kSavedUrl) + "/" + std::to_string(f.id), nlohmann::json::object(),
              [&app, name](const net::Reply& reply) {
                  auto& s = officer_states(app).inbox;
                  if (!reply.ok()) {
                      s.saved.error = reply.error;
                      return;
                  }
                  app.toast(tr::off::kSavedFilterDeleted + name);
                  load_saved(s);
              });
}

// The naming form and the list of saved filters, under the search line.
void draw_saved_filters(App& app, InboxState& s) {
    auto& sv = s.saved;
    if (sv.naming) {
        ui::card("##save-filter", [&] {
            ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, ui::px(420)));
            ui::text_field(
                tr::off::kSavedFilterName, sv.name,
                {.hint = tr::off::kSavedFilterNameHint, .required = true, .max_chars = kMaxSavedFilterNameChars},
                ui::find_error(sv.errors, "name"));
            if (const FieldError* e = ui::find_error(sv.errors, "query")) ui::error_text(e);
            if (sv.error) ui::error_banner(*sv.error, false);
            ImGui::BeginDisabled(sv.sending);
            ImGui::PushID("saved-filter");
            if (ui::primary_button(tr::off::kSave)) save_filter(app);
            ImGui::PopID();
            ImGui::EndDisabled();
            ImGui::SameLine();
            ImGui::PushID("saved-filter-cancel");
            if (ui::secondary_button(tr::kCancel)) {
                sv.naming = false;
                sv.errors.clear();
                sv.error.reset();
            }
            ImGui::PopID();
        });
    }
    if (!sv.open) return;
    ui::card("##saved-filters", [&] {
        ui::subheading(tr::off::kSavedFilters);
        if (sv.list.failed()) {
            if (ui::error_banner(sv.list.error, true)) load_saved(s);
            return;
        }
        if (!sv.list.ok()) {
            ui::spinner(tr::kLoading);
            return;
        }
        if (!sv.naming && sv.error) ui::error_banner(*sv.error, false);
        if (sv.list.data.empty()) {
            ui::muted(tr::off::kNoSavedFilters);
            return;
        }
        std::optional<SavedFilter> apply, remove;
        const std::string current = filters_query(s);
        for (const SavedFilter& f : sv.list.data) {
            ImGui::PushID(static_cast<int>(f.id));
            // The filter in use is marked.
            const std::string name = (f.query == current ? "✓ " : "") + f.name;
            if (ui::secondary_button(name.c_str())) apply = f;
            ImGui::SameLine(0, ui::px(2));
            // A full-height button like its neighbour: SmallButton drew a
            // squashed bar whose ✕ did not show.
            if (ui::secondary_button("✕")) remove = f;
            ui::test_registry_note_field(ImGui::GetItemID(), tr::off::kDeleteSavedFilter + f.name, "");
            ImGui::PopID();
            ImGui::SameLine(0, ui::px(14));
            if (ImGui::GetContentRegionAvail().x < ui::px(200)) ImGui::NewLine();
        }
        ImGui::NewLine();
        if (apply) apply_saved(s, *apply);
        if (remove) delete_filter(app, *remove);
    });
}

// [SECTION] bulk actions

// What this officer's role may do to many reports at once (the workflow
// table's lines for the bulk actions).
std::vector<Action> bulk_actions(App& app) {
    const auto role = officer::my_role(app);
    return role ? bulk_actions_for(*role) : std::vector<Action>{};
}

BulkActionForm bulk_form(const InboxState& s) {
    BulkActionForm f;
    if (s.bulk.action) f.action = std::string(to_string(*s.bulk.action));
    for (const auto& [id, code] : s.bulk.selected)
        f.report_ids.push_back(id);
    if (s.bulk.action == Action::assign && !s.bulk.unit_id.empty())
        f.unit_id = std::strtoll(s.bulk.unit_id.c_str(), nullptr, 10);
    if (!s.bulk.note.empty()) f.note = s.bulk.note;
    return f;
}

void run_bulk(App& app) {
    auto& b = officer_states(app).inbox.bulk;
    b.tried = true;
    b.server_errors.clear();
    b.error.reset();
    auto v = clean(bulk_form(officer_states(app).inbox));
    if (!v) return;
    b.sending = true;
    b.sent_codes = b.selected;
    net::post("/api/v1/reports/bulk", net::body_of(v.value), [&app](const net::Reply& reply) {
        auto& s = officer_states(app).inbox;
        auto& bs = s.bulk;
        bs.sending = false;
        BulkResult result;
        if (!reply.ok() || !net::decode_reply(reply, result)) {
            bs.server_errors = reply.error.fields;
            if (bs.server_errors.empty()) bs.error = reply.error;
            return;
        }
        bs.result = std::move(result);
        bs.action.reset();
        bs.note.clear();
        bs.unit_id.clear();
        bs.tried = false;
        bs.selected.clear();
        // The list and its counts as they are now.
        s.list.invalidate();
        s.counts.invalidate();
    });
}

// The summary of the last bulk request: "Đã thực hiện 8/10; 2 không được:"
// and each refused report with its reason.
void draw_bulk_result(InboxState& s) {
    auto& b = s.bulk;
    if (!b.result) return;
    const BulkResult& r = *b.result;
    char head[160];
    std::snprintf(head, sizeof head, tr::off::kBulkDone, static_cast<long long>(r.done),
                  static_cast<long long>(r.items.size()));
    std::string text = head;
    if (r.failed > 0) {
        char tail[96];
        std::snprintf(tail, sizeof tail, tr::off::kBulkFailed, static_cast<long long>(r.failed));
        text += tail;
        for (const BulkItemResult& item : r.items) {
            if (item.ok) continue;
            std::string code = item.code;
            if (code.empty())
                if (auto known = b.sent_codes.find(item.id); known != b.sent_codes.end()) code = known->second;
            if (code.empty()) code = tr::off::kBulkReport + std::to_string(item.id);
            text += "\n" + code + tr::off::kBulkReason + item.message;
        }
        ui::warning_banner(text);
    } else {
        ui::success_banner(text);
    }
    ImGui::PushID("bulk-result");
    if (ui::link(tr::off::kBulkDismiss)) b.result.reset();
    ImGui::PopID();
}

// On the pager's line while rows are ticked: how many, the actions the
// role may take on them (so ticking a row moves nothing), and the chosen
// action's form in a dialog.
void draw_bulk_bar(App& app, InboxState& s, const std::vector<Action>& offered) {
    auto& b = s.bulk;
    if (b.selected.empty() || offered.empty()) return;
    char count[96];
    std::snprintf(count, sizeof count, tr::off::kSelectedCount, static_cast<int>(b.selected.size()));
    if (!ui::is_compact()) ImGui::SameLine(0, ui::px(32));  // a phone: under the pager
    ImGui::AlignTextToFramePadding();
    ui::text(count);
    ImGui::PushID("bulk");
    for (Action a : offered) {
        ImGui::SameLine();
        const std::string name(label(a));
        if (ui::secondary_button(name.c_str())) {
            b.action = a;
            b.tried = false;
            b.server_errors.clear();
            b.error.reset();
        }
    }
    ImGui::SameLine();
    if (ui::secondary_button(tr::off::kClearSelection)) {
        b.selected.clear();
        b.action.reset();
    }
    ImGui::PopID();
    if (!b.action || b.selected.empty()) return;
    bool open = true;
    ui::modal(tr::off::kBulkDialog, open, [&] {
        char title[200];
        std::snprintf(title, sizeof title, tr::off::kBulkFormTitle, std::string(label(*b.action)).c_str(),
                      static_cast<int>(b.selected.size()));
        ui::subheading(title);
        FieldErrors errors = b.server_errors;
        if (b.tried)
            for (auto& e : clean(bulk_form(s)).errors)
                if (!ui::find_error(errors, e.field)) errors.push_back(std::move(e));
        if (*b.action == Action::assign)
            ui::select(tr::off::kBulkUnit, b.unit_id, ui::unit_choices(app.reference.units.data),
                       tr::off::kBulkChooseUnit, true, ui::find_error(errors, "unit_id"), true);
        ui::text_field(tr::off::kBulkNote, b.note,
                       {.required = *b.action == Action::comment,
                        .multiline = true,
                        .multiline_height = 80,
                        .max_chars = kMaxNoteChars},
                       ui::find_error(errors, "note"));
        if (const FieldError* e = ui::find_error(errors, "report_ids")) ui::error_text(e);
        if (b.error) ui::error_banner(*b.error, false);
        ImGui::BeginDisabled(b.sending);
        ImGui::PushID("bulk-run");
        if (ui::primary_button(b.sending ? tr::off::kBulkSending : tr::off::kBulkRun)) run_bulk(app);
        ImGui::PopID();
        ImGui::EndDisabled();
        ImGui::SameLine();
        ImGui::PushID("bulk-cancel");
        if (ui::secondary_button(tr::kCancel)) b.action.reset();
        ImGui::PopID();
    });
    if (!open) b.action.reset();
}

// "Chọn tất cả trang này": ticks (or unticks) every row of the page shown.
// In the table's header (no label: its column is narrow); on phones a line
// of its own over the cards.
void draw_select_page(InboxState& s, bool in_header) {
    const auto& items = s.list.data.items;
    bool all = !items.empty();
    for (const auto& r : items)
        all = all && s.bulk.selected.count(r.id) > 0;
    bool ticked = all;
    bool toggled = false;
    if (in_header) {
        toggled = ImGui::Checkbox("##select-page", &ticked);
        ui::test_registry_note_field(ImGui::GetItemID(), tr::off::kSelectPage, ticked ? "true" : "false");
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr::off::kSelectPage);
    } else {
        toggled = ui::checkbox(tr::off::kSelectPage, ticked);
    }
    if (toggled) {
        for (const auto& r : items)
            if (ticked)
                s.bulk.selected.emplace(r.id, r.code);
            else
                s.bulk.selected.erase(r.id);
    }
}

// A row's tick box: no visible label (the row shows its code); a screen
// reader and the tests know it as "Chọn PAKN-…".
void row_checkbox(InboxState& s, const ReportSummary& r) {
    bool ticked = s.bulk.selected.count(r.id) > 0;
    const std::string id = "##sel" + std::to_string(r.id);
    if (ImGui::Checkbox(id.c_str(), &ticked)) {
        if (ticked)
            s.bulk.selected.emplace(r.id, r.code);
        else
            s.bulk.selected.erase(r.id);
    }
    ui::test_registry_note_field(ImGui::GetItemID(), tr::off::kSelectRow + r.code, ticked ? "true" : "false");
}

void draw_filters(App& app, InboxState& s, const Tab& tab) {
    // On a desktop the export buttons share the search line (the search box
    // gives up some width), so the table keeps its rows on a laptop screen.
    const float avail = ImGui::GetContentRegionAvail().x;
    const bool exports_beside = avail >= ui::px(1000);
    bool apply =
        officer::filter_search_line("inbox", s.editing, s.filters_open,
                                    exports_beside ? avail - ui::px(830) : std::min(avail - ui::px(220), ui::px(520)));
    // Bộ lọc đã lưu: the officer's named filters, and naming the current one.
    ImGui::SameLine();
    const std::string saved = (s.saved.open ? "▲ " : "▼ ") + std::string(tr::off::kSavedFilters);
    if (ui::secondary_button(saved.c_str())) s.saved.open = !s.saved.open;
    ImGui::SameLine();
    if (ui::secondary_button(tr::off::kSaveFilter)) {
        s.saved.naming = !s.saved.naming;
        s.saved.errors.clear();
        s.saved.error.reset();
    }
    // The monthly report: the list under these filters as a file.
    if (exports_beside) ImGui::SameLine(0, ui::px(24));
    officer::export_menu(app, "inbox-export", s.exporting, inbox_export_url(s, tab));
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

void draw_table(App& app, InboxState& s, bool selectable) {
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
    const int first = selectable ? 1 : 0;  // the tick boxes' column, when the role has bulk actions
    if (!ImGui::BeginTable("##inbox", 7 + first, flags, ImVec2(0, height))) return;
    ImGui::TableSetupScrollFreeze(0, 1);  // the column names stay while the rows scroll
    if (selectable) ImGui::TableSetupColumn("##select", ImGuiTableColumnFlags_WidthFixed, ui::px(34));
    ImGui::TableSetupColumn(tr::off::kColCode, ImGuiTableColumnFlags_WidthFixed, ui::px(170));
    ImGui::TableSetupColumn(tr::kTitleField, ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableSetupColumn(tr::kCategory, ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn(tr::kCommune, ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn(tr::off::kColUnit, ImGuiTableColumnFlags_WidthStretch, 1.4f);
    ImGui::TableSetupColumn(tr::kStatus, ImGuiTableColumnFlags_WidthFixed, ui::px(150));
    ImGui::TableSetupColumn(tr::off::kColTimeLeft, ImGuiTableColumnFlags_WidthFixed, ui::px(150));
    // The column names, and over the tick boxes the one that ticks them all.
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    for (int c = 0; c < 7 + first; ++c) {
        ImGui::TableSetColumnIndex(c);
        if (selectable && c == 0)
            draw_select_page(s, true);
        else
            ui::table_header(ImGui::TableGetColumnName(c));
    }
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
            if (selectable) {
                ImGui::TableSetColumnIndex(0);
                row_checkbox(s, r);
            }
            ImGui::TableSetColumnIndex(first + 0);
            ImGui::AlignTextToFramePadding();
            const std::string code = (fresh ? "★ " : "") + r.code + "##row" + std::to_string(r.id);
            // Not AllowOverlap: such an item takes a click only when it was
            // hovered the frame before, and a tap moves and presses at once.
            if (ImGui::Selectable(code.c_str(), false, ImGuiSelectableFlags_SpanAllColumns,
                                  ImVec2(0, row_h - ui::px(6))))
                open = r.id;
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", r.title.c_str());
            ImGui::TableSetColumnIndex(first + 1);
            ImGui::AlignTextToFramePadding();
            ui::text_ellipsis(r.title);
            ImGui::TableSetColumnIndex(first + 2);
            ImGui::AlignTextToFramePadding();
            ui::text_ellipsis(r.category_name.empty() ? tr::off::kUnclassified : r.category_name);
            ImGui::TableSetColumnIndex(first + 3);
            ImGui::AlignTextToFramePadding();
            ui::text_ellipsis(or_dash(r.commune_name));
            ImGui::TableSetColumnIndex(first + 4);
            ImGui::AlignTextToFramePadding();
            ui::text_ellipsis(or_dash(r.unit_name));
            ImGui::TableSetColumnIndex(first + 5);
            ImGui::SetCursorPosY(ImGui::GetCursorPosY() + ui::px(3));
            ui::status_chip(r.status);
            ImGui::TableSetColumnIndex(first + 6);
            ImGui::AlignTextToFramePadding();
            if (is_open(r.status))
                ui::time_left_cell(r);
            else
                ui::text(tr::kDash);
        }
    }
    ImGui::PopTextWrapPos();
    ImGui::EndTable();
    if (open) open_report(app, s, *open);
}

// Phones: one card per report instead of seven columns.
void draw_cards(App& app, InboxState& s, bool selectable) {
    std::optional<std::int64_t> open;
    for (const ReportSummary& r : s.list.data.items) {
        ImGui::PushID(static_cast<int>(r.id));
        const bool fresh = s.fresh.count(r.id) > 0;
        if (fresh) ImGui::PushStyleColor(ImGuiCol_ChildBg, IM_COL32(255, 246, 214, 255));
        ui::card("##row", [&] {
            const std::string code = (fresh ? "★ " : "") + r.code + "##row" + std::to_string(r.id);
            if (selectable) {
                row_checkbox(s, r);
                ImGui::SameLine();
            }
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

    if (entered) load_saved(s);
    // (Re)load when the request changed, on entering, on live events and
    // after a bulk action; the tabs' counts with it when the filters changed
    // (asked first, so the list is the last request of the frame).
    const std::string url = inbox_url(s, tabs[static_cast<std::size_t>(s.tab)]);
    const bool live = s.loaded_generation >= 0 && app.live_generation != s.loaded_generation;
    const bool stale = s.list.phase == net::Phase::idle;
    if (url != s.loaded_url || entered || stale || (live && !s.list.loading())) {
        const std::string counts = counts_url(s);
        if (counts != s.counts_url || entered || live || s.counts.phase == net::Phase::idle) {
            s.counts_url = counts;
            net::load(s.counts, counts);
        }
        s.reload_is_live = live && url == s.loaded_url && !entered;
        if (url != s.loaded_url) {
            // Another page, tab or filter: the ticks were for the rows shown.
            s.fresh.clear();
            s.bulk.selected.clear();
            s.bulk.action.reset();
        }
        s.loaded_url = url;
        s.loaded_generation = app.live_generation;
        if (s.reload_is_live)
            net::refresh(s.list, url);  // the rows stay, and the keyboard's place in them
        else
            net::load(s.list, url);
    }
    note_rows(s);
    const std::vector<Action> offered = bulk_actions(app);

    ui::page("##officer-inbox", [&] {
        officer::console_header(app, Screen::officer_inbox);
        ui::heading(tr::kTitleInbox);
        if (const auto role = officer::my_role(app); role == Role::leader || role == Role::admin)
            ui::muted(tr::off::kReadOnly);
        std::vector<std::string> labels;
        for (std::size_t i = 0; i < tabs.size(); ++i)
            labels.push_back(tab_label(tabs[i], i, s.counts));
        if (const int clicked = ui::tab_buttons("##inbox-tabs", labels, s.tab); clicked >= 0 && clicked != s.tab) {
            s.tab = clicked;
            s.page = 1;
        }
        ImGui::Spacing();
        draw_filters(app, s, tabs[static_cast<std::size_t>(s.tab)]);
        draw_saved_filters(app, s);
        ImGui::Spacing();
        if (!s.fresh.empty()) ui::success_banner(tr::off::kNewReports + std::to_string(s.fresh.size()));
        draw_bulk_result(s);
        if (s.list.failed()) {
            if (ui::error_banner(s.list.error, true)) net::load(s.list, s.loaded_url);
            return;
        }
        if (!s.list.shown()) {
            ui::spinner(tr::kLoading);
            return;
        }
        if (s.list.data.items.empty()) {
            ui::card("##inbox-empty", [] { ui::muted(tr::off::kEmptyInbox); });
            return;
        }
        if (!offered.empty() && ui::is_compact()) draw_select_page(s, false);
        if (ui::is_compact())
            draw_cards(app, s, !offered.empty());
        else
            draw_table(app, s, !offered.empty());
        ImGui::Spacing();
        const int next = ui::pager("##inbox-pager", s.page, s.list.data.total, kPageSize, tr::kNounReports);
        draw_bulk_bar(app, s, offered);
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

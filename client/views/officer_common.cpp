#include "views/officer_common.h"

#include <cstdio>
#include <cstdlib>
#include <functional>

#include "app/screens.h"
#include "app/strings_common.h"
#include "app/strings_officer.h"
#include "pakn/answer_templates.h"
#include "pakn/forms.h"
#include "pakn/history.h"
#include "ui/officer_widgets.h"
#include "ui/theme.h"

namespace pakn::client::views::officer {

// [SECTION] the officer

std::optional<Role> my_role(const App& app) {
    if (!app.session.officer()) return std::nullopt;
    return app.session.role();
}

bool sees_everything(const App& app) {
    const auto role = my_role(app);
    return role && sees_all_reports(*role);
}

Relation my_relation(const App& app, const ReportDetail& d) {
    const auto& unit = app.session.account.unit_id;
    if (!unit) return Relation::none;
    if (d.lead_unit && d.lead_unit->id == *unit) return Relation::unit_lead_unit;
    for (const auto& u : d.co_units)
        if (u.id == *unit) return Relation::co_unit;
    return Relation::none;
}

ReportFlags flags_of(const ReportDetail& d) {
    ReportFlags f;
    f.extension_pending = d.extension_pending;
    f.is_published = d.is_published;
    f.is_public_allowed = d.is_public;
    f.rated = d.rating.has_value();
    // A closed report without an answer was withdrawn by its reporter.
    f.withdrawn = d.status == Status::closed && !d.result;
    f.rated_unsatisfied = d.rating && is_unsatisfied(d.rating->level);
    f.reconsideration_pending = d.reconsideration_pending;
    f.reconsideration_requested = d.reconsideration_requested;
    return f;
}

// [SECTION] choices

std::vector<ui::Choice> channel_choices(bool intake_only) {
    std::vector<ui::Choice> out;
    for (const auto& c : channels()) {
        if (intake_only && is_self_service_channel(c.value)) continue;
        out.push_back({std::string(c.value), std::string(c.label)});
    }
    return out;
}

// [SECTION] the inbox's filters

ListQuery filter_query(const InboxFilters& f) {
    ListQuery q;
    q.q = f.q;
    q.category = f.category;
    q.commune = f.commune;
    q.channel = f.channel;
    q.reporter = f.reporter;
    if (!f.unit.empty()) q.unit = std::strtoll(f.unit.c_str(), nullptr, 10);
    q.from = ui::parse_day_text(f.from);
    q.to = ui::parse_day_text(f.to);
    return q;
}

namespace {
// dd/mm/yyyy, as the filter's date boxes take it.
std::string day_text(const Date& d) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02d/%02d/%04d", d.day, d.month, d.year);
    return buf;
}
}  // namespace

InboxFilters filters_of(const ListQuery& q) {
    InboxFilters f;
    f.q = q.q;
    f.category = q.category;
    f.commune = q.commune;
    f.channel = q.channel;
    f.reporter = q.reporter;
    if (q.unit) f.unit = std::to_string(*q.unit);
    if (q.from) f.from = day_text(*q.from);
    if (q.to) f.to = day_text(*q.to);
    return f;
}

bool narrows_beyond_words(const InboxFilters& f) {
    InboxFilters words_only;
    words_only.q = f.q;
    return !(f == words_only);
}

bool check_filters(const InboxFilters& f, FieldErrors& errors) {
    errors.clear();
    typed_day(f.from, "from", errors);
    typed_day(f.to, "to", errors);
    return errors.empty();
}

bool filter_search_line(const char* id, InboxFilters& editing, bool& panel_open, float width) {
    ImGui::SetNextItemWidth(width);
    const std::string box = std::string("##") + id + "-q";
    ui::text_field_inline(box.c_str(), editing.q, tr::off::kSearchHint);
    const bool enter = ImGui::IsItemFocused() && ImGui::IsKeyPressed(ImGuiKey_Enter);
    ImGui::SameLine();
    ImGui::PushID(id);
    const bool find = ui::primary_button(tr::kFind);
    ImGui::PopID();
    ImGui::SameLine();
    const std::string toggle = (panel_open ? "▲ " : "▼ ") + std::string(tr::off::kFilters);
    if (ui::secondary_button(toggle.c_str())) panel_open = !panel_open;
    return find || enter;
}

bool filter_panel(App& app, const char* card_id, InboxFilters& editing, FieldErrors& errors) {
    bool apply = false;
    ui::card(card_id, [&] {
        // Columns of a table on desktops, one on phones: each filter
        // fills its own cell (the fields size themselves to the space
        // they are given, so they cannot sit side by side in groups).
        // Three on wide screens, so the open panel leaves the table room
        // on a 1366×768 laptop.
        const int columns = ui::is_compact() ? 1 : ImGui::GetContentRegionAvail().x >= ui::px(1000) ? 3 : 2;
        std::vector<std::function<void()>> fields;
        fields.emplace_back([&] {
            ui::select(tr::kCategory, editing.category, ui::category_choices(app.reference.categories.data),
                       tr::off::kAnyCategory);
        });
        fields.emplace_back([&] {
            ui::select(tr::kCommune, editing.commune, ui::commune_choices(), tr::off::kAnyCommune, false, nullptr,
                       true);
        });
        if (sees_everything(app)) {
            fields.emplace_back([&] {
                ui::select(tr::off::kColUnit, editing.unit, ui::unit_choices(app.reference.units.data), tr::kAnyUnit,
                           false, nullptr, true);
            });
        }
        fields.emplace_back([&] {
            ui::select(tr::off::kIntakeChannel, editing.channel, channel_choices(false), tr::off::kAnyChannel);
        });
        // Hotline staff: "I called about this before".
        fields.emplace_back([&] {
            ui::text_field(tr::off::kFilterReporter, editing.reporter, {.hint = tr::off::kFilterReporterHint});
        });
        // The dates start on a row of their own.
        while (fields.size() % static_cast<std::size_t>(columns) != 0)
            fields.emplace_back([] {});
        fields.emplace_back([&] {
            ui::text_field(tr::off::kFilterFrom, editing.from, {.hint = tr::kDateHint}, ui::find_error(errors, "from"));
        });
        fields.emplace_back(
            [&] { ui::text_field(tr::kToDate, editing.to, {.hint = tr::kDateHint}, ui::find_error(errors, "to")); });
        // The filters' IDs apart from the inbox table's columns of the same names.
        ImGui::PushID("filter");
        ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(ui::px(8), ui::px(4)));
        if (ImGui::BeginTable("##filter-grid", columns, ImGuiTableFlags_SizingStretchSame)) {
            for (const auto& draw : fields) {
                ImGui::TableNextColumn();
                draw();
                // A table lines its next cell up with this one's last
                // text (the box's); an empty line ends it, so the labels
                // side by side stay level.
                ImGui::Dummy(ImVec2(0, 0));
            }
            ImGui::EndTable();
        }
        ImGui::PopStyleVar();
        ImGui::PopID();
        ImGui::Spacing();
        apply = ui::primary_button(tr::off::kApplyFilters);
        ImGui::SameLine();
        if (ui::secondary_button(tr::kClearFilters)) {
            editing = InboxFilters{};
            errors.clear();
            apply = true;
        }
    });
    return apply;
}

// [SECTION] navigation

std::optional<Date> typed_day(const std::string& text, const char* field, FieldErrors& errors) {
    if (text.empty()) return std::nullopt;
    auto day = ui::parse_day_text(text);
    if (!day) errors.push_back(FieldError{field, "invalid_date", tr::off::kBadDate});
    return day;
}

bool sees_history(const App& app) {
    const auto role = my_role(app);
    return role && history_scope(*role, app.session.account.unit_id.has_value()) != HistoryScope::none;
}

void console_header(App& app, Screen current) {
    struct Entry {
        const char* label;
        Screen screen;
    };
    std::vector<Entry> entries = {{tr::off::kNavInbox, Screen::officer_inbox}};
    // Bản đồ hồ sơ: the inbox's reports on the map, for everyone with an inbox.
    entries.push_back({tr::kTitleOfficerMap, Screen::officer_map});
    if (my_role(app) == Role::dispatcher) entries.push_back({tr::off::kNavIntake, Screen::officer_intake});
    entries.push_back({tr::kTitleDashboard, Screen::officer_dashboard});
    if (sees_history(app)) entries.push_back({tr::kTitleHistory, Screen::officer_history});
    // Mẫu trả lời: written by unit leads (their unit's) and the admin (the province's).
    if (const auto role = my_role(app); role && can_manage_templates(*role))
        entries.push_back({tr::off::kTitleTemplates, Screen::officer_templates});
    std::vector<std::string> labels;
    int active = -1;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        labels.emplace_back(entries[i].label);
        if (entries[i].screen == current) active = static_cast<int>(i);
    }
    const int clicked = ui::tab_buttons("##console", labels, active);
    if (clicked >= 0 && clicked != active) app.navigate(path_to(entries[static_cast<std::size_t>(clicked)].screen));
    // Who is working: role and unit, as officers sign letters.
    const auto& a = app.session.account;
    std::string who = a.full_name;
    if (const auto role = my_role(app)) who += " – " + std::string(label(*role));
    if (!a.unit_name.empty()) who += " – " + a.unit_name;
    ImGui::PushFont(ui::fonts().small);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::PushStyleColor(ImGuiCol_Text, ui::color::kMuted);
    ui::text(who);
    ImGui::PopStyleColor();
    ImGui::PopTextWrapPos();
    ImGui::SameLine();
    // Password, notifications and signing out live on the account page.
    if (ui::link(tr::off::kAccountLink)) app.navigate(path_to(Screen::account));
    ImGui::PopFont();
    ImGui::Spacing();
}

// [SECTION] exports

void export_menu(App& app, const char* id, ExportState& state, const std::string& url) {
    ImGui::PushID(id);
    auto start = [&](ExportOptions options) {
        state.busy = true;
        state.error.reset();
        std::string query = options.format == ExportFormat::xlsx ? "format=xlsx" : "format=csv";
        if (options.format == ExportFormat::csv && options.separator == ';') query += "&separator=semicolon";
        const std::string full = url + (url.find('?') == std::string::npos ? "?" : "&") + query;
        const std::string fallback = options.format == ExportFormat::xlsx ? "pakn.xlsx" : "pakn.csv";
        net::download(full, fallback, [&app, &state](const net::Reply& reply) {
            state.busy = false;
            // A toast, not a line under the buttons: it goes by itself, where a
            // line stayed on screen after the filter it was made for had changed.
            if (reply.ok())
                app.toast(tr::off::kExported);
            else
                state.error = reply.error;
        });
    };
    ImGui::BeginDisabled(state.busy);
    if (ui::secondary_button(tr::off::kExportXlsx)) start(ExportOptions{ExportFormat::xlsx, ','});
    ImGui::SameLine();
    if (ui::secondary_button(tr::off::kExportCsv)) start(ExportOptions{ExportFormat::csv, state.semicolon ? ';' : ','});
    ImGui::EndDisabled();
    ImGui::SameLine();
    ui::checkbox(tr::off::kExportSemicolon, state.semicolon);
    if (state.busy) ui::muted(tr::off::kExporting);
    // A refusal is the server's words (e.g. "more than 5,000 reports: narrow the filter").
    if (state.error && ui::error_banner(*state.error, false)) state.error.reset();
    ImGui::PopID();
}

}  // namespace pakn::client::views::officer

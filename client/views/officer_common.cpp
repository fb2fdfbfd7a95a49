#include "views/officer_common.h"

#include "app/screens.h"
#include "app/strings_common.h"
#include "app/strings_officer.h"
#include "pakn/answer_templates.h"
#include "pakn/forms.h"
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

// [SECTION] navigation

std::optional<Date> typed_day(const std::string& text, const char* field, FieldErrors& errors) {
    if (text.empty()) return std::nullopt;
    auto day = ui::parse_day_text(text);
    if (!day) errors.push_back(FieldError{field, "invalid_date", tr::off::kBadDate});
    return day;
}

bool sees_history(const App& app) {
    const auto role = my_role(app);
    return role == Role::unit_lead || role == Role::admin;
}

void console_header(App& app, Screen current) {
    struct Entry {
        const char* label;
        Screen screen;
    };
    std::vector<Entry> entries = {{tr::off::kNavInbox, Screen::officer_inbox}};
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
    ImGui::TextUnformatted(who.c_str());
    ImGui::PopStyleColor();
    ImGui::PopTextWrapPos();
    ImGui::SameLine();
    // Password, notifications and signing out live on the account page.
    if (ui::link(tr::off::kAccountLink)) app.navigate(path_to(Screen::account));
    ImGui::PopFont();
    ImGui::Spacing();
}

// [SECTION] exports

void export_menu(const char* id, ExportState& state, const std::string& url) {
    ImGui::PushID(id);
    auto start = [&](ExportOptions options) {
        state.busy = true;
        state.saved = false;
        state.error.reset();
        std::string query = options.format == ExportFormat::xlsx ? "format=xlsx" : "format=csv";
        if (options.format == ExportFormat::csv && options.separator == ';') query += "&separator=semicolon";
        const std::string full = url + (url.find('?') == std::string::npos ? "?" : "&") + query;
        const std::string fallback = options.format == ExportFormat::xlsx ? "pakn.xlsx" : "pakn.csv";
        net::download(full, fallback, [&state](const net::Reply& reply) {
            state.busy = false;
            state.saved = reply.ok();
            if (!reply.ok()) state.error = reply.error;
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
    if (state.saved) ui::muted(tr::off::kExported);
    // A refusal is the server's words (e.g. "more than 5,000 reports: narrow the filter").
    if (state.error && ui::error_banner(*state.error, false)) state.error.reset();
    ImGui::PopID();
}

}  // namespace pakn::client::views::officer

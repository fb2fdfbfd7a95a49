// Quản trị > Cài đặt: what GET/PUT /api/v1/admin/settings exposes — how
// long a resolved report waits for its rating, the office hours of a
// working day and the working weekdays — judged by clean(SettingsForm).
#include <imgui.h>

#include <algorithm>
#include <cctype>

#include "app/strings_admin.h"
#include "ui/theme.h"
#include "views/admin_common.h"

namespace pakn::client::views::admin {
namespace {

namespace t = tr::adm;

void reload(AdminSettingsState& s) {
    s.filled = false;
    net::load(s.data, "/api/v1/admin/settings");
}

void fill(AdminSettingsState& s, const SettingsForm& f) {
    s.form = f;
    s.rating_window_days = std::to_string(f.rating_window_days);
    s.weekdays.fill(false);
    for (auto d : f.working_weekdays)
        if (d >= 1 && d <= 7) s.weekdays[static_cast<std::size_t>(d - 1)] = true;
    s.filled = true;
}

// The form as typed; a rating window that is not a number is reported with
// the shared rule's code.
Validated<SettingsForm> form_of(const AdminSettingsState& s) {
    Validated<SettingsForm> out{s.form, {}};
    SettingsForm& f = out.value;
    const std::string_view days = trim(s.rating_window_days);
    const bool digits = !days.empty() && days.size() <= 4 && std::all_of(days.begin(), days.end(), [](char c) {
        return std::isdigit(static_cast<unsigned char>(c)) != 0;
    });
    if (digits)
        f.rating_window_days = std::atoll(std::string(days).c_str());
    else
        out.errors.push_back(field_error("rating_window_days", "invalid_rating_window"));
    f.working_weekdays.clear();
    for (std::size_t i = 0; i < 7; ++i)
        if (s.weekdays[i]) f.working_weekdays.push_back(static_cast<std::int64_t>(i) + 1);
    for (auto& e : validate(f))
        if (!has_error(out.errors, e.field)) out.errors.push_back(std::move(e));
    return out;
}

void save(App& app) {
    auto& s = admin_states(app).settings;
    const auto typed = form_of(s);
    s.tried = true;
    s.server_errors.clear();
    s.error.reset();
    if (!typed.ok()) return;
    s.sending = true;
    net::send("PUT", "/api/v1/admin/settings", net::body_of(clean(typed.value).value), [&app](const net::Reply& reply) {
        auto& st = admin_states(app).settings;
        st.sending = false;
        SettingsForm saved;
        if (!reply.ok() || !net::decode_reply(reply, saved)) {
            st.server_errors = reply.error.fields;
            st.error = reply.error;
            return;
        }
        st.tried = false;
        st.data.data = saved;
        fill(st, saved);
        app.toast(t::kSettingsSaved);
    });
}

bool is_settings_field(std::string_view field) {
    return field == "rating_window_days" || field == "working_weekdays" || field.starts_with("sessions") ||
           field == "tile_url" || field == "tile_attribution";
}

void draw_form(App& app, AdminSettingsState& s) {
    const FieldErrors errors = shown_errors(s.tried, form_of(s).errors, s.server_errors);
    auto err = [&](const std::string& field) { return ui::find_error(errors, field); };
    ui::card("##settings", [&] {
        ui::text_field(t::kRatingWindow, s.rating_window_days, {.required = true, .numeric = true},
                       err("rating_window_days"));
        ui::muted(t::kRatingWindowNote);
        ImGui::Spacing();
        ui::subheading(t::kSessions);
        if (const FieldError* e = err("sessions")) {
            ImGui::PushStyleColor(ImGuiCol_Text, ui::color::kDanger);
            ui::paragraph(e->message);
            ImGui::PopStyleColor();
        }
        std::optional<std::size_t> drop;
        const bool compact = ui::is_compact();
        for (std::size_t i = 0; i < s.form.sessions.size(); ++i) {
            ImGui::PushID(static_cast<int>(i));
            const std::string base = "sessions[" + std::to_string(i) + "]";
            ImGui::PushFont(ui::fonts().bold);
            ui::text(t::kSessionCaption + std::to_string(i + 1));
            ImGui::PopFont();
            if (ImGui::BeginTable("##session", compact ? 1 : 3, ImGuiTableFlags_SizingStretchProp)) {
                ImGui::TableSetupColumn("##start", ImGuiTableColumnFlags_WidthStretch, 1.0f);
                if (!compact) {
                    ImGui::TableSetupColumn("##end", ImGuiTableColumnFlags_WidthStretch, 1.0f);
                    ImGui::TableSetupColumn("##drop", ImGuiTableColumnFlags_WidthFixed, ui::px(130));
                }
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ui::text_field((std::string(t::kSessionStart) + "##" + std::to_string(i)).c_str(),
                               s.form.sessions[i].start, {.hint = t::kSessionHint}, err(base + ".start"));
                end_cell();
                ImGui::TableNextColumn();
                ui::text_field((std::string(t::kSessionEnd) + "##" + std::to_string(i)).c_str(), s.form.sessions[i].end,
                               {.hint = t::kSessionHint}, err(base + ".end"));
                end_cell();
                ImGui::TableNextColumn();
                if (!compact)
                    ImGui::Dummy(ImVec2(0, ImGui::GetTextLineHeight()));  // level with the fields under their labels
                if (ui::secondary_button((std::string(t::kRemoveSession) + "##" + std::to_string(i)).c_str())) drop = i;
                ImGui::EndTable();
            }
            ImGui::PopID();
        }
        if (drop) s.form.sessions.erase(s.form.sessions.begin() + static_cast<std::ptrdiff_t>(*drop));
        if (ui::secondary_button(t::kAddSession)) s.form.sessions.push_back({});
        ImGui::Spacing();
        ui::subheading(t::kWeekdays);
        for (std::size_t i = 0; i < 7; ++i) {
            if (i > 0 && !compact) ImGui::SameLine(0, ui::px(16));
            ui::checkbox(t::kWeekdayNames[i], s.weekdays[i]);
        }
        if (const FieldError* e = err("working_weekdays")) {
            ImGui::PushStyleColor(ImGuiCol_Text, ui::color::kDanger);
            ui::paragraph(e->message);
            ImGui::PopStyleColor();
        }
        ImGui::Spacing();
        ui::subheading(t::kBaseMap);
        ui::muted(s.form.tile_source_fixed ? t::kTileSourceFixed : t::kBaseMapNote);
        ImGui::BeginDisabled(s.form.tile_source_fixed);
        ui::text_field(t::kTileUrl, s.form.tile_url, {.hint = t::kTileUrlHint}, err("tile_url"));
        ui::text_field(t::kTileAttribution, s.form.tile_attribution, {.hint = t::kTileAttributionHint},
                       err("tile_attribution"));
        ImGui::EndDisabled();
        ImGui::Spacing();
        const bool explained = s.error && !s.error->fields.empty() &&
                               std::all_of(s.error->fields.begin(), s.error->fields.end(),
                                           [](const FieldError& f) { return is_settings_field(f.field); });
        switch (form_buttons(s.error, explained, !errors.empty(), s.sending, t::kSaveSettings)) {
            case FormAction::save:
                save(app);
                break;
            case FormAction::cancel:
                s.tried = false;
                s.server_errors.clear();
                s.error.reset();
                fill(s, s.data.data);
                break;
            case FormAction::none:
                break;
        }
    });
}

}  // namespace

void draw_settings(App& app, bool entering) {
    auto& s = admin_states(app).settings;
    if (entering || s.data.phase == net::Phase::idle) reload(s);
    if (s.data.ok() && !s.filled) fill(s, s.data.data);
    ui::muted(t::kSettingsIntro);
    ImGui::Spacing();
    if (!list_ready(s.data, [&] { reload(s); })) return;
    draw_form(app, s);
}

}  // namespace pakn::client::views::admin

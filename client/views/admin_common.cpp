#include "views/admin_common.h"

#include <imgui.h>

#include <algorithm>

#include "app/strings_admin.h"
#include "ui/theme.h"

namespace pakn::client::views::admin {

// [SECTION] errors and forms

FieldErrors shown_errors(bool tried, const FieldErrors& local, const FieldErrors& server) {
    FieldErrors out;
    if (tried) out = local;
    for (const auto& e : server)
        if (!has_error(out, e.field)) out.push_back(e);
    return out;
}

bool explained_at(const ApiError& e, std::span<const std::string_view> fields) {
    if (e.fields.empty()) return false;
    return std::all_of(e.fields.begin(), e.fields.end(), [&](const FieldError& f) {
        return std::find(fields.begin(), fields.end(), std::string_view(f.field)) != fields.end();
    });
}

FormAction form_buttons(const std::optional<ApiError>& error, bool explained, bool has_errors, bool sending,
                        const char* save_label) {
    if (error && !explained) ui::error_banner(*error, false);
    if (has_errors) ui::muted(tr::kFixFields);
    FormAction action = FormAction::none;
    ImGui::BeginDisabled(sending);
    if (ui::primary_button(sending ? tr::adm::kSaving : (save_label ? save_label : tr::adm::kSave)))
        action = FormAction::save;
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ui::secondary_button(tr::kCancel)) action = FormAction::cancel;
    return action;
}

// [SECTION] dialogs

void confirm_dialog(const char* title, AdminConfirm& c, const std::string& question, const char* confirm_label,
                    const std::function<void()>& on_confirm) {
    if (!c.open) return;
    ui::modal(title, c.open, [&] {
        ui::paragraph(question);
        if (c.error) ui::error_banner(*c.error, false);
        ImGui::Spacing();
        ImGui::BeginDisabled(c.sending);
        ImGui::PushStyleColor(ImGuiCol_Button, ui::color::kDanger);
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ui::color::kDanger);
        if (ui::primary_button(c.sending ? tr::adm::kDeleting : confirm_label)) on_confirm();
        ImGui::PopStyleColor(2);
        ImGui::EndDisabled();
        ImGui::SameLine();
        if (ui::secondary_button(tr::kCancel)) c.open = false;
    });
    if (!c.open) {
        c.error.reset();
        c.sending = false;
    }
}

void delete_confirmed(AdminConfirm& c, const std::string& url,
                      std::function<void(const net::Reply&, const std::string& what)> on_deleted) {
    c.sending = true;
    c.error.reset();
    net::send("DELETE", url, nlohmann::json::object(),
              [&c, what = c.what, on_deleted = std::move(on_deleted)](const net::Reply& reply) {
                  c.sending = false;
                  if (!reply.ok()) {
                      c.error = reply.error;
                      return;
                  }
                  c = AdminConfirm{};
                  on_deleted(reply, what);
              });
}

// [SECTION] rows

bool row_title(const std::string& text, std::int64_t id) {
    ImGui::PushFont(ui::fonts().bold);
    const bool clicked = ui::link((text + "##title" + std::to_string(id)).c_str());
    ImGui::PopFont();
    return clicked;
}

void active_chip(bool active, const char* off_text) {
    if (active)
        ui::chip(tr::adm::kActiveChip, ui::color::kSuccessChip, ui::color::kSuccess);
    else
        ui::chip(off_text, ui::color::kNeutralChip, ui::color::kMuted);
}

void details_line(std::initializer_list<std::string_view> parts) {
    std::string line;
    for (auto p : parts) {
        if (p.empty()) continue;
        if (!line.empty()) line += "  •  ";
        line += p;
    }
    if (!line.empty()) ui::muted(line);
}

void row_action_banner(AdminRowAction& a) {
    if (!a.error) return;
    ui::error_banner(*a.error, false);
}

void end_cell() {
    ImGui::Dummy(ImVec2(0, 0));
}

// [SECTION] reference lists

void load_units(App& app) {
    net::load(admin_states(app).units.list, "/api/v1/admin/units");
}

std::vector<ui::Choice> choices_of(std::span<const Choice> choices) {
    std::vector<ui::Choice> out;
    for (const auto& c : choices)
        out.push_back({std::string(c.value), std::string(c.label)});
    return out;
}

}  // namespace pakn::client::views::admin

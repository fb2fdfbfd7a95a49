// Quản trị > Cán bộ: officer accounts, searched on the server (name, login,
// unit; diacritics optional) and filtered by unit; add, edit, lock/unlock,
// and issue a new one-time password. The password the server issues is
// shown exactly once, in a dialog with a copy button, and forgotten when
// the dialog closes.
#include <imgui.h>

#include <algorithm>

#include "app/strings_admin.h"
#include "app/strings_common.h"
#include "platform/platform.h"
#include "ui/theme.h"
#include "views/admin_common.h"

namespace pakn::client::views::admin {
namespace {

namespace t = tr::adm;

constexpr std::string_view kFields[] = {"username", "full_name", "unit_id", "role", "phone", "email"};
// One page holds a unit's officers; the role filter works on the page
// (GET /admin/officers filters by text and unit only).
constexpr int kPageSize = 100;

std::string list_url(const AdminOfficersState& s) {
    ListQuery q;
    q.q = s.applied_search;
    q.page = s.page;
    q.page_size = kPageSize;
    if (!s.unit.empty()) q.unit = std::atoll(s.unit.c_str());
    const std::string query = to_query_string(q);
    return "/api/v1/admin/officers" + (query.empty() ? "" : "?" + query);
}

void reload(AdminOfficersState& s) {
    s.loaded_url = list_url(s);
    net::load(s.list, s.loaded_url);
}

// The form's unit drop-down value as the form's id.
OfficerForm form_of(const AdminOfficersState& s) {
    OfficerForm f = s.editor.form;
    f.unit_id.reset();
    if (!s.editor_unit.empty()) f.unit_id = std::atoll(s.editor_unit.c_str());
    return f;
}

void open_editor(AdminOfficersState& s, const Officer* o) {
    s.editor = AdminEditor<OfficerForm>{};
    s.editor.open = true;
    s.editor_unit = s.unit;  // a new officer most likely joins the unit being looked at
    if (!o) return;
    s.editor.creating = false;
    s.editor.id = o->id;
    s.editor.form = OfficerForm{o->username, o->full_name, o->unit_id, o->role, o->phone, o->email};
    s.editor_unit = o->unit_id ? std::to_string(*o->unit_id) : "";
}

void show_issued(App& app, const IssuedPassword& issued) {
    auto& s = admin_states(app).officers;
    s.issued = issued;
    s.issued_open = true;
    s.copied = false;
}

void save(App& app) {
    auto& s = admin_states(app).officers;
    const auto v = clean(form_of(s));
    if (!begin_save(s.editor, v.errors)) return;
    const bool creating = s.editor.creating;
    const std::string url =
        creating ? "/api/v1/admin/officers" : "/api/v1/admin/officers/" + std::to_string(s.editor.id);
    net::send(creating ? "POST" : "PATCH", url, net::body_of(v.value), [&app, creating](const net::Reply& reply) {
        auto& st = admin_states(app).officers;
        if (creating) {
            IssuedPassword issued;
            if (!reply.ok() || !net::decode_reply(reply, issued)) return take_refusal(st.editor, reply);
            st.editor = AdminEditor<OfficerForm>{};
            app.toast(t::kOfficerCreated + issued.officer.username);
            show_issued(app, issued);
        } else {
            Officer saved;
            if (!reply.ok() || !net::decode_reply(reply, saved)) return take_refusal(st.editor, reply);
            st.editor = AdminEditor<OfficerForm>{};
            app.toast(t::kOfficerSaved + saved.username);
        }
        reload(st);
    });
}

void set_active(App& app, const Officer& o, bool active) {
    const std::string url = "/api/v1/admin/officers/" + std::to_string(o.id) + (active ? "/enable" : "/disable");
    post_row_action<Officer>(admin_states(app).officers.action, o.id, url, [&app, active](const Officer& saved) {
        app.toast((active ? t::kOfficerEnabled : t::kOfficerDisabled) + saved.username);
        reload(admin_states(app).officers);
    });
}

void reset_password(App& app) {
    auto& c = admin_states(app).officers.reset;
    c.sending = true;
    c.error.reset();
    const std::string url = "/api/v1/admin/officers/" + std::to_string(c.id) + "/reset-password";
    net::post(url, nlohmann::json::object(), [&app](const net::Reply& reply) {
        auto& st = admin_states(app).officers;
        st.reset.sending = false;
        IssuedPassword issued;
        if (!reply.ok() || !net::decode_reply(reply, issued)) {
            st.reset.error = reply.error;
            return;
        }
        st.reset = AdminConfirm{};
        app.toast(t::kPasswordReset + issued.officer.username);
        show_issued(app, issued);
    });
}

void draw_form(App& app, AdminOfficersState& s) {
    auto& e = s.editor;
    const FieldErrors errors = shown_errors(e.tried, validate(form_of(s)), e.server_errors);
    auto err = [&](const char* field) { return ui::find_error(errors, field); };
    OfficerForm& f = e.form;
    ui::card("##officer-form", [&] {
        ui::subheading(e.creating ? t::kNewOfficer : t::kEditOfficer);
        ui::text_field(tr::kUsername, f.username, {.hint = t::kUsernameHint, .required = true}, err("username"));
        ui::text_field(tr::kFullName, f.full_name, {.required = true, .max_chars = kMaxFullNameChars},
                       err("full_name"));
        ui::select(t::kOfficerUnit, s.editor_unit, ui::unit_choices(admin_states(app).units.list.data, s.editor_unit),
                   tr::kChoose, true, err("unit_id"), true);
        ui::select(t::kRole, f.role, choices_of(officer_roles()), tr::kChoose, true, err("role"));
        ui::text_field(t::kOfficerPhone, f.phone, {.hint = "0905 123 456", .numeric = true}, err("phone"));
        ui::text_field(t::kOfficerEmail, f.email, {.hint = "ten@khanhhoa.gov.vn"}, err("email"));
        ImGui::Spacing();
        const bool explained = e.error && explained_at(*e.error, kFields);
        switch (form_buttons(e.error, explained, !errors.empty(), e.sending)) {
            case FormAction::save:
                save(app);
                break;
            case FormAction::cancel:
                e = AdminEditor<OfficerForm>{};
                break;
            case FormAction::none:
                break;
        }
    });
    ImGui::Spacing();
}

void draw_filters(App& app, AdminOfficersState& s) {
    const bool compact = ui::is_compact();
    ImGui::SetNextItemWidth(compact ? -1 : ImGui::GetContentRegionAvail().x - ui::px(90));
    ui::text_field_inline("##officer-search", s.search, t::kOfficerSearch);
    // Enter in the box searches too (it ends the edit the same frame).
    const bool submitted = ImGui::IsItemDeactivated() && ImGui::IsKeyPressed(ImGuiKey_Enter);
    if (!compact) ImGui::SameLine();
    if (ui::secondary_button(tr::kFind) || submitted) {
        s.applied_search = s.search;
        s.page = 1;
    }
    ImGui::Spacing();
    // Unit and role side by side on wide screens.
    if (!ImGui::BeginTable("##officer-filters", compact ? 1 : 2, ImGuiTableFlags_SizingStretchSame)) return;
    ImGui::TableNextColumn();
    if (ui::select(t::kFilterUnit, s.unit, ui::unit_choices(admin_states(app).units.list.data, s.unit), tr::kAnyUnit,
                   false, nullptr, true))
        s.page = 1;
    end_cell();
    ImGui::TableNextColumn();
    ui::select(t::kFilterRole, s.role, choices_of(officer_roles()), t::kAnyRole);
    ImGui::EndTable();
    if (!s.role.empty()) ui::muted(t::kRoleFilterNote);
}

void draw_row(App& app, AdminOfficersState& s, const Officer& o) {
    ImGui::PushID(static_cast<int>(o.id));
    if (row_title(o.full_name, o.id)) open_editor(s, &o);
    const auto role = parse_role(o.role);
    ui::chip(role ? label(*role) : std::string_view(o.role), ui::color::kInfoChip, ui::color::kInfo);
    ImGui::SameLine();
    active_chip(o.active, t::kDisabledChip);
    details_line({o.username, o.unit_name, o.phone, o.email});
    const std::string tag = "##officer" + std::to_string(o.id);
    ImGui::BeginDisabled(s.action.busy_id == o.id);
    if (ui::secondary_button((t::kEdit + tag).c_str())) open_editor(s, &o);
    ImGui::SameLine();
    if (ui::secondary_button(((o.active ? t::kDisable : t::kEnable) + tag).c_str())) set_active(app, o, !o.active);
    ImGui::SameLine();
    if (ui::secondary_button((t::kResetPassword + tag).c_str())) {
        s.reset = AdminConfirm{};
        s.reset.open = true;
        s.reset.id = o.id;
        s.reset.what = o.username + " – " + o.full_name;
    }
    ImGui::EndDisabled();
    ImGui::Separator();
    ImGui::PopID();
}

void draw_issued(AdminOfficersState& s) {
    if (!s.issued_open || !s.issued) return;
    ui::modal(t::kIssuedTitle, s.issued_open, [&] {
        ui::paragraph(t::kIssuedIntro);
        ui::key_value(tr::kAccountPrefix, s.issued->officer.username + " – " + s.issued->officer.full_name);
        ImGui::Spacing();
        std::string shown = s.issued->one_time_password;  // a copy: the field is read-only
        ui::text_field(t::kIssuedPassword, shown, {.read_only = true});
        if (ui::secondary_button(t::kCopyPassword)) {
            platform::clipboard_write(s.issued->one_time_password);
            s.copied = true;
        }
        if (s.copied) {
            ImGui::SameLine();
            ui::muted(tr::kCopied);
        }
        ImGui::Spacing();
        if (ui::primary_button(t::kIssuedDone)) s.issued_open = false;
    });
    // Closed (button, ✕ or Esc): the password is not kept anywhere.
    if (!s.issued_open) s.issued.reset();
}

}  // namespace

void draw_officers(App& app, bool entering) {
    auto& s = admin_states(app).officers;
    if (admin_states(app).units.list.phase == net::Phase::idle || (entering && admin_states(app).units.list.failed()))
        load_units(app);
    if (entering || list_url(s) != s.loaded_url) reload(s);
    ui::muted(t::kOfficersIntro);
    ImGui::Spacing();
    if (s.editor.open) draw_form(app, s);
    if (!s.editor.open && ui::primary_button(t::kAddOfficer)) open_editor(s, nullptr);
    ImGui::Spacing();
    row_action_banner(s.action);
    ui::card("##officers", [&] {
        draw_filters(app, s);
        ImGui::Spacing();
        if (!list_ready(s.list, [&] { reload(s); })) return;
        const auto& items = s.list.data.items;
        int shown = 0;
        for (const auto& o : items) {
            if (!s.role.empty() && o.role != s.role) continue;
            draw_row(app, s, o);
            ++shown;
        }
        if (shown == 0) ui::muted(t::kNoOfficers);
        const int next = ui::pager("##officer-pager", s.page, s.list.data.total, kPageSize, t::kNounOfficers);
        if (next != s.page) s.page = next;
    });
    confirm_dialog(t::kResetTitle, s.reset, t::kResetQuestion + s.reset.what, t::kResetConfirm,
                   [&] { reset_password(app); });
    draw_issued(s);
}

}  // namespace pakn::client::views::admin

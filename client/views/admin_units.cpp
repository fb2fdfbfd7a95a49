// Quản trị > Đơn vị: every unit (active or not), searched as typed with or
// without diacritics; add, edit, activate and deactivate. The form is the
// shared UnitForm judged by clean(UnitForm), as the server judges it.
#include <imgui.h>

#include "app/strings_admin.h"
#include "app/strings_common.h"
#include "pakn/text.h"
#include "ui/theme.h"
#include "views/admin_common.h"

namespace pakn::client::views::admin {
namespace {

namespace t = tr::adm;

constexpr std::string_view kFields[] = {"code", "name", "kind", "address", "phone", "email", "commune_code"};

void open_editor(AdminUnitsState& s, const Unit* u) {
    s.editor = AdminEditor<UnitForm>{};
    s.editor.open = true;
    if (!u) return;
    s.editor.creating = false;
    s.editor.id = u->id;
    s.editor.form = UnitForm{u->code, u->name, u->kind, u->address, u->phone, u->email, u->commune_code};
}

void save(App& app) {
    auto& e = admin_states(app).units.editor;
    const auto v = clean(e.form);
    if (!begin_save(e, v.errors)) return;
    const bool creating = e.creating;
    const std::string url = creating ? "/api/v1/admin/units" : "/api/v1/admin/units/" + std::to_string(e.id);
    net::send(creating ? "POST" : "PATCH", url, net::body_of(v.value), [&app, creating](const net::Reply& reply) {
        auto& st = admin_states(app).units;
        Unit saved;
        if (!reply.ok() || !net::decode_reply(reply, saved)) return take_refusal(st.editor, reply);
        st.editor = AdminEditor<UnitForm>{};
        app.toast((creating ? t::kUnitCreated : t::kUnitSaved) + saved.name);
        app.reference.units.invalidate();  // the other screens' lists too
        load_units(app);
    });
}

void set_active(App& app, const Unit& u, bool active) {
    const std::string url = "/api/v1/admin/units/" + std::to_string(u.id) + (active ? "/activate" : "/deactivate");
    post_row_action<Unit>(admin_states(app).units.action, u.id, url, [&app, active](const Unit& saved) {
        app.toast((active ? t::kUnitActivated : t::kUnitDeactivated) + saved.name);
        app.reference.units.invalidate();
        load_units(app);
    });
}

void draw_form(App& app, AdminUnitsState& s) {
    auto& e = s.editor;
    const FieldErrors errors = shown_errors(e.tried, clean(e.form).errors, e.server_errors);
    auto err = [&](const char* field) { return ui::find_error(errors, field); };
    UnitForm& f = e.form;
    ui::card("##unit-form", [&] {
        ui::subheading(e.creating ? t::kNewUnit : t::kEditUnit);
        ui::text_field(t::kUnitCode, f.code, {.hint = t::kUnitCodeHint, .required = true, .max_chars = 40},
                       err("code"));
        ui::text_field(t::kUnitName, f.name, {.required = true, .max_chars = kMaxUnitNameChars}, err("name"));
        ui::select(t::kUnitKind, f.kind, choices_of(unit_kinds()), tr::kChoose, true, err("kind"));
        ui::select(tr::kCommuneOrZone, f.commune_code, ui::commune_choices(), t::kNoCommune, f.kind == "commune",
                   err("commune_code"), true);
        ui::text_field(tr::kAddress, f.address, {.max_chars = kMaxAddressChars}, err("address"));
        ui::text_field(t::kUnitPhone, f.phone, {.hint = "0258 3822 xxx"},
                       err("phone"));  // spaces, ( ) as offices write it
        ui::text_field(tr::kMail, f.email, {.hint = "vanthu@khanhhoa.gov.vn"}, err("email"));
        ImGui::Spacing();
        const bool explained = e.error && explained_at(*e.error, kFields);
        switch (form_buttons(e.error, explained, !errors.empty(), e.sending)) {
            case FormAction::save:
                save(app);
                break;
            case FormAction::cancel:
                e = AdminEditor<UnitForm>{};
                break;
            case FormAction::none:
                break;
        }
    });
    ImGui::Spacing();
}

bool matches(const Unit& u, const std::vector<std::string>& words) {
    const std::string hay = " " + fold_for_search(u.name + " " + u.code + " " + u.address + " " + u.email);
    for (const auto& w : words)
        if (hay.find(w) == std::string::npos) return false;
    return true;
}

void draw_row(App& app, AdminUnitsState& s, const Unit& u) {
    ImGui::PushID(static_cast<int>(u.id));
    if (row_title(u.name, u.id)) open_editor(s, &u);
    ui::chip(choice_label(unit_kinds(), u.kind), ui::color::kInfoChip, ui::color::kInfo);
    ImGui::SameLine();
    active_chip(u.active, t::kDeactivate);
    details_line({u.code, u.address, u.phone, u.email});
    const bool busy = s.action.busy_id == u.id;
    ImGui::BeginDisabled(busy || s.editor.sending);
    if (ui::secondary_button((std::string(t::kEdit) + "##unit" + std::to_string(u.id)).c_str())) open_editor(s, &u);
    ImGui::SameLine();
    const std::string toggle = std::string(u.active ? t::kDeactivate : t::kActivate) + "##unit" + std::to_string(u.id);
    if (ui::secondary_button(toggle.c_str())) set_active(app, u, !u.active);
    ImGui::EndDisabled();
    ImGui::Separator();
    ImGui::PopID();
}

}  // namespace

void draw_units(App& app, bool entering) {
    auto& s = admin_states(app).units;
    if (entering || s.list.phase == net::Phase::idle) load_units(app);
    ui::muted(t::kUnitsIntro);
    ImGui::Spacing();
    if (s.editor.open) draw_form(app, s);
    if (!s.editor.open && ui::primary_button(t::kAddUnit)) open_editor(s, nullptr);
    ImGui::Spacing();
    row_action_banner(s.action);
    ui::card("##units", [&] {
        ImGui::SetNextItemWidth(-1);
        ui::text_field_inline("##unit-search", s.search, t::kUnitSearch);
        ImGui::Spacing();
        if (!list_ready(s.list, [&] { load_units(app); })) return;
        if (s.list.data.empty()) {
            ui::muted(t::kNoUnits);
            return;
        }
        const auto words = fold_tokens(s.search);
        std::vector<std::string> prefixed;
        for (const auto& w : words)
            prefixed.push_back(" " + w);
        int shown = 0;
        for (const auto& u : s.list.data) {
            if (!matches(u, prefixed)) continue;
            draw_row(app, s, u);
            ++shown;
        }
        if (shown == 0)
            ui::muted(t::kNoUnitMatch);
        else
            ui::muted(std::to_string(shown) + " " + t::kNounUnits);
    });
}

}  // namespace pakn::client::views::admin

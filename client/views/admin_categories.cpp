// Quản trị > Lĩnh vực: the categories people file reports under, with their
// default handling unit and their own deadlines (empty = the province's
// defaults); add, edit (the code is the identity and stays), activate and
// deactivate. Judged by clean(CategoryForm) as the server judges it.
#include <imgui.h>

#include <algorithm>
#include <cctype>

#include "app/strings_admin.h"
#include "app/strings_common.h"
#include "pakn/text.h"
#include "ui/theme.h"
#include "views/admin_common.h"

namespace pakn::client::views::admin {
namespace {

namespace t = tr::adm;

constexpr std::string_view kFields[] = {"code",
                                        "name",
                                        "group",
                                        "default_unit_id",
                                        "sla.classify_and_assign",
                                        "sla.start_work",
                                        "sla.resolve_normal",
                                        "sla.resolve_urgent",
                                        "sla.resolve_complex"};

struct SlotDef {
    const char* field;  // wire name of the error
    const char* label;
    std::optional<SlaFigure> CategorySla::*slot;
};

// clang-format off
const SlotDef kSlots[kSlaSlots] = {
    {"sla.classify_and_assign", t::kSlaClassify, &CategorySla::classify_and_assign},
    {"sla.start_work",          t::kSlaStart,    &CategorySla::start_work},
    {"sla.resolve_normal",      t::kSlaNormal,   &CategorySla::resolve_normal},
    {"sla.resolve_urgent",      t::kSlaUrgent,   &CategorySla::resolve_urgent},
    {"sla.resolve_complex",     t::kSlaComplex,  &CategorySla::resolve_complex},
};
// clang-format on

const std::vector<ui::Choice>& sla_units() {
    static const std::vector<ui::Choice> kUnits = {{"working_hours", tr::kWorkingHours},
                                                   {"working_days", t::kWorkingDays}};  // immutable
    return kUnits;
}

std::string figure_text(const SlaFigure& f) {
    return std::to_string(f.amount) + " " + (f.unit == SlaUnit::working_days ? t::kWorkingDays : tr::kWorkingHours);
}

// The form as typed, with the SLA figures read from their text boxes; a
// figure that is not a number is reported with the shared rule's code.
Validated<CategoryForm> form_of(const AdminCategoriesState& s) {
    Validated<CategoryForm> out{s.editor.form, {}};
    CategoryForm& f = out.value;
    f.default_unit_id.reset();
    if (!s.editor_unit.empty()) f.default_unit_id = std::atoll(s.editor_unit.c_str());
    f.sla = CategorySla{};
    for (std::size_t i = 0; i < kSlaSlots; ++i) {
        const std::string_view text = trim(s.sla_amount[i]);
        if (text.empty()) continue;
        const bool digits = text.size() <= 6 && std::all_of(text.begin(), text.end(), [](char c) {
                                return std::isdigit(static_cast<unsigned char>(c)) != 0;
                            });
        if (!digits) {
            out.errors.push_back(field_error(kSlots[i].field, "invalid_sla_figure"));
            continue;
        }
        f.sla.*(kSlots[i].slot) =
            SlaFigure{std::atoll(std::string(text).c_str()),
                      s.sla_unit[i] == "working_days" ? SlaUnit::working_days : SlaUnit::working_hours};
    }
    for (auto& e : validate(f))
        if (!has_error(out.errors, e.field)) out.errors.push_back(std::move(e));
    return out;
}

void open_editor(AdminCategoriesState& s, const Category* c) {
    s.editor = AdminEditor<CategoryForm>{};
    s.editor.open = true;
    s.editor_unit.clear();
    for (std::size_t i = 0; i < kSlaSlots; ++i) {
        s.sla_amount[i].clear();
        s.sla_unit[i] = i < 2 ? "working_hours" : "working_days";
    }
    if (!c) {
        s.editor.form.group = "sector";
        return;
    }
    s.editor.creating = false;
    s.editor.id = c->id;
    s.editor.form.code = c->code;
    s.editor.form.name = c->name;
    s.editor.form.group = c->group;
    if (c->default_unit_id) s.editor_unit = std::to_string(*c->default_unit_id);
    s.editor.form.commune_level = c->commune_level;
    for (std::size_t i = 0; i < kSlaSlots; ++i)
        if (const auto& fig = c->sla.*(kSlots[i].slot)) {
            s.sla_amount[i] = std::to_string(fig->amount);
            s.sla_unit[i] = fig->unit == SlaUnit::working_days ? "working_days" : "working_hours";
        }
}

void reload(App& app) {
    net::load(admin_states(app).categories.list, "/api/v1/admin/categories");
}

void save(App& app) {
    auto& s = admin_states(app).categories;
    const auto typed = form_of(s);
    if (!begin_save(s.editor, typed.errors)) return;
    const auto v = clean(typed.value);
    const bool creating = s.editor.creating;
    const std::string url = creating ? "/api/v1/admin/categories" : "/api/v1/admin/categories/" + s.editor.form.code;
    net::send(creating ? "POST" : "PATCH", url, net::body_of(v.value), [&app, creating](const net::Reply& reply) {
        auto& st = admin_states(app).categories;
        Category saved;
        if (!reply.ok() || !net::decode_reply(reply, saved)) return take_refusal(st.editor, reply);
        st.editor = AdminEditor<CategoryForm>{};
        app.toast((creating ? t::kCategoryCreated : t::kCategorySaved) + saved.name);
        app.reference.categories.invalidate();  // the other screens' lists too
        reload(app);
    });
}

void set_active(App& app, const Category& c, bool active) {
    const std::string url = "/api/v1/admin/categories/" + c.code + (active ? "/activate" : "/deactivate");
    post_row_action<Category>(admin_states(app).categories.action, c.id, url, [&app, active](const Category& saved) {
        app.toast((active ? t::kCategoryActivated : t::kCategoryDeactivated) + saved.name);
        app.reference.categories.invalidate();
        reload(app);
    });
}

void draw_form(App& app, AdminCategoriesState& s) {
    auto& e = s.editor;
    const FieldErrors errors = shown_errors(e.tried, form_of(s).errors, e.server_errors);
    auto err = [&](const char* field) { return ui::find_error(errors, field); };
    CategoryForm& f = e.form;
    ui::card("##category-form", [&] {
        ui::subheading(e.creating ? t::kNewCategory : t::kEditCategory);
        ui::text_field(t::kCategoryCode, f.code,
                       {.hint = t::kCategoryCodeHint, .required = true, .max_chars = 40, .read_only = !e.creating},
                       err("code"));
        ui::text_field(t::kCategoryName, f.name, {.required = true, .max_chars = kMaxCategoryNameChars}, err("name"));
        ui::select(t::kCategoryGroup, f.group, choices_of(category_groups()), tr::kChoose, true, err("group"));
        ui::select(t::kDefaultUnit, s.editor_unit, ui::unit_choices(admin_states(app).units.list.data, s.editor_unit),
                   t::kNoDefaultUnit, false, err("default_unit_id"), true);
        ui::checkbox(t::kCommuneLevel, f.commune_level);
        ImGui::Spacing();
        ui::subheading(t::kSlaHeading);
        ui::muted(t::kSlaIntro);
        const bool compact = ui::is_compact();
        if (ImGui::BeginTable("##sla", compact ? 1 : 2, ImGuiTableFlags_SizingStretchProp)) {
            for (std::size_t i = 0; i < kSlaSlots; ++i) {
                ImGui::PushID(static_cast<int>(i));
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ui::text_field(kSlots[i].label, s.sla_amount[i], {.hint = tr::kDash, .numeric = true},
                               err(kSlots[i].field));
                end_cell();
                ImGui::TableNextColumn();
                ui::select((std::string(t::kSlaUnit) + "##" + std::to_string(i)).c_str(), s.sla_unit[i], sla_units(),
                           tr::kWorkingHours, true);
                ImGui::PopID();
            }
            ImGui::EndTable();
        }
        ImGui::Spacing();
        const bool explained = e.error && explained_at(*e.error, kFields);
        switch (form_buttons(e.error, explained, !errors.empty(), e.sending)) {
            case FormAction::save:
                save(app);
                break;
            case FormAction::cancel:
                e = AdminEditor<CategoryForm>{};
                break;
            case FormAction::none:
                break;
        }
    });
    ImGui::Spacing();
}

void draw_row(App& app, AdminCategoriesState& s, const Category& c) {
    ImGui::PushID(static_cast<int>(c.id));
    if (row_title(c.name, c.id)) open_editor(s, &c);
    ui::chip(choice_label(category_groups(), c.group), ui::color::kInfoChip, ui::color::kInfo);
    ImGui::SameLine();
    active_chip(c.active, t::kDeactivate);
    std::string unit = c.default_unit_name;
    if (unit.empty() && c.default_unit_id) unit = unit_name(admin_states(app).units.list.data, *c.default_unit_id);
    std::string sla;
    for (const auto& slot : kSlots)
        if (const auto& fig = c.sla.*(slot.slot))
            sla += (sla.empty() ? "" : "; ") + std::string(slot.label) + " " + figure_text(*fig);
    details_line({c.code, unit.empty() ? "" : t::kDefaultUnitShown + unit, sla.empty() ? "" : t::kSlaOwn + sla});
    const std::string tag = "##category" + std::to_string(c.id);
    ImGui::BeginDisabled(s.action.busy_id == c.id);
    if (ui::secondary_button((t::kEdit + tag).c_str())) open_editor(s, &c);
    ImGui::SameLine();
    if (ui::secondary_button(((c.active ? t::kDeactivate : t::kActivate) + tag).c_str())) set_active(app, c, !c.active);
    ImGui::EndDisabled();
    ImGui::Separator();
    ImGui::PopID();
}

}  // namespace

void draw_categories(App& app, bool entering) {
    auto& s = admin_states(app).categories;
    if (entering || s.list.phase == net::Phase::idle) reload(app);
    if (admin_states(app).units.list.phase == net::Phase::idle || (entering && admin_states(app).units.list.failed()))
        load_units(app);
    ui::muted(t::kCategoriesIntro);
    ImGui::Spacing();
    if (s.editor.open) draw_form(app, s);
    if (!s.editor.open && ui::primary_button(t::kAddCategory)) open_editor(s, nullptr);
    ImGui::Spacing();
    row_action_banner(s.action);
    ui::card("##categories", [&] {
        if (!list_ready(s.list, [&] { reload(app); })) return;
        if (s.list.data.empty()) ui::muted(t::kNoCategories);
        for (const auto& c : s.list.data)
            draw_row(app, s, c);
    });
}

}  // namespace pakn::client::views::admin

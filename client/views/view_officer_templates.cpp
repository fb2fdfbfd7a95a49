// Mẫu trả lời (/can-bo/mau-tra-loi): the answer templates the officer sees
// (GET /api/v1/officer/answer-templates), newest rules first: a unit lead
// writes, edits and deletes the unit's own, the admin the province-wide
// ones; everyone else reads what they can insert when answering. The form
// is the shared one, judged as typed by the shared rules; errors are drawn
// at their fields. The editor and the delete confirmation behave as in the
// administration screen (admin_common.h).
//
// [SECTION] index: loading, saving and deleting, the form, rows, the screen.
#include <imgui.h>

#include "app/app.h"
#include "app/screens.h"
#include "app/strings_common.h"
#include "app/strings_officer.h"
#include "pakn/answer_templates.h"
#include "pakn/word_match.h"
#include "ui/theme.h"
#include "ui/widgets.h"
#include "views/admin_common.h"
#include "views/officer_common.h"
#include "views/state_officer.h"

namespace pakn::client::views {
namespace {

namespace t = tr::off;

constexpr const char* kListUrl = "/api/v1/officer/answer-templates";
constexpr std::string_view kFields[] = {"title", "body", "category_code"};

// [SECTION] loading

void reload(TemplatesState& s) {
    net::load(s.list, kListUrl);
}

// The category codes the form may name (the reference list the app holds).
std::vector<std::string> category_codes(const App& app) {
    std::vector<std::string> out;
    for (const auto& c : app.reference.categories.data)
        out.push_back(c.code);
    return out;
}

// The shared rules, with the category list once it has arrived (until
// then the server is the judge of an unknown code).
FieldErrors local_errors(const App& app, const AnswerTemplateForm& f) {
    if (!app.reference.categories.ok()) return validate(f);
    return clean(f, category_codes(app)).errors;
}

// [SECTION] saving and deleting

void open_editor(TemplatesState& s, const AnswerTemplate* a) {
    s.editor = AdminEditor<AnswerTemplateForm>{};
    s.editor.open = true;
    if (!a) return;
    s.editor.creating = false;
    s.editor.id = a->id;
    s.editor.form = AnswerTemplateForm{a->title, a->body, a->category_code};
}

void save(App& app) {
    auto& s = officer_states(app).templates;
    auto v = app.reference.categories.ok() ? clean(s.editor.form, category_codes(app)) : clean(s.editor.form);
    if (!admin::begin_save(s.editor, v.errors)) return;
    const bool creating = s.editor.creating;
    const std::string url = creating ? kListUrl : std::string(kListUrl) + "/" + std::to_string(s.editor.id);
    net::send(creating ? "POST" : "PATCH", url, net::body_of(v.value), [&app, creating](const net::Reply& reply) {
        auto& st = officer_states(app).templates;
        AnswerTemplate saved;
        if (!reply.ok() || !net::decode_reply(reply, saved)) return admin::take_refusal(st.editor, reply);
        st.editor = AdminEditor<AnswerTemplateForm>{};
        app.toast((creating ? t::kTemplateCreated : t::kTemplateSaved) + saved.title);
        reload(st);
    });
}

void remove_template(App& app) {
    auto& c = officer_states(app).templates.remove;
    c.sending = true;
    c.error.reset();
    const std::string title = c.what;
    net::send("DELETE", std::string(kListUrl) + "/" + std::to_string(c.id), nlohmann::json::object(),
              [&app, title](const net::Reply& reply) {
                  auto& st = officer_states(app).templates;
                  st.remove.sending = false;
                  if (!reply.ok()) {
                      st.remove.error = reply.error;
                      return;
                  }
                  st.remove = AdminConfirm{};
                  app.toast(t::kTemplateDeleted + title);
                  reload(st);
              });
}

// [SECTION] the form

void draw_form(App& app, TemplatesState& s) {
    auto& e = s.editor;
    const FieldErrors errors = admin::shown_errors(e.tried, local_errors(app, e.form), e.server_errors);
    auto err = [&](const char* field) { return ui::find_error(errors, field); };
    AnswerTemplateForm& f = e.form;
    ui::card("##template-form", [&] {
        ui::subheading(e.creating ? t::kNewTemplate : t::kEditTemplate);
        ui::text_field(t::kTemplateTitle, f.title, {.required = true, .max_chars = kMaxTemplateTitleChars},
                       err("title"));
        // Not required: the placeholder, "Mọi lĩnh vực", is the all-category choice.
        ui::select(t::kTemplateCategory, f.category_code, ui::category_choices(app.reference.categories.data),
                   t::kAllCategories, false, err("category_code"), true);
        ui::text_field(
            t::kTemplateBody, f.body,
            {.required = true, .multiline = true, .multiline_height = 200, .max_chars = kMaxTemplateBodyChars},
            err("body"));
        ui::muted(t::kPlaceholderHelp);
        ImGui::Spacing();
        const bool explained = e.error && admin::explained_at(*e.error, kFields);
        switch (admin::form_buttons(e.error, explained, !errors.empty(), e.sending)) {
            case admin::FormAction::save:
                save(app);
                break;
            case admin::FormAction::cancel:
                e = AdminEditor<AnswerTemplateForm>{};
                break;
            case admin::FormAction::none:
                break;
        }
    });
    ImGui::Spacing();
}

// [SECTION] rows

void draw_row(TemplatesState& s, const AnswerTemplate& a) {
    ImGui::PushID(static_cast<int>(a.id));
    ImGui::PushFont(ui::fonts().bold);
    ui::paragraph(a.title);
    ImGui::PopFont();
    ui::chip(a.category_name.empty() ? t::kAllCategories : a.category_name, ui::color::kInfoChip,
             ui::color::kInfo);
    ImGui::SameLine();
    ui::chip(a.unit_id ? a.unit_name : std::string(t::kProvinceWide), ui::color::kNeutralChip, ui::color::kMuted);
    ImGui::SameLine();
    ui::muted(t::kUpdatedOn + ui::datetime_text(a.updated_at));
    ui::paragraph(a.body);
    if (a.editable) {
        const std::string tag = "##template" + std::to_string(a.id);
        if (ui::secondary_button((t::kEditTemplateButton + tag).c_str())) open_editor(s, &a);
        ImGui::SameLine();
        if (ui::secondary_button((t::kDeleteTemplateButton + tag).c_str())) {
            s.remove = AdminConfirm{};
            s.remove.open = true;
            s.remove.id = a.id;
            s.remove.what = a.title;
        }
    }
    ImGui::Separator();
    ImGui::PopID();
}

}  // namespace

// [SECTION] the screen

void draw_officer_templates(App& app) {
    auto& s = officer_states(app).templates;
    const bool entered = app.screen_entered();
    app.reference.need_categories(entered);  // the form's choices and the shared check
    if (entered || s.list.phase == net::Phase::idle) reload(s);
    const auto role = officer::my_role(app);
    const bool manages = role && can_manage_templates(*role);
    ui::page("##officer-templates", [&] {
        officer::console_header(app, Screen::officer_templates);
        ui::heading(t::kTitleTemplates);
        ui::muted(!manages              ? t::kTemplatesReadOnly
                  : role == Role::admin ? t::kTemplatesIntroAdmin
                                        : t::kTemplatesIntroLead);
        ImGui::Spacing();
        if (manages && s.editor.open) draw_form(app, s);
        if (manages && !s.editor.open && ui::primary_button(t::kAddTemplate)) open_editor(s, nullptr);
        ImGui::Spacing();
        ui::card("##templates", [&] {
            if (!admin::list_ready(s.list, [&] { reload(s); })) return;
            if (s.list.data.empty()) {
                ui::muted(manages ? t::kNoTemplates : t::kNoTemplatesReadOnly);
                return;
            }
            ImGui::SetNextItemWidth(-1);
            ui::text_field_inline("##template-filter", s.filter, t::kTemplateFilterHint);
            ImGui::Spacing();
            for (const auto& a : s.list.data)
                if (matches_words(a.title + " " + a.body, s.filter)) draw_row(s, a);
        });
    });
    admin::confirm_dialog(t::kDeleteTemplateTitle, s.remove, t::kDeleteTemplateQuestion + s.remove.what,
                          t::kDeleteTemplateButton, [&] { remove_template(app); });
}

}  // namespace pakn::client::views

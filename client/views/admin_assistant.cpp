// Quản trị > Trợ lý ảo: what the help assistant knows. First the questions
// it could not answer (most asked first), each a click from a new entry
// that answers it; then the knowledge base (question, other ways of asking,
// answer, the page it is about; add, edit, hide, delete after a
// confirmation); then the synonym groups. Forms are judged by the shared
// rules (pakn/assistant.h) as the server judges them; a change answers the
// next question asked.
#include <imgui.h>

#include "app/strings_admin.h"
#include "app/strings_common.h"
#include "pakn/assistant.h"
#include "ui/theme.h"
#include "views/admin_common.h"

namespace pakn::client::views::admin {
namespace {

namespace t = tr::adm;

constexpr std::string_view kFields[] = {"question", "phrasings", "answer", "link"};
constexpr std::string_view kSynonymFields[] = {"phrases"};
constexpr const char* kEntries = "/api/v1/admin/assistant/entries";
constexpr const char* kSynonyms = "/api/v1/admin/assistant/synonyms";
constexpr const char* kUnanswered = "/api/v1/admin/assistant/unanswered";

void reload(App& app) {
    auto& s = admin_states(app).assistant;
    net::load(s.entries, kEntries);
    net::load(s.synonyms, kSynonyms);
    net::load(s.unanswered, kUnanswered);
}

void open_editor(AdminAssistantState& s, const KnowledgeEntry* e, std::int64_t answering = 0,
                 const std::string& question = "") {
    s.editor = AdminEditor<KnowledgeEntryForm>{};
    s.editor.open = true;
    s.answering = answering;
    s.editor.form.question = question;
    if (!e) return;
    s.editor.creating = false;
    s.editor.id = e->id;
    s.editor.form = KnowledgeEntryForm{e->question, e->phrasings, e->answer, e->link, e->active};
}

void dismiss(App& app, std::int64_t id) {
    auto& s = admin_states(app).assistant;
    s.action.busy_id = id;
    s.action.error.reset();
    net::send("DELETE", std::string(kUnanswered) + "/" + std::to_string(id), nlohmann::json::object(),
              [&app](const net::Reply& reply) {
                  auto& st = admin_states(app).assistant;
                  st.action.busy_id = 0;
                  if (!reply.ok() && reply.status != 404) {
                      st.action.error = reply.error;
                      return;
                  }
                  net::refresh(st.unanswered, kUnanswered);
              });
}

void save(App& app) {
    auto& s = admin_states(app).assistant;
    const auto v = clean(s.editor.form);
    if (!begin_save(s.editor, v.errors)) return;
    const bool creating = s.editor.creating;
    const std::string url = creating ? kEntries : std::string(kEntries) + "/" + std::to_string(s.editor.id);
    net::send(creating ? "POST" : "PATCH", url, net::body_of(v.value), [&app, creating](const net::Reply& reply) {
        auto& st = admin_states(app).assistant;
        KnowledgeEntry saved;
        if (!reply.ok() || !net::decode_reply(reply, saved)) return take_refusal(st.editor, reply);
        st.editor = AdminEditor<KnowledgeEntryForm>{};
        app.toast((creating ? t::kKnowledgeCreated : t::kKnowledgeSaved) + saved.question);
        if (st.answering != 0) dismiss(app, st.answering);
        st.answering = 0;
        net::refresh(st.entries, kEntries);
    });
}

void remove_entry(App& app) {
    auto& c = admin_states(app).assistant.remove;
    delete_confirmed(c, std::string(kEntries) + "/" + std::to_string(c.id),
                     [&app](const net::Reply&, const std::string& question) {
                         app.toast(t::kKnowledgeDeleted + question);
                         net::refresh(admin_states(app).assistant.entries, kEntries);
                     });
}

void add_synonym(App& app) {
    auto& s = admin_states(app).assistant;
    const auto v = clean(s.synonym.form);
    if (!begin_save(s.synonym, v.errors)) return;
    net::post(kSynonyms, net::body_of(v.value), [&app](const net::Reply& reply) {
        auto& st = admin_states(app).assistant;
        SynonymGroup saved;
        if (!reply.ok() || !net::decode_reply(reply, saved)) return take_refusal(st.synonym, reply);
        st.synonym = AdminEditor<SynonymForm>{};
        app.toast(t::kSynonymAdded + saved.phrases);
        net::refresh(st.synonyms, kSynonyms);
    });
}

void remove_synonym(App& app, const SynonymGroup& g) {
    auto& s = admin_states(app).assistant;
    s.action.busy_id = g.id;
    s.action.error.reset();
    const std::string phrases = g.phrases;
    net::send("DELETE", std::string(kSynonyms) + "/" + std::to_string(g.id), nlohmann::json::object(),
              [&app, phrases](const net::Reply& reply) {
                  auto& st = admin_states(app).assistant;
                  st.action.busy_id = 0;
                  if (!reply.ok()) {
                      st.action.error = reply.error;
                      return;
                  }
                  app.toast(t::kSynonymDeleted + phrases);
                  net::refresh(st.synonyms, kSynonyms);
              });
}

void draw_form(App& app, AdminAssistantState& s) {
    auto& e = s.editor;
    const FieldErrors errors = shown_errors(e.tried, clean(e.form).errors, e.server_errors);
    auto err = [&](const char* field) { return ui::find_error(errors, field); };
    KnowledgeEntryForm& f = e.form;
    ui::card("##knowledge-form", [&] {
        ui::subheading(e.creating ? t::kNewKnowledge : t::kEditKnowledge);
        ui::text_field(t::kKnowledgeQuestion, f.question, {.required = true, .max_chars = kMaxKnowledgeQuestionChars},
                       err("question"));
        ui::text_field(t::kKnowledgePhrasings, f.phrasings,
                       {.multiline = true, .multiline_height = 100, .max_chars = kMaxKnowledgePhrasingsChars},
                       err("phrasings"));
        ui::text_field(t::kKnowledgeAnswer, f.answer,
                       {.required = true, .multiline = true, .multiline_height = 140,
                        .max_chars = kMaxKnowledgeAnswerChars},
                       err("answer"));
        ui::text_field(t::kKnowledgeLink, f.link, {.hint = t::kKnowledgeLinkHint, .max_chars = kMaxKnowledgeLinkChars},
                       err("link"));
        ui::checkbox(t::kKnowledgeActive, f.active);
        ImGui::Spacing();
        const bool explained = e.error && explained_at(*e.error, kFields);
        switch (form_buttons(e.error, explained, !errors.empty(), e.sending)) {
            case FormAction::save:
                save(app);
                break;
            case FormAction::cancel:
                e = AdminEditor<KnowledgeEntryForm>{};
                s.answering = 0;
                break;
            case FormAction::none:
                break;
        }
    });
    ImGui::Spacing();
}

void draw_unanswered(App& app, AdminAssistantState& s) {
    ui::subheading(t::kUnansweredHeading);
    ui::card("##unanswered", [&] {
        if (!list_ready(s.unanswered, [&] { net::load(s.unanswered, kUnanswered); })) return;
        if (s.unanswered.data.empty()) ui::muted(t::kNoUnanswered);
        for (const auto& q : s.unanswered.data) {
            ImGui::PushID(static_cast<int>(q.id));
            ui::paragraph(q.question);
            details_line({std::to_string(q.times) + t::kAskedTimes, t::kLastAsked + ui::datetime_text(q.last_asked_at)});
            ImGui::BeginDisabled(s.action.busy_id == q.id || s.editor.open);
            const std::string tag = "##unanswered" + std::to_string(q.id);
            if (ui::secondary_button((t::kAddToKnowledge + tag).c_str())) open_editor(s, nullptr, q.id, q.question);
            ImGui::SameLine();
            if (ui::secondary_button((t::kDismiss + tag).c_str())) dismiss(app, q.id);
            ImGui::EndDisabled();
            ImGui::Separator();
            ImGui::PopID();
        }
    });
}

void draw_entries(AdminAssistantState& s) {
    ui::subheading(t::kKnowledgeHeading);
    if (!s.editor.open && ui::primary_button(t::kAddKnowledge)) open_editor(s, nullptr);
    ui::card("##knowledge", [&] {
        if (!list_ready(s.entries, [&] { net::load(s.entries, kEntries); })) return;
        if (s.entries.data.empty()) ui::muted(t::kNoKnowledge);
        for (const auto& e : s.entries.data) {
            ImGui::PushID(static_cast<int>(e.id));
            if (row_title(e.question, e.id)) open_editor(s, &e);
            active_chip(e.active, t::kKnowledgeOff);
            ui::muted(e.answer);
            details_line({e.link});
            const std::string tag = "##knowledge" + std::to_string(e.id);
            if (ui::secondary_button((t::kEdit + tag).c_str())) open_editor(s, &e);
            ImGui::SameLine();
            if (ui::secondary_button((t::kDelete + tag).c_str())) {
                s.remove = AdminConfirm{};
                s.remove.open = true;
                s.remove.id = e.id;
                s.remove.what = e.question;
            }
            ImGui::Separator();
            ImGui::PopID();
        }
    });
}

void draw_synonyms(App& app, AdminAssistantState& s) {
    ui::subheading(t::kSynonymsHeading);
    ui::muted(t::kSynonymsIntro);
    ui::card("##synonyms", [&] {
        if (!list_ready(s.synonyms, [&] { net::load(s.synonyms, kSynonyms); })) return;
        for (const auto& g : s.synonyms.data) {
            ImGui::PushID(static_cast<int>(g.id));
            ui::text(g.phrases);
            ImGui::SameLine();
            ImGui::BeginDisabled(s.action.busy_id == g.id);
            if (ui::link((std::string(t::kDelete) + "##synonym" + std::to_string(g.id)).c_str())) remove_synonym(app, g);
            ImGui::EndDisabled();
            ImGui::PopID();
        }
        ImGui::Spacing();
        auto& e = s.synonym;
        const FieldErrors errors = shown_errors(e.tried, clean(e.form).errors, e.server_errors);
        ui::text_field(t::kSynonymLine, e.form.phrases, {.hint = t::kSynonymLineHint, .max_chars = kMaxSynonymChars},
                       ui::find_error(errors, "phrases"));
        if (e.error && !explained_at(*e.error, kSynonymFields)) ui::error_banner(*e.error, false);
        ImGui::BeginDisabled(e.sending);
        if (ui::primary_button(t::kAddSynonym)) add_synonym(app);
        ImGui::EndDisabled();
    });
}

}  // namespace

void draw_assistant(App& app, bool entering) {
    auto& s = admin_states(app).assistant;
    if (entering || s.entries.phase == net::Phase::idle) reload(app);
    ui::muted(t::kAssistantIntro);
    ImGui::Spacing();
    row_action_banner(s.action);
    if (s.editor.open) draw_form(app, s);
    draw_unanswered(app, s);
    ImGui::Spacing();
    draw_entries(s);
    ImGui::Spacing();
    draw_synonyms(app, s);
    // Last, as on the other tabs: the dialog's buttons come after the page's.
    confirm_dialog(t::kDeleteKnowledgeTitle, s.remove, t::kDeleteKnowledgeQuestion + s.remove.what, t::kDelete,
                   [&] { remove_entry(app); });
}

}  // namespace pakn::client::views::admin

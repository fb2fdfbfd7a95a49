// Quản trị > Tin tức, thông báo: every announcement, drafts too, newest
// first; write and edit one (title, kind, summary, body), publish it on the
// portal's Tin tức page or take it down, delete it after a confirmation.
#include <imgui.h>

#include "app/strings_admin.h"
#include "app/strings_common.h"
#include "ui/theme.h"
#include "views/admin_common.h"

namespace pakn::client::views::admin {
namespace {

namespace t = tr::adm;

constexpr std::string_view kFields[] = {"title", "summary", "body", "kind"};
constexpr int kPageSize = 20;

std::string list_url(const AdminAnnouncementsState& s) {
    return "/api/v1/admin/announcements?page=" + std::to_string(s.page) + "&page_size=" + std::to_string(kPageSize);
}

void reload(AdminAnnouncementsState& s) {
    s.loaded_url = list_url(s);
    net::load(s.list, s.loaded_url);
}

void open_editor(AdminAnnouncementsState& s, const Announcement* a) {
    s.editor = AdminEditor<AnnouncementForm>{};
    s.editor.open = true;
    if (!a) {
        s.editor.form.kind = "notice";
        return;
    }
    s.editor.creating = false;
    s.editor.id = a->id;
    // Editing keeps the publication as it is; the row's buttons change it.
    s.editor.form = AnnouncementForm{a->title, a->summary, a->body, a->kind, a->published};
}

void save(App& app) {
    auto& s = admin_states(app).announcements;
    const auto v = clean(s.editor.form);
    if (!begin_save(s.editor, v.errors)) return;
    const bool creating = s.editor.creating;
    const std::string url =
        creating ? "/api/v1/admin/announcements" : "/api/v1/admin/announcements/" + std::to_string(s.editor.id);
    net::send(creating ? "POST" : "PATCH", url, net::body_of(v.value), [&app, creating](const net::Reply& reply) {
        auto& st = admin_states(app).announcements;
        Announcement saved;
        if (!reply.ok() || !net::decode_reply(reply, saved)) return take_refusal(st.editor, reply);
        st.editor = AdminEditor<AnnouncementForm>{};
        app.toast((creating ? t::kAnnouncementCreated : t::kAnnouncementSaved) + saved.title);
        if (creating) st.page = 1;  // the newest is on the first page
        reload(st);
    });
}

void set_published(App& app, const Announcement& a, bool published) {
    const std::string url =
        "/api/v1/admin/announcements/" + std::to_string(a.id) + (published ? "/publish" : "/unpublish");
    post_row_action<Announcement>(
        admin_states(app).announcements.action, a.id, url, [&app, published](const Announcement& saved) {
            app.toast((published ? t::kAnnouncementPublished : t::kAnnouncementUnpublished) + saved.title);
            reload(admin_states(app).announcements);
        });
}

void remove_announcement(App& app) {
    auto& c = admin_states(app).announcements.remove;
    delete_confirmed(c, "/api/v1/admin/announcements/" + std::to_string(c.id),
                     [&app](const net::Reply&, const std::string& title) {
                         app.toast(t::kAnnouncementDeleted + title);
                         reload(admin_states(app).announcements);
                     });
}

void draw_form(App& app, AdminAnnouncementsState& s) {
    auto& e = s.editor;
    const FieldErrors errors = shown_errors(e.tried, validate(e.form), e.server_errors);
    auto err = [&](const char* field) { return ui::find_error(errors, field); };
    AnnouncementForm& f = e.form;
    ui::card("##announcement-form", [&] {
        ui::subheading(e.creating ? t::kNewAnnouncement : t::kEditAnnouncement);
        ui::text_field(tr::kTitleField, f.title, {.required = true, .max_chars = kMaxAnnouncementTitleChars},
                       err("title"));
        ui::select(t::kAnnKind, f.kind, choices_of(announcement_kinds()), tr::kChoose, true, err("kind"));
        ui::text_field(t::kAnnSummary, f.summary,
                       {.multiline = true, .multiline_height = 60, .max_chars = kMaxAnnouncementSummaryChars},
                       err("summary"));
        ui::text_field(
            t::kAnnBody, f.body,
            {.required = true, .multiline = true, .multiline_height = 200, .max_chars = kMaxAnnouncementBodyChars},
            err("body"));
        if (e.creating) ui::checkbox(t::kPublishNow, f.published);
        ImGui::Spacing();
        const bool explained = e.error && explained_at(*e.error, kFields);
        switch (form_buttons(e.error, explained, !errors.empty(), e.sending)) {
            case FormAction::save:
                save(app);
                break;
            case FormAction::cancel:
                e = AdminEditor<AnnouncementForm>{};
                break;
            case FormAction::none:
                break;
        }
    });
    ImGui::Spacing();
}

void draw_row(App& app, AdminAnnouncementsState& s, const Announcement& a) {
    ImGui::PushID(static_cast<int>(a.id));
    if (row_title(a.title, a.id)) open_editor(s, &a);
    ui::chip(choice_label(announcement_kinds(), a.kind), ui::color::kInfoChip, ui::color::kInfo);
    ImGui::SameLine();
    if (a.published)
        ui::chip(t::kPublishedChip, ui::color::kSuccessChip, ui::color::kSuccess);
    else
        ui::chip(t::kDraftChip, ui::color::kNeutralChip, ui::color::kMuted);
    const std::string created = t::kCreatedAt + ui::datetime_text(a.created_at);
    const std::string published =
        a.published && a.published_at ? t::kPublishedAt + ui::datetime_text(*a.published_at) : "";
    details_line({created, published, a.summary});
    const std::string tag = "##announcement" + std::to_string(a.id);
    ImGui::BeginDisabled(s.action.busy_id == a.id);
    if (ui::secondary_button((t::kEdit + tag).c_str())) open_editor(s, &a);
    ImGui::SameLine();
    if (ui::secondary_button(((a.published ? t::kUnpublish : t::kPublish) + tag).c_str()))
        set_published(app, a, !a.published);
    ImGui::SameLine();
    if (ui::secondary_button((t::kDelete + tag).c_str())) {
        s.remove = AdminConfirm{};
        s.remove.open = true;
        s.remove.id = a.id;
        s.remove.what = a.title;
    }
    ImGui::EndDisabled();
    ImGui::Separator();
    ImGui::PopID();
}

}  // namespace

void draw_announcements(App& app, bool entering) {
    auto& s = admin_states(app).announcements;
    if (entering || list_url(s) != s.loaded_url) reload(s);
    ui::muted(t::kAnnouncementsIntro);
    ImGui::Spacing();
    if (s.editor.open) draw_form(app, s);
    if (!s.editor.open && ui::primary_button(t::kAddAnnouncement)) open_editor(s, nullptr);
    ImGui::Spacing();
    row_action_banner(s.action);
    ui::card("##announcements", [&] {
        if (!list_ready(s.list, [&] { reload(s); })) return;
        const auto& p = s.list.data;
        if (p.items.empty()) ui::muted(t::kNoAnnouncements);
        for (const auto& a : p.items)
            draw_row(app, s, a);
        const int next = ui::pager("##announcement-pager", s.page, p.total, kPageSize, tr::kNounNews);
        if (next != s.page) s.page = next;
    });
    confirm_dialog(t::kDeleteAnnouncementTitle, s.remove, t::kDeleteAnnouncementQuestion + s.remove.what, t::kDelete,
                   [&] { remove_announcement(app); });
}

}  // namespace pakn::client::views::admin

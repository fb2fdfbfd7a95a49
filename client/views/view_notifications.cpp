// Thông báo: the account's notifications, newest first, unread ones marked;
// opening one marks it read and goes to its report; "Đánh dấu tất cả đã
// đọc". The header's count (session.unread_notifications) follows along,
// and the list reloads when a live event arrives.
#include <imgui.h>

#include "app/app.h"
#include "app/screens.h"
#include "app/strings_common.h"
#include "app/strings_reports.h"
#include "ui/form_kit.h"
#include "ui/report_widgets.h"
#include "ui/theme.h"
#include "ui/widgets.h"
#include "views/state_reports.h"

namespace pakn::client::views {
namespace {

namespace txt = tr::rep;

// Marks one read on the server and here (the header's count too).
void mark_read(App& app, NotificationsState& s, Notification& n) {
    if (n.read) return;
    n.read = true;
    if (app.session.unread_notifications > 0) --app.session.unread_notifications;
    NotificationsState* st = &s;
    net::post("/api/v1/me/notifications/" + std::to_string(n.id) + "/read", nlohmann::json::object(),
              [st](const net::Reply& reply) {
                  if (!reply.ok()) st->error = reply.error;
              });
}

void mark_all_read(App& app, NotificationsState& s) {
    s.marking = true;
    s.error.reset();
    NotificationsState* st = &s;
    App* a = &app;
    net::post("/api/v1/me/notifications/read", nlohmann::json::object(), [st, a](const net::Reply& reply) {
        st->marking = false;
        if (!reply.ok()) {
            st->error = reply.error;
            return;
        }
        for (auto& n : st->list.data.items)
            n.read = true;
        a->session.unread_notifications = 0;
    });
}

void draw_item(App& app, NotificationsState& s, Notification& n) {
    ImGui::PushID(static_cast<int>(n.id));
    // Opening it inside the card marks it read: pop what was pushed.
    const bool unread = !n.read;
    if (unread) {
        ImGui::PushStyleColor(ImGuiCol_ChildBg, IM_COL32(234, 243, 253, 255));
        ImGui::PushStyleColor(ImGuiCol_Border, ui::color::kPrimary);
    }
    std::string open;
    ui::card("##note", [&] {
        if (!n.read) {
            // The unread dot before the title.
            const ImVec2 p = ImGui::GetCursorScreenPos();
            const float h = ImGui::GetTextLineHeight();
            ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(p.x + ui::px(5), p.y + h * 0.5f), ui::px(5),
                                                        ui::color::kAccent);
            ImGui::Dummy(ImVec2(ui::px(14), h));
            ImGui::SameLine();
        }
        if (ui::title_link(n.title, n.id)) {
            mark_read(app, s, n);
            // An officer's notice is about work: it opens the console's page.
            const Screen page = app.session.officer() ? Screen::officer_report : Screen::report;
            open = n.report_id ? path_to(page, *n.report_id) : "";
        }
        if (!n.body.empty()) ui::paragraph(n.body);
        ImGui::PushFont(ui::fonts().small);
        std::string meta = ui::datetime_text(n.created_at);
        if (!n.report_code.empty()) meta += " • " + n.report_code;
        ui::muted(meta);
        ImGui::PopFont();
    });
    if (unread) ImGui::PopStyleColor(2);
    ImGui::PopID();
    if (!open.empty()) app.navigate(open);
}

}  // namespace

void draw_notifications(App& app) {
    auto& s = report_states(app).notifications;
    const bool fresh = app.screen_entered();
    const std::string query = "page=" + std::to_string(s.page);
    if (fresh || query != s.loaded_query || s.loaded_generation != app.live_generation ||
        s.list.phase == net::Phase::idle) {
        s.loaded_query = query;
        s.loaded_generation = app.live_generation;
        net::load(s.list, "/api/v1/me/notifications?" + query);
    }
    ui::page("##notifications", [&] {
        ui::heading(txt::kNotificationsHeading);
        if (s.error) ui::error_banner(*s.error, false);
        if (s.list.failed()) {
            if (ui::error_banner(s.list.error, true)) s.list.invalidate();
            return;
        }
        const bool has_data = s.list.ok() || (s.list.loading() && !s.list.data.items.empty());
        if (!has_data) {
            ui::spinner(tr::kLoading);
            return;
        }
        auto& page = s.list.data;
        if (page.items.empty()) {
            ui::card("##empty", [] { ui::paragraph(txt::kNoNotifications); });
            return;
        }
        const std::int64_t unread = app.session.unread_notifications;
        ImGui::AlignTextToFramePadding();
        ui::text(std::to_string(unread) + txt::kUnreadCount);
        ImGui::SameLine();
        ImGui::BeginDisabled(unread == 0 || s.marking);
        if (ui::secondary_button(txt::kMarkAllRead)) mark_all_read(app, s);
        ImGui::EndDisabled();
        ImGui::Spacing();
        for (auto& n : page.items)
            draw_item(app, s, n);
        const int next =
            ui::pager("##pager", s.page, page.total, static_cast<int>(page.page_size), txt::kNounNotifications);
        if (next != s.page) s.page = next;
    });
}

}  // namespace pakn::client::views

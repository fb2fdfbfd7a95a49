// One announcement: kind, title, date, summary and the full text.
#include <imgui.h>

#include "app/app.h"
#include "app/screens.h"
#include "app/strings_public.h"
#include "pakn/url.h"
#include "ui/theme.h"
#include "ui/widgets.h"
#include "views/public_common.h"

namespace pakn::client::views {
namespace {

namespace t = tr::pub;

void load(AnnouncementState& st) {
    net::load(st.item, "/api/v1/public/announcements/" + percent_encode(st.id));
}

}  // namespace

void draw_announcement(App& app) {
    AnnouncementState& st = public_states(app).announcement;
    const bool entered = app.screen_entered();
    const std::string id = app.param("id");
    if (entered || id != st.id) {
        st.id = id;
        load(st);
    }
    ui::page("##announcement", [&] {
        if (ui::link(t::kBackToNews)) app.navigate(path_to(Screen::announcements));
        ImGui::Spacing();
        if (!pub::ready(st.item, [&] { load(st); })) return;
        const Announcement& a = st.item.data;
        ui::chip(pub::announcement_kind_label(a.kind), IM_COL32(232, 240, 252, 255), ui::color::kPrimary);
        ui::heading(a.title);
        ImGui::PushFont(ui::fonts().small);
        ui::muted(t::kPostedOn + ui::datetime_text(a.published_at.value_or(a.created_at)));
        ImGui::PopFont();
        ImGui::Spacing();
        ui::card("##body", [&] {
            if (!a.summary.empty()) {
                ImGui::PushFont(ui::fonts().bold);
                ui::paragraph(a.summary);
                ImGui::PopFont();
                ImGui::Spacing();
            }
            // Paragraphs as the author wrote them (blank lines between).
            std::string_view body = a.body;
            while (!body.empty()) {
                const auto nl = body.find('\n');
                const std::string_view line = body.substr(0, nl);
                if (line.empty())
                    ImGui::Spacing();
                else
                    ui::paragraph(line);
                if (nl == std::string_view::npos) break;
                body.remove_prefix(nl + 1);
            }
        });
    });
}

}  // namespace pakn::client::views

// Thông báo, tin tức: the province's announcements by kind (Chủ trương,
// chính sách / Thông tin du lịch / Sự kiện / Thông báo), newest first. Kind
// and page live in the URL (/tin-tuc?kind=event&page=2).
#include <imgui.h>

#include <cstdlib>

#include "app/app.h"
#include "app/screens.h"
#include "app/strings_common.h"
#include "app/strings_public.h"
#include "pakn/forms.h"
#include "ui/widgets.h"
#include "views/public_common.h"

namespace pakn::client::views {
namespace {

namespace t = tr::pub;

std::string path_of(std::string_view kind, int page) {
    return path_to(Screen::announcements,
                   {{"kind", std::string(kind)}, {"page", page > 1 ? std::to_string(page) : ""}});
}

}  // namespace

void draw_announcements(App& app) {
    AnnouncementsState& st = public_states(app).announcements;
    const bool entered = app.screen_entered();
    std::string kind = app.query("kind");
    if (!is_choice(announcement_kinds(), kind)) kind.clear();
    int page = std::atoi(app.query("page").c_str());
    if (page < 1) page = 1;
    std::string query = "page=" + std::to_string(page);
    if (!kind.empty()) query += "&kind=" + kind;
    auto reload = [&] {
        st.query = query;
        net::load(st.page, "/api/v1/public/announcements?" + query);
    };
    if (entered || query != st.query) reload();

    ui::page("##announcements", [&] {
        ui::heading(tr::kTitleAnnouncements);
        ui::muted(t::kNewsIntro);
        ImGui::Spacing();
        // One tab per kind; the selected one drawn as the primary button.
        std::vector<const char*> tabs = {tr::kAll};
        int selected = 0;
        const auto kinds = announcement_kinds();
        std::vector<std::string> labels;
        labels.reserve(kinds.size());
        for (std::size_t i = 0; i < kinds.size(); ++i) {
            labels.emplace_back(kinds[i].label);
            if (kinds[i].value == kind) selected = static_cast<int>(i) + 1;
        }
        for (const auto& l : labels)
            tabs.push_back(l.c_str());
        const int clicked = pub::button_row(tabs, selected);
        if (clicked >= 0 && clicked != selected)
            app.navigate(path_of(clicked == 0 ? std::string_view() : kinds[static_cast<std::size_t>(clicked - 1)].value, 1));
        ImGui::Spacing();
        ui::card("##news-list", [&] {
            if (!pub::ready(st.page, reload)) return;
            const auto& p = st.page.data;
            if (p.items.empty()) ui::muted(t::kNoNews);
            for (const auto& a : p.items) pub::announcement_row(app, a, true);
            const int next = ui::pager("##pager", page, p.total, static_cast<int>(p.page_size), tr::kNounNews);
            if (next != page) app.navigate(path_of(kind, next));
        });
    });
}

}  // namespace pakn::client::views

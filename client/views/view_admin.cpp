// Quản trị hệ thống (/quan-tri): the admin's screen, in tabs — units,
// officer accounts, categories with their deadlines, the holiday calendar,
// announcements, the run-time settings, the messages sent and the help
// assistant's knowledge base — over /api/v1/admin/...
// The tab lives in the URL (?muc=can-bo) so it survives reloads and the
// back button; each tab's list and form are drawn by admin_<tab>.cpp. The
// router lets only admins in (ScreenAccess::admin).
#include <imgui.h>

#include "app/app.h"
#include "app/screens.h"
#include "app/strings_admin.h"
#include "app/strings_common.h"
#include "app/strings_officer.h"
#include "pakn/workflow.h"
#include "ui/officer_widgets.h"
#include "ui/theme.h"
#include "ui/widgets.h"
#include "views/admin_common.h"

namespace pakn::client::views {
namespace {

struct TabDef {
    AdminTab tab;
    const char* slug;  // ?muc=
    const char* label;
    void (*draw)(App&, bool);
};

// clang-format off
const TabDef kTabs[] = {
    {AdminTab::units,         "don-vi",    tr::kUnit,         admin::draw_units},
    {AdminTab::officers,      "can-bo",    tr::adm::kTabOfficers,      admin::draw_officers},
    {AdminTab::categories,    "linh-vuc",  tr::kCategory,    admin::draw_categories},
    {AdminTab::holidays,      "ngay-nghi", tr::adm::kTabHolidays,      admin::draw_holidays},
    {AdminTab::announcements, "tin-tuc",   tr::adm::kTabAnnouncements, admin::draw_announcements},
    {AdminTab::settings,      "cai-dat",   tr::adm::kTabSettings,      admin::draw_settings},
    {AdminTab::outbox,        "tin-nhan",  tr::adm::kTabOutbox,        admin::draw_outbox},
    {AdminTab::assistant,     "tro-ly-ao", tr::adm::kTabAssistant,     admin::draw_assistant},
};
// clang-format on

std::size_t tab_index(const std::string& slug) {
    for (std::size_t i = 0; i < std::size(kTabs); ++i)
        if (slug == kTabs[i].slug) return i;
    return 0;  // no or unknown ?muc=: the first tab
}

}  // namespace

void draw_admin(App& app) {
    AdminStates& s = admin_states(app);
    const bool entered = app.screen_entered();
    const std::size_t index = tab_index(app.query("muc"));
    const TabDef& tab = kTabs[index];
    // A tab loads its data when it is opened, not on every frame.
    const bool opened = entered || tab.tab != s.loaded_tab;
    s.loaded_tab = tab.tab;
    ui::page("##admin", [&] {
        ui::heading(tr::kTitleAdmin);
        // The admin is an officer too: the console is one click away.
        const auto& a = app.session.account;
        ImGui::PushFont(ui::fonts().small);
        ImGui::PushStyleColor(ImGuiCol_Text, ui::color::kMuted);
        ui::text(tr::adm::kSignedInAs + a.full_name + " (" + a.login + ")");
        ImGui::PopStyleColor();
        ImGui::SameLine();
        if (ui::link(tr::adm::kToConsole)) app.navigate(path_to(Screen::officer_inbox));
        ImGui::SameLine();
        // The province-wide answer templates are the admin's to write.
        if (ui::link(tr::off::kTitleTemplates)) app.navigate(path_to(Screen::officer_templates));
        ImGui::PopFont();
        ImGui::Spacing();
        std::vector<std::string> labels;
        for (const auto& t : kTabs)
            labels.emplace_back(t.label);
        const int clicked = ui::tab_buttons("##admin-tabs", labels, static_cast<int>(index));
        if (clicked >= 0 && static_cast<std::size_t>(clicked) != index)
            app.navigate(path_to(Screen::admin, {{"muc", kTabs[static_cast<std::size_t>(clicked)].slug}}));
        ImGui::Spacing();
        tab.draw(app, opened);
    });
}

}  // namespace pakn::client::views

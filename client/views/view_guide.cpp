// Hướng dẫn: how to register, sign in, send a report and follow it up,
// written for this system (not copied from the province's PDF).
#include <imgui.h>

#include <span>
#include <string>

#include "app/app.h"
#include "app/strings_common.h"
#include "app/strings_public.h"
#include "ui/widgets.h"

namespace pakn::client::views {
namespace {

namespace t = tr::pub;

void steps(const char* id, const char* title, std::span<const char* const> items) {
    ui::card(id, [&] {
        ui::subheading(title);
        int n = 1;
        for (const char* item : items)
            ui::paragraph(t::kGuideStep + std::to_string(n++) + ": " + item);
    });
    ImGui::Spacing();
}

}  // namespace

void draw_guide(App&) {
    ui::page("##guide", [] {
        ui::heading(t::kGuideHeading);
        steps("##g-register", t::kGuideRegisterTitle, t::kGuideRegister);
        steps("##g-login", t::kGuideLoginTitle, t::kGuideLogin);
        steps("##g-submit", t::kGuideSubmitTitle, t::kGuideSubmit);
        steps("##g-follow", t::kGuideFollowTitle, t::kGuideFollow);
        ui::muted(std::string(t::kGuideHelpCall) + tr::kHotline + t::kGuideHelpMail + tr::kEmail + ".");
    });
}

}  // namespace pakn::client::views

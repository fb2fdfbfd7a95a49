// Giới thiệu: the system's purpose, legal basis and scope, written for this
// system from the province's user guide.
#include <imgui.h>

#include "app/app.h"
#include "app/strings_public.h"
#include "ui/widgets.h"

namespace pakn::client::views {

namespace t = tr::pub;

void draw_about(App&) {
    ui::page("##about", [] {
        ui::heading(t::kAboutHeading);
        ui::card("##about-purpose", [] {
            ui::subheading(t::kAboutPurposeTitle);
            ui::paragraph(t::kAboutPurpose);
        });
        ImGui::Spacing();
        ui::card("##about-scope", [] {
            ui::subheading(t::kAboutScopeTitle);
            ui::paragraph(t::kAboutScopeSectors);
            ui::paragraph(t::kAboutScopeUrban);
            ui::muted(t::kAboutScopeExcluded);
        });
        ImGui::Spacing();
        ui::card("##about-how", [] {
            ui::subheading(t::kAboutHowTitle);
            ui::paragraph(t::kAboutHow);
        });
    });
}

}  // namespace pakn::client::views

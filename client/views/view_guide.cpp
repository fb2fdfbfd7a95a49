// Hướng dẫn: how to register, sign in, send a report and follow it up,
// written for this system (not copied from the province's PDF). The text is
// pakn/guide.h, which the server also renders at /huong-dan for readers
// without JavaScript: one guide, two renderings.
#include <imgui.h>

#include <string>

#include "app/app.h"
#include "pakn/guide.h"
#include "ui/widgets.h"

namespace pakn::client::views {

void draw_guide(App&) {
    ui::page("##guide", [] {
        ui::heading(kGuideTitle);
        for (const GuideSection& section : guide_sections()) {
            ImGui::PushID(section.title.data(), section.title.data() + section.title.size());
            ui::card("##part", [&] {
                ui::subheading(section.title);
                int n = 1;
                for (std::string_view step : section.steps)
                    ui::paragraph(std::string(kGuideStepPrefix) + std::to_string(n++) + ": " + std::string(step));
            });
            ImGui::PopID();
            ImGui::Spacing();
        }
        ui::muted(kGuideHelp);
    });
}

}  // namespace pakn::client::views

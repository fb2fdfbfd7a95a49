#include "ui/qr_widget.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "ui/charts.h"
#include "ui/theme.h"

namespace pakn::client::ui {

void qr_code(const char* label, const QrCode& code, float side_css, std::string_view text) {
    if (code.size <= 0) return;
    const int modules = code.size + 2 * kQrQuietZone;
    // Whole device pixels per module: a blurred edge between modules is what
    // makes cheap phone cameras fail.
    const float module = std::max(1.0f, std::floor(px(side_css) / static_cast<float>(modules)));
    const float side = module * static_cast<float>(modules);
    ImVec2 pos = ImGui::GetCursorScreenPos();
    pos = ImVec2(std::floor(pos.x), std::floor(pos.y));
    ImGui::Dummy(ImVec2(side, side));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(pos, ImVec2(pos.x + side, pos.y + side), IM_COL32_WHITE);
    const ImU32 dark = IM_COL32(0, 0, 0, 255);
    // One rectangle per horizontal run of dark modules.
    for (int y = 0; y < code.size; ++y) {
        int x = 0;
        while (x < code.size) {
            if (!code.at(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < code.size && code.at(x, y)) ++x;
            const float x0 = pos.x + module * static_cast<float>(start + kQrQuietZone);
            const float y0 = pos.y + module * static_cast<float>(y + kQrQuietZone);
            dl->AddRectFilled(ImVec2(x0, y0), ImVec2(x0 + module * static_cast<float>(x - start), y0 + module), dark);
        }
    }
    ImGui::PushID(label);
    expose_figure("##qr", pos, ImVec2(pos.x + side, pos.y + side), label, text);
    ImGui::PopID();
}

}  // namespace pakn::client::ui

// Look and feel: colors, spacing and fonts, scaled for the device pixel
// ratio so text is crisp on phones and HiDPI screens.
#pragma once

#include <imgui.h>

namespace pakn::client::ui {

struct Fonts {
    ImFont* body = nullptr;     // 16 px Noto Sans
    ImFont* bold = nullptr;     // 16 px Noto Sans Bold
    ImFont* small = nullptr;    // 13.5 px
    ImFont* heading = nullptr;  // 22 px bold
    ImFont* title = nullptr;    // 30 px bold
};

// The palette (government blue, readable contrast, status tones).
namespace color {
inline constexpr ImU32 kPrimary = IM_COL32(0, 84, 166, 255);
inline constexpr ImU32 kPrimaryDark = IM_COL32(0, 58, 120, 255);
inline constexpr ImU32 kAccent = IM_COL32(200, 16, 46, 255);
inline constexpr ImU32 kText = IM_COL32(28, 33, 40, 255);
inline constexpr ImU32 kMuted = IM_COL32(96, 104, 115, 255);
inline constexpr ImU32 kBorder = IM_COL32(214, 219, 226, 255);
inline constexpr ImU32 kPage = IM_COL32(244, 246, 249, 255);
inline constexpr ImU32 kCard = IM_COL32(255, 255, 255, 255);
inline constexpr ImU32 kSuccess = IM_COL32(22, 128, 61, 255);
inline constexpr ImU32 kWarning = IM_COL32(180, 100, 0, 255);
inline constexpr ImU32 kDanger = IM_COL32(190, 30, 45, 255);
inline constexpr ImU32 kInfo = IM_COL32(0, 110, 190, 255);
}  // namespace color

// Current UI scale (device pixels per CSS pixel).
float scale();
// A length in CSS pixels converted to device pixels.
inline float px(float css) { return css * scale(); }
const Fonts& fonts();

// (Re)builds the font atlas and style for `scale`; returns true when the
// atlas changed (the renderer must re-upload its texture). A scale <= 0
// forgets the current theme (after the ImGui context was destroyed).
bool apply_theme(float scale);

}  // namespace pakn::client::ui

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

// The palette (government blue, status tones). Every text colour reaches
// WCAG AA (4.5:1) on every background it is drawn on, the tints included:
// tests/client/test_screens.cpp checks the pairs.
namespace color {
inline constexpr ImU32 kPrimary = IM_COL32(0, 84, 166, 255);
inline constexpr ImU32 kPrimaryDark = IM_COL32(0, 58, 120, 255);
inline constexpr ImU32 kAccent = IM_COL32(200, 16, 46, 255);
inline constexpr ImU32 kText = IM_COL32(28, 33, 40, 255);
inline constexpr ImU32 kMuted = IM_COL32(96, 104, 115, 255);
inline constexpr ImU32 kBorder = IM_COL32(214, 219, 226, 255);
inline constexpr ImU32 kPage = IM_COL32(244, 246, 249, 255);
inline constexpr ImU32 kCard = IM_COL32(255, 255, 255, 255);
inline constexpr ImU32 kSuccess = IM_COL32(20, 116, 55, 255);
inline constexpr ImU32 kWarning = IM_COL32(156, 86, 0, 255);
inline constexpr ImU32 kDanger = IM_COL32(190, 30, 45, 255);
inline constexpr ImU32 kInfo = IM_COL32(0, 104, 180, 255);
// Tinted backgrounds: banners (error, success, warning), passing notices,
// and the chips of each tone.
inline constexpr ImU32 kDangerTint = IM_COL32(253, 236, 238, 255);
inline constexpr ImU32 kSuccessTint = IM_COL32(232, 246, 236, 255);
inline constexpr ImU32 kWarningTint = IM_COL32(255, 246, 224, 255);
inline constexpr ImU32 kNoticeTint = IM_COL32(255, 250, 230, 255);
inline constexpr ImU32 kNeutralChip = IM_COL32(232, 236, 241, 255);
inline constexpr ImU32 kInfoChip = IM_COL32(224, 238, 252, 255);
inline constexpr ImU32 kWarningChip = IM_COL32(255, 243, 219, 255);
inline constexpr ImU32 kSuccessChip = IM_COL32(226, 244, 232, 255);
inline constexpr ImU32 kDangerChip = IM_COL32(253, 232, 234, 255);
}  // namespace color

// Current UI scale (device pixels per CSS pixel).
float scale();
// A length in CSS pixels converted to device pixels.
inline float px(float css) { return css * scale(); }
const Fonts& fonts();

// (Re)builds the font atlas and style for `scale` (the device pixel ratio)
// times the reader's text size; returns true when the atlas changed (the
// renderer must re-upload its texture). A scale <= 0 forgets the current
// theme (after the ImGui context was destroyed).
bool apply_theme(float scale);

// The reader's text size ("Cỡ chữ"): the whole interface grows with the
// text, as a browser zoom would, so layouts keep their proportions (and a
// phone-width layout takes over sooner). Takes effect at the next
// apply_theme, which runs between frames (fonts cannot change mid-frame).
inline constexpr float kTextSizes[] = {1.0f, 1.25f, 1.5f};
float text_size();
void set_text_size(float factor);

}  // namespace pakn::client::ui

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

// A palette: the colour of each role the screens draw with. Every text
// colour reaches WCAG AA (4.5:1) on every background it is drawn on, the
// tints included, in both palettes (the high-contrast one reaches AAA, 7:1):
// tests/client/test_screens.cpp checks every pair.
struct Palette {
    ImU32 primary, primary_dark, accent;  // government blue, and the emblem's red
    ImU32 text, muted;                    // body text, secondary text
    ImU32 border, page, card;
    ImU32 success, warning, danger, info;  // status tones (text and fills)
    // Tinted backgrounds: banners (error, success, warning), passing
    // notices, and the chips of each tone.
    ImU32 danger_tint, success_tint, warning_tint, notice_tint;
    ImU32 neutral_chip, info_chip, warning_chip, success_chip, danger_chip;
    // Behind the item under the pointer (secondary buttons, rows, menus).
    ImU32 hover;
    // The keyboard focus ring.
    ImU32 focus;
};

// The portal's own colours.
inline constexpr Palette kStandardPalette{
    .primary = IM_COL32(0, 84, 166, 255),
    .primary_dark = IM_COL32(0, 58, 120, 255),
    .accent = IM_COL32(200, 16, 46, 255),
    .text = IM_COL32(28, 33, 40, 255),
    .muted = IM_COL32(96, 104, 115, 255),
    .border = IM_COL32(214, 219, 226, 255),
    .page = IM_COL32(244, 246, 249, 255),
    .card = IM_COL32(255, 255, 255, 255),
    .success = IM_COL32(20, 116, 55, 255),
    .warning = IM_COL32(156, 86, 0, 255),
    .danger = IM_COL32(190, 30, 45, 255),
    .info = IM_COL32(0, 104, 180, 255),
    .danger_tint = IM_COL32(253, 236, 238, 255),
    .success_tint = IM_COL32(232, 246, 236, 255),
    .warning_tint = IM_COL32(255, 246, 224, 255),
    .notice_tint = IM_COL32(255, 250, 230, 255),
    .neutral_chip = IM_COL32(232, 236, 241, 255),
    .info_chip = IM_COL32(224, 238, 252, 255),
    .warning_chip = IM_COL32(255, 243, 219, 255),
    .success_chip = IM_COL32(226, 244, 232, 255),
    .danger_chip = IM_COL32(253, 232, 234, 255),
    .hover = IM_COL32(232, 240, 252, 255),
    .focus = IM_COL32(0, 84, 166, 255),
};

// "Tương phản cao": black text on white, dark tones, black borders, the item
// under the pointer in yellow and a black focus ring, for low vision and for
// readers whose system asks for more contrast (prefers-contrast: more,
// forced colours).
inline constexpr Palette kHighContrastPalette{
    .primary = IM_COL32(0, 51, 128, 255),
    .primary_dark = IM_COL32(0, 31, 84, 255),
    .accent = IM_COL32(130, 0, 18, 255),
    .text = IM_COL32(0, 0, 0, 255),
    .muted = IM_COL32(38, 38, 38, 255),
    .border = IM_COL32(0, 0, 0, 255),
    .page = IM_COL32(255, 255, 255, 255),
    .card = IM_COL32(255, 255, 255, 255),
    .success = IM_COL32(0, 80, 30, 255),
    .warning = IM_COL32(102, 51, 0, 255),
    .danger = IM_COL32(140, 0, 18, 255),
    .info = IM_COL32(0, 60, 120, 255),
    .danger_tint = IM_COL32(255, 238, 240, 255),
    .success_tint = IM_COL32(234, 248, 238, 255),
    .warning_tint = IM_COL32(255, 246, 224, 255),
    .notice_tint = IM_COL32(255, 250, 230, 255),
    .neutral_chip = IM_COL32(240, 240, 240, 255),
    .info_chip = IM_COL32(230, 240, 255, 255),
    .warning_chip = IM_COL32(255, 243, 219, 255),
    .success_chip = IM_COL32(230, 246, 235, 255),
    .danger_chip = IM_COL32(255, 234, 236, 255),
    .hover = IM_COL32(255, 230, 0, 255),
    .focus = IM_COL32(0, 0, 0, 255),
};

// The palette in use (set_high_contrast chooses it).
const Palette& palette();

// The active palette's colours by role, under the names the screens use.
// References rather than constants: a theme switch recolours every screen
// at its next frame without the screens knowing themes exist. Read them
// while drawing, never copy them into a static.
namespace color {
namespace detail {
inline Palette g_active = kStandardPalette;  // written only by ui::set_high_contrast
}  // namespace detail
inline const ImU32& kPrimary = detail::g_active.primary;
inline const ImU32& kPrimaryDark = detail::g_active.primary_dark;
inline const ImU32& kAccent = detail::g_active.accent;
inline const ImU32& kText = detail::g_active.text;
inline const ImU32& kMuted = detail::g_active.muted;
inline const ImU32& kBorder = detail::g_active.border;
inline const ImU32& kPage = detail::g_active.page;
inline const ImU32& kCard = detail::g_active.card;
inline const ImU32& kSuccess = detail::g_active.success;
inline const ImU32& kWarning = detail::g_active.warning;
inline const ImU32& kDanger = detail::g_active.danger;
inline const ImU32& kInfo = detail::g_active.info;
inline const ImU32& kDangerTint = detail::g_active.danger_tint;
inline const ImU32& kSuccessTint = detail::g_active.success_tint;
inline const ImU32& kWarningTint = detail::g_active.warning_tint;
inline const ImU32& kNoticeTint = detail::g_active.notice_tint;
inline const ImU32& kNeutralChip = detail::g_active.neutral_chip;
inline const ImU32& kInfoChip = detail::g_active.info_chip;
inline const ImU32& kWarningChip = detail::g_active.warning_chip;
inline const ImU32& kSuccessChip = detail::g_active.success_chip;
inline const ImU32& kDangerChip = detail::g_active.danger_chip;
inline const ImU32& kHover = detail::g_active.hover;
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

// "Tương phản cao": the high-contrast palette instead of the standard one.
// Like the text size, the style follows at the next apply_theme.
bool high_contrast();
void set_high_contrast(bool on);

// prefers-reduced-motion: spinners stand still and the text caret does not
// blink (nothing on screen moves by itself).
bool reduced_motion();
void set_reduced_motion(bool on);

}  // namespace pakn::client::ui

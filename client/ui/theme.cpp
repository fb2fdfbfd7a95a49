#include "ui/theme.h"

#include <algorithm>
#include <cstddef>
#include <iterator>

// Subset fonts embedded at build time (client/CMakeLists.txt).
extern const unsigned char pakn_font_regular[];
extern const std::size_t pakn_font_regular_size;
extern const unsigned char pakn_font_bold[];
extern const std::size_t pakn_font_bold_size;
extern const unsigned char pakn_font_symbols[];
extern const std::size_t pakn_font_symbols_size;
extern const unsigned char pakn_font_math[];
extern const std::size_t pakn_font_math_size;

namespace pakn::client::ui {
namespace {

float g_scale = 0.0f;
float g_text_size = 1.0f;  // the reader's "Cỡ chữ"
bool g_high_contrast = false;
bool g_reduced_motion = false;
bool g_style_stale = false;  // the palette or motion changed since the style was built
Fonts g_fonts;

// Vietnamese needs Latin-1, Latin Extended-A/B (Ă Đ Ĩ Ũ Ơ Ư) and Latin
// Extended Additional (ạ … ỹ); plus General Punctuation (– — “ ” …) and ₫.
const ImWchar kTextRanges[] = {
    0x0020, 0x00FF, 0x0100, 0x017F, 0x01A0, 0x01B0, 0x0300, 0x0303, 0x0309, 0x0309, 0x0323, 0x0323,
    0x1EA0, 0x1EF9, 0x2000, 0x206F, 0x20AB, 0x20AC, 0x2116, 0x2116, 0,
};
const ImWchar kSymbolRanges[] = {
    0x25B2, 0x25CF, 0x2605, 0x2606, 0x260E, 0x260E, 0x2630, 0x2630, 0x26A0, 0x26A0,
    0x2709, 0x2716, 0x2B06, 0x2B06, 0,
};
const ImWchar kMathRanges[] = {0x2190, 0x2193, 0x21BB, 0x21BB, 0};

ImFont* add_font(const unsigned char* data, std::size_t size, float css_px, float scale_) {
    ImGuiIO& io = ImGui::GetIO();
    ImFontConfig cfg;
    cfg.FontDataOwnedByAtlas = false;  // the bytes are static
    cfg.OversampleH = 2;
    cfg.OversampleV = 1;
    cfg.PixelSnapH = true;
    ImFont* font = io.Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(data), static_cast<int>(size),
                                                  css_px * scale_, &cfg, kTextRanges);
    // Icons merged into every text font so labels can mix them freely.
    ImFontConfig merge;
    merge.FontDataOwnedByAtlas = false;
    merge.MergeMode = true;
    merge.PixelSnapH = true;
    merge.GlyphMinAdvanceX = css_px * scale_;
    io.Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(pakn_font_symbols),
                                   static_cast<int>(pakn_font_symbols_size), css_px * scale_, &merge,
                                   kSymbolRanges);
    merge.GlyphMinAdvanceX = 0;
    io.Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(pakn_font_math), static_cast<int>(pakn_font_math_size),
                                   css_px * scale_, &merge, kMathRanges);
    return font;
}

void apply_style(float s) {
    ImGuiStyle style;
    ImGui::StyleColorsLight(&style);
    style.WindowRounding = 0;
    style.ChildRounding = 8;
    style.FrameRounding = 6;
    style.PopupRounding = 8;
    style.GrabRounding = 6;
    style.TabRounding = 6;
    style.ScrollbarRounding = 8;
    style.FrameBorderSize = 1;
    style.WindowBorderSize = 0;
    style.ChildBorderSize = 1;
    style.FramePadding = ImVec2(10, 7);
    style.ItemSpacing = ImVec2(10, 10);
    style.ItemInnerSpacing = ImVec2(8, 6);
    style.WindowPadding = ImVec2(16, 12);
    style.ScrollbarSize = 12;
    style.TouchExtraPadding = ImVec2(2, 2);
    const Palette& p = palette();
    const auto rgba = [](ImU32 u) { return ImGui::ColorConvertU32ToFloat4(u); };
    ImVec4* c = style.Colors;
    c[ImGuiCol_Text] = rgba(p.text);
    c[ImGuiCol_TextDisabled] = rgba(p.muted);
    c[ImGuiCol_WindowBg] = rgba(p.page);
    c[ImGuiCol_ChildBg] = rgba(p.card);
    c[ImGuiCol_PopupBg] = rgba(p.card);
    c[ImGuiCol_Border] = rgba(p.border);
    c[ImGuiCol_FrameBg] = rgba(p.card);
    c[ImGuiCol_Button] = rgba(p.primary);
    c[ImGuiCol_ButtonActive] = rgba(p.primary_dark);
    c[ImGuiCol_CheckMark] = rgba(p.primary);
    c[ImGuiCol_NavHighlight] = rgba(p.focus);
    if (g_high_contrast) {
        // White text stays on the filled buttons, so they darken rather than
        // turn yellow; everything with dark text turns yellow under the pointer.
        c[ImGuiCol_ButtonHovered] = rgba(p.primary_dark);
        c[ImGuiCol_FrameBgHovered] = rgba(p.hover);
        c[ImGuiCol_FrameBgActive] = rgba(p.hover);
        c[ImGuiCol_Header] = rgba(IM_COL32(255, 243, 160, 255));
        c[ImGuiCol_HeaderHovered] = rgba(p.hover);
        c[ImGuiCol_HeaderActive] = rgba(IM_COL32(255, 214, 0, 255));
        c[ImGuiCol_TextSelectedBg] = rgba(IM_COL32(255, 230, 0, 160));
        c[ImGuiCol_ScrollbarGrab] = rgba(IM_COL32(64, 64, 64, 255));
        c[ImGuiCol_Separator] = rgba(p.border);
        style.FrameBorderSize = 2;  // every field and button outlined in black
        style.ChildBorderSize = 2;
    } else {
        c[ImGuiCol_ButtonHovered] = rgba(IM_COL32(0, 100, 196, 255));
        c[ImGuiCol_FrameBgHovered] = ImVec4(0.95f, 0.97f, 1.0f, 1);
        c[ImGuiCol_FrameBgActive] = ImVec4(0.92f, 0.95f, 1.0f, 1);
        c[ImGuiCol_Header] = ImVec4(0.88f, 0.93f, 0.99f, 1);
        c[ImGuiCol_HeaderHovered] = ImVec4(0.82f, 0.90f, 0.99f, 1);
        c[ImGuiCol_HeaderActive] = ImVec4(0.75f, 0.86f, 0.98f, 1);
        c[ImGuiCol_TextSelectedBg] = ImVec4(0.26f, 0.59f, 0.98f, 0.35f);
    }
    style.ScaleAllSizes(s);
    ImGui::GetStyle() = style;
    ImGui::GetIO().ConfigInputTextCursorBlink = !g_reduced_motion;
    g_style_stale = false;
}

}  // namespace

float scale() { return g_scale > 0 ? g_scale : 1.0f; }
float text_size() { return g_text_size; }
void set_text_size(float factor) { g_text_size = std::clamp(factor, kTextSizes[0], kTextSizes[std::size(kTextSizes) - 1]); }
const Fonts& fonts() { return g_fonts; }
const Palette& palette() { return color::detail::g_active; }

bool high_contrast() { return g_high_contrast; }
void set_high_contrast(bool on) {
    if (on == g_high_contrast) return;
    g_high_contrast = on;
    color::detail::g_active = on ? kHighContrastPalette : kStandardPalette;
    g_style_stale = true;
}

bool reduced_motion() { return g_reduced_motion; }
void set_reduced_motion(bool on) {
    if (on == g_reduced_motion) return;
    g_reduced_motion = on;
    g_style_stale = true;
}

bool apply_theme(float s) {
    if (s <= 0) {  // the ImGui context is gone: rebuild on the next call
        g_scale = 0;
        return false;
    }
    s *= g_text_size;
    if (s == g_scale) {
        if (g_style_stale) apply_style(s);  // same fonts, new colours
        return false;
    }
    g_scale = s;
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    g_fonts.body = add_font(pakn_font_regular, pakn_font_regular_size, 16.0f, s);
    g_fonts.bold = add_font(pakn_font_bold, pakn_font_bold_size, 16.0f, s);
    g_fonts.small = add_font(pakn_font_regular, pakn_font_regular_size, 13.5f, s);
    g_fonts.heading = add_font(pakn_font_bold, pakn_font_bold_size, 22.0f, s);
    g_fonts.title = add_font(pakn_font_bold, pakn_font_bold_size, 30.0f, s);
    io.Fonts->Build();
    io.FontDefault = g_fonts.body;
    apply_style(s);
    return true;
}

}  // namespace pakn::client::ui

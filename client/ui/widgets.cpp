#include "ui/widgets.h"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <unordered_map>

#include "app/strings_common.h"
#include "pakn/calendar.h"
#include "pakn/communes.h"
#include "pakn/text.h"
#include "pakn/word_match.h"
#include "ui/test_hooks.h"
#include "ui/theme.h"
#include "ui/wrapped_input.h"

namespace pakn::client::ui {
namespace {

bool g_animation_requested = false;
constexpr float kMaxColumn = 1100.0f;  // CSS px
constexpr float kCompactBelow = 760.0f;

int resize_callback(ImGuiInputTextCallbackData* data) {
    auto* str = static_cast<std::string*>(data->UserData);
    if (data->EventFlag == ImGuiInputTextFlags_CallbackResize) {
        str->resize(static_cast<std::size_t>(data->BufTextLen));
        data->Buf = str->data();
    } else if (data->EventFlag == ImGuiInputTextFlags_CallbackEdit) {
        // Hold what the user typed in NFC: an IME may deliver "e" + U+0302 +
        // U+0301 where the server and search expect "ế".
        std::string current(data->Buf, static_cast<std::size_t>(data->BufTextLen));
        std::string normalized = pakn::to_nfc(std::string_view(current));
        if (normalized != current) {
            data->DeleteChars(0, data->BufTextLen);
            data->InsertChars(0, normalized.c_str(), normalized.c_str() + normalized.size());
        }
    }
    return 0;
}

std::size_t count_chars(std::string_view s) {
    std::size_t n = 0;
    for (unsigned char c : s)
        if ((c & 0xC0) != 0x80) ++n;
    return n;
}

}  // namespace

float logical_width() { return ImGui::GetIO().DisplaySize.x / scale(); }
bool is_compact() { return logical_width() < kCompactBelow; }

float page_column_max_width() {
    return px(kMaxColumn);
}

void page(const char* id, const std::function<void()>& content) {
    const float avail = ImGui::GetContentRegionAvail().x;
    const float width = std::min(avail, px(kMaxColumn));
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::floor((avail - width) * 0.5f));
    ImGui::PushStyleColor(ImGuiCol_ChildBg, IM_COL32(0, 0, 0, 0));
    if (ImGui::BeginChild(id, ImVec2(width, 0), ImGuiChildFlags_AutoResizeY,
                          ImGuiWindowFlags_NoScrollbar | kLayoutChildFlags)) {
        ImGui::PushTextWrapPos(0.0f);
        content();
        ImGui::PopTextWrapPos();
        // Auto-sized cards measure themselves only while visible, so a long
        // page grows over a few frames after its data arrives: keep drawing
        // until its content height stops changing, or it stays cut off until
        // the next input event (render on demand).
        const ImGuiWindow* w = ImGui::GetCurrentWindow();
        if (std::fabs(w->DC.CursorMaxPos.y - w->DC.CursorStartPos.y - w->ContentSize.y) > 0.5f)
            request_animation_frame();
    }
    ImGui::EndChild();
    ImGui::PopStyleColor();
}

void card(const char* id, const std::function<void()>& content) {
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(px(18), px(16)));
    if (ImGui::BeginChild(id, ImVec2(0, 0),
                          ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY |
                              ImGuiChildFlags_AlwaysUseWindowPadding,
                          ImGuiWindowFlags_NoScrollbar | kLayoutChildFlags)) {
        ImGui::PushTextWrapPos(0.0f);
        content();
        ImGui::PopTextWrapPos();
    }
    ImGui::EndChild();
    ImGui::PopStyleVar();
}

void heading(std::string_view text) {
    ImGui::PushFont(fonts().heading);
    ImGui::PushStyleColor(ImGuiCol_Text, color::kPrimaryDark);
    ImGui::TextWrapped("%.*s", static_cast<int>(text.size()), text.data());
    test_registry_note_text(text, "heading1");
    ImGui::PopStyleColor();
    ImGui::PopFont();
    ImGui::Spacing();
}

void subheading(std::string_view text) {
    ImGui::PushFont(fonts().bold);
    ImGui::TextWrapped("%.*s", static_cast<int>(text.size()), text.data());
    test_registry_note_text(text, "heading2");
    ImGui::PopFont();
}

void paragraph(std::string_view text) {
    ImGui::TextWrapped("%.*s", static_cast<int>(text.size()), text.data());
    test_registry_note_text(text);
}

void muted(std::string_view text) {
    ImGui::PushStyleColor(ImGuiCol_Text, color::kMuted);
    ImGui::TextWrapped("%.*s", static_cast<int>(text.size()), text.data());
    test_registry_note_text(text);
    ImGui::PopStyleColor();
}

void text(std::string_view text) {
    ImGui::TextUnformatted(text.data(), text.data() + text.size());
    test_registry_note_text(text);
}

void text_colored(ImU32 color, std::string_view text) {
    ImGui::PushStyleColor(ImGuiCol_Text, color);
    ui::text(text);
    ImGui::PopStyleColor();
}

bool primary_button(const char* label, float width) {
    ImGui::PushFont(fonts().bold);
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32_WHITE);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(px(18), px(9)));
    const bool clicked = ImGui::Button(label, ImVec2(width, 0));
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
    ImGui::PopFont();
    return clicked;
}

void same_line_if_fits(const char* label, bool primary) {
    if (primary) ImGui::PushFont(fonts().bold);
    const float text = ImGui::CalcTextSize(label, nullptr, true).x;
    if (primary) ImGui::PopFont();
    const float width = text + px(primary ? 18 : 16) * 2;
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    if (ImGui::GetItemRectMax().x + spacing + width <= right) ImGui::SameLine();
}

bool secondary_button(const char* label, float width) {
    ImGui::PushStyleColor(ImGuiCol_Button, color::kCard);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, color::kHover);
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, high_contrast() ? color::kHover : IM_COL32(214, 228, 248, 255));
    ImGui::PushStyleColor(ImGuiCol_Text, color::kPrimary);
    ImGui::PushStyleColor(ImGuiCol_Border, color::kPrimary);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(px(16), px(9)));
    const bool clicked = ImGui::Button(label, ImVec2(width, 0));
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(5);
    return clicked;
}

bool link(const char* label) {
    const char* end = ImGui::FindRenderedTextEnd(label);
    const ImVec2 size = ImGui::CalcTextSize(label, end);
    // On the line's text baseline, as Text draws: after AlignTextToFramePadding
    // (a table row of framed cells) a link sits level with the row's text.
    const ImVec2 top = ImGui::GetCursorScreenPos();
    const float baseline = ImGui::GetCurrentWindow()->DC.CurrLineTextBaseOffset;
    const ImVec2 pos(top.x, top.y + baseline);
    const bool clicked = ImGui::InvisibleButton(label, ImVec2(size.x, size.y + baseline));
    test_registry_note_kind(ImGui::GetItemID(), "link");
    const bool hovered = ImGui::IsItemHovered();
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddText(pos, hovered ? color::kPrimaryDark : color::kPrimary, label, end);
    if (hovered) dl->AddLine(ImVec2(pos.x, pos.y + size.y), ImVec2(pos.x + size.x, pos.y + size.y), color::kPrimaryDark, px(1));
    return clicked;
}

namespace {

// A form field's bold label ("Label##id" shows "Label"), with "(*)" when
// required. In a table cell the label starts at the cell's top: ImGui
// otherwise lowers a cell's first text line to the baseline of the row's
// previous cell, which ends with an input box, and a grid of fields then
// has its first column a few pixels higher than the others.
void field_label(const char* label, bool required) {
    if (ImGui::GetCurrentTable()) ImGui::GetCurrentWindow()->DC.CurrLineTextBaseOffset = 0.0f;
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted(label, ImGui::FindRenderedTextEnd(label));
    ImGui::PopFont();
    if (required) {
        ImGui::SameLine(0, px(4));
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(color::kDanger), "(*)");
    }
}

}  // namespace

namespace {
// The fields that showed an error, with the frame they last did: an error is
// new when its field had none on the frame before.
struct ErrorsSeen {
    std::unordered_map<ImGuiID, int> last_frame;
    int moved_on = -1;  // the frame that already brought one into sight
    int newest = -1;    // the newest frame seen: frame numbers restart with a new ImGui context
    ImGuiID settling = 0;   // the field brought into sight, kept there a few frames:
    int settle_until = -1;  // taking the keyboard scrolls it to the edge, label hidden
};
ErrorsSeen g_errors;

// The field with its label (and a line of context) above and its message
// under it, scrolled into sight unless it is wholly there; true when it was not.
bool scroll_into_sight(ImGuiWindow* window, const ImRect& box) {
    const float line = ImGui::GetFrameHeight();
    const ImRect wanted(box.Min.x, box.Min.y - line * 3.0f, box.Max.x, box.Max.y + line * 1.5f);
    // The screen, less what the scrolling windows around the field hide (the
    // page's content scrolls under the header); a dialog ends the walk.
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImRect visible(vp->Pos, ImVec2(vp->Pos.x + vp->Size.x, vp->Pos.y + vp->Size.y));
    for (ImGuiWindow* w = window; w; w = (w->Flags & ImGuiWindowFlags_ChildWindow) ? w->ParentWindow : nullptr)
        if (w->ScrollMax.y > 0.0f) visible.ClipWith(w->InnerRect);
    if (wanted.Min.y >= visible.Min.y && wanted.Max.y <= visible.Max.y) return false;
    ImGui::ScrollToRectEx(window, wanted, ImGuiScrollFlags_KeepVisibleEdgeY);  // the card, then the page
    request_animation_frame();
    return true;
}
}  // namespace

void error_into_sight(ImGuiID id, bool focus) {
    ImGuiContext& g = *GImGui;
    const int frame = ImGui::GetFrameCount();
    if (frame < g_errors.newest) g_errors = ErrorsSeen{};
    g_errors.newest = frame;
    const auto seen = g_errors.last_frame.find(id);
    const bool new_error = seen == g_errors.last_frame.end() || seen->second < frame - 1;
    g_errors.last_frame[id] = frame;
    if (g_errors.last_frame.size() > 256)
        std::erase_if(g_errors.last_frame, [frame](const auto& e) { return e.second < frame - 1; });
    if (id == g_errors.settling && frame <= g_errors.settle_until) {
        scroll_into_sight(g.CurrentWindow, g.LastItemData.Rect);
        return;
    }
    if (!new_error || g_errors.moved_on == frame) return;
    // An error in sight stays where it is, and so does the keyboard: the
    // person sees it, and may be typing in another field.
    if (!scroll_into_sight(g.CurrentWindow, g.LastItemData.Rect)) return;
    g_errors.moved_on = frame;
    g_errors.settling = id;
    g_errors.settle_until = frame + 4;
    if (focus && !ImGui::IsAnyItemActive()) ImGui::SetKeyboardFocusHere(-1);
}

void forget_vanished_focus() {
    ImGuiContext& g = *GImGui;
    // A focus just moved is drawn from the next frame on: only an item
    // missing from three frames in a row is gone.
    // A dialog that opens looks for its first item (NavInitRequest) over a
    // frame or two with no item focused: that is not a loss either.
    static ImGuiID missing = 0;
    static int missing_since = -1, last_frame = -1;
    const bool gone_now =
        g.NavWindow && !g.NavIdIsAlive && !g.NavInitRequest && g.ActiveId == 0 && !g.NavDisableHighlight;
    if (!gone_now || missing != g.NavId || last_frame != g.FrameCount - 1) missing_since = g.FrameCount;
    missing = gone_now ? g.NavId : 0;
    last_frame = g.FrameCount;
    if (!gone_now || g.FrameCount - missing_since < 2) return;
    // ImGui's Tab moves on from the item it last saw holding the focus and
    // wraps round only after seeing it; with no ring shown, Tab starts over
    // ("tab init"): on the focused item if it is there, else the first.
    g.NavDisableHighlight = true;
}

namespace {
// Pushes ImGuiItemFlags_NoNav unless the current table sorts by its column
// names; true when it did (pop it then).
bool headers_out_of_tab_order() {
    const ImGuiTable* table = ImGui::GetCurrentTable();
    if (table && (table->Flags & ImGuiTableFlags_Sortable)) return false;
    ImGui::PushItemFlag(ImGuiItemFlags_NoNav, true);
    return true;
}
}  // namespace

bool radio(const char* label, bool active, const char* group) {
    const bool pressed = ImGui::RadioButton(label, active);
    test_registry_note_radio(ImGui::GetItemID(), group, active);
    return pressed;
}

void table_headers_row() {
    const bool pushed = headers_out_of_tab_order();
    ImGui::TableHeadersRow();
    if (pushed) ImGui::PopItemFlag();
}

void table_header(const char* name) {
    const bool pushed = headers_out_of_tab_order();
    ImGui::TableHeader(name);
    if (pushed) ImGui::PopItemFlag();
}

bool text_field_inline(const char* id, std::string& value, const char* hint) {
    const bool changed = ImGui::InputTextWithHint(id, hint, value.data(), value.capacity() + 1,
                                                  ImGuiInputTextFlags_CallbackResize | ImGuiInputTextFlags_CallbackEdit,
                                                  resize_callback, &value);
    test_registry_note_field(ImGui::GetItemID(), hint, value);
    test_registry_note_kind(ImGui::GetItemID(), "textbox");
    if (ImGui::IsItemActive() && !reduced_motion()) request_animation_frame();  // the caret blinks
    return changed;
}

bool text_field(const char* label, std::string& value, const TextFieldOptions& o, const FieldError* error) {
    ImGui::PushID(label);
    field_label(label, o.required);
    if (error) {
        ImGui::PushStyleColor(ImGuiCol_Border, color::kDanger);
        ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, px(1.5f));
    }
    ImGuiInputTextFlags flags = ImGuiInputTextFlags_CallbackResize | ImGuiInputTextFlags_CallbackEdit;
    if (o.password) flags |= ImGuiInputTextFlags_Password;
    if (o.numeric) flags |= ImGuiInputTextFlags_CharsDecimal;
    if (o.read_only) flags |= ImGuiInputTextFlags_ReadOnly;
    ImGui::SetNextItemWidth(-1);
    // The box's own id: a multiline box is a child window, and while it is
    // scrolled out of sight Dear ImGui reports no item for it (id 0).
    const ImGuiID id = ImGui::GetID("##input");
    bool changed;
    if (o.multiline) {
        // Lines wrap at the box's width and the box grows with the text (an
        // official answer is proofread whole), up to about half the screen.
        const float most = std::max(px(o.multiline_height), ImGui::GetMainViewport()->Size.y * 0.55f);
        changed = wrapped_text_input("##input", value, px(o.multiline_height), most,
                                     flags & ~(ImGuiInputTextFlags_CallbackResize | ImGuiInputTextFlags_CallbackEdit));
    } else {
        changed = ImGui::InputTextWithHint("##input", o.hint ? o.hint : "", value.data(), value.capacity() + 1, flags,
                                           resize_callback, &value);
    }
    test_registry_note_field(id, label, o.password ? std::string_view() : std::string_view(value));
    test_registry_note_kind(id, o.password ? "password" : o.multiline ? "multiline" : "textbox", o.required);
    if (error) {
        test_registry_note_error(id, error->message);
        error_into_sight(id, !o.read_only);
    }
    if (ImGui::IsItemActive() && !reduced_motion()) request_animation_frame();  // the caret blinks
    if (error) {
        ImGui::PopStyleVar();
        ImGui::PopStyleColor();
    }
    if (o.max_chars > 0) {
        const std::size_t n = count_chars(value);
        char buf[48];
        std::snprintf(buf, sizeof buf, "%zu/%zu", n, o.max_chars);
        ImGui::PushFont(fonts().small);
        const float w = ImGui::CalcTextSize(buf).x;
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x - w);
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(n > o.max_chars ? color::kDanger : color::kMuted), "%s", buf);
        ImGui::PopFont();
    }
    error_text(error);
    ImGui::PopID();
    return changed;
}

void error_text(const FieldError* error) {
    if (!error) return;
    ImGui::PushFont(fonts().small);
    ImGui::PushStyleColor(ImGuiCol_Text, color::kDanger);
    ImGui::TextWrapped("%s", error->message.c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

bool error_banner(const ApiError& error, bool retryable) {
    bool retry = false;
    ImGui::PushStyleColor(ImGuiCol_ChildBg, color::kDangerTint);
    ImGui::PushStyleColor(ImGuiCol_Border, color::kDanger);
    ImGui::PushID(&error);
    card("##error", [&] {
        ImGui::PushStyleColor(ImGuiCol_Text, color::kDanger);
        ImGui::TextWrapped("⚠ %s", error.message.c_str());
        ImGui::PopStyleColor();
        if (retryable) retry = secondary_button((std::string("↻ ") + tr::kRetry).c_str());
    });
    // A refusal that names no field (too many tries, server busy) shows here,
    // often at the top of a long form whose button is far below: a new one
    // is brought into sight like a field's error, without taking the keyboard.
    error_into_sight(ImGui::GetID("##error"), false);
    test_registry_note_alert(error.message);
    ImGui::PopID();
    ImGui::PopStyleColor(2);
    return retry;
}

void success_banner(std::string_view text) {
    ImGui::PushStyleColor(ImGuiCol_ChildBg, color::kSuccessTint);
    ImGui::PushStyleColor(ImGuiCol_Border, color::kSuccess);
    card("##success", [&] {
        ImGui::PushStyleColor(ImGuiCol_Text, color::kSuccess);
        ImGui::TextWrapped("✔ %.*s", static_cast<int>(text.size()), text.data());
        ImGui::PopStyleColor();
    });
    test_registry_note_alert(text);
    ImGui::PopStyleColor(2);
}

void warning_banner(std::string_view text) {
    ImGui::PushStyleColor(ImGuiCol_ChildBg, color::kWarningTint);
    ImGui::PushStyleColor(ImGuiCol_Border, color::kWarning);
    card("##warning", [&] {
        ImGui::PushStyleColor(ImGuiCol_Text, color::kText);
        ImGui::TextWrapped("⚠ %.*s", static_cast<int>(text.size()), text.data());
        ImGui::PopStyleColor();
    });
    test_registry_note_alert(text);
    ImGui::PopStyleColor(2);
}

void spinner(std::string_view caption) {
    const float r = px(9);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float line_h = ImGui::GetTextLineHeight();
    ImGui::Dummy(ImVec2(r * 2 + px(8), line_h));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 c(pos.x + r, pos.y + line_h * 0.5f);
    if (reduced_motion()) {
        // Standing still: a ring with its upper half marked, and no frames
        // asked for (the answer's arrival wakes the loop anyway).
        dl->AddCircle(c, r, color::kBorder, 24, px(2.5f));
        dl->PathArcTo(c, r, -IM_PI, 0.0f, 12);
        dl->PathStroke(color::kPrimary, 0, px(2.5f));
    } else {
        const float t = static_cast<float>(ImGui::GetTime());
        dl->PathArcTo(c, r, t * 6.0f, t * 6.0f + 4.2f, 24);
        dl->PathStroke(color::kPrimary, 0, px(2.5f));
        request_animation_frame();
    }
    ImGui::SameLine();
    muted(caption);
}

void chip(std::string_view text, ImU32 background, ImU32 foreground) {
    ImGui::PushFont(fonts().small);
    const ImVec2 ts = ImGui::CalcTextSize(text.data(), text.data() + text.size());
    const ImVec2 pad(px(10), px(3));
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const ImVec2 size(ts.x + pad.x * 2, ts.y + pad.y * 2);
    ImGui::Dummy(size);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(pos, ImVec2(pos.x + size.x, pos.y + size.y), background, size.y * 0.5f);
    dl->AddText(ImVec2(pos.x + pad.x, pos.y + pad.y), foreground, text.data(), text.data() + text.size());
    test_registry_note_text(text);
    ImGui::PopFont();
}

void status_chip(Status status) {
    ImU32 bg = color::kNeutralChip, fg = color::kText;
    switch (tone(status)) {
        case StatusTone::neutral: break;
        case StatusTone::info: bg = color::kInfoChip; fg = color::kInfo; break;
        case StatusTone::warning: bg = color::kWarningChip; fg = color::kWarning; break;
        case StatusTone::success: bg = color::kSuccessChip; fg = color::kSuccess; break;
        case StatusTone::danger: bg = color::kDangerChip; fg = color::kDanger; break;
    }
    chip(label(status), bg, fg);
}

int pager(const char* id, int page, std::int64_t total, int page_size, const char* noun) {
    ImGui::PushID(id);
    const int pages = static_cast<int>(std::max<std::int64_t>(1, (total + page_size - 1) / std::max(1, page_size)));
    int next = page;
    ImGui::AlignTextToFramePadding();
    ImGui::Text("%s%lld %s", tr::kTotalPrefix, static_cast<long long>(total), noun);
    test_registry_note_text(std::string(tr::kTotalPrefix) + std::to_string(total) + " " + noun);
    ImGui::SameLine();
    ImGui::BeginDisabled(page <= 1);
    if (secondary_button(tr::kPreviousPage)) next = page - 1;
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::Text("%s %d/%d", tr::kPage, page, pages);
    test_registry_note_text(std::string(tr::kPage) + " " + std::to_string(page) + "/" + std::to_string(pages));
    ImGui::SameLine();
    ImGui::BeginDisabled(page >= pages);
    if (secondary_button(tr::kNextPage)) next = page + 1;
    ImGui::EndDisabled();
    ImGui::PopID();
    return next;
}

namespace {
std::string g_select_filter;  // the open drop-down's search text (one is open at a time)
}

bool select(const char* label, std::string& value, const std::vector<Choice>& choices, const char* placeholder,
            bool required, const FieldError* error, bool searchable) {
    ImGui::PushID(label);
    field_label(label, required);
    const char* preview = placeholder;
    for (const auto& c : choices)
        if (c.value == value) preview = c.label.c_str();
    bool changed = false;
    if (error) ImGui::PushStyleColor(ImGuiCol_Border, color::kDanger);
    ImGui::SetNextItemWidth(-1);
    if (ImGui::BeginCombo("##select", preview, ImGuiComboFlags_HeightLarge)) {
        if (ImGui::IsWindowAppearing()) g_select_filter.clear();
        if (searchable) {
            if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
            ImGui::SetNextItemWidth(-1);
            text_field_inline("##filter", g_select_filter, tr::kTypeToSearch);
        }
        if (!required && ImGui::Selectable(placeholder, value.empty())) {
            value.clear();
            changed = true;
        }
        for (const auto& c : choices) {
            // Word by word, in any order: "ubnd nha trang" finds "UBND Phường Nha Trang".
            if (searchable && !matches_words(c.label, g_select_filter)) continue;
            const bool selected = c.value == value;
            if (ImGui::Selectable(c.label.c_str(), selected)) {
                value = c.value;
                changed = true;
            }
            if (selected && ImGui::IsWindowAppearing()) ImGui::SetItemDefaultFocus();
        }
        ImGui::EndCombo();
    }
    test_registry_note_field(ImGui::GetItemID(), label, preview);
    test_registry_note_kind(ImGui::GetItemID(), "combo", required);
    if (error) {
        test_registry_note_error(ImGui::GetItemID(), error->message);
        error_into_sight(ImGui::GetItemID(), false);  // focus would open the list
    }
    if (error) {
        ImGui::PopStyleColor();
        ImGui::PushFont(fonts().small);
        ImGui::PushStyleColor(ImGuiCol_Text, color::kDanger);
        ImGui::TextWrapped("%s", error->message.c_str());
        ImGui::PopStyleColor();
        ImGui::PopFont();
    }
    ImGui::PopID();
    return changed;
}

const std::vector<Choice>& commune_choices() {
    static const std::vector<Choice> kChoices = [] {  // immutable reference data, built once
        std::vector<Choice> out;
        for (const auto& c : communes()) out.push_back({std::string(c.code), std::string(c.name)});
        return out;
    }();
    return kChoices;
}

std::vector<Choice> category_choices(const std::vector<Category>& categories) {
    std::vector<Choice> out;
    out.reserve(categories.size());
    for (const auto& c : categories)
        out.push_back({c.code, c.name});
    return out;
}

std::vector<Choice> unit_choices(const std::vector<Unit>& units, std::string_view keep) {
    std::vector<Choice> out;
    for (const auto& u : units) {
        std::string id = std::to_string(u.id);
        if (u.active || id == keep) out.push_back({std::move(id), u.name});
    }
    return out;
}

bool checkbox(const char* label, bool& value) { return ImGui::Checkbox(label, &value); }

bool checkbox(const char* label, bool& value, const FieldError* error) {
    const bool toggled = ImGui::Checkbox(label, &value);
    if (error) {
        test_registry_note_error(ImGui::GetItemID(), error->message);
        error_into_sight(ImGui::GetItemID(), false);  // focus would tick it
    }
    error_text(error);
    return toggled;
}

void modal(const char* title, bool& open, const std::function<void()>& content) {
    if (open && !ImGui::IsPopupOpen(title)) ImGui::OpenPopup(title);
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    // Height 0 fits the content, every frame: a refusal shown after the
    // first try made the dialog taller than it opened, and its buttons were
    // cut off below (a retry could not be pressed).
    ImGui::SetNextWindowSize(ImVec2(std::min(vp->Size.x - px(24), px(560)), 0), ImGuiCond_Always);
    if (ImGui::BeginPopupModal(title, &open, ImGuiWindowFlags_NoSavedSettings)) {
        const ImRect bar = ImGui::GetCurrentWindow()->TitleBarRect();
        const std::string_view shown(title, static_cast<std::size_t>(ImGui::FindRenderedTextEnd(title) - title));
        test_registry_note_text(shown, "dialog", &bar);
        ImGui::PushTextWrapPos(0.0f);
        content();
        ImGui::PopTextWrapPos();
        if (!open) ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }
}

std::string datetime_text(std::int64_t t) { return format_display_datetime(t); }
std::string date_text(std::int64_t t) { return format_display_date(local_date(t)); }

const FieldError* find_error(const FieldErrors& errors, std::string_view field) {
    for (const auto& e : errors)
        if (e.field == field) return &e;
    return nullptr;
}

std::string ellipsized(std::string_view text, float max_width) {
    if (ImGui::CalcTextSize(text.data(), text.data() + text.size()).x <= max_width) return std::string(text);
    constexpr std::string_view kEllipsis = "…";
    const float room = max_width - ImGui::CalcTextSize(kEllipsis.data(), kEllipsis.data() + kEllipsis.size()).x;
    // The longest prefix that fits, in one pass; the font stops between
    // characters, never inside a UTF-8 sequence.
    const char* fits_end = text.data();
    ImGui::GetFont()->CalcTextSizeA(ImGui::GetFontSize(), std::max(room, 0.0f), 0.0f, text.data(),
                                    text.data() + text.size(), &fits_end);
    std::string_view kept = text.substr(0, static_cast<std::size_t>(fits_end - text.data()));
    while (!kept.empty() && kept.back() == ' ')
        kept.remove_suffix(1);
    return std::string(kept) + std::string(kEllipsis);
}

void text_ellipsis(std::string_view text) {
    const std::string shown = ellipsized(text, ImGui::GetContentRegionAvail().x);
    ImGui::TextUnformatted(shown.c_str());
    test_registry_note_text(text);  // read whole, though cut on screen
    if (shown.size() != text.size() && ImGui::IsItemHovered())
        ImGui::SetTooltip("%.*s", static_cast<int>(text.size()), text.data());
}

float height_left_on_screen() {
    // Up through the auto-sized children (page column, cards) to the window
    // that scrolls them.
    const ImGuiWindow* w = ImGui::GetCurrentWindow();
    while (w->ParentWindow && (w->Flags & ImGuiWindowFlags_ChildWindow) && (w->ChildFlags & ImGuiChildFlags_AutoResizeY))
        w = w->ParentWindow;
    const float bottom = w->InnerRect.Max.y - w->WindowPadding.y;
    return bottom - (ImGui::GetCursorScreenPos().y + w->Scroll.y);
}

void key_value(std::string_view key, std::string_view value) {
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted(key.data(), key.data() + key.size());
    test_registry_note_text(key);
    ImGui::PopFont();
    ImGui::SameLine();
    ImGui::TextWrapped("%.*s", static_cast<int>(value.size()), value.data());
    test_registry_note_text(value);
}

void request_animation_frame() { g_animation_requested = true; }
bool animation_requested() { return g_animation_requested; }
void reset_animation_request() { g_animation_requested = false; }

}  // namespace pakn::client::ui

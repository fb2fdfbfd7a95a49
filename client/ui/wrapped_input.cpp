// The wrapping multi-line box (see wrapped_input.h).
#include "ui/wrapped_input.h"

#include <imgui_internal.h>

#include <algorithm>
#include <unordered_map>

#include "pakn/text.h"

namespace pakn::client::ui {
namespace {

// Bytes of the UTF-8 sequence starting with `lead`.
std::size_t sequence_length(unsigned char lead) {
    if (lead < 0xC0) return 1;
    if (lead < 0xE0) return 2;
    if (lead < 0xF0) return 3;
    return 4;
}

bool is_continuation(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

}  // namespace

// [SECTION] wrapping

WrappedText wrap_for_display(std::string_view text, float width) {
    WrappedText out;
    out.display.reserve(text.size() + text.size() / 16);
    const ImFont* font = ImGui::GetFont();
    const float scale = ImGui::GetFontSize() / font->FontSize;
    std::size_t line_start = 0;
    while (line_start <= text.size()) {
        // One stored line (up to a '\n' the user typed), wrapped into display lines.
        std::size_t line_end = text.find('\n', line_start);
        if (line_end == std::string_view::npos) line_end = text.size();
        std::size_t s = line_start;
        while (s < line_end) {
            const char* begin = text.data() + s;
            const char* end = text.data() + line_end;
            const char* eol = width > 0 ? font->CalcWordWrapPositionA(scale, begin, end, width) : end;
            std::size_t cut = static_cast<std::size_t>(eol - text.data());
            if (cut >= line_end) {
                out.display.append(text.substr(s, line_end - s));
                break;
            }
            // Never inside a UTF-8 sequence, and at least one character per line.
            while (cut > s && is_continuation(text[cut]))
                --cut;
            if (cut == s) cut = std::min(line_end, s + sequence_length(static_cast<unsigned char>(text[s])));
            out.display.append(text.substr(s, cut - s));
            if (cut >= line_end) break;
            const char c = text[cut];
            if (c == ' ' || c == '\t') {  // the blank the line ends at becomes the break
                out.breaks.push_back({out.display.size(), c});
                out.display.push_back('\n');
                s = cut + 1;
            } else {  // inside a word too long for a line, or after punctuation
                out.breaks.push_back({out.display.size(), 0});
                out.display.push_back('\n');
                s = cut;
            }
        }
        if (line_end >= text.size()) break;
        out.display.push_back('\n');  // the user's own line break
        line_start = line_end + 1;
    }
    return out;
}

std::string stored_text(const WrappedText& w, std::size_t from, std::size_t to) {
    std::string out;
    out.reserve(to - from);
    auto soft = std::lower_bound(w.breaks.begin(), w.breaks.end(), from,
                                 [](const SoftBreak& b, std::size_t pos) { return b.pos < pos; });
    for (std::size_t i = from; i < to; ++i) {
        if (soft != w.breaks.end() && soft->pos == i) {
            if (soft->replaced) out.push_back(soft->replaced);
            ++soft;
            continue;
        }
        out.push_back(w.display[i]);
    }
    return out;
}

std::size_t stored_pos(const WrappedText& w, std::size_t display_pos) {
    std::size_t inserted = 0;
    for (const SoftBreak& b : w.breaks) {
        if (b.pos >= display_pos) break;
        if (!b.replaced) ++inserted;
    }
    return display_pos - inserted;
}

std::size_t display_pos(const WrappedText& w, std::size_t stored) {
    std::size_t pos = stored;
    for (const SoftBreak& b : w.breaks) {
        if (b.pos > pos) break;
        if (!b.replaced) ++pos;  // an inserted break at or before it shifts it
    }
    return std::min(pos, w.display.size());
}

// [SECTION] the box

namespace {

struct Box {
    WrappedText shown;   // what ImGui edits: shown.display is its buffer
    std::string source;  // the stored text `shown` was wrapped from
    float width = -1;    // the width it was wrapped at
    bool edited = false;
    int selection_start = 0, selection_end = 0;  // last frame's selection, in display bytes
    int drawn_frame = 0;
};

// The boxes drawn lately, by ImGui id: like ImGui's own per-widget state, a
// box keeps its wrapping from frame to frame; dropped when no longer drawn.
std::unordered_map<ImGuiID, Box> g_boxes;

std::size_t common_prefix(std::string_view a, std::string_view b) {
    std::size_t n = 0;
    while (n < a.size() && n < b.size() && a[n] == b[n])
        ++n;
    return n;
}

std::size_t common_suffix(std::string_view a, std::string_view b, std::size_t limit) {
    std::size_t n = 0;
    while (n < limit && a[a.size() - 1 - n] == b[b.size() - 1 - n])
        ++n;
    return n;
}

// Takes the user's edit of the display back to the stored text, then shows
// that wrapped again with the caret where it was.
void take_edit(Box& box, ImGuiInputTextCallbackData* data) {
    const std::string_view before = box.shown.display;
    const std::string_view after(data->Buf, static_cast<std::size_t>(data->BufTextLen));
    const std::size_t caret = std::min(static_cast<std::size_t>(std::max(data->CursorPos, 0)), after.size());
    // The span that changed. The caret ends an insertion and starts a
    // deletion: bounding the span by it picks the right one of two equal
    // neighbours (a soft break beside a typed one).
    const std::size_t p = std::min(common_prefix(before, after), caret);
    const std::size_t q =
        common_suffix(before, after, std::min({after.size() - caret, before.size() - p, after.size() - p}));
    std::string head = stored_text(box.shown, 0, p);
    std::string tail = stored_text(box.shown, before.size() - q, before.size());
    const std::string typed(after.substr(p, after.size() - q - p));
    // Deleting a break put inside a word removes nothing stored: remove the
    // character beside it, as the key meant.
    if (typed.empty() && before.size() - q > p && stored_text(box.shown, p, before.size() - q).empty()) {
        if (ImGui::IsKeyPressed(ImGuiKey_Delete)) {
            if (!tail.empty()) tail.erase(0, sequence_length(static_cast<unsigned char>(tail[0])));
        } else {
            while (!head.empty() && is_continuation(head.back()))
                head.pop_back();
            if (!head.empty()) head.pop_back();
        }
    }
    const std::string text = head + typed + tail;
    // Held in NFC: an IME may deliver "e" + U+0302 + U+0301 where the server
    // and search expect "ế".
    std::string stored = pakn::to_nfc(std::string_view(text));
    const std::size_t stored_caret =
        std::min(pakn::to_nfc(std::string_view(text).substr(0, head.size() + typed.size())).size(), stored.size());
    box.shown = wrap_for_display(stored, box.width);
    box.source = std::move(stored);
    box.edited = true;
    data->DeleteChars(0, data->BufTextLen);
    data->InsertChars(0, box.shown.display.data(), box.shown.display.data() + box.shown.display.size());
    data->CursorPos = data->SelectionStart = data->SelectionEnd =
        static_cast<int>(display_pos(box.shown, stored_caret));
}

int box_callback(ImGuiInputTextCallbackData* data) {
    Box& box = *static_cast<Box*>(data->UserData);
    switch (data->EventFlag) {
        case ImGuiInputTextFlags_CallbackResize:
            box.shown.display.resize(static_cast<std::size_t>(data->BufTextLen));
            data->Buf = box.shown.display.data();
            break;
        case ImGuiInputTextFlags_CallbackEdit:
            take_edit(box, data);
            break;
        case ImGuiInputTextFlags_CallbackAlways:
            box.selection_start = std::min(data->SelectionStart, data->SelectionEnd);
            box.selection_end = std::max(data->SelectionStart, data->SelectionEnd);
            break;
        default:
            break;
    }
    return 0;
}

bool copy_shortcut() {
    const ImGuiIO& io = ImGui::GetIO();
    const bool command = io.ConfigMacOSXBehaviors ? io.KeySuper : io.KeyCtrl;
    return (command && (ImGui::IsKeyPressed(ImGuiKey_C, false) || ImGui::IsKeyPressed(ImGuiKey_X, false))) ||
           (io.KeyCtrl && ImGui::IsKeyPressed(ImGuiKey_Insert, false)) ||
           (io.KeyShift && ImGui::IsKeyPressed(ImGuiKey_Delete, false));
}

}  // namespace

bool wrapped_text_input(const char* id, std::string& value, float min_height, float max_height,
                        ImGuiInputTextFlags flags) {
    const ImGuiID key = ImGui::GetID(id);
    const int frame = ImGui::GetFrameCount();
    std::erase_if(g_boxes, [frame](const auto& entry) { return frame - entry.second.drawn_frame > 120; });
    Box& box = g_boxes[key];
    box.drawn_frame = frame;
    box.edited = false;
    const ImGuiStyle& style = ImGui::GetStyle();
    const float box_width = ImGui::CalcItemWidth();
    // Room for the vertical scrollbar always: a line must not change its
    // wrapping when the text grows past the box and the scrollbar appears.
    const float wrap_width = box_width - style.FramePadding.x * 2 - style.ScrollbarSize - 2;
    const bool active = ImGui::GetActiveID() == key;
    // Wrapped again when the stored text changed outside the box (a form
    // reset, a prefilled text) or the width changed; not while the user
    // types: ImGui holds its own copy of the text then.
    if (!active && (box.source != value || box.width != wrap_width)) {
        box.width = wrap_width;
        box.source = value;
        box.shown = wrap_for_display(value, wrap_width);
    }
    const auto lines = static_cast<float>(std::count(box.shown.display.begin(), box.shown.display.end(), '\n') + 1);
    const float text_height = lines * ImGui::GetFontSize() + style.FramePadding.y * 2 + 2;
    const float height = std::clamp(text_height, min_height, std::max(min_height, max_height));
    const int selection_start = box.selection_start, selection_end = box.selection_end;
    const WrappedText shown_before = active && copy_shortcut() ? box.shown : WrappedText{};
    ImGui::InputTextMultiline(id, box.shown.display.data(), box.shown.display.capacity() + 1, ImVec2(box_width, height),
                              flags | ImGuiInputTextFlags_CallbackResize | ImGuiInputTextFlags_CallbackEdit |
                                  ImGuiInputTextFlags_CallbackAlways | ImGuiInputTextFlags_NoHorizontalScroll |
                                  ImGuiInputTextFlags_NoUndoRedo,
                              box_callback, &box);
    // ImGui copied the display, soft breaks and all: the clipboard gets the
    // stored text of the selection instead.
    if (!shown_before.display.empty() && selection_end > selection_start &&
        static_cast<std::size_t>(selection_end) <= shown_before.display.size())
        ImGui::SetClipboardText(stored_text(shown_before, static_cast<std::size_t>(selection_start),
                                            static_cast<std::size_t>(selection_end))
                                    .c_str());
    if (!box.edited || box.source == value) return false;
    value = box.source;
    return true;
}

}  // namespace pakn::client::ui

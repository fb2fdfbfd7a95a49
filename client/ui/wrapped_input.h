// A multi-line text box whose lines wrap at the box's width. Dear ImGui
// 1.90.1's InputTextMultiline breaks lines only at '\n', so a 5,000-character
// answer is one line scrolled sideways (ocornut/imgui#952). Here the box
// edits a display copy of the text in which the line ends the wrapping
// chooses are '\n' ("soft breaks": the blank a line ends at, or a break put
// inside a word too long for a line); every edit is mapped back to the
// stored text, which never holds a soft break, and the display is wrapped
// again. The box grows with its text up to a height, then scrolls.
//
// [SECTION] index: wrapping (pure, tested), the box.
#pragma once

#include <imgui.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace pakn::client::ui {

// [SECTION] wrapping

// A line end the wrapping chose: display[pos] is '\n'. It stands for the
// blank `replaced` of the stored text, or for nothing (0: inserted).
struct SoftBreak {
    std::size_t pos = 0;
    char replaced = 0;
};

// The stored text as the box shows it: display = text with soft breaks.
struct WrappedText {
    std::string display;
    std::vector<SoftBreak> breaks;  // by position
};

// `text` wrapped at `width` pixels in the current font, as ImGui wraps text
// (after blanks and punctuation; a word wider than a line is cut between
// two characters, never inside a UTF-8 sequence).
WrappedText wrap_for_display(std::string_view text, float width);
// The stored text of display[from, to): soft breaks give back their blank,
// or nothing.
std::string stored_text(const WrappedText& w, std::size_t from, std::size_t to);
inline std::string stored_text(const WrappedText& w) {
    return stored_text(w, 0, w.display.size());
}
// Position `pos` of the display as a position in the stored text, and back
// (a position at an inserted break shows at the start of the next line).
std::size_t stored_pos(const WrappedText& w, std::size_t display_pos);
std::size_t display_pos(const WrappedText& w, std::size_t stored_pos);

// [SECTION] the box

// A multi-line box bound to `value` (held in NFC), `min_height` tall at
// least, growing with the text up to `max_height` and scrolling beyond.
// Returns true when the value changed this frame. Undo/redo is off: its
// history would replay old soft breaks into the text.
bool wrapped_text_input(const char* id, std::string& value, float min_height, float max_height,
                        ImGuiInputTextFlags flags);

}  // namespace pakn::client::ui

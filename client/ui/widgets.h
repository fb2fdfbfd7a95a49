// PAKN's widgets on top of Dear ImGui: page frame, headings, buttons, text
// fields with their error, chips, spinners, empty and error states. Views use
// these so every screen looks and behaves the same.
#pragma once

#include <imgui.h>

#include <functional>
#include <string>
#include <string_view>

#include "pakn/errors.h"

namespace pakn::client::ui {

// Width of the app in CSS pixels and whether the phone layout applies.
float logical_width();
bool is_compact();

// Draws `content` inside the centered, max-width page column. The view never
// calls Begin/End itself, so it cannot unbalance them.
void page(const char* id, const std::function<void()>& content);
// A white rounded card with padding; grows with its content.
void card(const char* id, const std::function<void()>& content);

void heading(std::string_view text);      // page title
void subheading(std::string_view text);   // section title
void paragraph(std::string_view text);    // wrapped body text
void muted(std::string_view text);        // wrapped secondary text

// Primary (filled) and secondary (outlined) buttons; true when clicked.
bool primary_button(const char* label, float width = 0);
bool secondary_button(const char* label, float width = 0);
// A text link (underlined on hover); true when clicked.
bool link(const char* label);

// One labelled text field bound to `value`; `required` adds the (*) mark;
// `error` (may be null) is drawn under the field in red. Typed text is held
// in NFC. Returns true when the value changed this frame.
struct TextFieldOptions {
    const char* hint = nullptr;
    bool required = false;
    bool password = false;
    bool multiline = false;
    float multiline_height = 120;  // CSS px
    std::size_t max_chars = 0;     // 0: unlimited; shows a counter when set
    bool numeric = false;          // digits-only keyboard hint
};
bool text_field(const char* label, std::string& value, const TextFieldOptions& options = {},
                const FieldError* error = nullptr);

// A red banner for an ApiError with an optional retry button; true on retry.
bool error_banner(const ApiError& error, bool retryable);
// A green banner.
void success_banner(std::string_view text);
// A spinner with a caption; keeps frames coming while visible.
void spinner(std::string_view caption);
// A colored rounded chip (status, tag).
void chip(std::string_view text, ImU32 background, ImU32 foreground);

// Asks the frame loop for another frame (animations, blinking caret).
void request_animation_frame();
bool animation_requested();
void reset_animation_request();

}  // namespace pakn::client::ui

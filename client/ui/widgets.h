// PAKN's widgets on top of Dear ImGui: page frame, headings, buttons, text
// fields with their error, chips, spinners, empty and error states. Views use
// these so every screen looks and behaves the same.
#pragma once

#include <imgui.h>

#include <functional>
#include <string>
#include <string_view>

#include <vector>

#include "pakn/dto.h"
#include "pakn/errors.h"
#include "pakn/workflow.h"

namespace pakn::client::ui {

// Width of the app in CSS pixels and whether the phone layout applies.
float logical_width();
bool is_compact();

// Window flags for a child window that only lays out (a column, a card, the
// page's scrolling content): its items join the page's focus scope, so Tab
// and Shift+Tab walk the whole page (header, form, footer) instead of
// cycling inside the one card the keyboard happens to be in. Dear ImGui
// calls this flattening (ImGuiWindowFlags_NavFlattened).
inline constexpr ImGuiWindowFlags kLayoutChildFlags = ImGuiWindowFlags_NavFlattened;

// Draws `content` inside the centered, max-width page column. The view never
// calls Begin/End itself, so it cannot unbalance them.
void page(const char* id, const std::function<void()>& content);
// The widest the page's column gets (physical pixels): beyond it, the window
// has empty margins on both sides.
float page_column_max_width();
// A white rounded card with padding; grows with its content.
void card(const char* id, const std::function<void()>& content);

void heading(std::string_view text);      // page title
void subheading(std::string_view text);   // section title
void paragraph(std::string_view text);    // wrapped body text
void muted(std::string_view text);        // wrapped secondary text
// One line of text as it is (no wrapping), in the current colour. Like the
// helpers above it is published for the accessibility mirror, copy and
// tests: a raw ImGui::Text* call draws pixels a screen reader never hears
// (client test "views draw text through ui::").
void text(std::string_view text);
void text_colored(ImU32 color, std::string_view text);

// Primary (filled) and secondary (outlined) buttons; true when clicked.
bool primary_button(const char* label, float width = 0);
// Before the next button of a row: stays on the line when a button labelled
// `label` still fits there, else starts a new line (phones).
void same_line_if_fits(const char* label, bool primary = false);
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
    bool read_only = false;        // shown and selectable, not editable (an issued password)
};
bool text_field(const char* label, std::string& value, const TextFieldOptions& options = {},
                const FieldError* error = nullptr);

// The red line of small text under a field; nothing when `error` is null.
void error_text(const FieldError* error);

// Called right after a field's input item `id` while it shows an error:
// the first field whose error is new this frame and out of sight is
// scrolled into it (with its label and message), and a text field (`focus`)
// takes the keyboard unless the person is busy in another one. A refusal of
// a long form otherwise lands above the fold and nothing visible changes.
// `id` is the field's own id, not the last item's: a multiline box scrolled
// out of sight reports none, and its error then looked new on every frame
// it came back (the page jumped back to it while Tab went down the form).
void error_into_sight(ImGuiID id, bool focus);
// Called at the end of the app's frame. When the item that held the
// keyboard is gone (its screen changed, or it is a header button this
// screen does not show), ImGui keeps its id, and Tab from an item that is
// not there goes nowhere: a keyboard trap (tests/e2e/keyboard, on the
// sign-in page after registering). The next Tab then starts from the
// page's first item instead.
void forget_vanished_focus();

// A radio button of the group `group` (the question its choices answer):
// a screen reader hears a radio group, not a row of checkboxes. True when
// pressed.
bool radio(const char* label, bool active, const char* group);

// A data table's column names: the whole row (as ImGui::TableHeadersRow)
// or one name (as ImGui::TableHeader). Unless the table sorts by them, a
// column name is a label, not a button: it is kept out of the Tab order
// (Dear ImGui made every name a Tab stop that a screen reader hears as
// nothing to press).
void table_headers_row();
void table_header(const char* name);

// A bare text box (no label block), e.g. a search box; registered for tests
// under its hint.
bool text_field_inline(const char* id, std::string& value, const char* hint);

// A red banner for an ApiError with an optional retry button; true on retry.
bool error_banner(const ApiError& error, bool retryable);
// A green banner.
void success_banner(std::string_view text);
// An amber banner: something the user should know, not an error of theirs.
void warning_banner(std::string_view text);
// A spinner with a caption; keeps frames coming while visible.
void spinner(std::string_view caption);
// A colored rounded chip (status, tag).
void chip(std::string_view text, ImU32 background, ImU32 foreground);

// A status chip colored by the shared workflow's tone for the status.
void status_chip(Status status);

// "Trước" / "Sau" with "Tổng số: N <noun>"; returns the page to load (or
// `page` when unchanged).
int pager(const char* id, int page, std::int64_t total, int page_size, const char* noun);

// A drop-down over (value, label) choices; `value` "" shows `placeholder`.
// Returns true when changed. With `searchable`, typing filters the list
// (diacritics ignored).
struct Choice {
    std::string value;
    std::string label;
};
bool select(const char* label, std::string& value, const std::vector<Choice>& choices, const char* placeholder,
            bool required = false, const FieldError* error = nullptr, bool searchable = false);
// The official list of 65 communes as choices ("Phường Bắc Nha Trang").
const std::vector<Choice>& commune_choices();
// Categories as choices (code -> name).
std::vector<Choice> category_choices(const std::vector<Category>& categories);
// The active units as choices (id -> name), and the one whose id is `keep`
// even if inactive (the unit a record already has).
std::vector<Choice> unit_choices(const std::vector<Unit>& units, std::string_view keep = {});

// A checkbox with a wrapped label; true when toggled.
bool checkbox(const char* label, bool& value);
// The same with its field error drawn under it (and told to the widget
// registry, as text fields do); true when toggled.
bool checkbox(const char* label, bool& value, const FieldError* error);

// A modal dialog: call every frame while `open`; `content` draws inside;
// closing (Esc, the ✕) sets open to false.
void modal(const char* title, bool& open, const std::function<void()>& content);

// "09:30 28/11/2026" for a unix time (Vietnam time).
std::string datetime_text(std::int64_t unix_seconds);
std::string date_text(std::int64_t unix_seconds);

// The field error for `field` in `errors`, or null.
const FieldError* find_error(const FieldErrors& errors, std::string_view field);

// `text` cut to `max_width` (current font) with "…" at the end, never inside a
// UTF-8 sequence; unchanged when it fits.
std::string ellipsized(std::string_view text, float max_width);
// One line of text in the width left on the line (a table cell), cut with
// "…" when longer; the whole text in a tooltip then.
void text_ellipsis(std::string_view text);

// The height from the cursor down to the bottom of the scrolling content
// area, as if the page were scrolled to its top: what is sized by it (a
// table above its pager) keeps its size while the page scrolls.
float height_left_on_screen();

// A label: value pair on one line (wrapping), for detail pages.
void key_value(std::string_view key, std::string_view value);

// Asks the frame loop for another frame (animations, blinking caret).
void request_animation_frame();
bool animation_requested();
void reset_animation_request();

}  // namespace pakn::client::ui

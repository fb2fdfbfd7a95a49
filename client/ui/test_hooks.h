// A per-frame registry of what the screen shows (id, kind, label, rectangle,
// value), fed by Dear ImGui's test-engine hooks for its items and by the
// app's text wrappers for headings and text. One source for two readers:
// browser tests (window.pakn.widgets(), clicking with real mouse events) and
// the accessibility mirror, a hidden DOM of real elements over the canvas
// that screen readers, magnifiers and text selection use (web_bridge.js).
#pragma once

#include <imgui.h>
#include <imgui_internal.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pakn::client::ui {

struct WidgetInfo {
    ImGuiID id = 0;
    std::string label;  // visible part (before "##")
    float x = 0, y = 0, w = 0, h = 0;  // device pixels, clipped to what is visible
    bool visible = false;
    std::string value;  // text fields: their content
    bool has_value = false;
    std::string error;  // fields: the error message drawn under them, if any
    std::string role;  // "" for ImGui's own items; "alert" for a banner's message, "status" for a toast's
    // What the item is, for the mirror's element: "button", "link",
    // "textbox", "password", "multiline", "checkbox", "radio", "combo", "tab",
    // "disclosure", "figure" (a chart's bar or point, read as "label:
    // value"), and for what is only read "heading1", "heading2",
    // "text", "dialog" (a modal's title). "" for an item not yet known
    // (drawn as a button when it has a label).
    std::string kind;
    bool checkable = false, checked = false;  // checkboxes, radio buttons (ImGui's Checkable status)
    std::string group;                        // a radio button: its group's name (the question it answers)
    bool required = false;                    // form fields marked (*)
    bool disabled = false;                    // inside BeginDisabled
    float font_size = 0;                      // text: its font's size (device px), to size selectable text
    // A cell of a data table (an ImGui table whose first row is its header
    // row; tables that only lay out a form have none): the table's id, the
    // row and column, and whether it is a column header. table == 0 outside.
    ImGuiID table = 0;
    int row = -1, column = -1;
    bool header = false;
};

// Kinds that are read, not operated: not clickable, and left out of the
// default window.pakn.widgets() list the click helpers use.
bool is_text_kind(std::string_view kind);

// Starts recording a new frame; the previous frame becomes the published one
// (the current frame's list is incomplete while it is being built).
void test_registry_new_frame();
// Attaches a field's visible label and current text to its registry entry
// (fields draw their label apart from the input, whose own label is hidden).
void test_registry_note_field(ImGuiID id, std::string_view label, std::string_view value);
// Names the group a radio button belongs to (its question), and whether it
// is the one chosen (Dear ImGui reports no checked state for radio buttons).
void test_registry_note_radio(ImGuiID id, std::string_view group, bool chosen);
// Attaches the error message a field shows under itself (tests assert on it;
// a screen-reader mirror would announce it).
void test_registry_note_error(ImGuiID id, std::string_view message);
// Records the message of a banner (error, success, warning) just drawn as
// the last item, e.g. a card: tests count and read what the screen says, and
// a screen-reader mirror announces it. Not clickable: the JavaScript helpers
// that click skip it.
// `role` "status" for a passing notice (a toast) rather than an alert.
void test_registry_note_alert(std::string_view message, std::string_view role = "alert");
// Sets the kind of item `id` (see WidgetInfo::kind) when the wrapper knows
// better than ImGui's status flags (a link is an InvisibleButton, a select
// is a combo, a password field an InputText).
void test_registry_note_kind(ImGuiID id, std::string_view kind, bool required = false);
// A tab's selected state (the mirror's aria-selected).
void test_registry_note_selected(ImGuiID id, bool selected);
// Records text just drawn as the last item (heading, paragraph, key/value):
// not an ImGui item, so it gets an id from its kind, text and position in
// the reading order, stable from frame to frame while the text stays.
// `kind` "heading1", "heading2", "text" or "dialog".
// `rect` (device px) when the text is not the last item (a dialog's title bar).
void test_registry_note_text(std::string_view text, std::string_view kind = "text", const ImRect* rect = nullptr);

// Focus between the mirror and ImGui. The item with the keyboard focus now
// (ImGui's nav id, or the active text field), and whether it came from the
// keyboard (the focus ring shows): only then does the mirror move the DOM
// focus, so a mouse click does not take it from the text bridge.
struct RegistryFocus {
    ImGuiID id = 0;
    bool from_keyboard = false;
    bool editing = false;  // a text field takes typing (the text bridge holds the DOM focus)
};
RegistryFocus test_registry_focus();
// A request from the mirror (a screen reader moved to an element, or
// activated it): the item `id` takes ImGui's keyboard focus when it is next
// drawn; with `activate` it is also pressed, as Enter or Space would.
void test_registry_request_focus(ImGuiID id, bool activate);

// What the accessibility mirror needs after a frame: the registry's JSON
// and the focus, when either differs from what the last call returned
// (nothing otherwise: a frame that changed nothing touches no DOM).
struct MirrorUpdate {
    std::string json;
    RegistryFocus focus;
};
std::optional<MirrorUpdate> test_registry_mirror_update();

// The last complete frame's items one can operate (what click helpers look
// for), and everything it showed, text included, in reading order.
const std::vector<WidgetInfo>& test_registry_published();
const std::vector<WidgetInfo>& test_registry_published_all();
// JSON array of the published widgets (visible ones with a label or value),
// in drawing order, which is reading order.
std::string test_registry_json();

}  // namespace pakn::client::ui

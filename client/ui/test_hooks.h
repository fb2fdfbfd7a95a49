// A per-frame registry of widgets (id, label, rectangle, text value), fed by
// Dear ImGui's test-engine hooks. Browser tests read it through
// window.pakn.widgets() and click with real mouse events; it is also the
// basis for a screen-reader mirror.
#pragma once

#include <imgui.h>

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
};

// Starts recording a new frame; the previous frame becomes the published one
// (the current frame's list is incomplete while it is being built).
void test_registry_new_frame();
// Attaches a field's visible label and current text to its registry entry
// (fields draw their label apart from the input, whose own label is hidden).
void test_registry_note_field(ImGuiID id, std::string_view label, std::string_view value);
// Attaches the error message a field shows under itself (tests assert on it;
// a screen-reader mirror would announce it).
void test_registry_note_error(ImGuiID id, std::string_view message);
// Records the message of a banner (error, success, warning) just drawn as
// the last item, e.g. a card: tests count and read what the screen says, and
// a screen-reader mirror announces it. Not clickable: the JavaScript helpers
// that click skip it.
// `role` "status" for a passing notice (a toast) rather than an alert.
void test_registry_note_alert(std::string_view message, std::string_view role = "alert");
// The last complete frame's widgets.
const std::vector<WidgetInfo>& test_registry_published();
// JSON array of the published widgets.
std::string test_registry_json();

}  // namespace pakn::client::ui

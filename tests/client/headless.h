// The headless client-test harness: one Dear ImGui context running the app's
// real frame function without a window or GPU (fonts built, nothing drawn),
// with the registry of published widgets for finding them and real mouse
// and key events for using them. Every client test file drives the app
// through it; what differs between them (screen size, what is reset after a
// test, how long a click settles) is an option, not a copy.
#pragma once

#include <imgui.h>

#include <string>

#include "ui/test_hooks.h"

namespace pakn::client::test {

struct HeadlessOptions {
    // Logical pixels; the default is tall enough that every widget of a
    // screen is on it without scrolling.
    float width = 1366;
    float height = 2600;
    float dpr = 1.0f;
    bool keyboard_navigation = false;  // Tab and arrows move focus, as in the browser build
    // frames() goes on while the UI asks for frames (the browser's
    // render-on-demand loop), up to 60 more.
    bool until_idle = false;
    int frames_after_click = 3;  // auto-sized cards settle over a few frames
    // Signs out, clears every screen state, the platform recorder and the
    // display settings when the test ends (and the recorder when it starts),
    // so no test sees another's. Off for tests that only change the screen
    // size of a running app.
    bool reset_app = true;
};

class Headless {
public:
    explicit Headless(HeadlessOptions options = {});
    // A screen of `width` x `height` at `dpr`; the app's state is kept.
    Headless(float width, float height, float dpr = 1.0f);
    ~Headless();
    Headless(const Headless&) = delete;
    Headless& operator=(const Headless&) = delete;

    // One frame (the registry then holds what it published).
    void frame();
    // `n` frames (then more while the UI asks, with until_idle); false when
    // it kept asking (a spinner waiting for an answer does).
    bool frames(int n = 3);

    // The visible widget labelled `label` (what a user, or a browser test, can see).
    const ui::WidgetInfo* find(const std::string& label) const;
    // The visible entry labelled `label` among everything drawn, text included.
    const ui::WidgetInfo* find_text(const std::string& label) const;
    // True when an alert (a live announcement) says `text`.
    bool alert(const std::string& text) const;
    // The labels on screen, "|"-separated (for failure messages).
    std::string labels() const;

    // A real click at the centre of `w`: move, press, release, settle.
    void click(const ui::WidgetInfo& w);
    // Clicks the visible widget labelled `label`; the test fails when there is none.
    void click(const std::string& label);
    // Presses and releases a key (with Ctrl held when `ctrl`).
    void key(ImGuiKey k, bool ctrl = false);

    // Empties what the fake platform recorded and brings it back online.
    static void reset_recorder();

private:
    HeadlessOptions options_;
};

}  // namespace pakn::client::test

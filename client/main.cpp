// The browser entry point: GLFW + WebGL2 via Emscripten, Dear ImGui, the
// text-input bridge, HiDPI canvas sizing and render-on-demand.
#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <emscripten/html5.h>

#include <cmath>
#include <string>

#include "app/app.h"
#include "net/api.h"
#include "backends/imgui_impl_glfw.h"
#include "backends/imgui_impl_opengl3.h"
#include "imgui.h"
#include "imgui_internal.h"
#include "platform/platform.h"
#include "ui/frame_record.h"
#include "ui/test_hooks.h"
#include "ui/theme.h"
#include "ui/widgets.h"

extern "C" void pakn_js_init();
extern "C" void pakn_js_idle_timer(int ms);

namespace {

using namespace pakn::client;

struct Loop {
    GLFWwindow* window = nullptr;
    int frames_pending = 3;     // frames still to draw after the last event
    bool paused = false;        // no animation frames asked for (see pause_until_woken)
    double last_frame_ms = 0;
    bool ready_signalled = false;
    // Where ImGui wants the IME: the active field's caret (device px).
    bool ime_visible = false;
    ImVec2 ime_pos;
    float ime_line_height = 0;
    std::string test_json;      // buffer returned to JavaScript
    std::string paste_buffer;   // text of the last paste, for ImGui's Ctrl+V
    int canvas_w = 0, canvas_h = 0;  // backing store size in device pixels
    ui::FrameRecord on_canvas;  // what the canvas shows: a frame that would draw it again is not sent
};
Loop g_loop;

// Matches the canvas's backing store to its CSS size × devicePixelRatio and
// the UI scale to the ratio; true when anything changed.
bool sync_canvas_size() {
    double css_w = 0, css_h = 0;
    emscripten_get_element_css_size("#canvas", &css_w, &css_h);
    const float dpr = pakn::client::platform::device_pixel_ratio();
    const int want_w = static_cast<int>(std::lround(css_w * dpr));
    const int want_h = static_cast<int>(std::lround(css_h * dpr));
    bool changed = false;
    int w = 0, h = 0;
    emscripten_get_canvas_element_size("#canvas", &w, &h);
    // Not glfwSetWindowSize: Emscripten's GLFW requests fullscreen when the
    // size equals the screen's, which a full-viewport canvas often does.
    if (want_w > 0 && want_h > 0 && (w != want_w || h != want_h)) {
        emscripten_set_canvas_element_size("#canvas", want_w, want_h);
        changed = true;
    }
    g_loop.canvas_w = want_w > 0 ? want_w : w;
    g_loop.canvas_h = want_h > 0 ? want_h : h;
    if (ui::apply_theme(dpr)) {
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
        changed = true;
    }
    return changed;
}

void render_frame() {
    ui::test_registry_new_frame();
    ui::reset_animation_request();
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    // Everything is in device pixels (the mouse too: Emscripten scales it by
    // the canvas's backing size), so the display is the backing store.
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(static_cast<float>(g_loop.canvas_w), static_cast<float>(g_loop.canvas_h));
    io.DisplayFramebufferScale = ImVec2(1, 1);
    ImGui::NewFrame();
    app().frame();
    ImGui::Render();
    platform::end_frame();  // touch areas not claimed again by this frame expire

    // The display size is part of the draw data: a resized canvas, whose
    // pixels the browser cleared, is always drawn.
    if (!g_loop.on_canvas.unchanged(*ImGui::GetDrawData(), ui::color::kPage)) {
        glViewport(0, 0, g_loop.canvas_w, g_loop.canvas_h);
        const ImVec4 page = ImGui::ColorConvertU32ToFloat4(ui::color::kPage);
        glClearColor(page.x, page.y, page.z, 1.0f);
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    }

    platform::set_text_input(io.WantTextInput, g_loop.ime_pos.x, g_loop.ime_pos.y, ui::px(200),
                             g_loop.ime_line_height);
    if (auto mirror = ui::test_registry_mirror_update())
        platform::a11y_update(mirror->json, mirror->focus.id, mirror->focus.from_keyboard, mirror->focus.editing);
    g_loop.last_frame_ms = platform::now_ms();
    if (!g_loop.ready_signalled && app().frame_count >= 2) {
        g_loop.ready_signalled = true;
        platform::signal_ready();
    }
}

// Spinners animate smoothly; a blinking caret needs only ~4 fps and changes
// nothing else on screen.
bool only_caret_animates() { return ui::animation_requested() && ImGui::GetIO().WantTextInput; }

// Every frame owed to the last event has been drawn, and only a caret (if
// anything) still blinks: what is on screen is what the app will keep
// showing until the next event. Tests read it to know the layout settled.
bool settled() {
    return g_loop.frames_pending == 0 && ImGui::GetCurrentContext()->InputEventsQueue.empty() &&
           (!ui::animation_requested() || only_caret_animates());
}

bool wants_frame(double now) {
    if (g_loop.frames_pending > 0) return true;
    // The trickled input queue hands ImGui at most one button change (and
    // keys/text apart) per frame: after fast typing a click's release could
    // wait in the queue once the pending frames ran out, leaving the button
    // held until the next mouse move.
    if (!ImGui::GetCurrentContext()->InputEventsQueue.empty()) return true;
    if (ui::animation_requested()) return !only_caret_animates() || now - g_loop.last_frame_ms > 250;
    return false;
}

// Idle, the loop stops asking for animation frames: a requestAnimationFrame
// callback that draws nothing still runs the page's frame lifecycle 60 times
// a second, 5 % of a core on the idle public home page (tests/e2e/idle).
// Events resume it (wake); a quarter-second timer resumes it for the app's
// own clocks (view timers, the health check) and a focused field's caret.
constexpr int kIdleTickMs = 250;

void resume_loop() {
    if (!g_loop.paused) return;
    g_loop.paused = false;
    emscripten_resume_main_loop();
}

void pause_until_woken() {
    g_loop.paused = true;
    emscripten_pause_main_loop();
    pakn_js_idle_timer(kIdleTickMs);
}

void wake() {
    g_loop.frames_pending = std::max(g_loop.frames_pending, 3);
    resume_loop();
}

void main_loop() {
    const double now = platform::now_ms();
    app().tick(now);
    if (sync_canvas_size()) g_loop.frames_pending = std::max(g_loop.frames_pending, 3);
    if (!wants_frame(now)) {  // nothing changed: the last frame stays on screen
        pause_until_woken();
        return;
    }
    // Frames are owed after the last event ImGui *consumes*, not after the
    // last one the browser delivered: trickled typing hands ImGui a character
    // per frame, so six pasted digits outlast the three frames their input
    // event bought, and a field's "required" error stayed on screen under
    // its new value (and moved the button below it) until the next event.
    const bool consumes_input = !ImGui::GetCurrentContext()->InputEventsQueue.empty();
    render_frame();
    if (consumes_input) g_loop.frames_pending = std::max(g_loop.frames_pending, 3);
    else if (g_loop.frames_pending > 0) --g_loop.frames_pending;
}

// Mouse wheel on the canvas. Dear ImGui's backend listens on the document,
// where Chromium makes wheel listeners passive, so its preventDefault()
// logs an error on every scroll; on the canvas element it is allowed.
EM_BOOL on_wheel(int, const EmscriptenWheelEvent* ev, void*) {
    float step = 1.0f / 100.0f;  // 100 pixels make one step
    if (ev->deltaMode == DOM_DELTA_LINE) step = 1.0f / 3.0f;
    else if (ev->deltaMode == DOM_DELTA_PAGE) step = 80.0f;
    ImGui::GetIO().AddMouseWheelEvent(static_cast<float>(ev->deltaX) * -step, static_cast<float>(ev->deltaY) * -step);
    wake();
    return EM_TRUE;
}

void set_ime_data(ImGuiViewport*, ImGuiPlatformImeData* data) {
    g_loop.ime_visible = data->WantVisible;
    g_loop.ime_pos = data->InputPos;
    g_loop.ime_line_height = data->InputLineHeight;
}

}  // namespace

// ---- called from web_bridge.js
extern "C" {
EMSCRIPTEN_KEEPALIVE void pakn_wake() { wake(); }

// The canvas may have lost its pixels (a restored WebGL context, a page
// back from the browser's cache or shown again): the next frame draws all.
EMSCRIPTEN_KEEPALIVE void pakn_repaint() {
    g_loop.on_canvas.forget();
    wake();
}

// The idle timer (pause_until_woken): one pass of the loop, which pauses
// again if there is still nothing to draw.
EMSCRIPTEN_KEEPALIVE void pakn_idle_tick() { resume_loop(); }

EMSCRIPTEN_KEEPALIVE void pakn_text_input(const char* utf8) {
    ImGui::GetIO().AddInputCharactersUTF8(utf8);
    pakn_wake();
}

EMSCRIPTEN_KEEPALIVE void pakn_key_backspace() {
    ImGuiIO& io = ImGui::GetIO();
    io.AddKeyEvent(ImGuiKey_Backspace, true);
    io.AddKeyEvent(ImGuiKey_Backspace, false);
    pakn_wake();
}

EMSCRIPTEN_KEEPALIVE void pakn_set_paste_buffer(const char* utf8) { g_loop.paste_buffer = utf8 ? utf8 : ""; }

EMSCRIPTEN_KEEPALIVE void pakn_touch_scroll(float x_css, float y_css, float dx_css, float dy_css) {
    // The wheel scrolls the window under the pointer, and before the first
    // tap a phone has given no pointer position at all (taps arrive as the
    // browser's compatibility mouse events, after touchend): the finger is
    // the pointer, or the first swipe after a page load scrolls nothing.
    ImGuiIO& io = ImGui::GetIO();
    const float dpr = pakn::client::platform::device_pixel_ratio();
    io.AddMousePosEvent(x_css * dpr, y_css * dpr);
    // One wheel step scrolls about five lines (80 CSS px) in Dear ImGui.
    io.AddMouseWheelEvent(dx_css / 80.0f, dy_css / 80.0f);
    pakn_wake();
}

EMSCRIPTEN_KEEPALIVE void pakn_on_popstate() {
    app().on_location_changed();
    pakn_wake();
}

EMSCRIPTEN_KEEPALIVE void pakn_pump_frame() {
    // Run the click the browser just delivered, so the bridge can focus the
    // textarea inside the same user gesture (phones raise the keyboard then).
    render_frame();
    render_frame();
}

// The accessibility mirror: a screen reader moved to an element (focus) or
// pressed it (activate); ImGui follows on its next frame.
EMSCRIPTEN_KEEPALIVE void pakn_a11y_focus(unsigned id, int activate) {
    ui::test_registry_request_focus(id, activate != 0);
    pakn_wake();
}

EMSCRIPTEN_KEEPALIVE const char* pakn_test_widgets_json() {
    g_loop.test_json = ui::test_registry_json();
    return g_loop.test_json.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* pakn_test_state_json() {
    // The window Tab moves in (ImGui's window names are the app's own ASCII ids).
    const auto nav_window_name = [] {
        const ImGuiWindow* w = ImGui::GetCurrentContext()->NavWindow;
        return std::string(w ? w->Name : "");
    };
    const App& a = app();
    const char* connection = a.connection.status == Connection::Status::online    ? "online"
                             : a.connection.status == Connection::Status::offline ? "offline"
                                                                                   : "unknown";
    g_loop.test_json = std::string("{\"path\":\"") + a.route.path + "\",\"screen\":" +
                       std::to_string(static_cast<int>(a.route.screen)) + ",\"connection\":\"" + connection +
                       "\",\"frames\":" + std::to_string(a.frame_count) +
                       ",\"settled\":" + (settled() ? "true" : "false") +
                       ",\"text_input\":" + (ImGui::GetIO().WantTextInput ? "true" : "false") +
                       ",\"active_id\":" + std::to_string(ImGui::GetCurrentContext()->ActiveId) +
                       ",\"focus\":" + std::to_string(ui::test_registry_focus().id) +
                       ",\"focus_ring\":" + (ui::test_registry_focus().from_keyboard ? "true" : "false") +
                       ",\"nav_window\":\"" + nav_window_name() + "\"" +
                       ",\"theme\":\"" + (ui::high_contrast() ? "high_contrast" : "standard") +
                       "\",\"reduced_motion\":" + (ui::reduced_motion() ? "true" : "false") + "}";
    return g_loop.test_json.c_str();
}
}

int main() {
    if (!glfwInit()) return 1;
    glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    g_loop.window = glfwCreateWindow(1280, 720, "PAKN", nullptr, nullptr);
    if (!g_loop.window) return 1;
    glfwMakeContextCurrent(g_loop.window);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGui::GetCurrentContext()->TestEngineHookItems = true;
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // no imgui.ini in a browser
    io.ConfigInputTrickleEventQueue = true;
    // Tab, Shift+Tab, Enter and Space reach every item, not only text
    // fields: the keyboard and screen readers (through the accessibility
    // mirror) operate the whole app.
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    io.ConfigMacOSXBehaviors = platform::is_mac();
    io.SetPlatformImeDataFn = set_ime_data;

    ImGui_ImplGlfw_InitForOpenGL(g_loop.window, true);
    // After the backend's init, which installs GLFW's clipboard functions
    // (no-ops in Emscripten's GLFW): set before it, Ctrl+C/V did nothing.
    // Copy goes to navigator.clipboard; paste reads what the bridge's
    // `paste` event left (a page may not read the clipboard unasked).
    io.SetClipboardTextFn = [](void*, const char* text) { platform::clipboard_write(text); };
    io.GetClipboardTextFn = [](void*) -> const char* { return g_loop.paste_buffer.c_str(); };
    emscripten_set_wheel_callback(EMSCRIPTEN_EVENT_TARGET_DOCUMENT, nullptr, false, nullptr);
    emscripten_set_wheel_callback("#canvas", nullptr, false, on_wheel);
    // Text arrives only through the hidden-textarea bridge (IME, insertText,
    // phone keyboards); GLFW's keypress path would deliver it a second time.
    glfwSetCharCallback(g_loop.window, nullptr);
    ImGui_ImplOpenGL3_Init("#version 300 es");
    pakn_js_init();

    app().restore_preferences();  // text size, contrast, motion: before the fonts and style are built
    sync_canvas_size();
    app().on_location_changed();
    // A 401 anywhere means the server ended the session (expired, logged out
    // elsewhere, password changed): forget it here too.
    net::on_unauthorized([] { app().end_session(); });
    app().restore_session();
    emscripten_set_main_loop(main_loop, 0, false);
    return 0;
}

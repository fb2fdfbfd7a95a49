// The seam between the app and the browser. web_platform.cpp implements it
// with JavaScript (web_bridge.js); native_platform.cpp is a recording stub
// for the headless UI tests. Nothing else in client/ calls Emscripten.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace pakn::client::platform {

// ---- display
// CSS-to-device pixel ratio (2 on most phones).
float device_pixel_ratio();
// True on touch-first devices (phones, kiosks): text fields then focus the
// hidden input only while editing, so the virtual keyboard is not forced up.
bool is_touch_device();
// True on Apple devices: Cmd, not Ctrl, is the shortcut key there.
bool is_mac();

// ---- location (history API)
// Path and query of the current URL, e.g. "/tra-cuu?ma=PAKN-2026-000001".
std::string current_path();
// pushState (or replaceState) to `path`; the app redraws from its router.
void push_path(std::string_view path, bool replace);
void set_document_title(std::string_view title);

// ---- text input bridge (IME, insertText, paste, virtual keyboards)
// Called every frame with whether ImGui edits text and the field's rectangle
// in device pixels, so the hidden textarea sits where the IME popup belongs.
void set_text_input(bool active, float x, float y, float w, float h);
// Copies text out (navigator.clipboard); ImGui's copy goes here.
void clipboard_write(std::string_view utf8);

// ---- network
struct HttpResult {
    int status = 0;  // 0: network failure (offline, aborted, timeout)
    std::string body;
};
using HttpCallback = std::function<void(HttpResult)>;
// Starts a same-origin fetch with credentials; `callback` runs later, on the
// main thread, between frames. JSON bodies get Content-Type and the CSRF header.
void http_request(std::string_view method, std::string_view url, std::string body, HttpCallback callback);
// The CSRF token sent as X-CSRF-Token on state-changing requests.
void set_csrf_token(std::string_view token);

// ---- storage (localStorage; drafts and preferences survive reload)
std::string storage_get(std::string_view key);
void storage_set(std::string_view key, std::string_view value);
void storage_remove(std::string_view key);

// ---- app lifecycle
// Tells the page the first frame is on screen (hides the loading screen and
// sets window.pakn.ready for tests).
void signal_ready();
// Milliseconds since page load.
double now_ms();

}  // namespace pakn::client::platform

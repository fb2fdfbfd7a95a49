// platform.h for the browser: thin wrappers over web_bridge.js.
#include <emscripten.h>
#include <emscripten/html5.h>

#include <cstdlib>
#include <map>

#include "platform/platform.h"

extern "C" {
void pakn_js_set_text_input(int active, int touch, float x, float y, float w, float h);
double pakn_js_device_pixel_ratio();
int pakn_js_is_touch();
char* pakn_js_current_path();
void pakn_js_push_path(const char* path, int replace);
void pakn_js_set_title(const char* title);
void pakn_js_clipboard_write(const char* text);
void pakn_js_set_csrf(const char* token);
void pakn_js_fetch(int id, const char* method, const char* url, const char* body, int body_len);
char* pakn_js_storage_get(const char* key);
void pakn_js_storage_set(const char* key, const char* value);
void pakn_js_storage_remove(const char* key);
void pakn_js_signal_ready();
int pakn_js_is_mac();
}

namespace pakn::client::platform {
namespace {

// Requests in flight, by id; owned by the platform seam.
std::map<int, HttpCallback> g_pending;
int g_next_request_id = 1;

std::string take_js_string(char* p) {
    std::string s = p ? p : "";
    std::free(p);
    return s;
}

}  // namespace

float device_pixel_ratio() { return static_cast<float>(pakn_js_device_pixel_ratio()); }
bool is_touch_device() { return pakn_js_is_touch() != 0; }
bool is_mac() { return pakn_js_is_mac() != 0; }

std::string current_path() { return take_js_string(pakn_js_current_path()); }
void push_path(std::string_view path, bool replace) { pakn_js_push_path(std::string(path).c_str(), replace ? 1 : 0); }
void set_document_title(std::string_view title) { pakn_js_set_title(std::string(title).c_str()); }

void set_text_input(bool active, float x, float y, float w, float h) {
    pakn_js_set_text_input(active ? 1 : 0, is_touch_device() ? 1 : 0, x, y, w, h);
}
void clipboard_write(std::string_view utf8) { pakn_js_clipboard_write(std::string(utf8).c_str()); }

void http_request(std::string_view method, std::string_view url, std::string body, HttpCallback callback) {
    const int id = g_next_request_id++;
    g_pending[id] = std::move(callback);
    pakn_js_fetch(id, std::string(method).c_str(), std::string(url).c_str(), body.data(),
                  static_cast<int>(body.size()));
}
void set_csrf_token(std::string_view token) { pakn_js_set_csrf(std::string(token).c_str()); }

std::string storage_get(std::string_view key) { return take_js_string(pakn_js_storage_get(std::string(key).c_str())); }
void storage_set(std::string_view key, std::string_view value) {
    pakn_js_storage_set(std::string(key).c_str(), std::string(value).c_str());
}
void storage_remove(std::string_view key) { pakn_js_storage_remove(std::string(key).c_str()); }

void signal_ready() { pakn_js_signal_ready(); }
double now_ms() { return emscripten_get_now(); }

}  // namespace pakn::client::platform

// Called by web_bridge.js when a fetch settles.
extern "C" EMSCRIPTEN_KEEPALIVE void pakn_on_fetch_done(int id, int status, const char* body, int len) {
    auto& p = pakn::client::platform::g_pending;
    auto it = p.find(id);
    if (it == p.end()) return;
    auto callback = std::move(it->second);
    p.erase(it);
    callback(pakn::client::platform::HttpResult{status, std::string(body, static_cast<std::size_t>(len))});
}

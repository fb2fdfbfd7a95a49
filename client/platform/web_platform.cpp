// platform.h for the browser: thin wrappers over web_bridge.js.
#include <emscripten.h>
#include <emscripten/html5.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>
#include <set>
#include <nlohmann/json.hpp>

#include "platform/platform.h"

extern "C" {
void pakn_js_set_text_input(int active, int touch, float x, float y, float w, float h);
double pakn_js_device_pixel_ratio();
int pakn_js_is_touch();
char* pakn_js_current_path();
char* pakn_js_origin();
void pakn_js_push_path(const char* path, int replace);
float pakn_js_history_scroll();
void pakn_js_set_history_scroll(float y);
void pakn_js_set_title(const char* title);
void pakn_js_clipboard_write(const char* text);
void pakn_js_a11y_update(const char* json, unsigned focus, int from_keyboard, int editing);
void pakn_js_set_csrf(const char* token);
void pakn_js_fetch(int id, const char* method, const char* url, const char* body, int body_len);
void pakn_wake();  // main.cpp: frames for the render-on-demand loop
char* pakn_js_storage_get(const char* key);
void pakn_js_storage_set(const char* key, const char* value);
void pakn_js_storage_remove(const char* key);
void pakn_js_signal_ready();
int pakn_js_is_mac();
void pakn_js_pick_files(int request, const char* accept, int multiple);
void pakn_js_upload_file(int file_id);
void pakn_js_cancel_upload(int file_id);
void pakn_js_release_file(int file_id);
void pakn_js_stash_file(int file_id, const char* key);
void pakn_js_unstash_file(int request, const char* key);
void pakn_js_drop_stash(const char* key);
int pakn_js_online();
void pakn_js_load_image(int request, int file_id, const char* url, int max_side);
void pakn_js_free_texture(unsigned id);
void pakn_js_locate(int request);
void pakn_js_open_events(const char* url);
void pakn_js_close_events();
void pakn_js_download(const char* name, const char* mime, const char* data, int len);
void pakn_js_download_url(int id, const char* url, const char* fallback_name);
void pakn_js_open_url(const char* url);
int pakn_js_media_matches(const char* query);
void pakn_js_watch_media(const char* queries_json);
void pakn_js_print(const char* document_json, int dialog);
}

namespace pakn::client::platform {
namespace {

// Requests in flight, by id; owned by the platform seam.
std::map<int, HttpCallback> g_pending;
std::set<int> g_quiet_requests;  // replies that do not wake the loop (http_request)
int g_next_request_id = 1;
std::map<int, std::function<void(std::vector<PickedFile>)>> g_file_requests;
struct UploadCallbacks {
    std::function<void(UploadProgress)> progress;
    HttpCallback done;
};
std::map<int, UploadCallbacks> g_uploads;
std::map<int, std::function<void(Texture)>> g_textures;
std::map<int, std::function<void(Position)>> g_positions;
std::function<void(std::string_view, std::string_view)> g_live;
std::function<void()> g_live_ended;
std::function<void()> g_media_changed;
std::function<void()> g_print_request;

// Touch gestures: the area claimed by the frame being drawn and the last
// one, the fingers being followed, and the motion not yet taken.
struct TouchState {
    float area[4] = {0, 0, 0, 0};
    bool area_set = false;
    float next[4] = {0, 0, 0, 0};
    bool next_set = false;
    bool following = false;
    int fingers = 0;
    float cx = 0, cy = 0, span = 0;  // last centre and finger distance
    TouchGesture pending;
};
TouchState g_touch;

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
std::string origin() { return take_js_string(pakn_js_origin()); }
void push_path(std::string_view path, bool replace) { pakn_js_push_path(std::string(path).c_str(), replace ? 1 : 0); }
void set_document_title(std::string_view title) { pakn_js_set_title(std::string(title).c_str()); }
float history_scroll() { return pakn_js_history_scroll(); }
void set_history_scroll(float y) { pakn_js_set_history_scroll(y); }

void set_text_input(bool active, float x, float y, float w, float h) {
    pakn_js_set_text_input(active ? 1 : 0, is_touch_device() ? 1 : 0, x, y, w, h);
}
void clipboard_write(std::string_view utf8) { pakn_js_clipboard_write(std::string(utf8).c_str()); }
void a11y_update(std::string_view json, std::uint32_t focus, bool from_keyboard, bool editing) {
    pakn_js_a11y_update(std::string(json).c_str(), focus, from_keyboard ? 1 : 0, editing ? 1 : 0);
}

void http_request(std::string_view method, std::string_view url, std::string body, HttpCallback callback,
                  bool wake_on_reply) {
    const int id = g_next_request_id++;
    g_pending[id] = std::move(callback);
    if (!wake_on_reply) g_quiet_requests.insert(id);
    pakn_js_fetch(id, std::string(method).c_str(), std::string(url).c_str(), body.data(),
                  static_cast<int>(body.size()));
}
void set_csrf_token(std::string_view token) { pakn_js_set_csrf(std::string(token).c_str()); }
void request_redraw() { pakn_wake(); }

std::string storage_get(std::string_view key) { return take_js_string(pakn_js_storage_get(std::string(key).c_str())); }
void storage_set(std::string_view key, std::string_view value) {
    pakn_js_storage_set(std::string(key).c_str(), std::string(value).c_str());
}
void storage_remove(std::string_view key) { pakn_js_storage_remove(std::string(key).c_str()); }

void pick_files(std::string_view accept, bool multiple, std::function<void(std::vector<PickedFile>)> callback) {
    const int id = g_next_request_id++;
    g_file_requests[id] = std::move(callback);
    pakn_js_pick_files(id, std::string(accept).c_str(), multiple ? 1 : 0);
}

void upload_file(int file_id, std::function<void(UploadProgress)> progress, HttpCallback done) {
    g_uploads[file_id] = UploadCallbacks{std::move(progress), std::move(done)};
    pakn_js_upload_file(file_id);
}
void cancel_upload(int file_id) { pakn_js_cancel_upload(file_id); }
void release_file(int file_id) { pakn_js_release_file(file_id); }
void stash_file(int file_id, std::string_view key) { pakn_js_stash_file(file_id, std::string(key).c_str()); }
void unstash_file(std::string_view key, std::function<void(std::vector<PickedFile>)> callback) {
    // Answered through pakn_on_files, as a pick of one file (or none).
    const int id = g_next_request_id++;
    g_file_requests[id] = std::move(callback);
    pakn_js_unstash_file(id, std::string(key).c_str());
}
void drop_stash(std::string_view key) { pakn_js_drop_stash(std::string(key).c_str()); }
bool online() { return pakn_js_online() != 0; }

void load_file_thumbnail(int file_id, int max_side, std::function<void(Texture)> callback) {
    const int id = g_next_request_id++;
    g_textures[id] = std::move(callback);
    pakn_js_load_image(id, file_id, "", max_side);
}
void load_image_url(std::string_view url, int max_side, std::function<void(Texture)> callback) {
    const int id = g_next_request_id++;
    g_textures[id] = std::move(callback);
    pakn_js_load_image(id, 0, std::string(url).c_str(), max_side);
}
void free_texture(std::uint32_t id) { pakn_js_free_texture(id); }

void locate(std::function<void(Position)> callback) {
    const int id = g_next_request_id++;
    g_positions[id] = std::move(callback);
    pakn_js_locate(id);
}

void open_events(std::string_view url, std::function<void(std::string_view, std::string_view)> on_event,
                 std::function<void()> on_ended) {
    g_live = std::move(on_event);
    g_live_ended = std::move(on_ended);
    pakn_js_open_events(std::string(url).c_str());
}
void close_events() {
    pakn_js_close_events();
    g_live = nullptr;
    g_live_ended = nullptr;
}

void download(std::string_view filename, std::string_view mime, std::string_view bytes) {
    pakn_js_download(std::string(filename).c_str(), std::string(mime).c_str(), bytes.data(),
                     static_cast<int>(bytes.size()));
}
void download_url(std::string_view url, std::string_view fallback_name, HttpCallback done) {
    const int id = g_next_request_id++;
    g_pending[id] = std::move(done);
    pakn_js_download_url(id, std::string(url).c_str(), std::string(fallback_name).c_str());
}
void open_url(std::string_view url) { pakn_js_open_url(std::string(url).c_str()); }

bool media_matches(std::string_view query) { return pakn_js_media_matches(std::string(query).c_str()) != 0; }
void watch_media(std::vector<std::string> queries, std::function<void()> changed) {
    g_media_changed = std::move(changed);
    pakn_js_watch_media(nlohmann::json(queries).dump().c_str());
}

// The document as web/print.js reads it (its field names are these).
void print(const PrintDocument& doc, bool dialog) {
    nlohmann::json sections = nlohmann::json::array();
    for (const auto& s : doc.sections) {
        nlohmann::json fields = nlohmann::json::array();
        for (const auto& [label, value] : s.fields)
            fields.push_back(nlohmann::json::array({label, value}));
        sections.push_back({{"heading", s.heading},
                            {"fields", fields},
                            {"paragraphs", s.paragraphs},
                            {"columns", s.table_columns},
                            {"rows", s.table_rows}});
    }
    const nlohmann::json j = {{"header", doc.header},     {"title", doc.title},           {"subtitle", doc.subtitle},
                              {"qr_svg", doc.qr_svg},     {"qr_caption", doc.qr_caption}, {"sections", sections},
                              {"footer", doc.footer}};
    // Text the app holds is UTF-8 already; a stray invalid byte must not
    // lose the whole document.
    pakn_js_print(j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace).c_str(), dialog ? 1 : 0);
}
void on_print_request(std::function<void()> handler) { g_print_request = std::move(handler); }
void claim_touch_area(float x, float y, float w, float h) {
    g_touch.next[0] = x;
    g_touch.next[1] = y;
    g_touch.next[2] = w;
    g_touch.next[3] = h;
    g_touch.next_set = true;
    // Usable at once: a touch may start before this frame ends.
    std::copy(std::begin(g_touch.next), std::end(g_touch.next), std::begin(g_touch.area));
    g_touch.area_set = true;
}

TouchGesture take_touch_gesture() {
    TouchGesture g = g_touch.pending;
    g.active = g_touch.following;
    g_touch.pending = TouchGesture{};
    g_touch.pending.cx = g.cx;
    g_touch.pending.cy = g.cy;
    return g;
}

void end_frame() {
    g_touch.area_set = g_touch.next_set;
    g_touch.next_set = false;
    if (!g_touch.area_set) g_touch.following = false;
}

void signal_ready() { pakn_js_signal_ready(); }
double now_ms() { return emscripten_get_now(); }

}  // namespace pakn::client::platform

// Called by web_bridge.js when a fetch settles.
// Returns 1 when the page should wake the loop for the reply (http_request).
extern "C" EMSCRIPTEN_KEEPALIVE int pakn_on_fetch_done(int id, int status, const char* body, int len) {
    auto& p = pakn::client::platform::g_pending;
    auto it = p.find(id);
    if (it == p.end()) return 0;
    auto callback = std::move(it->second);
    p.erase(it);
    const bool quiet = pakn::client::platform::g_quiet_requests.erase(id) > 0;
    callback(pakn::client::platform::HttpResult{status, std::string(body, static_cast<std::size_t>(len))});
    return quiet ? 0 : 1;
}

// ---- callbacks from web_bridge.js
namespace pp = pakn::client::platform;

// Touches on the canvas (CSS pixels): phase 0 start, 1 move, 2 end; `n`
// fingers, the first two given. Returns 1 when the claimed area takes them
// (the page must not scroll), 0 to let the page handle them.
extern "C" EMSCRIPTEN_KEEPALIVE int pakn_touch_gesture(int phase, int n, float x1, float y1, float x2, float y2) {
    auto& t = pp::g_touch;
    const float dpr = pp::device_pixel_ratio();
    x1 *= dpr, y1 *= dpr, x2 *= dpr, y2 *= dpr;
    const float cx = n >= 2 ? (x1 + x2) / 2 : x1, cy = n >= 2 ? (y1 + y2) / 2 : y1;
    const float span = n >= 2 ? std::hypot(x2 - x1, y2 - y1) : 0;
    if (phase == 0 && !t.following) {
        const bool inside = t.area_set && cx >= t.area[0] && cy >= t.area[1] && cx < t.area[0] + t.area[2] &&
                            cy < t.area[1] + t.area[3];
        if (!inside) return 0;
        t.following = true;
    }
    if (!t.following) return 0;
    if (phase == 2 && n == 0) {
        t.following = false;
        t.fingers = 0;
        return 1;
    }
    if (phase == 1 && n == t.fingers) {
        t.pending.dx += cx - t.cx;
        t.pending.dy += cy - t.cy;
        if (n >= 2 && t.span > 1 && span > 1) t.pending.scale *= span / t.span;
        t.pending.cx = cx;
        t.pending.cy = cy;
    }
    // A finger added or lifted: follow from here without a jump.
    t.fingers = n;
    t.cx = cx;
    t.cy = cy;
    t.span = span;
    return 1;
}

extern "C" EMSCRIPTEN_KEEPALIVE void pakn_on_files(int request, const char* json) {
    auto it = pp::g_file_requests.find(request);
    if (it == pp::g_file_requests.end()) return;
    auto callback = std::move(it->second);
    pp::g_file_requests.erase(it);
    std::vector<pp::PickedFile> files;
    auto list = nlohmann::json::parse(json ? json : "[]", nullptr, false);
    if (list.is_array())
        for (const auto& f : list) {
            if (!f.is_object()) continue;
            pp::PickedFile pf;
            if (f.contains("id") && f["id"].is_number_integer()) pf.id = f["id"].get<int>();
            if (f.contains("name") && f["name"].is_string()) pf.name = f["name"].get<std::string>();
            if (f.contains("size") && f["size"].is_number()) pf.size = f["size"].get<std::int64_t>();
            if (f.contains("type") && f["type"].is_string()) pf.type = f["type"].get<std::string>();
            files.push_back(std::move(pf));
        }
    callback(std::move(files));
}

extern "C" EMSCRIPTEN_KEEPALIVE void pakn_on_upload_progress(int file_id, double sent, double total) {
    auto it = pp::g_uploads.find(file_id);
    if (it != pp::g_uploads.end() && it->second.progress)
        it->second.progress(pp::UploadProgress{static_cast<std::int64_t>(sent), static_cast<std::int64_t>(total)});
}

extern "C" EMSCRIPTEN_KEEPALIVE void pakn_on_upload_done(int file_id, int status, const char* body, int len) {
    auto it = pp::g_uploads.find(file_id);
    if (it == pp::g_uploads.end()) return;
    auto done = std::move(it->second.done);
    pp::g_uploads.erase(it);
    if (done) done(pp::HttpResult{status, std::string(body, static_cast<std::size_t>(len))});
}

extern "C" EMSCRIPTEN_KEEPALIVE void pakn_on_texture(int request, unsigned id, int w, int h) {
    auto it = pp::g_textures.find(request);
    if (it == pp::g_textures.end()) return;
    auto callback = std::move(it->second);
    pp::g_textures.erase(it);
    callback(pp::Texture{id, w, h, id == 0});
}

extern "C" EMSCRIPTEN_KEEPALIVE void pakn_on_position(int request, int ok, double lat, double lon, double acc,
                                                      const char* error) {
    auto it = pp::g_positions.find(request);
    if (it == pp::g_positions.end()) return;
    auto callback = std::move(it->second);
    pp::g_positions.erase(it);
    callback(pp::Position{ok != 0, lat, lon, acc, error ? error : ""});
}

extern "C" EMSCRIPTEN_KEEPALIVE void pakn_on_live(const char* type, const char* data) {
    if (pp::g_live) pp::g_live(type ? type : "", data ? data : "");
}

// Called by web_bridge.js when the EventSource closed for good.
extern "C" EMSCRIPTEN_KEEPALIVE void pakn_on_live_ended() {
    if (auto ended = pp::g_live_ended) ended();  // a copy: the handler may close the stream
}

// Called by web_bridge.js when a watched media query changed.
extern "C" EMSCRIPTEN_KEEPALIVE void pakn_on_media_change() {
    if (auto changed = pp::g_media_changed) changed();
}

// Called by web/print.js before the browser prints a screen nobody prepared
// a document for.
extern "C" EMSCRIPTEN_KEEPALIVE void pakn_on_print_request() {
    if (auto request = pp::g_print_request) request();
}

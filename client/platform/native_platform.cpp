// platform.h for native builds (headless UI tests): records what the app asked
// of the browser so tests can assert on it, and answers requests as offline.
#include <chrono>
#include <map>

#include "platform/native_platform.h"
#include "platform/platform.h"

namespace pakn::client::platform {
namespace {
NativeRecorder g_recorder;
const auto g_start = std::chrono::steady_clock::now();
}  // namespace

NativeRecorder& native_recorder() { return g_recorder; }

float device_pixel_ratio() { return g_recorder.device_pixel_ratio; }
bool is_touch_device() { return false; }
bool is_mac() { return false; }
std::string current_path() { return g_recorder.path; }
std::string origin() { return g_recorder.origin; }
void push_path(std::string_view path, bool replace) {
    if (path == g_recorder.path) return;  // as the browser bridge: the same URL keeps its entry
    g_recorder.path = std::string(path);
    if (!replace) g_recorder.history_scroll = -1;
}
float history_scroll() { return g_recorder.history_scroll; }
void set_history_scroll(float y) { g_recorder.history_scroll = y; }
void set_document_title(std::string_view title) { g_recorder.title = std::string(title); }
void set_text_input(bool active, float, float, float, float) { g_recorder.text_input_active = active; }
void clipboard_write(std::string_view utf8) { g_recorder.clipboard = std::string(utf8); }
void a11y_update(std::string_view json, std::uint32_t, bool, bool) {
    g_recorder.a11y_json = std::string(json);
    ++g_recorder.a11y_updates;
}
bool media_matches(std::string_view query) {
    auto it = g_recorder.media.find(std::string(query));
    return it != g_recorder.media.end() && it->second;
}
void watch_media(std::vector<std::string> queries, std::function<void()> changed) {
    g_recorder.watched_media = std::move(queries);
    g_recorder.media_changed = std::move(changed);
}
void print(const PrintDocument& doc, bool dialog) { g_recorder.printed.emplace_back(doc, dialog); }
void on_print_request(std::function<void()> handler) { g_recorder.print_request = std::move(handler); }
void http_request(std::string_view method, std::string_view url, std::string body, HttpCallback callback, bool) {
    g_recorder.requests.push_back({std::string(method), std::string(url), std::move(body), std::move(callback)});
}
void set_csrf_token(std::string_view token) { g_recorder.csrf = std::string(token); }
void request_redraw() {}  // the headless tests draw every frame they step
std::string storage_get(std::string_view key) {
    auto it = g_recorder.storage.find(std::string(key));
    return it == g_recorder.storage.end() ? std::string() : it->second;
}
void storage_set(std::string_view key, std::string_view value) { g_recorder.storage[std::string(key)] = value; }
void storage_remove(std::string_view key) { g_recorder.storage.erase(std::string(key)); }
void pick_files(std::string_view, bool, std::function<void(std::vector<PickedFile>)> callback) {
    g_recorder.file_picks.push_back(std::move(callback));
}
void upload_file(int file_id, std::function<void(UploadProgress)>, HttpCallback done) {
    g_recorder.uploads.push_back({file_id, std::move(done)});
}
void cancel_upload(int) {}
void stash_file(int file_id, std::string_view key) {
    g_recorder.stash[std::string(key)] = PickedFile{file_id, "", 0, ""};
}
void unstash_file(std::string_view key, std::function<void(std::vector<PickedFile>)> callback) {
    auto it = g_recorder.stash.find(std::string(key));
    if (it == g_recorder.stash.end()) return callback({});
    PickedFile f = it->second;
    f.id = g_recorder.next_file_id++;
    callback({f});
}
void drop_stash(std::string_view key) { g_recorder.stash.erase(std::string(key)); }
bool online() { return g_recorder.online; }
void release_file(int) {}
void load_file_thumbnail(int, int, std::function<void(Texture)> callback) { callback(Texture{0, 0, 0, true}); }
void load_image_url(std::string_view url, int, std::function<void(Texture)> callback) {
    g_recorder.image_urls.emplace_back(url);
    callback(Texture{0, 0, 0, true});
}
void free_texture(std::uint32_t) {}
void locate(std::function<void(Position)> callback) { callback(Position{false, 0, 0, 0, "native"}); }
void open_events(std::string_view url, std::function<void(std::string_view, std::string_view)> on_event,
                 std::function<void()> on_ended) {
    g_recorder.events_url = std::string(url);
    g_recorder.live = std::move(on_event);
    g_recorder.live_ended = std::move(on_ended);
}
void close_events() {
    g_recorder.live = nullptr;
    g_recorder.live_ended = nullptr;
}
void download(std::string_view filename, std::string_view, std::string_view bytes) {
    g_recorder.downloads.emplace_back(std::string(filename), std::string(bytes));
}
void download_url(std::string_view url, std::string_view, HttpCallback done) {
    g_recorder.requests.push_back({"DOWNLOAD", std::string(url), "", std::move(done)});
}
void open_url(std::string_view url) { g_recorder.opened_urls.emplace_back(url); }
void claim_touch_area(float x, float y, float w, float h) {
    g_recorder.touch_area_claimed = true;
    g_recorder.touch_area[0] = x;
    g_recorder.touch_area[1] = y;
    g_recorder.touch_area[2] = w;
    g_recorder.touch_area[3] = h;
}
TouchGesture take_touch_gesture() {
    TouchGesture g = g_recorder.gesture;
    g_recorder.gesture = TouchGesture{};
    return g;
}
void end_frame() {}
void signal_ready() { g_recorder.ready = true; }
double now_ms() {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - g_start).count() +
           g_recorder.clock_advance_ms;
}

}  // namespace pakn::client::platform

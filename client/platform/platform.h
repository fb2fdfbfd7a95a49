// The seam between the app and the browser. web_platform.cpp implements it
// with JavaScript (web_bridge.js); native_platform.cpp is a recording stub
// for the headless UI tests. Nothing else in client/ calls Emscripten.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

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
// Scheme, host and port the app was loaded from ("https://pakn.khanhhoa.gov.vn"),
// e.g. for the home page's QR code.
std::string origin();
// pushState (or replaceState) to `path`; the app redraws from its router.
void push_path(std::string_view path, bool replace);
void set_document_title(std::string_view title);
// The content's scroll offset kept in the current history entry's state, so
// a reload, Back and Forward return to where the person was; -1 when the
// entry has none (a new page starts at the top).
float history_scroll();
void set_history_scroll(float y);

// ---- text input bridge (IME, insertText, paste, virtual keyboards)
// Called every frame with whether ImGui edits text and the field's rectangle
// in device pixels, so the hidden textarea sits where the IME popup belongs.
void set_text_input(bool active, float x, float y, float w, float h);
// Copies text out (navigator.clipboard); ImGui's copy goes here.
void clipboard_write(std::string_view utf8);

// ---- accessibility mirror (hidden DOM of real elements over the canvas)
// Hands the page what the frame shows (the widget registry's JSON) and where
// the keyboard focus is; called only when either changed, so an idle page
// does no work.
void a11y_update(std::string_view widgets_json, std::uint32_t focus_id, bool focus_from_keyboard, bool editing);
// ---- the reader's display preferences (CSS media features)
// Whether a media query matches now, e.g. "(prefers-contrast: more)".
bool media_matches(std::string_view query);
// Calls `changed` whenever one of `queries` starts or stops matching (the
// system's contrast or motion setting changed while the app runs); a second
// call replaces the first.
void watch_media(std::vector<std::string> queries, std::function<void()> changed);

// ---- print (the canvas does not print: the page prints a text copy)
// A printable document, as data: the page lays it out for A4 with real text
// in the shipped Noto fonts under the issuer's header.
struct PrintSection {
    std::string heading;
    std::vector<std::pair<std::string, std::string>> fields;  // label, value
    std::vector<std::string> paragraphs;
    std::vector<std::string> table_columns;  // a table when not empty
    std::vector<std::vector<std::string>> table_rows;

    bool operator==(const PrintSection&) const = default;
};
struct PrintDocument {
    std::vector<std::string> header;  // the issuer, one line each, on every page
    std::string title;
    std::string subtitle;
    std::string qr_svg;      // an SVG image (pakn::qr_svg), or empty
    std::string qr_caption;  // under the code: what it opens
    std::vector<PrintSection> sections;
    std::string footer;      // where and when it was printed

    bool operator==(const PrintDocument&) const = default;
};
// Puts `doc` in the page's print-only copy and, when `dialog`, opens the
// browser's print dialog (once the fonts are in). The copy stays for this
// screen until the browser has printed.
void print(const PrintDocument& doc, bool dialog);
// `handler` runs when the browser is about to print and no document was
// prepared for the screen shown (Ctrl+P, the browser's menu): it answers
// with print(doc, false) before the page is laid out for paper.
void on_print_request(std::function<void()> handler);

// ---- network
struct HttpResult {
    int status = 0;  // 0: network failure (offline, aborted, timeout)
    std::string body;
};
using HttpCallback = std::function<void(HttpResult)>;
// Starts a same-origin fetch with credentials; `callback` runs later, on the
// main thread, between frames. JSON bodies get Content-Type and the CSRF header.
// The app draws on demand and a reply normally wakes it; a background poll
// (the health check) passes wake_on_reply = false and calls request_redraw()
// only when its answer changes what is shown, so an idle tab draws nothing.
void http_request(std::string_view method, std::string_view url, std::string body, HttpCallback callback,
                  bool wake_on_reply = true);
// Asks the render-on-demand loop for frames outside an event or a waking reply.
void request_redraw();
// The CSRF token sent as X-CSRF-Token on state-changing requests.
void set_csrf_token(std::string_view token);

// ---- files (attachments): picked and uploaded by JavaScript, so large files
// never pass through wasm memory.
struct PickedFile {
    int id = 0;            // handle for upload/thumbnail/release
    std::string name;
    std::int64_t size = 0;
    std::string type;      // what the browser claims (the server decides)
};
// Opens the file chooser (must be called while handling a click); `accept`
// like "image/*,video/*,.pdf". The callback gets the chosen files (maybe none).
void pick_files(std::string_view accept, bool multiple, std::function<void(std::vector<PickedFile>)> callback);
struct UploadProgress {
    std::int64_t sent = 0;
    std::int64_t total = 0;
};
// Uploads a picked file to the API (one request up to 4 MiB, else chunks);
// `progress` runs as bytes go out; `done` gets the HTTP status and body
// (an AttachmentInfo on success, the error body otherwise).
void upload_file(int file_id, std::function<void(UploadProgress)> progress, HttpCallback done);
// Stops an upload in flight.
void cancel_upload(int file_id);
void release_file(int file_id);
// Files kept on the device (IndexedDB) until they are stored on the server,
// so a report's photos survive a reload, a crash or an offline day. The
// bytes go from the picked file to IndexedDB in JavaScript, never through
// wasm. stash_file is fire-and-forget (a full or private-mode store only
// loses the safety net); unstash_file gives the file back under a new id
// (a one-item list), or an empty list when the device no longer has it.
void stash_file(int file_id, std::string_view key);
void unstash_file(std::string_view key, std::function<void(std::vector<PickedFile>)> callback);
void drop_stash(std::string_view key);
// A chunked upload that lost the network keeps its server session and the
// bytes acknowledged; upload_file() on the same file id then goes on from
// there instead of from byte 0 (the server says which offset it expects).

// ---- network state
// navigator.onLine: false means surely offline (no request is tried); true
// only means maybe online, so failed requests count as offline too. The
// browser's online/offline events wake the app for a frame.
bool online();

// ---- images as GPU textures (thumbnails, attachment viewer)
struct Texture {
    std::uint32_t id = 0;  // GL texture name (ImTextureID); 0 while loading or on failure
    int width = 0, height = 0;
    bool failed = false;
};
// Decodes a picked image (thumbnail of at most `max_side` px) or an image URL
// into a texture; the callback runs when ready.
void load_file_thumbnail(int file_id, int max_side, std::function<void(Texture)> callback);
void load_image_url(std::string_view url, int max_side, std::function<void(Texture)> callback);
void free_texture(std::uint32_t id);

// ---- device position (GPS) for "Vị trí của tôi"
struct Position {
    bool ok = false;
    double lat = 0, lon = 0, accuracy_m = 0;
    std::string error;  // Vietnamese reason when not ok
};
void locate(std::function<void(Position)> callback);

// ---- touch gestures for a region that claims them (the map): one finger
// pans it, two pinch-zoom it, instead of scrolling the page. Coordinates are
// in device pixels, like ImGui's.
// Claims the rectangle for this frame; touches starting inside it become
// gestures until a frame ends without the claim (end_frame).
void claim_touch_area(float x, float y, float w, float h);
struct TouchGesture {
    float dx = 0, dy = 0;  // pan since the last take
    float scale = 1;       // pinch factor since the last take (> 1: fingers apart)
    float cx = 0, cy = 0;  // the fingers' centre, the anchor of the pinch
    bool active = false;   // fingers are on the claimed area
};
// The movement accumulated since the last call (and whether fingers are down).
TouchGesture take_touch_gesture();
// Called by the main loop after each frame.
void end_frame();

// ---- live events (Server-Sent Events through EventSource)
// Opens the stream; `on_event` gets the event type ("report",
// "notification") and its JSON data; `on_ended` is called when the browser
// gives the stream up for good (the server refused to reconnect it, e.g.
// 401 once the session ended). Reopening replaces the old stream.
void open_events(std::string_view url, std::function<void(std::string_view type, std::string_view data)> on_event,
                 std::function<void()> on_ended);
void close_events();

// ---- downloads (CSV exports)
void download(std::string_view filename, std::string_view mime, std::string_view bytes);
// Saves what a GET of `url` answers as a file (the name from its
// Content-Disposition, else `fallback_name`); the bytes stay out of wasm.
// `done` gets the status, and an error answer's body (the API's JSON error).
void download_url(std::string_view url, std::string_view fallback_name, HttpCallback done);
// Opens a URL in a new tab (attachments such as PDFs).
void open_url(std::string_view url);

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

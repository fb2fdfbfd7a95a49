// What the native platform stub recorded (headless UI tests read it).
#pragma once

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "platform/platform.h"

namespace pakn::client::platform {

struct RecordedRequest {
    std::string method, url, body;
    HttpCallback callback;
};

struct NativeRecorder {
    float device_pixel_ratio = 1.0f;
    std::string path = "/";
    float history_scroll = -1;  // the current entry's; a push starts a new one
    double clock_advance_ms = 0;  // tests move now_ms() forward instead of waiting
    std::string origin = "http://127.0.0.1:8090";
    std::string title;
    bool text_input_active = false;
    std::string clipboard;
    std::string a11y_json;  // the mirror's last description
    int a11y_updates = 0;
    std::string csrf;
    std::map<std::string, std::string> storage;
    std::vector<RecordedRequest> requests;  // download_url's are method "DOWNLOAD"
    bool ready = false;
    std::vector<std::function<void(std::vector<PickedFile>)>> file_picks;
    std::vector<std::pair<int, HttpCallback>> uploads;
    bool online = true;                          // navigator.onLine
    std::map<std::string, PickedFile> stash;     // IndexedDB: key -> the file kept
    int next_file_id = 1000;                     // ids unstash_file hands out
    std::string events_url;
    std::function<void(std::string_view, std::string_view)> live;
    std::function<void()> live_ended;
    std::vector<std::pair<std::string, std::string>> downloads;
    std::vector<std::string> opened_urls;
    // Media queries that match (the rest do not), and what the app watches.
    std::map<std::string, bool> media;
    std::vector<std::string> watched_media;
    std::function<void()> media_changed;
    // What the app printed, and whether it asked for the dialog.
    std::vector<std::pair<PrintDocument, bool>> printed;
    std::function<void()> print_request;
    std::vector<std::string> image_urls;  // load_image_url's, in order (base-map tiles)
    // Touch gestures: the area claimed last frame; a test sets `gesture` to
    // be taken by the next take_touch_gesture.
    bool touch_area_claimed = false;
    float touch_area[4] = {0, 0, 0, 0};
    TouchGesture gesture;
};

NativeRecorder& native_recorder();

}  // namespace pakn::client::platform

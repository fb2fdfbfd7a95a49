// The client's state root and router. Domain data from the server, the
// current route and each view's transient UI state live here, in plain
// structs the views draw from; nothing lives in function-local statics.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "net/api.h"
#include "views/views.h"

namespace pakn::client {

// Every screen has a path (history API); see screens.cpp for the table.
enum class Screen { home, about, submit, stats, guide, login, not_found };

struct Route {
    Screen screen = Screen::home;
    std::string path;  // as in the address bar, with query
    std::vector<std::pair<std::string, std::string>> params;
};

// The connection indicator's state, fed by /api/v1/health.
struct Connection {
    enum class Status { unknown, online, offline } status = Status::unknown;
    std::string server_version;
    double last_check_ms = -1e9;
    bool checking = false;
};

struct App {
    Route route;
    Connection connection;
    bool nav_menu_open = false;
    bool scroll_to_top = false;  // set by navigate(), applied inside the content window
    int frame_count = 0;
    views::ViewStates views;

    // Goes to `path` (pushState unless `replace`) and shows its screen.
    void navigate(std::string_view path, bool replace = false);
    // Re-reads the address bar (back/forward buttons).
    void on_location_changed();
    // Draws one frame of the whole UI.
    void frame();
    // Polls /api/v1/health when due; `now_ms` from the platform clock.
    void tick(double now_ms);
};

// The one App of the page.
App& app();

// Resolves a path to a route (pure; used by tests too).
Route resolve_route(std::string_view path);
// Title shown in the browser tab for a screen.
const char* screen_title(Screen screen);

}  // namespace pakn::client

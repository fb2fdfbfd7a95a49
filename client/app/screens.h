// The screen registry (screens.cpp): which path shows which view.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>

#include "app/app.h"

namespace pakn::client {

struct ScreenDef {
    Screen screen;
    const char* pattern;    // "/gioi-thieu"; "{name}" segments capture
    const char* title;      // browser tab title
    const char* nav_label;  // header navigation entry, or null
    void (*draw)(App&);
    ScreenAccess access = ScreenAccess::anyone;
};

std::span<const ScreenDef> screens();
const ScreenDef& screen_def(Screen screen);

// One "name=value" of a screen path's query; the value is percent-encoded,
// and an empty one leaves the pair out.
struct QueryParam {
    const char* name;
    std::string value;
};

// The path of `screen`, from its pattern in the table, with `query`:
// path_to(Screen::lookup, {{"ma", code}}) -> "/tra-cuu?ma=PAKN-2026-000001".
// Every path the client opens is built here, so no path is spelled twice.
std::string path_to(Screen screen, std::initializer_list<QueryParam> query = {});
// The same for a screen whose pattern has an "{id}" segment:
// path_to(Screen::report, 12) -> "/phan-anh/12".
std::string path_to(Screen screen, std::int64_t id, std::initializer_list<QueryParam> query = {});
// The path of `screen` with a query already encoded (the shared
// to_query_string's "q=...&page=2"); just the path when it is empty.
std::string path_with_query(Screen screen, std::string_view encoded_query);

}  // namespace pakn::client

// The screen registry (screens.cpp): which path shows which view.
#pragma once

#include <span>

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

}  // namespace pakn::client

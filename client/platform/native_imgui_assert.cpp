// The IM_ASSERT handler of the native build. Compiled into pakn_imgui itself
// (imgui.cpp calls it), so it links whatever else the program uses.
#include "platform/native_imgui_assert.h"

#include <cstdio>
#include <cstdlib>

#include "platform/native_imconfig.h"

namespace pakn::client::platform {
namespace {
ImGuiAssertionHandler g_handler = nullptr;
}

ImGuiAssertionHandler set_imgui_assertion_handler(ImGuiAssertionHandler handler) {
    const ImGuiAssertionHandler previous = g_handler;
    g_handler = handler;
    return previous;
}

void imgui_assertion_failed(const char* expression, const char* file, int line) {
    if (g_handler) {
        g_handler(expression, file, line);
        return;
    }
    std::fprintf(stderr, "%s:%d: ImGui assertion failed: %s\n", file, line, expression);
    std::abort();
}

}  // namespace pakn::client::platform

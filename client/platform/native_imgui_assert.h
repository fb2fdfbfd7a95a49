// Who hears of a failed ImGui assertion in the native build (see
// native_imconfig.h): the test runner installs a handler that fails the
// running test case with the expression and ImGui's file:line.
#pragma once

namespace pakn::client::platform {

using ImGuiAssertionHandler = void (*)(const char* expression, const char* file, int line);

// Installs `handler` and returns the previous one. Without a handler a
// failed assertion is printed and the process aborts (as assert() would).
ImGuiAssertionHandler set_imgui_assertion_handler(ImGuiAssertionHandler handler);

}  // namespace pakn::client::platform

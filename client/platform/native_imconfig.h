// Dear ImGui's user configuration for the native build (the headless UI
// tests), chosen by CMake through IMGUI_USER_CONFIG. Every IM_ASSERT calls
// imgui_assertion_failed() instead of assert(): the native build is
// RelWithDebInfo (-DNDEBUG), where assert() would compile ImGui's checks
// out and a screen that unbalances Begin/End or pops too many styles would
// pass its test. The wasm build keeps ImGui's default.
#pragma once

namespace pakn::client::platform {
// Reports a failed ImGui assertion to the installed handler (see
// native_imgui_assert.h); never returns to a caller that cannot go on.
void imgui_assertion_failed(const char* expression, const char* file, int line);
}  // namespace pakn::client::platform

#define IM_ASSERT(_EXPR) \
    ((_EXPR) ? static_cast<void>(0) : ::pakn::client::platform::imgui_assertion_failed(#_EXPR, __FILE__, __LINE__))

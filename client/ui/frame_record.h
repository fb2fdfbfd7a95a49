// Which frames need drawing at all. Render on demand still draws a few frames
// after each event (the frames owed while a layout settles, the caret's
// blink); most of them are, vertex for vertex, the frame already on screen.
// A WebGL canvas keeps showing the last frame drawn into it when a frame
// draws nothing, so such a frame is not sent to the GPU: under a software GL
// (SwiftShader on machines without a GPU, and in CI) drawing was most of
// the page's CPU.
#pragma once

#include <imgui.h>

#include <string>

namespace pakn::client::ui {

class FrameRecord {
public:
    // True when `data`, drawn over a `clear` background, would put on screen
    // exactly what the last frame drawn put there (same vertices, indices,
    // clip rectangles, textures and display size). The frame is remembered
    // either way.
    bool unchanged(const ImDrawData& data, ImU32 clear);
    // The canvas's pixels were lost (a restored WebGL context, a page shown
    // again): the next frame is drawn whatever it holds.
    void forget();

private:
    // Every input of the draw, byte for byte: compared exactly, not hashed,
    // so no two different frames can pass for one.
    std::string last_, current_;
};

}  // namespace pakn::client::ui

// Which frames the browser build sends to WebGL (ui/frame_record.h): only
// those that would change the canvas. A frame wrongly judged unchanged
// leaves a stale screen; one wrongly judged changed costs a draw. Drawn
// headless: the record reads the same ImDrawData the GPU would get.
#include <doctest/doctest.h>

#include <imgui.h>

#include "app/app.h"
#include "platform/native_platform.h"
#include "ui/frame_record.h"
#include "ui/theme.h"
#include "headless.h"

namespace {

using pakn::client::app;
using pakn::client::ui::FrameRecord;

bool unchanged(FrameRecord& canvas, ImU32 clear = pakn::client::ui::color::kPage) {
    return canvas.unchanged(*ImGui::GetDrawData(), clear);
}

// The sign-in form's challenge arrives.
void answer_captcha() {
    for (auto& r : pakn::client::platform::native_recorder().requests) {
        if (r.url != "/api/v1/captcha" || !r.callback) continue;
        auto callback = std::move(r.callback);
        r.callback = nullptr;
        callback(pakn::client::platform::HttpResult{200, R"({"id":"c1","question":"3 + 1 = ?"})"});
    }
}

}  // namespace

TEST_CASE("a frame is sent to the GPU only when it would change what the canvas shows") {
    pakn::client::test::Headless h({1280, 800, 1.0f, false, false, 3, true});
    FrameRecord canvas;
    app().navigate("/dang-nhap");
    h.frame();
    answer_captcha();  // no spinner left turning
    h.frames(4);
    CHECK_FALSE(unchanged(canvas));  // nothing drawn yet
    h.frame();
    CHECK(unchanged(canvas));  // a frame owed to settle the layout: the same pixels, not sent

    SUBCASE("another background (the high-contrast theme) is drawn") {
        CHECK_FALSE(unchanged(canvas, pakn::client::ui::color::kPage ^ 0x00010101u));
        CHECK_FALSE(unchanged(canvas));  // and so is the way back
    }
    SUBCASE("a hovered link changes its colour") {
        const auto* link = h.find("Quên mật khẩu?");
        REQUIRE(link);
        ImGui::GetIO().AddMousePosEvent(link->x + link->w / 2, link->y + link->h / 2);
        h.frames(2);
        CHECK_FALSE(unchanged(canvas));
        h.frame();
        CHECK(unchanged(canvas));  // still hovered, nothing more moves
    }
    SUBCASE("typing a character") {
        const auto* field = h.find("Tài khoản");
        REQUIRE(field);
        h.click(*field);
        unchanged(canvas);
        ImGui::GetIO().AddInputCharacter('0');
        h.frame();
        CHECK_FALSE(unchanged(canvas));
    }
    SUBCASE("another screen") {
        app().navigate("/");
        h.frames(4);
        CHECK_FALSE(unchanged(canvas));
    }
    SUBCASE("a resized canvas, whose pixels the browser cleared") {
        ImGui::GetIO().DisplaySize = ImVec2(1000, 800);
        h.frames(4);
        CHECK_FALSE(unchanged(canvas));
    }
    SUBCASE("pixels lost (a restored WebGL context): the same frame is drawn again") {
        canvas.forget();
        CHECK_FALSE(unchanged(canvas));
        CHECK(unchanged(canvas));
    }
}

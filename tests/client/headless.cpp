// The headless client-test harness (headless.h).
#include "headless.h"

#include <doctest/doctest.h>
#include <imgui_internal.h>

#include "app/app.h"
#include "platform/native_platform.h"
#include "ui/theme.h"
#include "ui/widgets.h"
#include "views/state_officer.h"
#include "views/state_reports.h"

namespace pakn::client::test {

Headless::Headless(HeadlessOptions options) : options_(options) {
    ImGui::CreateContext();
    ImGui::GetCurrentContext()->TestEngineHookItems = true;
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(options_.width * options_.dpr, options_.height * options_.dpr);
    io.DeltaTime = 1.0f / 60.0f;
    if (options_.keyboard_navigation) io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    ui::apply_theme(options_.dpr);
    unsigned char* pixels;
    int w, h;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
    if (options_.reset_app) reset_recorder();
}

Headless::Headless(float width, float height, float dpr)
    : Headless(HeadlessOptions{width, height, dpr, false, false, 3, false}) {}

Headless::~Headless() {
    if (options_.reset_app) {
        app().sign_out_local();
        views::report_states(app()) = views::ReportStates{};
        views::officer_states(app()) = views::OfficerStates{};
        reset_recorder();
        ui::set_high_contrast(false);
        ui::set_reduced_motion(false);
    }
    ImGui::DestroyContext();
    ui::apply_theme(0.0f);  // the next context builds its fonts again
}

void Headless::reset_recorder() {
    auto& rec = platform::native_recorder();
    rec.requests.clear();
    rec.storage.clear();
    rec.clipboard.clear();
    rec.stash.clear();
    rec.uploads.clear();
    rec.file_picks.clear();
    rec.media.clear();
    rec.printed.clear();
    rec.image_urls.clear();
    rec.online = true;
}

void Headless::frame() {
    ui::test_registry_new_frame();
    ui::reset_animation_request();
    ImGui::NewFrame();
    app().frame();
    ImGui::Render();
}

bool Headless::frames(int n) {
    for (int i = 0; i < n; ++i) frame();
    if (!options_.until_idle) return true;
    for (int extra = 0; extra < 60; ++extra) {
        if (!ui::animation_requested()) return true;
        frame();
    }
    return false;
}

const ui::WidgetInfo* Headless::find(const std::string& label) const {
    for (const auto& w : ui::test_registry_published())
        if (w.label == label && w.visible) return &w;
    return nullptr;
}

const ui::WidgetInfo* Headless::find_text(const std::string& label) const {
    for (const auto& w : ui::test_registry_published_all())
        if (w.label == label && w.visible) return &w;
    return nullptr;
}

bool Headless::alert(const std::string& text) const {
    for (const auto& w : ui::test_registry_published())
        if (w.label == text && w.role == "alert") return true;
    return false;
}

std::string Headless::labels() const {
    std::string out;
    for (const auto& w : ui::test_registry_published())
        if (!w.label.empty()) out += w.label + "|";
    return out;
}

void Headless::click(const ui::WidgetInfo& w) {
    ImGuiIO& io = ImGui::GetIO();
    io.AddMousePosEvent(w.x + w.w / 2, w.y + w.h / 2);
    frame();
    io.AddMouseButtonEvent(0, true);
    frame();
    io.AddMouseButtonEvent(0, false);
    frames(options_.frames_after_click);
}

void Headless::click(const std::string& label) {
    const ui::WidgetInfo* w = find(label);
    REQUIRE_MESSAGE(w, "no widget " << label << " on screen: " << labels());
    click(*w);
}

void Headless::key(ImGuiKey k, bool ctrl) {
    ImGuiIO& io = ImGui::GetIO();
    if (ctrl) io.AddKeyEvent(ImGuiMod_Ctrl, true);
    io.AddKeyEvent(k, true);
    frames(1);
    io.AddKeyEvent(k, false);
    if (ctrl) io.AddKeyEvent(ImGuiMod_Ctrl, false);
    frames(2);
}

}  // namespace pakn::client::test

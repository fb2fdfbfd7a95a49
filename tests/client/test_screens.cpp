// Headless UI test: every screen is drawn for a few frames with Dear ImGui's
// null renderer (no GPU), at phone and desktop widths, and must not trip an
// ImGui assertion (the runner fails the test on any: tests/client/main.cpp);
// routing and the widget registry are checked too.
#include <doctest/doctest.h>

#include <imgui.h>
#include <imgui_internal.h>

#include <cmath>
#include <ios>
#include <optional>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "app/app.h"
#include "app/screens.h"
#include "pakn/text.h"
#include "platform/native_imgui_assert.h"
#include "platform/native_platform.h"
#include "ui/test_hooks.h"
#include "ui/theme.h"
#include "views/state_reports.h"
#include "headless.h"

namespace {

// What a recording assertion handler heard: "file:line: expression".
std::vector<std::string> g_assertions;

void record_assertion(const char* expression, const char* file, int line) {
    g_assertions.push_back(std::string(file) + ":" + std::to_string(line) + ": " + expression);
}

using Headless = pakn::client::test::Headless;

const pakn::client::ui::WidgetInfo* find_widget(const std::string& label) {
    for (const auto& w : pakn::client::ui::test_registry_published())
        if (w.label == label) return &w;
    return nullptr;
}

}  // namespace

TEST_CASE("every screen draws at phone, tablet and desktop sizes") {
    using namespace pakn::client;
    // width, height, device pixel ratio
    const float sizes[][3] = {{360, 740, 3}, {768, 1024, 2}, {1366, 768, 1}, {1920, 1080, 1.25f}};
    for (const auto& s : sizes) {
        Headless h(s[0], s[1], s[2]);
        for (const auto& def : screens()) {
            CAPTURE(def.pattern);
            CAPTURE(s[0]);
            app().route = resolve_route(def.screen == Screen::not_found ? "/khong-co-trang-nay" : def.pattern);
            CHECK(app().route.screen == def.screen);
            h.frames(3);
            CHECK(ImGui::GetCurrentContext()->WithinFrameScope == false);
        }
    }
}

TEST_CASE("routes resolve from paths, with trailing slashes and queries") {
    using namespace pakn::client;
    // path, expected screen
    const std::pair<const char*, Screen> rows[] = {
        {"/", Screen::home},
        {"/gioi-thieu", Screen::about},
        {"/gioi-thieu/", Screen::about},
        {"/gui-phan-anh?draft=1", Screen::submit},
        {"/thong-ke", Screen::stats},
        {"/huong-dan", Screen::guide},
        {"/dang-nhap", Screen::login},
        {"/khong-ton-tai", Screen::not_found},
        {"/gioi-thieu/them", Screen::not_found},
    };
    for (const auto& [path, screen] : rows) {
        CAPTURE(path);
        CHECK(resolve_route(path).screen == screen);
    }
}

TEST_CASE("paths come from the screen table, with their id and encoded query") {
    using namespace pakn::client;
    // built, expected path
    const std::pair<std::string, const char*> rows[] = {
        {path_to(Screen::home), "/"},
        {path_to(Screen::my_reports), "/phan-anh-cua-toi"},
        {path_to(Screen::report, 12), "/phan-anh/12"},
        {path_to(Screen::officer_report, 7), "/can-bo/phan-anh/7"},
        {path_to(Screen::lookup, {{"ma", "PAKN-2026-000001"}}), "/tra-cuu?ma=PAKN-2026-000001"},
        {path_to(Screen::login, {{"sau", "/tra-cuu?ma=A&b=đ"}}), "/dang-nhap?sau=/tra-cuu%3Fma%3DA%26b%3D%C4%91"},
        {path_to(Screen::announcements, {{"kind", ""}, {"page", "2"}}), "/tin-tuc?page=2"},
        {path_to(Screen::announcements, {{"kind", "event"}, {"page", "2"}}), "/tin-tuc?kind=event&page=2"},
        {path_with_query(Screen::published, ""), "/cong-khai"},
        {path_with_query(Screen::published, "q=a&page=2"), "/cong-khai?q=a&page=2"},
    };
    for (const auto& [built, expected] : rows) {
        CAPTURE(expected);
        CHECK(built == expected);
        CHECK(resolve_route(built).screen != Screen::not_found);
    }
}

TEST_CASE("a session's kind and role come from the shared account rules") {
    using namespace pakn;
    using namespace pakn::client;
    // kind, role, officer, reporter, admin, workflow role
    struct Row {
        const char* kind;
        const char* role;
        bool officer, reporter, admin;
        std::optional<Role> role_as;
    };
    const Row rows[] = {
        {"citizen", "", false, true, false, Role::citizen},
        {"organization", "", false, true, false, Role::organization},
        {"officer", "dispatcher", true, false, false, Role::dispatcher},
        {"officer", "admin", true, false, true, Role::admin},
        {"officer", "citizen", true, false, false, std::nullopt},  // not an officer's role
        {"visitor", "admin", false, false, false, std::nullopt},   // not a kind
    };
    for (const Row& row : rows) {
        CAPTURE(row.kind);
        CAPTURE(row.role);
        Session s;
        s.signed_in = true;
        s.account.kind = row.kind;
        s.account.role = row.role;
        CHECK(s.officer() == row.officer);
        CHECK(s.reporter() == row.reporter);
        CHECK(s.admin() == row.admin);
        CHECK(s.role() == row.role_as);
        s.signed_in = false;
        CHECK_FALSE(s.officer());
        CHECK_FALSE(s.reporter());
    }
}

TEST_CASE("the header's navigation is in the widget registry and navigates") {
    using namespace pakn::client;
    Headless h(1366, 768);
    app().navigate("/");
    h.frames(3);
    std::string seen;
    for (const auto& w : pakn::client::ui::test_registry_published()) seen += w.label + "|";
    CAPTURE(seen);
    for (const char* label : {"Trang chủ", "Giới thiệu", "Gửi phản ánh", "Thống kê", "Hướng dẫn", "Đăng nhập"}) {
        CAPTURE(label);
        const auto* w = find_widget(label);
        REQUIRE(w);
        CHECK(w->w > 0);
        CHECK(w->h > 0);
        CHECK(w->x + w->w <= 1366);  // on screen, not pushed off the right edge
    }
    app().navigate("/thong-ke");
    CHECK(platform::native_recorder().path == "/thong-ke");
    CHECK(platform::native_recorder().title.find("Thống kê") == 0);
}

TEST_CASE("text fields publish their label and NFC value for tests") {
    using namespace pakn::client;
    Headless h(1366, 768);
    app().navigate("/gui-phan-anh");
    // Decomposed input (e + U+0302 + U+0301) is what some IMEs send.
    views::report_states(app()).submit.title = "Nguye\xCC\x82\xCC\x83n";
    h.frames(2);
    const auto* w = find_widget("PHẢN ÁNH, KIẾN NGHỊ VỀ VIỆC");
    REQUIRE(w);
    CHECK(w->value == "Nguye\xCC\x82\xCC\x83n");  // not edited: kept as set
}

// The shared validators accept exactly the characters of drawable_ranges()
// (emoji and the like are refused as "undrawable_characters"), so the
// client's fonts must draw every one of them, or accepted text shows "?".
TEST_CASE("every character the shared validators accept has a glyph in every loaded font") {
    using namespace pakn::client;
    Headless h(1280, 800);
    const ui::Fonts& f = ui::fonts();
    const std::pair<const char*, ImFont*> loaded[] = {
        {"body", f.body}, {"bold", f.bold}, {"small", f.small}, {"heading", f.heading}, {"title", f.title}};
    int checked = 0;
    for (const auto& [name, font] : loaded) {
        REQUIRE(font);
        for (const pakn::CodepointRange& r : pakn::drawable_ranges()) {
            for (char32_t cp = r.first; cp <= r.last; ++cp) {
                if (cp < 0x20) continue;  // tab and line breaks are layout, not glyphs
                INFO(name << " U+" << std::hex << static_cast<unsigned>(cp));
                CHECK(font->FindGlyphNoFallback(static_cast<ImWchar>(cp)) != nullptr);
                ++checked;
            }
        }
    }
    CHECK(checked >= 5 * 500);  // 574 code points a font: the ranges are not silently empty
    // And what is refused really is missing: an emoji would be drawn as "?".
    CHECK(f.body->FindGlyphNoFallback(static_cast<ImWchar>(0x2600)) == nullptr);
    CHECK(f.body->FindGlyphNoFallback(static_cast<ImWchar>(0xFFFD)) == nullptr);
}

// The two halves of "an ImGui assertion fails the test": the assertions are
// compiled into the native build and reach the handler with their place...
TEST_CASE("an ImGui assertion reaches the handler with its expression and file:line") {
    using namespace pakn::client;
    Headless h(1366, 768);
    g_assertions.clear();
    const auto runner = platform::set_imgui_assertion_handler(record_assertion);
    ImGui::NewFrame();
    ImGui::PopStyleColor();  // nothing was pushed: a stack underflow
    ImGui::Render();
    platform::set_imgui_assertion_handler(runner);
    REQUIRE(g_assertions.size() == 1);
    CAPTURE(g_assertions[0]);
    CHECK(g_assertions[0].find("imgui.cpp:") != std::string::npos);
    CHECK(g_assertions[0].find("Calling PopStyleColor() too many times") != std::string::npos);
}

// ...and the runner's handler fails the test case that tripped one (this
// case passes only if it fails).
TEST_CASE("a screen that trips an ImGui assertion fails its test" * doctest::should_fail()) {
    using namespace pakn::client;
    Headless h(1366, 768);
    ImGui::NewFrame();
    ImGui::Begin("##unbalanced");
    ImGui::End();
    ImGui::End();  // one End() too many
    ImGui::Render();
}

namespace {

// WCAG 2.x relative luminance and contrast ratio of two opaque colours.
double luminance(ImU32 c) {
    auto channel = [](unsigned v) {
        const double s = v / 255.0;
        return s <= 0.03928 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel((c >> IM_COL32_R_SHIFT) & 0xFF) + 0.7152 * channel((c >> IM_COL32_G_SHIFT) & 0xFF) +
           0.0722 * channel((c >> IM_COL32_B_SHIFT) & 0xFF);
}

double contrast(ImU32 a, ImU32 b) {
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

}  // namespace

TEST_CASE("every text colour reads at WCAG AA (4.5:1) on every background, in both palettes") {
    using pakn::client::ui::Palette;
    // palette, its name, the least contrast its text must reach (the
    // high-contrast one: AAA, 7:1)
    const std::tuple<const Palette&, const char*, double> palettes[] = {
        {pakn::client::ui::kStandardPalette, "standard", 4.5},
        {pakn::client::ui::kHighContrastPalette, "high contrast", 7.0},
    };
    for (const auto& [p, palette_name, least] : palettes) {
        CAPTURE(palette_name);
        // Any text colour may be drawn on any of these (a status chip inside
        // a banner, a muted line in a notice, a row under the pointer), so
        // every pair is checked.
        const std::pair<const char*, ImU32> texts[] = {
            {"text", p.text},       {"muted", p.muted},     {"primary", p.primary}, {"primary_dark", p.primary_dark},
            {"accent", p.accent},   {"success", p.success}, {"warning", p.warning}, {"danger", p.danger},
            {"info", p.info},
        };
        const std::pair<const char*, ImU32> backgrounds[] = {
            {"page", p.page},                 {"card", p.card},                 {"danger_tint", p.danger_tint},
            {"success_tint", p.success_tint}, {"warning_tint", p.warning_tint}, {"notice_tint", p.notice_tint},
            {"neutral_chip", p.neutral_chip}, {"info_chip", p.info_chip},       {"warning_chip", p.warning_chip},
            {"success_chip", p.success_chip}, {"danger_chip", p.danger_chip},   {"hover", p.hover},
        };
        for (const auto& [text_name, text] : texts)
            for (const auto& [back_name, back] : backgrounds)
                CHECK_MESSAGE(contrast(text, back) >= least,
                              text_name << " on " << back_name << ": " << contrast(text, back) << ":1");
        // White text on the filled buttons and the header.
        for (const auto& [name, fill] : {std::pair{"primary", p.primary}, std::pair{"primary_dark", p.primary_dark},
                                         std::pair{"danger", p.danger}, std::pair{"success", p.success}})
            CHECK_MESSAGE(contrast(IM_COL32_WHITE, fill) >= least,
                          "white on " << name << ": " << contrast(IM_COL32_WHITE, fill));
        // The focus ring and the borders stand out from the page (WCAG's 3:1 for
        // what is not text); a standard border is a hairline between cards, so
        // only the high-contrast one is held to it.
        CHECK(contrast(p.focus, p.page) >= 3.0);
        if (least > 4.5) CHECK(contrast(p.border, p.card) >= 3.0);
    }
    // The formula itself: black on white is 21:1, a colour on itself 1:1.
    CHECK(contrast(IM_COL32_BLACK, IM_COL32_WHITE) == doctest::Approx(21.0));
    CHECK(contrast(pakn::client::ui::kStandardPalette.primary, pakn::client::ui::kStandardPalette.primary) ==
          doctest::Approx(1.0));
}

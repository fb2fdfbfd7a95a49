// The widget registry as the accessibility mirror reads it: what each entry
// is (kind, required, checked/selected), text and headings in reading order,
// a description handed over only when a frame changed something, and focus
// requests from the mirror reaching ImGui (drawn headless, no GPU).
#include <doctest/doctest.h>

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <string>
#include <vector>

#include "app/app.h"
#include "app/strings_accounts.h"
#include "platform/native_platform.h"
#include "ui/test_hooks.h"
#include "ui/theme.h"
#include "ui/widgets.h"
#include "headless.h"

namespace {

using pakn::client::ui::WidgetInfo;

// The browser build's screen and keyboard navigation; the app's state is kept between tests.
struct Headless : pakn::client::test::Headless {
    Headless() : pakn::client::test::Headless({1280, 800, 1.0f, true, false, 3, false}) {}
};

// The first entry of `kind` labelled `label` among everything shown.
const WidgetInfo* shown(const std::string& label, const std::string& kind) {
    for (const auto& w : pakn::client::ui::test_registry_published_all())
        if (w.label == label && w.kind == kind) return &w;
    return nullptr;
}

std::string everything() {
    std::string out;
    for (const auto& w : pakn::client::ui::test_registry_published_all()) out += w.kind + ":" + w.label + "|";
    return out;
}

}  // namespace

TEST_CASE("the registry tells the mirror what each widget of the sign-in screen is") {
    using namespace pakn::client;
    Headless h;
    app().navigate("/dang-nhap");
    h.frames(4);
    CAPTURE(everything());
    struct Want {
        const char* label;
        const char* kind;
        bool required;
    };
    // Table: the screen's heading, text, tabs, fields and links, each of its kind.
    const Want wants[] = {
        {"ĐĂNG NHẬP", "heading1", false},
        {"CÁ NHÂN, DOANH NGHIỆP", "tab", false},
        {"CÁN BỘ, QUẢN LÝ", "tab", false},
        {"Mật khẩu", "password", true},
        {"Quên mật khẩu?", "link", false},
        {"Đăng ký", "link", false},
    };
    for (const auto& want : wants) {
        CAPTURE(want.label);
        const WidgetInfo* w = shown(want.label, want.kind);
        REQUIRE(w);
        CHECK(w->required == want.required);
        CHECK(w->visible);
    }
    // The first tab is the selected one.
    CHECK(shown("CÁ NHÂN, DOANH NGHIỆP", "tab")->checked);
    CHECK_FALSE(shown("CÁN BỘ, QUẢN LÝ", "tab")->checked);
    // Text comes in reading order: the heading before the fields.
    const auto& all = ui::test_registry_published_all();
    std::size_t heading = all.size(), password = all.size();
    for (std::size_t i = 0; i < all.size(); ++i) {
        if (all[i].label == "ĐĂNG NHẬP" && all[i].kind == "heading1") heading = std::min(heading, i);
        if (all[i].kind == "password") password = std::min(password, i);
    }
    CHECK(heading < password);
    // Text drawn beside a link is read too, not only pixels (ui::text).
    CHECK(shown(pakn::client::tr::accounts::kNoAccount, "text"));
    // Dear ImGui's implicit "Debug" window, never shown, is nothing to read.
    for (const auto& w : all) CHECK(w.label != "Debug");
    // The click helpers' list has no text in it (a heading "ĐĂNG NHẬP" is no button).
    for (const auto& w : ui::test_registry_published()) CHECK_FALSE(ui::is_text_kind(w.kind));
    // The JSON the mirror parses carries kind, required and the selected state.
    const std::string json = ui::test_registry_json();
    CHECK(json.find("\"label\":\"ĐĂNG NHẬP\",\"kind\":\"heading1\"") != std::string::npos);
    CHECK(json.find("\"kind\":\"password\",\"required\":true") != std::string::npos);
    CHECK(json.find("\"kind\":\"tab\",\"selected\":true") != std::string::npos);
}

TEST_CASE("the mirror gets a description only when a frame changed something") {
    using namespace pakn::client;
    Headless h;
    app().navigate("/");
    h.frames(4);
    ui::test_registry_mirror_update();  // whatever the mirror held before
    h.frames(1);
    CHECK_FALSE(ui::test_registry_mirror_update().has_value());  // the same frame again: nothing to touch
    app().navigate("/dang-nhap");
    h.frames(4);
    const auto update = ui::test_registry_mirror_update();
    REQUIRE(update.has_value());
    CHECK(update->json.find("ĐĂNG NHẬP") != std::string::npos);
    CHECK_FALSE(ui::test_registry_mirror_update().has_value());
}

TEST_CASE("focus from the mirror reaches ImGui, and pressing from it acts") {
    using namespace pakn::client;
    Headless h;
    app().navigate("/dang-nhap");
    h.frames(4);
    const WidgetInfo* forgot = shown("Quên mật khẩu?", "link");
    REQUIRE(forgot);
    const ImGuiID id = forgot->id;
    // A screen reader moved to the link: ImGui's keyboard focus follows, with its ring.
    ui::test_registry_request_focus(id, false);
    h.frames(2);
    auto focus = ui::test_registry_focus();
    CHECK(focus.id == id);
    CHECK(focus.from_keyboard);
    CHECK_FALSE(focus.editing);
    CHECK(platform::native_recorder().path == "/dang-nhap");  // focus alone does not press it
    // The reader pressed it: the link does what a click does.
    ui::test_registry_request_focus(id, true);
    h.frames(3);
    CHECK(platform::native_recorder().path == "/quen-mat-khau");
}

TEST_CASE("Tab walks the whole page: the header's links, the form in its card, and back round, Shift+Tab the other way") {
    using namespace pakn::client;
    Headless h;
    app().navigate("/dang-nhap");
    h.frames(4);
    // What each Tab lands on, by label, until the focus comes back round.
    auto label_of = [](ImGuiID id) {
        for (const auto& w : ui::test_registry_published_all())
            if (w.id == id) return w.label;
        return std::string();
    };
    std::vector<std::string> order;
    std::vector<ImGuiID> ids;
    for (int i = 0; i < 80; ++i) {
        h.key(ImGuiKey_Tab);
        const ImGuiID now = ui::test_registry_focus().id;
        if (now != 0 && !ids.empty() && now == ids.front()) break;  // round once
        ids.push_back(now);
        order.push_back(label_of(now));
    }
    std::string seen;
    for (const auto& l : order) seen += l + "|";
    CAPTURE(seen);
    auto reached = [&](const std::string& label) { return std::find(order.begin(), order.end(), label) != order.end(); };
    CHECK(reached("Trang chủ"));    // the header's navigation (outside the page's scrolling area)
    CHECK(reached("Mật khẩu"));     // a field inside the form's card
    CHECK(reached("Quên mật khẩu?"));
    CHECK(reached("Tương phản cao"));  // the footer's setting, after the card
    // Shift+Tab goes back to where the previous Tab was.
    REQUIRE(ids.size() >= 3);
    const ImGuiID before = ui::test_registry_focus().id;
    h.key(ImGuiKey_Tab);
    const ImGuiID after = ui::test_registry_focus().id;
    REQUIRE(after != before);
    ImGui::GetIO().AddKeyEvent(ImGuiMod_Shift, true);
    h.key(ImGuiKey_Tab);
    ImGui::GetIO().AddKeyEvent(ImGuiMod_Shift, false);
    h.frames(1);
    CHECK(ui::test_registry_focus().id == before);
}

TEST_CASE("a data table's cells carry their row, column and header, a layout table's carry none") {
    using namespace pakn::client;
    Headless h;
    const auto draw = [] {
        ui::test_registry_new_frame();
        ImGui::NewFrame();
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(ImVec2(600, 400));
        ImGui::Begin("tables");
        if (ImGui::BeginTable("##data", 2)) {  // a list of reports: its first row names the columns
            ImGui::TableSetupColumn("Mã");
            ImGui::TableSetupColumn("Tiêu đề");
            ImGui::TableHeadersRow();
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::Button("PA-0001");
            ImGui::TableNextColumn();
            ui::text("Cống thoát nước bị tắc");
            ImGui::EndTable();
        }
        if (ImGui::BeginTable("##form", 2)) {  // two fields side by side: layout, not data
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::Button("Lưu");
            ImGui::EndTable();
        }
        ImGui::End();
        ImGui::Render();
    };
    draw();
    draw();  // a window's first frame only lays out
    struct Want {
        const char* label;
        bool in_table;
        int row, column;
        bool header;
    };
    const Want wants[] = {
        {"Mã", true, 0, 0, true},
        {"Tiêu đề", true, 0, 1, true},
        {"PA-0001", true, 1, 0, false},
        {"Cống thoát nước bị tắc", true, 1, 1, false},
        {"Lưu", false, -1, -1, false},
    };
    CAPTURE(everything());
    ImGuiID data_table = 0;
    for (const Want& want : wants) {
        CAPTURE(want.label);
        const auto& all = ui::test_registry_published_all();
        const auto it = std::find_if(all.begin(), all.end(), [&](const WidgetInfo& w) { return w.label == want.label; });
        REQUIRE(it != all.end());
        CHECK((it->table != 0) == want.in_table);
        if (want.in_table) {
            if (!data_table) data_table = it->table;
            CHECK(it->table == data_table);  // one table: the mirror groups its cells
        }
        CHECK(it->row == want.row);
        CHECK(it->column == want.column);
        CHECK(it->header == want.header);
    }
    const std::string json = ui::test_registry_json();
    CHECK(json.find(",\"row\":0,\"col\":0,\"header\":true") != std::string::npos);
    CHECK(json.find(",\"row\":1,\"col\":1") != std::string::npos);
}

// The citizens' report screens headless, against a fake server that answers
// the requests the app made: the unsent form kept per account across a
// reload and a logout, the shared validators' errors at the fields before
// anything is sent, the server's field errors at their field, the tracking
// code screen and its copy button, the report page's buttons decided by the
// server's allowed_actions, notifications marking themselves read, and the
// map picker opening. Clicks are real mouse events on registered widgets.
#include <doctest/doctest.h>

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cmath>
#include <optional>
#include <string>

#include "app/app.h"
#include "app/screens.h"
#include "pakn/dto.h"
#include "pakn/dto_map.h"
#include "pakn/forms.h"
#include "pakn/tiles.h"
#include "platform/native_platform.h"
#include "ui/report_widgets.h"
#include "ui/test_hooks.h"
#include "ui/theme.h"
#include "views/state_reports.h"
#include "headless.h"

namespace {

using namespace pakn;
using namespace pakn::client;

using Headless = pakn::client::test::Headless;

// Answers the newest request for `method` `url` (prefix); false when none.
bool answer(const std::string& method, const std::string& url, int status, const std::string& body) {
    auto& requests = platform::native_recorder().requests;
    for (auto it = requests.rbegin(); it != requests.rend(); ++it) {
        if (it->method != method || it->url.rfind(url, 0) != 0) continue;
        auto callback = std::move(it->callback);
        requests.erase(std::next(it).base());
        callback(platform::HttpResult{status, body});
        return true;
    }
    return false;
}

// The body of the oldest request for `method` `url` (prefix), "" when none.
std::string sent_body(const std::string& method, const std::string& url) {
    for (const auto& r : platform::native_recorder().requests)
        if (r.method == method && r.url.rfind(url, 0) == 0) return r.body;
    return "";
}

bool asked(const std::string& method, const std::string& url) {
    for (const auto& r : platform::native_recorder().requests)
        if (r.method == method && r.url.rfind(url, 0) == 0) return true;
    return false;
}

void sign_in(std::int64_t id, const std::string& name, bool report_captcha = true) {
    LoginResponse r;
    r.report_captcha = report_captcha;
    r.account.id = id;
    r.account.kind = "citizen";
    r.account.login = "056191653264";
    r.account.full_name = name;
    app().sign_in(r);
}

const char* kTitle = "PHẢN ÁNH, KIẾN NGHỊ VỀ VIỆC";

}  // namespace

TEST_CASE("the unsent form is kept per account: across a reload, a logout and another person's session") {
    Headless h;
    sign_in(7, "Nguyễn Văn An");
    app().navigate("/gui-phan-anh");
    h.frames();
    auto& form = views::report_states(app()).submit;
    form.title = "Đèn đường Lê Lợi không sáng";
    form.address = "Số 5 Lê Lợi";
    h.frames();
    auto& storage = platform::native_recorder().storage;
    REQUIRE(storage.count("pakn.report-form.7.new") == 1);
    CHECK(storage["pakn.report-form.7.new"].find("Đèn đường Lê Lợi không sáng") != std::string::npos);

    // A reload: the view state starts empty; the form comes back.
    views::report_states(app()).submit = views::SubmitState{};
    h.frames();
    CHECK(views::report_states(app()).submit.title == "Đèn đường Lê Lợi không sáng");
    CHECK(views::report_states(app()).submit.address == "Số 5 Lê Lợi");

    // Logout: the form leaves the screen, not the account's storage.
    app().sign_out_local();
    h.frames();
    CHECK(views::report_states(app()).submit.title.empty());
    CHECK(storage.count("pakn.report-form.7.new") == 1);
    // Someone else signs in on the same device: they see none of it.
    sign_in(8, "Trần Thị Bình");
    h.frames();
    CHECK(views::report_states(app()).submit.title.empty());
    app().sign_out_local();
    h.frames();
    sign_in(7, "Nguyễn Văn An");
    h.frames();
    CHECK(views::report_states(app()).submit.title == "Đèn đường Lê Lợi không sáng");

    // Emptying the form forgets the copy.
    views::report_states(app()).submit.title.clear();
    views::report_states(app()).submit.address.clear();
    h.frames();
    CHECK(storage.count("pakn.report-form.7.new") == 0);
}

TEST_CASE("sending: the shared rules first, then the server's answer at the field, then the tracking code") {
    Headless h;
    sign_in(7, "Nguyễn Văn An");
    app().navigate("/gui-phan-anh");
    h.frames();
    REQUIRE(answer("GET", "/api/v1/captcha", 200, R"({"id":"cap1","question":"3 + 1 = ?"})"));
    h.frames();
    REQUIRE(h.find("3 + 1 ="));

    // Nothing typed: GỬI shows what is missing and sends nothing.
    h.click("GỬI");
    CHECK_FALSE(asked("POST", "/api/v1/reports"));
    const ui::WidgetInfo* title = h.find(kTitle);
    REQUIRE(title);
    CHECK(title->error == "Vui lòng nhập thông tin này");

    auto& form = views::report_states(app()).submit;
    form.title = "Đường Trần Phú sụt lún";
    form.content = "Mặt đường sụt lún sâu, nguy hiểm cho xe máy.";
    form.address = "Trước số 120 Trần Phú";
    form.captcha_answer = "4";
    h.frames();
    CHECK(h.find(kTitle)->error.empty());
    h.click("GỬI");
    const auto body = nlohmann::json::parse(sent_body("POST", "/api/v1/reports"), nullptr, false);
    REQUIRE(body.is_object());
    CHECK(body["submit"] == true);
    CHECK(body["captcha_id"] == "cap1");
    CHECK(body["title"] == "Đường Trần Phú sụt lún");

    // The server refuses the title: its message shows at the field, and a
    // new question replaces the used one.
    REQUIRE(answer(
        "POST", "/api/v1/reports", 422,
        R"({"error":{"code":"validation_failed","message":"Thông tin chưa hợp lệ","fields":[{"field":"title","code":"too_long","message":"Nội dung quá dài"}]}})"));
    h.frames();
    CHECK(h.find(kTitle)->error == "Nội dung quá dài");
    REQUIRE(answer("GET", "/api/v1/captcha", 200, R"({"id":"cap2","question":"2 + 5 = ?"})"));
    form.captcha_answer = "7";
    h.frames();
    h.click("GỬI");
    REQUIRE(answer("POST", "/api/v1/reports", 201, R"({"id":15,"code":"PAKN-2026-000015","status":"submitted"})"));
    h.frames();
    REQUIRE(h.find("Sao chép mã"));
    h.click("Sao chép mã");
    CHECK(platform::native_recorder().clipboard == "PAKN-2026-000015");
    CHECK(platform::native_recorder().storage.count("pakn.report-form.7.new") == 0);
    h.click("Xem phản ánh");
    CHECK(app().route.path == "/phan-anh/15");
}

// Tabbing through the form on a laptop screen (issue 16 item 2): a field
// left empty shows its error as the keyboard leaves it, and that error must
// not pull the page back to another field nor the keyboard back into the
// field; every stop is a new item, in sight, down to "GỬI" and back up. (Both happened:
// a field whose card had scrolled out of sight was skipped by Dear ImGui,
// came back on the Tab frame and counted as a new error; the field just
// left took the keyboard back.)
TEST_CASE("Tab and Shift+Tab walk the report form: no stop repeats, each is in sight, errors do not pull back") {
    Headless h({.width = 1280, .height = 700, .keyboard_navigation = true});
    sign_in(7, "Nguyễn Văn An");
    app().navigate("/gui-phan-anh");
    h.frames();
    REQUIRE(answer("GET", "/api/v1/captcha", 200, R"({"id":"cap1","question":"3 + 1 = ?"})"));
    h.frames();
    auto focused = [] {
        const ImGuiID id = ui::test_registry_focus().id;
        for (const auto& w : ui::test_registry_published_all())
            if (w.id == id) return std::optional<ui::WidgetInfo>(w);
        return std::optional<ui::WidgetInfo>();
    };
    auto tab = [&h](bool backwards) {
        if (backwards) ImGui::GetIO().AddKeyEvent(ImGuiMod_Shift, true);
        h.key(ImGuiKey_Tab);
        if (backwards) ImGui::GetIO().AddKeyEvent(ImGuiMod_Shift, false);
        h.frames(2);
    };
    // From `from` to `to` on an untouched form: every field left empty shows its error on the way.
    auto walk = [&](const std::string& from, const std::string& to, bool backwards) {
        for (int i = 0; i < 60 && !(focused() && focused()->label == from); ++i) tab(backwards);
        REQUIRE(focused());
        REQUIRE(focused()->label == from);
        views::report_states(app()).submit.status = {};
        h.frames();
        std::vector<ImGuiID> left;
        std::string trail;
        bool reached = false;
        for (int i = 0; i < 40 && !reached; ++i) {
            left.push_back(ui::test_registry_focus().id);
            tab(backwards);
            const auto now = focused();
            trail += (now ? now->label : "?") + " | ";
            CAPTURE(trail);
            REQUIRE(now);  // drawn: in the registry
            CHECK(std::find(left.begin(), left.end(), now->id) == left.end());  // a new stop, not one left
            CHECK(now->visible);
            CHECK(now->y >= 0);
            CHECK(now->y + now->h <= 700);
            reached = now->label == to;
        }
        CHECK(reached);
    };
    walk(kTitle, "GỬI", false);
    walk("GỬI", kTitle, true);
}

// The live notice that a report reached the center arrives while the "sent"
// screen shows its code: on a desktop and on a phone it must cover none of
// that screen's words or buttons (at the top right it hid the end of the
// line asking the citizen to note the code).
TEST_CASE("a live notice on the sent screen covers none of its text or buttons, desktop and phone") {
    Headless h;
    sign_in(7, "Nguyễn Văn An");
    struct Size { float w, h; const char* name; };
    for (const Size size : {Size{1366, 768, "desktop"}, Size{390, 844, "phone"}}) {
        INFO(size.name);
        ImGui::GetIO().DisplaySize = ImVec2(1366, 2600);  // the whole form on screen
        auto& form = views::report_states(app()).submit;
        form = {};
        app().navigate("/gui-phan-anh");
        h.frames();
        answer("GET", "/api/v1/captcha", 200, R"({"id":"cap1","question":"2 + 2 = ?"})");
        form.title = "Đường Trần Phú sụt lún";
        form.content = "Mặt đường sụt lún sâu, nguy hiểm cho xe máy.";
        form.address = "Trước số 120 Trần Phú";
        form.captcha_answer = "4";
        h.frames();
        h.click("GỬI");
        REQUIRE(answer("POST", "/api/v1/reports", 201, R"({"id":15,"code":"PAKN-2026-000015","status":"submitted"})"));
        ImGui::GetIO().DisplaySize = ImVec2(size.w, size.h);
        app().toasts.clear();
        const std::string told = "Phản ánh PAKN-2026-000015 đã được gửi đến Trung tâm";
        app().toast(told, "/phan-anh/15");
        h.frames();
        REQUIRE(h.find("Sao chép mã"));
        const ImGuiWindow* toasts = ImGui::FindWindowByName("##toasts");
        REQUIRE(toasts);
        const ImRect notice = toasts->Rect();
        // The screen's own words and buttons: everything labelled above the
        // page's footer (which starts with the text-size choice).
        const ui::WidgetInfo* footer = h.find("Cỡ chữ:");
        const float footer_top = footer ? footer->y : size.h;
        int checked = 0;
        for (const auto& w : ui::test_registry_published_all()) {  // text too
            if (!w.visible || w.label.empty() || w.role == "status" || w.y >= footer_top) continue;
            if (w.label == "Xem ngay" || w.label == told) continue;  // the notice's own words
            ++checked;
            const bool apart = w.y >= notice.Max.y || w.y + w.h <= notice.Min.y || w.x >= notice.Max.x ||
                               w.x + w.w <= notice.Min.x;
            CHECK_MESSAGE(apart, "the notice covers \"" << w.label << "\"");
        }
        CHECK(checked > 5);
    }
}

TEST_CASE("a sign-in that has sent a report: no captcha on the form until the server asks for one again") {
    Headless h;
    sign_in(7, "Nguyễn Văn An", false);
    app().navigate("/gui-phan-anh");
    h.frames();
    CHECK_FALSE(asked("GET", "/api/v1/captcha"));  // no challenge asked for, none drawn

    auto& form = views::report_states(app()).submit;
    form.title = "Đường Trần Phú sụt lún";
    form.content = "Mặt đường sụt lún sâu, nguy hiểm cho xe máy.";
    form.address = "Trước số 120 Trần Phú";
    h.frames();
    h.click("GỬI");  // the shared rules ask for no captcha either
    const auto body = nlohmann::json::parse(sent_body("POST", "/api/v1/reports"), nullptr, false);
    REQUIRE(body.is_object());
    CHECK(body["submit"] == true);
    CHECK_FALSE(body.contains("captcha_id"));

    // Sent too fast: the server wants the captcha again, and the form shows it
    // with the server's message at the answer box.
    REQUIRE(answer(
        "POST", "/api/v1/reports", 422,
        R"({"error":{"code":"validation_failed","message":"Thông tin chưa hợp lệ","fields":[{"field":"captcha_answer","code":"required","message":"Vui lòng nhập thông tin này"}]}})"));
    h.frames();
    CHECK(app().session.report_captcha);
    REQUIRE(answer("GET", "/api/v1/captcha", 200, R"({"id":"cap9","question":"3 + 1 = ?"})"));
    h.frames();
    const ui::WidgetInfo* captcha = h.find("3 + 1 =");
    REQUIRE(captcha);
    CHECK(captcha->error == "Vui lòng nhập thông tin này");

    // Solved and sent: the form asks the session whether the next needs one.
    form.captcha_answer = "4";
    h.frames();
    h.click("GỬI");
    REQUIRE(answer("POST", "/api/v1/reports", 201, R"({"id":16,"code":"PAKN-2026-000016","status":"submitted"})"));
    h.frames();
    CHECK(asked("GET", "/api/v1/auth/session"));
}

TEST_CASE("the report page shows only the actions the server allows, and rates with the shared levels") {
    Headless h;
    sign_in(7, "Nguyễn Văn An");
    app().navigate("/phan-anh/10");
    h.frames();
    ReportDetail d;
    d.id = 10;
    d.code = "PAKN-2026-000010";
    d.title = "Cống thoát nước bị tắc";
    d.status = Status::accepted;
    d.content = "Nước tràn lên đường mỗi khi mưa.";
    REQUIRE(answer("GET", "/api/v1/reports/10", 200, encode(d)));
    h.frames();
    CHECK_FALSE(h.find("Rút phản ánh"));
    CHECK_FALSE(h.find("Bổ sung thông tin"));

    // Asked for more information: the server allows editing and withdrawing.
    d.status = Status::needs_info;
    d.allowed_actions = {Action::resubmit, Action::edit, Action::withdraw};
    app().last_live.report_id = 10;
    ++app().live_generation;
    h.frames();
    REQUIRE(answer("GET", "/api/v1/reports/10", 200, encode(d)));
    h.frames();
    REQUIRE(h.find("Rút phản ánh"));
    h.click("Bổ sung thông tin");
    CHECK(app().route.path == "/gui-phan-anh?id=10");

    // Resolved: the rating form with the four levels.
    app().navigate("/phan-anh/10");
    h.frames();
    d.status = Status::resolved;
    d.allowed_actions = {Action::rate};
    d.result = ResultInfo{"Đã nạo vét cống.", {}, 1794900000};
    REQUIRE(answer("GET", "/api/v1/reports/10", 200, encode(d)));
    h.frames();
    // The levels are one radio group to a screen reader (kind, group, checked).
    for (const char* level : {"Rất hài lòng", "Hài lòng", "Chưa hài lòng", "Không hài lòng"}) {
        CAPTURE(level);
        const ui::WidgetInfo* radio = h.find(level);
        REQUIRE(radio);
        CHECK(radio->kind == "radio");
        CHECK(radio->group == "Đánh giá mức độ hài lòng");
        CHECK_FALSE(radio->checked);
    }
    CHECK(ui::test_registry_json().find(",\"group\":\"Đánh giá mức độ hài lòng\"") != std::string::npos);
    CHECK_FALSE(h.find("Rút phản ánh"));
    h.click("Gửi đánh giá");  // no level chosen: refused here
    CHECK_FALSE(asked("POST", "/api/v1/reports/10/actions"));
    h.click("Hài lòng");
    CHECK(h.find("Hài lòng")->checked);
    CHECK_FALSE(h.find("Rất hài lòng")->checked);
    h.click("Gửi đánh giá");
    const auto body = nlohmann::json::parse(sent_body("POST", "/api/v1/reports/10/actions"), nullptr, false);
    REQUIRE(body.is_object());
    CHECK(body["action"] == "rate");
    CHECK(body["rating"] == "satisfied");
    d.status = Status::closed;
    d.allowed_actions = {};
    d.rating = RatingInfo{SatisfactionLevel::satisfied, "", 1794900100};
    REQUIRE(answer("POST", "/api/v1/reports/10/actions", 200, encode(d)));
    h.frames();
    CHECK_FALSE(h.find("Gửi đánh giá"));
}

TEST_CASE("after an unsatisfied rating the reporter asks for reconsideration once, with a reason") {
    Headless h;
    sign_in(7, "Nguyễn Văn An");
    app().navigate("/phan-anh/11");
    h.frames();
    ReportDetail d;
    d.id = 11;
    d.code = "PAKN-2026-000011";
    d.title = "Đèn đường không sáng";
    d.status = Status::closed;
    d.content = "Cả đoạn đường tối từ tuần trước.";
    d.result = ResultInfo{"Đã thay bóng đèn.", {}, 1794900000};
    d.rating = RatingInfo{SatisfactionLevel::dissatisfied, "", 1794900100};
    d.allowed_actions = {Action::request_reconsideration};
    REQUIRE(answer("GET", "/api/v1/reports/11", 200, encode(d)));
    h.frames();
    h.click("Đề nghị xem xét lại");
    REQUIRE(h.find("Lý do đề nghị xem xét lại"));
    h.click("Gửi đề nghị");  // no reason: the field says so, nothing is sent
    CHECK(h.find("Lý do đề nghị xem xét lại")->error == "Vui lòng nhập thông tin này");
    CHECK_FALSE(asked("POST", "/api/v1/reports/11/actions"));

    const std::string reason = "Đèn vẫn tắt vào ban đêm.";
    views::report_states(app()).report.reconsider_note = reason;
    h.frames();
    h.click("Gửi đề nghị");
    const auto body = nlohmann::json::parse(sent_body("POST", "/api/v1/reports/11/actions"), nullptr, false);
    REQUIRE(body.is_object());
    CHECK(body["action"] == "request_reconsideration");
    CHECK(body["note"] == reason);
    // The server's field error (e.g. a reason it finds too long) lands at the field.
    REQUIRE(answer("POST", "/api/v1/reports/11/actions", 422,
                   R"({"error":{"code":"validation_failed","message":"Thông tin chưa hợp lệ","fields":[{"field":"note","code":"too_long","message":"Nội dung quá dài"}]}})"));
    h.frames();
    CHECK(h.find("Lý do đề nghị xem xét lại")->error == "Nội dung quá dài");
    h.click("Gửi đề nghị");
    d.allowed_actions = {};
    d.reconsideration_pending = d.reconsideration_requested = true;
    REQUIRE(answer("POST", "/api/v1/reports/11/actions", 200, encode(d)));
    h.frames();
    // The dialog closes; the page says the request waits for the center.
    CHECK_FALSE(h.find("Lý do đề nghị xem xét lại"));
    CHECK_FALSE(h.find("Đề nghị xem xét lại"));
    CHECK(h.find("Đã gửi đề nghị xem xét lại — đang chờ Trung tâm quyết định"));

    // Declined: the center's reason, from the timeline, and no button again.
    d.reconsideration_pending = false;
    Event declined;
    declined.id = 9;
    declined.action = Action::decline_reconsideration;
    declined.note = "Đơn vị đã kiểm tra, đèn sáng bình thường.";
    declined.created_at = 1794990000;
    d.events = {declined};
    app().last_live.report_id = 11;
    ++app().live_generation;
    h.frames();
    REQUIRE(answer("GET", "/api/v1/reports/11", 200, encode(d)));
    h.frames();
    CHECK(h.find("Trung tâm không chấp thuận đề nghị xem xét lại. Lý do: Đơn vị đã kiểm tra, đèn sáng bình thường."));
    CHECK_FALSE(h.find("Đề nghị xem xét lại"));
}

TEST_CASE("notifications: opening one marks it read, goes to its report, and the header count follows") {
    Headless h;
    sign_in(7, "Nguyễn Văn An");
    app().session.unread_notifications = 2;
    app().navigate("/thong-bao");
    h.frames();
    CHECK(h.find("Thông báo (2)"));
    Page<Notification> page;
    page.total = 2;
    page.items.push_back(Notification{2, "request_info", "Phản ánh PAKN-2026-000010 cần bổ sung thông tin",
                                      "Vui lòng gửi thêm ảnh", 10, "PAKN-2026-000010", 1794900000, false});
    page.items.push_back(Notification{1, "submitted", "Phản ánh PAKN-2026-000010 đã được gửi đến Trung tâm", "", 10,
                                      "PAKN-2026-000010", 1794890000, false});
    REQUIRE(answer("GET", "/api/v1/me/notifications", 200, encode(page)));
    h.frames();
    h.click("Phản ánh PAKN-2026-000010 cần bổ sung thông tin");
    CHECK(asked("POST", "/api/v1/me/notifications/2/read"));
    CHECK(app().route.path == "/phan-anh/10");
    CHECK(app().session.unread_notifications == 1);
    h.frames();
    CHECK(h.find("Thông báo (1)"));
}

TEST_CASE("lookup: the code from the box goes to the address, upper-cased, and the answer is drawn") {
    Headless h;
    app().navigate("/tra-cuu");
    h.frames();
    h.click("Tra cứu");  // nothing typed: asks for the code, sends nothing
    CHECK_FALSE(asked("GET", "/api/v1/public/lookup/"));
    views::report_states(app()).lookup.code = " pakn-2026-000010 ";
    h.frames();
    h.click("Tra cứu");
    CHECK(app().route.path == "/tra-cuu?ma=PAKN-2026-000010");
    h.frames();
    REQUIRE(asked("GET", "/api/v1/public/lookup/PAKN-2026-000010"));
    LookupResult r;
    r.code = "PAKN-2026-000010";
    r.status = Status::in_progress;
    r.status_label = "Đang xử lý";
    r.updated_at = 1794900000;
    REQUIRE(answer("GET", "/api/v1/public/lookup/PAKN-2026-000010", 200, encode(r)));
    h.frames();
    CHECK(views::report_states(app()).lookup.result.ok());
}

TEST_CASE("the map picker opens on the submit form, with or without commune boundaries") {
    Headless h;
    sign_in(7, "Nguyễn Văn An");
    app().navigate("/gui-phan-anh");
    h.frames();
    h.click("Chọn trên bản đồ");
    REQUIRE(asked("GET", "/api/v1/public/map"));
    MapData empty;  // a server without imported boundaries
    REQUIRE(answer("GET", "/api/v1/public/map", 200, encode(empty)));
    views::report_states(app()).submit.lat = "12.2451";
    views::report_states(app()).submit.lon = "109.1943";
    h.frames(4);
    CHECK(h.find("Ẩn bản đồ"));
    // No empty grid that ignores clicks: the form says why and keeps the address fields.
    const std::string no_map = "Hệ thống chưa có dữ liệu bản đồ để chọn vị trí. Vui lòng ghi rõ địa điểm, chọn xã, phường, "
                               "hoặc bấm \"Vị trí của tôi\" để lấy vị trí của thiết bị.";
    bool said = false;
    for (const auto& w : ui::test_registry_published())
        said = said || (w.role == "alert" && w.label == no_map);
    CHECK_MESSAGE(said, h.labels());
    CHECK(h.find("ĐỊA ĐIỂM PHẢN ÁNH, KIẾN NGHỊ"));
    CHECK(ImGui::GetCurrentContext()->WithinFrameScope == false);
}

// The tile zoom the map reports in its view entry ("lat, lon; zN"), or -99.
int map_zoom(const ui::WidgetInfo* view) {
    if (!view) return -99;
    const auto at = view->value.rfind('z');
    return at == std::string::npos ? -99 : std::atoi(view->value.c_str() + at + 1);
}

namespace {

// A signed-in citizen's form with its map picker opened, before the map
// data answers; no tile asked for yet.
void open_map_picker(Headless& h) {
    sign_in(7, "Nguyễn Văn An");
    app().navigate("/gui-phan-anh");
    h.frames();
    platform::native_recorder().image_urls.clear();
    h.click("Chọn trên bản đồ");
}

}  // namespace

TEST_CASE("the map picker over a base map without boundaries: tiles asked for, pinch zooms, a click pins") {
    Headless h;
    open_map_picker(h);
    auto& rec = platform::native_recorder();
    MapData tiles_only;
    tiles_only.tiles = TileSource{"/tiles/{z}/{x}/{y}", "© Những người đóng góp OpenStreetMap", 7, 12, ""};
    REQUIRE(answer("GET", "/api/v1/public/map", 200, encode(tiles_only)));
    h.frames(4);
    for (const auto& w : ui::test_registry_published()) CHECK(w.role != "alert");  // no "no map data" warning
    CHECK(h.find_text("© Những người đóng góp OpenStreetMap"));  // the licence's credit, on the map
    // The tiles of the fitted view, at one zoom, through the local route.
    REQUIRE_FALSE(rec.image_urls.empty());
    const int z0 = map_zoom(h.find("Vùng bản đồ đang xem"));
    CHECK(z0 >= 7);
    CHECK(z0 <= 12);
    for (const auto& url : rec.image_urls) {
        CAPTURE(url);
        CHECK(url.starts_with("/tiles/" + std::to_string(z0) + "/"));
    }
    // Two fingers spread to twice their distance: one zoom level deeper.
    auto& st = views::report_states(app()).submit;
    const ScreenRect vp = st.map_view.view.viewport;
    const float cx = static_cast<float>(vp.x + vp.width / 2), cy = static_cast<float>(vp.y + vp.height / 2);
    CHECK(rec.touch_area_claimed);
    rec.gesture = platform::TouchGesture{0, 0, 2.0f, cx, cy, true};
    h.frames(2);
    CHECK(map_zoom(h.find("Vùng bản đồ đang xem")) == z0 + 1);
    // A one-finger drag pans: the centre moves west when the finger moves east.
    const double lon_before = st.map_view.view.center.lon;
    rec.gesture = platform::TouchGesture{60, 0, 1.0f, cx, cy, true};
    h.frames(2);
    CHECK(st.map_view.view.center.lon < lon_before);
    // A click in the middle pins the place under it (no commune without boundaries).
    const LonLat under = st.map_view.view.to_lonlat(ScreenPoint{cx, cy});
    ImGuiIO& io = ImGui::GetIO();
    io.AddMousePosEvent(cx, cy);
    h.frames(1);
    io.AddMouseButtonEvent(0, true);
    h.frames(1);
    io.AddMouseButtonEvent(0, false);
    h.frames(3);
    CHECK(std::abs(std::atof(st.lat.c_str()) - under.lat) < 1e-4);
    CHECK(std::abs(std::atof(st.lon.c_str()) - under.lon) < 1e-4);
    CHECK(st.commune_code.empty());
}

TEST_CASE("the map picker asks only for the tiles inside the base map's extent") {
    Headless h;
    open_map_picker(h);
    auto& rec = platform::native_recorder();
    // A file holding Nha Trang only: the fitted view of the province reaches past it.
    const std::string nha_trang = "109.1,12.15,109.25,12.3";
    MapData tiles_only;
    tiles_only.tiles = TileSource{"/tiles/{z}/{x}/{y}", "© Những người đóng góp OpenStreetMap", 7, 12, nha_trang};
    REQUIRE(answer("GET", "/api/v1/public/map", 200, encode(tiles_only)));
    h.frames(4);
    const int z = map_zoom(h.find("Vùng bản đồ đang xem"));
    REQUIRE(z >= 7);
    const MapView& v = views::report_states(app()).submit.map_view.view;
    const LonLat nw = v.to_lonlat(ScreenPoint{v.viewport.x, v.viewport.y});
    const LonLat se = v.to_lonlat(ScreenPoint{v.viewport.x + v.viewport.width, v.viewport.y + v.viewport.height});
    const TileRange seen = tiles_to_draw(nw, se, z, ""), held = tiles_to_draw(nw, se, z, nha_trang);
    REQUIRE(seen.count() > held.count());  // the premise: some tiles in view lie outside the file
    REQUIRE_FALSE(rec.image_urls.empty());
    for (const auto& url : rec.image_urls) {
        CAPTURE(url);
        int uz = -1, ux = -1, uy = -1;
        REQUIRE(std::sscanf(url.c_str(), "/tiles/%d/%d/%d", &uz, &ux, &uy) == 3);
        CHECK(uz == z);
        CHECK(ux >= held.x0);
        CHECK(ux <= held.x1);
        CHECK(uy >= held.y0);
        CHECK(uy <= held.y1);
    }
}

namespace {

// A page of the reporter's list: 20 reports from `first_id` (of `total`).
std::string my_reports_page(int page, int total) {
    nlohmann::json items = nlohmann::json::array();
    for (int id = (page - 1) * 20 + 1; id <= std::min(total, page * 20); ++id)
        items.push_back({{"id", id},
                         {"code", "PAKN-2026-" + std::string(6 - std::to_string(id).size(), '0') + std::to_string(id)},
                         {"title", "Phản ánh số " + std::to_string(id)},
                         {"status", "in_progress"},
                         {"created_at", "2026-11-20T08:00:00Z"}});
    return nlohmann::json{{"total", total}, {"page", page}, {"page_size", 20}, {"items", items}}.dump();
}

// The list's state as the screen's URL and as the API request it makes.
std::string my_reports_query(const std::string& q, std::optional<Status> status, int page) {
    ListQuery l;
    l.q = q;
    l.status = status;
    l.page = page;
    return to_query_string(l);
}

std::string my_reports_path(const std::string& q, std::optional<Status> status, int page) {
    return path_with_query(Screen::my_reports, my_reports_query(q, status, page));
}

std::string my_reports_api(const std::string& q, std::optional<Status> status, int page) {
    return "/api/v1/me/reports?" + my_reports_query(q, status, page);
}

}  // namespace

TEST_CASE("my reports: search, status and page live in the URL, a reload and Back return to them") {
    Headless h;
    sign_in(7, "Nguyễn Văn An");
    auto& rec = platform::native_recorder();
    auto& mine = views::report_states(app()).mine;
    app().navigate(my_reports_path("đường", Status::in_progress, 2));
    h.frames();
    REQUIRE(answer("GET", my_reports_api("đường", Status::in_progress, 2), 200, my_reports_page(2, 45)));
    h.frames();
    CHECK(mine.search == "đường");
    CHECK(mine.status == "in_progress");
    REQUIRE(h.find("Phản ánh số 21"));

    // "Sau →": the next page is in the URL (the same history entry).
    h.click("Sau →");
    CHECK(app().route.path == my_reports_path("đường", Status::in_progress, 3));
    REQUIRE(answer("GET", my_reports_api("đường", Status::in_progress, 3), 200, my_reports_page(3, 45)));
    h.frames();

    // A reload starts from an empty screen state: the URL brings it all back.
    mine = views::MyReportsState{};
    h.frames();
    CHECK(mine.search == "đường");
    CHECK(mine.status == "in_progress");
    REQUIRE(answer("GET", my_reports_api("đường", Status::in_progress, 3), 200, my_reports_page(3, 45)));

    // Typing a new search applies after a pause, from page 1.
    mine.search = "cống";
    mine.typed_at_ms = platform::now_ms();
    h.frames();
    CHECK(app().route.path == my_reports_path("đường", Status::in_progress, 3));  // still typing
    rec.clock_advance_ms += 1000;
    h.frames();
    CHECK(app().route.path == my_reports_path("cống", Status::in_progress, 1));
    REQUIRE(answer("GET", my_reports_api("cống", Status::in_progress, 1), 200, my_reports_page(1, 45)));
    h.frames();

    // The scroll: a short window, scrolled down, still for a moment, is
    // written to the history entry; a report opens at the top; Back (the
    // browser restores the entry) returns to the same place.
    ImGui::GetIO().DisplaySize = ImVec2(1366, 700);
    h.frames();
    ImGui::GetIO().AddMousePosEvent(683, 400);
    for (int i = 0; i < 6; ++i) {
        ImGui::GetIO().AddMouseWheelEvent(0, -3);
        h.frames(1);
    }
    h.frames();
    const float scrolled = app().scroll.last;
    REQUIRE(scrolled > 300);
    CHECK(rec.history_scroll < 0);  // not yet: it is written once still
    rec.clock_advance_ms += 1000;
    h.frames();
    CHECK(rec.history_scroll == doctest::Approx(scrolled));
    const std::string list_path = app().route.path;
    app().navigate("/phan-anh/5");
    h.frames();
    CHECK(rec.history_scroll < 0);
    CHECK(app().scroll.last == 0);
    // Back: the browser puts the list's URL and state back, then popstate.
    rec.path = list_path;
    rec.history_scroll = scrolled;
    app().on_location_changed();
    h.frames(6);
    CHECK(app().scroll.last == doctest::Approx(scrolled));
    ImGui::GetIO().DisplaySize = ImVec2(1366, 2600);
    rec.clock_advance_ms = 0;
}

TEST_CASE("an edit link opened signed out asks to sign in and comes back to it") {
    Headless h;
    sign_in(7, "Nguyễn Văn An");
    app().sign_out_local();  // the session was checked: nobody is signed in
    app().navigate("/gui-phan-anh?id=12");
    h.frames();
    CHECK(app().route.screen == Screen::login);
    CHECK(app().query("sau") == "/gui-phan-anh?id=12");
    CHECK_FALSE(asked("GET", "/api/v1/reports/12"));  // no "không tìm thấy" from a request made signed out
}

TEST_CASE("a failed upload does not use up one of the report's five places") {
    Headless h;
    sign_in(7, "Nguyễn Văn An");
    auto& rec = platform::native_recorder();
    rec.file_picks.clear();
    rec.uploads.clear();
    ui::UploadList files;
    auto pick = [&](std::vector<platform::PickedFile> chosen) {
        ui::pick_and_upload(files);
        REQUIRE_FALSE(rec.file_picks.empty());
        auto deliver = std::move(rec.file_picks.back());
        rec.file_picks.pop_back();
        deliver(std::move(chosen));
    };
    // Four photos and a program the form refuses at once.
    pick({{1, "a.jpg", 1000, "image/jpeg"},
          {2, "b.jpg", 1000, "image/jpeg"},
          {3, "c.jpg", 1000, "image/jpeg"},
          {4, "d.jpg", 1000, "image/jpeg"},
          {5, "setup.exe", 1000, "application/x-msdownload"}});
    CHECK(files.items.size() == 5);
    CHECK(ui::uploads_failed(files));
    CHECK(ui::files_in_use(files) == 4);
    // The refused file took no place: a fifth photo is still accepted...
    pick({{6, "e.jpg", 1000, "image/jpeg"}});
    CHECK(ui::files_in_use(files) == 5);
    CHECK(files.notice.empty());
    // ...and a sixth is not.
    pick({{7, "f.jpg", 1000, "image/jpeg"}});
    CHECK(ui::files_in_use(files) == 5);
    CHECK_FALSE(files.notice.empty());
    ui::clear_uploads(files);
}

TEST_CASE("the sent screen on a phone: the buttons wrap inside the screen, a notice does not cover the code") {
    Headless h;
    ImGui::GetIO().DisplaySize = ImVec2(360, 740);
    sign_in(7, "Nguyễn Văn An");
    app().navigate("/gui-phan-anh");
    h.frames();
    REQUIRE(answer("GET", "/api/v1/captcha", 200, R"({"id":"cap1","question":"3 + 1 = ?"})"));
    auto& form = views::report_states(app()).submit;
    form.title = "Đường Trần Phú sụt lún";
    form.content = "Mặt đường sụt lún sâu, nguy hiểm cho xe máy.";
    form.address = "Trước số 120 Trần Phú";
    form.captcha_answer = "4";
    form.sent = ReportCreated{15, "PAKN-2026-000015", Status::submitted};
    app().toasts.push_back({"Phản ánh PAKN-2026-000015 đã được tiếp nhận", "/phan-anh/15", platform::now_ms() + 8000});
    h.frames(4);
    for (const char* label : {"Sao chép mã", "Xem phản ánh", "Phản ánh, kiến nghị của tôi", "Tạo phản ánh mới"}) {
        const ui::WidgetInfo* w = h.find(label);
        REQUIRE_MESSAGE(w, std::string(label) << " not on screen: " << h.labels());
        CHECK_MESSAGE(w->x + w->w <= 360, std::string(label) << " ends at " << w->x + w->w);
    }
    // The notice sits at the bottom, clear of the heading and the code.
    const ui::WidgetInfo* notice = nullptr;
    for (const auto& w : ui::test_registry_published())
        if (w.role == "status") notice = &w;
    REQUIRE(notice);
    CHECK(notice->y > h.find("Sao chép mã")->y + h.find("Sao chép mã")->h);
    CHECK(notice->y + notice->h <= 740);
    app().toasts.clear();
    ImGui::GetIO().DisplaySize = ImVec2(1366, 2600);
}

TEST_CASE("the footer's text size grows the whole interface and is kept on the device") {
    Headless h;
    app().navigate("/tra-cuu");
    h.frames();
    REQUIRE(h.find("A++"));
    const float small_height = h.find("Tra cứu")->h;
    h.click("A+");
    CHECK(ui::text_size() == 1.25f);
    CHECK(platform::native_recorder().storage["pakn.text-size"] == "1");
    // The fonts change between frames, where the browser's loop applies the theme.
    ui::apply_theme(1.0f);
    h.frames();
    CHECK(ui::scale() == doctest::Approx(1.25f));
    CHECK(h.find("Tra cứu")->h == doctest::Approx(small_height * 1.25f).epsilon(0.05));
    // A reload: the saved size comes back before the first frame; a bad value is the default.
    ui::set_text_size(1.0f);
    app().restore_preferences();
    CHECK(ui::text_size() == 1.25f);
    platform::native_recorder().storage["pakn.text-size"] = "9";
    app().restore_preferences();
    CHECK(ui::text_size() == 1.0f);
    platform::native_recorder().storage.erase("pakn.text-size");
}

TEST_CASE("the form's nearby panel: asks after a pause, shows the reports next door, follows one instead of sending") {
    Headless h;
    sign_in(7, "Nguyễn Văn An", false);
    app().navigate("/gui-phan-anh");
    h.frames();
    auto& form = views::report_states(app()).submit;
    auto& rec = platform::native_recorder();
    // Nothing to place it by: nothing asked, however long one waits.
    form.title = "Ổ gà đường Trần Phú";
    h.frames();
    rec.clock_advance_ms += 5000;
    h.frames();
    CHECK_FALSE(asked("GET", "/api/v1/reports/nearby"));

    // A point: asked once the typing pauses, with the shared query string.
    form.lat = "12.2391";
    form.lon = "109.1967";
    h.frames();
    CHECK_FALSE(asked("GET", "/api/v1/reports/nearby"));
    // The page draws only on demand: while the pause runs, the panel keeps
    // frames coming, or nothing would ever ask once the typing stopped.
    ui::reset_animation_request();
    h.frames(1);
    CHECK(ui::animation_requested());
    rec.clock_advance_ms += views::kNearbyPauseMs;
    h.frames();
    REQUIRE(asked("GET", "/api/v1/reports/nearby?lat=12.239100&lon=109.196700&q="));
    // The same query is not asked again.
    REQUIRE(answer("GET", "/api/v1/reports/nearby", 200,
                   R"([{"id":31,"title":"Ổ gà lớn đường Trần Phú","status":"in_progress","distance_m":33,"followers":1}])"));
    rec.clock_advance_ms += 5000;
    h.frames();
    CHECK_FALSE(asked("GET", "/api/v1/reports/nearby"));
    REQUIRE(h.find("2 người cùng phản ánh"));

    // Following it: the request, then the state the server answers.
    h.click("Theo dõi phản ánh này");
    REQUIRE(asked("POST", "/api/v1/reports/31/follow"));
    REQUIRE(answer("POST", "/api/v1/reports/31/follow", 200, R"({"following":true,"followers":2})"));
    h.frames();
    CHECK(h.find("Bỏ theo dõi"));
    CHECK(h.find("3 người cùng phản ánh"));
    h.click("Xem phản ánh đang theo dõi");
    CHECK(app().route.path == "/phan-anh/31");
    CHECK_FALSE(asked("POST", "/api/v1/reports"));
}

TEST_CASE("the nearby panel asks a signed-out visitor to sign in to follow") {
    Headless h;
    app().navigate("/gui-phan-anh");
    h.frames();
    auto& form = views::report_states(app()).submit;
    form.commune_code = "22333";
    form.category_code = "su_co_giao_thong";
    h.frames();
    platform::native_recorder().clock_advance_ms += views::kNearbyPauseMs;
    h.frames();
    REQUIRE(answer("GET", "/api/v1/reports/nearby?commune=22333&category=su_co_giao_thong", 200,
                   R"([{"id":31,"title":"Ổ gà lớn đường Trần Phú","status":"submitted"}])"));
    h.frames();
    h.click("Đăng nhập để theo dõi");
    CHECK(app().route.path.rfind("/dang-nhap", 0) == 0);
}

TEST_CASE("area alerts: nothing is sent without an area, a commune subscribed shows in the list and is removed") {
    Headless h;
    sign_in(7, "Nguyễn Văn An");
    app().navigate("/tai-khoan/nhan-tin");
    h.frames();
    REQUIRE(answer("GET", "/api/v1/me/subscriptions", 200, "[]"));
    h.frames();
    CHECK(h.find_text("Nhận tin theo khu vực"));
    CHECK(h.find_text("Bạn chưa đăng ký nhận tin ở khu vực nào."));
    // Neither a commune nor a category: the shared rule refuses at the field.
    h.click("Đăng ký nhận tin");
    CHECK_FALSE(asked("POST", "/api/v1/me/subscriptions"));
    const ui::WidgetInfo* commune = h.find("Xã, phường");
    REQUIRE(commune);
    CHECK(commune->error == "Vui lòng chọn xã/phường hoặc lĩnh vực muốn nhận tin");
    // With a commune it goes out, and the list shows the area.
    auto& s = views::report_states(app()).alerts;
    s.commune_code = "22333";
    h.frames();
    h.click("Đăng ký nhận tin");
    const auto body = nlohmann::json::parse(sent_body("POST", "/api/v1/me/subscriptions"), nullptr, false);
    REQUIRE(body.is_object());
    CHECK(body["commune_code"] == "22333");
    CHECK_FALSE(body.contains("category_code"));
    REQUIRE(answer("POST", "/api/v1/me/subscriptions", 201,
                   R"({"id":5,"commune_code":"22333","commune_name":"Phường Bắc Nha Trang","created_at":"2026-12-07T08:00:00Z"})"));
    h.frames();
    CHECK(h.find_text("Phường Bắc Nha Trang · Mọi lĩnh vực"));
    CHECK(s.commune_code.empty());  // the form is ready for another area
    // "Hủy" removes it on the server and from the list.
    h.click("Hủy");
    CHECK(asked("DELETE", "/api/v1/me/subscriptions/5"));
    REQUIRE(answer("DELETE", "/api/v1/me/subscriptions/5", 204, ""));
    h.frames();
    CHECK_FALSE(h.find_text("Phường Bắc Nha Trang · Mọi lĩnh vực"));
    CHECK(h.find_text("Bạn chưa đăng ký nhận tin ở khu vực nào."));
}

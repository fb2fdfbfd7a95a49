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

#include <string>

#include "app/app.h"
#include "pakn/dto.h"
#include "pakn/dto_map.h"
#include "platform/native_platform.h"
#include "ui/test_hooks.h"
#include "ui/theme.h"
#include "views/state_reports.h"

namespace {

using namespace pakn;
using namespace pakn::client;

struct Headless {
    // Tall enough that every widget of a screen is on it without scrolling.
    Headless() {
        ImGui::CreateContext();
        ImGui::GetCurrentContext()->TestEngineHookItems = true;
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DisplaySize = ImVec2(1366, 2600);
        io.DeltaTime = 1.0f / 60.0f;
        ui::apply_theme(1.0f);
        unsigned char* pixels;
        int w, h;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
        auto& rec = platform::native_recorder();
        rec.requests.clear();
        rec.storage.clear();
        rec.clipboard.clear();
    }
    ~Headless() {
        app().sign_out_local();
        views::report_states(app()) = views::ReportStates{};
        platform::native_recorder().requests.clear();
        ImGui::DestroyContext();
        ui::apply_theme(0.0f);
    }
    void frames(int n = 3) {
        for (int i = 0; i < n; ++i) {
            ui::test_registry_new_frame();
            ImGui::NewFrame();
            app().frame();
            ImGui::Render();
        }
    }
    const ui::WidgetInfo* find(const std::string& label) {
        for (const auto& w : ui::test_registry_published())
            if (w.label == label && w.visible) return &w;
        return nullptr;
    }
    void click(const std::string& label) {
        const ui::WidgetInfo* w = find(label);
        REQUIRE_MESSAGE(w, "no widget " << label << " on screen: " << labels());
        ImGuiIO& io = ImGui::GetIO();
        const float x = w->x + w->w / 2, y = w->y + w->h / 2;
        io.AddMousePosEvent(x, y);
        frames(1);
        io.AddMouseButtonEvent(0, true);
        frames(1);
        io.AddMouseButtonEvent(0, false);
        frames(3);
    }
    std::string labels() {
        std::string out;
        for (const auto& w : ui::test_registry_published())
            if (!w.label.empty()) out += w.label + "|";
        return out;
    }
};

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
    for (const char* level : {"Rất hài lòng", "Hài lòng", "Chưa hài lòng", "Không hài lòng"})
        CHECK(h.find(level));
    CHECK_FALSE(h.find("Rút phản ánh"));
    h.click("Gửi đánh giá");  // no level chosen: refused here
    CHECK_FALSE(asked("POST", "/api/v1/reports/10/actions"));
    h.click("Hài lòng");
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
    CHECK(ImGui::GetCurrentContext()->WithinFrameScope == false);
}

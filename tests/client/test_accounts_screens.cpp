// Headless checks of the accounts screens: drawn with Dear ImGui's null
// renderer, clicked with synthetic mouse events at the rectangles the widget
// registry publishes, and answered through the native platform's recorded
// requests (no server). They pin down what the browser test cannot easily
// vary: which errors show when, where server errors land, what is sent,
// where each answer leads, and that an OTP flow survives a reload.
#include <doctest/doctest.h>

#include <imgui.h>
#include <imgui_internal.h>

#include <string_view>

#include <nlohmann/json.hpp>

#include <string>

#include "app/app.h"
#include "pakn/url.h"
#include "pakn/messages.h"
#include "platform/native_platform.h"
#include "ui/test_hooks.h"
#include "ui/theme.h"
#include "views/accounts_common.h"
#include "views/state_accounts.h"

namespace {

using namespace pakn::client;
using nlohmann::json;

struct Harness {
    explicit Harness(float width = 1280, float height = 2400) {
        ImGui::CreateContext();
        ImGui::GetCurrentContext()->TestEngineHookItems = true;
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DisplaySize = ImVec2(width, height);
        io.DeltaTime = 1.0f / 60.0f;
        ui::apply_theme(1.0f);
        unsigned char* pixels;
        int w, h;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
        reset_app();
        app().session.checked = true;
    }
    ~Harness() {
        reset_app();  // the App is one per process: leave nothing to other suites
        ImGui::DestroyContext();
        ui::apply_theme(0.0f);
    }
    // No session, no screen state, no requests, back at the home page.
    static void reset_app() {
        platform::close_events();
        app().session = Session{};
        app().view_states.reset();
        app().flash.clear();
        app().toasts.clear();
        app().route = resolve_route("/");
        platform::native_recorder().requests.clear();
        platform::native_recorder().storage.clear();
        platform::native_recorder().csrf.clear();
    }
    void frames(int n = 2) {
        for (int i = 0; i < n; ++i) {
            ui::test_registry_new_frame();
            ImGui::NewFrame();
            app().frame();
            ImGui::Render();
        }
    }
    void open(const std::string& path) {
        app().navigate(path);
        frames(4);  // nested auto-sized children settle over a few frames
    }
    // The last widget labelled `label` (the page's own, after the header's).
    const ui::WidgetInfo* find(const std::string& label) const {
        const ui::WidgetInfo* found = nullptr;
        for (const auto& w : ui::test_registry_published())
            if (w.label == label) found = &w;
        return found;
    }
    std::string labels() const {
        std::string out;
        for (const auto& w : ui::test_registry_published())
            out += w.label + "|";
        return out;
    }
    void click(const std::string& label) {
        // Nested auto-sized panels settle a frame per level after new
        // content arrives (a field's error line, a challenge): wait, a few
        // frames at most, until the widget shows at the same place twice.
        const ui::WidgetInfo* w = find(label);
        for (int i = 0; i < 8; ++i) {
            const bool shown = w && w->visible && w->h > 0;
            const float x = shown ? w->x : -1, y = shown ? w->y : -1;
            frames(1);
            w = find(label);
            if (shown && w && w->visible && w->x == x && w->y == y) break;
        }
        CAPTURE(labels());
        REQUIRE_MESSAGE(w, "no widget " << label);
        const ImVec2 at(w->x + w->w * 0.5f, w->y + w->h * 0.5f);
        ImGuiIO& io = ImGui::GetIO();
        io.AddMousePosEvent(at.x, at.y);
        frames(1);
        io.AddMouseButtonEvent(0, true);
        frames(1);
        io.AddMouseButtonEvent(0, false);
        frames(2);
    }
    // Replaces a field's text the way a user does: click, select all, type.
    void type(const std::string& label, const std::string& text) {
        click(label);
        ImGuiIO& io = ImGui::GetIO();
        io.AddKeyEvent(ImGuiMod_Ctrl, true);
        io.AddKeyEvent(ImGuiKey_A, true);
        frames(1);
        io.AddKeyEvent(ImGuiKey_A, false);
        io.AddKeyEvent(ImGuiMod_Ctrl, false);
        frames(1);
        io.AddInputCharactersUTF8(text.c_str());
        frames(2);
    }
    std::string error_of(const std::string& label) const {
        const ui::WidgetInfo* w = find(label);
        return w ? w->error : "<no widget " + label + ">";
    }
};

// The newest request to `url` not answered yet (or null).
platform::RecordedRequest* pending(const std::string& method, const std::string& url) {
    auto& all = platform::native_recorder().requests;
    for (auto it = all.rbegin(); it != all.rend(); ++it)
        if (it->method == method && it->url == url && it->callback) return &*it;
    return nullptr;
}

int count(const std::string& method, const std::string& url) {
    int n = 0;
    for (const auto& r : platform::native_recorder().requests)
        if (r.method == method && r.url == url) ++n;
    return n;
}

// Answers the newest pending request to `url`.
void answer(const std::string& method, const std::string& url, int status, const json& body) {
    platform::RecordedRequest* r = pending(method, url);
    REQUIRE_MESSAGE(r, "no pending " << method << " " << url);
    auto callback = std::move(r->callback);
    r->callback = nullptr;
    callback(platform::HttpResult{status, body.dump()});
}

json error_body(const std::string& code, const std::string& field = "", const std::string& field_code = "") {
    json fields = json::array();
    if (!field.empty())
        fields.push_back({{"field", field}, {"code", field_code}, {"message", pakn::message_for(field_code)}});
    return {{"error", {{"code", code}, {"message", pakn::message_for(code)}, {"fields", fields}}}};
}

json account_json(const std::string& kind = "citizen", bool must_change = false) {
    json a = {{"id", 7},
              {"kind", kind},
              {"login", kind == "officer" ? "xl.tran" : "056191653264"},
              {"full_name", "Nguyễn Thị Đào"},
              {"phone", "0905123456"},
              {"phone_masked", "0905*456**"},
              {"created_at", "2026-11-28T09:30:00+07:00"},
              {"must_change_password", must_change}};
    if (kind == "officer") {
        a["unit_id"] = 3;
        a["unit_name"] = "Sở Xây dựng";
        a["role"] = "handler";
    }
    return a;
}

void give_captcha(const std::string& id, const std::string& question) {
    answer("GET", "/api/v1/captcha", 200, {{"id", id}, {"question", question}});
}

// The citizen registration form on screen, filled as a person would and its
// captcha ("4 + 0") answered.
pakn::RegisterForm& citizen_registration_filled() {
    give_captcha("c1", "4 + 0 = ?");
    auto& f = views::account_states(app()).register_account.form;
    f.login = "056191653264";
    f.full_name = "Nguyễn Thị Đào";
    f.phone = "0905 123 456";
    f.password = "matkhau2026";
    f.password_confirm = "matkhau2026";
    f.captcha_answer = "4";
    return f;
}

}  // namespace

TEST_CASE("login: errors show after a send attempt and nothing invalid is sent") {
    Harness s;
    s.open("/dang-nhap");
    give_captcha("c1", "3 + 1 = ?");
    s.frames();
    REQUIRE(s.find("3 + 1 ="));             // the answer box is found by the question the user sees
    CHECK(s.error_of("Mật khẩu").empty());  // untouched fields show nothing yet
    views::account_states(app()).login.form.login = "12345";
    s.click("Đăng nhập");
    CHECK(count("POST", "/api/v1/auth/login") == 0);
    CHECK(s.error_of("Tài khoản") != "");
    CHECK(s.error_of("Mật khẩu") == pakn::message_for("required"));
    CHECK(s.error_of("3 + 1 =") == pakn::message_for("required"));
}

TEST_CASE("login: a server error lands at its field, and the spent captcha is replaced") {
    Harness s;
    s.open("/dang-nhap");
    give_captcha("c1", "3 + 1 = ?");
    auto& form = views::account_states(app()).login.form;
    form.login = "056191653264";
    form.password = "matkhau2026";
    form.captcha_answer = "5";
    s.frames();
    s.click("Đăng nhập");
    platform::RecordedRequest* sent = pending("POST", "/api/v1/auth/login");
    REQUIRE(sent);
    const json body = json::parse(sent->body);
    CHECK(body["audience"] == "public");
    CHECK(body["captcha_id"] == "c1");
    CHECK(body["captcha_answer"] == "5");
    answer("POST", "/api/v1/auth/login", 422, error_body("validation_failed", "captcha_answer", "captcha_invalid"));
    give_captcha("c2", "2 + 5 = ?");
    s.frames();
    CHECK(form.captcha_answer.empty());
    CHECK(s.error_of("2 + 5 =") == pakn::message_for("captcha_invalid"));
    CHECK(form.password == "matkhau2026");  // kept for the next try

    // A request-level error (wrong password) is a banner, not a field error.
    form.captcha_answer = "7";
    s.click("Đăng nhập");
    answer("POST", "/api/v1/auth/login", 401, error_body("login_failed"));
    s.frames();
    CHECK(views::account_states(app()).login.status.banner);
    CHECK(views::account_states(app()).login.status.banner->message == pakn::message_for("login_failed"));
    CHECK(s.error_of("Tài khoản").empty());
}

TEST_CASE("login: the tries left before the wait show at the password, with the server's count") {
    Harness s;
    s.open("/dang-nhap");
    give_captcha("c1", "3 + 1 = ?");
    auto& form = views::account_states(app()).login.form;
    form.login = "056191653264";
    form.password = "sai-mat-khau";
    form.captcha_answer = "4";
    s.frames();
    s.click("Đăng nhập");
    json refused = error_body("login_failed");
    refused["error"]["fields"].push_back({{"field", "password"},
                                          {"code", "login_tries_left"},
                                          {"message", pakn::format_message("login_tries_left", 2)}});
    answer("POST", "/api/v1/auth/login", 401, refused);
    give_captcha("c2", "2 + 5 = ?");
    s.frames();
    CHECK(s.error_of("Mật khẩu") == "Mật khẩu không đúng. Bạn còn 2 lần thử trước khi tài khoản bị tạm khóa.");
    CHECK_FALSE(views::account_states(app()).login.status.banner);  // at the field, not twice
}

TEST_CASE("login: success goes back to ?sau=, officers with an issued password change it first") {
    // path opened, account kind, must change, expected path after sign-in
    struct Row {
        const char* open;
        const char* kind;
        bool must_change;
        const char* expected;
    };
    const Row rows[] = {
        {"/dang-nhap", "citizen", false, "/tai-khoan"},
        {"/dang-nhap?sau=/phan-anh-cua-toi", "citizen", false, "/phan-anh-cua-toi"},
        {"/dang-nhap?sau=//evil.example/x", "citizen", false, "/tai-khoan"},
        {"/dang-nhap", "officer", false, "/can-bo"},
        {"/dang-nhap?sau=/can-bo/thong-ke", "officer", true, "/doi-mat-khau?sau=/can-bo/thong-ke"},
    };
    for (const Row& row : rows) {
        CAPTURE(std::string(row.open));
        Harness s;
        s.open(row.open);
        give_captcha("c1", "1 + 1 = ?");
        auto& st = views::account_states(app()).login;
        if (std::string(row.kind) == "officer") st.audience = 1;
        st.form.login = std::string(row.kind) == "officer" ? "xl.tran" : "056191653264";
        st.form.password = "matkhau2026";
        st.form.captcha_answer = "2";
        s.frames();
        s.click("Đăng nhập");
        answer("POST", "/api/v1/auth/login", 200,
               {{"account", account_json(row.kind, row.must_change)}, {"csrf_token", "t0k"}});
        s.frames();
        CHECK(app().session.signed_in);
        CHECK(platform::native_recorder().csrf == "t0k");
        CHECK(app().route.path == row.expected);
    }
}

TEST_CASE("register: the server's field errors show under their fields, success starts the OTP flow") {
    Harness s;
    s.open("/dang-ky?loai=ca-nhan");
    auto& f = citizen_registration_filled();
    s.frames();
    s.click("ĐĂNG KÝ");
    REQUIRE(pending("POST", "/api/v1/auth/register"));
    const json body = json::parse(pending("POST", "/api/v1/auth/register")->body);
    CHECK(body["kind"] == "citizen");
    CHECK(body["phone"] == "0905123456");  // sent as the shared cleaner normalises it
    CHECK_FALSE(body.contains("password_confirm"));
    answer("POST", "/api/v1/auth/register", 409, error_body("login_taken", "login", "login_taken"));
    give_captcha("c2", "1 + 2 = ?");
    s.frames();
    CHECK(s.error_of("Số CMND/CCCD") == pakn::message_for("login_taken"));
    CHECK(app().route.path == "/dang-ky?loai=ca-nhan");

    s.type("Số CMND/CCCD", "079203000123");
    CHECK(f.login == "079203000123");
    CHECK(s.error_of("Số CMND/CCCD").empty());  // the user changed it: the server's error went
    f.captcha_answer = "3";
    s.frames();
    s.click("ĐĂNG KÝ");
    answer("POST", "/api/v1/auth/register", 201,
           {{"registration_id", "r1"}, {"otp_sent_to", "0905*456**"}, {"resend_after_seconds", 60}});
    s.frames(3);
    CHECK(app().route.path == "/xac-thuc-otp");
    CHECK(views::account_states(app()).otp.flow_id == "r1");
    CHECK(f.password.empty());
}

TEST_CASE("forms: a refusal of a field out of sight scrolls to it and puts the cursor in it") {
    Harness s(360, 640);  // a small phone: the ID box is far above "ĐĂNG KÝ"
    s.open("/dang-ky?loai=ca-nhan");
    citizen_registration_filled();
    s.frames();
    ImGuiIO& io = ImGui::GetIO();
    for (int i = 0; i < 40; ++i) {  // the finger scrolls down to the button
        const ui::WidgetInfo* send = s.find("ĐĂNG KÝ");
        if (send && send->visible && send->y + send->h < 600) break;
        io.AddMousePosEvent(180, 400);
        io.AddMouseWheelEvent(0, -2);
        s.frames(1);
    }
    const ui::WidgetInfo* id_box = s.find("Số CMND/CCCD");
    REQUIRE(id_box);
    CAPTURE(id_box->y);
    CAPTURE(id_box->h);
    REQUIRE_FALSE(id_box->visible);  // out of sight above, as on a phone
    s.click("ĐĂNG KÝ");
    answer("POST", "/api/v1/auth/register", 409, error_body("login_taken", "login", "login_taken"));
    give_captcha("c2", "1 + 2 = ?");
    s.frames(4);
    id_box = s.find("Số CMND/CCCD");
    REQUIRE(id_box);
    CHECK(id_box->error == pakn::message_for("login_taken"));
    CHECK(id_box->visible);
    CHECK(id_box->y + id_box->h <= 640);
    // Its label shows above it: not hidden under the header, where taking the keyboard alone puts it.
    float content_top = -1;
    for (const ImGuiWindow* w : ImGui::GetCurrentContext()->Windows)
        if (const std::string_view name = w->Name; name.starts_with("##root/##content_") && name.find('/', 7) == std::string_view::npos)
            content_top = w->InnerRect.Min.y;  // the page's scrolling area, under the header
    REQUIRE(content_top > 0);
    CHECK(id_box->y >= content_top + 2 * ImGui::GetFrameHeight());
    CHECK(ImGui::GetActiveID() == id_box->id);  // typing goes to it at once

    // The same error on the next frames moves nothing: the person may scroll away.
    const float y = id_box->y;
    s.frames(3);
    CHECK(s.find("Số CMND/CCCD")->y == y);
}

TEST_CASE("forms: a refusal that names no field shows its banner in sight, above the form's far button") {
    Harness s(360, 640);  // the banner sits at the top of the card, "ĐĂNG KÝ" at the bottom
    s.open("/dang-ky?loai=ca-nhan");
    citizen_registration_filled();
    s.frames();
    ImGuiIO& io = ImGui::GetIO();
    for (int i = 0; i < 40; ++i) {
        const ui::WidgetInfo* send = s.find("ĐĂNG KÝ");
        if (send && send->visible && send->y + send->h < 600) break;
        io.AddMousePosEvent(180, 400);
        io.AddMouseWheelEvent(0, -2);
        s.frames(1);
    }
    REQUIRE_FALSE(s.find("Số CMND/CCCD")->visible);  // the top of the form is out of sight
    s.click("ĐĂNG KÝ");
    const std::string why(pakn::message_for("rate_limited"));
    answer("POST", "/api/v1/auth/register", 429, error_body("rate_limited"));
    give_captcha("c2", "1 + 2 = ?");
    s.frames(4);
    const ui::WidgetInfo* banner = nullptr;
    for (const auto& w : ui::test_registry_published_all())
        if (w.role == "alert" && w.label == why) banner = &w;
    REQUIRE(banner);
    CAPTURE(banner->y);
    CHECK(banner->visible);
    CHECK(banner->y >= 0);
    CHECK(banner->y + banner->h <= 640);
}

TEST_CASE("otp: the flow survives a reload, a wrong code shows at the field, the right one signs up") {
    Harness s;
    views::acc::start_otp_flow(app(), views::OtpPurpose::registration, "r1", "0905*456**", 60, "/dang-ky?loai=ca-nhan");
    views::account_states(app()).otp = views::OtpState{};  // what a reload leaves in memory
    s.open("/xac-thuc-otp");
    CHECK(views::account_states(app()).otp.flow_id == "r1");
    REQUIRE(s.find("Mã OTP"));
    CHECK_FALSE(s.find("Gửi lại OTP"));  // locked during the cooldown

    views::account_states(app()).otp.otp = "12345";
    s.click("XÁC THỰC");
    CHECK(count("POST", "/api/v1/auth/register/verify") == 0);
    CHECK(s.error_of("Mã OTP") == pakn::message_for("invalid_otp"));

    views::account_states(app()).otp.otp = "000000";
    s.frames();
    s.click("XÁC THỰC");
    answer("POST", "/api/v1/auth/register/verify", 422, error_body("validation_failed", "otp", "otp_wrong"));
    s.frames();
    CHECK(s.error_of("Mã OTP") == "Mã OTP không đúng");

    views::account_states(app()).otp.otp = "514655";
    s.frames();
    s.click("XÁC THỰC");
    answer("POST", "/api/v1/auth/register/verify", 200, account_json());
    s.frames(3);
    CHECK(app().route.path == "/dang-nhap");
    CHECK(views::account_states(app()).login.flash.find("Đăng ký tài khoản thành công") == 0);
    CHECK(platform::native_recorder().storage.empty());  // the flow is forgotten
}

TEST_CASE("otp: once the cooldown is over, a resend restarts it") {
    Harness s;
    views::acc::start_otp_flow(app(), views::OtpPurpose::reset, "x1", "0905*456**", 0, "/quen-mat-khau");
    s.open("/xac-thuc-otp");
    s.click("Gửi lại OTP");
    const json body = json::parse(pending("POST", "/api/v1/auth/otp/resend")->body);
    CHECK(body == json{{"reset_id", "x1"}});
    answer("POST", "/api/v1/auth/otp/resend", 200, {{"otp_sent_to", "0905*456**"}, {"resend_after_seconds", 60}});
    s.frames();
    CHECK_FALSE(s.find("Gửi lại OTP"));
    CHECK(views::acc::seconds_left(views::account_states(app()).otp.resend_at_ms) > 50);
}

TEST_CASE("forgotten password: the code is checked with the server before the new password is asked for") {
    Harness s;
    views::acc::start_otp_flow(app(), views::OtpPurpose::reset, "x1", "0905*456**", 60, "/quen-mat-khau");
    s.open("/xac-thuc-otp");

    // A wrong code: the server says so at the code field, and the user
    // stays on this screen (no new-password form yet).
    views::account_states(app()).otp.otp = "000000";
    s.frames();
    s.click("XÁC THỰC");
    const platform::RecordedRequest* check = pending("POST", "/api/v1/auth/password/reset/check");
    REQUIRE(check);
    CHECK(json::parse(check->body) == json{{"reset_id", "x1"}, {"otp", "000000"}});
    CHECK(count("POST", "/api/v1/auth/password/reset") == 0);
    answer("POST", "/api/v1/auth/password/reset/check", 422, error_body("validation_failed", "otp", "otp_wrong"));
    s.frames(3);
    CHECK(app().route.path == "/xac-thuc-otp");
    CHECK(s.error_of("Mã OTP") == "Mã OTP không đúng");
    CHECK_FALSE(s.find("Mật khẩu mới"));
    CHECK(views::account_states(app()).reset.form.otp.empty());

    // The right code: only now the new-password screen, carrying the code.
    views::account_states(app()).otp.otp = "514655";
    s.frames();
    s.click("XÁC THỰC");
    CHECK(app().route.path == "/xac-thuc-otp");  // not before the server agreed
    answer("POST", "/api/v1/auth/password/reset/check", 204, nullptr);
    s.frames(4);
    CHECK(app().route.path == "/dat-lai-mat-khau");
    CHECK(views::account_states(app()).reset.form.otp == "514655");
    CHECK(s.find("Mật khẩu mới"));
}

TEST_CASE("reset: a mismatch stays local, a wrong code goes back to the OTP screen with its error") {
    Harness s;
    views::acc::start_otp_flow(app(), views::OtpPurpose::reset, "x1", "0905*456**", 60, "/quen-mat-khau");
    views::account_states(app()).reset.form.otp = "123456";
    s.open("/dat-lai-mat-khau");
    views::account_states(app()).reset.form.new_password = "BienXanh2028";
    views::account_states(app()).reset.form.confirm = "BienXanh2029";
    s.frames();
    s.click("Xác nhận");
    CHECK(count("POST", "/api/v1/auth/password/reset") == 0);
    CHECK(s.error_of("Xác nhận mật khẩu") == pakn::message_for("password_mismatch"));

    views::account_states(app()).reset.form.confirm = "BienXanh2028";
    s.frames();
    s.click("Xác nhận");
    const json body = json::parse(pending("POST", "/api/v1/auth/password/reset")->body);
    CHECK(body == json{{"reset_id", "x1"}, {"otp", "123456"}, {"new_password", "BienXanh2028"}});
    answer("POST", "/api/v1/auth/password/reset", 422, error_body("validation_failed", "otp", "otp_expired"));
    s.frames(3);
    CHECK(app().route.path == "/xac-thuc-otp");
    CHECK(s.error_of("Mã OTP") == pakn::message_for("otp_expired"));
}

TEST_CASE("account deleted: the sign-in page it lands on holds nothing of it") {
    Harness s;
    s.open("/dang-nhap");
    give_captcha("c1", "3 + 1 = ?");
    views::account_states(app()).login.form.login = "056191653264";  // typed at sign-in, kept by the form
    app().sign_in(pakn::LoginResponse{});
    app().session.account.kind = "citizen";
    app().session.account.full_name = "Nguyễn Thị Đào";
    s.open("/tai-khoan");
    answer("GET", "/api/v1/me/summary", 200, {{"reports", 0}, {"notifications", 0}, {"unread_notifications", 0}});
    s.click("XÓA TÀI KHOẢN");
    s.type("Nhập mật khẩu để xác nhận", "matkhau2026");
    s.click("XÓA VĨNH VIỄN");
    answer("DELETE", "/api/v1/me", 204, nullptr);
    s.frames(3);
    CHECK_FALSE(app().session.signed_in);
    CHECK(app().route.path == "/dang-nhap");
    const ui::WidgetInfo* login = s.find("Tài khoản");
    REQUIRE(login);
    CHECK(login->value.empty());  // the deleted account's ID number is not offered to the next person
    CHECK(views::account_states(app()).account.delete_form.password.empty());
}

TEST_CASE("account page: counts from /me/summary and sign-out") {
    Harness s;
    app().sign_in(pakn::LoginResponse{});
    app().session.account.kind = "citizen";
    app().session.account.full_name = "Nguyễn Thị Đào";
    s.open("/tai-khoan");
    answer("GET", "/api/v1/me/summary", 200, {{"reports", 4}, {"notifications", 5}, {"unread_notifications", 2}});
    s.frames();
    CHECK(s.find("Phản ánh, kiến nghị của tôi (4)"));
    CHECK(s.find("Thông báo (2)"));
    CHECK(s.find("XÓA TÀI KHOẢN"));
    s.click("ĐĂNG XUẤT");
    answer("POST", "/api/v1/auth/logout", 204, nullptr);
    s.frames();
    CHECK_FALSE(app().session.signed_in);
    CHECK(app().route.path == "/");
}

// The server ends the session before its reply arrives: a stream left open
// would reconnect in between and be refused (a 401 in the console, seen
// under load in e2e_returning). It closes when the button is pressed, and
// reopens if the server refuses (a wrong password).
TEST_CASE("ending the session closes the live stream before the server answers") {
    struct Case {
        const char* name;
        const char* method;
        const char* path;
        int status;
        bool stream_reopens;
    };
    const Case cases[] = {
        {"sign-out", "POST", "/api/v1/auth/logout", 204, false},
        {"deletion", "DELETE", "/api/v1/me", 204, false},
        {"deletion with a wrong password", "DELETE", "/api/v1/me", 422, true},
    };
    for (const Case& c : cases) {
        CAPTURE(c.name);
        Harness s;
        app().sign_in(pakn::LoginResponse{});
        app().session.account.kind = "citizen";
        app().session.account.full_name = "Nguyễn Thị Đào";
        s.open("/tai-khoan");
        answer("GET", "/api/v1/me/summary", 200, {{"reports", 0}, {"notifications", 0}, {"unread_notifications", 0}});
        s.frames();
        REQUIRE(platform::native_recorder().live);  // the stream is open
        if (std::string_view(c.method) == "POST") {
            s.click("ĐĂNG XUẤT");
        } else {
            s.click("XÓA TÀI KHOẢN");
            s.type("Nhập mật khẩu để xác nhận", "matkhau2026");
            s.click("XÓA VĨNH VIỄN");
        }
        REQUIRE(pending(c.method, c.path));
        CHECK(platform::native_recorder().live == nullptr);  // closed while the request is out
        s.frames(2);
        CHECK(platform::native_recorder().live == nullptr);  // and not reopened by the next frames
        answer(c.method, c.path, c.status,
               c.status == 204 ? json(nullptr) : error_body("validation_failed", "password", "wrong_password"));
        s.frames(3);
        CHECK((platform::native_recorder().live != nullptr) == c.stream_reopens);
    }
}

TEST_CASE("account page: officers see their unit and the console, not deletion") {
    Harness officer;
    pakn::LoginResponse r;
    r.account.kind = "officer";
    r.account.full_name = "Trần Xử Lý";
    r.account.unit_name = "Sở Xây dựng";
    r.account.role = "handler";
    app().sign_in(r);
    officer.open("/tai-khoan");
    CHECK(officer.find("Vào trang cán bộ, quản lý"));
    CHECK_FALSE(officer.find("XÓA TÀI KHOẢN"));  // officers' accounts are the admin's
    CHECK_FALSE(officer.find("Chỉnh sửa thông tin"));
    officer.click("Vào trang cán bộ, quản lý");
    CHECK(app().route.path == "/can-bo");
}

TEST_CASE("account page: an officer chooses e-mail, SMS and the daily digest, a channel without address is refused") {
    Harness officer;
    pakn::LoginResponse r;
    r.account.kind = "officer";
    r.account.role = "handler";
    app().sign_in(r);
    officer.open("/tai-khoan");
    answer("GET", "/api/v1/me/notice-settings", 200, {{"by_email", false}, {"email", "xl.tran@khanhhoa.gov.vn"}});
    officer.frames(3);
    REQUIRE(officer.find("Gửi qua SMS"));
    auto& page = views::account_states(app()).account;
    CHECK(page.notice_form.email == "xl.tran@khanhhoa.gov.vn");

    // No phone on the account: SMS is refused here, by the shared rule, before any request.
    officer.click("Gửi qua SMS");
    officer.click("Lưu cách nhận thông báo");
    CHECK(officer.error_of("Gửi qua SMS") == pakn::message_for("notice_phone_missing"));
    CHECK_FALSE(pending("PUT", "/api/v1/me/notice-settings"));

    officer.click("Gửi qua SMS");
    officer.click("Gửi qua thư điện tử");
    officer.click("Gộp thành một bản tin mỗi ngày (7 giờ sáng) thay vì gửi từng thông báo");
    officer.click("Lưu cách nhận thông báo");
    auto* put = pending("PUT", "/api/v1/me/notice-settings");
    REQUIRE(put);
    const json sent = json::parse(put->body);
    CHECK(sent["by_email"] == true);
    CHECK(sent.value("by_sms", false) == false);
    CHECK(sent["daily_digest"] == true);
    // The server's refusal lands at its box (the address was removed meanwhile).
    answer("PUT", "/api/v1/me/notice-settings", 422,
           error_body("validation_failed", "by_email", "notice_email_missing"));
    officer.frames(3);
    CHECK(officer.error_of("Gửi qua thư điện tử") == pakn::message_for("notice_email_missing"));
    officer.click("Lưu cách nhận thông báo");
    answer("PUT", "/api/v1/me/notice-settings", 200,
           {{"by_email", true}, {"daily_digest", true}, {"email", "xl.tran@khanhhoa.gov.vn"}});
    officer.frames(3);
    CHECK(page.notice_status.notice == "Đã lưu cách nhận thông báo");
    CHECK(page.notice_form.by_email);
    CHECK(officer.error_of("Gửi qua thư điện tử").empty());
}

TEST_CASE("notifications: an officer's notice opens the console's page of the report") {
    Harness officer;
    pakn::LoginResponse r;
    r.account.kind = "officer";
    r.account.role = "handler";
    app().sign_in(r);
    officer.open("/thong-bao");
    answer("GET", "/api/v1/me/notifications?page=1", 200,
           {{"total", 1},
            {"page", 1},
            {"page_size", 20},
            {"items", json::array({{{"id", 9},
                                    {"kind", "assign_handler"},
                                    {"title", "Bạn được giao xử lý phản ánh PAKN-2026-000123"},
                                    {"report_id", 123},
                                    {"report_code", "PAKN-2026-000123"},
                                    {"created_at", "2026-12-06T09:30:00+07:00"}}})}});
    officer.frames(3);
    officer.click("Bạn được giao xử lý phản ánh PAKN-2026-000123");
    CHECK(app().route.path == "/can-bo/phan-anh/123");
}

TEST_CASE("edit profile: only changes are sent, a new phone asks for its code in place") {
    Harness s;
    pakn::LoginResponse r;
    r.account.kind = "citizen";
    app().sign_in(r);
    s.open("/tai-khoan/chinh-sua");
    answer("GET", "/api/v1/me", 200, account_json());
    s.frames();
    CHECK(s.find("Họ và tên")->value == "Nguyễn Thị Đào");
    auto& form = views::account_states(app()).account_edit.form;
    form.email = "dao@example.vn";
    form.phone = "0905777666";
    s.frames();
    s.click("LƯU THAY ĐỔI");
    const json body = json::parse(pending("PATCH", "/api/v1/me")->body);
    CHECK(body == json{{"email", "dao@example.vn"}, {"phone", "0905777666"}});
    answer("PATCH", "/api/v1/me", 202, {{"otp_sent_to", "0905*666**"}, {"resend_after_seconds", 60}});
    s.frames();
    REQUIRE(s.find("Mã OTP của số điện thoại mới"));
    views::account_states(app()).account_edit.phone_otp = "222333";
    s.frames();
    s.click("XÁC NHẬN SỐ MỚI");
    CHECK(json::parse(pending("POST", "/api/v1/me/phone/verify")->body) == json{{"otp", "222333"}});
    json updated = account_json();
    updated["phone"] = "0905777666";
    answer("POST", "/api/v1/me/phone/verify", 200, updated);
    s.frames();
    CHECK(app().session.account.phone == "0905777666");
    CHECK_FALSE(s.find("Mã OTP của số điện thoại mới"));
}

TEST_CASE("organization: it goes by its own name, and edits it and its representative") {
    Harness s;
    json org = account_json("organization");
    org["login"] = "4201234567-001";
    org["full_name"] = "Trần Văn Bình";
    org["org_name"] = "Công ty TNHH Biển Xanh";
    org["representative"] = "Trần Văn Bình";
    pakn::LoginResponse r;
    auto decoded = pakn::decode<pakn::Account>(org.dump());
    REQUIRE(decoded.errors.empty());
    r.account = decoded.value;
    app().sign_in(r);
    s.open("/tai-khoan/chinh-sua");
    // The header's account button names the company, not its representative.
    CHECK(s.find("Công ty TNHH Biển Xanh"));
    CHECK_FALSE(s.find("Trần Văn Bình"));
    answer("GET", "/api/v1/me", 200, org);
    s.frames();
    REQUIRE(s.find("Tên tổ chức, doanh nghiệp"));
    CHECK(s.find("Tên tổ chức, doanh nghiệp")->value == "Công ty TNHH Biển Xanh");
    CHECK(s.find("Người đại diện")->value == "Trần Văn Bình");
    s.type("Tên tổ chức, doanh nghiệp", "Công ty CP Biển Xanh");
    s.type("Người đại diện", "Trần Văn Hải");
    s.click("LƯU THAY ĐỔI");
    REQUIRE(pending("PATCH", "/api/v1/me"));
    CHECK(json::parse(pending("PATCH", "/api/v1/me")->body) ==
          json{{"org_name", "Công ty CP Biển Xanh"}, {"representative", "Trần Văn Hải"}});
    json renamed = org;
    renamed["org_name"] = "Công ty CP Biển Xanh";
    renamed["representative"] = "Trần Văn Hải";
    answer("PATCH", "/api/v1/me", 200, renamed);
    s.frames(3);
    CHECK(app().session.account.org_name == "Công ty CP Biển Xanh");
    CHECK(s.find("Công ty CP Biển Xanh"));  // the header follows

    // An empty name is the shared rule's refusal at its field; nothing is sent.
    const int sent = count("PATCH", "/api/v1/me");
    s.type("Tên tổ chức, doanh nghiệp", " ");
    s.click("LƯU THAY ĐỔI");
    CHECK(count("PATCH", "/api/v1/me") == sent);
    CHECK(s.error_of("Tên tổ chức, doanh nghiệp") == pakn::message_for("required"));
}

TEST_CASE("register: the choice first, then the fields of each kind") {
    Harness s;
    s.open("/dang-ky");
    CHECK(s.find("ĐĂNG KÝ DÀNH CHO CÁ NHÂN"));
    CHECK_FALSE(s.find("Số CMND/CCCD"));
    s.click("ĐĂNG KÝ DÀNH CHO TỔ CHỨC, DOANH NGHIỆP");
    s.frames(4);
    CHECK(app().route.path == "/dang-ky?loai=to-chuc");
    CHECK(views::account_states(app()).register_account.form.kind == "organization");
    for (const char* label : {"Số chứng nhận ĐKKD/Số quyết định thành lập", "Tên tổ chức, doanh nghiệp",
                              "Người đại diện", "Số điện thoại", "Xã, phường", "Xác nhận mật khẩu"}) {
        CAPTURE(label);
        CHECK(s.find(label));
    }
    CHECK_FALSE(s.find("Họ và tên"));
}

TEST_CASE("change password: an officer with an issued password goes on to the console afterwards") {
    Harness s;
    pakn::LoginResponse r;
    r.account.kind = "officer";
    r.account.login = "xl.tran";
    r.account.must_change_password = true;
    app().sign_in(r);
    s.open("/doi-mat-khau?sau=/can-bo");
    auto& form = views::account_states(app()).change_password.form;
    form.old_password = "Cap-1234-abcd";
    form.new_password = "CanBo2026pakn";
    form.confirm = "CanBo2026pakn";
    s.frames();
    s.click("CẬP NHẬT");
    const json body = json::parse(pending("POST", "/api/v1/me/password")->body);
    CHECK(body == json{{"old_password", "Cap-1234-abcd"}, {"new_password", "CanBo2026pakn"}});
    answer("POST", "/api/v1/me/password", 204, nullptr);
    s.frames();
    CHECK_FALSE(app().session.account.must_change_password);
    CHECK(app().route.path == "/can-bo");
}

TEST_CASE("change password: the server's verdict on the old password shows at that field") {
    Harness s;
    pakn::LoginResponse r;
    r.account.kind = "citizen";
    app().sign_in(r);
    s.open("/doi-mat-khau");
    auto& form = views::account_states(app()).change_password.form;
    form.old_password = "sai-mat-khau1";
    form.new_password = "HoaCuc2027x";
    form.confirm = "HoaCuc2027x";
    s.frames();
    s.click("CẬP NHẬT");
    answer("POST", "/api/v1/me/password", 422, error_body("validation_failed", "old_password", "wrong_password"));
    s.frames();
    CHECK(s.error_of("Mật khẩu cũ") == pakn::message_for("wrong_password"));
    CHECK(app().route.path == "/doi-mat-khau");
}

TEST_CASE("return paths after sign-in stay on this site") {
    using views::acc::is_safe_return_path;
    // path, safe
    const std::pair<const char*, bool> rows[] = {
        {"/tai-khoan", true},
        {"/tra-cuu?ma=PAKN-2026-000001", true},
        {"", false},
        {"//evil.example", false},
        {"/\\evil.example", false},
        {"https://evil.example", false},
        {"/dang-nhap?sau=/x", false},
        {"/x\ny", false},
    };
    for (const auto& row : rows) {
        CAPTURE(row.first);
        CHECK(is_safe_return_path(row.first) == row.second);
    }
    CHECK(pakn::percent_encode_path("/tra-cuu?ma=A&b=đ") == "/tra-cuu%3Fma%3DA%26b%3D%C4%91");
}

TEST_CASE("captcha: a picture with '↻ Mã khác', the read-aloud question on request, and back") {
    Harness s;
    s.open("/dang-nhap");
    answer("GET", "/api/v1/captcha", 200,
           {{"id", "i1"}, {"kind", "image"}, {"question", "Nhập các ký tự trong ảnh"},
            {"image", "/api/v1/captcha/i1.png"}, {"width", 200}, {"height", 70}});
    s.frames();
    // The box goes by what to do with the picture; no picture text anywhere.
    REQUIRE(s.find("Nhập các ký tự trong ảnh"));
    REQUIRE(s.find("↻ Mã khác"));
    s.click("↻ Mã khác");
    CHECK(pending("GET", "/api/v1/captcha"));
    answer("GET", "/api/v1/captcha", 200,
           {{"id", "i2"}, {"kind", "image"}, {"question", "Nhập các ký tự trong ảnh"},
            {"image", "/api/v1/captcha/i2.png"}, {"width", 200}, {"height", 70}});
    s.frames();
    // A screen-reader user asks for the question instead.
    s.click("Đọc câu hỏi thay cho ảnh");
    answer("GET", "/api/v1/captcha?kind=text", 200,
           {{"id", "t1"}, {"kind", "text"}, {"question", "Viết số “mười hai” bằng chữ số."}});
    s.frames();
    REQUIRE(s.find("Viết số “mười hai” bằng chữ số."));
    s.click("↻ Câu hỏi khác");
    CHECK(pending("GET", "/api/v1/captcha?kind=text"));  // stays with the chosen kind
    answer("GET", "/api/v1/captcha?kind=text", 200,
           {{"id", "t2"}, {"kind", "text"}, {"question", "Một tuần có bao nhiêu ngày? Trả lời bằng chữ số."}});
    s.frames();
    views::account_states(app()).login.form.login = "056191653264";
    views::account_states(app()).login.form.password = "matkhau2026";
    views::account_states(app()).login.form.captcha_answer = "bảy";
    s.click("Đăng nhập");
    platform::RecordedRequest* sent = pending("POST", "/api/v1/auth/login");
    REQUIRE(sent);
    CHECK(json::parse(sent->body)["captcha_id"] == "t2");
    CHECK(json::parse(sent->body)["captcha_answer"] == "bảy");
    s.click("Dùng mã dạng ảnh");
    CHECK(pending("GET", "/api/v1/captcha"));
}

TEST_CASE("forgotten password: the form carries a captcha and a refused one is replaced") {
    Harness s;
    s.open("/quen-mat-khau");
    give_captcha("c1", "3 + 1 = ?");
    s.frames();
    REQUIRE(s.find("3 + 1 ="));
    auto& form = views::account_states(app()).forgot.form;
    form.phone = "0905123456";
    s.click("XÁC NHẬN");
    CHECK(count("POST", "/api/v1/auth/password/forgot") == 0);  // no answer yet
    CHECK(s.error_of("3 + 1 =") == pakn::message_for("required"));
    form.captcha_answer = "4";
    s.click("XÁC NHẬN");
    platform::RecordedRequest* sent = pending("POST", "/api/v1/auth/password/forgot");
    REQUIRE(sent);
    CHECK(json::parse(sent->body)["captcha_id"] == "c1");
    CHECK(json::parse(sent->body)["captcha_answer"] == "4");
    answer("POST", "/api/v1/auth/password/forgot", 429, error_body("too_many_reset_requests"));
    CHECK(pending("GET", "/api/v1/captcha"));  // the server has seen that one
}

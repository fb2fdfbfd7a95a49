// The administration screen (/quan-tri) headless, answered by a fake server:
// only admins get in (others read why, the header offers "Quản trị" to
// admins only); each tab draws what the server sent; forms are checked by
// the shared validators before anything is sent, send the request bodies
// the API expects, and show the server's field errors at their fields; the
// one-time password of a new officer is shown once with a copy button;
// deletions ask first; every tab draws at phone and desktop sizes. Clicks
// are real mouse events on the widget registry's rectangles.
#include <doctest/doctest.h>

#include <imgui.h>
#include <imgui_internal.h>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "app/app.h"
#include "pakn/dto.h"
#include "pakn/assistant.h"
#include "pakn/dto_admin.h"
#include "platform/native_platform.h"
#include "ui/test_hooks.h"
#include "ui/theme.h"
#include "views/state_admin.h"
#include "headless.h"

namespace {

using namespace pakn;
using namespace pakn::client;
using nlohmann::json;

std::string labels_on_screen() {
    std::string out;
    for (const auto& w : ui::test_registry_published())
        out += w.label + "|";
    return out;
}

// The last widget labelled `label` (the page's own, after the header's).
const ui::WidgetInfo* find_widget(const std::string& label) {
    const ui::WidgetInfo* found = nullptr;
    for (const auto& w : ui::test_registry_published())
        if (w.label == label) found = &w;
    return found;
}

// The first widget labelled `label` (the first row's button).
const ui::WidgetInfo* first_widget(const std::string& label) {
    for (const auto& w : ui::test_registry_published())
        if (w.label == label) return &w;
    return nullptr;
}

// The admin pages at a size; clicks find any registered widget (the page's
// own is the last of its label, a list's first row the first) and wait for
// auto-sized cards to settle.
struct Headless : pakn::client::test::Headless {
    explicit Headless(float width = 1366, float height = 2400, float dpr = 1.0f)
        : pakn::client::test::Headless({width, height, dpr, false, false, 4, false}) {}
    using pakn::client::test::Headless::click;
    void click(const std::string& label, bool first = false) {
        const ui::WidgetInfo* w = first ? first_widget(label) : find_widget(label);
        CAPTURE(label);
        CAPTURE(labels_on_screen());
        REQUIRE(w);
        click(*w);
    }
};

// Answers the app's requests by method and URL prefix (a later route for
// the same prefix wins) and records them.
struct FakeServer {
    struct Route {
        std::string method, prefix;
        int status;
        std::string body;
    };
    std::vector<Route> routes;
    std::vector<platform::RecordedRequest> seen;

    void on(std::string method, std::string prefix, std::string body, int status = 200) {
        routes.push_back(Route{std::move(method), std::move(prefix), status, std::move(body)});
    }
    void answer_all() {
        auto& rec = platform::native_recorder();
        for (int round = 0; round < 5 && !rec.requests.empty(); ++round) {
            auto pending = std::move(rec.requests);
            rec.requests.clear();
            for (auto& r : pending) {
                seen.push_back(r);
                int status = 404;
                std::string body = R"({"error":{"code":"not_found","message":"Không tìm thấy","fields":[]}})";
                for (auto route = routes.rbegin(); route != routes.rend(); ++route)
                    if (route->method == r.method && r.url.rfind(route->prefix, 0) == 0) {
                        status = route->status;
                        body = route->body;
                        break;
                    }
                r.callback(platform::HttpResult{status, body});
            }
        }
    }
    const platform::RecordedRequest* last(const std::string& method, const std::string& prefix) const {
        for (auto it = seen.rbegin(); it != seen.rend(); ++it)
            if (it->method == method && it->url.rfind(prefix, 0) == 0) return &*it;
        return nullptr;
    }
    std::size_t count(const std::string& method, const std::string& prefix) const {
        std::size_t n = 0;
        for (const auto& r : seen)
            if (r.method == method && r.url.rfind(prefix, 0) == 0) ++n;
        return n;
    }
};

// The App is one per process: leave it signed out with no admin state.
struct RestoreApp {
    Session session = app().session;
    ~RestoreApp() {
        app().session = session;
        views::admin_states(app()) = views::AdminStates{};
        app().toasts.clear();
        app().live_open = false;
        platform::native_recorder().requests.clear();
        app().navigate("/");
    }
};

void sign_in_as(const std::string& role) {
    views::admin_states(app()) = views::AdminStates{};
    app().toasts.clear();
    platform::native_recorder().requests.clear();
    Session& s = app().session;
    s.checked = true;
    s.signed_in = true;
    s.account = Account{};
    s.account.id = 1;
    s.account.kind = "officer";
    s.account.login = role == "admin" ? "admin" : "dieuphoi";
    s.account.full_name = role == "admin" ? "Quản trị hệ thống" : "Nguyễn Văn Điều";
    s.account.role = role;
    s.account.unit_id = 1;
    s.account.unit_name = "Trung tâm điều phối";
}

template <typename T>
std::string array_json(const std::vector<T>& items) {
    json a = json::array();
    for (const auto& item : items) {
        json j;
        to_json(j, item);
        a.push_back(j);
    }
    return dump_json(a);
}

std::vector<Unit> some_units() {
    return {Unit{1, "TTDH", "Trung tâm điều phối", "center", "Số 1 Trần Phú", "02583822001", "", "", true},
            Unit{4, "SO-XD", "Sở Xây dựng", "department", "Số 4 Phan Chu Trinh", "02583822004", "soxd@khanhhoa.gov.vn",
                 "", true},
            Unit{9, "cu_dong_cua", "Ban Quản lý cũ", "department", "", "", "", "", false}};
}

Officer officer(std::int64_t id, const std::string& username, const std::string& name, const std::string& role,
                std::int64_t unit, bool active = true) {
    Officer o;
    o.id = id;
    o.username = username;
    o.full_name = name;
    o.role = role;
    o.unit_id = unit;
    o.unit_name = unit == 4 ? "Sở Xây dựng" : "Trung tâm điều phối";
    o.active = active;
    return o;
}

std::string officers_json(const std::vector<Officer>& items) {
    Page<Officer> p;
    p.total = static_cast<std::int64_t>(items.size());
    p.page_size = 100;
    p.items = items;
    return encode(p);
}

Category category(std::int64_t id, const std::string& code, const std::string& name) {
    Category c;
    c.id = id;
    c.code = code;
    c.name = name;
    c.group = "sector";
    return c;
}

Announcement announcement(std::int64_t id, const std::string& title, bool published) {
    Announcement a;
    a.id = id;
    a.title = title;
    a.summary = "Tóm tắt " + title;
    a.body = "Nội dung đầy đủ của " + title;
    a.kind = "notice";
    a.published = published;
    if (published) a.published_at = 1794882600;
    a.created_at = 1794882000;
    return a;
}

std::string announcements_json(const std::vector<Announcement>& items) {
    Page<Announcement> p;
    p.total = static_cast<std::int64_t>(items.size());
    p.page_size = 20;
    p.items = items;
    return encode(p);
}

HolidayYear holiday_year(std::int64_t year, bool with_correction) {
    HolidayYear y;
    y.year = year;
    y.days.push_back(HolidayEntry{std::nullopt, Date{static_cast<int>(year), 1, 1}, "Tết Dương lịch", "new_year"});
    y.days.push_back(HolidayEntry{std::nullopt, Date{static_cast<int>(year), 9, 2}, "Quốc khánh", "national_day"});
    if (with_correction) {
        y.days.push_back(HolidayEntry{std::nullopt, Date{static_cast<int>(year), 4, 30}, "Nghỉ lễ thêm", "extra"});
        y.corrections.push_back(HolidayEntry{12, Date{static_cast<int>(year), 4, 30}, "Nghỉ lễ thêm", "add"});
    }
    return y;
}

OutboxMessage sms(std::int64_t id, const std::string& kind, const std::string& body, int segments,
                  const std::string& encoding) {
    OutboxMessage m;
    m.id = id;
    m.channel = "sms";
    m.recipient = "0905*456**";
    m.kind = kind;
    m.body = body;
    m.status = "sent";
    m.attempts = 1;
    m.created_at = 1794882600;
    m.sent_at = 1794882601;
    m.segments = segments;
    m.encoding = encoding;
    return m;
}

std::string outbox_json(const std::vector<OutboxMessage>& items, std::int64_t total) {
    Page<OutboxMessage> p;
    p.total = total;
    p.page_size = 20;
    p.items = items;
    return encode(p);
}

// Everything the tabs ask for.
void prepare_server(FakeServer& server) {
    server.on("GET", "/api/v1/health", R"({"status":"ok","version":"test"})");
    server.on("GET", "/api/v1/admin/units", array_json(some_units()));
    server.on("GET", "/api/v1/admin/officers",
              officers_json({officer(2, "dieuphoi.lan", "Nguyễn Văn Điều", "dispatcher", 1),
                             officer(3, "xuly.xaydung", "Trần Văn Xử", "handler", 4),
                             officer(5, "cu.nghiviec", "Lê Văn Cũ", "handler", 4, false)}));
    server.on(
        "GET", "/api/v1/admin/categories",
        array_json(std::vector<Category>{category(3, "xay_dung", "Xây dựng"), category(7, "du_lich", "Du lịch")}));
    server.on("GET", "/api/v1/admin/holidays", encode(holiday_year(2027, true)));
    server.on("GET", "/api/v1/admin/announcements",
              announcements_json({announcement(1, "Lịch tiếp công dân tháng 12", true),
                                  announcement(2, "Thông báo nghỉ Tết Nguyên Đán", false)}));
    server.on("GET", "/api/v1/admin/settings", encode(default_settings()));
    server.on("GET", "/api/v1/admin/outbox",
              outbox_json({sms(12, "otp_register",
                               "PAKN Khanh Hoa: Ma xac thuc dang ky tai khoan cua ban la 123456. Ma co hieu luc trong 5 "
                               "phut. Khong cung cap ma nay cho bat ky ai.",
                               1, "gsm7"),
                           sms(11, "report_accept", "PAKN Khánh Hòa: Phản ánh PAKN-2026-000123 đã được tiếp nhận", 2,
                               "ucs2")},
                          45));
}

void open(Headless& h, FakeServer& server, const std::string& path) {
    app().navigate(path);
    h.frames(2);
    server.answer_all();
    h.frames(3);
    server.answer_all();
    h.frames(2);
}

json sent_body(const platform::RecordedRequest* r) {
    REQUIRE(r);
    return json::parse(r->body, nullptr, false);
}

}  // namespace

TEST_CASE("admin screen: only the admin role gets in, others read why, the header offers it to admins only") {
    RestoreApp restore;
    Headless h;
    FakeServer server;
    prepare_server(server);

    // A dispatcher: no "Quản trị" in the header, and /quan-tri explains the refusal.
    sign_in_as("dispatcher");
    open(h, server, "/quan-tri");
    CAPTURE(labels_on_screen());
    CHECK(app().route.screen == Screen::admin);
    CHECK_FALSE(find_widget("Quản trị"));
    CHECK_FALSE(find_widget("+ Thêm đơn vị"));
    CHECK(find_widget("Về trang chủ"));
    CHECK(find_widget("Về trang cán bộ"));
    CHECK(server.count("GET", "/api/v1/admin/") == 0);  // nothing asked for
    h.click("Về trang cán bộ");
    CHECK(app().route.path == "/can-bo");

    // A visitor is sent to sign in, and comes back afterwards.
    app().session = Session{};
    app().session.checked = true;
    open(h, server, "/quan-tri");
    CHECK(app().route.screen == Screen::login);
    CHECK(app().route.path.find("sau=") != std::string::npos);

    // The admin: "Quản trị" in the header; the screen opens on its first tab.
    sign_in_as("admin");
    open(h, server, "/");
    CAPTURE(labels_on_screen());
    REQUIRE(find_widget("Quản trị"));
    h.click("Quản trị");
    server.answer_all();
    h.frames(3);
    CAPTURE(labels_on_screen());
    CHECK(app().route.path == "/quan-tri");
    CHECK(server.last("GET", "/api/v1/admin/units"));
    for (const char* tab : {"Đơn vị", "Cán bộ", "Lĩnh vực", "Ngày nghỉ", "Tin tức, thông báo", "Cài đặt"})
        CHECK(find_widget(tab));
    // A tab is in the URL, so a deep link opens it.
    h.click("Cài đặt");
    CHECK(app().route.path == "/quan-tri?muc=cai-dat");
    server.answer_all();
    h.frames(3);
    CHECK(server.last("GET", "/api/v1/admin/settings"));
    CHECK(find_widget("Lưu cài đặt"));
}

TEST_CASE(
    "units tab: the list and search, the shared validator first, the body sent, the server's refusal at its field") {
    RestoreApp restore;
    Headless h;
    FakeServer server;
    prepare_server(server);
    sign_in_as("admin");
    open(h, server, "/quan-tri?muc=don-vi");
    CAPTURE(labels_on_screen());
    for (const char* name : {"Trung tâm điều phối", "Sở Xây dựng", "Ban Quản lý cũ"})
        CHECK(find_widget(name));
    CHECK(find_widget("Kích hoạt"));  // the inactive unit can be activated again

    // Searching without diacritics keeps the matching rows only.
    views::admin_states(app()).units.search = "xay dung";
    h.frames(2);
    CHECK(find_widget("Sở Xây dựng"));
    CHECK_FALSE(find_widget("Trung tâm điều phối"));
    views::admin_states(app()).units.search.clear();
    h.frames(2);

    // Nothing goes out until the shared rules are met; errors at the fields.
    h.click("+ Thêm đơn vị");
    h.click("Lưu");
    CHECK(server.count("POST", "/api/v1/admin/units") == 0);
    CHECK(platform::native_recorder().requests.empty());
    h.frames(2);
    const auto* code = find_widget("Mã đơn vị");
    REQUIRE(code);
    CHECK_FALSE(code->error.empty());
    REQUIRE(find_widget("Tên đơn vị"));
    CHECK_FALSE(find_widget("Tên đơn vị")->error.empty());

    auto& f = views::admin_states(app()).units.editor.form;
    f.code = "ban_vinh_van_phong";
    f.name = "Ban Quản lý Khu kinh tế Vân Phong";
    f.kind = "department";
    f.phone = "0258 3822 123";
    f.email = "bqlkkt@khanhhoa.gov.vn";
    h.frames(3);
    // The server refuses the code (taken meanwhile): shown at the code field.
    server.on(
        "POST", "/api/v1/admin/units",
        R"({"error":{"code":"unit_code_taken","message":"Mã đơn vị đã được sử dụng","fields":[{"field":"code","code":"unit_code_taken","message":"Mã đơn vị đã được sử dụng"}]}})",
        409);
    h.click("Lưu");
    server.answer_all();
    h.frames(3);
    const json body = sent_body(server.last("POST", "/api/v1/admin/units"));
    CHECK(body["code"] == "ban_vinh_van_phong");
    CHECK(body["name"] == "Ban Quản lý Khu kinh tế Vân Phong");
    CHECK(body["kind"] == "department");
    CHECK(body["phone"] == "0258 3822 123");  // an office number stays as offices write it
    REQUIRE(find_widget("Mã đơn vị"));
    CHECK(find_widget("Mã đơn vị")->error == "Mã đơn vị đã được sử dụng");
    CHECK(views::admin_states(app()).units.editor.open);

    // Accepted: the form closes, a toast says so, the list reloads.
    f.code = "ban_van_phong";
    server.on(
        "POST", "/api/v1/admin/units",
        encode(Unit{20, "ban_van_phong", f.name, "department", "", "02583822123", "bqlkkt@khanhhoa.gov.vn", "", true}),
        201);
    const auto lists_before = server.count("GET", "/api/v1/admin/units");
    h.click("Lưu");
    server.answer_all();
    h.frames(2);
    CHECK_FALSE(views::admin_states(app()).units.editor.open);
    REQUIRE_FALSE(app().toasts.empty());
    CHECK(app().toasts.back().text == "Đã thêm đơn vị: Ban Quản lý Khu kinh tế Vân Phong");
    CHECK(server.count("GET", "/api/v1/admin/units") > lists_before);

    // Editing an old unit keeps its pre-rule code and PATCHes it.
    h.click("Sở Xây dựng");
    REQUIRE(views::admin_states(app()).units.editor.open);
    CHECK(views::admin_states(app()).units.editor.form.code == "SO-XD");
    views::admin_states(app()).units.editor.form.address = "Số 6 Phan Chu Trinh, Nha Trang";
    h.frames(2);
    server.on("PATCH", "/api/v1/admin/units/4", encode(some_units()[1]));
    h.click("Lưu");
    server.answer_all();
    h.frames(2);
    const json patch = sent_body(server.last("PATCH", "/api/v1/admin/units/4"));
    CHECK(patch["code"] == "SO-XD");
    CHECK(patch["address"] == "Số 6 Phan Chu Trinh, Nha Trang");

    // Deactivating the first active row.
    server.on("POST", "/api/v1/admin/units/1/deactivate", encode(some_units()[0]));
    h.click("Ngừng hoạt động", true);
    server.answer_all();
    CHECK(server.last("POST", "/api/v1/admin/units/1/deactivate"));
}

TEST_CASE(
    "officers tab: filters in the request, the one-time password shown once with a copy button, reset asks first") {
    RestoreApp restore;
    Headless h;
    FakeServer server;
    prepare_server(server);
    sign_in_as("admin");
    open(h, server, "/quan-tri?muc=can-bo");
    CAPTURE(labels_on_screen());
    for (const char* name : {"Nguyễn Văn Điều", "Trần Văn Xử", "Lê Văn Cũ"})
        CHECK(find_widget(name));
    CHECK(find_widget("Mở khóa"));  // the locked account
    REQUIRE(server.last("GET", "/api/v1/admin/officers"));
    CHECK(server.last("GET", "/api/v1/admin/officers")->url == "/api/v1/admin/officers?page_size=100");

    // The unit filter and the search go to the server; the role filter works on the page.
    auto& s = views::admin_states(app()).officers;
    s.unit = "4";
    s.search = "xu ly";
    h.click("Tìm");
    server.answer_all();
    h.frames(2);
    CHECK(server.last("GET", "/api/v1/admin/officers")->url == "/api/v1/admin/officers?q=xu%20ly&page_size=100&unit=4");
    s.role = "dispatcher";
    h.frames(2);
    CHECK(find_widget("Nguyễn Văn Điều"));
    CHECK_FALSE(find_widget("Trần Văn Xử"));
    s.role.clear();
    h.frames(2);

    // Create: the shared validator first, then the body with the unit as a number.
    h.click("+ Thêm cán bộ");
    CHECK(s.editor_unit == "4");  // the unit being looked at
    h.click("Lưu");
    CHECK(server.count("POST", "/api/v1/admin/officers") == 0);
    s.editor.form.username = "xuly.moi";
    s.editor.form.full_name = "Phạm Thị Mới";
    s.editor.form.role = "handler";
    s.editor.form.phone = "0905 111 222";
    h.frames(3);
    server.on(
        "POST", "/api/v1/admin/officers",
        R"({"error":{"code":"username_taken","message":"Tên đăng nhập đã được sử dụng","fields":[{"field":"username","code":"username_taken","message":"Tên đăng nhập đã được sử dụng"}]}})",
        409);
    h.click("Lưu");
    server.answer_all();
    h.frames(3);
    const json body = sent_body(server.last("POST", "/api/v1/admin/officers"));
    CHECK(body["username"] == "xuly.moi");
    CHECK(body["full_name"] == "Phạm Thị Mới");
    CHECK(body["unit_id"] == 4);
    CHECK(body["role"] == "handler");
    CHECK(body["phone"] == "0905111222");
    REQUIRE(find_widget("Tên đăng nhập"));
    CHECK(find_widget("Tên đăng nhập")->error == "Tên đăng nhập đã được sử dụng");

    IssuedPassword issued{officer(30, "xuly.moi2", "Phạm Thị Mới", "handler", 4), "kPqrStuvWx42"};
    server.on("POST", "/api/v1/admin/officers", encode(issued), 201);
    s.editor.form.username = "xuly.moi2";
    h.frames(2);
    h.click("Lưu");
    server.answer_all();
    h.frames(3);
    CAPTURE(labels_on_screen());
    const auto* pw = find_widget("Mật khẩu được cấp");
    REQUIRE(pw);
    CHECK(pw->value == "kPqrStuvWx42");
    h.click("Sao chép mật khẩu");
    CHECK(platform::native_recorder().clipboard == "kPqrStuvWx42");
    h.click("Đã ghi lại, đóng");
    h.frames(2);
    CHECK_FALSE(find_widget("Mật khẩu được cấp"));
    CHECK_FALSE(s.issued);  // forgotten once closed

    // Reset password: a question first, then the new password once.
    h.click("Cấp lại mật khẩu", true);
    CHECK(s.reset.open);
    CHECK(server.count("POST", "/api/v1/admin/officers/2/reset-password") == 0);
    server.on("POST", "/api/v1/admin/officers/2/reset-password",
              encode(IssuedPassword{officer(2, "dieuphoi.lan", "Nguyễn Văn Điều", "dispatcher", 1), "aBcDeFgHiJ77"}));
    h.click("Cấp mật khẩu mới");
    server.answer_all();
    h.frames(3);
    CHECK(server.last("POST", "/api/v1/admin/officers/2/reset-password"));
    REQUIRE(find_widget("Mật khẩu được cấp"));
    CHECK(find_widget("Mật khẩu được cấp")->value == "aBcDeFgHiJ77");
    h.click("Đã ghi lại, đóng");

    // A refused lock (the admin's own account) is explained in a banner.
    server.on(
        "POST", "/api/v1/admin/officers/2/disable",
        R"({"error":{"code":"cannot_disable_self","message":"Không thể khóa tài khoản đang đăng nhập","fields":[]}})",
        409);
    h.click("Khóa tài khoản", true);
    server.answer_all();
    h.frames(2);
    REQUIRE(s.action.error);
    CHECK(s.action.error->code == "cannot_disable_self");
}

TEST_CASE("categories tab: SLA figures checked as typed, the edit PATCHes the code with its figures") {
    RestoreApp restore;
    Headless h;
    FakeServer server;
    prepare_server(server);
    sign_in_as("admin");
    open(h, server, "/quan-tri?muc=linh-vuc");
    CAPTURE(labels_on_screen());
    CHECK(find_widget("Xây dựng"));
    CHECK(find_widget("Du lịch"));
    h.click("Xây dựng");
    auto& s = views::admin_states(app()).categories;
    REQUIRE(s.editor.open);
    CHECK_FALSE(s.editor.creating);
    s.sla_amount[2] = "năm";  // resolve_normal: not a number
    h.frames(2);
    h.click("Lưu");
    CHECK(server.count("PATCH", "/api/v1/admin/categories") == 0);
    h.frames(2);
    REQUIRE(find_widget("Giải quyết – bình thường"));
    CHECK(find_widget("Giải quyết – bình thường")->error == "Thời hạn xử lý không hợp lệ");

    s.sla_amount[2] = "5";
    s.sla_unit[2] = "working_days";
    s.editor_unit = "4";
    h.frames(2);
    Category saved = category(3, "xay_dung", "Xây dựng");
    saved.default_unit_id = 4;
    saved.sla.resolve_normal = SlaFigure{5, SlaUnit::working_days};
    server.on("PATCH", "/api/v1/admin/categories/xay_dung", encode(saved));
    h.click("Lưu");
    server.answer_all();
    h.frames(2);
    const json body = sent_body(server.last("PATCH", "/api/v1/admin/categories/xay_dung"));
    CHECK(body["code"] == "xay_dung");
    CHECK(body["default_unit_id"] == 4);
    CHECK(body["sla"]["resolve_normal"]["amount"] == 5);
    CHECK(body["sla"]["resolve_normal"]["unit"] == "working_days");
    CHECK_FALSE(s.editor.open);

    // Too large a figure: the shared rule, the same message as the server's.
    h.click("+ Thêm lĩnh vực");
    s.editor.form.code = "an_ninh";
    s.editor.form.name = "An ninh trật tự";
    s.sla_amount[0] = "9000";
    h.frames(2);
    h.click("Lưu");
    h.frames(2);
    CHECK(server.count("POST", "/api/v1/admin/categories") == 0);
    REQUIRE(find_widget("Phân loại, chuyển xử lý"));
    CHECK(find_widget("Phân loại, chuyển xử lý")->error == "Thời hạn xử lý không hợp lệ");
}

TEST_CASE("holidays tab: the year's days off, a correction typed dd/mm/yyyy, deletion after a confirmation") {
    RestoreApp restore;
    Headless h;
    FakeServer server;
    prepare_server(server);
    sign_in_as("admin");
    views::admin_states(app()).holidays.year = 2027;
    open(h, server, "/quan-tri?muc=ngay-nghi");
    CAPTURE(labels_on_screen());
    REQUIRE(server.last("GET", "/api/v1/admin/holidays"));
    CHECK(server.last("GET", "/api/v1/admin/holidays")->url == "/api/v1/admin/holidays?year=2027");
    CHECK(views::admin_states(app()).holidays.data.data.days.size() == 3);
    CHECK(find_widget("Xóa"));  // the one correction

    // The next year is asked for.
    h.click("Năm sau →");
    server.answer_all();
    CHECK(server.last("GET", "/api/v1/admin/holidays")->url == "/api/v1/admin/holidays?year=2028");
    h.click("← Năm trước");
    server.answer_all();
    h.frames(2);

    h.click("+ Thêm điều chỉnh");
    auto& s = views::admin_states(app()).holidays;
    s.editor.form.date = "31/02/2027";
    h.frames(2);
    h.click("Lưu");
    h.frames(2);
    CHECK(server.count("POST", "/api/v1/admin/holidays") == 0);
    REQUIRE(find_widget("Ngày"));
    CHECK_FALSE(find_widget("Ngày")->error.empty());
    REQUIRE(find_widget("Tên ngày nghỉ"));
    CHECK_FALSE(find_widget("Tên ngày nghỉ")->error.empty());  // required for a day off added

    s.editor.form.date = "03/05/2027";
    s.editor.form.name = "Nghỉ bù theo quyết định";
    h.frames(2);
    server.on("POST", "/api/v1/admin/holidays", encode(holiday_year(2027, true)), 201);
    h.click("Lưu");
    server.answer_all();
    h.frames(2);
    const json body = sent_body(server.last("POST", "/api/v1/admin/holidays"));
    CHECK(body["date"] == "2027-05-03");
    CHECK(body["kind"] == "add");
    CHECK(body["name"] == "Nghỉ bù theo quyết định");
    REQUIRE_FALSE(app().toasts.empty());
    CHECK(app().toasts.back().text == "Đã thêm điều chỉnh ngày 03/05/2027");

    // Deleting asks first; "Hủy" sends nothing.
    h.click("Xóa");
    CHECK(s.remove.open);
    h.click("Hủy");
    CHECK_FALSE(s.remove.open);
    CHECK(server.count("DELETE", "/api/v1/admin/holidays") == 0);
    h.click("Xóa");
    server.on("DELETE", "/api/v1/admin/holidays/12", encode(holiday_year(2027, false)));
    h.click("Xóa");  // the dialog's button, drawn after the row's
    server.answer_all();
    h.frames(2);
    CHECK(server.last("DELETE", "/api/v1/admin/holidays/12"));
    CHECK(s.data.data.corrections.empty());
    CHECK_FALSE(s.remove.open);
}

TEST_CASE("announcements tab: create with the right body, publish, delete after a confirmation") {
    RestoreApp restore;
    Headless h;
    FakeServer server;
    prepare_server(server);
    sign_in_as("admin");
    open(h, server, "/quan-tri?muc=tin-tuc");
    CAPTURE(labels_on_screen());
    CHECK(find_widget("Lịch tiếp công dân tháng 12"));
    CHECK(find_widget("Thông báo nghỉ Tết Nguyên Đán"));
    CHECK(find_widget("Gỡ công bố"));
    CHECK(find_widget("Công bố"));

    h.click("+ Thêm tin");
    auto& s = views::admin_states(app()).announcements;
    h.click("Lưu");
    h.frames(2);
    CHECK(server.count("POST", "/api/v1/admin/announcements") == 0);
    REQUIRE(find_widget("Tiêu đề"));
    CHECK(find_widget("Tiêu đề")->error == "Vui lòng nhập thông tin này");
    s.editor.form.title = "Khánh Hòa đón khách du lịch dịp Festival Biển";
    s.editor.form.kind = "tourism";
    s.editor.form.body = "Chương trình Festival Biển Nha Trang diễn ra từ ngày 6 đến 9 tháng 6.";
    h.frames(2);
    Announcement created = announcement(3, s.editor.form.title, false);
    server.on("POST", "/api/v1/admin/announcements", encode(created), 201);
    h.click("Lưu");
    server.answer_all();
    h.frames(2);
    const json body = sent_body(server.last("POST", "/api/v1/admin/announcements"));
    CHECK(body["title"] == "Khánh Hòa đón khách du lịch dịp Festival Biển");
    CHECK(body["kind"] == "tourism");
    CHECK(body["published"] == false);
    CHECK_FALSE(s.editor.open);

    // Publishing the draft (the second row).
    server.on("POST", "/api/v1/admin/announcements/2/publish",
              encode(announcement(2, "Thông báo nghỉ Tết Nguyên Đán", true)));
    h.click("Công bố");
    server.answer_all();
    h.frames(2);
    CHECK(server.last("POST", "/api/v1/admin/announcements/2/publish"));
    REQUIRE_FALSE(app().toasts.empty());
    CHECK(app().toasts.back().text == "Đã công bố tin: Thông báo nghỉ Tết Nguyên Đán");

    // Deleting asks first.
    h.click("Xóa", true);
    CHECK(s.remove.open);
    CHECK(s.remove.id == 1);
    server.on("DELETE", "/api/v1/admin/announcements/1", "", 204);
    h.click("Xóa");
    server.answer_all();
    h.frames(2);
    CHECK(server.last("DELETE", "/api/v1/admin/announcements/1"));
    CHECK_FALSE(s.remove.open);
    CHECK(app().toasts.back().text == "Đã xóa tin: Lịch tiếp công dân tháng 12");
}

TEST_CASE("assistant tab: a refused delete stays in its dialog, a synonym line is checked before it is sent") {
    RestoreApp restore;
    Headless h;
    FakeServer server;
    prepare_server(server);
    sign_in_as("admin");
    auto array_of = [](const auto& items) {
        json a = json::array();
        for (const auto& item : items) {
            json j;
            to_json(j, item);
            a.push_back(j);
        }
        return a.dump();
    };
    server.on("GET", "/api/v1/admin/assistant/entries",
              array_of(std::vector<KnowledgeEntry>{{7, "Giờ tiếp dân?", "", "Sáng thứ Năm.", "", true, 1796000000}}));
    server.on("GET", "/api/v1/admin/assistant/synonyms", array_of(std::vector<SynonymGroup>{{3, "ổ gà, hố"}}));
    server.on("GET", "/api/v1/admin/assistant/unanswered", "[]");
    open(h, server, "/quan-tri?muc=tro-ly-ao");
    auto& s = views::admin_states(app()).assistant;
    REQUIRE(s.entries.ok());

    h.click("Xóa", true);
    REQUIRE(s.remove.open);
    CHECK(s.remove.id == 7);
    server.on("DELETE", "/api/v1/admin/assistant/entries/7",
              R"({"error":{"code":"not_found","message":"Không tìm thấy nội dung yêu cầu","fields":[]}})", 404);
    h.click("Xóa");  // the dialog's
    server.answer_all();
    h.frames(2);
    CHECK(s.remove.open);
    REQUIRE(s.remove.error);
    CHECK(s.remove.error->code == "not_found");
    // The dialog grew to show the refusal: its buttons are still there, and
    // trying again works.
    server.on("DELETE", "/api/v1/admin/assistant/entries/7", "", 204);
    h.frames(3);
    REQUIRE(find_widget("Hủy"));
    h.click("Xóa");
    server.answer_all();
    h.frames(2);
    CHECK_FALSE(s.remove.open);
    REQUIRE_FALSE(app().toasts.empty());
    CHECK(app().toasts.back().text == "Đã xóa câu hỏi: Giờ tiếp dân?");

    // One phrase is no synonym group: said at the field, nothing sent.
    s.synonym.form.phrases = "chỉ một";
    h.frames(1);
    h.click("Thêm nhóm");
    h.frames(2);
    CHECK(server.count("POST", "/api/v1/admin/assistant/synonyms") == 0);
    CHECK(s.synonym.tried);
}

TEST_CASE("settings tab: the server's values in the form, checked as typed, the PUT body, a refusal at its field") {
    RestoreApp restore;
    Headless h;
    FakeServer server;
    prepare_server(server);
    sign_in_as("admin");
    open(h, server, "/quan-tri?muc=cai-dat");
    CAPTURE(labels_on_screen());
    auto& s = views::admin_states(app()).settings;
    REQUIRE(find_widget("Thời gian chờ đánh giá (ngày)"));
    CHECK(find_widget("Thời gian chờ đánh giá (ngày)")->value == "30");
    CHECK(s.form.sessions.size() == 2);
    CHECK(s.weekdays[0]);
    CHECK_FALSE(s.weekdays[6]);

    s.rating_window_days = "ba mươi";
    h.frames(2);
    h.click("Lưu cài đặt");
    h.frames(2);
    CHECK(server.count("PUT", "/api/v1/admin/settings") == 0);
    CHECK(find_widget("Thời gian chờ đánh giá (ngày)")->error == "Thời gian chờ đánh giá phải từ 1 đến 365 ngày");

    s.rating_window_days = "14";
    s.weekdays[5] = true;  // Saturday mornings too
    s.form.sessions[1].end = "17:30";
    h.frames(2);
    server.on(
        "PUT", "/api/v1/admin/settings",
        R"({"error":{"code":"validation_failed","message":"Thông tin chưa hợp lệ","fields":[{"field":"sessions[1].end","code":"invalid_time","message":"Giờ phải theo dạng HH:MM, ví dụ 07:30"}]}})",
        422);
    h.click("Lưu cài đặt");
    server.answer_all();
    h.frames(2);
    const json body = sent_body(server.last("PUT", "/api/v1/admin/settings"));
    CHECK(body["rating_window_days"] == 14);
    CHECK(body["working_weekdays"] == json::array({1, 2, 3, 4, 5, 6}));
    CHECK(body["sessions"][1]["end"] == "17:30");
    CAPTURE(labels_on_screen());
    bool shown = false;
    for (const auto& w : ui::test_registry_published())
        if (w.label == "Kết thúc" && w.error == "Giờ phải theo dạng HH:MM, ví dụ 07:30") shown = true;
    CHECK(shown);
}

TEST_CASE("outbox tab: loads, shows each SMS's segment count, the channel filter and the page go into the request") {
    RestoreApp restore;
    Headless h;
    FakeServer server;
    prepare_server(server);
    sign_in_as("admin");
    open(h, server, "/quan-tri?muc=tin-nhan");
    CAPTURE(labels_on_screen());
    CHECK(find_widget("Tin nhắn đã gửi"));  // the tab button
    const auto* first = server.last("GET", "/api/v1/admin/outbox");
    REQUIRE(first);
    CHECK(first->url == "/api/v1/admin/outbox");
    // label | value drawn in the row
    const std::pair<const char*, const char*> rows[] = {
        {"Số tin: Mã xác thực đăng ký", "1"},
        {"Số tin: Thông báo phản ánh", "2"},
    };
    for (const auto& [label, value] : rows) {
        CAPTURE(label);
        const auto* w = find_widget(label);
        REQUIRE(w);
        CHECK(w->value == value);
    }
    const auto* text = find_widget("Mã xác thực đăng ký");
    REQUIRE(text);
    CHECK(text->value.find("Ma xac thuc dang ky tai khoan") != std::string::npos);

    // The channel filter: a new request with ?channel=email, from page 1.
    auto& s = views::admin_states(app()).outbox;
    s.query.page = 2;
    h.frames(2);
    server.answer_all();
    h.frames(2);
    CHECK(server.last("GET", "/api/v1/admin/outbox")->url == "/api/v1/admin/outbox?page=2");
    h.click("Kênh gửi");
    h.click("Thư điện tử");
    server.on("GET", "/api/v1/admin/outbox", outbox_json({}, 0));
    server.answer_all();
    h.frames(3);
    CHECK(server.last("GET", "/api/v1/admin/outbox")->url == "/api/v1/admin/outbox?channel=email");
    CHECK(s.query.page == 1);
    CHECK_FALSE(find_widget("Số tin: Mã xác thực đăng ký"));  // the empty state, no rows

    // A refusal shows as a banner with a retry, not an empty table.
    server.on("GET", "/api/v1/admin/outbox",
              R"({"error":{"code":"internal_error","message":"Lỗi máy chủ","fields":[]}})", 500);
    s.query.status = "failed";
    h.frames(2);
    server.answer_all();
    h.frames(2);
    CHECK(server.last("GET", "/api/v1/admin/outbox")->url == "/api/v1/admin/outbox?channel=email&status=failed");
    CHECK(s.list.failed());
}

TEST_CASE("every admin tab draws with data, forms and dialogs open, at phone and desktop sizes") {
    RestoreApp restore;
    const float sizes[][3] = {{360, 740, 3}, {1366, 768, 1}, {1920, 1080, 1.25f}};
    for (const auto& size : sizes) {
        CAPTURE(size[0]);
        Headless h(size[0], size[1], size[2]);
        sign_in_as("admin");
        FakeServer server;
        prepare_server(server);
        for (const char* tab : {"don-vi", "can-bo", "linh-vuc", "ngay-nghi", "tin-tuc", "cai-dat", "tin-nhan"}) {
            CAPTURE(tab);
            open(h, server, std::string("/quan-tri?muc=") + tab);
            CHECK(ImGui::GetCurrentContext()->WithinFrameScope == false);
        }
        auto& v = views::admin_states(app());
        v.units.editor.open = true;
        v.units.editor.tried = true;
        v.officers.editor.open = true;
        v.officers.editor.tried = true;
        v.officers.issued = IssuedPassword{officer(2, "a.b", "A B", "handler", 4), "abcdefghij12"};
        v.officers.issued_open = true;
        v.categories.editor.open = true;
        v.categories.editor.tried = true;
        v.holidays.editor.open = true;
        v.holidays.remove.open = true;
        v.announcements.editor.open = true;
        v.announcements.editor.tried = true;
        for (const char* tab : {"don-vi", "can-bo", "linh-vuc", "ngay-nghi", "tin-tuc", "cai-dat", "tin-nhan"}) {
            CAPTURE(tab);
            app().navigate(std::string("/quan-tri?muc=") + tab);
            h.frames(3);
            server.answer_all();
            h.frames(2);
        }
    }
}

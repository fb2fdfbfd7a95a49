// The officer console headless, signed in as a dispatcher or a unit handler,
// with answers from a fake server: the inbox's tabs and requests, a live
// event highlighting a new row, the processing page's buttons coming from
// allowed_actions, an action form checked by the shared rules before it is
// sent with the version, a 409 explained with the current status, intake
// with its tracking code, and the dashboard; every screen at phone and
// desktop widths. Clicks are real mouse events on registered widgets.
#include <doctest/doctest.h>

#include <imgui.h>
#include <imgui_internal.h>

#include <cfloat>
#include <map>
#include <string>
#include <vector>

#include "app/app.h"
#include "app/strings_officer.h"
#include "net/api.h"
#include "pakn/answer_templates.h"
#include "pakn/calendar.h"
#include "pakn/dto.h"
#include "pakn/dto_dashboard.h"
#include "ui/charts.h"
#include "pakn/dto_history.h"
#include "pakn/dto_live.h"
#include "pakn/dto_map.h"
#include "pakn/forms.h"
#include "pakn/inbox.h"
#include "platform/native_platform.h"
#include "ui/officer_widgets.h"
#include "ui/test_hooks.h"
#include "ui/theme.h"
#include "ui/widgets.h"
#include "ui/wrapped_input.h"
#include "views/state_accounts.h"
#include "views/state_officer.h"
#include "headless.h"

namespace {

using namespace pakn;
using namespace pakn::client;

const ui::WidgetInfo* find_widget(const std::string& label) {
    for (const auto& w : ui::test_registry_published())
        if (w.label == label) return &w;
    return nullptr;
}

// The registered text field or drop-down labelled `label` (not a table
// column of the same name).
const ui::WidgetInfo* find_field(const std::string& label) {
    for (const auto& w : ui::test_registry_published())
        if (w.label == label && w.has_value) return &w;
    return nullptr;
}

std::string labels_on_screen() {
    std::string out;
    for (const auto& w : ui::test_registry_published())
        out += w.label + "|";
    return out;
}

// The console at a size; clicks find any registered widget by its label.
struct Headless : pakn::client::test::Headless {
    explicit Headless(float width, float height, float dpr = 1.0f, bool keyboard = false)
        : pakn::client::test::Headless({width, height, dpr, keyboard, false, 2, false}) {}
    using pakn::client::test::Headless::click;
    // Clicks the widget labelled `label` (the test fails when it is not drawn).
    void click(const std::string& label) {
        const ui::WidgetInfo* w = find_widget(label);
        CAPTURE(labels_on_screen());
        REQUIRE(w);
        click(*w);
    }
};

// Answers what the app asked, by URL prefix (first match); records every
// request. `status` lets a route answer with an error.
struct FakeServer {
    struct Route {
        std::string method, prefix;
        int status;
        std::string body;
    };
    std::vector<Route> routes;
    std::vector<platform::RecordedRequest> seen;

    // A later route for the same prefix wins.
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
    // The last request to a URL starting with `prefix`, or null.
    const platform::RecordedRequest* last(const std::string& method, const std::string& prefix) const {
        // By index: GCC's -Wnull-dereference misreads a reverse iterator over
        // a vector that may be empty once this is inlined into a long test.
        for (std::size_t i = seen.size(); i-- > 0;)
            if (seen[i].method == method && seen[i].url.rfind(prefix, 0) == 0) return &seen[i];
        return nullptr;
    }
};

// The app is one global: every test here leaves it as it found it (signed
// out, no officer state, no toasts), so the other suites see a visitor.
struct RestoreApp {
    Session session = app().session;
    ~RestoreApp() {
        app().session = session;
        views::officer_states(app()) = views::OfficerStates{};
        app().toasts.clear();
        app().live_open = false;
        app().live_retry_at_ms = 0;
        app().sign_in_notice.clear();
        net::on_unauthorized(nullptr);
        app().view_states.reset();
        platform::native_recorder().requests.clear();
        app().navigate("/");
    }
};

void sign_in_as(const std::string& role, std::int64_t unit_id, const std::string& unit_name) {
    views::officer_states(app()) = views::OfficerStates{};
    platform::native_recorder().requests.clear();
    Session& s = app().session;
    s.checked = true;
    s.signed_in = true;
    s.account = Account{};
    s.account.id = 7;
    s.account.kind = "officer";
    s.account.login = "canbo";
    s.account.full_name = "Trần Thị Tiếp Nhận";
    s.account.role = role;
    s.account.unit_id = unit_id;
    s.account.unit_name = unit_name;
}

std::string units_json() {
    nlohmann::json a = nlohmann::json::array();
    for (const auto& u : {Unit{1, "TTDH", "Trung tâm điều phối", "center", "", "", "", "", true},
                          Unit{4, "SO-XD", "Sở Xây dựng", "department", "", "", "", "", true},
                          Unit{16, "CT-NUOC", "Công ty Cấp thoát nước", "company", "", "", "", "", true}}) {
        nlohmann::json j;
        to_json(j, u);
        a.push_back(j);
    }
    return dump_json(a);
}

std::string categories_json() {
    nlohmann::json a = nlohmann::json::array();
    Category c;
    c.id = 3;
    c.code = "xay_dung";
    c.name = "Xây dựng";
    c.group = "sector";
    nlohmann::json j;
    to_json(j, c);
    a.push_back(j);
    return dump_json(a);
}

ReportSummary row(std::int64_t id, Status status, std::optional<UnixSeconds> deadline) {
    ReportSummary r;
    r.id = id;
    r.code = "PAKN-2026-00000" + std::to_string(id);
    r.title = "Đèn đường hỏng số " + std::to_string(id);
    r.status = status;
    r.category_code = "xay_dung";
    r.category_name = "Xây dựng";
    r.created_at = 1794882600;
    r.deadline = deadline;
    r.overdue = deadline && *deadline < ui::now_seconds();
    // What the server says of the time left (by its calendar, not ours).
    if (deadline) {
        r.time_left = r.overdue ? "Quá hạn 1 giờ" : "Còn 1 ngày 2 giờ";
        r.time_left_level = r.overdue ? TimeLeftLevel::overdue : TimeLeftLevel::ok;
    }
    return r;
}

// What the live stream says when `action` happened to report `id` (the
// rows' code and title as row() makes them), delivered to the app.
void live_step(std::int64_t id, const char* action, Status status) {
    LiveEvent e;
    e.kind = "report";
    e.report_id = id;
    char code[32];
    std::snprintf(code, sizeof code, "PAKN-2026-%06lld", static_cast<long long>(id));
    e.code = code;
    e.title = "Đèn đường hỏng số " + std::to_string(id);
    e.action = action;
    e.status = status;
    e.at = ui::now_seconds();
    app().on_live("report", encode(e));
}

std::string page_json(const std::vector<ReportSummary>& items, std::int64_t total = -1) {
    Page<ReportSummary> p;
    p.total = total >= 0 ? total : static_cast<std::int64_t>(items.size());
    p.items = items;
    return encode(p);
}

ReportDetail detail_of(Status status, std::vector<Action> allowed, std::int64_t version) {
    ReportDetail d;
    static_cast<ReportSummary&>(d) = row(1, status, ui::now_seconds() + 3 * 86400);
    d.content = "Ba cột đèn liên tiếp không sáng từ tuần trước.";
    d.address = "Đường Trần Phú";
    d.lat = 12.2388;
    d.lon = 109.1967;
    d.is_public = true;
    d.reporter = ReporterInfo{"Nguyễn Văn An", "0905123456", "an@example.vn", "056191653264", false, false};
    Event submitted;
    submitted.id = 1;
    submitted.action = Action::submit;
    submitted.to_status = Status::submitted;
    submitted.actor_name = "Nguyễn Văn An";
    submitted.created_at = 1794882600;
    Event note;
    note.id = 2;
    note.action = Action::comment;
    note.internal = true;
    note.note = "Đã gọi lại xác minh";
    note.actor_name = "Trung tâm";
    note.created_at = 1794882700;
    d.events = {submitted, note};
    d.allowed_actions = std::move(allowed);
    d.priority = Priority::normal;
    d.version = version;
    // The answer deadlines routing would set now, as the server proposes them.
    d.proposed_deadlines = {
        {Priority::normal, 1795860000}, {Priority::urgent, 1795082400}, {Priority::complex, 1797674400}};
    return d;
}

// A history page of `n` entries (ids e<n>... down), then `next`.
HistoryPage history_page(int n, const std::string& next, int first_id = 100) {
    HistoryPage p;
    for (int i = 0; i < n; ++i) {
        HistoryEntry e;
        e.id = "e" + std::to_string(first_id - i);
        e.at = 1794882600 - i * 60;
        e.kind = "workflow";
        e.action = "start";
        e.action_label = "Bắt đầu xử lý";
        e.actor_name = "Lê Văn Xử Lý";
        e.actor_role = "Cán bộ xử lý";
        e.actor_unit = "Sở Xây dựng";
        e.report_id = 1;
        e.report_code = "PAKN-2026-000001";
        e.detail = "Đã cử tổ kiểm tra hiện trường";
        p.items.push_back(e);
    }
    p.next = next;
    return p;
}

// The staff map's answer: a point per SLA level (ids 1-3), one without a
// running deadline (4), and `without` reports without a position.
OfficerMap officer_map_answer(std::int64_t without = 5, bool truncated = false) {
    OfficerMap m;
    auto point = [](std::int64_t id, Status s, std::optional<TimeLeftLevel> level, double lat, double lon) {
        return OfficerMapPoint{
            id, "PAKN-2026-00000" + std::to_string(id), "Đèn đường hỏng số " + std::to_string(id), s, level, lat, lon};
    };
    m.points = {point(1, Status::in_progress, TimeLeftLevel::overdue, 12.25, 109.19),
                point(2, Status::assigned, TimeLeftLevel::ok, 12.10, 109.05),
                point(3, Status::submitted, TimeLeftLevel::due_soon, 12.40, 109.30),
                point(4, Status::accepted, std::nullopt, 11.95, 108.95)};
    m.without_position = without;
    m.truncated = truncated;
    return m;
}

void prepare_server(FakeServer& server) {
    server.on("GET", "/api/v1/public/units", units_json());
    server.on("GET", "/api/v1/public/categories", categories_json());
    server.on("GET", "/api/v1/health", R"({"status":"ok","version":"test"})");
}

// Opens `path` and lets the fake server answer what the screen asked for.
void open_answered(Headless& h, FakeServer& server, const std::string& path) {
    app().navigate(path);
    h.frames(2);
    server.answer_all();
    h.frames(2);
}

// The label of the widget that has the keyboard ("?" when none is published).
std::string label_with_keyboard() {
    const ImGuiID id = ui::test_registry_focus().id;
    for (const auto& w : ui::test_registry_published_all())
        if (w.id == id) return w.label;
    return "?";
}

}  // namespace

TEST_CASE("officer inbox: the role's tabs, the filters in the request, a live event highlights the new row") {
    RestoreApp restore;
    Headless h(1366, 900);
    sign_in_as("dispatcher", 1, "Trung tâm điều phối");
    FakeServer server;
    prepare_server(server);
    const UnixSeconds now = ui::now_seconds();
    server.on("GET", "/api/v1/inbox",
              page_json({row(1, Status::submitted, now - 3600), row(2, Status::submitted, now + 86400)}));
    open_answered(h, server, "/can-bo");
    CAPTURE(labels_on_screen());
    // The center's tabs, from intake to answer.
    for (const char* tab : {"Chờ tiếp nhận", "Đã tiếp nhận", "Đã chuyển xử lý", "Đang xử lý", "Chờ duyệt kết quả",
                            "Đã có kết quả", "Quá hạn", "Tất cả"})
        CHECK(find_widget(tab));
    REQUIRE(server.last("GET", "/api/v1/inbox"));
    CHECK(server.last("GET", "/api/v1/inbox")->url == "/api/v1/inbox?status=submitted");
    REQUIRE(find_widget("PAKN-2026-000001"));
    CHECK(find_widget("Tiếp nhận qua tổng đài"));  // the center enters calls

    // The overdue tab asks the server for overdue reports only.
    h.click("Quá hạn");
    server.answer_all();
    h.frames(2);
    CHECK(server.last("GET", "/api/v1/inbox")->url == "/api/v1/inbox?overdue=true");
    h.click("Chờ tiếp nhận");
    server.answer_all();
    h.frames(2);

    // A live submission: the page reloads and the new row is marked.
    server.on("GET", "/api/v1/inbox",
              page_json({row(1, Status::submitted, now - 3600), row(3, Status::submitted, now + 7200),
                         row(2, Status::submitted, now + 86400)}));
    live_step(3, "submit", Status::submitted);
    h.frames(2);
    server.answer_all();
    h.frames(2);
    CAPTURE(labels_on_screen());
    CHECK(find_widget("★ PAKN-2026-000003"));
    CHECK(find_widget("PAKN-2026-000001"));  // seen before: not marked
    CHECK(views::officer_states(app()).inbox.fresh.count(3) == 1);

    // A row opens the processing page.
    h.click("★ PAKN-2026-000003");
    CHECK(app().route.path == "/can-bo/phan-anh/3");
}

TEST_CASE("officer inbox: a unit handler works from what was assigned to the unit") {
    RestoreApp restore;
    Headless h(1366, 900);
    sign_in_as("handler", 4, "Sở Xây dựng");
    FakeServer server;
    prepare_server(server);
    server.on("GET", "/api/v1/inbox", page_json({}));
    open_answered(h, server, "/can-bo");
    CAPTURE(labels_on_screen());
    CHECK(server.last("GET", "/api/v1/inbox")->url == "/api/v1/inbox?status=assigned");
    CHECK_FALSE(find_widget("Chờ tiếp nhận"));
    CHECK_FALSE(find_widget("Tiếp nhận qua tổng đài"));
    CHECK(find_widget("Thống kê đơn vị"));
}

// A keyboard user's way into the rows (issue 16 item 2): a column's name is
// a label, not a button (the inbox does not sort by it), so Tab goes from
// the tick box over the column names straight to the first row's. Dear
// ImGui makes every column name a Tab stop; there were seven, each silent
// to a screen reader.
TEST_CASE("officer inbox by keyboard: the column names are not Tab stops") {
    RestoreApp restore;
    Headless h(1366, 768, 1.0f, /*keyboard=*/true);
    sign_in_as("dispatcher", 1, "Trung tâm điều phối");
    FakeServer server;
    prepare_server(server);
    std::vector<ReportSummary> rows;
    for (int id = 1; id <= 3; ++id) rows.push_back(row(id, Status::in_progress, ui::now_seconds() + 86400));
    server.on("GET", "/api/v1/inbox", page_json(rows));
    open_answered(h, server, "/can-bo");
    for (int i = 0; i < 80 && label_with_keyboard() != "Chọn tất cả trang này"; ++i) h.key(ImGuiKey_Tab);
    REQUIRE(label_with_keyboard() == "Chọn tất cả trang này");
    const std::string order[] = {"Chọn PAKN-2026-000001", "PAKN-2026-000001", "Chọn PAKN-2026-000002"};
    for (const std::string& next : order) {
        h.key(ImGuiKey_Tab);
        CHECK(label_with_keyboard() == next);
    }
}

// A live event reloads the inbox (a new report, a colleague's action, the
// deadline sweep's notices). Found by e2e_keyboard_roles on a loaded CI
// machine: the reload swapped the rows for a spinner, so the row that had
// the keyboard vanished and the next Tab started again at the top of the
// page. The rows stay until the new page arrives, and the keyboard with them.
TEST_CASE("officer inbox by keyboard: a live reload keeps the rows and the row that has the keyboard") {
    RestoreApp restore;
    Headless h(1366, 768, 1.0f, /*keyboard=*/true);
    sign_in_as("dispatcher", 1, "Trung tâm điều phối");
    FakeServer server;
    prepare_server(server);
    const UnixSeconds later = ui::now_seconds() + 86400;
    server.on("GET", "/api/v1/inbox",
              page_json({row(1, Status::submitted, later), row(2, Status::submitted, later),
                         row(3, Status::submitted, later)}));
    open_answered(h, server, "/can-bo");
    for (int i = 0; i < 80 && label_with_keyboard() != "PAKN-2026-000002"; ++i) h.key(ImGuiKey_Tab);
    REQUIRE(label_with_keyboard() == "PAKN-2026-000002");

    // A new report arrives while the reload is on its way: the rows stay.
    server.on("GET", "/api/v1/inbox",
              page_json({row(1, Status::submitted, later), row(2, Status::submitted, later),
                         row(3, Status::submitted, later), row(4, Status::submitted, later)}));
    live_step(4, "submit", Status::submitted);
    h.frames(3);
    REQUIRE(!platform::native_recorder().requests.empty());  // the reload is in flight, unanswered
    CAPTURE(labels_on_screen());
    CHECK(views::officer_states(app()).inbox.list.loading());
    CHECK(find_widget("PAKN-2026-000001"));
    CHECK(label_with_keyboard() == "PAKN-2026-000002");

    server.answer_all();
    h.frames(3);
    CHECK(find_widget("★ PAKN-2026-000004"));
    CHECK(label_with_keyboard() == "PAKN-2026-000002");
    h.key(ImGuiKey_Tab);
    CHECK(label_with_keyboard() == "Chọn PAKN-2026-000003");  // on from where it was, not from the top
}

TEST_CASE("officer inbox: a full page scrolls inside the table, the pager under it turns the page") {
    // width, height of the window (CSS px, device pixel ratio 1)
    const float sizes[][2] = {{1366, 768}, {1920, 1080}};
    for (const auto& size : sizes) {
        CAPTURE(size[0]);
        RestoreApp restore;
        Headless h(size[0], size[1]);
        sign_in_as("dispatcher", 1, "Trung tâm điều phối");
        FakeServer server;
        prepare_server(server);
        std::vector<ReportSummary> rows;
        for (int id = 1; id <= 20; ++id)
            rows.push_back(row(id, Status::in_progress, ui::now_seconds() + 86400));
        server.on("GET", "/api/v1/inbox", page_json(rows, 2010));  // "Tất cả" of the demo: 101 pages
        open_answered(h, server, "/can-bo");
        h.click("Tất cả");
        server.answer_all();
        h.frames(4);
        CAPTURE(labels_on_screen());
        const ui::WidgetInfo* next = find_widget("Sau →");
        REQUIRE(next);
        // The pager is on screen without scrolling the page, and no row is drawn over it.
        CHECK(next->visible);
        CHECK(next->y + next->h <= size[1]);
        const ui::WidgetInfo pager = *next;
        auto rows_stay_above_pager = [&] {
            for (const auto& w : ui::test_registry_published())
                if (w.visible && w.label.rfind("PAKN-", 0) == 0) {
                    CAPTURE(w.label);
                    CHECK(w.y + w.h <= pager.y);
                }
        };
        rows_stay_above_pager();
        // The wheel over the table scrolls its rows up to the last one, still above the pager.
        const ui::WidgetInfo* first = find_widget("PAKN-2026-000001");
        REQUIRE(first);
        ImGui::GetIO().AddMousePosEvent(first->x + first->w / 2, first->y + first->h / 2);
        for (int i = 0; i < 10; ++i) {
            ImGui::GetIO().AddMouseWheelEvent(0, -3);
            h.frames(2);
        }
        const ui::WidgetInfo* last = find_widget("PAKN-2026-0000020");
        REQUIRE(last);
        CHECK(last->visible);
        rows_stay_above_pager();
        CHECK(find_widget("Sau →")->y == pager.y);  // the page itself did not move
        // "Sau →" turns the page: it opens no report.
        h.click("Sau →");
        server.answer_all();
        h.frames(2);
        CHECK(app().route.screen == Screen::officer_inbox);
        CHECK(app().route.path == "/can-bo?tab=all&page=2");  // the page is in the address too
        CHECK(views::officer_states(app()).inbox.page == 2);
        REQUIRE(server.last("GET", "/api/v1/inbox"));
        CHECK(server.last("GET", "/api/v1/inbox")->url.find("page=2") != std::string::npos);
    }
}

TEST_CASE("officer inbox: every filter shows side by side at desktop widths and goes into the request") {
    // width, height (CSS px)
    const float sizes[][2] = {{1366, 768}, {1920, 1080}};
    for (const auto& size : sizes) {
        CAPTURE(size[0]);
        RestoreApp restore;
        Headless h(size[0], size[1]);
        sign_in_as("dispatcher", 1, "Trung tâm điều phối");
        FakeServer server;
        prepare_server(server);
        server.on("GET", "/api/v1/inbox", page_json({row(1, Status::submitted, ui::now_seconds() + 3600)}));
        open_answered(h, server, "/can-bo");
        h.click("▼ Bộ lọc");
        h.frames(3);
        CAPTURE(labels_on_screen());
        const char* labels[] = {"Lĩnh vực",       "Xã, phường",     "Đơn vị chủ trì", "Kênh tiếp nhận",
                                "Người phản ánh", "Gửi từ ngày", "Đến ngày"};
        std::vector<ui::WidgetInfo> shown;
        for (const char* label : labels) {
            CAPTURE(label);
            const ui::WidgetInfo* f = find_field(label);
            REQUIRE(f);
            CHECK(f->visible);
            CHECK(f->w > 200);               // a usable box, not a sliver
            CHECK(f->x + f->w <= size[0]);   // inside the window
            for (const auto& other : shown)  // no two boxes on top of each other
                CHECK((f->x >= other.x + other.w || f->x + f->w <= other.x || f->y >= other.y + other.h ||
                       f->y + f->h <= other.y));
            shown.push_back(*f);
        }
        // Side by side: the commune beside the category; three rows in all,
        // so the table keeps its room under the open panel.
        CHECK(find_field("Xã, phường")->y == find_field("Lĩnh vực")->y);
        CHECK(find_field("Xã, phường")->x > find_field("Lĩnh vực")->x);
        CHECK(find_field("Người phản ánh")->y == find_field("Kênh tiếp nhận")->y);  // row 2 of 3
        CHECK(find_field("Đến ngày")->y == find_field("Gửi từ ngày")->y);

        // And they work: a commune, a channel and an end date picked with clicks and keys.
        const ui::Choice commune = ui::commune_choices().front();
        h.click(*find_field("Xã, phường"));
        h.frames(2);
        h.click(commune.label);
        h.click(*find_field("Kênh tiếp nhận"));
        h.frames(2);
        h.click(std::string(channels().front().label));
        h.click(*find_field("Đến ngày"));
        ImGui::GetIO().AddInputCharactersUTF8("31/12/2026");
        h.frames(3);
        h.click("Lọc");
        server.answer_all();
        h.frames(2);
        const auto* sent = server.last("GET", "/api/v1/inbox");
        REQUIRE(sent);
        CAPTURE(sent->url);
        CHECK(sent->url.find("commune=" + commune.value) != std::string::npos);
        CHECK(sent->url.find("channel=" + std::string(channels().front().value)) != std::string::npos);
        CHECK(sent->url.find("to=2026-12-31") != std::string::npos);
    }
}

TEST_CASE("ellipsized: a cell's text cut with an ellipsis, never inside a character") {
    Headless h(1366, 768);
    ImGui::NewFrame();
    const float w = ImGui::CalcTextSize("Đèn đường hỏng").x;
    // text, width, shows
    struct Row {
        const char* text;
        float width;
        const char* shows;
    };
    const Row rows[] = {
        {"Đèn đường hỏng", w, "Đèn đường hỏng"},                    // fits exactly
        {"Đèn đường hỏng số 12 trên đường Trần Phú", w, nullptr},   // cut
        {"Đèn đường hỏng số 12", w + 400, "Đèn đường hỏng số 12"},  // room to spare
        {"Đường", 1, "…"},                                          // no room: the ellipsis alone
        {"", 10, ""},
    };
    for (const Row& r : rows) {
        CAPTURE(r.text);
        const std::string out = ui::ellipsized(r.text, r.width);
        if (r.shows) {
            CHECK(out == r.shows);
            continue;
        }
        CHECK(out.size() < std::string(r.text).size());
        CHECK(out.substr(out.size() - 3) == "…");
        CHECK(ImGui::CalcTextSize(out.c_str()).x <= r.width);
        CHECK(std::string(r.text).rfind(out.substr(0, out.size() - 3), 0) == 0);  // a prefix, whole characters
    }
    ImGui::EndFrame();
}

namespace {

// The dispatcher's processing page of report 1 (submitted, version 4),
// offering `allowed`; the fake server answers what the page asks.
void open_as_dispatcher(Headless& h, FakeServer& server, const std::vector<Action>& allowed) {
    sign_in_as("dispatcher", 1, "Trung tâm điều phối");
    prepare_server(server);
    server.on("GET", "/api/v1/reports/1", encode(detail_of(Status::submitted, allowed, 4)));
    app().navigate("/can-bo/phan-anh/1");
    h.frames(2);
    server.answer_all();
    h.frames(3);
}

}  // namespace

TEST_CASE("processing page: buttons from allowed_actions, a checked form, the version sent, a 409 explained") {
    RestoreApp restore;
    Headless h(1366, 1000);
    const std::vector<Action> allowed = {Action::accept, Action::reject, Action::request_info, Action::assign,
                                         Action::comment};
    FakeServer server;
    open_as_dispatcher(h, server, allowed);
    CAPTURE(labels_on_screen());
    for (Action a : allowed)
        CHECK(find_widget(std::string(label(a))));
    CHECK_FALSE(find_widget(std::string(label(Action::start))));

    // Chuyển xử lý: the unit is required (the shared workflow says so) and
    // nothing goes out until it is chosen.
    h.click("Chuyển xử lý");
    CAPTURE(labels_on_screen());
    auto& draft = views::officer_states(app()).processing.draft;
    REQUIRE(draft.open);
    CHECK(draft.action == Action::assign);
    // The server's proposal for the report's priority, not a calendar of ours.
    CHECK(draft.deadline_text == ui::deadline_text(1795860000));
    REQUIRE(find_widget("Xác nhận"));
    h.click("Xác nhận");
    CHECK(draft.tried);
    CHECK(ui::find_error(draft.errors, "unit_id"));
    CHECK_FALSE(server.last("POST", "/api/v1/reports/1/actions"));
    CHECK(platform::native_recorder().requests.empty());

    // With a unit the action goes out with the version the officer saw; the
    // answer says someone else was faster (the report is "accepted" now).
    draft.unit_id = "4";
    h.frames(3);  // the error under the unit goes, the button moves up
    server.on(
        "POST", "/api/v1/reports/1/actions",
        R"({"error":{"code":"stale_report","message":"Phản ánh vừa được người khác cập nhật. Vui lòng xem trạng thái mới nhất rồi thao tác lại","fields":[{"field":"status","code":"current_status","message":"accepted"}]}})",
        409);
    server.on("GET", "/api/v1/reports/1", encode(detail_of(Status::accepted, {Action::assign, Action::comment}, 5)));
    h.frames(1);
    h.click("Xác nhận");
    platform::RecordedRequest sent = platform::native_recorder().requests.empty()
                                         ? platform::RecordedRequest{}
                                         : platform::native_recorder().requests.back();
    server.answer_all();
    h.frames(3);
    CAPTURE(sent.body);
    const auto body = nlohmann::json::parse(sent.body, nullptr, false);
    REQUIRE(body.is_object());
    CHECK(body["action"] == "assign");
    CHECK(body["unit_id"] == 4);
    CHECK(body["version"] == 4);
    CHECK(body["priority"] == "normal");
    CHECK_FALSE(body.contains("deadline"));  // left to the server's calendar
    // One message, and the report as it is now (reloaded at once), with
    // that status's buttons: nothing left to reload by hand.
    const auto& refusal = views::officer_states(app()).processing.refusal;
    REQUIRE(refusal);
    CHECK(refusal->code == "stale_report");
    CHECK(server.last("GET", "/api/v1/reports/1"));
    CHECK(views::officer_states(app()).processing.detail.data.version == 5);
    CHECK(views::officer_states(app()).processing.detail.data.status == Status::accepted);
    CAPTURE(labels_on_screen());
    CHECK_FALSE(find_widget("↻ Tải lại phản ánh"));
    CHECK_FALSE(find_widget("Tiếp nhận"));
    CHECK(find_widget("Chuyển xử lý"));
}

TEST_CASE("processing page: merging a duplicate asks for the older report's tracking code and sends it") {
    RestoreApp restore;
    Headless h(1366, 1000);
    FakeServer server;
    open_as_dispatcher(h, server, {Action::accept, Action::merge, Action::comment});
    h.click(std::string(label(Action::merge)));
    auto& draft = views::officer_states(app()).processing.draft;
    REQUIRE(draft.open);
    CHECK(draft.action == Action::merge);
    CAPTURE(labels_on_screen());
    REQUIRE(find_widget("Mã tra cứu của phản ánh trước (gộp vào)"));
    // Without the older report's code nothing goes out: the field says why.
    h.click("Xác nhận");
    CHECK(ui::find_error(draft.errors, "duplicate_of"));
    CHECK(platform::native_recorder().requests.empty());
    draft.duplicate_of = "PAKN-2026-000017";
    h.frames(3);
    server.on("POST", "/api/v1/reports/1/actions", encode(detail_of(Status::closed, {Action::comment}, 5)));
    h.click("Xác nhận");
    server.answer_all();
    h.frames(3);
    const auto posted = server.last("POST", "/api/v1/reports/1/actions");
    REQUIRE(posted);
    const auto body = nlohmann::json::parse(posted->body, nullptr, false);
    REQUIRE(body.is_object());
    CHECK(body["action"] == "merge");
    CHECK(body["duplicate_of"] == "PAKN-2026-000017");
    CHECK(body["version"] == 4);
}

TEST_CASE("processing page: someone else acts while the form is open, the 409 shows one message and the new state") {
    RestoreApp restore;
    Headless h(1366, 1000);
    FakeServer server;
    open_as_dispatcher(h, server, {Action::accept, Action::reject, Action::assign});
    h.click("Chuyển xử lý");
    auto& p = views::officer_states(app()).processing;
    REQUIRE(p.draft.open);
    p.draft.unit_id = "4";
    h.frames(2);
    // A colleague accepts the report meanwhile: the live event comes while
    // the form is open.
    server.on("GET", "/api/v1/reports/1", encode(detail_of(Status::accepted, {Action::assign, Action::comment}, 5)));
    live_step(1, "accept", Status::accepted);
    h.frames(2);
    server.on(
        "POST", "/api/v1/reports/1/actions",
        R"({"error":{"code":"stale_report","message":"Phản ánh vừa được người khác cập nhật. Vui lòng xem trạng thái mới nhất rồi thao tác lại","fields":[{"field":"status","code":"current_status","message":"accepted"}]}})",
        409);
    h.click("Xác nhận");
    server.answer_all();
    h.frames(3);
    server.answer_all();  // anything the page asked for after the answer
    h.frames(3);
    CAPTURE(labels_on_screen());
    // One message, no reload button anywhere: the page shows the report as it is now.
    REQUIRE(p.refusal);
    CHECK(p.refusal->code == "stale_report");
    CHECK_FALSE(p.changed_meanwhile);
    CHECK_FALSE(find_widget("↻ Tải lại phản ánh"));
    CHECK(p.detail.ok());
    CHECK(p.detail.data.status == Status::accepted);
    CHECK(p.detail.data.version == 5);
    CHECK_FALSE(find_widget("Tiếp nhận"));
    CHECK(find_widget("Chuyển xử lý"));
    // Another event for the report later reloads it quietly: still one
    // message, and the report stays on screen while the reload is on its way.
    live_step(1, "accept", Status::accepted);
    h.frames(2);
    CHECK(p.detail.loading());
    CHECK(find_widget("Chuyển xử lý"));
    server.answer_all();
    h.frames(3);
    CHECK_FALSE(find_widget("↻ Tải lại phản ánh"));
}

TEST_CASE("session ended elsewhere: the report and its reporter leave the screen at once, sign-in says why") {
    // How the 401 arrives: the live stream given up, or any request (an action).
    for (const bool by_stream : {true, false}) {
        CAPTURE(by_stream);
        RestoreApp restore;
        Headless h(1366, 1000);
        sign_in_as("dispatcher", 1, "Trung tâm điều phối");
        net::on_unauthorized([] { app().end_session(); });  // as main.cpp wires it
        FakeServer server;
        prepare_server(server);
        server.on("GET", "/api/v1/me/summary", R"({"reports":0,"notifications":0,"unread_notifications":0})");
        server.on("GET", "/api/v1/reports/1", encode(detail_of(Status::submitted, {Action::accept}, 4)));
        app().navigate("/can-bo/phan-anh/1");
        h.frames(2);
        server.answer_all();
        h.frames(3);
        auto& p = views::officer_states(app()).processing;
        REQUIRE(p.detail.ok());
        REQUIRE(p.detail.data.reporter);
        REQUIRE(platform::native_recorder().live_ended);  // the stream is open
        // An administrator disables the account: every request is 401 from now on.
        const std::string expired =
            R"({"error":{"code":"session_expired","message":"Phiên đăng nhập đã hết hạn, vui lòng đăng nhập lại","fields":[]}})";
        for (const char* method : {"GET", "POST"})
            server.on(method, "/api/v1/", expired, 401);
        if (by_stream) {
            // The browser's EventSource gives up on the refused reconnect; no click follows.
            auto ended = platform::native_recorder().live_ended;
            ended();
        } else {
            h.click("Tiếp nhận");
            REQUIRE(p.draft.open);
            h.click("Xác nhận");
        }
        server.answer_all();
        // The very next frame, without any input: the sign-in page, nothing of the report.
        CHECK_FALSE(app().session.signed_in);
        CHECK_FALSE(p.detail.ok());
        CHECK_FALSE(p.detail.data.reporter);
        CHECK(p.detail.data.content.empty());
        CHECK(p.id == 0);
        CHECK(ui::animation_requested());
        h.frames(1);
        CHECK(app().route.screen == Screen::login);
        CHECK(app().route.path.rfind("/dang-nhap?sau=", 0) == 0);  // back to the report after signing in
        h.frames(2);
        CAPTURE(labels_on_screen());
        CHECK_FALSE(find_widget("Tiếp nhận"));
        CHECK(views::account_states(app()).login.notice.find("Phiên đăng nhập đã kết thúc") == 0);
        CHECK(platform::native_recorder().live == nullptr);  // the stream is closed
    }
}

// A long official answer as an officer types it: Vietnamese words (multi-byte
// UTF-8), a paragraph break, and a code too long for any line.
std::string long_answer(std::size_t at_least) {
    const std::string words =
        "Ủy ban nhân dân phường đã kiểm tra hiện trường, phối hợp với Công ty Cấp thoát nước thay nắp cống "
        "mới và vệ sinh mặt đường; người dân phản ánh đúng sự việc. ";
    std::string text = "Kính gửi ông Nguyễn Văn An,\n";
    while (text.size() < at_least)
        text += words;
    return text + "Mã hồ sơ: PAKN-2026-000001-XAC-MINH-HIEN-TRUONG-DOT-MOT-NGAY-HOM-NAY-VA-DOT-HAI-TUAN-SAU.";
}

TEST_CASE("wrapped text: soft breaks for display only, never in the stored text") {
    Headless h(1366, 768);
    ImGui::NewFrame();
    const float w = 300;
    // text, display breaks expected
    struct Row {
        std::string text;
        bool breaks;
    };
    const Row rows[] = {
        {"Đèn hỏng", false},                                 // fits: shown as stored
        {"Dòng một\nDòng hai", false},                       // the user's own line break stays a break
        {long_answer(600), true},                            // words wrap at blanks
        {std::string(200, 'x'), true},                       // one word wider than a line: cut inside it
        {"Ngõ 5 " + std::string(80, 'x') + " ở đây", true},  // both
        {"", false},
    };
    for (const Row& r : rows) {
        CAPTURE(r.text);
        const ui::WrappedText wrapped = ui::wrap_for_display(r.text, w);
        CHECK(ui::stored_text(wrapped) == r.text);
        CHECK(wrapped.breaks.empty() == !r.breaks);
        std::size_t start = 0;
        for (;;) {  // every display line fits, and starts on a whole character
            const std::size_t end = std::min(wrapped.display.find('\n', start), wrapped.display.size());
            CHECK(ImGui::GetFont()
                      ->CalcTextSizeA(ImGui::GetFontSize(), FLT_MAX, 0.0f, wrapped.display.data() + start,
                                      wrapped.display.data() + end)
                      .x <= w);
            if (start < wrapped.display.size())
                CHECK((static_cast<unsigned char>(wrapped.display[start]) & 0xC0) != 0x80);
            if (end == wrapped.display.size()) break;
            start = end + 1;
        }
        for (std::size_t pos = 0; pos <= r.text.size(); ++pos)  // positions map there and back
            CHECK(ui::stored_pos(wrapped, ui::display_pos(wrapped, pos)) == pos);
    }
    // A width smaller than any character still ends (one character a line).
    CHECK(ui::stored_text(ui::wrap_for_display("Ừ ờ", 1)) == "Ừ ờ");
    ImGui::EndFrame();
}

TEST_CASE("answer box: a 5,000-character answer wraps at the box's width, grows, and is stored as typed") {
    RestoreApp restore;
    Headless h(1366, 768);
    sign_in_as("handler", 4, "Sở Xây dựng");
    FakeServer server;
    prepare_server(server);
    ReportDetail d = detail_of(Status::in_progress, {Action::propose_result, Action::comment}, 6);
    d.lead_unit = UnitRef{4, "Sở Xây dựng"};
    server.on("GET", "/api/v1/reports/1", encode(d));
    app().navigate("/can-bo/phan-anh/1");
    h.frames(2);
    server.answer_all();
    h.frames(3);
    h.click("Đề xuất kết quả");
    auto& draft = views::officer_states(app()).processing.draft;
    REQUIRE(draft.open);
    const ui::WidgetInfo empty_box = *find_field("Nội dung kết quả xử lý");
    h.click(empty_box);
    const std::string text = long_answer(5000);
    ImGui::GetIO().AddInputCharactersUTF8(text.c_str());
    h.frames(4);
    // Stored exactly as typed: no soft break in it.
    CHECK(draft.result == text);
    CHECK(find_field("Nội dung kết quả xử lý")->value == text);
    // Shown wrapped: the box holds lines no wider than itself...
    const ImGuiInputTextState* st = ImGui::GetInputTextState(ImGui::GetActiveID());
    REQUIRE(st);
    const std::string shown(st->TextA.Data, static_cast<std::size_t>(st->CurLenA));
    CHECK(std::count(shown.begin(), shown.end(), '\n') > 20);
    std::size_t start = 0, widest = 0;
    for (std::size_t end; (end = shown.find('\n', start)) != std::string::npos; start = end + 1)
        widest =
            std::max(widest, static_cast<std::size_t>(ImGui::CalcTextSize(shown.data() + start, shown.data() + end).x));
    CHECK(static_cast<float>(widest) < empty_box.w);
    // ...and grew with the text (then scrolls).
    const ui::WidgetInfo full_box = *find_field("Nội dung kết quả xử lý");
    CHECK(full_box.h > empty_box.h * 2);

    // Editing at the end: Backspace removes whole characters of the stored text.
    h.key(ImGuiKey_Backspace);
    h.key(ImGuiKey_Backspace);
    CHECK(draft.result == text.substr(0, text.size() - 2));  // "U." were ASCII
    ImGui::GetIO().AddInputCharactersUTF8("ạ Ư");
    h.frames(2);
    CHECK(draft.result == text.substr(0, text.size() - 2) + "ạ Ư");
    // Copying gives the stored text, not the display's line ends.
    h.key(ImGuiKey_A, true);
    h.key(ImGuiKey_C, true);
    CHECK(std::string(ImGui::GetClipboardText()) == draft.result);
}

TEST_CASE("publishing: the dialog shows what is hidden, prefilled redacted, and sends only an edited text") {
    RestoreApp restore;
    Headless h(1366, 1000);
    sign_in_as("dispatcher", 1, "Trung tâm điều phối");
    FakeServer server;
    prepare_server(server);
    ReportDetail d = detail_of(Status::resolved, {Action::publish, Action::reopen, Action::comment}, 7);
    d.title = "Xe 79A-123.45 đậu chắn lối đi";
    d.content = "Chủ xe (SĐT 0935 246 813) đậu suốt đêm.";
    server.on("GET", "/api/v1/reports/1", encode(d));
    app().navigate("/can-bo/phan-anh/1");
    h.frames(2);
    server.answer_all();
    h.frames(3);
    h.click(std::string(label(Action::publish)));
    auto& draft = views::officer_states(app()).processing.draft;
    REQUIRE(draft.open);
    REQUIRE(draft.action == Action::publish);
    // What the shared detector found, and the version the server would publish.
    CHECK(draft.found == std::vector<std::string>{"Biển số xe: 79A-123.45", "Số điện thoại: 0935 246 813"});
    CHECK(draft.public_title == "Xe [đã ẩn] đậu chắn lối đi");
    CHECK(draft.public_text == "Chủ xe (SĐT [đã ẩn]) đậu suốt đêm.");
    CAPTURE(labels_on_screen());
    CHECK(find_widget("Nội dung công khai"));

    // Left as prefilled: the server redacts the same way itself.
    server.on("POST", "/api/v1/reports/1/actions", encode(d));
    h.click("Xác nhận");
    REQUIRE_FALSE(platform::native_recorder().requests.empty());
    auto body = nlohmann::json::parse(platform::native_recorder().requests.back().body, nullptr, false);
    server.answer_all();
    h.frames(2);
    REQUIRE(body.is_object());
    CHECK(body["action"] == "publish");
    CHECK_FALSE(body.contains("public_text"));
    CHECK_FALSE(body.contains("public_title"));

    // Edited: the dispatcher's text goes out as typed.
    h.click(std::string(label(Action::publish)));
    REQUIRE(draft.open);
    draft.public_text = "Một xe đậu chắn lối đi suốt đêm.";
    h.frames(1);
    h.click("Xác nhận");
    body = nlohmann::json::parse(platform::native_recorder().requests.back().body, nullptr, false);
    server.answer_all();
    h.frames(2);
    REQUIRE(body.is_object());
    CHECK(body["public_text"] == "Một xe đậu chắn lối đi suốt đêm.");
    CHECK_FALSE(body.contains("public_title"));
}

TEST_CASE("officer inbox: tab, filters and page live in the address, so a reload or a shared link keeps them") {
    RestoreApp restore;
    Headless h(1366, 900);
    sign_in_as("dispatcher", 1, "Trung tâm điều phối");
    FakeServer server;
    prepare_server(server);
    const UnixSeconds now = ui::now_seconds();
    server.on("GET", "/api/v1/inbox", page_json({row(1, Status::in_progress, now - 3600)}));
    // A link a colleague shared (or the page reloaded).
    open_answered(h, server, "/can-bo?tab=overdue&category=xay_dung&from=2026-11-01&page=2");
    REQUIRE(server.last("GET", "/api/v1/inbox"));
    CHECK(server.last("GET", "/api/v1/inbox")->url ==
          "/api/v1/inbox?page=2&category=xay_dung&from=2026-11-01&overdue=true");
    const auto& s = views::officer_states(app()).inbox;
    CHECK(s.filters_open);  // what narrows the list is in sight
    CHECK(s.editing.category == "xay_dung");
    CHECK(s.editing.from == "01/11/2026");

    // Another tab: the address follows (page back to 1), so Back returns here.
    h.click("Tất cả");
    h.frames(2);
    CHECK(app().route.path == "/can-bo?tab=all&category=xay_dung&from=2026-11-01");
    server.answer_all();
    h.frames(1);
    CHECK(server.last("GET", "/api/v1/inbox")->url == "/api/v1/inbox?category=xay_dung&from=2026-11-01");

    // Back (the browser changes the address): the overdue tab and page 2 again.
    app().route = resolve_route("/can-bo?tab=overdue&category=xay_dung&from=2026-11-01&page=2");
    h.frames(2);
    server.answer_all();
    CHECK(views::officer_states(app()).inbox.page == 2);
    CHECK(server.last("GET", "/api/v1/inbox")->url ==
          "/api/v1/inbox?page=2&category=xay_dung&from=2026-11-01&overdue=true");
    // A bad value in the address falls back to the default, never a broken list.
    app().navigate("/can-bo?tab=nonsense&page=-3&category=%3Cscript%3E");
    h.frames(2);
    CHECK(views::officer_states(app()).inbox.tab == 0);
    CHECK(views::officer_states(app()).inbox.page == 1);
    CHECK(views::officer_states(app()).inbox.applied.category.empty());
}

TEST_CASE("routing: the assign form starts from the unit the server proposes") {
    RestoreApp restore;
    Headless h(1366, 1000);
    sign_in_as("dispatcher", 1, "Trung tâm điều phối");
    FakeServer server;
    prepare_server(server);
    ReportDetail d = detail_of(Status::accepted, {Action::assign, Action::reject, Action::comment}, 3);
    d.suggested_unit_id = 4;
    server.on("GET", "/api/v1/reports/1", encode(d));
    app().navigate("/can-bo/phan-anh/1");
    h.frames(2);
    server.answer_all();
    h.frames(3);
    h.click(std::string(label(Action::assign)));
    const auto& draft = views::officer_states(app()).processing.draft;
    REQUIRE(draft.open);
    CHECK(draft.unit_id == "4");
    // Without a proposal the dispatcher chooses.
    d.suggested_unit_id.reset();
    views::officer_states(app()).processing.detail.data = d;
    h.click("Hủy");
    h.frames(1);
    h.click(std::string(label(Action::assign)));
    CHECK(views::officer_states(app()).processing.draft.unit_id.empty());
}

TEST_CASE("reclassifying: the dialog starts from the report's category and commune and sends the correction") {
    RestoreApp restore;
    Headless h(1366, 1000);
    sign_in_as("dispatcher", 1, "Trung tâm điều phối");
    FakeServer server;
    prepare_server(server);
    ReportDetail d = detail_of(Status::in_progress, {Action::reject, Action::comment, Action::reclassify}, 7);
    d.category_code = "xay_dung";
    d.commune_code = "22333";
    server.on("GET", "/api/v1/reports/1", encode(d));
    app().navigate("/can-bo/phan-anh/1");
    h.frames(2);
    server.answer_all();
    h.frames(3);
    h.click(std::string(label(Action::reclassify)));
    auto& draft = views::officer_states(app()).processing.draft;
    REQUIRE(draft.open);
    REQUIRE(draft.action == Action::reclassify);
    CHECK(draft.category_code == "xay_dung");
    CHECK(draft.commune_code == "22333");
    CAPTURE(labels_on_screen());
    CHECK(find_widget("Lý do phân loại lại"));

    draft.category_code = "du_lich";
    draft.note = "Khu du lịch, không phải công trình.";
    h.frames(1);
    server.on("POST", "/api/v1/reports/1/actions", encode(d));
    h.click("Xác nhận");
    REQUIRE_FALSE(platform::native_recorder().requests.empty());
    const auto body = nlohmann::json::parse(platform::native_recorder().requests.back().body, nullptr, false);
    server.answer_all();
    h.frames(2);
    REQUIRE(body.is_object());
    CHECK(body["action"] == "reclassify");
    CHECK(body["category_code"] == "du_lich");
    CHECK(body["commune_code"] == "22333");
    CHECK(body["note"] == "Khu du lịch, không phải công trình.");
}

TEST_CASE("inbox time left: the server's text in the color of the server's level") {
    // time left, level, shows, color, bold
    struct Row {
        const char* time_left;
        std::optional<TimeLeftLevel> level;
        const char* shows;
        ImU32 color;
        bool bold;
    };
    const Row rows[] = {
        {"Còn 2 ngày", TimeLeftLevel::ok, "Còn 2 ngày", ui::color::kText, false},
        {"Còn 3 giờ", TimeLeftLevel::due_soon, "Còn 3 giờ", ui::color::kWarning, true},
        {"Quá hạn 1 ngày", TimeLeftLevel::overdue, "Quá hạn 1 ngày", ui::color::kDanger, true},
        {"Còn 5 giờ", std::nullopt, "Còn 5 giờ", ui::color::kText, false},  // no level
        {"", std::nullopt, "17:00 28/11/2026", ui::color::kText, false},    // no time left: the deadline
        {nullptr, std::nullopt, "—", ui::color::kMuted, false},             // no deadline
    };
    for (const Row& row : rows) {
        CAPTURE(row.shows);
        ReportSummary r;
        if (row.time_left) r.deadline = 1795860000;
        r.time_left = row.time_left ? row.time_left : "";
        r.time_left_level = row.level;
        const ui::TimeLeftCell cell = ui::time_left_cell_of(r);
        CHECK(cell.text == row.shows);
        CHECK(cell.color == row.color);
        CHECK(cell.bold == row.bold);
    }
}

TEST_CASE("intake: the shared validator first, then the tracking code to read back") {
    RestoreApp restore;
    Headless h(1366, 1800);
    sign_in_as("dispatcher", 1, "Trung tâm điều phối");
    FakeServer server;
    prepare_server(server);
    server.on("POST", "/api/v1/reports", R"({"id":42,"code":"PAKN-2026-000042","status":"submitted"})", 201);
    app().navigate("/can-bo/tiep-nhan");
    h.frames(3);
    server.answer_all();
    h.frames(2);
    CAPTURE(labels_on_screen());
    h.click("Ghi nhận phản ánh");
    CHECK(views::officer_states(app()).intake.tried);
    CHECK_FALSE(server.last("POST", "/api/v1/reports"));
    auto& f = views::officer_states(app()).intake.form;
    f.reporter_name = "Lê Văn Cường";
    f.reporter_phone = "0987654321";
    f.title = "Cây xanh đổ chắn đường";
    f.content = "Cây lớn đổ ngang đường Hùng Vương sau cơn mưa chiều nay.";
    f.address = "Đường Hùng Vương, Nha Trang";
    h.frames(3);  // the error texts go, the button moves up
    h.click("Ghi nhận phản ánh");
    server.answer_all();
    h.frames(2);
    const auto* sent = server.last("POST", "/api/v1/reports");
    REQUIRE(sent);
    const auto body = nlohmann::json::parse(sent->body);
    CHECK(body["channel"] == "hotline");
    CHECK(body["reporter_phone"] == "0987654321");
    CHECK(body["submit"] == true);
    REQUIRE(views::officer_states(app()).intake.created);
    CHECK(views::officer_states(app()).intake.created->code == "PAKN-2026-000042");
    h.frames(2);
    CAPTURE(labels_on_screen());
    CHECK(find_widget("Sao chép mã"));
    h.click("Sao chép mã");
    CHECK(platform::native_recorder().clipboard == "PAKN-2026-000042");
}

TEST_CASE("every officer screen draws with data at phone and desktop sizes") {
    RestoreApp restore;
    const float sizes[][3] = {{360, 740, 3}, {1366, 768, 1}, {1920, 1080, 1.25f}};
    UnitDashboard dash;
    dash.scope = "unit";
    dash.unit_id = 4;
    dash.unit_name = "Sở Xây dựng";
    dash.total = 6;
    dash.open = 2;
    dash.overdue = 1;
    for (Status s : kAllStatuses)
        if (visible_to_officers(s))
            dash.by_status.push_back(StatRow{std::string(to_string(s)), std::string(label(s)), 1, {}, {}, {}});
    dash.this_month = DashboardMonth{"2026-11", 3, 2, 2.0 / 3.0};
    dash.last_month = DashboardMonth{"2026-10", 0, 0, std::nullopt};
    dash.by_category = {DashboardCategory{"xay_dung", "Xây dựng", 4, 1, 1, 3}, DashboardCategory{"", "", 2, 1, 0, 1}};
    dash.period = DashboardPeriod{"2026-11-01", "2026-11-17", 5, 3, 2, 2.0 / 3.0};
    dash.by_unit = {DashboardUnitRow{4, "Sở Xây dựng", 5, 3, 2, 2.0 / 3.0, 2, 1}};
    dash.by_handler = {DashboardHandlerRow{9, "Lê Văn Xử Lý", 2, 1, 3, 2, 2.0 / 3.0},
                       DashboardHandlerRow{0, "", 1, 0, 0, 0, std::nullopt}};
    dash.generated_at = 1794882600;
    for (const auto& size : sizes) {
        CAPTURE(size[0]);
        Headless h(size[0], size[1], size[2]);
        for (const char* role : {"dispatcher", "unit_lead", "leader"}) {
            CAPTURE(role);
            sign_in_as(role, 4, "Sở Xây dựng");
            FakeServer server;
            prepare_server(server);
            const UnixSeconds now = ui::now_seconds();
            server.on("GET", "/api/v1/inbox",
                      page_json({row(1, Status::in_progress, now - 60), row(2, Status::assigned, now + 3600),
                                 row(3, Status::resolved, std::nullopt)}));
            ReportDetail d = detail_of(Status::result_proposed, {Action::approve_result, Action::refuse_result}, 9);
            d.result = ResultInfo{"Đã thay bóng đèn.", {}, std::nullopt};
            d.lead_unit = UnitRef{4, "Sở Xây dựng"};
            d.co_units = {UnitRef{16, "Công ty Cấp thoát nước"}};
            server.on("GET", "/api/v1/reports/1", encode(d));
            server.on("GET", "/api/v1/officer/dashboard", encode(dash));
            server.on("GET", "/api/v1/officer/history", encode(history_page(3, "1794882600.e1")));
            server.on("GET", "/api/v1/officer/map", encode(officer_map_answer(7, true)));
            for (const char* path : {"/can-bo", "/can-bo/phan-anh/1", "/can-bo/tiep-nhan", "/can-bo/thong-ke",
                                     "/can-bo/lich-su", "/can-bo/ban-do", "/can-bo/ban-do?status=assigned"}) {
                CAPTURE(path);
                app().navigate(path);
                h.frames(2);
                server.answer_all();
                h.frames(3);
                CHECK(ImGui::GetCurrentContext()->WithinFrameScope == false);
            }
            // Every action's form draws too.
            app().navigate("/can-bo/phan-anh/1");
            h.frames(2);
            server.answer_all();
            for (Action a : kAllActions) {
                auto& p = views::officer_states(app()).processing;
                p.draft = views::ActionDraft{};
                p.draft.action = a;
                p.draft.open = true;
                p.draft.tried = true;
                h.frames(2);
            }
            views::officer_states(app()).processing.draft.open = false;
            h.frames(2);
        }
    }
}

TEST_CASE("exports: the inbox's buttons download the list under its tab and filters, a refusal shows why") {
    RestoreApp restore;
    Headless h(1366, 768);
    sign_in_as("dispatcher", 1, "Trung tâm điều phối");
    FakeServer server;
    prepare_server(server);
    server.on("GET", "/api/v1/inbox", page_json({row(1, Status::submitted, ui::now_seconds() + 3600)}));
    server.on("DOWNLOAD", "/api/v1/inbox/export", "");
    open_answered(h, server, "/can-bo?category=xay_dung");

    // Beside the search on a laptop's screen, not pushing the table down.
    const ui::WidgetInfo* excel = find_widget("Xuất Excel");
    REQUIRE(excel);
    CHECK(excel->y == doctest::Approx(find_widget("Tìm")->y));
    h.click("Xuất Excel");
    server.answer_all();
    h.frames(2);
    const auto* sent = server.last("DOWNLOAD", "/api/v1/inbox/export");
    REQUIRE(sent);
    CAPTURE(sent->url);
    // The first tab's status, the applied filter, every page: the whole list as seen.
    CHECK(sent->url.find("status=submitted") != std::string::npos);
    CHECK(sent->url.find("category=xay_dung") != std::string::npos);
    CHECK(sent->url.find("page=") == std::string::npos);
    CHECK(sent->url.find("format=xlsx") != std::string::npos);
    // Said once, in a toast that goes by itself (a line under the buttons stayed on after the filter changed).
    REQUIRE(app().toasts.size() == 1);
    CHECK(app().toasts.back().text == "Đã tạo tệp, trình duyệt đang tải xuống.");
    app().toasts.clear();

    // CSV for Vietnamese regional settings; the server refuses a list too long.
    server.on("DOWNLOAD", "/api/v1/inbox/export",
              R"({"error":{"code":"export_too_large","message":"Kết quả có hơn 5.000 hồ sơ, vui lòng lọc hẹp hơn","fields":[]}})",
              422);
    h.click("CSV dùng dấu chấm phẩy (;)");
    h.click("Xuất CSV");
    server.answer_all();
    h.frames(2);
    sent = server.last("DOWNLOAD", "/api/v1/inbox/export");
    REQUIRE(sent);
    CHECK(sent->url.find("format=csv&separator=semicolon") != std::string::npos);
    const auto& exporting = views::officer_states(app()).inbox.exporting;
    CHECK(app().toasts.empty());
    REQUIRE(exporting.error);
    CHECK(exporting.error->message == "Kết quả có hơn 5.000 hồ sơ, vui lòng lọc hẹp hơn");
}

TEST_CASE("dashboard: the province's view shows the help assistant's questions, a unit's does not") {
    RestoreApp restore;
    Headless h(1366, 2000);
    sign_in_as("dispatcher", 1, "Trung tâm điều phối");
    FakeServer server;
    prepare_server(server);
    UnitDashboard dash;
    dash.scope = "all";
    dash.period = DashboardPeriod{"2026-11-01", "2026-11-30", 5, 3, 2, 2.0 / 3.0};
    dash.assistant = DashboardAssistant{40, 31, 5, 4};
    server.on("GET", "/api/v1/officer/dashboard", encode(dash));
    open_answered(h, server, "/can-bo/thong-ke");
    h.frames(6);  // the period's card grows to its new table over a few frames
    CHECK(h.find_text("Hỗ trợ trực tuyến: trợ lý ảo"));
    // Each figure is a row read out with its name.
    const std::pair<const char*, std::string> figures[] = {
        {"Câu hỏi đã nhận", "40"}, {"Trả lời được", "31"}, {"Gợi ý để chọn", "5"}, {"Chưa trả lời được", "4"},
        {"Tỷ lệ trả lời được", ui::format_percent(31.0 / 40.0)},
    };
    for (const auto& [name, figure] : figures) {
        CAPTURE(name);
        std::string read_out = "<none>";
        for (const auto& w : ui::test_registry_published_all())
            if (w.visible && w.label == name && !w.value.empty()) read_out = w.value;
        CHECK(read_out == figure);
    }

    dash.assistant.reset();
    server.on("GET", "/api/v1/officer/dashboard", encode(dash));
    views::officer_states(app()).dashboard.data.invalidate();
    h.frames(2);
    server.answer_all();
    h.frames(3);
    CHECK_FALSE(h.find_text("Hỗ trợ trực tuyến: trợ lý ảo"));
}

TEST_CASE("dashboard: a typed period asks for its figures, a bad date stays a field error, the export follows") {
    RestoreApp restore;
    Headless h(1366, 768);
    sign_in_as("unit_lead", 4, "Sở Xây dựng");
    FakeServer server;
    prepare_server(server);
    UnitDashboard dash;
    dash.scope = "unit";
    dash.unit_id = 4;
    dash.unit_name = "Sở Xây dựng";
    dash.period = DashboardPeriod{"2026-11-01", "2026-11-30", 5, 3, 2, 2.0 / 3.0};
    dash.by_handler = {DashboardHandlerRow{9, "Lê Văn Xử Lý", 2, 1, 3, 2, 2.0 / 3.0}};
    server.on("GET", "/api/v1/officer/dashboard", encode(dash));
    server.on("DOWNLOAD", "/api/v1/officer/dashboard/export", "");
    open_answered(h, server, "/can-bo/thong-ke");
    const std::size_t asked = server.seen.size();
    // The period's boxes side by side on one level (the first column's used to sit higher).
    CHECK(find_field("Từ ngày")->y == doctest::Approx(find_field("Đến ngày")->y));

    // A date that does not exist: said under its box, nothing asked.
    h.click(*find_field("Từ ngày"));
    ImGui::GetIO().AddInputCharactersUTF8("31/02/2026");
    h.frames(3);
    h.click("Xem kỳ này");
    server.answer_all();
    h.frames(2);
    auto& s = views::officer_states(app()).dashboard;
    REQUIRE(s.period_errors.size() == 1);
    CHECK(s.period_errors[0].field == "from");
    CHECK(server.seen.size() == asked);

    s.from.clear();
    h.click(*find_field("Từ ngày"));
    ImGui::GetIO().AddInputCharactersUTF8("01/11/2026");
    h.click(*find_field("Đến ngày"));
    ImGui::GetIO().AddInputCharactersUTF8("30/11/2026");
    h.frames(3);
    h.click("Xem kỳ này");
    h.frames(2);
    server.answer_all();
    h.frames(2);
    const auto* sent = server.last("GET", "/api/v1/officer/dashboard");
    REQUIRE(sent);
    CAPTURE(sent->url);
    CHECK(sent->url.find("from=2026-11-01&to=2026-11-30") != std::string::npos);
    CHECK(s.period_errors.empty());

    // A live event: the same figures are asked again and stay on screen meanwhile.
    live_step(1, "accept", Status::accepted);
    h.frames(2);
    CHECK(s.data.loading());
    CHECK(find_widget("Lê Văn Xử Lý"));
    server.answer_all();
    h.frames(2);
    CHECK(server.last("GET", "/api/v1/officer/dashboard")->url == sent->url);

    h.click("Xuất Excel");
    server.answer_all();
    h.frames(2);
    const auto* exported = server.last("DOWNLOAD", "/api/v1/officer/dashboard/export");
    REQUIRE(exported);
    CHECK(exported->url == "/api/v1/officer/dashboard/export?from=2026-11-01&to=2026-11-30&format=xlsx");
}

TEST_CASE("history: opened from a report's link, filtered in the address, 'Tải thêm' appends the next page") {
    RestoreApp restore;
    Headless h(1366, 768);
    sign_in_as("handler", 4, "Sở Xây dựng");
    FakeServer server;
    prepare_server(server);
    server.on("GET", "/api/v1/inbox", page_json({}));
    open_answered(h, server, "/can-bo");
    CHECK_FALSE(find_widget("Lịch sử thao tác"));  // not a handler's
    // Its address typed: the handler is told whose screen it is, and nothing
    // is asked that the server would refuse (403).
    open_answered(h, server, "/can-bo/lich-su");
    const auto& shown = ui::test_registry_published_all();
    CHECK(std::any_of(shown.begin(), shown.end(), [](const auto& w) { return w.label == tr::off::kHistoryNotForRole; }));
    CHECK_FALSE(server.last("GET", "/api/v1/officer/history"));

    sign_in_as("unit_lead", 4, "Sở Xây dựng");
    server.on("GET", "/api/v1/officer/history?report=", encode(history_page(50, "1794882600.e51")));
    server.on("GET", "/api/v1/officer/history?report=PAKN-2026-000001&after=", encode(history_page(2, "", 50)));
    open_answered(h, server, "/can-bo/lich-su?report=PAKN-2026-000001");
    CHECK(find_widget("Lịch sử thao tác"));  // in the console's navigation
    const auto* asked = server.last("GET", "/api/v1/officer/history");
    REQUIRE(asked);
    CHECK(asked->url == "/api/v1/officer/history?report=PAKN-2026-000001");
    auto& s = views::officer_states(app()).history;
    CHECK(s.report == "PAKN-2026-000001");  // the filter box shows what the address says
    CHECK(s.items.size() == 50);
    // The filter grid's boxes level, row by row (ImGui lowered every column but the first).
    CHECK(find_field("Mã hồ sơ")->y == doctest::Approx(find_field("Người thực hiện")->y));
    CHECK(find_field("Từ ngày")->y == doctest::Approx(find_field("Đến ngày")->y));

    h.click("Tải thêm");
    server.answer_all();
    h.frames(2);
    asked = server.last("GET", "/api/v1/officer/history");
    REQUIRE(asked);
    CHECK(asked->url == "/api/v1/officer/history?report=PAKN-2026-000001&after=1794882600.e51");
    CHECK(s.items.size() == 52);
    CHECK_FALSE(find_widget("Tải thêm"));  // the last page

    // A code that cannot be one is said under its box; nothing is asked.
    const std::size_t before = server.seen.size();
    s.report.clear();
    h.click(*find_field("Mã hồ sơ"));
    ImGui::GetIO().AddInputCharactersUTF8("12345");
    h.frames(3);
    h.click("Lọc");
    server.answer_all();
    h.frames(2);
    REQUIRE(s.errors.size() == 1);
    CHECK(s.errors[0].field == "report");
    CHECK(server.seen.size() == before);

    // Another kind: the query and the address follow.
    s.report.clear();
    s.kind = "personal_data";
    h.frames(2);
    h.click("Lọc");
    server.on("GET", "/api/v1/officer/history?kind=", encode(history_page(1, "")));
    h.frames(2);
    server.answer_all();
    h.frames(2);
    asked = server.last("GET", "/api/v1/officer/history");
    REQUIRE(asked);
    CHECK(asked->url == "/api/v1/officer/history?kind=personal_data");
    CHECK(app().route.path == "/can-bo/lich-su?kind=personal_data");
    CHECK(s.items.size() == 1);
}

TEST_CASE("deadline text: typed the Vietnamese way, read back the same") {
    // text, parses
    const std::pair<const char*, bool> rows[] = {
        {"28/11/2026 17:00", true},    {"1/2/2027 08:05", true},    {"28/11/2026", true},
        {" 28/11/2026  09:30 ", true}, {"31/02/2027 10:00", false}, {"28/11/2026 24:00", false},
        {"2026-11-28", false},         {"28/11/26 10:00", false},   {"", false},
    };
    for (const auto& [text, ok] : rows) {
        CAPTURE(text);
        CHECK(ui::parse_deadline_text(text).has_value() == ok);
    }
    const auto t = ui::parse_deadline_text("28/11/2026 17:00");
    REQUIRE(t);
    CHECK(ui::deadline_text(*t) == "28/11/2026 17:00");
    CHECK(*ui::parse_deadline_text("28/11/2026") == *t);  // a bare day ends with office hours
    CHECK(ui::parse_day_text("05/01/2027") == Date{2027, 1, 5});
}

// [SECTION] answer templates (Mẫu trả lời) ---------------------------------------

namespace {

AnswerTemplate answer_template(std::int64_t id, const std::string& title, const std::string& body,
                               const std::string& category, std::optional<std::int64_t> unit, bool editable) {
    AnswerTemplate t;
    t.id = id;
    t.title = title;
    t.body = body;
    t.category_code = category;
    t.category_name = category.empty() ? "" : "Xây dựng";
    t.unit_id = unit;
    t.unit_name = unit ? "Sở Xây dựng" : "";
    t.editable = editable;
    t.updated_at = 1794882600;
    return t;
}

// A JSON array of DTOs, as a list route answers.
template <typename T>
std::string array_json(const std::vector<T>& items) {
    nlohmann::json a = nlohmann::json::array();
    for (const auto& item : items) {
        nlohmann::json j;
        to_json(j, item);
        a.push_back(j);
    }
    return dump_json(a);
}

std::string templates_json(const std::vector<AnswerTemplate>& items) { return array_json(items); }

// Every glyph drawn in the last frame, in drawing order, without the
// spaces (they draw nothing): read back from the draw data through the
// fonts' glyph coordinates, since Dear ImGui's own log stops at the end of
// the first window.
std::string drawn_text() {
    std::map<std::pair<float, float>, ImWchar> glyphs;
    for (const ImFont* font : ImGui::GetIO().Fonts->Fonts)
        for (const ImFontGlyph& g : font->Glyphs)
            if (g.Visible) glyphs[{g.U0, g.V0}] = static_cast<ImWchar>(g.Codepoint);
    std::string out;
    const ImDrawData* data = ImGui::GetDrawData();
    if (!data) return out;
    for (int l = 0; l < data->CmdListsCount; ++l) {
        const ImDrawList* list = data->CmdLists[l];
        for (int i = 0; i + 3 < list->VtxBuffer.Size; ++i) {
            const ImDrawVert& v = list->VtxBuffer[i];
            const auto g = glyphs.find({v.uv.x, v.uv.y});
            if (g == glyphs.end()) continue;
            char utf8[8] = {};
            ImTextCharToUtf8(utf8, g->second);
            out += utf8;
            i += 3;  // the glyph's quad
        }
    }
    return out;
}

// Whether `text` (spaces ignored) was drawn in the last frame.
bool drawn(std::string text) {
    std::erase(text, ' ');
    std::string all = drawn_text();
    return all.find(text) != std::string::npos;
}

}  // namespace

TEST_CASE("answer templates: Chèn mẫu puts the filled template into the answer, which stays editable and is sent") {
    RestoreApp restore;
    Headless h(1366, 1000);
    sign_in_as("handler", 4, "Sở Xây dựng");
    FakeServer server;
    prepare_server(server);
    ReportDetail d = detail_of(Status::in_progress, {Action::propose_result, Action::comment}, 6);
    d.lead_unit = UnitRef{4, "Sở Xây dựng"};
    server.on("GET", "/api/v1/reports/1", encode(d));
    server.on("GET", "/api/v1/officer/answer-templates",
              templates_json({answer_template(5, "Đã khắc phục", "Kính gửi ông/bà {nguoi_phan_anh},\nhồ sơ {ma_ho_so} "
                                                                 "đã xử lý ngày {ngay}.",
                                              "xay_dung", 4, false),
                              answer_template(2, "Cảm ơn", "Cảm ơn ông/bà.", "", std::nullopt, false)}));
    app().navigate("/can-bo/phan-anh/1");
    h.frames(2);
    server.answer_all();
    h.frames(3);
    h.click("Đề xuất kết quả");
    auto& s = views::officer_states(app()).processing;
    REQUIRE(s.draft.open);

    // The list is asked for the report's category when it is opened.
    h.click("Chèn mẫu");
    CHECK(s.templates.list.loading());
    server.answer_all();
    h.frames(2);
    REQUIRE(server.last("GET", "/api/v1/officer/answer-templates"));
    CHECK(server.last("GET", "/api/v1/officer/answer-templates")->url ==
          "/api/v1/officer/answer-templates?category=xay_dung");
    h.frames(4);  // the list grows to its rows
    CAPTURE(labels_on_screen());
    REQUIRE(find_widget("Chèn Cảm ơn"));

    h.click("Chèn Đã khắc phục");
    const std::string today = format_display_date(local_date(ui::now_seconds()));
    const std::string filled = "Kính gửi ông/bà Nguyễn Văn An,\nhồ sơ PAKN-2026-000001 đã xử lý ngày " + today + ".";
    CHECK(s.draft.result == filled);
    CHECK_FALSE(s.templates.open);  // the list closes, the answer is in view
    h.frames(2);
    REQUIRE(find_field("Nội dung kết quả xử lý"));
    CHECK(find_field("Nội dung kết quả xử lý")->value == filled);

    // Still the officer's text: edited at its end like anything typed.
    h.click(*find_field("Nội dung kết quả xử lý"));
    h.key(ImGuiKey_End, true);
    ImGui::GetIO().AddInputCharactersUTF8(" Trân trọng.");
    h.frames(3);
    CHECK(s.draft.result == filled + " Trân trọng.");

    // A second template goes after it, as a new paragraph.
    h.click("Chèn mẫu");
    server.answer_all();
    h.frames(4);
    h.click("Chèn Cảm ơn");
    CHECK(s.draft.result == filled + " Trân trọng.\n\nCảm ơn ông/bà.");

    // Sent as the answer, with what was edited.
    server.on("POST", "/api/v1/reports/1/actions", encode(d));
    h.frames(2);
    h.click("Xác nhận");
    server.answer_all();
    h.frames(2);
    const auto* sent = server.last("POST", "/api/v1/reports/1/actions");
    REQUIRE(sent);
    const auto body = nlohmann::json::parse(sent->body, nullptr, false);
    REQUIRE(body.is_object());
    CHECK(body["action"] == "propose_result");
    CHECK(body["result"] == filled + " Trân trọng.\n\nCảm ơn ông/bà.");
}

TEST_CASE("answer templates: the picker says so when the category has none, and offers a retry after an error") {
    RestoreApp restore;
    Headless h(1366, 1000);
    sign_in_as("handler", 4, "Sở Xây dựng");
    FakeServer server;
    prepare_server(server);
    ReportDetail d = detail_of(Status::in_progress, {Action::propose_result}, 6);
    d.lead_unit = UnitRef{4, "Sở Xây dựng"};
    server.on("GET", "/api/v1/reports/1", encode(d));
    server.on("GET", "/api/v1/officer/answer-templates",
              R"({"error":{"code":"internal_error","message":"Hệ thống đang gặp sự cố, vui lòng thử lại sau","fields":[]}})",
              500);
    app().navigate("/can-bo/phan-anh/1");
    h.frames(2);
    server.answer_all();
    h.frames(3);
    h.click("Đề xuất kết quả");
    h.click("Chèn mẫu");
    server.answer_all();
    h.frames(4);  // the list grows to the banner
    CHECK(drawn("Hệ thống đang gặp sự cố"));
    server.on("GET", "/api/v1/officer/answer-templates", "[]");
    h.click("↻ Thử lại");
    server.answer_all();
    h.frames(4);
    CHECK(views::officer_states(app()).processing.templates.list.ok());
    CHECK(drawn("Chưa có mẫu trả lời cho lĩnh vực này."));
    CHECK(views::officer_states(app()).processing.draft.result.empty());
}

TEST_CASE("answer templates screen: loading, empty, error states, field errors at their fields, a lead's tab") {
    RestoreApp restore;
    Headless h(1366, 900);
    sign_in_as("unit_lead", 4, "Sở Xây dựng");
    FakeServer server;
    prepare_server(server);
    server.on("GET", "/api/v1/officer/answer-templates", "[]");
    app().navigate("/can-bo/thong-ke");
    h.frames(2);
    CAPTURE(labels_on_screen());
    REQUIRE(find_widget("Mẫu trả lời"));  // the console's tab, for a unit lead
    h.click("Mẫu trả lời");
    CHECK(app().route.screen == Screen::officer_templates);
    auto& s = views::officer_states(app()).templates;

    // Loading: the spinner's caption, nothing else in the list.
    CHECK(s.list.loading());
    h.frames(1);
    CHECK(drawn("Đang tải"));
    // Empty: said so, with the way to write the first one.
    server.answer_all();
    h.frames(3);
    CHECK(drawn("Chưa có mẫu trả lời nào"));
    CHECK(find_widget("Thêm mẫu trả lời"));

    // Field errors of the shared rules, drawn under their fields.
    h.click("Thêm mẫu trả lời");
    REQUIRE(s.editor.open);
    h.frames(6);  // the card grows to its form over a few frames
    h.click("Lưu");
    h.frames(2);
    CAPTURE(labels_on_screen());
    REQUIRE(find_field("Tên mẫu"));
    CHECK(find_field("Tên mẫu")->error == "Vui lòng nhập thông tin này");
    CHECK(find_field("Nội dung mẫu")->error == "Vui lòng nhập thông tin này");
    CHECK_FALSE(server.last("POST", "/api/v1/officer/answer-templates"));

    // The server's field errors too (a category retired meanwhile).
    s.editor.form = AnswerTemplateForm{"Đã khắc phục", "Đơn vị đã xử lý hồ sơ {ma_ho_so}.", "xay_dung"};
    server.on("POST", "/api/v1/officer/answer-templates",
              R"({"error":{"code":"validation_failed","message":"Thông tin chưa hợp lệ","fields":[{"field":"category_code","code":"unknown_category","message":"Lĩnh vực không tồn tại"}]}})",
              422);
    h.frames(1);
    h.click("Lưu");
    server.answer_all();
    h.frames(2);
    REQUIRE(server.last("POST", "/api/v1/officer/answer-templates"));
    const auto sent = nlohmann::json::parse(server.last("POST", "/api/v1/officer/answer-templates")->body);
    CHECK(sent["title"] == "Đã khắc phục");
    CHECK(sent["category_code"] == "xay_dung");
    CAPTURE(labels_on_screen());
    REQUIRE(find_field("Áp dụng cho lĩnh vực"));
    CHECK(find_field("Áp dụng cho lĩnh vực")->error == "Lĩnh vực không tồn tại");

    // Saved: the list comes again, with edit buttons on the unit's own only.
    server.on("POST", "/api/v1/officer/answer-templates",
              encode(answer_template(9, "Đã khắc phục", "Đơn vị đã xử lý.", "xay_dung", 4, true)), 201);
    server.on("GET", "/api/v1/officer/answer-templates",
              templates_json({answer_template(9, "Đã khắc phục", "Đơn vị đã xử lý.", "xay_dung", 4, true),
                              answer_template(1, "Cảm ơn", "Cảm ơn ông/bà.", "", std::nullopt, false)}));
    h.click("Lưu");
    server.answer_all();
    h.frames(3);
    CHECK_FALSE(s.editor.open);
    CHECK(s.list.data.size() == 2);
    CAPTURE(labels_on_screen());
    int edit_buttons = 0;
    for (const auto& w : ui::test_registry_published()) edit_buttons += w.label == "Sửa" ? 1 : 0;
    CHECK(edit_buttons == 1);  // the province's template is read-only here

    // Deleting asks first, then sends DELETE.
    server.on("DELETE", "/api/v1/officer/answer-templates/9", "", 204);
    server.on("GET", "/api/v1/officer/answer-templates",
              templates_json({answer_template(1, "Cảm ơn", "Cảm ơn ông/bà.", "", std::nullopt, false)}));
    h.click("Xóa");
    REQUIRE(s.remove.open);
    h.frames(2);
    CAPTURE(labels_on_screen());
    // The dialog's own button (the row's is behind the modal).
    const ui::WidgetInfo* confirm = nullptr;
    for (const auto& w : ui::test_registry_published())
        if (w.label == "Xóa") confirm = &w;
    REQUIRE(confirm);
    h.click(*confirm);
    server.answer_all();
    h.frames(2);
    REQUIRE(server.last("DELETE", "/api/v1/officer/answer-templates/9"));
    CHECK_FALSE(s.remove.open);

    // An error: the message and a retry.
    server.on("GET", "/api/v1/officer/answer-templates",
              R"({"error":{"code":"internal_error","message":"Hệ thống đang gặp sự cố, vui lòng thử lại sau","fields":[]}})",
              500);
    s.list.invalidate();
    h.frames(1);
    server.answer_all();
    h.frames(2);
    CHECK(s.list.failed());
    h.frames(4);  // the card shrinks to the banner
    CHECK(drawn("Hệ thống đang gặp sự cố"));
    CHECK(find_widget("↻ Thử lại"));
}

TEST_CASE("answer templates screen: a handler reads only, and the console offers the tab to managers only") {
    RestoreApp restore;
    Headless h(360, 740, 3);
    sign_in_as("handler", 4, "Sở Xây dựng");
    FakeServer server;
    prepare_server(server);
    server.on("GET", "/api/v1/officer/answer-templates",
              templates_json({answer_template(1, "Cảm ơn", "Cảm ơn ông/bà.", "", std::nullopt, false)}));
    app().navigate("/can-bo/mau-tra-loi");
    h.frames(2);
    server.answer_all();
    h.frames(3);
    CAPTURE(labels_on_screen());
    CHECK_FALSE(find_widget("Thêm mẫu trả lời"));
    CHECK_FALSE(find_widget("Sửa"));
    CHECK_FALSE(find_widget("Mẫu trả lời"));  // no console tab for a handler
    CHECK(drawn("Cảm ơn ông/bà."));
    CHECK(ImGui::GetCurrentContext()->WithinFrameScope == false);
}

TEST_CASE(
    "officer map: points in the inbox's SLA colours, a click opens the report, filters in the request and address") {
    RestoreApp restore;
    Headless h(1366, 900);
    sign_in_as("dispatcher", 1, "Trung tâm điều phối");
    FakeServer server;
    prepare_server(server);
    server.on("GET", "/api/v1/inbox", page_json({}));
    server.on("GET", "/api/v1/officer/map", encode(officer_map_answer()));
    server.on("GET", "/api/v1/reports/2", encode(detail_of(Status::assigned, {}, 1)));

    // Reached from the console's navigation, like the other screens.
    open_answered(h, server, "/can-bo");
    h.click("Bản đồ hồ sơ");
    CHECK(app().route.screen == Screen::officer_map);
    h.frames(2);
    server.answer_all();
    h.frames(3);
    // The first request brings the boundaries; no filter yet.
    REQUIRE(server.last("GET", "/api/v1/officer/map"));
    CHECK(server.last("GET", "/api/v1/officer/map")->url == "/api/v1/officer/map");
    auto& s = views::officer_states(app()).map;
    REQUIRE(s.model.points.size() == 4);
    // Columns: report id | colour (the inbox's level).
    const std::pair<std::int64_t, ImU32> colours[] = {
        {1, ui::color::kDanger}, {2, ui::color::kSuccess}, {3, IM_COL32(214, 150, 0, 255)}, {4, ui::color::kMuted}};
    for (const auto& [id, colour] : colours) {
        CAPTURE(id);
        const auto& p = s.model.points[static_cast<std::size_t>(id - 1)];
        CHECK(p.report_id == id);
        CHECK(p.color == colour);
    }
    // Every point is on the map, under its code, with what it is.
    const ui::WidgetInfo* point = find_widget("PAKN-2026-000002");
    CAPTURE(labels_on_screen());
    REQUIRE(point);
    CHECK(point->value.find("Còn hạn") != std::string::npos);
    CHECK(s.data.data.without_position == 5);

    // A click on a point opens the report's page.
    h.click(*point);
    CHECK(app().route.path == "/can-bo/phan-anh/2");

    // A shared link with filters: asked with them, the boundaries not again.
    open_answered(h, server, "/can-bo/ban-do?commune=22333&status=assigned");
    CHECK(server.last("GET", "/api/v1/officer/map")->url ==
          "/api/v1/officer/map?status=assigned&commune=22333&shapes=0");
    CHECK(s.filters_open);
    CHECK(s.editing.commune == "22333");
    CHECK(s.status == "assigned");
    CHECK(s.model.has_shapes() == false);  // none on this fake server, still none
    CHECK(s.model.points.size() == 4);

    // The inbox's filter panel: a typed date goes to the request and the address.
    const auto asked = server.seen.size();
    s.editing.from = "01/11/2026";
    h.click("Lọc");
    h.frames(2);
    CHECK(app().route.path == "/can-bo/ban-do?status=assigned&commune=22333&from=2026-11-01");
    server.answer_all();
    CHECK(server.seen.size() > asked);
    CHECK(server.last("GET", "/api/v1/officer/map")->url ==
          "/api/v1/officer/map?status=assigned&commune=22333&from=2026-11-01&shapes=0");
    // A day that does not exist stays a field error; nothing is asked.
    const auto before = server.seen.size();
    s.editing.from = "31/02/2026";
    h.click("Lọc");
    h.frames(2);
    server.answer_all();
    CHECK(server.seen.size() == before);
    REQUIRE(ui::find_error(s.filter_errors, "from"));
    CHECK(app().route.path == "/can-bo/ban-do?status=assigned&commune=22333&from=2026-11-01");

    // Too many points: the notice; a refusal: the server's words and a retry.
    server.on("GET", "/api/v1/officer/map", encode(officer_map_answer(0, true)));
    s.editing.from.clear();
    h.click("Lọc");
    h.frames(2);
    server.answer_all();
    h.frames(2);
    CHECK(s.data.data.truncated);
    server.on("GET", "/api/v1/officer/map",
              R"({"error":{"code":"validation_failed","message":"Dữ liệu không hợp lệ","fields":[]}})", 422);
    s.editing.commune.clear();
    h.click("Lọc");
    h.frames(2);
    server.answer_all();
    h.frames(2);
    CHECK(s.data.failed());
    CHECK(ImGui::GetCurrentContext()->WithinFrameScope == false);
}

// [SECTION] tab counts, bulk actions, saved filters (issue 14 items 17-18)

namespace {

std::string counts_json(std::initializer_list<std::pair<const char*, std::int64_t>> counts) {
    InboxCounts c;
    for (const auto& [key, n] : counts)
        c.tabs.push_back(TabCount{key, n, false});
    return encode(c);
}

std::string saved_json(const std::vector<SavedFilter>& items) { return array_json(items); }

}  // namespace

TEST_CASE("inbox tab counts: each tab shows the server's count under the filters, refreshed by a live event") {
    RestoreApp restore;
    Headless h(1366, 900);
    sign_in_as("dispatcher", 1, "Trung tâm điều phối");
    FakeServer server;
    prepare_server(server);
    server.on("GET", "/api/v1/inbox", page_json({row(1, Status::submitted, ui::now_seconds() + 3600)}));
    server.on("GET", "/api/v1/inbox/counts", counts_json({{"submitted", 12}, {"accepted", 3}, {"all", 40}}));
    open_answered(h, server, "/can-bo?category=xay_dung");
    CAPTURE(labels_on_screen());
    CHECK(find_widget("Chờ tiếp nhận (12)"));
    CHECK(find_widget("Đã tiếp nhận (3)"));
    CHECK(find_widget("Tất cả (40)"));
    CHECK(find_widget("Quá hạn"));  // not counted: the name alone
    // Asked under the filters alone (no tab, no page), before the list.
    const auto* asked = server.last("GET", "/api/v1/inbox/counts");
    REQUIRE(asked);
    CHECK(asked->url == "/api/v1/inbox/counts?category=xay_dung");
    CHECK(server.last("GET", "/api/v1/inbox")->url == "/api/v1/inbox?status=submitted&category=xay_dung");

    // Another tab or page: the counts stay (same filters), not asked again.
    const std::size_t before = server.seen.size();
    h.click("Đã tiếp nhận (3)");
    server.answer_all();
    h.frames(2);
    CHECK(server.seen.size() == before + 1);
    // A live event: the counts follow.
    server.on("GET", "/api/v1/inbox/counts", counts_json({{"submitted", 13}, {"accepted", 3}, {"all", 41}}));
    live_step(9, "submit", Status::submitted);
    h.frames(2);
    server.answer_all();
    h.frames(2);
    CAPTURE(labels_on_screen());
    CHECK(find_widget("Chờ tiếp nhận (13)"));
}

TEST_CASE("reconsideration: the center's tab lists the requests, the dispatcher declines with a reason") {
    RestoreApp restore;
    Headless h(1366, 1000);
    sign_in_as("dispatcher", 1, "Trung tâm điều phối");
    FakeServer server;
    prepare_server(server);
    server.on("GET", "/api/v1/inbox", page_json({row(1, Status::submitted, ui::now_seconds() + 3600)}));
    server.on("GET", "/api/v1/inbox/counts", counts_json({{"submitted", 1}, {"reconsideration", 2}, {"all", 3}}));
    open_answered(h, server, "/can-bo");
    CAPTURE(labels_on_screen());
    h.click("Đề nghị xem xét lại (2)");
    server.answer_all();
    h.frames(2);
    CHECK(server.last("GET", "/api/v1/inbox")->url == "/api/v1/inbox?reconsideration=true");
    CHECK(app().route.path == "/can-bo?tab=reconsideration");

    // The report: closed, the reporter's request pending; the workflow's
    // buttons for the center, the decline's reason checked before sending.
    ReportDetail d = detail_of(Status::closed, {Action::publish, Action::reopen, Action::comment,
                                                Action::decline_reconsideration}, 7);
    d.reconsideration_pending = d.reconsideration_requested = true;
    d.rating = RatingInfo{SatisfactionLevel::dissatisfied, "", 1794900100};
    server.on("GET", "/api/v1/reports/1", encode(d));
    app().navigate("/can-bo/phan-anh/1");
    h.frames(2);
    server.answer_all();
    h.frames(3);
    CAPTURE(labels_on_screen());
    CHECK(find_widget("Mở lại"));
    h.click("Từ chối xem xét lại");
    auto& draft = views::officer_states(app()).processing.draft;
    REQUIRE(draft.open);
    CHECK(draft.action == Action::decline_reconsideration);
    CHECK(find_widget("Lý do từ chối xem xét lại (gửi đến người phản ánh)"));
    h.click("Xác nhận");
    CHECK(ui::find_error(draft.errors, "note"));
    CHECK(platform::native_recorder().requests.empty());
    draft.note = "Đơn vị đã kiểm tra lại, đèn sáng bình thường.";
    h.frames(2);
    server.on("POST", "/api/v1/reports/1/actions", encode(detail_of(Status::closed, {Action::comment}, 8)));
    h.click("Xác nhận");
    server.answer_all();
    h.frames(2);
    const auto* sent = server.last("POST", "/api/v1/reports/1/actions");
    REQUIRE(sent);
    const auto body = nlohmann::json::parse(sent->body, nullptr, false);
    REQUIRE(body.is_object());
    CHECK(body["action"] == "decline_reconsideration");
    CHECK(body["note"] == "Đơn vị đã kiểm tra lại, đèn sáng bình thường.");
}

TEST_CASE("bulk actions: ticked rows, the role's actions from the workflow table, per-report summary") {
    RestoreApp restore;
    Headless h(1366, 900);
    sign_in_as("dispatcher", 1, "Trung tâm điều phối");
    FakeServer server;
    prepare_server(server);
    const UnixSeconds now = ui::now_seconds();
    server.on("GET", "/api/v1/inbox",
              page_json({row(1, Status::submitted, now + 3600), row(2, Status::submitted, now + 7200),
                         row(3, Status::submitted, now + 9000)}));
    open_answered(h, server, "/can-bo");
    CAPTURE(labels_on_screen());
    // Nothing ticked: no bar.
    CHECK_FALSE(find_widget("Thực hiện"));
    h.click("Chọn PAKN-2026-000001");
    h.click("Chọn PAKN-2026-000002");
    auto& s = views::officer_states(app()).inbox;
    CHECK(s.bulk.selected.size() == 2);
    CAPTURE(labels_on_screen());
    // The center's bulk actions: accept, assign, comment (and nothing else).
    CHECK(find_widget("Tiếp nhận"));
    CHECK(find_widget("Chuyển xử lý"));
    CHECK(find_widget("Ghi chú nội bộ"));
    CHECK_FALSE(find_widget("Không tiếp nhận"));
    // A live reload keeps the ticks of rows still on the page.
    live_step(3, "comment", Status::submitted);
    h.frames(2);
    server.answer_all();
    h.frames(2);
    CHECK(s.bulk.selected.size() == 2);

    // A comment needs its note: said at the field, nothing sent.
    h.click("Ghi chú nội bộ");
    const std::size_t asked = server.seen.size();
    h.click("Thực hiện");
    server.answer_all();
    h.frames(2);
    CHECK(server.seen.size() == asked);
    REQUIRE(find_field("Ghi chú"));
    CHECK_FALSE(find_field("Ghi chú")->error.empty());

    // Accept both: one request, a summary naming the refused one and why.
    h.click("Hủy");  // the comment's dialog
    h.click("Tiếp nhận");
    BulkResult result;
    result.action = "accept";
    result.done = 1;
    result.failed = 1;
    result.items = {BulkItemResult{1, "PAKN-2026-000001", true, Status::accepted, 200, "", ""},
                    BulkItemResult{2, "PAKN-2026-000002", false, std::nullopt, 409, "action_not_allowed_in_status",
                                   "Thao tác này không được phép ở trạng thái hiện tại (Đã tiếp nhận)"}};
    server.on("POST", "/api/v1/reports/bulk", encode(result));
    h.click("Thực hiện");
    server.answer_all();
    h.frames(2);
    const auto* sent = server.last("POST", "/api/v1/reports/bulk");
    REQUIRE(sent);
    const auto body = nlohmann::json::parse(sent->body);
    CHECK(body["action"] == "accept");
    CHECK(body["report_ids"] == nlohmann::json::array({1, 2}));
    REQUIRE(s.bulk.result);
    CHECK(s.bulk.selected.empty());
    // The list and counts are asked again.
    server.answer_all();
    h.frames(2);
    CHECK(s.list.ok());

    // "Select all on this page", then another tab: the ticks are gone.
    h.click("Chọn tất cả trang này");
    CHECK(s.bulk.selected.size() == 3);
    h.click("Tất cả");
    server.answer_all();
    h.frames(2);
    CHECK(s.bulk.selected.empty());
}

TEST_CASE("bulk actions: a unit handler may only comment, leaders get no tick boxes") {
    RestoreApp restore;
    Headless h(1366, 900);
    sign_in_as("handler", 4, "Sở Xây dựng");
    FakeServer server;
    prepare_server(server);
    server.on("GET", "/api/v1/inbox", page_json({row(5, Status::assigned, ui::now_seconds() + 3600)}));
    open_answered(h, server, "/can-bo");
    h.click("Chọn PAKN-2026-000005");
    CAPTURE(labels_on_screen());
    CHECK(find_widget("Ghi chú nội bộ"));
    CHECK_FALSE(find_widget("Tiếp nhận"));
    CHECK_FALSE(find_widget("Chuyển xử lý"));

    sign_in_as("leader", 2, "Văn phòng UBND tỉnh");
    open_answered(h, server, "/can-bo?tab=all");
    CAPTURE(labels_on_screen());
    CHECK(find_widget("PAKN-2026-000005"));
    CHECK_FALSE(find_widget("Chọn PAKN-2026-000005"));
    CHECK_FALSE(find_widget("Chọn tất cả trang này"));
}

TEST_CASE(
    "saved filters: name the current filters, apply one with a click, delete one, the server's field error shown") {
    RestoreApp restore;
    Headless h(1366, 1400);  // filters, the naming form and the list all open
    sign_in_as("dispatcher", 1, "Trung tâm điều phối");
    FakeServer server;
    prepare_server(server);
    server.on("GET", "/api/v1/inbox", page_json({row(1, Status::submitted, ui::now_seconds() + 3600)}));
    server.on("GET", "/api/v1/officer/saved-filters",
              saved_json({SavedFilter{4, "Xây dựng tháng 11", "category=xay_dung&from=2026-11-01", 1794882600}}));
    open_answered(h, server, "/can-bo?channel=hotline");

    // Apply: the filters of the saved one, page 1, in the request and the address.
    h.click("▼ Bộ lọc đã lưu");
    CAPTURE(labels_on_screen());
    h.click("Xây dựng tháng 11");
    h.frames(2);
    server.answer_all();
    h.frames(2);
    CHECK(server.last("GET", "/api/v1/inbox")->url ==
          "/api/v1/inbox?status=submitted&category=xay_dung&from=2026-11-01");
    CHECK(app().route.path == "/can-bo?category=xay_dung&from=2026-11-01");
    CHECK(find_widget("✓ Xây dựng tháng 11"));  // the filter in use

    // Save the current filters under a name: the name is checked first.
    h.click("Lưu bộ lọc");
    h.click("Lưu");
    h.frames(2);
    CHECK(server.last("POST", "/api/v1/officer/saved-filters") == nullptr);
    REQUIRE(find_field("Tên bộ lọc"));
    CHECK_FALSE(find_field("Tên bộ lọc")->error.empty());
    h.click(*find_field("Tên bộ lọc"));
    ImGui::GetIO().AddInputCharactersUTF8("Xây dựng tháng 11");
    h.frames(20);
    server.on(
        "POST", "/api/v1/officer/saved-filters",
        R"({"error":{"code":"validation_failed","message":"Dữ liệu không hợp lệ","fields":[{"field":"name","code":"saved_filter_name_taken","message":"Bạn đã có một bộ lọc mang tên này"}]}})",
        422);
    h.click("Lưu");
    server.answer_all();
    h.frames(2);
    const auto* sent = server.last("POST", "/api/v1/officer/saved-filters");
    REQUIRE(sent);
    const auto body = nlohmann::json::parse(sent->body);
    CHECK(body["name"] == "Xây dựng tháng 11");
    CHECK(body["query"] == "category=xay_dung&from=2026-11-01");
    CHECK(find_field("Tên bộ lọc")->error == "Bạn đã có một bộ lọc mang tên này");

    // Delete.
    server.on("DELETE", "/api/v1/officer/saved-filters/4", "", 204);
    h.click("Xóa Xây dựng tháng 11");
    server.answer_all();
    h.frames(2);
    REQUIRE(server.last("DELETE", "/api/v1/officer/saved-filters/4"));
}

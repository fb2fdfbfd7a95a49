// The public portal headless: number formats, CSV, date input, the map model
// (decoding, triangulation, inset, legend classes), and the public screens
// drawn with answers from a fake server at phone and desktop sizes, with
// real mouse events for the chart toggles, the CSV download and the map.
#include <doctest/doctest.h>

#include <imgui.h>
#include <imgui_internal.h>

#include <functional>
#include <string>
#include <vector>

#include "app/app.h"
#include "app/screens.h"
#include "app/strings_public.h"
#include "pakn/csv.h"
#include "pakn/dto.h"
#include "pakn/dto_map.h"
#include "pakn/geo.h"
#include "platform/native_platform.h"
#include "ui/charts.h"
#include "ui/map_widget.h"
#include "ui/test_hooks.h"
#include "ui/theme.h"
#include "views/public_common.h"
#include "views/state_public.h"
#include "headless.h"

namespace {

using namespace pakn;
using namespace pakn::client;

// The portal at a size, drawn on demand as the browser does: frames go on
// while the UI asks for them.
struct Headless : pakn::client::test::Headless {
    explicit Headless(float width, float height, float dpr = 1.0f)
        : pakn::client::test::Headless({width, height, dpr, false, true, 2, false}) {}
};

// ---- a fake server: answers the requests the app made, by URL prefix
std::string json_array_of_units(const std::vector<Unit>& units) {
    nlohmann::json a = nlohmann::json::array();
    for (const auto& u : units) {
        nlohmann::json j;
        to_json(j, u);
        a.push_back(j);
    }
    return dump_json(a);
}

struct FakeServer {
    std::vector<std::pair<std::string, std::string>> routes;  // url prefix -> body
    std::vector<std::string> seen;

    void answer_all() {
        auto& rec = platform::native_recorder();
        for (int round = 0; round < 5 && !rec.requests.empty(); ++round) {
            auto pending = std::move(rec.requests);
            rec.requests.clear();
            for (auto& r : pending) {
                seen.push_back(r.url);
                std::string body = "{}";
                int status = 404;
                for (const auto& [prefix, b] : routes)
                    if (r.url.rfind(prefix, 0) == 0) {
                        body = b;
                        status = 200;
                        break;
                    }
                if (status == 404) body = R"({"error":{"code":"not_found","message":"Không tìm thấy","fields":[]}})";
                r.callback(platform::HttpResult{status, body});
            }
        }
    }
};

// Only what a user could see (and a browser test could read): visible entries.
const ui::WidgetInfo* find_widget(const std::string& label, int index = 0) {
    for (const auto& w : ui::test_registry_published())
        if (w.visible && w.label == label && index-- == 0) return &w;
    return nullptr;
}

const ui::WidgetInfo* find_widget_with_value(const std::string& label, const std::string& value) {
    for (const auto& w : ui::test_registry_published())
        if (w.visible && w.label == label && w.value == value) return &w;
    return nullptr;
}

std::string labels_on_screen() {
    std::string out;
    for (const auto& w : ui::test_registry_published())
        out += w.label + "=" + w.value + "@" + std::to_string(int(w.x)) + "," + std::to_string(int(w.y)) + "," +
               std::to_string(int(w.w)) + "x" + std::to_string(int(w.h)) + (w.visible ? "" : "(hidden)") + "|";
    return out;
}

// Two squares on the mainland and one far offshore (drawn in the inset).
std::vector<Feature> sample_features() {
    auto square = [](double lon, double lat, double size) {
        Ring r = {{lon, lat}, {lon + size, lat}, {lon + size, lat + size}, {lon, lat + size}, {lon, lat}};
        return MultiPolygon{Polygon{r, {}}};
    };
    return {
        Feature{"22333", "Phường Bắc Nha Trang", square(109.10, 12.20, 0.10), 0},
        Feature{"22366", "Phường Nha Trang", square(109.10, 12.05, 0.10), 0},
        Feature{"22736", "Đặc khu Trường Sa", square(114.0, 9.0, 0.5), 0},
    };
}

Stats sample_stats() {
    Stats s;
    s.totals = {1234, 1000, 0.875, 0.8, 12.5};
    s.by_status = {{"submitted", "Chờ tiếp nhận", 34, {}, {}, {}}, {"resolved", "Đã giải quyết", 1000, {}, {}, {}}};
    s.by_category = {{"giao_thong_van_tai", "Giao thông vận tải", 700, 600, 0.9, 20.0},
                     {"du_lich", "Du lịch", 534, 400, 0.7, 30.5}};
    s.by_unit = {{"1", "Sở Xây dựng", 700, 600, 0.95, 18.0}, {"2", "UBND Phường Nha Trang", 534, 400, 0.6, 40.0}};
    s.by_commune = {{"22333", "Phường Bắc Nha Trang", 800, 700, {}, {}}, {"22366", "Phường Nha Trang", 434, 300, {}, {}}};
    s.by_month = {{"2026-01", "01/2026", 600, 500, 0.9, {}}, {"2026-02", "02/2026", 634, 500, 0.85, {}}};
    s.satisfaction = {{"very_satisfied", "Rất hài lòng", 30, {}, {}, {}},
                      {"satisfied", "Hài lòng", 50, {}, {}, {}},
                      {"not_satisfied", "Chưa hài lòng", 15, {}, {}, {}},
                      {"dissatisfied", "Không hài lòng", 5, {}, {}, {}}};
    return s;
}

FakeServer sample_server(bool with_shapes) {
    FakeServer f;
    MapData map;
    if (with_shapes) {
        map.shapes = encode_map_json(sample_features());
        map.credit = std::string(kDefaultMapCredit);
    }
    map.communes = {{"22333", "Phường Bắc Nha Trang", 800, 700}, {"22366", "Phường Nha Trang", 434, 300},
                    {"22736", "Đặc khu Trường Sa", 2, 1}};
    map.points = {{7, "PAKN-2026-000007", 12.25, 109.15, Status::resolved, "du_lich", "Đèn đường hỏng"}};
    Page<PublicReport> reports;
    reports.total = 1;
    PublicReport r;
    r.id = 7;
    r.code = "PAKN-2026-000007";
    r.title = "Đèn đường hỏng trên đường Trần Phú";
    r.content = "Nhiều bóng đèn không sáng.";
    r.commune_code = "22333";
    r.commune_name = "Phường Bắc Nha Trang";
    r.category_name = "Du lịch";
    r.reporter_name = "Nguyễn V*** A";
    r.result = ResultInfo{"Đã thay bóng đèn.", {}, 1780000000};
    r.rating = SatisfactionLevel::satisfied;
    reports.items = {r};
    Page<Announcement> news;
    news.total = 1;
    news.items = {Announcement{3, "Lễ hội biển Nha Trang 2026", "Chuỗi sự kiện", "Nội dung\n\nĐoạn hai", "event", true,
                               1780000000, 1780000000}};
    f.routes = {
        {"/api/v1/public/stats", encode(sample_stats())},
        {"/api/v1/public/map", encode(map)},
        {"/api/v1/public/reports/7", encode(r)},
        {"/api/v1/public/reports", encode(reports)},
        {"/api/v1/public/announcements/3", encode(news.items[0])},
        {"/api/v1/public/announcements", encode(news)},
        {"/api/v1/public/categories", "[]"},
        {"/api/v1/public/units",
         json_array_of_units({Unit{1, "TTDH", "Trung tâm điều phối", "center", "Nha Trang", "1900 1023",
                                   "pakn@khanhhoa.gov.vn", "", true},
                              Unit{2, "SO-XD", "Sở Xây dựng", "department", "", "", "", "", true}})},
    };
    return f;
}

}  // namespace

TEST_CASE("numbers read the Vietnamese way") {
    // value, expected
    const std::pair<std::int64_t, const char*> counts[] = {
        {0, "0"}, {7, "7"}, {999, "999"}, {1000, "1.000"}, {1234567, "1.234.567"}, {-4500, "-4.500"}};
    for (const auto& [n, text] : counts) {
        CAPTURE(n);
        CHECK(ui::format_count(n) == text);
    }
    // rate, expected
    const std::pair<double, const char*> rates[] = {
        {0.0, "0%"}, {1.0, "100%"}, {0.875, "87,5%"}, {0.33333, "33,3%"}, {0.9999, "100%"}, {12.345, "1.234,5%"}};
    for (const auto& [r, text] : rates) {
        CAPTURE(r);
        CHECK(ui::format_percent(r) == text);
    }
    CHECK(ui::format_hours(12.5) == "12,5 giờ");
    CHECK(ui::format_decimal(2.0) == "2");
    CHECK(ui::format_decimal(-0.04) == "0");
}

TEST_CASE("CSV: byte-order mark, CRLF, quoting and formula guard") {
    // field, expected
    const std::pair<const char*, const char*> fields[] = {
        {"Giao thông", "Giao thông"},
        {"Sở Tài chính, Kế hoạch", "\"Sở Tài chính, Kế hoạch\""},
        {"Nói \"không\"", "\"Nói \"\"không\"\"\""},
        {"hai\ndòng", "\"hai\ndòng\""},
        {"=1+1", "'=1+1"},
        {"@SUM(A1)", "'@SUM(A1)"},
        {"-12", "-12"},
        {"- gạch", "'- gạch"},
        {"", ""},
    };
    for (const auto& [in, out] : fields) {
        CAPTURE(in);
        CHECK(pakn::csv_field(in) == out);
    }
    ui::DataTable t;
    t.columns = {"Lĩnh vực", "Số phản ánh", "Tỷ lệ (%)"};
    t.rows = {{ui::text_cell("Du lịch"), ui::count_cell(1234), ui::percent_cell(0.875)}};
    CHECK(ui::to_csv(t) == "\xEF\xBB\xBFLĩnh vực,Số phản ánh,Tỷ lệ (%)\r\nDu lịch,1234,87.5\r\n");
}

TEST_CASE("dates typed as dd/mm/yyyy") {
    // text, valid, y, m, d
    struct Row {
        const char* text;
        bool ok;
        int y, m, d;
    };
    const Row rows[] = {
        {"01/03/2026", true, 2026, 3, 1}, {"1/3/2026", true, 2026, 3, 1},  {" 29/02/2024 ", true, 2024, 2, 29},
        {"31-12-2025", true, 2025, 12, 31}, {"29/02/2026", false, 0, 0, 0}, {"2026-03-01", false, 0, 0, 0},
        {"01/13/2026", false, 0, 0, 0},   {"01/03/26", false, 0, 0, 0},    {"", false, 0, 0, 0},
        {"1/3/2026x", false, 0, 0, 0},
    };
    for (const auto& r : rows) {
        CAPTURE(r.text);
        const auto d = views::pub::parse_display_date(r.text);
        REQUIRE(d.has_value() == r.ok);
        if (d) CHECK(*d == Date{r.y, r.m, r.d});
    }
}

TEST_CASE("the map model: triangles once, Trường Sa in the inset, legend classes") {
    const std::string shapes = encode_map_json(sample_features());
    const auto m = ui::build_map_model(shapes,
                                       {{"22333", "Phường Bắc Nha Trang", 8, 7}, {"22366", "Phường Nha Trang", 1, 0}},
                                       {ui::MapMarker{LonLat{109.15, 12.25}, 0, 7, "PAKN-2026-000007", ""}});
    REQUIRE(m.regions.size() == 3);
    CHECK(m.shapes_error.empty());
    for (const auto& r : m.regions) {
        CAPTURE(r.code);
        CHECK(r.mesh.indices.size() == 6);  // a square: two triangles
        CHECK(r.inset == (r.code == "22736"));
    }
    CHECK(m.main_extent.contains(LonLat{109.15, 12.1}));
    CHECK_FALSE(m.main_extent.contains(LonLat{114.2, 9.2}));
    CHECK(m.inset_extent.contains(LonLat{114.2, 9.2}));
    CHECK(m.regions[0].short_name == "Bắc Nha Trang");
    // Classes: 0 for none, then four ranges up to the largest count (8).
    CHECK(m.upper == std::vector<std::int64_t>{2, 4, 6, 8});
    CHECK(m.regions[0].color_class == 4);
    CHECK(m.regions[1].color_class == 1);
    CHECK(m.regions[2].color_class == 0);
    CHECK(ui::map_class_label(m, 0) == "0");
    CHECK(ui::map_class_label(m, 1) == "1–2");
    CHECK(ui::map_class_label(m, 4) == "7–8");

    // No boundaries: the points alone set the frame; garbage is reported.
    const auto bare = ui::build_map_model("", {}, {ui::MapMarker{LonLat{109.2, 12.3}, 0, 1, "", ""}});
    CHECK_FALSE(bare.has_shapes());
    CHECK(bare.main_extent.contains(LonLat{109.2, 12.3}));
    const auto broken = ui::build_map_model("{\"format\":\"x\"}", {}, {});
    CHECK_FALSE(broken.has_shapes());
    CHECK_FALSE(broken.shapes_error.empty());
}

TEST_CASE("public screens draw their data at phone and desktop sizes") {
    // width, height, device pixel ratio
    const float sizes[][3] = {{360, 740, 3}, {1366, 768, 1}};
    const char* paths[] = {"/", "/thong-ke", "/ban-do", "/cong-khai", "/cong-khai/7", "/tin-tuc", "/tin-tuc/3",
                           "/dia-chi-can-biet"};
    for (bool shapes : {true, false}) {
        for (const auto& s : sizes) {
            Headless h(s[0], s[1], s[2]);
            FakeServer server = sample_server(shapes);
            for (const char* path : paths) {
                CAPTURE(path);
                CAPTURE(s[0]);
                CAPTURE(shapes);
                app().navigate(path);
                h.frames(2);
                server.answer_all();
                CHECK_MESSAGE(h.frames(3), "the screen keeps asking for frames once its data is there");
                CHECK(ImGui::GetCurrentContext()->WithinFrameScope == false);
            }
        }
    }
}

TEST_CASE("home: this year's figures, the lookup box and the QR code of the app's address") {
    Headless h(1366, 900);
    FakeServer server = sample_server(true);
    app().navigate("/");
    h.frames(2);
    server.answer_all();
    h.frames(3);
    CAPTURE(labels_on_screen());
    const auto* received = find_widget("Phản ánh đã tiếp nhận");
    REQUIRE(received);
    CHECK(received->value == "1.234");
    const auto* on_time = find_widget("Tỷ lệ xử lý đúng hạn");
    REQUIRE(on_time);
    CHECK(on_time->value == "87,5%");
    const auto* qr = find_widget("Mã QR ứng dụng");
    REQUIRE(qr);
    CHECK(qr->value == "http://127.0.0.1:8090/");
    CHECK(find_widget("Đèn đường hỏng trên đường Trần Phú"));
    CHECK(find_widget("Lễ hội biển Nha Trang 2026"));
    bool asked_this_year = false;
    for (const auto& url : server.seen)
        if (url.find("/api/v1/public/stats?from=") == 0 && url.find("-01-01") != std::string::npos)
            asked_this_year = true;
    CHECK(asked_this_year);

    // The lookup box goes to the lookup screen with the code.
    views::PublicStates& pub = views::public_states(app());
    pub.home.lookup_code = " PAKN-2026-000007 ";
    const auto* button = find_widget("Tra cứu");
    REQUIRE(button);
    h.click(*button);
    CHECK(app().route.path == "/tra-cuu?ma=PAKN-2026-000007");
}

TEST_CASE("statistics: figures, table view and CSV download by mouse") {
    Headless h(1366, 4000);  // tall: every chart on screen at once
    FakeServer server = sample_server(true);
    app().navigate("/thong-ke");
    h.frames(2);
    server.answer_all();
    h.frames(3);
    CAPTURE(labels_on_screen());
    const auto* avg = find_widget("Thời gian xử lý trung bình");
    REQUIRE(avg);
    CHECK(avg->value == "12,5");
    // Bars and slices carry their figures.
    const auto* bar = find_widget("Giao thông vận tải");
    REQUIRE(bar);
    CHECK(bar->value == "700");
    const auto* slice = find_widget("Rất hài lòng");
    REQUIRE(slice);
    CHECK(slice->value == "30 (30%)");
    const auto* month = find_widget("02/2026");
    REQUIRE(month);
    CHECK(month->value == "634 / 500");

    // The unit ranking, row by row: name, received, resolved, hours, on-time rate.
    CHECK(find_widget_with_value("Sở Xây dựng", "700 | 600 | 18 | 95%"));

    // "Bảng số liệu" of the category chart shows its rows.
    const auto* toggle = find_widget_with_value("Bảng số liệu", "by_category");
    REQUIRE(toggle);
    h.click(*toggle);
    CHECK(views::public_states(app()).stats.tables.category);
    const auto* row = find_widget_with_value("Du lịch", "534 | 400 | 70% | 30,5");
    CHECK(row);

    // CSV of the unit ranking.
    auto& downloads = platform::native_recorder().downloads;
    downloads.clear();
    const auto* csv = find_widget_with_value("Tải CSV", "by_unit");
    REQUIRE(csv);
    h.click(*csv);
    REQUIRE(downloads.size() == 1);
    CHECK(downloads[0].first == "xep-hang-don-vi.csv");
    CHECK(downloads[0].second.rfind("\xEF\xBB\xBF" "Đơn vị,Tiếp nhận", 0) == 0);
    CHECK(downloads[0].second.find("Sở Xây dựng,700,600,18.0,95.0\r\n") != std::string::npos);

    // A wrong date stays on screen as an error and sends nothing.
    auto& st = views::public_states(app()).stats;
    const std::string before = st.query;
    st.from_text = "31/02/2026";
    const auto* apply = find_widget("Xem số liệu");
    REQUIRE(apply);
    h.click(*apply);
    CHECK(st.query == before);
    REQUIRE_FALSE(st.errors.empty());
    CHECK(st.errors[0].field == "from");
}

TEST_CASE("map intro: colours and communes only where boundaries are drawn") {
    struct Row {
        bool shapes, points;
        const char* intro;
    };
    const Row rows[] = {
        {true, true, tr::pub::kMapIntro},
        {true, false, tr::pub::kMapIntro},
        {false, true, tr::pub::kMapIntroPoints},  // points on a plain frame: nothing coloured to hover
        {false, false, nullptr},                  // kMapNothing says it in the card
    };
    for (const Row& r : rows) {
        CAPTURE(r.shapes);
        CAPTURE(r.points);
        const char* intro = views::pub::map_intro(r.shapes, r.points);
        CHECK(std::string(intro ? intro : "(none)") == std::string(r.intro ? r.intro : "(none)"));
    }
    CHECK(std::string(tr::pub::kMapIntroPoints).find("Màu") == std::string::npos);
}

TEST_CASE("map: communes carry their figures, a click lists that commune's reports") {
    Headless h(1366, 1400);
    FakeServer server = sample_server(true);
    app().navigate("/ban-do");
    h.frames(2);
    server.answer_all();
    h.frames(3);
    CAPTURE(labels_on_screen());
    const auto* region = find_widget_with_value("Phường Nha Trang", "434 / 300");
    REQUIRE(region);
    const auto* inset = find_widget_with_value("Đặc khu Trường Sa", "2 / 1");
    REQUIRE(inset);
    h.click(*region);
    server.answer_all();
    h.frames(2);
    CHECK(views::public_states(app()).map.selected == "22366");
    bool asked = false;
    for (const auto& url : server.seen)
        if (url.find("/api/v1/public/reports?") == 0 && url.find("commune=22366") != std::string::npos) asked = true;
    CHECK(asked);
    // The commune table sorts by received, most first.
    const auto* header = find_widget("Tiếp nhận");
    REQUIRE(header);
    h.click(*header);
    const auto& order = views::public_states(app()).map.order;
    const auto& communes = views::public_states(app()).map.data.data.communes;
    REQUIRE(order.size() == 3);
    CHECK(communes[order[0]].count == 800);
    CHECK(communes[order[2]].count == 2);

    // Zoom buttons keep the map usable without a wheel.
    const double before = views::public_states(app()).map.view.view.pixels_per_degree;
    const auto* plus = find_widget("Phóng to");
    REQUIRE(plus);
    h.click(*plus);
    CHECK(views::public_states(app()).map.view.view.pixels_per_degree > before);
}

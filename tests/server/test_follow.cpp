// "Đã có người phản ánh gần đây", following, merging duplicates and area
// alerts (issue 15 items 13 and 14), through the API: what the nearby panel
// shows and hides, who may follow, that followers hear what the author
// hears, that a merge keeps both timelines and carries the followers over,
// and that area alerts arrive in the app at once and by SMS once a day.
//
// [SECTION] index: the cast, nearby, following, merging, area alerts.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "pakn/calendar.h"
#include "pakn/dto.h"
#include "pakn/workflow.h"
#include "support/report_cast.h"
#include "support/test_app.h"

using pakn::test::Browser;
using pakn::test::json;
using pakn::test::TestApp;

namespace {

using namespace pakn;

// [SECTION] the cast -------------------------------------------------------------

// Trần Phú street, Nha Trang, and points north of it.
constexpr double kLat = 12.2388, kLon = 109.1967;
constexpr double kMetreLat = 1.0 / 111195.0;

struct Cast : pakn::test::ReportCast {
    Browser neighbour;  // another citizen, who finds the owner's report nearby
    const std::string neighbour_phone = "0912345678";

    Cast() {
        REQUIRE(t.register_citizen("079203004567", neighbour_phone, "matkhau2026", "Lê Văn Khách") > 0);
        REQUIRE(t.login(neighbour, "079203004567", "matkhau2026").status == 200);
    }

    // A report sent by `b` (owner or neighbour) in su_co_giao_thong at `north`
    // metres north of the street, consenting to publication unless told.
    std::int64_t located(Browser& b, const std::string& title, double north, bool consent = true,
                         const std::string& category = "su_co_giao_thong") {
        auto [cid, answer] = t.captcha();
        json form = {{"title", title},
                     {"content", "Đoạn đường này rất nguy hiểm vào ban đêm, nhà tôi ở số 12, điện thoại 0905123456."},
                     {"address", "12 Trần Phú"},
                     {"commune_code", "22333"},
                     {"category_code", category},
                     {"lat", kLat + north * kMetreLat},
                     {"lon", kLon},
                     {"is_public", consent},
                     {"attachment_ids", json::array()},
                     {"submit", true},
                     {"captcha_id", cid},
                     {"captcha_answer", answer}};
        auto created = t.send("POST", "/api/v1/reports", form, &b);
        CAPTURE(created.payload());
        REQUIRE(created.status == 201);
        return TestApp::body_of(created)["id"].get<std::int64_t>();
    }
    server::http::Response nearby(const std::string& query, Browser* b = nullptr) {
        return t.call("GET", "/api/v1/reports/nearby?" + query, "", {}, b);
    }
    std::vector<std::int64_t> nearby_ids(const std::string& query, Browser* b = nullptr) {
        auto r = nearby(query, b);
        CAPTURE(r.payload());
        REQUIRE(r.status == 200);
        std::vector<std::int64_t> ids;
        const json items = TestApp::body_of(r);  // kept: the loop reads into it
        for (const auto& n : items) ids.push_back(n["id"].get<std::int64_t>());
        return ids;
    }
    server::http::Response follow(Browser& b, std::int64_t id, const std::string& method = "POST") {
        return t.send(method, "/api/v1/reports/" + std::to_string(id) + "/follow", json::object(), &b);
    }
    std::vector<std::string> notices(Browser& b) {
        auto r = t.call("GET", "/api/v1/me/notifications?page_size=50", "", {}, &b);
        REQUIRE(r.status == 200);
        std::vector<std::string> out;
        const json page = TestApp::body_of(r);  // kept: the loop reads into it
        for (const auto& n : page["items"]) out.push_back(n["title"].get<std::string>());
        return out;
    }
    bool told(Browser& b, const std::string& words) {
        const auto all = notices(b);
        return std::any_of(all.begin(), all.end(), [&](const std::string& n) { return n.find(words) != std::string::npos; });
    }
    std::string code(std::int64_t id) { return detail(desk, id)["code"].get<std::string>(); }
    std::vector<std::string> timeline(Browser& b, std::int64_t id) {
        std::vector<std::string> out;
        const json d = detail(b, id);  // kept: the loop reads into it
        for (const auto& e : d["events"]) out.push_back(e["action"].get<std::string>());
        return out;
    }
};

std::string query_at(double north, const std::string& rest) {
    return "lat=" + std::to_string(kLat + north * kMetreLat) + "&lon=" + std::to_string(kLon) + rest;
}

}  // namespace

// [SECTION] nearby ----------------------------------------------------------------

TEST_CASE("nearby: open, consented reports near the point and alike, nearest first, masked, without personal data") {
    Cast c;
    const auto pothole = c.located(c.owner, "Ổ gà lớn đường Trần Phú, gọi 0905123456 khi cần", 120);
    const auto lamp = c.located(c.owner, "Đèn tín hiệu giao thông hỏng", 250);
    const auto far = c.located(c.owner, "Ổ gà đường Trần Phú đoạn khác", 900);
    const auto private_one = c.located(c.owner, "Ổ gà đường Trần Phú trước nhà", 50, false);
    const auto other_topic = c.located(c.owner, "Rác thải bừa bãi", 60, true, "su_co_moi_truong_do_thi");

    // Same category (su_co_giao_thong) within 300 m: the pothole (120 m) before the lamp (250 m).
    CHECK(c.nearby_ids(query_at(0, "&category=su_co_giao_thong")) == std::vector<std::int64_t>{pothole, lamp});
    // Another category, but the title's words: the potholes within 300 m.
    CHECK(c.nearby_ids(query_at(0, "&category=xay_dung&q=o%20ga%20tran%20phu")) == std::vector<std::int64_t>{pothole});
    // Nothing to compare with: nothing, not the whole neighbourhood.
    CHECK(c.nearby_ids(query_at(0, "")).empty());
    // Without a point, the commune.
    const auto by_commune = c.nearby_ids("commune=22333&category=su_co_giao_thong");
    CHECK(std::find(by_commune.begin(), by_commune.end(), far) != by_commune.end());
    CHECK(std::find(by_commune.begin(), by_commune.end(), private_one) == by_commune.end());
    CHECK(std::find(by_commune.begin(), by_commune.end(), other_topic) == by_commune.end());
    CHECK(by_commune.size() == 3);

    // What a stranger reads: the masked public title, the status and the
    // distance; nothing of the content, the address or the reporter.
    auto r = c.nearby(query_at(0, "&category=su_co_giao_thong"), &c.neighbour);
    REQUIRE(r.status == 200);
    const json first = TestApp::body_of(r)[0];
    CHECK(first["title"].get<std::string>().find("0905123456") == std::string::npos);
    CHECK(first["title"].get<std::string>().starts_with("Ổ gà lớn đường Trần Phú"));
    CHECK(first["distance_m"] == 120);
    CHECK(first["status"] == "submitted");
    CHECK(first["followers"] == 0);
    CHECK(first["following"] == false);
    for (const char* key : {"content", "address", "reporter", "reporter_name", "lat", "lon", "code", "phone"})
        CHECK_FALSE(first.contains(key));

    // The owner is not shown their own reports as someone else's.
    CHECK(c.nearby_ids(query_at(0, "&category=su_co_giao_thong"), &c.owner).empty());

    // Closed, refused or merged reports are not "being handled".
    ActionParams reject;
    reject.reason_code = "out_of_scope";
    reject.note = "Không thuộc thẩm quyền";
    c.step(c.desk, lamp, Action::reject, reject);
    CHECK(c.nearby_ids(query_at(0, "&category=su_co_giao_thong")) == std::vector<std::int64_t>{pothole});
}

TEST_CASE("nearby: bad input is a clear 422 naming the parameter") {
    Cast c;
    struct Row {
        const char* query;
        const char* field;
        const char* code;
    };
    // clang-format off
    const Row rows[] = {
        {"lat=12.2",                          "lat",      "coordinates_incomplete"},
        {"lat=north&lon=109.19",              "lat",      "invalid_coordinates"},
        {"lat=12.2&lon=999",                  "lat",      "invalid_coordinates"},
        {"commune=abc",                       "commune",  "invalid_commune_code"},
        {"commune=22333&category=DROP%20TABLE", "category", "invalid_category_code"},
        {"category=su_co_giao_thong&q=o%20ga",      "lat",      "nearby_needs_place"},
    };
    // clang-format on
    for (const Row& row : rows) {
        CAPTURE(row.query);
        auto r = c.nearby(row.query);
        CHECK(r.status == 422);
        const json body = TestApp::body_of(r);
        REQUIRE(body["error"]["fields"].size() == 1);
        CHECK(body["error"]["fields"][0]["field"] == row.field);
        CHECK(body["error"]["fields"][0]["code"] == row.code);
    }
}

// [SECTION] following ---------------------------------------------------------------

TEST_CASE("follow: a neighbour follows instead of sending again, is counted, and hears every step the author hears") {
    Cast c;
    const auto id = c.located(c.owner, "Ổ gà lớn đường Trần Phú", 100);
    auto r = c.follow(c.neighbour, id);
    CAPTURE(r.payload());
    REQUIRE(r.status == 200);
    CHECK(TestApp::body_of(r) == json{{"following", true}, {"followers", 1}});
    // Twice is once.
    CHECK(TestApp::body_of(c.follow(c.neighbour, id))["followers"] == 1);
    // Counted on the report, for its author and for the follower.
    CHECK(c.detail(c.owner, id)["followers"] == 1);
    CHECK(c.detail(c.owner, id)["following"] == false);
    const json seen = c.detail(c.neighbour, id);
    CHECK(seen["following"] == true);
    // The follower reads what the public would: masked, no reporter's contact.
    CHECK(seen["content"].get<std::string>().find("0905123456") == std::string::npos);
    CHECK_FALSE(seen["reporter"].contains("phone"));
    CHECK(c.nearby_ids(query_at(0, "&category=su_co_giao_thong"), &c.neighbour) == std::vector<std::int64_t>{id});
    CHECK(TestApp::body_of(c.nearby(query_at(0, "&category=su_co_giao_thong"), &c.neighbour))[0]["following"] == true);

    // Every step's notice reaches both, the SMS ones by SMS too.
    c.step(c.desk, id, Action::accept);
    const std::string code = c.code(id);
    CHECK(c.told(c.owner, "Phản ánh " + code + " đã được tiếp nhận"));
    CHECK(c.told(c.neighbour, "Phản ánh " + code + " đã được tiếp nhận"));
    ActionParams assign;
    assign.unit_id = c.unit_xd;
    c.step(c.desk, id, Action::assign, assign);
    c.step(c.xd_handler, id, Action::start);
    ActionParams answer;
    answer.result_text = "Đã vá ổ gà.";
    c.step(c.xd_handler, id, Action::propose_result, answer);
    c.step(c.xd_lead, id, Action::approve_result);
    CHECK(c.told(c.neighbour, "Phản ánh " + code + " đã có kết quả xử lý"));
    CHECK(c.t.last_sms(c.neighbour_phone) == "PAKN Khanh Hoa: Phan anh " + code + " da co ket qua xu ly.");
    // Internal steps are nobody's news: the follower got exactly what the author got.
    CHECK(c.notices(c.neighbour).size() == c.notices(c.owner).size() - 1);  // the author also got "đã được gửi"

    // Unfollowing stops it and uncounts.
    auto off = c.follow(c.neighbour, id, "DELETE");
    REQUIRE(off.status == 200);
    CHECK(TestApp::body_of(off) == json{{"following", false}, {"followers", 0}});
    CHECK(c.detail(c.owner, id)["followers"] == 0);
}

TEST_CASE("follow: only reporters, only others' reports the public may see") {
    Cast c;
    const auto open = c.located(c.owner, "Ổ gà lớn đường Trần Phú", 100);
    const auto private_one = c.located(c.owner, "Ổ gà trước nhà", 100, false);
    CHECK(c.follow(c.owner, open).status == 409);
    CHECK(TestApp::body_of(c.follow(c.owner, open))["error"]["code"] == "cannot_follow_own_report");
    CHECK(c.follow(c.neighbour, private_one).status == 404);  // not even said to exist
    CHECK(c.follow(c.neighbour, 999999).status == 404);
    CHECK(c.follow(c.desk, open).status == 403);
    Browser visitor;
    CHECK(c.follow(visitor, open).status == 401);
    // Not followed, not readable: a stranger still gets 404 for the open report.
    auto look = c.t.call("GET", "/api/v1/reports/" + std::to_string(private_one), "", {}, &c.neighbour);
    CHECK(look.status == 404);
}

// [SECTION] merging -------------------------------------------------------------------

TEST_CASE("merge: the center closes a new report into an older one, both timelines kept, followers carried over") {
    Cast c;
    const auto older = c.located(c.owner, "Ổ gà lớn đường Trần Phú", 100);
    const auto newer = c.located(c.neighbour, "Đường Trần Phú có ổ gà", 120);
    // A third citizen follows the newer report.
    Browser third;
    REQUIRE(c.t.register_citizen("079203009999", "0987000111", "matkhau2026", "Phạm Thị Ba") > 0);
    REQUIRE(c.t.login(third, "079203009999", "matkhau2026").status == 200);
    REQUIRE(c.follow(third, newer).status == 200);
    const std::string older_code = c.code(older), newer_code = c.code(newer);

    // Only the center merges, and not into itself or into nothing.
    ActionParams into_older;
    into_older.duplicate_of = older_code;
    into_older.note = "Trùng với phản ánh đang được xử lý";
    // (A unit's handler does not see a report not assigned to the unit: to them it does not exist.)
    CHECK(c.act(c.xd_handler, newer, Action::merge, into_older).status == 404);
    CHECK(c.act(c.neighbour, newer, Action::merge, into_older).status == 403);
    ActionParams into_itself;
    into_itself.duplicate_of = newer_code;
    auto self = c.act(c.desk, newer, Action::merge, into_itself);
    CHECK(self.status == 422);
    CHECK(TestApp::body_of(self)["error"]["fields"][0]["code"] == "merge_into_itself");
    ActionParams nowhere;
    nowhere.duplicate_of = "PAKN-2026-999999";
    CHECK(TestApp::body_of(c.act(c.desk, newer, Action::merge, nowhere))["error"]["fields"][0]["code"] ==
          "invalid_duplicate_of");
    CHECK(c.act(c.desk, newer, Action::merge).status == 422);  // which one is required

    const json merged = c.step(c.desk, newer, Action::merge, into_older);
    CHECK(merged["status"] == "closed");
    // The newer report's author and follower now follow the older one.
    CHECK(c.detail(c.owner, older)["followers"] == 2);
    CHECK(c.detail(c.neighbour, older)["following"] == true);
    CHECK(c.detail(third, older)["following"] == true);
    CHECK(c.detail(c.neighbour, newer)["followers"] == 0);
    // Both were told where to look.
    CHECK(c.told(c.neighbour, "Phản ánh " + newer_code + " trùng với phản ánh đã có và được gộp để xử lý chung tại phản ánh " + older_code));
    CHECK(c.told(third, "tại phản ánh " + older_code));
    // Both timelines: the newer one's own steps and the merge; the older one's
    // steps and the merge naming the newer.
    CHECK(c.timeline(c.desk, newer) == std::vector<std::string>{"submit", "merge"});
    CHECK(c.timeline(c.desk, older) == std::vector<std::string>{"submit", "merge"});
    CHECK(c.detail(c.desk, older)["events"][1]["payload"]["merged_from"] == newer_code);
    CHECK(c.detail(c.desk, newer)["events"][1]["payload"]["duplicate_of"] == older_code);
    // The older report keeps its status; the merged one is closed for good.
    CHECK(c.detail(c.desk, older)["status"] == "submitted");
    ActionParams reopen;
    reopen.note = "Mở lại";
    auto again = c.act(c.desk, newer, Action::reopen, reopen);
    CHECK(again.status == 409);
    CHECK(TestApp::body_of(again)["error"]["code"] == "report_merged");
    // Nothing can be merged into a merged report, and it is no longer "nearby".
    const auto third_report = c.located(c.owner, "Ổ gà nữa trên đường Trần Phú", 110);
    ActionParams into_newer;
    into_newer.duplicate_of = newer_code;
    CHECK(TestApp::body_of(c.act(c.desk, third_report, Action::merge, into_newer))["error"]["fields"][0]["code"] ==
          "merge_target_closed");
    const auto near = c.nearby_ids(query_at(0, "&category=su_co_giao_thong"));
    CHECK(std::find(near.begin(), near.end(), newer) == near.end());
    // Later steps of the older report reach the carried-over followers.
    c.step(c.desk, older, Action::accept);
    CHECK(c.told(c.neighbour, "Phản ánh " + older_code + " đã được tiếp nhận"));
    CHECK(c.told(third, "Phản ánh " + older_code + " đã được tiếp nhận"));
}

// [SECTION] area alerts ---------------------------------------------------------------

TEST_CASE("alerts: a subscription to a commune or category hears of new published answers there, in the app") {
    Cast c;
    auto bad = c.t.send("POST", "/api/v1/me/subscriptions", json::object(), &c.neighbour);
    CHECK(bad.status == 422);
    CHECK(TestApp::body_of(bad)["error"]["fields"][0]["code"] == "subscription_needs_area");
    CHECK(TestApp::body_of(c.t.send("POST", "/api/v1/me/subscriptions", {{"commune_code", "99999"}}, &c.neighbour))
              ["error"]["fields"][0]["code"] == "unknown_commune");
    CHECK(TestApp::body_of(c.t.send("POST", "/api/v1/me/subscriptions", {{"category_code", "khong_co"}}, &c.neighbour))
              ["error"]["fields"][0]["code"] == "unknown_category");
    auto made = c.t.send("POST", "/api/v1/me/subscriptions", {{"commune_code", "22333"}}, &c.neighbour);
    REQUIRE(made.status == 201);
    CHECK(TestApp::body_of(made)["commune_name"] != "");
    CHECK(TestApp::body_of(c.t.send("POST", "/api/v1/me/subscriptions", {{"commune_code", "22333"}}, &c.neighbour))
              ["error"]["fields"][0]["code"] == "subscription_exists");
    auto other = c.t.send("POST", "/api/v1/me/subscriptions", {{"category_code", "su_co_moi_truong_do_thi"}}, &c.neighbour);
    REQUIRE(other.status == 201);
    auto listed = c.t.call("GET", "/api/v1/me/subscriptions", "", {}, &c.neighbour);
    REQUIRE(listed.status == 200);
    CHECK(TestApp::body_of(listed).size() == 2);
    // Removing someone else's is not found; one's own goes.
    const auto other_id = TestApp::body_of(other)["id"].get<std::int64_t>();
    CHECK(c.t.send("DELETE", "/api/v1/me/subscriptions/" + std::to_string(other_id), json::object(), &c.owner).status == 404);
    CHECK(c.t.send("DELETE", "/api/v1/me/subscriptions/" + std::to_string(other_id), json::object(), &c.neighbour).status == 204);

    // An answer published in commune 22333 is news; an unpublished one is not.
    const auto quiet = c.answered_report();
    CHECK_FALSE(c.told(c.neighbour, "Có câu trả lời mới"));
    const auto id = c.answered_report();
    c.step(c.desk, id, Action::publish);
    CHECK(c.told(c.neighbour, "Có câu trả lời mới tại"));
    CHECK(c.notices(c.neighbour).size() == 1);
    // The author is told by the step itself, not twice.
    CHECK_FALSE(c.told(c.owner, "Có câu trả lời mới"));
    (void)quiet;
}

TEST_CASE("alerts: the SMS digest goes at most once a day, with the day's count") {
    Cast c;
    REQUIRE(c.t.send("POST", "/api/v1/me/subscriptions", {{"category_code", "xay_dung"}}, &c.neighbour).status == 201);
    auto& follows = c.t.app->services->follows;
    CHECK(follows.send_alert_digests() == 0);  // nothing yet

    const auto first = c.answered_report();
    c.step(c.desk, first, Action::publish);
    // Never sent before: the first goes at once.
    CHECK(follows.send_alert_digests() == 1);
    const std::string sms = "PAKN Khanh Hoa: 1 phan anh o khu vuc ban theo doi vua co cau tra loi cong khai. Xem tai muc Thong bao.";
    CHECK(c.t.last_sms(c.neighbour_phone) == sms);

    // Two more the same day wait for tomorrow's 07:00.
    for (int i = 0; i < 2; ++i) {
        const auto id = c.answered_report();
        c.step(c.desk, id, Action::publish);
    }
    CHECK(follows.send_alert_digests() == 0);
    c.t.clock.advance(6 * 3600);
    CHECK(follows.send_alert_digests() == 0);
    const auto tomorrow = add_days(local_date(c.t.clock.now()), 1);
    c.t.clock.set(from_local({tomorrow, 7, 0, 30}));
    CHECK(follows.send_alert_digests() == 1);
    CHECK(c.t.last_sms(c.neighbour_phone) ==
          "PAKN Khanh Hoa: 2 phan anh o khu vuc ban theo doi vua co cau tra loi cong khai. Xem tai muc Thong bao.");
    CHECK(follows.send_alert_digests() == 0);  // once a day
    c.t.clock.advance(86400);
    CHECK(follows.send_alert_digests() == 0);  // nothing new: nothing sent
}

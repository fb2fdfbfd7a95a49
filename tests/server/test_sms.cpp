// SMS texts (issue 15 item 11): every SMS the system sends is unaccented GSM
// 7-bit in one segment with the tracking code as issued; the admin's outbox
// view lists what went out, masked, with each SMS's segment count.
//
// [SECTION] index: every kind of SMS, the outbox view.
#include <doctest/doctest.h>

#include <cctype>
#include <set>
#include <string>
#include <utility>

#include "pakn/ids.h"
#include "pakn/sms_text.h"
#include "pakn/workflow.h"
#include "store/outbox_store.h"
#include "support/report_cast.h"
#include "support/test_app.h"

using pakn::test::Browser;
using pakn::test::json;
using pakn::test::TestApp;

namespace {

using namespace pakn;

json outbox(TestApp& t, Browser& admin, const std::string& query, int expect = 200) {
    auto r = t.call("GET", "/api/v1/admin/outbox" + query, "", {}, &admin);
    CAPTURE(query);
    CAPTURE(r.payload());
    REQUIRE(r.status == expect);
    return TestApp::body_of(r);
}

std::string lower(std::string s) {
    for (char& ch : s)
        ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return s;
}

json register_body(TestApp& t, const std::string& login, const std::string& phone) {
    auto [cid, answer] = t.captcha();
    return {{"kind", "citizen"}, {"login", login},    {"password", "matkhau2026"}, {"full_name", "Nguyễn Thị Đào"},
            {"phone", phone},    {"captcha_id", cid}, {"captcha_answer", answer}};
}

// A report with the longest title the form takes, accented throughout.
std::int64_t long_titled_report(pakn::test::ReportCast& c) {
    // 200 characters (not bytes): the form's limit counts characters.
    std::string t200;
    for (int i = 0; i < 17; ++i) t200 += "Đường ngập ";  // 11 characters each: 187
    t200 += "sâu quá!!!!!!";                             // 13 more: 200
    auto [cid, answer] = c.t.captcha();
    json form = {{"title", t200},
                 {"content", "Nước ngập sâu sau mỗi cơn mưa, xe máy chết máy giữa đường."},
                 {"address", "21 Lê Thánh Tôn"},
                 {"commune_code", "22333"},
                 {"category_code", "xay_dung"},
                 {"is_public", true},
                 {"attachment_ids", json::array()},
                 {"submit", true},
                 {"captcha_id", cid},
                 {"captcha_answer", answer}};
    auto created = c.t.send("POST", "/api/v1/reports", form, &c.owner);
    CAPTURE(created.payload());
    REQUIRE(created.status == 201);
    return TestApp::body_of(created)["id"].get<std::int64_t>();
}

}  // namespace

// [SECTION] every kind of SMS ----------------------------------------------------------

TEST_CASE("sms: every kind of SMS the system sends is GSM 7-bit, one segment, the tracking code upper-case") {
    pakn::test::ReportCast c;  // the citizen registers: otp_register
    TestApp& t = c.t;
    Browser admin = t.officer("quantri", "TTDH", "admin");
    Browser reachable = t.officer("xuly2.xd", "SO-XD", "handler", "0935111222", "xuly2.xd@khanhhoa.gov.vn");
    const std::string owner_phone = "0905123456";

    // Forgotten password: otp_reset.
    {
        auto [cid, answer] = t.captcha();
        REQUIRE(t.send("POST", "/api/v1/auth/password/forgot",
                       {{"phone", owner_phone}, {"captcha_id", cid}, {"captcha_answer", answer}})
                    .status == 200);
    }
    // A new phone on the profile: otp_phone.
    REQUIRE(t.send("PATCH", "/api/v1/me", {{"phone", "0905777666"}}, &c.owner).status == 202);
    // Someone registers with the owner's phone, then with the owner's ID
    // number: both owner notices.
    Browser stranger;
    stranger.ip = TestApp::fresh_ip();
    REQUIRE(t.send("POST", "/api/v1/auth/register", register_body(t, "079203001234", owner_phone), &stranger).status ==
            201);
    REQUIRE(t.send("POST", "/api/v1/auth/register", register_body(t, "056191653264", "0905999888"), &stranger).status ==
            201);
    // Status notices on a report with the longest title, handled by a unit.
    REQUIRE(t.send("PUT", "/api/v1/me/notice-settings", {{"by_sms", true}}, &reachable).status == 200);
    const auto id = long_titled_report(c);
    const std::string code = c.detail(c.desk, id)["code"].get<std::string>();
    ActionParams assign;
    assign.unit_id = c.unit_xd;
    c.step(c.desk, id, Action::assign, assign);
    ActionParams give;
    give.handler_id = TestApp::body_of(t.call("GET", "/api/v1/me", "", {}, &reachable))["id"].get<std::int64_t>();
    c.step(c.xd_lead, id, Action::assign_handler, give);  // officer_assign_handler
    c.step(reachable, id, Action::start);
    ActionParams result;
    result.result_text = "Đã nạo vét cống thoát nước.";
    c.step(reachable, id, Action::propose_result, result);
    c.step(c.xd_lead, id, Action::approve_result);  // report_approve_result
    // Another report the center asks more about: report_request_info.
    const auto other = c.sent_report();
    const std::string other_code = c.detail(c.desk, other)["code"].get<std::string>();
    ActionParams more;
    more.note = "Xin bổ sung ảnh hiện trường.";
    c.step(c.desk, other, Action::request_info, more);

    const json page = outbox(t, admin, "?channel=sms&page_size=100");
    std::set<std::string> kinds;
    for (const auto& m : page["items"]) {
        const std::string body = m["body"], kind = m["kind"];
        CAPTURE(kind);
        CAPTURE(body);
        kinds.insert(kind);
        CHECK(m["channel"] == "sms");
        CHECK(m["encoding"] == "gsm7");
        CHECK(m["segments"] == 1);
        // The shared rule agrees with what the server reports.
        const auto s = sms_segments(body);
        CHECK(s.encoding == SmsEncoding::gsm7);
        CHECK(s.characters <= 160);
        CHECK(sms_text(body) == body);  // nothing left to strip
        if (kind.starts_with("report_") || kind.starts_with("officer_")) {
            const std::string& named = kind == "report_request_info" ? other_code : code;
            CHECK(body.find(named) != std::string::npos);
            CHECK(body.find(lower(named)) == std::string::npos);
        }
    }
    for (const char* kind : {"otp_register", "otp_reset", "otp_phone", "owner_notice", "report_request_info",
                             "report_approve_result", "officer_assign_handler"}) {
        CAPTURE(kind);
        CHECK(kinds.count(kind) == 1);
    }
    CHECK(t.last_sms("0905777666").starts_with("PAKN Khanh Hoa: Ma xac thuc doi so dien thoai cua ban la "));
}

// [SECTION] the outbox view ------------------------------------------------------------

TEST_CASE("sms: the admin's outbox lists newest first, masked, filtered, with segments of old accented texts") {
    TestApp t;
    Browser admin = t.officer("quantri", "TTDH", "admin");
    REQUIRE(t.register_citizen("056191653264", "0905123456") > 0);
    // Messages queued before SMS texts were unaccented (and an e-mail).
    std::string long_accented;
    for (int i = 0; i < 8; ++i)
        long_accented += "Phản ánh đã được tiếp nhận. ";  // 28 x 8 = 224 UTF-16 units
    t.app->db->write([&](server::store::Connection& c) {
        server::store::enqueue_message(c, "sms", "0905111222", "Mã xác thực", "old_short", t.clock.now());
        server::store::enqueue_message(c, "sms", "0905111222", long_accented, "old_long", t.clock.now());
        server::store::enqueue_message(c, "email", "xuly2.xd@khanhhoa.gov.vn", "Tiêu đề\n\nNội dung", "officer_x",
                                       t.clock.now());
        return 0;
    });

    const json all = outbox(t, admin, "");
    CAPTURE(all.dump());
    REQUIRE(all["items"].size() >= 4);
    CHECK(all["total"] == all["items"].size());
    for (std::size_t i = 1; i < all["items"].size(); ++i)
        CHECK(all["items"][i - 1]["id"].get<std::int64_t>() > all["items"][i]["id"].get<std::int64_t>());

    const json& email = all["items"][0];
    CHECK(email["channel"] == "email");
    CHECK(email["recipient"] == "x***@khanhhoa.gov.vn");
    CHECK_FALSE(email.contains("segments"));
    CHECK_FALSE(email.contains("encoding"));
    CHECK(email["status"] == "queued");

    // name | item (newest first) | encoding | segments
    struct Row {
        std::string name;
        std::size_t index;
        std::string encoding;
        int segments;
    };
    const Row rows[] = {
        {"224 UCS-2 units: ceil(224/67)", 1, "ucs2", 4},
        {"short accented", 2, "ucs2", 1},
        {"the registration code", 3, "gsm7", 1},
    };
    for (const Row& r : rows) {
        CAPTURE(r.name);
        const json& m = all["items"][r.index];
        CHECK(m["encoding"] == r.encoding);
        CHECK(m["segments"] == r.segments);
    }
    CHECK(all["items"][1]["recipient"] == mask_phone("0905111222"));
    CHECK(all["items"][1]["recipient"] != "0905111222");
    CHECK(all["items"][3]["kind"] == "otp_register");
    // Sent: the code is hidden, the text (and its segment count) kept.
    CHECK(all["items"][3]["status"] == "sent");
    CHECK(all["items"][3]["body"].get<std::string>().find("dang ky tai khoan cua ban la ******.") != std::string::npos);

    const json emails = outbox(t, admin, "?channel=email");
    CHECK(emails["total"] == 1);
    CHECK(emails["items"][0]["channel"] == "email");
    const json sms = outbox(t, admin, "?channel=sms&page_size=2&page=2");
    CHECK(sms["total"] == 3);
    REQUIRE(sms["items"].size() == 1);
    CHECK(sms["items"][0]["kind"] == "otp_register");

    // The sender hands the SMS over: sent; the filter follows.
    CHECK(t.last_sms("0905123456").find("PAKN Khanh Hoa") == 0);
    const json sent = outbox(t, admin, "?status=sent");
    CHECK(sent["total"].get<int>() >= 1);
    for (const auto& m : sent["items"]) {
        CHECK(m["status"] == "sent");
        CHECK(m.contains("sent_at"));
    }
    CHECK(outbox(t, admin, "?status=queued")["total"].get<int>() + sent["total"].get<int>() +
              outbox(t, admin, "?status=failed")["total"].get<int>() ==
          all["total"].get<int>());

    // Bad filters: 422 with the field.
    // query | field
    for (const auto& [query, field] :
         {std::pair{"?channel=fax", "channel"}, std::pair{"?status=pending", "status"}, std::pair{"?page=0", "page"}}) {
        const json bad = outbox(t, admin, query, 422);
        CHECK(bad["error"]["fields"][0]["field"] == field);
    }
}

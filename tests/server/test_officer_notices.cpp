// Officers' notices (issue 14 item 14): who hears of which step in the app,
// the e-mail/SMS opt-ins through the outbox, the daily digest, the coming
// deadline told once, the settings' refusals, and the e-mail's wire form.
//
// [SECTION] index: the cast, who hears of what, e-mail and SMS, the digest,
// coming deadlines, settings, the e-mail message.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "notify/email.h"
#include "pakn/calendar.h"
#include "pakn/dto.h"
#include "pakn/officer_notices.h"
#include "pakn/workflow.h"
#include "support/report_cast.h"
#include "support/test_app.h"

using pakn::test::Browser;
using pakn::test::json;
using pakn::test::TestApp;

namespace {

using namespace pakn;

// [SECTION] the cast -------------------------------------------------------------

// The common cast, the province leader, and a second handler of Sở Xây dựng
// who has a phone and an e-mail address on the account.
struct Cast : pakn::test::ReportCast {
    Browser leader = t.officer("lanhdao.tinh", "TTDH", "leader");
    Browser reachable = t.officer("xuly2.xd", "SO-XD", "handler", "0935111222", "xuly2.xd@khanhhoa.gov.vn");

    // The titles of `b`'s notifications, newest first.
    std::vector<std::string> titles(Browser& b) {
        auto r = t.call("GET", "/api/v1/me/notifications?page_size=50", "", {}, &b);
        REQUIRE(r.status == 200);
        std::vector<std::string> out;
        const json page = TestApp::body_of(r);
        for (const auto& n : page["items"])
            out.push_back(n["title"].get<std::string>());
        return out;
    }
    // Whether `b` has a notification whose title contains `words`.
    bool told(Browser& b, const std::string& words) {
        for (const auto& title : titles(b))
            if (title.find(words) != std::string::npos) return true;
        return false;
    }
    std::string code(std::int64_t id) { return detail(desk, id)["code"].get<std::string>(); }
    std::int64_t account_of(Browser& b) {
        auto r = t.call("GET", "/api/v1/me", "", {}, &b);
        REQUIRE(r.status == 200);
        return TestApp::body_of(r)["id"].get<std::int64_t>();
    }
    // The center gives `id` to Sở Xây dựng.
    void to_xd(std::int64_t id) {
        ActionParams p;
        p.unit_id = unit_xd;
        step(desk, id, Action::assign, p);
    }
    // Sở Xây dựng's lead gives `id` to the officer signed in as `b`.
    void give(std::int64_t id, Browser& b) {
        ActionParams p;
        p.handler_id = account_of(b);
        step(xd_lead, id, Action::assign_handler, p);
    }
    server::http::Response settings(Browser& b, const json& body) {
        return t.send("PUT", "/api/v1/me/notice-settings", body, &b);
    }
};

// [SECTION] who hears of what ------------------------------------------------------

TEST_CASE("officer notices: each step tells the officers the table names, never the one who acted") {
    Cast c;
    const auto id = c.sent_report();
    const std::string code = c.code(id);
    c.to_xd(id);
    // A new assignment reaches the unit's lead, not every handler.
    CHECK(c.told(c.xd_lead, "Đơn vị được giao xử lý phản ánh " + code));
    CHECK_FALSE(c.told(c.xd_handler, code));
    CHECK_FALSE(c.told(c.desk, code));

    c.give(id, c.xd_handler);
    CHECK(c.told(c.xd_handler, "Bạn được giao xử lý phản ánh " + code));

    ActionParams direction;
    direction.note = "Kiểm tra hiện trường trong tuần.";
    c.step(c.leader, id, Action::direct, direction);
    CHECK(c.told(c.xd_lead, "Có ý kiến chỉ đạo về phản ánh " + code));
    CHECK(c.told(c.xd_handler, "Có ý kiến chỉ đạo về phản ánh " + code));
    CHECK_FALSE(c.told(c.leader, code));

    c.step(c.xd_handler, id, Action::start);
    ActionParams more_time;
    more_time.note = "Cần khảo sát hiện trường";
    more_time.deadline = c.t.clock.now() + 30 * 86400;
    c.step(c.xd_handler, id, Action::request_extension, more_time);
    CHECK(c.told(c.desk, "Đơn vị đề nghị gia hạn phản ánh " + code));
    ActionParams approve;
    approve.deadline = more_time.deadline;
    c.step(c.desk, id, Action::approve_extension, approve);
    CHECK(c.told(c.xd_handler, "Phản ánh " + code + " được gia hạn đến " + format_display_datetime(*approve.deadline)));
    CHECK(c.told(c.xd_lead, "Phản ánh " + code + " được gia hạn đến"));

    ActionParams answer;
    answer.result_text = "Đã yêu cầu chủ công trình dọn vật liệu khỏi vỉa hè.";
    c.step(c.xd_handler, id, Action::propose_result, answer);
    CHECK(c.told(c.xd_lead, "Phản ánh " + code + " có kết quả xử lý chờ duyệt"));
    ActionParams back;
    back.note = "Bổ sung ảnh hiện trường sau khi dọn.";
    c.step(c.xd_lead, id, Action::refuse_result, back);
    CHECK(c.told(c.xd_handler, "Kết quả xử lý phản ánh " + code + " bị trả lại"));
    // The lead refused it: they are not told of their own step.
    CHECK_FALSE(c.told(c.xd_lead, "bị trả lại"));
}

// [SECTION] e-mail and SMS -------------------------------------------------------

TEST_CASE("officer notices: an officer who opted in gets the notice by e-mail and SMS too, once each") {
    Cast c;
    const std::string phone = "0935111222", email = "xuly2.xd@khanhhoa.gov.vn";
    auto set = c.settings(c.reachable, {{"by_email", true}, {"by_sms", true}});
    CAPTURE(set.payload());
    REQUIRE(set.status == 200);
    CHECK(TestApp::body_of(set)["email"] == email);

    const auto id = c.sent_report();
    const std::string code = c.code(id);
    c.to_xd(id);
    CHECK(c.t.last_sms(phone).empty());  // not theirs yet: the lead hears of an assignment
    c.give(id, c.reachable);

    // SMS without diacritics, the code as issued; the e-mail keeps them.
    CHECK(c.t.last_sms(phone) == "PAKN Khanh Hoa: Ban duoc giao xu ly phan anh " + code);
    const std::string mail = c.t.last_email(email);
    CHECK(mail.starts_with("Bạn được giao xử lý phản ánh " + code + "\n\n"));
    CHECK(mail.find("/can-bo/phan-anh/" + std::to_string(id)) != std::string::npos);
    // The lead opted in to nothing: no message, only the bell.
    CHECK(c.told(c.xd_lead, code));

    // Turned off again: the next notice stays in the app.
    REQUIRE(c.settings(c.reachable, {{"by_email", false}, {"by_sms", false}}).status == 200);
    ActionParams direction;
    direction.note = "Xử lý dứt điểm trước thứ Sáu.";
    c.step(c.leader, id, Action::direct, direction);
    CHECK(c.told(c.reachable, "Có ý kiến chỉ đạo"));
    CHECK(c.t.last_sms(phone) == "PAKN Khanh Hoa: Ban duoc giao xu ly phan anh " + code);
}

// [SECTION] the digest -----------------------------------------------------------

TEST_CASE("officer notices: the daily digest gathers the day's unread notices into one message at 07:00") {
    Cast c;
    const std::string phone = "0935111222", email = "xuly2.xd@khanhhoa.gov.vn";
    REQUIRE(c.settings(c.reachable, {{"by_email", true}, {"by_sms", true}, {"daily_digest", true}}).status == 200);
    auto& reports = c.t.app->services->reports;
    // The first round after opting in sends what the last day left unread: nothing.
    CHECK(reports.send_officer_digests() == 0);
    c.t.clock.advance(60);  // the next minute's notices are the next digest's

    for (int i = 0; i < 2; ++i) {
        const auto id = c.sent_report();
        c.to_xd(id);
        c.give(id, c.reachable);
    }
    // Nothing at once: the digest carries them.
    CHECK(c.t.last_sms(phone).empty());
    CHECK(c.t.last_email(email).empty());
    CHECK(reports.send_officer_digests() == 0);  // 09:30: today's 07:00 digest was the one just "sent"

    // The next morning at 07:00 Vietnam time.
    const auto tomorrow = add_days(local_date(c.t.clock.now()), 1);
    c.t.clock.set(from_local({tomorrow, 7, 0, 30}));
    CHECK(reports.send_officer_digests() == 1);
    CHECK(c.t.last_sms(phone) == "PAKN Khanh Hoa: Ban tin PAKN: 2 thong bao chua doc. Dang nhap de xem chi tiet.");
    const std::string mail = c.t.last_email(email);
    CHECK(mail.starts_with("Bản tin PAKN: 2 thông báo chưa đọc\n\n"));
    CHECK(mail.find("- Bạn được giao xử lý phản ánh PAKN-") != std::string::npos);
    // Once a day.
    CHECK(reports.send_officer_digests() == 0);
    // The day after, with nothing new unread: no message.
    c.t.clock.advance(86400);
    CHECK(reports.send_officer_digests() == 0);
}

// [SECTION] coming deadlines -----------------------------------------------------

TEST_CASE("officer notices: a deadline turning due soon is told once to the unit's lead and the officer holding it") {
    Cast c;
    const auto id = c.sent_report();
    const std::string code = c.code(id);
    c.to_xd(id);
    c.give(id, c.xd_handler);
    auto& reports = c.t.app->services->reports;
    CHECK(reports.announce_deadlines() == 0);  // the step has just begun

    // Time passes, the officers at work (sessions end after 30 idle
    // minutes), until the inbox would show the report amber.
    int announced = 0;
    for (int i = 0; i < 72 && announced == 0; ++i) {
        c.t.clock.advance(1200);
        for (Browser* b : {&c.desk, &c.xd_lead, &c.xd_handler})
            REQUIRE(c.t.call("GET", "/api/v1/me/summary", "", {}, b).status == 200);
        announced = reports.announce_deadlines();
    }
    REQUIRE(announced == 1);
    const json seen = c.detail(c.xd_lead, id);
    CHECK(seen["time_left_level"] == "due_soon");
    CHECK(c.told(c.xd_lead, "Phản ánh " + code + " sắp đến hạn xử lý: còn "));
    CHECK(c.told(c.xd_handler, "Phản ánh " + code + " sắp đến hạn xử lý"));
    CHECK_FALSE(c.told(c.desk, "sắp đến hạn"));
    // Once per deadline.
    c.t.clock.advance(600);
    CHECK(reports.announce_deadlines() == 0);
}

// [SECTION] settings -------------------------------------------------------------

TEST_CASE(
    "officer notices: a channel without its address, or a digest without a channel, is refused and nothing saved") {
    Cast c;
    struct Row {
        json body;
        const char* field;
        const char* code;
    };
    const Row rows[] = {
        {{{"by_email", true}}, "by_email", "notice_email_missing"},
        {{{"by_sms", true}}, "by_sms", "notice_phone_missing"},
        {{{"daily_digest", true}}, "daily_digest", "notice_digest_needs_channel"},
    };
    for (const auto& row : rows) {
        CAPTURE(row.body.dump());
        // xuly.xd has neither phone nor e-mail on the account.
        auto r = c.settings(c.xd_handler, row.body);
        REQUIRE(r.status == 422);
        const json e = TestApp::body_of(r)["error"];
        REQUIRE(e["fields"].size() >= 1);
        CHECK(e["fields"][0]["field"] == row.field);
        CHECK(e["fields"][0]["code"] == row.code);
        CHECK(!e["fields"][0]["message"].get<std::string>().empty());
    }
    auto now = c.t.call("GET", "/api/v1/me/notice-settings", "", {}, &c.xd_handler);
    REQUIRE(now.status == 200);
    const json s = TestApp::body_of(now);
    CHECK(s["by_email"] == false);
    CHECK(s["by_sms"] == false);
    CHECK(s["daily_digest"] == false);
    // Not a JSON object: 400 or 422, never a crash.
    auto junk =
        c.t.call("PUT", "/api/v1/me/notice-settings", "[1,2]", {{"content-type", "application/json"}}, &c.xd_handler);
    CHECK((junk.status == 400 || junk.status == 422));
}

// [SECTION] the e-mail message ---------------------------------------------------

TEST_CASE("officer notices: the e-mail is UTF-8 in base64 with an encoded subject, and no header can be injected") {
    server::notify::SmsMessage m{42, "a@b.vn\r\nBcc: x@evil.test", "Bạn được giao\r\nBcc: y@evil.test\n\nNội dung"};
    const std::string mail = server::notify::mime_message(m, "pakn@khanhhoa.gov.vn", "Sun, 06 Dec 2026 10:00:00 +0000");
    CHECK(mail.find("\r\nBcc:") == std::string::npos);
    CHECK(mail.find("Subject: =?UTF-8?B?") != std::string::npos);
    CHECK(mail.find("Message-ID: <pakn-outbox-42@khanhhoa.gov.vn>") != std::string::npos);
    CHECK(mail.find("Content-Transfer-Encoding: base64\r\n\r\nTuG7mWkgZHVuZw==\r\n") != std::string::npos);
}

}  // namespace

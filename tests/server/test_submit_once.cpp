// Sending exactly once on a weak network (issue 15 item 16): the citizen's
// device repeats POST /reports with the idempotency key it made for the
// pending report until an answer arrives; the server makes one report, and
// a key never reaches across accounts.
#include <doctest/doctest.h>

#include <string>

#include "support/report_cast.h"
#include "support/test_app.h"

using pakn::test::Browser;
using pakn::test::json;
using pakn::test::TestApp;

namespace {

constexpr const char* kKey = "0f8fad5b-d9cb-469f-a165-70867728950e";

struct Senders : pakn::test::ReportCast {
    Browser stranger;  // another citizen

    Senders() {
        REQUIRE(t.register_citizen("079203004567", "0912345678", "matkhau2026", "Lê Văn Khách") > 0);
        REQUIRE(t.login(stranger, "079203004567", "matkhau2026").status == 200);
    }

    // A complete submission with a fresh, solved captcha and `key`.
    json form(const std::string& key, const std::string& title = "Đèn đường hỏng trên đường Trần Phú") {
        auto [cid, answer] = t.captcha();
        json f = {{"title", title},
                  {"content", "Cả đoạn đường tối om từ tuần trước, người đi đường rất nguy hiểm."},
                  {"address", "12 Trần Phú"},
                  {"commune_code", "22333"},
                  {"category_code", "xay_dung"},
                  {"submit", true},
                  {"captcha_id", cid},
                  {"captcha_answer", answer}};
        if (!key.empty()) f["idempotency_key"] = key;
        return f;
    }
    std::int64_t reports_of(Browser& b) {
        auto r = t.call("GET", "/api/v1/me/reports?page_size=50", "", {}, &b);
        REQUIRE(r.status == 200);
        return TestApp::body_of(r)["total"].get<std::int64_t>();
    }
};

}  // namespace

TEST_CASE("submit once: the same key sent again answers the first report (one report, one code)") {
    Senders s;
    const json first_form = s.form(kKey);
    auto first = s.t.send("POST", "/api/v1/reports", first_form, &s.owner);
    CAPTURE(first.payload());
    REQUIRE(first.status == 201);
    const json made = TestApp::body_of(first);

    // The answer was lost; the device sends the very same body again (its
    // captcha answer already used up), then once more after a reload.
    for (int retry = 0; retry < 2; ++retry) {
        auto again = s.t.send("POST", "/api/v1/reports", first_form, &s.owner);
        CAPTURE(again.payload());
        REQUIRE(again.status == 200);
        const json same = TestApp::body_of(again);
        CHECK(same["id"] == made["id"]);
        CHECK(same["code"] == made["code"]);
        CHECK(same["status"] == "submitted");
    }
    CHECK(s.reports_of(s.owner) == 1);

    // A new pending report has a new key: a second report.
    auto other = s.t.send("POST", "/api/v1/reports", s.form("7c9e6679-7425-40de-944b-e07fc1f90ae7"), &s.owner);
    REQUIRE(other.status == 201);
    CHECK(TestApp::body_of(other)["code"] != made["code"]);
    CHECK(s.reports_of(s.owner) == 2);
}

TEST_CASE("submit once: someone else's key never reveals the report it made") {
    Senders s;
    auto mine = s.t.send("POST", "/api/v1/reports", s.form(kKey), &s.owner);
    REQUIRE(mine.status == 201);
    const json made = TestApp::body_of(mine);

    // The attack: another account replays the key (seen in a log, a shared
    // device's storage) hoping for the owner's report and tracking code.
    auto theirs = s.t.send("POST", "/api/v1/reports", s.form(kKey, "Rác thải tồn đọng ở chợ Đầm"), &s.stranger);
    CAPTURE(theirs.payload());
    REQUIRE(theirs.status == 201);  // their own, new report
    const json got = TestApp::body_of(theirs);
    CHECK(got["id"] != made["id"]);
    CHECK(got["code"] != made["code"]);
    CHECK(s.reports_of(s.stranger) == 1);
    CHECK(s.reports_of(s.owner) == 1);
    // Replayed once more, the key answers the stranger's own report: never the owner's.
    auto again = s.t.send("POST", "/api/v1/reports", s.form(kKey), &s.stranger);
    CAPTURE(again.payload());
    REQUIRE(again.status == 200);
    CHECK(TestApp::body_of(again)["code"] == got["code"]);
    CHECK(again.payload().find(made["code"].get<std::string>()) == std::string::npos);
    // And the owner's replay still finds the owner's.
    auto owners = s.t.send("POST", "/api/v1/reports", s.form(kKey), &s.owner);
    REQUIRE(owners.status == 200);
    CHECK(TestApp::body_of(owners)["code"] == made["code"]);
    CHECK(s.reports_of(s.stranger) == 1);
    CHECK(s.reports_of(s.owner) == 1);
}

TEST_CASE("submit once: a malformed key is a 400 naming the field, and nothing is made") {
    Senders s;
    const char* bad[] = {
        "abc",
        "0F8FAD5B-D9CB-469F-A165-70867728950E",    // upper case
        "0f8fad5bd9cb469fa16570867728950e",        // no dashes
        "0f8fad5b-d9cb-469f-a165-70867728950e0",   // one too long
        "0f8fad5b-d9cb-469f-a165-70867728950g",    // not hex
        "0f8fad5b_d9cb_469f_a165_70867728950e",    // wrong separators
        "0f8fad5b-d9cb-469f-a165-7086772895\xc3\xa9",  // non-ASCII
    };
    for (const char* key : bad) {
        CAPTURE(key);
        auto r = s.t.send("POST", "/api/v1/reports", s.form(key), &s.owner);
        CAPTURE(r.payload());
        CHECK(r.status == 400);
        const json body = TestApp::body_of(r);
        CHECK(body["error"]["code"] == "malformed_request");
        REQUIRE(body["error"]["fields"].size() == 1);
        CHECK(body["error"]["fields"][0]["field"] == "idempotency_key");
        CHECK(body["error"]["fields"][0]["code"] == "invalid_idempotency_key");
    }
    json wrong_type = s.form("");
    wrong_type["idempotency_key"] = 42;
    CHECK(s.t.send("POST", "/api/v1/reports", wrong_type, &s.owner).status == 400);
    CHECK(s.reports_of(s.owner) == 0);

    // An edit names its report: a key there is refused, not ignored.
    json draft = s.form("");
    draft["submit"] = false;
    auto made = s.t.send("POST", "/api/v1/reports", draft, &s.owner);
    REQUIRE(made.status == 201);
    const auto id = TestApp::body_of(made)["id"].get<std::int64_t>();
    auto edit = s.t.send("PATCH", "/api/v1/reports/" + std::to_string(id), s.form(kKey), &s.owner);
    CHECK(edit.status == 400);
    CHECK(edit.payload().find("idempotency_key") != std::string::npos);
}

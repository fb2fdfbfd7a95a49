// Accounts and sign-in through the real router: registration with SMS codes,
// login with captcha and throttling, sessions and CSRF, passwords, profile,
// deletion, officers. Every bad input gets a clear 4xx and stores nothing.
#include <doctest/doctest.h>

#include <cstdio>
#include <string>

#include "support/test_app.h"
#include "store/accounts_store.h"

using pakn::test::Browser;
using pakn::test::json;
using pakn::test::TestApp;

namespace {

const std::string kCccd = "056191653264";
const std::string kPhone = "0905123456";

json register_body(TestApp& t, const std::string& login, const std::string& phone, const std::string& kind = "citizen") {
    auto [cid, answer] = t.captcha();
    json b = {{"kind", kind},       {"login", login},          {"password", "matkhau2026"},
              {"full_name", "Nguyễn Thị Đào"}, {"phone", phone}, {"captcha_id", cid},
              {"captcha_answer", answer}};
    if (kind == "organization") {
        b["org_name"] = "Công ty TNHH Biển Xanh";
        b["representative"] = "Trần Văn Bình";
    }
    return b;
}

std::int64_t count(TestApp& t, const std::string& table) {
    return t.app->db->read([&](pakn::server::store::Connection& c) {
        return c.scalar_int("SELECT COUNT(*) FROM " + table).value_or(-1);
    });
}

std::string error_code(const pakn::server::http::Response& r) { return TestApp::body_of(r)["error"]["code"]; }

json forgot_body(TestApp& t, const std::string& phone) {
    auto [cid, answer] = t.captcha();
    return {{"phone", phone}, {"captcha_id", cid}, {"captcha_answer", answer}};
}

std::string field_code(const pakn::server::http::Response& r, const std::string& field) {
    const json body = TestApp::body_of(r);  // keep the document alive while iterating
    if (!body.contains("error") || !body["error"].contains("fields")) return "";
    for (const auto& f : body["error"]["fields"])
        if (f["field"] == field) return f["code"];
    return "";
}

}  // namespace

TEST_CASE("register, read the code from the SMS, verify, then sign in") {
    TestApp t;
    auto r = t.send("POST", "/api/v1/auth/register", register_body(t, kCccd, kPhone));
    REQUIRE(r.status == 201);
    auto body = TestApp::body_of(r);
    CHECK(body["otp_sent_to"] == "0905*456**");
    CHECK(count(t, "accounts") == 0);  // nothing active before the code comes back
    const std::string code = t.last_code(kPhone);
    REQUIRE(code.size() == 6);
    auto v = t.send("POST", "/api/v1/auth/register/verify", {{"registration_id", body["registration_id"]}, {"otp", code}});
    REQUIRE(v.status == 200);
    CHECK(TestApp::body_of(v)["login"] == kCccd);
    CHECK(count(t, "registrations") == 0);

    Browser b;
    auto login = t.login(b, kCccd, "matkhau2026");
    REQUIRE(login.status == 200);
    CHECK(std::string(login.header("Set-Cookie").value_or("")).find("HttpOnly; SameSite=Strict") != std::string::npos);
    auto me = t.call("GET", "/api/v1/me", "", {}, &b);
    CHECK(me.status == 200);
    CHECK(TestApp::body_of(me)["full_name"] == "Nguyễn Thị Đào");
}

TEST_CASE("organizations register with a business code and a representative") {
    TestApp t;
    auto r = t.send("POST", "/api/v1/auth/register", register_body(t, "4201234567-001", kPhone, "organization"));
    REQUIRE(r.status == 201);
    auto v = t.send("POST", "/api/v1/auth/register/verify",
                    {{"registration_id", TestApp::body_of(r)["registration_id"]}, {"otp", t.last_code(kPhone)}});
    REQUIRE(v.status == 200);
    CHECK(TestApp::body_of(v)["org_name"] == "Công ty TNHH Biển Xanh");

    // The organization renames itself and changes its representative (issue 15 item 7).
    Browser b;
    t.login(b, "4201234567-001", "matkhau2026");
    auto renamed = t.send("PATCH", "/api/v1/me",
                          {{"org_name", "  Công ty CP Biển Xanh  "}, {"representative", "Trần Văn Hải"}}, &b);
    REQUIRE(renamed.status == 200);
    CHECK(TestApp::body_of(renamed)["org_name"] == "Công ty CP Biển Xanh");
    const auto me = TestApp::body_of(t.call("GET", "/api/v1/me", "", {}, &b));
    CHECK(me["org_name"] == "Công ty CP Biển Xanh");
    CHECK(me["representative"] == "Trần Văn Hải");
    auto nameless = t.send("PATCH", "/api/v1/me", {{"org_name", ""}}, &b);
    REQUIRE(nameless.status == 422);
    CHECK(TestApp::body_of(nameless)["error"]["fields"][0]["field"] == "org_name");
    CHECK(TestApp::body_of(t.call("GET", "/api/v1/me", "", {}, &b))["org_name"] == "Công ty CP Biển Xanh");
}

TEST_CASE("bad identifiers are refused at the field and nothing is stored") {
    TestApp t;
    // login, expected field code
    const std::pair<std::string, std::string> rows[] = {
        {"05619165326", "invalid_citizen_login"},    // 11 digits
        {"0561916532644", "invalid_citizen_login"},  // 13 digits
        {"05619165326A", "invalid_citizen_login"},   // a letter
        {"003191653264", "invalid_cccd_province"},  // 003 is no province code
        {"056991653264", "invalid_cccd_birth_year"},  // digit 9 + 91: born 2391
        {"056227653264", "invalid_cccd_birth_year"},  // born 2027, after the test clock's 2026
        {"", "required"},
    };
    for (const auto& [login, code] : rows) {
        CAPTURE(login);
        auto r = t.send("POST", "/api/v1/auth/register", register_body(t, login, kPhone));
        CHECK(r.status == 422);
        CHECK(field_code(r, "login") == code);
    }
    auto bad_phone = t.send("POST", "/api/v1/auth/register", register_body(t, kCccd, "0123456789"));
    CHECK(bad_phone.status == 422);
    CHECK_FALSE(field_code(bad_phone, "phone").empty());
    CHECK(count(t, "registrations") == 0);
    CHECK(count(t, "outbox") == 0);
}

TEST_CASE("emoji in a registration are refused at the field and nothing is stored") {
    TestApp t;
    // field, value
    const std::pair<std::string, std::string> rows[] = {
        {"full_name", "Nguyễn Thị Đào \U0001F338"},
        {"full_name", "Nguyễn Thị \uFFFD"},
        {"address", "12 Trần Phú \U0001F3E0"},
    };
    for (const auto& [field, value] : rows) {
        CAPTURE(value);
        json body = register_body(t, kCccd, kPhone);
        body[field] = value;
        auto r = t.send("POST", "/api/v1/auth/register", body);
        CHECK(r.status == 422);
        CHECK(field_code(r, field) == "undrawable_characters");
    }
    CHECK(count(t, "registrations") == 0);
    CHECK(count(t, "outbox") == 0);
}

TEST_CASE("the same CCCD or phone cannot hold two active accounts (and trying tells nobody)") {
    TestApp t;
    REQUIRE(t.register_citizen(kCccd, kPhone) > 0);
    // Each row: login, phone. Both answer as a fresh registration would; no
    // code goes out, so verification fails as for a wrong code.
    const std::pair<std::string, std::string> rows[] = {{kCccd, "0905999888"}, {"079203000123", kPhone}};
    for (const auto& [login, phone] : rows) {
        CAPTURE(login);
        auto again = t.send("POST", "/api/v1/auth/register", register_body(t, login, phone));
        REQUIRE(again.status == 201);
        auto v = t.send("POST", "/api/v1/auth/register/verify",
                        {{"registration_id", TestApp::body_of(again)["registration_id"]}, {"otp", "123456"}});
        CHECK(v.status == 422);
        CHECK(field_code(v, "otp") == "otp_wrong");
    }
    CHECK(count(t, "accounts") == 1);
}

TEST_CASE("six wrong codes: the sixth is refused even when right") {
    TestApp t;
    auto r = t.send("POST", "/api/v1/auth/register", register_body(t, kCccd, kPhone));
    const std::string reg = TestApp::body_of(r)["registration_id"];
    const std::string good = t.last_code(kPhone);
    const std::string wrong = good == "000000" ? "111111" : "000000";
    for (int i = 0; i < 5; ++i) {
        auto v = t.send("POST", "/api/v1/auth/register/verify", {{"registration_id", reg}, {"otp", wrong}});
        CHECK(v.status == 422);
        CHECK(field_code(v, "otp") == "otp_wrong");
    }
    auto sixth = t.send("POST", "/api/v1/auth/register/verify", {{"registration_id", reg}, {"otp", good}});
    CHECK(sixth.status == 422);
    CHECK(field_code(sixth, "otp") == "otp_too_many_attempts");
    CHECK(count(t, "accounts") == 0);
}

TEST_CASE("an expired code is refused, resend has a cooldown and gives a new code") {
    TestApp t;
    auto r = t.send("POST", "/api/v1/auth/register", register_body(t, kCccd, kPhone));
    const std::string reg = TestApp::body_of(r)["registration_id"];
    const std::string first = t.last_code(kPhone);
    auto early = t.send("POST", "/api/v1/auth/otp/resend", {{"registration_id", reg}});
    CHECK(early.status == 429);
    CHECK(error_code(early) == "otp_resend_wait");
    t.clock.advance(301);
    auto late = t.send("POST", "/api/v1/auth/register/verify", {{"registration_id", reg}, {"otp", first}});
    CHECK(late.status == 422);
    CHECK(field_code(late, "otp") == "otp_expired");
    auto resend = t.send("POST", "/api/v1/auth/otp/resend", {{"registration_id", reg}});
    REQUIRE(resend.status == 200);
    const std::string second = t.last_code(kPhone);
    auto ok = t.send("POST", "/api/v1/auth/register/verify", {{"registration_id", reg}, {"otp", second}});
    CHECK(ok.status == 200);
}

TEST_CASE("a phone gets at most five codes a day from one address") {
    TestApp t;
    auto r = t.send("POST", "/api/v1/auth/register", register_body(t, kCccd, kPhone));
    const std::string reg = TestApp::body_of(r)["registration_id"];
    for (int i = 0; i < 4; ++i) {
        t.clock.advance(61);
        CHECK(t.send("POST", "/api/v1/auth/otp/resend", {{"registration_id", reg}}).status == 200);
    }
    t.clock.advance(61);
    auto sixth = t.send("POST", "/api/v1/auth/otp/resend", {{"registration_id", reg}});
    CHECK(sixth.status == 429);
    CHECK(error_code(sixth) == "otp_daily_limit");
}

TEST_CASE("a wrong or reused captcha is refused") {
    TestApp t;
    auto body = register_body(t, kCccd, kPhone);
    body["captcha_answer"] = "99";
    auto wrong = t.send("POST", "/api/v1/auth/register", body);
    CHECK(wrong.status == 422);
    CHECK(field_code(wrong, "captcha_answer") == "captcha_invalid");
    auto good = register_body(t, kCccd, kPhone);
    CHECK(t.send("POST", "/api/v1/auth/register", good).status == 201);
    good["phone"] = "0905999888";
    good["login"] = "079203000123";
    auto reused = t.send("POST", "/api/v1/auth/register", good);
    CHECK(reused.status == 422);
    CHECK(field_code(reused, "captcha_answer") == "captcha_invalid");
    // An expired captcha too.
    auto late = register_body(t, "079203000123", "0905999888");
    t.clock.advance(301);
    CHECK(t.send("POST", "/api/v1/auth/register", late).status == 422);
}

TEST_CASE("state-changing requests of a session need the CSRF token") {
    TestApp t;
    t.register_citizen(kCccd, kPhone);
    Browser b;
    REQUIRE(t.login(b, kCccd, "matkhau2026").status == 200);
    Browser no_token = b;
    no_token.csrf.clear();
    auto r = t.send("POST", "/api/v1/me/password", {{"old_password", "matkhau2026"}, {"new_password", "moi2026abc"}},
                    &no_token);
    CHECK(r.status == 403);
    CHECK(error_code(r) == "csrf_failed");
    Browser wrong_token = b;
    wrong_token.csrf = std::string(64, 'a');
    CHECK(t.send("POST", "/api/v1/me/password", {{"old_password", "matkhau2026"}, {"new_password", "moi2026abc"}},
                 &wrong_token)
              .status == 403);
    CHECK(t.send("POST", "/api/v1/me/password", {{"old_password", "matkhau2026"}, {"new_password", "moi2026abc"}}, &b)
              .status == 204);
}

TEST_CASE("brute force: growing delays, never a lock, unknown and wrong look the same") {
    TestApp t;
    t.register_citizen(kCccd, kPhone);
    Browser b;
    auto unknown = t.login(b, "079203000123", "whatever1");
    auto wrong = t.login(b, kCccd, "sai-mat-khau1");
    CHECK(unknown.status == 401);
    CHECK(wrong.status == 401);
    CHECK(TestApp::body_of(unknown)["error"] == TestApp::body_of(wrong)["error"]);
    t.login(b, kCccd, "sai-mat-khau2");
    // Third failure: now the next try must wait.
    auto third = t.login(b, kCccd, "sai-mat-khau3");
    CHECK(third.status == 401);
    auto hurried = t.login(b, kCccd, "matkhau2026");
    CHECK(hurried.status == 429);
    CHECK(error_code(hurried) == "login_wait");
    // Retry-After carries the real wait: 2 s after the third failure, then 4, 8 ...
    CHECK(hurried.header("Retry-After") == std::optional<std::string_view>("2"));
    for (const char* expected : {"4", "8"}) {
        t.clock.advance(20);
        CHECK(t.login(b, kCccd, "sai-mat-khau").status == 401);
        CHECK(t.login(b, kCccd, "matkhau2026").header("Retry-After") == std::optional<std::string_view>(expected));
    }
    // No lock: once the wait is over the right password signs in.
    t.clock.advance(8);
    CHECK(t.login(b, kCccd, "matkhau2026").status == 200);
}

TEST_CASE("a wrong password says at the field how many tries are left before the wait, and unknown logins read the same") {
    TestApp t;
    t.register_citizen(kCccd, kPhone);
    // The password field's error of a refused sign-in ("" when none).
    auto password_error = [](const pakn::server::http::Response& r) {
        for (const auto& f : TestApp::body_of(r)["error"].value("fields", json::array()))
            if (f.value("field", "") == "password") return f.value("message", "");
        return std::string();
    };
    struct Row {
        std::string login;
        std::string message;  // at the password field
    };
    // login typed | what the password field says (each row one more failure of that login)
    const Row rows[] = {
        {kCccd, "Mật khẩu không đúng. Bạn còn 2 lần thử trước khi tài khoản bị tạm khóa."},
        {kCccd, "Mật khẩu không đúng. Bạn còn 1 lần thử trước khi tài khoản bị tạm khóa."},
        {kCccd, ""},  // no free try left: the next one waits (login_wait)
    };
    Browser b;
    Browser stranger;
    stranger.ip = "198.51.100.77";
    for (const Row& row : rows) {
        auto wrong = t.login(b, row.login, "sai-mat-khau");
        CHECK(wrong.status == 401);
        CHECK(error_code(wrong) == "login_failed");
        CHECK(password_error(wrong) == row.message);
        // A login nobody holds, tried as often from elsewhere, reads the same.
        auto unknown = t.login(stranger, "079203000123", "sai-mat-khau");
        CHECK(TestApp::body_of(unknown)["error"] == TestApp::body_of(wrong)["error"]);
        t.clock.advance(600);  // past every wait, so each row is a real try
    }
}

TEST_CASE("one client address trying many logins is slowed down, not locked out") {
    TestApp t;
    Browser b;
    for (int i = 0; i < 10; ++i) t.login(b, "0792030001" + std::to_string(10 + i), "whatever1");
    auto r = t.login(b, "079203000199", "whatever1");
    CHECK(r.status == 429);
    CHECK(error_code(r) == "login_wait");
    CHECK(std::stoi(std::string(r.header("Retry-After").value_or("0"))) <= 30);
    Browser other;
    other.ip = "198.51.100.9";
    CHECK(t.login(other, "079203000199", "whatever1").status == 401);
}

TEST_CASE("invalid UTF-8, malformed JSON, unknown fields and oversized bodies are refused") {
    TestApp t;
    auto body = register_body(t, kCccd, kPhone);
    std::string raw = body.dump();
    raw.replace(raw.find("Nguy"), 4, "\xC0\xAF\xFF\xFE");
    CHECK(t.call("POST", "/api/v1/auth/register", raw, {{"content-type", "application/json"}}).status == 400);
    CHECK(t.call("POST", "/api/v1/auth/register", "{\"kind\":", {{"content-type", "application/json"}}).status == 400);
    body["is_admin"] = true;
    CHECK(t.send("POST", "/api/v1/auth/register", body).status == 400);
    CHECK(t.call("POST", "/api/v1/auth/register", std::string(20000, ' '), {{"content-type", "application/json"}})
              .status == 413);
    CHECK(t.call("POST", "/api/v1/auth/register", "kind=citizen", {{"content-type", "application/x-www-form-urlencoded"}})
              .status == 415);
    CHECK(count(t, "registrations") == 0);
}

TEST_CASE("forgotten password: code by SMS, new password, every session ends") {
    TestApp t;
    t.register_citizen(kCccd, kPhone);
    Browser old_device;
    REQUIRE(t.login(old_device, kCccd, "matkhau2026").status == 200);
    auto f = t.send("POST", "/api/v1/auth/password/forgot", forgot_body(t, kPhone));
    REQUIRE(f.status == 200);
    const std::string reset_id = TestApp::body_of(f)["reset_id"];
    auto r = t.send("POST", "/api/v1/auth/password/reset",
                    {{"reset_id", reset_id}, {"otp", t.last_code(kPhone)}, {"new_password", "hoacuc2027"}});
    CHECK(r.status == 204);
    CHECK(t.call("GET", "/api/v1/me", "", {}, &old_device).status == 401);
    Browser b;
    CHECK(t.login(b, kCccd, "matkhau2026").status == 401);
    t.clock.advance(30);
    CHECK(t.login(b, kCccd, "hoacuc2027").status == 200);
}

TEST_CASE("forgotten password: the code is checked on its own first, without being spent") {
    TestApp t;
    t.register_citizen(kCccd, kPhone);
    auto f = t.send("POST", "/api/v1/auth/password/forgot", forgot_body(t, kPhone));
    REQUIRE(f.status == 200);
    const std::string reset_id = TestApp::body_of(f)["reset_id"];
    const std::string good = t.last_code(kPhone);
    const std::string wrong = good == "000000" ? "111111" : "000000";
    const std::string check = "/api/v1/auth/password/reset/check";

    auto bad = t.send("POST", check, {{"reset_id", reset_id}, {"otp", wrong}});
    CHECK(bad.status == 422);
    CHECK(field_code(bad, "otp") == "otp_wrong");
    CHECK(t.send("POST", check, {{"reset_id", reset_id}, {"otp", good}}).status == 204);
    // Not spent: checked again, then the reset itself takes it.
    CHECK(t.send("POST", check, {{"reset_id", reset_id}, {"otp", good}}).status == 204);
    auto r = t.send("POST", "/api/v1/auth/password/reset",
                    {{"reset_id", reset_id}, {"otp", good}, {"new_password", "hoacuc2027"}});
    CHECK(r.status == 204);
    // Spent now.
    auto after = t.send("POST", check, {{"reset_id", reset_id}, {"otp", good}});
    CHECK(after.status == 422);
    CHECK(field_code(after, "otp") == "otp_wrong");
    // Malformed requests: no reset handle, a short code, an unknown flow.
    auto no_handle = t.send("POST", check, {{"otp", good}});
    CHECK(no_handle.status == 422);
    CHECK(field_code(no_handle, "reset_id") == "required");
    auto short_code = t.send("POST", check, {{"reset_id", reset_id}, {"otp", "12345"}});
    CHECK(short_code.status == 422);
    CHECK(field_code(short_code, "otp") == "invalid_otp");
    CHECK(t.send("POST", check, {{"reset_id", std::string(32, 'a')}, {"otp", good}}).status == 404);
}

TEST_CASE("checking a reset code is no oracle: wrong checks spend the code's tries and the address's budget") {
    TestApp t;
    t.register_citizen(kCccd, kPhone);
    auto f = t.send("POST", "/api/v1/auth/password/forgot", forgot_body(t, kPhone));
    REQUIRE(f.status == 200);
    const std::string reset_id = TestApp::body_of(f)["reset_id"];
    const std::string good = t.last_code(kPhone);
    const std::string check = "/api/v1/auth/password/reset/check";
    // Five wrong checks use up the code, for the check and for the reset.
    for (int i = 0; i < 5; ++i) {
        char code[16];
        std::snprintf(code, sizeof code, "%06d", (std::stoi(good) + 1 + i * 7) % 1000000);
        auto r = t.send("POST", check, {{"reset_id", reset_id}, {"otp", code}});
        CHECK(r.status == 422);
        CHECK(field_code(r, "otp") == "otp_wrong");
    }
    auto sixth = t.send("POST", check, {{"reset_id", reset_id}, {"otp", good}});
    CHECK(sixth.status == 422);
    CHECK(field_code(sixth, "otp") == "otp_too_many_attempts");
    auto reset = t.send("POST", "/api/v1/auth/password/reset",
                        {{"reset_id", reset_id}, {"otp", good}, {"new_password", "hoacuc2027"}});
    CHECK(reset.status == 422);
    CHECK(field_code(reset, "otp") == "otp_too_many_attempts");
    // The address's wrong-code budget (10 an hour) is shared with the reset
    // route: 5 spent above, one more for the refused reset's attempt
    // (too many tries) and the sixth check, then unknown flows until 429.
    int refused_before_limit = 0;
    for (int i = 0; i < 10; ++i) {
        auto r = t.send("POST", check, {{"reset_id", std::string(32, static_cast<char>('a' + i))}, {"otp", "123456"}});
        if (r.status == 429) {
            CHECK(error_code(r) == "too_many_wrong_codes");
            break;
        }
        CHECK(r.status == 404);
        ++refused_before_limit;
    }
    CHECK(refused_before_limit == 3);
}

TEST_CASE("a reset for an unknown phone answers the same and sends nothing") {
    TestApp t;
    auto f = t.send("POST", "/api/v1/auth/password/forgot", forgot_body(t, "0905000111"));
    CHECK(f.status == 200);
    CHECK(TestApp::body_of(f)["otp_sent_to"] == "0905*111**");
    CHECK(count(t, "outbox") == 0);
    auto r = t.send("POST", "/api/v1/auth/password/reset",
                    {{"reset_id", TestApp::body_of(f)["reset_id"]}, {"otp", "123456"}, {"new_password", "hoacuc2027"}});
    CHECK(r.status == 422);
}

TEST_CASE("changing the password ends the other sessions but keeps this one") {
    TestApp t;
    t.register_citizen(kCccd, kPhone);
    Browser phone, laptop;
    t.login(phone, kCccd, "matkhau2026");
    t.login(laptop, kCccd, "matkhau2026");
    // Both sessions were just used (the phone's is in the session cache).
    REQUIRE(t.call("GET", "/api/v1/me", "", {}, &phone).status == 200);
    auto weak = t.send("POST", "/api/v1/me/password", {{"old_password", "matkhau2026"}, {"new_password", "123456"}}, &laptop);
    CHECK(weak.status == 422);
    auto bad_old = t.send("POST", "/api/v1/me/password", {{"old_password", "sai"}, {"new_password", "moi2026abc"}}, &laptop);
    CHECK(bad_old.status == 422);
    CHECK(field_code(bad_old, "old_password") == "wrong_password");
    CHECK(t.send("POST", "/api/v1/me/password", {{"old_password", "matkhau2026"}, {"new_password", "moi2026abc"}}, &laptop)
              .status == 204);
    CHECK(t.call("GET", "/api/v1/me", "", {}, &laptop).status == 200);
    CHECK(t.call("GET", "/api/v1/me", "", {}, &phone).status == 401);
}

TEST_CASE("sessions expire when idle and after their absolute lifetime, logout ends them") {
    TestApp t;
    t.register_citizen(kCccd, kPhone);
    Browser b;
    t.login(b, kCccd, "matkhau2026");
    t.clock.advance(1700);
    CHECK(t.call("GET", "/api/v1/me", "", {}, &b).status == 200);  // touched
    t.clock.advance(1700);
    CHECK(t.call("GET", "/api/v1/me", "", {}, &b).status == 200);
    t.clock.advance(1801);
    CHECK(t.call("GET", "/api/v1/me", "", {}, &b).status == 401);  // idle too long

    Browser c;
    t.login(c, kCccd, "matkhau2026");
    for (int i = 0; i < 30; ++i) {
        t.clock.advance(1500);
        t.call("GET", "/api/v1/me", "", {}, &c);
    }
    CHECK(t.call("GET", "/api/v1/me", "", {}, &c).status == 401);  // past 12 hours

    Browser d;
    t.login(d, kCccd, "matkhau2026");
    const std::string cookie = d.cookie;
    CHECK(t.send("POST", "/api/v1/auth/logout", json::object(), &d).status == 204);
    Browser replay;
    replay.cookie = cookie;
    CHECK(t.call("GET", "/api/v1/me", "", {}, &replay).status == 401);
}

TEST_CASE("profile changes, a new phone needs a code sent to it") {
    TestApp t;
    t.register_citizen(kCccd, kPhone);
    Browser b;
    t.login(b, kCccd, "matkhau2026");
    auto p = t.send("PATCH", "/api/v1/me", {{"email", "dao@example.vn"}, {"address", "12 Trần Phú, Nha Trang"},
                                             {"commune_code", "22333"}}, &b);
    REQUIRE(p.status == 200);
    CHECK(TestApp::body_of(p)["email"] == "dao@example.vn");
    auto bad = t.send("PATCH", "/api/v1/me", {{"email", "not-an-email"}}, &b);
    CHECK(bad.status == 422);
    // Removing the phone is refused at the field; no code is sent anywhere.
    auto no_phone = t.send("PATCH", "/api/v1/me", {{"phone", ""}}, &b);
    CHECK(no_phone.status == 422);
    CHECK(TestApp::body_of(no_phone)["error"]["fields"][0]["field"] == "phone");
    CHECK(TestApp::body_of(no_phone)["error"]["fields"][0]["code"] == "required");
    auto phone = t.send("PATCH", "/api/v1/me", {{"phone", "0905777666"}}, &b);
    CHECK(phone.status == 202);
    CHECK(TestApp::body_of(t.call("GET", "/api/v1/me", "", {}, &b))["phone"] == kPhone);  // not yet
    auto v = t.send("POST", "/api/v1/me/phone/verify", {{"otp", t.last_code("0905777666")}}, &b);
    CHECK(v.status == 200);
    CHECK(TestApp::body_of(t.call("GET", "/api/v1/me", "", {}, &b))["phone"] == "0905777666");
}

TEST_CASE("deleting the account needs the password and erases personal data") {
    TestApp t;
    const auto id = t.register_citizen(kCccd, kPhone);
    Browser b;
    t.login(b, kCccd, "matkhau2026");
    CHECK(t.send("DELETE", "/api/v1/me", {{"password", "sai"}}, &b).status == 422);
    CHECK(t.send("DELETE", "/api/v1/me", {{"password", "matkhau2026"}}, &b).status == 204);
    auto row = t.app->db->read([&](pakn::server::store::Connection& c) { return pakn::server::store::find_account(c, id); });
    REQUIRE(row);
    CHECK(row->status == "deleted");
    CHECK(row->full_name.empty());
    CHECK(row->phone.empty());
    CHECK(row->login.empty());
    Browser again;
    CHECK(t.login(again, kCccd, "matkhau2026").status == 401);
    // The CCCD and phone may register again.
    CHECK(t.register_citizen(kCccd, kPhone) > 0);
}

TEST_CASE("officers sign in on their own tab only and must change the issued password") {
    TestApp t;
    t.register_citizen(kCccd, kPhone);
    Browser citizen_on_officer_tab;
    CHECK(t.login(citizen_on_officer_tab, kCccd, "matkhau2026", "officer").status == 401);

    pakn::OfficerForm f;
    f.username = "xl.tran";
    f.full_name = "Trần Xử Lý";
    f.unit_id = t.unit_id("SO-XD");
    f.role = "handler";
    auto created = t.app->services->auth.create_officer(f);
    REQUIRE(created);
    Browser on_public_tab;
    // The public tab takes ID numbers only: an officer username is not even a valid login there.
    CHECK(t.login(on_public_tab, "xl.tran", created.value.one_time_password, "public").status == 422);
    Browser b;
    auto r = t.login(b, "xl.tran", created.value.one_time_password, "officer");
    REQUIRE(r.status == 200);
    CHECK(TestApp::body_of(r)["account"]["must_change_password"] == true);
    CHECK(t.call("GET", "/api/v1/inbox", "", {}, &b).status == 403);  // change it first
    CHECK(t.send("POST", "/api/v1/me/password",
                 {{"old_password", created.value.one_time_password}, {"new_password", "CanBo2026pakn"}}, &b)
              .status == 204);
    CHECK(t.call("GET", "/api/v1/inbox", "", {}, &b).status == 200);
}

TEST_CASE("the first start creates one admin whose one-time password must be changed") {
    TestApp t;
    auto first = t.app->services->auth.bootstrap_admin();
    REQUIRE(first);
    CHECK(first->account.role == "admin");
    CHECK(first->account.must_change_password);
    CHECK_FALSE(t.app->services->auth.bootstrap_admin());  // only once
}

TEST_CASE("no password, code or session token is stored in clear text") {
    TestApp t;
    t.register_citizen(kCccd, kPhone, "BienXanh2026");
    Browser b;
    REQUIRE(t.login(b, kCccd, "BienXanh2026").status == 200);
    const std::string token = b.cookie.substr(b.cookie.find('=') + 1);
    auto f = t.send("POST", "/api/v1/auth/password/forgot", forgot_body(t, kPhone));
    const std::string code = t.last_code(kPhone);
    // Every text cell of every table.
    std::string all;
    t.app->db->read([&](pakn::server::store::Connection& c) {
        auto tables = c.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%'");
        std::vector<std::string> names;
        while (tables.step()) names.push_back(tables.text(0));
        tables.reset();
        for (const auto& name : names) {
            auto rows = c.prepare("SELECT * FROM " + name);
            while (rows.step())
                for (int i = 0; i < sqlite3_column_count(rows.raw()); ++i) all += rows.text(i) + "\n";
            rows.reset();
        }
        return 0;
    });
    CHECK(all.find("BienXanh2026") == std::string::npos);
    CHECK(all.find(token) == std::string::npos);
    CHECK(all.find(b.csrf) != std::string::npos);  // the CSRF token is not a secret from the page
    CHECK(all.find(code) == std::string::npos);
    // Nor a captcha's answer: only its hash.
    auto [cid, answer] = t.captcha();
    REQUIRE(answer.size() == 5);
    const std::string stored = t.app->db->read([&](pakn::server::store::Connection& c) {
        auto st = c.prepare("SELECT answer_hash FROM captchas WHERE id = ?");
        st.bind_all(cid);
        std::string h = st.step() ? st.text(0) : "";
        st.reset();
        return h;
    });
    CHECK(stored.size() == 64);
    CHECK(stored.find(answer) == std::string::npos);
}

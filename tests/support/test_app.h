// An App on a temporary data folder (and optional web root), with the real
// router and a hand-driven clock, for in-process server tests; helpers to
// sign people up and in the way a browser would.
#pragma once

#include <fstream>
#include <functional>
#include <map>
#include <mutex>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "app/app.h"
#include "http/router.h"
#include "base/clock.h"
#include "support/temp_dir.h"

namespace pakn::test {

using nlohmann::json;

// A browser's view of one person: cookie jar and CSRF token.
struct Browser {
    std::string cookie;  // "pakn_session=..."
    std::string csrf;
    std::string ip = "203.0.113.7";
};

struct TestApp {
    TempDir dir;
    server::ManualClock clock{1794882600};  // Tuesday 2026-11-17 09:30 in Vietnam (office hours)
    std::unique_ptr<server::App> app;
    server::http::Router router{server::http::api_routes()};

    // `adjust` changes the services' settings before they are built (a
    // test of a limit may lower it, or raise the scrypt cost).
    explicit TestApp(const std::string& web_root = "",
                     const std::function<void(server::services::ServiceOptions&)>& adjust = {});
    // An app whose test configuration `configure` adjusts first (small
    // limits, say).
    explicit TestApp(const std::function<void(server::Config&)>& configure, const std::string& web_root = "");

    // Stops the app and starts another on the same data folder, its
    // configuration adjusted by `configure`: data and sessions carry over.
    void restart(const std::function<void(server::Config&)>& configure);

    server::http::Response call(const std::string& method, const std::string& path, const std::string& body = "",
                                server::http::Pairs headers = {}, Browser* browser = nullptr);
    // JSON helpers: body dumped, Content-Type set, cookie/CSRF from `browser`.
    server::http::Response send(const std::string& method, const std::string& path, const json& body,
                                Browser* browser = nullptr);
    static json body_of(const server::http::Response& r);

    // A fresh image captcha with its correct answer (read through the
    // captcha service's test observer: the API never tells it). Asked from
    // an address of its own, so helpers never meet the per-address limits.
    std::pair<std::string, std::string> captcha(const std::string& kind = "image");
    // The answer of a captcha issued since this app started ("" if unknown).
    std::string captcha_answer(const std::string& id);
    // A new client address for each call (198.18.0.0/15, the benchmarking range).
    static std::string fresh_ip();
    // The last SMS sent to `phone` (delivers the outbox first).
    std::string last_sms(const std::string& phone);
    // The last e-mail sent to `address` ("subject\n\ntext"; delivers the outbox first).
    std::string last_email(const std::string& address);
    // The 6-digit code in the last SMS to `phone`.
    std::string last_code(const std::string& phone);

    // Registers and verifies a citizen; returns the account id.
    std::int64_t register_citizen(const std::string& cccd, const std::string& phone,
                                  const std::string& password = "matkhau2026", const std::string& name = "Nguyễn Văn An");
    // Signs in; fills the browser's cookie and CSRF token. Returns the response.
    server::http::Response login(Browser& b, const std::string& login, const std::string& password,
                                 const std::string& audience = "public");
    // Creates an officer (unit by code) and signs them in with a changed password.
    Browser officer(const std::string& username, const std::string& unit_code, const std::string& role,
                    const std::string& phone = "", const std::string& email = "");
    std::int64_t unit_id(const std::string& code);

private:
    // The last message the outbox wrote to data/<log> for `to`.
    std::string last_logged(const std::string& log, const std::string& to);
    // Builds the app and listens to its captchas (every constructor, restart).
    void start(const server::Config& cfg, const std::function<void(server::services::ServiceOptions&)>& adjust);
    std::mutex answers_mutex_;
    std::map<std::string, std::string> answers_;
};

}  // namespace pakn::test

// The real server (Pistache) on a loopback port with its background workers
// (live events, outbox, housekeeping), and sign-in over real HTTP, for tests
// that need actual sockets: concurrent requests, Server-Sent Events.
#pragma once

#include <cstdio>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "app/app.h"
#include "http/server.h"
#include "support/http_client.h"
#include "support/temp_dir.h"

namespace pakn::test {

struct ServedApp {
    TempDir dir;
    std::unique_ptr<server::App> app;
    std::unique_ptr<server::http::HttpServer> server;
    int port = 0;

    // `tune` adjusts how the edge listens (deadlines, caps, TLS files).
    explicit ServedApp(int threads = 4, const std::function<void(server::http::ServerOptions&)>& tune = {}) {
        server::Config cfg;
        cfg.port = 0;
        cfg.data_dir = dir.file("data");
        cfg.web_root = dir.file("web");
        cfg.threads = threads;
        cfg.log_requests = false;
        cfg.scrypt_log2_n = 10;  // fast hashing in tests
        write_file(cfg.web_root + "/index.html", "<!doctype html>");
        app = std::make_unique<server::App>(cfg);
        app->services->captcha.set_observer([this](const std::string& id, const std::string& answer) {
            std::lock_guard lock(answers_mutex);
            answers[id] = answer;
        });
        app->start_workers();
        auto options = app->server_options();
        if (tune) tune(options);
        server = std::make_unique<server::http::HttpServer>(*app->site, options);
        port = server->start();
    }
    ~ServedApp() {
        server->stop(1000);
        app->stop_workers();
    }
    ServedApp(const ServedApp&) = delete;
    ServedApp& operator=(const ServedApp&) = delete;

    // A fresh captcha over HTTP with its answer (from the service's test
    // observer: the API never tells it).
    std::pair<std::string, std::string> captcha(HttpClient& c) {
        auto j = nlohmann::json::parse(c.get("/api/v1/captcha").body, nullptr, false);
        if (!j.is_object()) return {"", ""};
        const std::string id = j.value("id", "");
        std::lock_guard lock(answers_mutex);
        return {id, answers[id]};
    }

    std::mutex answers_mutex;
    std::map<std::string, std::string> answers;
};

// One signed-in person over real HTTP: the cookie and CSRF token a browser keeps.
struct HttpSession {
    std::string cookie;  // "pakn_session=..."
    std::string csrf;

    // Headers for a request of this session (JSON body when `json_body`).
    std::vector<std::string> headers(bool json_body = true) const {
        std::vector<std::string> h;
        if (!cookie.empty()) h.push_back("Cookie: " + cookie);
        if (!csrf.empty()) h.push_back("X-CSRF-Token: " + csrf);
        if (json_body) h.push_back("Content-Type: application/json");
        return h;
    }
};

// Signs in with a fresh captcha and its answer; an empty session when refused.
inline HttpSession http_login(ServedApp& app, HttpClient& c, const std::string& login, const std::string& password,
                              const std::string& audience) {
    HttpSession s;
    const auto [captcha_id, answer] = app.captcha(c);
    const nlohmann::json body = {{"audience", audience},
                                 {"login", login},
                                 {"password", password},
                                 {"captcha_id", captcha_id},
                                 {"captcha_answer", answer}};
    auto r = c.request("POST", "/api/v1/auth/login", body.dump(), {"Content-Type: application/json"});
    if (r.status != 200) return s;
    const std::string set = r.header("set-cookie").value_or("");
    s.cookie = set.substr(0, set.find(';'));
    s.csrf = nlohmann::json::parse(r.body, nullptr, false).value("csrf_token", "");
    return s;
}

// Creates an officer of `unit_code` directly in the app, signs in over HTTP
// and replaces the one-time password, as the first sign-in requires.
inline HttpSession http_officer(ServedApp& s, HttpClient& c, const std::string& username, const std::string& unit_code,
                                const std::string& role) {
    OfficerForm f;
    f.username = username;
    f.full_name = "Cán Bộ " + username;
    f.role = role;
    f.unit_id = s.app->db->read([&](server::store::Connection& conn) {
        return conn.scalar_int("SELECT id FROM units WHERE code = '" + unit_code + "'").value_or(-1);
    });
    auto created = s.app->services->auth.create_officer(f);
    if (!created) return {};
    HttpSession session = http_login(s, c, username, created.value.one_time_password, "officer");
    const nlohmann::json change = {{"old_password", created.value.one_time_password},
                                   {"new_password", "CanBo2026pakn"}};
    c.request("POST", "/api/v1/me/password", change.dump(), session.headers());
    return session;
}

}  // namespace pakn::test

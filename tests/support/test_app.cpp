#include "support/test_app.h"

#include <atomic>
#include <regex>
#include <sstream>

#include "pakn/forms.h"

namespace pakn::test {

namespace {
server::Config test_config(const TempDir& dir, const std::string& web_root) {
    server::Config cfg;
    cfg.data_dir = dir.file("data");
    cfg.web_root = web_root.empty() ? dir.file("no-web") : web_root;
    cfg.log_requests = false;
    cfg.scrypt_log2_n = 10;  // fast hashing in tests; production is 2^17
    // Test machines may have little free disk; tests of the floor set their own.
    cfg.disk_floor_bytes = 0;
    cfg.disk_floor_percent = 0;
    return cfg;
}
}  // namespace

TestApp::TestApp(const std::string& web_root,
                 const std::function<void(server::services::ServiceOptions&)>& adjust) {
    start(test_config(dir, web_root), adjust);
}

TestApp::TestApp(const std::function<void(server::Config&)>& configure, const std::string& web_root) {
    server::Config cfg = test_config(dir, web_root);
    configure(cfg);
    start(cfg, {});
}

void TestApp::restart(const std::function<void(server::Config&)>& configure) {
    server::Config cfg = app->config;
    app.reset();
    configure(cfg);
    start(cfg, {});
}

void TestApp::start(const server::Config& cfg,
                    const std::function<void(server::services::ServiceOptions&)>& adjust) {
    app = std::make_unique<server::App>(cfg, &clock, adjust);
    app->services->captcha.set_observer([this](const std::string& id, const std::string& answer) {
        std::lock_guard lock(answers_mutex_);
        answers_[id] = answer;
    });
}

std::string TestApp::fresh_ip() {
    static std::atomic<unsigned> next{0};
    const unsigned n = next++;
    return "198.18." + std::to_string((n >> 8) & 255) + "." + std::to_string(n & 255);
}

std::string TestApp::captcha_answer(const std::string& id) {
    std::lock_guard lock(answers_mutex_);
    auto it = answers_.find(id);
    return it == answers_.end() ? "" : it->second;
}

server::http::Response TestApp::call(const std::string& method, const std::string& path, const std::string& body,
                                     server::http::Pairs headers, Browser* browser) {
    server::http::Request r;
    r.method = method;
    auto q = path.find('?');
    r.path = path.substr(0, q);
    if (q != std::string::npos) r.query = server::http::parse_query(path.substr(q + 1));
    r.headers = std::move(headers);
    r.body = body;
    r.remote_ip = browser ? browser->ip : "127.0.0.1";
    if (browser && !browser->cookie.empty()) r.headers.emplace_back("cookie", browser->cookie);
    if (browser && !browser->csrf.empty() && method != "GET") r.headers.emplace_back("x-csrf-token", browser->csrf);
    auto resp = router.handle(*app->site, r);
    // Remember (or forget) the session cookie like a browser.
    if (browser)
        if (auto set = resp.header("Set-Cookie")) {
            std::string v(*set);
            auto semi = v.find(';');
            std::string pair = v.substr(0, semi);
            if (pair == "pakn_session=") {
                browser->cookie.clear();
                browser->csrf.clear();
            } else {
                browser->cookie = pair;
            }
        }
    return resp;
}

server::http::Response TestApp::send(const std::string& method, const std::string& path, const json& body,
                                     Browser* browser) {
    return call(method, path, body.is_null() ? "" : body.dump(), {{"content-type", "application/json"}}, browser);
}

json TestApp::body_of(const server::http::Response& r) {
    return json::parse(r.payload(), nullptr, false);
}

std::pair<std::string, std::string> TestApp::captcha(const std::string& kind) {
    Browser asker;
    asker.ip = fresh_ip();
    auto r = call("GET", "/api/v1/captcha?kind=" + kind, "", {}, &asker);
    auto j = body_of(r);
    if (!j.is_object() || !j.contains("id")) return {"", ""};
    const std::string id = j["id"];
    return {id, captcha_answer(id)};
}

std::string TestApp::last_logged(const std::string& log, const std::string& to) {
    app->outbox->run_once();
    std::ifstream in(app->config.data_dir + "/" + log);
    std::string line, last;
    while (std::getline(in, line)) {
        auto j = json::parse(line, nullptr, false);
        if (j.is_object() && j.value("to", "") == to) last = j.value("body", "");
    }
    return last;
}

std::string TestApp::last_sms(const std::string& phone) {
    return last_logged("sms.log", phone);
}

std::string TestApp::last_email(const std::string& address) {
    return last_logged("email.log", address);
}

std::string TestApp::last_code(const std::string& phone) {
    std::smatch m;
    const std::string text = last_sms(phone);
    if (std::regex_search(text, m, std::regex("([0-9]{6})"))) return m[1];
    return "";
}

std::int64_t TestApp::register_citizen(const std::string& cccd, const std::string& phone, const std::string& password,
                                       const std::string& name) {
    // Each person registers from their own address, as in real life: the
    // per-address limits are the subject of their own tests.
    Browser person;
    person.ip = fresh_ip();
    auto [cid, answer] = captcha();
    auto r = send("POST", "/api/v1/auth/register",
                  {{"kind", "citizen"}, {"login", cccd}, {"password", password}, {"full_name", name},
                   {"phone", phone}, {"captcha_id", cid}, {"captcha_answer", answer}},
                  &person);
    if (r.status != 201) return -1;
    const std::string reg = body_of(r)["registration_id"];
    auto v = send("POST", "/api/v1/auth/register/verify", {{"registration_id", reg}, {"otp", last_code(phone)}},
                  &person);
    if (v.status != 200) return -1;
    return body_of(v)["id"].get<std::int64_t>();
}

server::http::Response TestApp::login(Browser& b, const std::string& login, const std::string& password,
                                      const std::string& audience) {
    auto [cid, answer] = captcha();
    auto r = send("POST", "/api/v1/auth/login",
                  {{"audience", audience}, {"login", login}, {"password", password}, {"captcha_id", cid},
                   {"captcha_answer", answer}},
                  &b);
    if (r.status == 200) b.csrf = body_of(r)["csrf_token"];
    return r;
}

std::int64_t TestApp::unit_id(const std::string& code) {
    return app->db->read([&](server::store::Connection& c) {
        auto st = c.prepare("SELECT id FROM units WHERE code = ?");
        st.bind_all(code);
        std::int64_t id = st.step() ? st.int64(0) : -1;
        st.reset();
        return id;
    });
}

Browser TestApp::officer(const std::string& username, const std::string& unit_code, const std::string& role,
                         const std::string& phone, const std::string& email) {
    OfficerForm f;
    f.username = username;
    f.full_name = "Cán Bộ " + username;
    f.unit_id = unit_id(unit_code);
    f.role = role;
    f.phone = phone;
    f.email = email;
    auto created = app->services->auth.create_officer(f);
    Browser b;
    if (!created) return b;
    login(b, username, created.value.one_time_password, "officer");
    send("POST", "/api/v1/me/password",
         {{"old_password", created.value.one_time_password}, {"new_password", "CanBo2026pakn"}}, &b);
    return b;
}

}  // namespace pakn::test

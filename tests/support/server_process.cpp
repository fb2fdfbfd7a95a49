#include "support/server_process.h"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <stdexcept>
#include <thread>

namespace pakn::test {

ServerProcess::ServerProcess(std::string data_dir, std::vector<std::string> extra)
    : data_dir_(std::move(data_dir)), log_(data_dir_ + ".server.log") {
    port_ = free_port();
    std::fflush(nullptr);  // the child must not repeat our buffered output
    pid_ = fork();
    if (pid_ < 0) throw std::runtime_error("fork failed");
    if (pid_ == 0) {
        std::freopen(log_.c_str(), "a", stderr);
        std::freopen("/dev/null", "w", stdout);
        // Captcha answers for the tests (the server refuses this with --demo or TLS).
        setenv("PAKN_TEST_HOOKS", "1", 1);
        std::vector<std::string> args = {PAKN_SERVER_BIN, "serve", "--port", std::to_string(port_), "--data-dir",
                                         data_dir_, "--web-root", data_dir_ + "/no-web", "--no-request-log",
                                         "--scrypt-cost", "10"};
        args.insert(args.end(), extra.begin(), extra.end());
        std::vector<char*> argv;
        for (auto& a : args) argv.push_back(a.data());
        argv.push_back(nullptr);
        execv(PAKN_SERVER_BIN, argv.data());
        _exit(127);
    }
    for (int i = 0; i < 400; ++i) {
        try {
            HttpClient c("127.0.0.1", port_, 2);
            if (c.get("/api/v1/health").status == 200) return;
        } catch (const std::exception&) {
        }
        int status = 0;
        if (waitpid(pid_, &status, WNOHANG) == pid_) {
            pid_ = -1;
            throw std::runtime_error("server exited at start; see " + log_);
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(25));  // polling the child's start, not a race fix
    }
    throw std::runtime_error("server did not answer; see " + log_);
}

ServerProcess::~ServerProcess() {
    if (pid_ > 0) stop(SIGTERM);
}

int ServerProcess::stop(int sig) {
    if (pid_ <= 0) return -1;
    kill(pid_, sig);
    int status = 0;
    waitpid(pid_, &status, 0);
    pid_ = -1;
    return status;
}

std::string run_server_command(const std::vector<std::string>& args) {
    std::string cmd = PAKN_SERVER_BIN;
    for (const auto& a : args) cmd += " '" + a + "'";
    std::string out;
    if (FILE* p = popen((cmd + " 2>&1").c_str(), "r")) {
        std::array<char, 4096> buf;
        while (std::size_t n = std::fread(buf.data(), 1, buf.size(), p)) out.append(buf.data(), n);
        pclose(p);
    }
    return out;
}

std::string create_officer(const std::string& data_dir, const std::string& username, const std::string& unit_code,
                           const std::string& role) {
    const std::string out = run_server_command({"admin", "create-officer", "--username", username, "--name",
                                                "Cán bộ " + username, "--unit", unit_code, "--role", role,
                                                "--data-dir", data_dir, "--scrypt-cost", "10"});
    const std::string marker = "Mật khẩu dùng một lần: ";
    auto pos = out.find(marker);
    if (pos == std::string::npos) throw std::runtime_error("create-officer failed: " + out);
    auto end = out.find('\n', pos);
    return out.substr(pos + marker.size(), end - pos - marker.size());
}

std::vector<std::string> ApiSession::headers() const {
    return {"Cookie: " + cookie, "X-CSRF-Token: " + csrf, "Content-Type: application/json"};
}

std::pair<std::string, std::string> ServerProcess::captcha(HttpClient& c) const {
    auto cap = nlohmann::json::parse(c.get("/api/v1/captcha").body, nullptr, false);
    if (!cap.is_object()) return {"", ""};
    const std::string id = cap.value("id", "");
    std::ifstream in(data_dir_ + "/test-hooks/captcha-answers.log");
    std::string line;
    while (std::getline(in, line))
        if (line.starts_with(id + " ")) return {id, line.substr(id.size() + 1)};
    return {id, ""};
}

std::optional<ApiSession> api_login(const ServerProcess& server, HttpClient& c, const std::string& audience,
                                    const std::string& login, const std::string& password) {
    const auto [captcha_id, answer] = server.captcha(c);
    nlohmann::json body = {{"audience", audience}, {"login", login}, {"password", password},
                           {"captcha_id", captcha_id}, {"captcha_answer", answer}};
    auto r = c.request("POST", "/api/v1/auth/login", body.dump(), {"Content-Type: application/json"});
    if (r.status != 200) return std::nullopt;
    ApiSession s;
    s.csrf = nlohmann::json::parse(r.body)["csrf_token"];
    auto set = r.header("set-cookie").value_or("");
    s.cookie = set.substr(0, set.find(';'));
    return s;
}

std::optional<ApiSession> officer_session(const ServerProcess& server, HttpClient& c, const std::string& username,
                                          const std::string& one_time, const std::string& new_password) {
    auto s = api_login(server, c, "officer", username, one_time);
    if (!s) return std::nullopt;
    nlohmann::json body = {{"old_password", one_time}, {"new_password", new_password}};
    auto r = c.request("POST", "/api/v1/me/password", body.dump(), s->headers());
    if (r.status != 204) return std::nullopt;
    return s;
}

}  // namespace pakn::test

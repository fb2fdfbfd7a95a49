// The real pakn-server binary as a child process (fault tests: kill -9,
// restarts, signals), with a small JSON client for signing in over HTTP.
#pragma once

#include <sys/types.h>

#include <nlohmann/json.hpp>
#include <optional>
#include <utility>
#include <string>
#include <vector>

#include "support/http_client.h"

namespace pakn::test {

class ServerProcess {
public:
    // Starts `pakn-server serve` on a free port with `data_dir`; waits until
    // /api/v1/health answers. Extra flags are appended.
    ServerProcess(std::string data_dir, std::vector<std::string> extra = {});
    ~ServerProcess();
    ServerProcess(const ServerProcess&) = delete;
    ServerProcess& operator=(const ServerProcess&) = delete;

    int port() const { return port_; }
    // A fresh captcha from this server with its answer, read from the
    // answers file the server keeps under PAKN_TEST_HOOKS=1 (docs/testing.md).
    std::pair<std::string, std::string> captcha(HttpClient& c) const;
    pid_t pid() const { return pid_; }
    bool running() const { return pid_ > 0; }
    // Sends `signal` and waits for the process; returns its wait status.
    int stop(int signal);
    const std::string& log_path() const { return log_; }

private:
    std::string data_dir_, log_;
    int port_ = 0;
    pid_t pid_ = -1;
};

// Runs `pakn-server <args>` to completion; returns stdout.
std::string run_server_command(const std::vector<std::string>& args);

// Creates an officer with the CLI and returns the one-time password.
std::string create_officer(const std::string& data_dir, const std::string& username, const std::string& unit_code,
                           const std::string& role);

// A signed-in API session over HTTP (cookie + CSRF).
struct ApiSession {
    std::string cookie;
    std::string csrf;
    std::vector<std::string> headers() const;
};
// Solves the captcha and signs in; nullopt when refused.
std::optional<ApiSession> api_login(const ServerProcess& server, HttpClient& c, const std::string& audience,
                                    const std::string& login, const std::string& password);
// Signs an officer in with a one-time password and replaces it with `new_password`.
std::optional<ApiSession> officer_session(const ServerProcess& server, HttpClient& c, const std::string& username,
                                          const std::string& one_time, const std::string& new_password);

}  // namespace pakn::test

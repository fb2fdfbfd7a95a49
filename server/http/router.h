// Request pipeline: the one route table (routes.cpp) for /api/v1, the web app
// for everything else, security headers on every response, and the mapping of
// failures to the API's error body.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "http/message.h"
#include "http/rate_limit.h"
#include "store/accounts_store.h"

namespace pakn::server {
struct App;
}

namespace pakn::server::http {

// Who may call a route. Checked by the router before the handler runs.
enum class Access {
    anyone,    // no session needed (a session, if any, is still resolved)
    session,   // any signed-in account
    reporter,  // citizen or organization
    officer,   // any officer role
    admin,     // officer with the admin role
};

// The signed-in caller, resolved from the session cookie.
struct Caller {
    store::AccountRow account;  // kind: citizen | organization | officer; role for officers
    std::string token_hash;
    std::string csrf_token;
    std::string audience;
    bool reporter() const { return account.kind == "citizen" || account.kind == "organization"; }
    bool officer() const { return account.kind == "officer"; }
};

struct Context {
    App& app;
    Request& request;
    std::optional<Caller> caller;
};

using Handler = std::function<Response(Context&)>;

struct Route {
    std::string method;    // GET, POST, PATCH, DELETE
    std::string pattern;   // /api/v1/reports/{id}/actions
    Handler handler;
    std::size_t max_body;  // bytes; larger bodies get 413 before the handler
    Access access = Access::anyone;
    // Allowed while the account must still change its issued password.
    bool allowed_before_password_change = false;
    // Per signed-in account (or per address when anonymous); 0: unlimited.
    RateRule rate{};
    // Same answer for every visitor: served from PublicCache until data changes.
    bool public_cache = false;
    // Answered on the HTTP reactor itself: cheap, and never waits for a
    // write. So are public-cache hits (a miss builds the page: a search at
    // a million reports takes milliseconds); every other route runs on a worker
    // (see WorkerPool), since even a GET may write (a captcha, a session's
    // last-seen time) and so wait for a group commit.
    bool on_reactor = false;
};

// THE route table, read top to bottom (routes.cpp).
std::vector<Route> api_routes();

class Router {
public:
    explicit Router(std::vector<Route> routes);
    // Runs the whole pipeline for one request. Never throws.
    Response handle(App& app, Request& request) const;
    // Whether the reactor answers `request` itself (static files, public
    // pages already in the cache, health, and errors that need no route) or
    // hands it to a worker.
    bool on_reactor(App& app, const Request& request) const;

private:
    struct Compiled {
        Route route;
        std::vector<std::string> segments;  // "{name}" captures
    };
    Response dispatch_api(App& app, Request& request) const;
    std::vector<Compiled> routes_;
};

inline constexpr const char* kSessionCookie = "pakn_session";

// Resolves the session, checks CSRF, the route's Access and a pending
// password change; a Response when the request is refused.
std::optional<Response> authorize(App& app, const Route& route, Context& ctx);
// Set-Cookie values for the session cookie (HttpOnly, SameSite=Strict,
// Secure under TLS).
std::string session_cookie(const std::string& token, long max_age_seconds, bool tls);
std::string clear_session_cookie(bool tls);

// Adds CSP, nosniff, frame-ancestors, Referrer-Policy (and HSTS under TLS).
void add_security_headers(Response& response, bool tls);

}  // namespace pakn::server::http

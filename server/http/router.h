// Request pipeline: the one route table (routes.cpp) for /api/v1, the web app
// for everything else, security headers on every response, and the mapping of
// failures to the API's error body.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "http/event_streams.h"
#include "http/message.h"
#include "http/public_cache.h"
#include "http/rate_limit.h"
#include "http/static_files.h"
#include "services/principal.h"
#include "services/services.h"

namespace pakn::server::http {

// Who may call a route. Checked by the router before the handler runs.
enum class Access {
    anyone,    // no session needed (a session, if any, is still resolved)
    session,   // any signed-in account
    reporter,  // citizen or organization
    officer,   // any officer role
    admin,     // officer with the admin role
};

// What the HTTP edge serves from: the services, the built web app, the
// throttles, the public cache, the live streams, and the counts a graceful
// stop and the cache need. One per process; the app builds it.
struct Site {
    Site(services::Services& services, const std::string& web_root, bool log_requests);

    services::Services& services;
    StaticFiles web;
    RateLimiter limiter;
    PublicCache public_cache;
    EventStreams streams;
    bool log_requests = true;
    // The site's address as the public reaches it ("https://pakn.khanhhoa.gov.vn",
    // no trailing slash): absolute links in public pages and the sitemap.
    std::string public_url;
    // Successful state-changing requests; with the services' generation
    // (changes committed by background duties) it tells when cached public
    // answers are stale.
    std::atomic<std::uint64_t> mutations{0};
    std::atomic<bool> draining{false};
    std::atomic<int> in_flight{0};

    std::uint64_t data_generation() const { return services.generation() + mutations.load(); }
};

// One request on its way through the pipeline.
struct Context {
    Site& site;
    services::Services& services;
    Request& request;
    std::optional<services::Session> session;  // resolved from the cookie, if any

    // The signed-in principal, or null for a visitor.
    const services::Principal* principal() const { return session ? &session->principal : nullptr; }
    // The signed-in principal of a route whose Access requires a session.
    const services::Principal& who() const { return session->principal; }
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
    // Per signed-in account (or per address when anonymous, or always with
    // per_address); officers are not limited. 0: unlimited.
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

// THE route table, read top to bottom (routes.cpp): the API under /api/v1
// and the public pages served as documents (GET only, outside /api/).
std::vector<Route> api_routes();

class Router {
public:
    explicit Router(std::vector<Route> routes);
    // Runs the whole pipeline for one request. Never throws.
    Response handle(Site& site, Request& request) const;
    // Whether the reactor answers `request` itself (static files, public
    // pages already in the cache, health, and errors that need no route) or
    // hands it to a worker.
    bool on_reactor(Site& site, const Request& request) const;
    // The largest body the route of `method` `path` accepts; requests the
    // table does not route (404, 405, the web app) may carry a small form.
    std::size_t max_body(std::string_view method, std::string_view path) const;
    // Decides on a request from its head alone, before its body is read: a
    // declared length over the route's limit is 413, and a body larger than a
    // form for a route that needs a session is read only for a caller the
    // route admits (session, CSRF, access), so no anonymous client makes the
    // server hold megabytes. `head` has no body yet. nullopt: read the body.
    std::optional<Response> admit_body(Site& site, Request& head, std::uint64_t content_length) const;

private:
    struct Compiled {
        Route route;
        std::vector<std::string> segments;  // "{name}" captures
    };
    Response dispatch(Site& site, Request& request) const;
    // True when a route of the table (a public page) has the shape of this non-API path.
    bool routes_page(std::string_view path) const;
    // The route for `method` on `path` (captures into `params`), or null.
    const Compiled* find(std::string_view method, std::string_view path, Pairs& params) const;
    std::vector<Compiled> routes_;
};

inline constexpr const char* kSessionCookie = "pakn_session";

// Resolves the session, checks CSRF, the route's Access and a pending
// password change; a Response when the request is refused.
std::optional<Response> authorize(const Route& route, Context& ctx);
// Set-Cookie values for the session cookie (HttpOnly, SameSite=Strict,
// Secure under TLS).
std::string session_cookie(const std::string& token, long max_age_seconds, bool tls);
std::string clear_session_cookie(bool tls);

// Lets the page load images from an outside tile server's origin
// ("https://tiles.example.vn"; "" for none); at start-up and when the admin
// changes the base map.
void allow_tile_origin(std::string origin);

// Adds CSP, nosniff, frame-ancestors, Referrer-Policy (and HSTS under TLS).
void add_security_headers(Response& response, bool tls);

}  // namespace pakn::server::http

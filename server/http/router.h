// Request pipeline: the one route table (routes.cpp) for /api/v1, the web app
// for everything else, security headers on every response, and the mapping of
// failures to the API's error body.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "http/message.h"

namespace pakn::server {
struct App;
}

namespace pakn::server::http {

struct Context {
    App& app;
    Request& request;
};

using Handler = std::function<Response(Context&)>;

struct Route {
    std::string method;    // GET, POST, PATCH, DELETE
    std::string pattern;   // /api/v1/reports/{id}/actions
    Handler handler;
    std::size_t max_body;  // bytes; larger bodies get 413 before the handler
};

// THE route table, read top to bottom (routes.cpp).
std::vector<Route> api_routes();

class Router {
public:
    explicit Router(std::vector<Route> routes);
    // Runs the whole pipeline for one request. Never throws.
    Response handle(App& app, Request& request) const;

private:
    struct Compiled {
        Route route;
        std::vector<std::string> segments;  // "{name}" captures
    };
    Response dispatch_api(App& app, Request& request) const;
    std::vector<Compiled> routes_;
};

// Adds CSP, nosniff, frame-ancestors, Referrer-Policy (and HSTS under TLS).
void add_security_headers(Response& response, bool tls);

}  // namespace pakn::server::http

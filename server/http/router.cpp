#include "http/router.h"

#include <atomic>
#include <mutex>

#include "base/log.h"
#include "base/storage_error.h"
#include "http/public_cache.h"

namespace pakn::server::http {
namespace {

std::vector<std::string> split_path(std::string_view path) {
    std::vector<std::string> out;
    std::size_t start = 1;
    while (start <= path.size()) {
        auto end = path.find('/', start);
        if (end == std::string_view::npos) end = path.size();
        out.emplace_back(path.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

bool match(const std::vector<std::string>& pattern, const std::vector<std::string>& path, Pairs& params) {
    if (pattern.size() != path.size()) return false;
    Pairs captured;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const auto& p = pattern[i];
        if (p.size() > 2 && p.front() == '{' && p.back() == '}') {
            if (path[i].empty()) return false;
            auto decoded = percent_decode(path[i], false);
            if (!decoded) return false;
            captured.emplace_back(p.substr(1, p.size() - 2), std::move(*decoded));
        } else if (p != path[i]) {
            return false;
        }
    }
    params = std::move(captured);
    return true;
}

bool state_changing(const std::string& method) { return method != "GET" && method != "HEAD"; }

// A cacheable public answer: from the cache while no data changed since it
// was built, else from the handler (and kept). A matching If-None-Match
// still gets its 304.
Response cached(Site& site, const Route& route, Context& ctx) {
    const std::string key = PublicCache::key_of(ctx.request);
    const auto generation = site.data_generation();
    const auto ae = ctx.request.header("accept-encoding");
    const bool gzip = ae && ae->find("gzip") != std::string_view::npos;
    auto& cache = site.public_cache;
    auto hit = cache.get(key, generation, gzip);
    if (!hit && !cache.start_build(key)) {
        // Someone is building it: the previous version meanwhile, else wait.
        hit = cache.get(key, generation, gzip, true);
        if (!hit) {
            cache.wait_for_build(key);
            hit = cache.get(key, site.data_generation(), gzip, true);
        }
        if (!hit && !cache.start_build(key)) {
            Response fresh = route.handler(ctx);  // the builder is stuck: answer anyway, uncached
            return fresh;
        }
    }
    if (!hit) {
        // This request builds the entry (start_build returned true above).
        struct Finish {
            PublicCache& cache;
            const std::string& key;
            ~Finish() { cache.finish_build(key); }
        } finish{cache, key};
        Response fresh = route.handler(ctx);
        if (fresh.status != 200) return fresh;
        cache.put(key, generation, fresh);
        hit = cache.get(key, generation, gzip);
        if (!hit) return fresh;
    }
    if (auto etag = hit->header("ETag"); etag)
        if (ctx.request.if_none_match(*etag)) {
            Response not_modified;
            not_modified.status = 304;
            not_modified.headers = hit->headers;
            return not_modified;
        }
    return std::move(*hit);
}

}  // namespace

std::optional<Response> authorize(const Route& route, Context& ctx) {
    auto& auth = ctx.services.auth;
    const auto token = ctx.request.cookie(kSessionCookie);
    if (token && !token->empty()) ctx.session = auth.resolve(*token);
    if (!ctx.session) {
        if (route.access == Access::anyone) return std::nullopt;
        auto r = Response::error(401, token ? "session_expired" : "not_authenticated");
        if (token) r.set_header("Set-Cookie", clear_session_cookie(ctx.request.tls));
        return r;
    }
    const services::Session& session = *ctx.session;
    const services::Principal& who = session.principal;
    // A signed-in browser must prove every change comes from our own page.
    if (state_changing(ctx.request.method)) {
        const auto sent = ctx.request.header("x-csrf-token");
        if (!sent || !services::AuthService::csrf_matches(session, *sent)) return Response::error(403, "csrf_failed");
    }
    if (who.must_change_password && !route.allowed_before_password_change) {
        // Until the issued password is replaced the session opens nothing of
        // its own; what anyone may see (health, captcha, public pages) stays
        // open, served as to a visitor.
        if (route.access == Access::anyone) {
            ctx.session.reset();
            return std::nullopt;
        }
        return Response::error(403, "password_change_required");
    }
    bool allowed = false;
    switch (route.access) {
        case Access::anyone:
        case Access::session: allowed = true; break;
        case Access::reporter: allowed = who.reporter(); break;
        case Access::officer: allowed = who.officer(); break;
        case Access::admin: allowed = who.has_role(Role::admin); break;
    }
    if (allowed) return std::nullopt;
    return Response::error(403, "forbidden");
}

std::string session_cookie(const std::string& token, long max_age_seconds, bool tls) {
    return std::string(kSessionCookie) + "=" + token + "; Path=/; HttpOnly; SameSite=Strict; Max-Age=" +
           std::to_string(max_age_seconds) + (tls ? "; Secure" : "");
}

std::string clear_session_cookie(bool tls) {
    return std::string(kSessionCookie) + "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0" + (tls ? "; Secure" : "");
}

namespace {
// The outside tile server's origin (allow_tile_origin): set at start-up and
// when the admin changes the base map, read for every response.
std::mutex g_tile_origin_mutex;
std::string g_tile_origin;

std::string tile_origin() {
    std::lock_guard lock(g_tile_origin_mutex);
    return g_tile_origin;
}
}  // namespace

void allow_tile_origin(std::string origin) {
    std::lock_guard lock(g_tile_origin_mutex);
    g_tile_origin = std::move(origin);
}

void add_security_headers(Response& r, bool tls) {
    // 'wasm-unsafe-eval' lets the page compile its WebAssembly without
    // allowing JavaScript eval; everything else is same-origin only. A
    // response with a policy of its own (attachments: sandboxed, no scripts)
    // keeps it: the app's policy would loosen it.
    if (!r.header("Content-Security-Policy")) {
        // An outside base map's tiles are fetched by the page (img and connect).
        const std::string origin = tile_origin();
        const std::string tiles = origin.empty() ? std::string() : " " + origin;
        r.set_header("Content-Security-Policy",
                     "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; "
                     "img-src 'self' data: blob:" + tiles + "; connect-src 'self'" + tiles +
                         "; font-src 'self'; worker-src 'self'; "
                         "manifest-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
                         "frame-ancestors 'none'");
    }
    r.set_header("X-Content-Type-Options", "nosniff");
    r.set_header("X-Frame-Options", "DENY");
    r.set_header("Referrer-Policy", "same-origin");
    r.set_header("Permissions-Policy", "geolocation=(self), camera=(self), microphone=()");
    r.set_header("Cross-Origin-Opener-Policy", "same-origin");
    if (tls) r.set_header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
}

Site::Site(services::Services& services_in, const std::string& web_root, bool log)
    : services(services_in), streams(services_in.live), log_requests(log) {
    web.load(web_root);
}

Router::Router(std::vector<Route> routes) {
    for (auto& r : routes) {
        auto segments = split_path(r.pattern);
        routes_.push_back(Compiled{std::move(r), std::move(segments)});
    }
}

Response Router::dispatch(Site& site, Request& request) const {
    const auto path = split_path(request.path);
    std::string allowed;
    for (const auto& c : routes_) {
        Pairs params;
        if (!match(c.segments, path, params)) continue;
        if (c.route.method != request.method && !(request.method == "HEAD" && c.route.method == "GET")) {
            if (!allowed.empty()) allowed += ", ";
            allowed += c.route.method;
            continue;
        }
        if (request.body.size() > c.route.max_body) return Response::error(413, "payload_too_large");
        request.params = std::move(params);
        Context ctx{site, site.services, request, std::nullopt};
        if (auto refused = authorize(c.route, ctx)) return std::move(*refused);
        // Officers are accounts the province issued; limits guard the public doors.
        const auto* who = ctx.principal();
        if (c.route.rate.limit > 0 && !(who && who->officer())) {
            const std::string key = who && !c.route.rate.per_address ? "a" + std::to_string(who->account_id)
                                                                      : "ip" + request.remote_ip;
            std::int64_t retry_after = 0;
            if (!site.limiter.allow(c.route.method + c.route.pattern + "|" + key, c.route.rate,
                                    site.services.clock.now(), retry_after)) {
                auto e = api_error(429, c.route.rate.code);
                e.retry_after_seconds = retry_after;
                return Response::error(e);
            }
        }
        if (c.route.public_cache) return cached(site, c.route, ctx);
        return c.route.handler(ctx);
    }
    if (!allowed.empty()) {
        auto r = Response::error(405, "method_not_allowed");
        r.set_header("Allow", allowed);
        return r;
    }
    return Response::error(404, "not_found");
}

bool Router::routes_page(std::string_view path) const {
    // By shape alone: a page path whose id is not even a valid escape
    // ("/cong-khai/%zz") is the page route's 404, not the app shell's 200.
    const auto segments = split_path(path);
    for (const auto& c : routes_) {
        if (c.segments.size() != segments.size()) continue;
        bool same = true;
        for (std::size_t i = 0; same && i < segments.size(); ++i) {
            const auto& p = c.segments[i];
            const bool capture = p.size() > 2 && p.front() == '{' && p.back() == '}';
            same = capture ? !segments[i].empty() : p == segments[i];
        }
        if (same) return true;
    }
    return false;
}

bool Router::on_reactor(Site& site, const Request& request) const {
    // Static files are in memory; a public page is like a public API answer.
    const auto path = split_path(request.path);
    for (const auto& c : routes_) {
        if (c.route.method != request.method && !(request.method == "HEAD" && c.route.method == "GET")) continue;
        Pairs params;
        if (!match(c.segments, path, params)) continue;
        if (c.route.on_reactor) return true;
        return c.route.public_cache && site.public_cache.fresh(PublicCache::key_of(request), site.data_generation());
    }
    return true;  // 404 or 405
}

namespace {
// What a request the route table does not route (404, 405, the web app) may carry.
constexpr std::size_t kUnroutedBody = 16 * 1024;
}  // namespace

const Router::Compiled* Router::find(std::string_view method, std::string_view path, Pairs& params) const {
    if (!path.starts_with("/api/")) return nullptr;
    const auto segments = split_path(path);
    for (const auto& c : routes_) {
        if (c.route.method != method && !(method == "HEAD" && c.route.method == "GET")) continue;
        if (match(c.segments, segments, params)) return &c;
    }
    return nullptr;
}

std::size_t Router::max_body(std::string_view method, std::string_view path) const {
    Pairs params;
    const Compiled* c = find(method, path, params);
    return c ? c->route.max_body : kUnroutedBody;
}

std::optional<Response> Router::admit_body(Site& site, Request& head, std::uint64_t content_length) const {
    Pairs params;
    const Compiled* c = find(head.method, head.path, params);
    const std::size_t limit = c ? c->route.max_body : kUnroutedBody;
    if (content_length > limit) return Response::error(413, "payload_too_large");
    if (!c || content_length <= kUnroutedBody || c->route.access == Access::anyone) return std::nullopt;
    try {
        Context ctx{site, site.services, head, std::nullopt};
        return authorize(c->route, ctx);
    } catch (const std::exception&) {
        return Response::error(503, "service_unavailable");
    }
}

Response Router::handle(Site& site, Request& request) const {
    Response response;
    try {
        if (site.draining.load()) {
            response = Response::error(503, "service_unavailable");
            response.set_header("Connection", "close");
        } else if (request.path.starts_with("/api/")) {
            response = dispatch(site, request);
            if (!response.header("Cache-Control")) response.set_header("Cache-Control", "no-store");
        } else if (request.method == "GET" || request.method == "HEAD") {
            // A public page's document, else the built app (its files, or its
            // shell for any other deep link).
            response = routes_page(request.path) && !is_unsafe_path(request.path) ? dispatch(site, request)
                                                                                : site.web.serve(request);
        } else {
            response = Response::error(405, "method_not_allowed");
            response.set_header("Allow", "GET, HEAD");
        }
    } catch (const StorageError& e) {
        log_error("db_error", {{"path", request.path}, {"error", e.what()}});
        response = Response::error(e.disk_full() ? 507 : 500, e.disk_full() ? "storage_full" : "internal_error");
    } catch (const std::exception& e) {
        // The client learns nothing internal; the log keeps the detail.
        log_error("handler_exception", {{"path", request.path}, {"error", e.what()}});
        response = Response::error(500, "internal_error");
    } catch (...) {
        log_error("handler_exception", {{"path", request.path}, {"error", "unknown"}});
        response = Response::error(500, "internal_error");
    }
    if (request.method != "GET" && request.method != "HEAD" && response.status < 400) site.mutations.fetch_add(1);
    add_security_headers(response, request.tls);
    return response;
}

}  // namespace pakn::server::http

// The public portal: statistics, the map, announcements. Cacheable by any
// browser or proxy for a minute; an ETag (hash of the body) lets a client
// that already has the figures get 304 instead of the body again.
#include <chrono>
#include <cstdio>
#include <ctime>

#include "http/handler_util.h"
#include "http/handlers.h"
#include "http/static_files.h"
#include "pakn/dto_map.h"
#include "services/admin.h"
#include "services/stats.h"

namespace pakn::server::http {
namespace {

using SteadyTime = std::chrono::steady_clock::time_point;

// CPU time of this thread, ms: what a request cost, whatever else the
// machine was doing meanwhile.
double thread_cpu_ms() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

struct Started {
    SteadyTime wall = std::chrono::steady_clock::now();
    double cpu = thread_cpu_ms();
};

// 200 with the body, or 304. Server-Timing says what computing the figures
// took (wall and CPU time; a copy served by the public cache repeats it).
Response cacheable(const Request& req, std::string body, int max_age, const Started& started) {
    Response r;
    const double ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started.wall).count();
    char timing[64];
    std::snprintf(timing, sizeof timing, "app;dur=%.1f, cpu;dur=%.1f", ms, thread_cpu_ms() - started.cpu);
    r.set_header("Server-Timing", timing);
    const std::string etag = content_etag(body);
    r.set_header("ETag", etag);
    r.set_header("Cache-Control", "public, max-age=" + std::to_string(max_age));
    r.set_header("Content-Type", "application/json; charset=utf-8");
    if (req.if_none_match(etag)) {
        r.status = 304;
        return r;
    }
    // Compression is the public cache's (router.cpp): it keeps one gzip copy
    // per answer instead of compressing for every visitor.
    r.body = std::move(body);
    return r;
}

// ?from=&to=&category= (the shared list-query rules: dates YYYY-MM-DD, to
// not before from, category code); a 422 Response when malformed.
std::optional<Response> stats_filter(const Request& req, services::StatsFilter& out) {
    ListQuery q;
    if (auto bad = list_query(req, q)) return bad;
    out.from = q.from;
    out.to = q.to;
    out.category = q.category;
    return std::nullopt;
}

std::optional<Response> announcement_query(const Request& req, ListQuery& q, std::string& kind) {
    if (auto bad = list_query(req, q)) return bad;
    kind = std::string(req.query_value("kind").value_or(""));
    if (!kind.empty() && !is_choice(announcement_kinds(), kind))
        return Response::error(validation_failed({field_error("kind", "invalid_announcement_kind")}));
    return std::nullopt;
}

}  // namespace

Response handle_public_stats(Context& ctx) {
    const Started started;
    services::StatsFilter f;
    if (auto bad = stats_filter(ctx.request, f)) return *bad;
    return cacheable(ctx.request, encode(ctx.services.stats.stats(f)), 60, started);
}

Response handle_public_map(Context& ctx) {
    const Started started;
    services::StatsFilter f;
    if (auto bad = stats_filter(ctx.request, f)) return *bad;
    // ?shapes=0: a client that already holds the boundaries asks for counts
    // and points only when it changes the filter.
    const auto shapes = ctx.request.query_value("shapes").value_or("1");
    const bool with_shapes = !(shapes == "0" || shapes == "false");
    MapData data = ctx.services.stats.map(f, with_shapes);
    data.tiles = ctx.services.tiles.source();
    return cacheable(ctx.request, encode(data), 60, started);
}

Response handle_public_announcements(Context& ctx) {
    ListQuery q;
    std::string kind;
    if (auto bad = announcement_query(ctx.request, q, kind)) return *bad;
    auto res = dto(200, ctx.services.announcements.published(q.page, q.page_size, kind));
    res.set_header("Cache-Control", "public, max-age=60");
    return res;
}

Response handle_public_announcement(Context& ctx) {
    auto id = id_param(ctx.request);
    if (!id) return Response::error(404, "not_found");
    auto a = ctx.services.announcements.published_one(*id);
    if (!a) return Response::error(404, "not_found");
    auto res = dto(200, *a);
    res.set_header("Cache-Control", "public, max-age=60");
    return res;
}

}  // namespace pakn::server::http

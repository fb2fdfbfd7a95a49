// Public pages as documents (pages.h): each fetches its DTOs through the very
// service call its JSON twin under /api/v1/public uses, so the masking of
// personal data is the API's, and renders them into the app shell. The
// route table marks them public-cache: built once per data change.
#include "http/handler_util.h"
#include "http/handlers.h"
#include "http/pages.h"
#include "services/admin.h"
#include "services/reference.h"
#include "services/stats.h"

namespace pakn::server::http {
namespace {

// How many entries the list pages show; the app pages through the rest.
constexpr int kListItems = 50;
// sitemaps.org allows 50,000 URLs per file.
constexpr int kSitemapPages = 50'000 / kMaxPageSize;

// A text answer revalidated on every visit (the shell's policy: a new
// deployment or an edit shows at once), with an ETag for cheap 304s.
Response document(const Request& req, int status, std::string body, std::string content_type) {
    Response r;
    r.status = status;
    const std::string etag = content_etag(body);
    r.set_header("Content-Type", std::move(content_type));
    r.set_header("Cache-Control", "no-cache");
    r.set_header("ETag", etag);
    if (status == 200 && req.if_none_match(etag)) {
        r.status = 304;
        return r;
    }
    r.body = std::move(body);
    return r;
}

Response page(Context& ctx, const PageDoc& doc) {
    return document(ctx.request, doc.status, render_page(ctx.site.web.shell(), doc, ctx.site.public_url),
                    "text/html; charset=utf-8");
}

}  // namespace

Response handle_page_published_report(Context& ctx) {
    const auto id = id_param(ctx.request);
    const auto r = id ? ctx.services.reports.public_view(*id) : Result<PublicReport>::failure(ApiError{});
    return page(ctx, r ? report_page(r.value) : not_found_page(ctx.request.path));
}

Response handle_page_published_list(Context& ctx) {
    ListQuery q;
    q.page_size = kListItems;
    return page(ctx, published_list_page(ctx.services.reports.published(q).items));
}

Response handle_page_announcement(Context& ctx) {
    const auto id = id_param(ctx.request);
    const auto a = id ? ctx.services.announcements.published_one(*id) : std::nullopt;
    return page(ctx, a ? announcement_page(*a) : not_found_page(ctx.request.path));
}

Response handle_page_announcements(Context& ctx) {
    return page(ctx, announcements_page(ctx.services.announcements.published(1, kListItems, "").items));
}

Response handle_page_stats(Context& ctx) {
    return page(ctx, stats_page(ctx.services.stats.stats({})));
}

Response handle_page_directory(Context& ctx) {
    return page(ctx, directory_page(ctx.services.reference.units("")));
}

Response handle_page_guide(Context& ctx) {
    return page(ctx, guide_page());
}

Response handle_sitemap(Context& ctx) {
    std::vector<SitemapEntry> entries;
    for (const auto& p : static_public_paths())
        entries.push_back({p, 0});
    // A page of announcements or reports is one query (no per-item reads).
    for (int n = 1; n <= kSitemapPages; ++n) {
        const auto got = ctx.services.announcements.published(n, kMaxPageSize, "");
        for (const auto& a : got.items)
            entries.push_back({"/tin-tuc/" + std::to_string(a.id), a.published_at.value_or(0)});
        if (static_cast<std::int64_t>(n) * kMaxPageSize >= got.total || got.items.empty()) break;
    }
    ListQuery q;
    q.page_size = kMaxPageSize;
    for (q.page = 1; q.page <= kSitemapPages; ++q.page) {
        const auto got = ctx.services.reports.published(q);
        for (const auto& r : got.items) {
            const UnixSeconds changed =
                r.result && r.result->approved_at ? *r.result->approved_at : r.submitted_at.value_or(0);
            entries.push_back({"/cong-khai/" + std::to_string(r.id), changed});
        }
        if (static_cast<std::int64_t>(q.page) * kMaxPageSize >= got.total || got.items.empty()) break;
    }
    return document(ctx.request, 200, sitemap_xml(ctx.site.public_url, entries), "application/xml; charset=utf-8");
}

Response handle_robots(Context& ctx) {
    return document(ctx.request, 200, robots_txt(ctx.site.public_url), "text/plain; charset=utf-8");
}

}  // namespace pakn::server::http

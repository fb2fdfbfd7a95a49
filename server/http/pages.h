// Public pages as documents: the app shell (web/index.html) with the page's
// content rendered as semantic HTML inside it, and its title, description,
// canonical link and Open Graph / Twitter tags, so a deep link shared on
// Zalo or Facebook, a search engine, or a browser without WebGL sees the
// published report itself, not an empty canvas. The canvas app still loads
// from the same shell and removes the rendered copy when it starts
// (web/boot.js). Also the sitemap and robots.txt that lead crawlers there.
//
// Pure: DTOs in, text out. The handlers (handlers_pages.cpp) fetch the DTOs
// through the same service calls as the public JSON API, so what a page
// shows is exactly what the API shows (the same masking, no second one).
//
// [SECTION] index: escaping, documents, the pages, sitemap and robots.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "pakn/dto.h"

namespace pakn::server::http {

// [SECTION] escaping

// Text for HTML content and double-quoted attribute values: & < > " ' escaped.
std::string html_escape(std::string_view text);

// [SECTION] documents

// One page: what goes into the shell's head, and the HTML of its content.
struct PageDoc {
    int status = 200;
    std::string title;        // plain text; "… – <system name>" is added
    std::string description;  // plain text, cut to about 160 characters
    std::string path;         // "/cong-khai/2001": canonical and og:url
    std::string og_type = "website";
    std::string main_html;  // the content, already escaped HTML
};

// The shell with `doc` injected: its <title>, description, canonical, og:*
// and twitter:* in the head, and `<main id="ssr">` first in the body.
// `public_url` ("https://pakn.khanhhoa.gov.vn", no trailing slash) makes the
// links absolute; when empty they are left out (a crawler must not learn a
// host from a request's Host header). An empty shell (app not built) gets a
// minimal one, so the page still reads.
std::string render_page(std::string_view shell, const PageDoc& doc, std::string_view public_url);

// [SECTION] the pages

PageDoc report_page(const PublicReport& r);
PageDoc announcement_page(const Announcement& a);
PageDoc announcements_page(const std::vector<Announcement>& items);
PageDoc published_list_page(const std::vector<PublicReport>& items);
PageDoc stats_page(const Stats& s);
PageDoc directory_page(const std::vector<Unit>& units);
PageDoc guide_page();
// 404: "Không tìm thấy" and nothing of what was asked for.
PageDoc not_found_page(std::string path);

// [SECTION] sitemap and robots

struct SitemapEntry {
    std::string path;         // "/cong-khai/2001"
    UnixSeconds lastmod = 0;  // 0: no <lastmod>
};

// The public pages without an id, in the order the sitemap lists them.
std::vector<std::string> static_public_paths();
// sitemaps.org 0.9 XML with absolute URLs.
std::string sitemap_xml(std::string_view public_url, const std::vector<SitemapEntry>& entries);
// Allows the public pages; keeps crawlers out of the API, the officers' and
// admin's screens and the account pages; names the sitemap.
std::string robots_txt(std::string_view public_url);

}  // namespace pakn::server::http

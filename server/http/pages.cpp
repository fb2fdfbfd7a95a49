#include "http/pages.h"

#include <cstdio>

#include "pakn/calendar.h"
#include "pakn/forms.h"
#include "pakn/guide.h"
#include "pakn/workflow.h"

namespace pakn::server::http {
namespace {

constexpr std::string_view kSystemName = "Hệ thống phản ánh, kiến nghị tỉnh Khánh Hòa";
// The province's emblem-coloured app icon (web/icons): the picture a shared
// link shows. Reports' own photos stay out of previews: a photo can show a
// face or a number plate that the text's masking does not reach.
constexpr std::string_view kShareImage = "/icons/icon-512.png";
constexpr std::size_t kDescriptionBytes = 160;

// Used when the web app is not built (tests, a bare API server): the page
// still carries its head and content.
constexpr std::string_view kMinimalShell =
    "<!doctype html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n<title></title>\n</head>\n<body>\n"
    "</body>\n</html>\n";

std::string one_line(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool space = false;
    for (char c : text) {
        const bool ws = c == '\n' || c == '\r' || c == '\t' || c == ' ';
        if (ws) {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

// At most kDescriptionBytes, cut between UTF-8 characters and words.
std::string description_of(std::string_view text) {
    std::string s = one_line(text);
    if (s.size() <= kDescriptionBytes) return s;
    std::size_t cut = kDescriptionBytes;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80)
        --cut;
    if (auto sp = s.rfind(' ', cut); sp != std::string::npos && sp > kDescriptionBytes / 2) cut = sp;
    s.resize(cut);
    return s + "…";
}

// "28/11/2026" (Vietnam time), what the app shows.
std::string display_date(UnixSeconds t) {
    const Date d = local_date(t);
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02d/%02d/%04d", d.day, d.month, d.year);
    return buf;
}

std::string time_element(UnixSeconds t) {
    return "<time datetime=\"" + format_iso8601(t) + "\">" + display_date(t) + "</time>";
}

// Multi-line text as paragraphs (a blank line or a newline starts one).
std::string paragraphs(std::string_view text) {
    std::string out;
    std::size_t start = 0;
    while (start <= text.size()) {
        auto end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        auto line = text.substr(start, end - start);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (!one_line(line).empty()) out += "<p>" + html_escape(line) + "</p>\n";
        start = end + 1;
    }
    return out;
}

std::string id_path(std::string_view base, std::int64_t id) {
    return std::string(base) + std::to_string(id);
}

std::string link(std::string_view href, std::string_view text) {
    return "<a href=\"" + html_escape(href) + "\">" + html_escape(text) + "</a>";
}

// Head lines are indented like the shell's own.
std::string meta_property(std::string_view property, std::string_view content) {
    return "  <meta property=\"" + std::string(property) + "\" content=\"" + html_escape(content) + "\">\n";
}

std::string meta_name(std::string_view name, std::string_view content) {
    return "  <meta name=\"" + std::string(name) + "\" content=\"" + html_escape(content) + "\">\n";
}

std::string percent(double fraction) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.1f%%", fraction * 100.0);
    std::string out = buf;
    for (char& ch : out)
        if (ch == '.') ch = ',';  // Vietnamese decimal comma: 71,4%
    return out;
}

// A head line without its indent and newline, to stand in for a tag in place.
std::string trim_line(const std::string& line) {
    return line.substr(2, line.size() - 3);
}

// Replaces [from, to) of `s`; false when a marker was missing.
bool replace_between(std::string& s, std::string_view open, std::string_view close, std::string_view with) {
    const auto a = s.find(open);
    if (a == std::string::npos) return false;
    const auto b = s.find(close, a);
    if (b == std::string::npos) return false;
    s.replace(a, b + close.size() - a, with);
    return true;
}

}  // namespace

// [SECTION] escaping

std::string html_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (char c : text) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&#39;";
                break;
            default:
                out += c;
        }
    }
    return out;
}

// [SECTION] documents

std::string render_page(std::string_view shell_in, const PageDoc& doc, std::string_view public_url) {
    std::string page(shell_in.empty() ? kMinimalShell : shell_in);
    const std::string title =
        doc.title.empty() ? std::string(kSystemName) : doc.title + " – " + std::string(kSystemName);
    const std::string description = description_of(doc.description);
    const std::string url = public_url.empty() ? std::string() : std::string(public_url) + doc.path;

    std::string head;
    if (!url.empty()) head += "  <link rel=\"canonical\" href=\"" + html_escape(url) + "\">\n";
    head += meta_property("og:title", doc.title.empty() ? kSystemName : doc.title);
    head += meta_property("og:description", description);
    head += meta_property("og:type", doc.og_type);
    head += meta_property("og:site_name", kSystemName);
    head += meta_property("og:locale", "vi_VN");
    if (!url.empty()) {
        head += meta_property("og:url", url);
        head += meta_property("og:image", std::string(public_url) + std::string(kShareImage));
    }
    head += meta_name("twitter:card", "summary");
    head += meta_name("twitter:title", doc.title.empty() ? kSystemName : doc.title);
    head += meta_name("twitter:description", description);
    if (doc.status == 404) head += meta_name("robots", "noindex");

    const std::string title_tag = "<title>" + html_escape(title) + "</title>";
    bool ok = replace_between(page, "<title>", "</title>", title_tag);
    // The page's description takes the place of the shell's own.
    std::string description_tag = meta_name("description", description);
    if (!ok || page.find("<meta name=\"description\"") == std::string::npos)
        head.insert(0, description_tag);
    else
        ok = replace_between(page, "<meta name=\"description\"", ">", trim_line(description_tag));
    const auto head_end = page.find("</head>");
    const auto body = page.find("<body");
    const auto body_end = body == std::string::npos ? body : page.find('>', body);
    if (!ok || head_end == std::string::npos || body_end == std::string::npos || body_end < head_end)
        return render_page(kMinimalShell, doc, public_url);
    // Body first (it lies after the head, so the head's offset stays valid).
    page.insert(body_end + 1, "\n  <main id=\"ssr\">\n" + doc.main_html + "  </main>");
    page.insert(head_end, head);
    return page;
}

// [SECTION] the pages

PageDoc report_page(const PublicReport& r) {
    PageDoc d;
    d.title = r.title;
    d.description = r.content;
    d.path = id_path("/cong-khai/", r.id);
    d.og_type = "article";
    std::string& m = d.main_html;
    m += "<article>\n<h1>" + html_escape(r.title) + "</h1>\n<dl>\n";
    auto row = [&](std::string_view key, const std::string& value_html) {
        if (!value_html.empty()) m += "<dt>" + std::string(key) + "</dt><dd>" + value_html + "</dd>\n";
    };
    row("Mã tra cứu", html_escape(r.code));
    row("Trạng thái", html_escape(label(r.status)));
    row("Lĩnh vực", html_escape(r.category_name));
    // The address usually ends with its commune already.
    const bool commune_in_address = !r.commune_name.empty() && r.address.find(r.commune_name) != std::string::npos;
    row("Địa điểm", html_escape(r.address.empty()                              ? r.commune_name
                                : commune_in_address || r.commune_name.empty() ? r.address
                                                                               : r.address + ", " + r.commune_name));
    row("Người gửi", html_escape(r.reporter_name));
    if (r.submitted_at) row("Ngày gửi", time_element(*r.submitted_at));
    row("Đơn vị xử lý", html_escape(r.unit_name));
    m += "</dl>\n<section>\n<h2>Nội dung</h2>\n" + paragraphs(r.content) + "</section>\n";
    if (r.result) {
        m += "<section>\n<h2>Kết quả xử lý</h2>\n";
        if (r.result->approved_at) m += "<p>Ngày trả lời: " + time_element(*r.result->approved_at) + "</p>\n";
        m += paragraphs(r.result->text) + "</section>\n";
    }
    if (r.rating) m += "<p>Mức độ hài lòng: " + html_escape(label(*r.rating)) + "</p>\n";
    m += "<p>" + link("/cong-khai", "Phản ánh đã công khai") + "</p>\n</article>\n";
    return d;
}

PageDoc announcement_page(const Announcement& a) {
    PageDoc d;
    d.title = a.title;
    d.description = a.summary.empty() ? a.body : a.summary;
    d.path = id_path("/tin-tuc/", a.id);
    d.og_type = "article";
    std::string& m = d.main_html;
    m += "<article>\n<h1>" + html_escape(a.title) + "</h1>\n";
    if (a.published_at) m += "<p>Ngày đăng: " + time_element(*a.published_at) + "</p>\n";
    if (!a.summary.empty()) m += "<p><strong>" + html_escape(a.summary) + "</strong></p>\n";
    m += paragraphs(a.body);
    m += "<p>" + link("/tin-tuc", "Danh sách thông báo, tin tức") + "</p>\n</article>\n";
    return d;
}

PageDoc announcements_page(const std::vector<Announcement>& items) {
    PageDoc d;
    d.title = "Thông báo, tin tức";
    d.description =
        "Chủ trương, chính sách của tỉnh, thông tin du lịch, các sự kiện và thông báo đến người dân, "
        "doanh nghiệp.";
    d.path = "/tin-tuc";
    std::string& m = d.main_html;
    m += "<h1>" + html_escape(d.title) + "</h1>\n<ul>\n";
    for (const auto& a : items) {
        m += "<li>" + link(id_path("/tin-tuc/", a.id), a.title);
        if (a.published_at) m += " " + time_element(*a.published_at);
        if (!a.summary.empty()) m += "<p>" + html_escape(a.summary) + "</p>";
        m += "</li>\n";
    }
    m += "</ul>\n";
    if (items.empty()) m += "<p>Chưa có thông báo, tin tức.</p>\n";
    return d;
}

PageDoc published_list_page(const std::vector<PublicReport>& items) {
    PageDoc d;
    d.title = "Phản ánh đã công khai";
    d.description = "Phản ánh, kiến nghị của người dân, doanh nghiệp đã được xử lý và công khai kết quả.";
    d.path = "/cong-khai";
    std::string& m = d.main_html;
    m += "<h1>" + html_escape(d.title) + "</h1>\n<ul>\n";
    for (const auto& r : items) {
        m += "<li>" + link(id_path("/cong-khai/", r.id), r.title);
        if (r.submitted_at) m += " " + time_element(*r.submitted_at);
        m += "</li>\n";
    }
    m += "</ul>\n";
    if (items.empty()) m += "<p>Chưa có phản ánh nào được công khai.</p>\n";
    return d;
}

PageDoc stats_page(const Stats& s) {
    PageDoc d;
    d.title = "Thống kê";
    const auto& t = s.totals;
    d.description = "Đã tiếp nhận " + std::to_string(t.received) + " phản ánh, kiến nghị; đã giải quyết " +
                    std::to_string(t.resolved) + "; đúng hạn " + percent(t.on_time_rate) + "; hài lòng " +
                    percent(t.satisfaction_rate) + ".";
    d.path = "/thong-ke";
    std::string& m = d.main_html;
    m += "<h1>Thống kê</h1>\n<dl>\n";
    m += "<dt>Đã tiếp nhận</dt><dd>" + std::to_string(t.received) + "</dd>\n";
    m += "<dt>Đã giải quyết</dt><dd>" + std::to_string(t.resolved) + "</dd>\n";
    m += "<dt>Tỷ lệ đúng hạn</dt><dd>" + percent(t.on_time_rate) + "</dd>\n";
    m += "<dt>Tỷ lệ hài lòng</dt><dd>" + percent(t.satisfaction_rate) + "</dd>\n</dl>\n";
    auto table = [&](std::string_view caption, const std::vector<StatRow>& rows) {
        if (rows.empty()) return;
        m += "<table>\n<caption>" + std::string(caption) + "</caption>\n";
        for (const auto& row : rows)
            m += "<tr><th scope=\"row\">" + html_escape(row.label) + "</th><td>" + std::to_string(row.count) +
                 "</td></tr>\n";
        m += "</table>\n";
    };
    table("Theo trạng thái", s.by_status);
    table("Theo lĩnh vực", s.by_category);
    return d;
}

PageDoc directory_page(const std::vector<Unit>& units) {
    PageDoc d;
    d.title = "Địa chỉ cần biết";
    d.description =
        "Địa chỉ, số điện thoại, thư điện tử của Trung tâm điều phối, các sở, ban, ngành, UBND xã, "
        "phường, đặc khu và doanh nghiệp hạ tầng đô thị tham gia tiếp nhận, xử lý phản ánh, kiến nghị.";
    d.path = "/dia-chi-can-biet";
    std::string& m = d.main_html;
    m += "<h1>" + html_escape(d.title) + "</h1>\n";
    for (const auto& kind : unit_kinds()) {
        std::string group;
        for (const auto& u : units) {
            if (u.kind != kind.value) continue;
            group += "<li><h3>" + html_escape(u.name) + "</h3>";
            if (!u.address.empty()) group += "<p>Địa chỉ: " + html_escape(u.address) + "</p>";
            if (!u.phone.empty()) group += "<p>Điện thoại: " + html_escape(u.phone) + "</p>";
            if (!u.email.empty()) group += "<p>Thư điện tử: " + html_escape(u.email) + "</p>";
            group += "</li>\n";
        }
        if (!group.empty())
            m += "<section>\n<h2>" + html_escape(kind.label) + "</h2>\n<ul>\n" + group + "</ul>\n</section>\n";
    }
    return d;
}

PageDoc guide_page() {
    PageDoc d;
    d.title = std::string(kGuideTitle);
    d.description = std::string(kGuideSummary);
    d.path = "/huong-dan";
    // The app's guide screen draws the same text (pakn/guide.h).
    std::string& m = d.main_html;
    m += "<h1>" + html_escape(kGuideTitle) + "</h1>\n";
    for (const GuideSection& section : guide_sections()) {
        m += "<section>\n<h2>" + link(section.path, section.title) + "</h2>\n<ol>\n";
        for (std::string_view step : section.steps)
            m += "<li>" + html_escape(step) + "</li>\n";
        m += "</ol>\n</section>\n";
    }
    m += "<p>" + html_escape(kGuideHelp) + "</p>\n";
    return d;
}

PageDoc not_found_page(std::string path) {
    PageDoc d;
    d.status = 404;
    d.title = "Không tìm thấy trang";
    d.description = "Không tìm thấy nội dung yêu cầu: nội dung không tồn tại hoặc chưa được công khai.";
    d.path = std::move(path);
    d.main_html = "<h1>Không tìm thấy trang</h1>\n<p>" + html_escape(d.description) + "</p>\n<p>" +
                  link("/", "Về trang chủ") + "</p>\n";
    return d;
}

// [SECTION] sitemap and robots

std::vector<std::string> static_public_paths() {
    return {"/",          "/gioi-thieu", "/thong-ke",         "/huong-dan", "/ban-do",
            "/cong-khai", "/tin-tuc",    "/dia-chi-can-biet", "/tra-cuu",   "/gui-phan-anh"};
}

std::string sitemap_xml(std::string_view public_url, const std::vector<SitemapEntry>& entries) {
    std::string x =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
    for (const auto& e : entries) {
        x += "<url><loc>" + html_escape(std::string(public_url) + e.path) + "</loc>";
        if (e.lastmod > 0) x += "<lastmod>" + format_iso8601(e.lastmod) + "</lastmod>";
        x += "</url>\n";
    }
    x += "</urlset>\n";
    return x;
}

std::string robots_txt(std::string_view public_url) {
    std::string t = "User-agent: *\nAllow: /\n";
    // The API, the officers' and admin's screens, and everything personal.
    for (const char* p :
         {"/api/", "/can-bo", "/quan-tri", "/tai-khoan", "/phan-anh-cua-toi", "/phan-anh/", "/thong-bao", "/dang-nhap",
          "/dang-ky", "/xac-thuc-otp", "/quen-mat-khau", "/dat-lai-mat-khau", "/doi-mat-khau"})
        t += "Disallow: " + std::string(p) + "\n";
    if (!public_url.empty()) t += "\nSitemap: " + std::string(public_url) + "/sitemap.xml\n";
    return t;
}

}  // namespace pakn::server::http

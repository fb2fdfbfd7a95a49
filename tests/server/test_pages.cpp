// Public pages as documents: a deep link to public content (/cong-khai/{id},
// /tin-tuc/{id}, the lists, statistics, directory, guide) answers the app
// shell with the content rendered in it and its title, description,
// canonical and Open Graph tags, read here without JavaScript, as a crawler
// or a link preview does. What a page shows of a report is what the public
// JSON API shows (the same masking); text cannot inject markup; what is not
// published is a 404 that says nothing of it; the sitemap and robots.txt
// lead crawlers to the public pages only.
//
// [SECTION] index: the cast, pure rendering, the report page, masking,
// escaping, 404, other pages, sitemap and robots, caching.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "http/pages.h"
#include "http/router.h"
#include "pakn/dto.h"
#include "pakn/guide.h"
#include "pakn/workflow.h"
#include "support/report_cast.h"
#include "support/test_app.h"

using pakn::test::Browser;
using pakn::test::json;
using pakn::test::TestApp;
using Response = pakn::server::http::Response;

namespace {

using namespace pakn;

// [SECTION] the cast -------------------------------------------------------------

constexpr const char* kPublicUrl = "https://pakn.khanhhoa.gov.vn";

// A neighbour's phone and ID number the reporter wrote into the report: the
// public API masks them, so the page must too.
const std::vector<std::string> kThirdParty = {"0935 246 813", "079186001234"};
const std::string kTitle = "Xe đậu chắn lối vào hẻm 21 Lê Thánh Tôn";
const std::string kContent =
    "Chủ xe là ông Tư (SĐT 0935 246 813, CCCD 079186001234) đậu xe chắn lối đi suốt đêm, xe cứu thương "
    "không vào được.";

bool has(std::string_view haystack, std::string_view needle) {
    return haystack.find(needle) != std::string_view::npos;
}

std::size_t occurrences(std::string_view haystack, std::string_view needle) {
    std::size_t n = 0;
    for (auto at = haystack.find(needle); at != std::string_view::npos; at = haystack.find(needle, at + 1))
        ++n;
    return n;
}

// The common cast with the real app shell (web/index.html) and a configured
// public address, and a visitor without a session.
struct Cast : pakn::test::ReportCast {
    Browser anon;
    Browser admin;

    Cast() {
        anon.ip = "198.51.100.41";
        t.app->site->web.load(std::string(PAKN_SOURCE_DIR) + "/web");
        t.app->site->public_url = kPublicUrl;
        admin = t.officer("quantri", "TTDH", "admin");
    }

    // A report by the owner with `title` and `content`, answered, approved.
    std::int64_t answered(const std::string& title, const std::string& content) {
        return answered_report({{"title", title}, {"content", content}, {"address", "Hẻm 21 Lê Thánh Tôn"}},
                               "Đã mời chủ xe lên làm việc và lập biên bản.");
    }

    // Answered and published with the default (masked) public version.
    std::int64_t published(const std::string& title = kTitle, const std::string& content = kContent) {
        const auto id = answered(title, content);
        step(desk, id, Action::publish);
        return id;
    }

    // An announcement by the admin, published or left a draft.
    std::int64_t announcement(const std::string& title, bool publish) {
        json form = {{"title", title},
                     {"summary", "Chuỗi hoạt động văn hóa, thể thao biển."},
                     {"body", "Trong thời gian lễ hội, một số tuyến đường trung tâm được phân luồng."},
                     {"kind", "tourism"}};
        auto created = t.send("POST", "/api/v1/admin/announcements", form, &admin);
        REQUIRE(created.status == 201);
        const auto id = TestApp::body_of(created)["id"].get<std::int64_t>();
        if (publish)
            REQUIRE(
                t.send("POST", "/api/v1/admin/announcements/" + std::to_string(id) + "/publish", json::object(), &admin)
                    .status == 200);
        return id;
    }

    Response get(const std::string& path, server::http::Pairs headers = {}) {
        return t.call("GET", path, "", std::move(headers), &anon);
    }
};

std::string page_of(Cast& c, const std::string& path, int status = 200) {
    auto r = c.get(path);
    CAPTURE(path);
    CHECK(r.status == status);
    CHECK(std::string(r.header("Content-Type").value_or("")) == "text/html; charset=utf-8");
    return std::string(r.payload());
}

// The content of <meta property|name="key" content="...">, or "(none)".
std::string meta(const std::string& html, const std::string& attr, const std::string& key) {
    const std::string open = "<meta " + attr + "=\"" + key + "\" content=\"";
    const auto at = html.find(open);
    if (at == std::string::npos) return "(none)";
    const auto start = at + open.size();
    return html.substr(start, html.find('"', start) - start);
}

}  // namespace

// [SECTION] pure rendering -------------------------------------------------------

TEST_CASE("pages: html_escape escapes every character that can end text or an attribute") {
    // clang-format off
    // input, escaped
    const std::pair<std::string, std::string> rows[] = {
        {"Đèn hỏng", "Đèn hỏng"},
        {"<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"},
        {"\"><img src=x onerror=alert(1)>", "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"},
        {"O'Neil & con", "O&#39;Neil &amp; con"},
        {"&amp;", "&amp;amp;"},
    };
    // clang-format on
    for (const auto& [in, out] : rows) {
        CAPTURE(in);
        CHECK(pakn::server::http::html_escape(in) == out);
    }
}

TEST_CASE("pages: a shell without the expected markers gets a minimal one, the content intact") {
    pakn::server::http::PageDoc doc;
    doc.title = "Tiêu đề";
    doc.description = "Mô tả";
    doc.path = "/tin-tuc/7";
    doc.main_html = "<h1>Tiêu đề</h1>\n";
    for (const std::string shell : {"", "<!doctype html>", "<html><body>no head</body></html>"}) {
        CAPTURE(shell);
        const auto html = pakn::server::http::render_page(shell, doc, kPublicUrl);
        CHECK(has(html, "<title>Tiêu đề – Hệ thống phản ánh, kiến nghị tỉnh Khánh Hòa</title>"));
        CHECK(has(html, "<link rel=\"canonical\" href=\"https://pakn.khanhhoa.gov.vn/tin-tuc/7\">"));
        CHECK(has(html, "<main id=\"ssr\">\n<h1>Tiêu đề</h1>"));
        CHECK(html.find("</head>") < html.find("<main id=\"ssr\">"));
    }
    // Without a configured address no absolute link is made up.
    const auto relative = pakn::server::http::render_page("", doc, "");
    CHECK_FALSE(has(relative, "rel=\"canonical\""));
    CHECK_FALSE(has(relative, "og:url"));
}

TEST_CASE("pages: a long description is cut between characters, not inside one") {
    pakn::server::http::PageDoc doc;
    std::string text;
    for (int i = 0; i < 100; ++i)
        text += "Đường ";
    doc.description = text;
    const auto html = pakn::server::http::render_page("", doc, kPublicUrl);
    const auto d = meta(html, "name", "description");
    CHECK(d.size() <= 160 + std::string("…").size());
    CHECK(d.ends_with("Đường…"));
}

// [SECTION] the report page ------------------------------------------------------

TEST_CASE("pages: a published report's deep link, read without JavaScript, is the app shell with its content") {
    Cast c;
    const auto id = c.published();
    const std::string path = "/cong-khai/" + std::to_string(id);
    const std::string url = std::string(kPublicUrl) + path;
    const std::string html = page_of(c, path);
    const json api = TestApp::body_of(c.get("/api/v1/public/reports/" + std::to_string(id)));
    const std::string title = api["title"];
    REQUIRE_FALSE(title.empty());

    // The canvas app still boots from the same shell.
    CHECK(has(html, "<canvas id=\"canvas\""));
    const auto& web = c.t.app->site->web;
    CHECK(has(html, "<script src=\"" + web.versioned("/boot.js") + "\"></script>"));
    CHECK(has(html, "<link rel=\"stylesheet\" href=\"" + web.versioned("/app.css") + "\">"));
    CHECK(has(html, "<script id=\"pakn-assets\" type=\"application/json\">"));
    // The head is the report's: one title, one description.
    CHECK(occurrences(html, "<title>") == 1);
    CHECK(occurrences(html, "name=\"description\"") == 1);
    CHECK(has(html, "<title>" + title + " – Hệ thống phản ánh, kiến nghị tỉnh Khánh Hòa</title>"));
    CHECK(has(html, "<link rel=\"canonical\" href=\"" + url + "\">"));
    // clang-format off
    // meta, attribute, expected
    const std::vector<std::tuple<std::string, std::string, std::string>> tags = {
        {"property", "og:title", title},
        {"property", "og:url", url},
        {"property", "og:type", "article"},
        {"property", "og:image", std::string(kPublicUrl) + "/icons/icon-512.png"},
        {"name", "twitter:card", "summary"},
        {"name", "twitter:title", title},
    };
    // clang-format on
    for (const auto& [attr, key, value] : tags) {
        CAPTURE(key);
        CHECK(meta(html, attr, key) == value);
    }
    CHECK(meta(html, "property", "og:description").starts_with("Chủ xe là ông Tư"));
    CHECK(meta(html, "name", "description") == meta(html, "property", "og:description"));
    // The content: title, text, answer, as semantic HTML first in the body.
    CHECK(has(html, "<main id=\"ssr\">\n<article>\n<h1>" + title + "</h1>"));
    CHECK(html.find("<main id=\"ssr\">") < html.find("<canvas"));
    CHECK(has(html, "đậu xe chắn lối đi suốt đêm"));
    CHECK(has(html, "<h2>Kết quả xử lý</h2>"));
    CHECK(has(html, "Đã mời chủ xe lên làm việc và lập biên bản."));
    CHECK(has(html, std::string(api["code"])));
}

// [SECTION] masking --------------------------------------------------------------

TEST_CASE("pages: personal data in a report is masked in its page exactly as in the public API") {
    Cast c;
    const auto id = c.published();
    const std::string html = page_of(c, "/cong-khai/" + std::to_string(id));
    const json api = TestApp::body_of(c.get("/api/v1/public/reports/" + std::to_string(id)));
    const std::string content = api["content"];
    // The API's masked text is the page's, word for word.
    CHECK(has(html, "<p>" + server::http::html_escape(content) + "</p>"));
    for (const std::string& secret : kThirdParty) {
        CAPTURE(secret);
        CHECK_FALSE(has(content, secret));  // the API masks it...
        CHECK_FALSE(has(html, secret));     // ...and so does the page, body and meta alike
    }
    // The reporter is named as the API names them, never by full name.
    CHECK_FALSE(has(html, "Tôn Nữ Diễm Kiều"));
    CHECK(has(html, server::http::html_escape(std::string(api["reporter_name"]))));
}

// [SECTION] escaping -------------------------------------------------------------

TEST_CASE("pages: markup in a report's or an announcement's text is shown as text, never run") {
    Cast c;
    const std::string attack_title = "Đèn \"hỏng\" <script>alert('t')</script>";
    const std::string attack_content =
        "Nội dung <script>alert(document.cookie)</script> và \"><img src=x onerror=alert(1)> hết.";
    const auto id = c.published(attack_title, attack_content);
    const std::string html = page_of(c, "/cong-khai/" + std::to_string(id));
    CHECK_FALSE(has(html, "<script>alert"));
    CHECK_FALSE(has(html, "<img src=x"));
    CHECK_FALSE(has(html, "\"><img"));
    CHECK(has(html, "&lt;script&gt;alert(document.cookie)&lt;/script&gt;"));
    CHECK(has(html, "<title>Đèn &quot;hỏng&quot; &lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt; – "));
    CHECK(meta(html, "property", "og:title") == "Đèn &quot;hỏng&quot; &lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt;");
    // The shell's own scripts are the only ones: the loader, and the list of
    // the app's files (JSON, never run).
    auto only_the_shells_scripts = [](const std::string& page) {
        return occurrences(page, "<script") == 2 &&
               occurrences(page, "<script id=\"pakn-assets\" type=\"application/json\">") == 1;
    };
    CHECK(only_the_shells_scripts(html));

    const auto a = c.announcement("Lễ hội \"Biển\" <script>x()</script>", true);
    const std::string news = page_of(c, "/tin-tuc/" + std::to_string(a));
    CHECK(only_the_shells_scripts(news));
    CHECK(has(news, "<h1>Lễ hội &quot;Biển&quot; &lt;script&gt;x()&lt;/script&gt;</h1>"));
    CHECK(only_the_shells_scripts(page_of(c, "/tin-tuc")));
    CHECK(only_the_shells_scripts(page_of(c, "/cong-khai")));
}

// [SECTION] 404 ------------------------------------------------------------------

TEST_CASE("pages: what is not published is a 404 shell that tells nothing of it") {
    Cast c;
    const std::string secret_title = "Cán bộ phường nhận tiền ở hẻm 9 Yersin";
    const auto submitted = c.answered(secret_title, "Nội dung chưa công khai: mời xem ảnh đính kèm.");
    const auto draft_news = c.announcement("Thông báo nháp chưa đăng", false);
    // clang-format off
    // path, text that must not appear
    const std::pair<std::string, std::string> rows[] = {
        {"/cong-khai/" + std::to_string(submitted), secret_title},
        {"/cong-khai/" + std::to_string(submitted), "Nội dung chưa công khai"},
        {"/cong-khai/999999", ""},
        {"/cong-khai/abc", ""},
        {"/cong-khai/0", ""},
        {"/tin-tuc/" + std::to_string(draft_news), "Thông báo nháp chưa đăng"},
        {"/tin-tuc/424242", ""},
    };
    // clang-format on
    for (const auto& [path, hidden] : rows) {
        CAPTURE(path);
        const std::string html = page_of(c, path, 404);
        CHECK(has(html, "<title>Không tìm thấy trang – "));
        CHECK(has(html, "<canvas id=\"canvas\""));  // the app still starts and shows its own not-found
        CHECK(meta(html, "name", "robots") == "noindex");
        if (!hidden.empty()) CHECK_FALSE(has(html, hidden));
    }
    // A malformed escape is no page either (not the app shell's 200).
    CHECK(c.get("/cong-khai/%zz").status == 404);
    CHECK(c.get("/tin-tuc/%' OR '%'='").status == 404);
    // Signed in as its writer or an officer changes nothing: the page is the public's.
    auto as_owner = c.t.call("GET", "/cong-khai/" + std::to_string(submitted), "", {}, &c.owner);
    CHECK(as_owner.status == 404);
    CHECK_FALSE(has(as_owner.payload(), secret_title));
    // Once published, the same address is the page.
    c.step(c.desk, submitted, Action::publish);
    CHECK(page_of(c, "/cong-khai/" + std::to_string(submitted)).find("<h1>Cán bộ phường") != std::string::npos);
}

// [SECTION] other pages ----------------------------------------------------------

TEST_CASE("pages: announcements, the lists, statistics, directory and guide are documents too") {
    Cast c;
    const auto report = c.published();
    const auto news = c.announcement("Lễ hội Biển Nha Trang", true);
    const std::string news_path = "/tin-tuc/" + std::to_string(news);
    // clang-format off
    // path, title, what the content shows
    const std::vector<std::tuple<std::string, std::string, std::string>> rows = {
        {news_path, "Lễ hội Biển Nha Trang", "một số tuyến đường trung tâm được phân luồng"},
        {"/tin-tuc", "Thông báo, tin tức", "<a href=\"" + news_path + "\">Lễ hội Biển Nha Trang</a>"},
        {"/cong-khai", "Phản ánh đã công khai", "<a href=\"/cong-khai/" + std::to_string(report) + "\">"},
        {"/thong-ke", "Thống kê", "<dt>Đã tiếp nhận</dt><dd>1</dd>"},
        {"/dia-chi-can-biet", "Địa chỉ cần biết", "<h3>Sở Xây dựng</h3>"},
        {"/huong-dan", "Hướng dẫn sử dụng", "<a href=\"/gui-phan-anh\">"},
    };
    // clang-format on
    for (const auto& [path, title, shows] : rows) {
        CAPTURE(path);
        const std::string html = page_of(c, path);
        CHECK(has(html, "<title>" + title + " – "));
        CHECK(meta(html, "property", "og:url") == std::string(kPublicUrl) + path);
        CHECK(has(html, "<link rel=\"canonical\" href=\"" + std::string(kPublicUrl) + path + "\">"));
        CHECK(meta(html, "name", "description") != "(none)");
        CHECK(has(html, shows));
        CHECK(has(html, "<canvas id=\"canvas\""));
    }
    // Screens without public content keep the plain shell.
    const std::string submit = page_of(c, "/gui-phan-anh");
    CHECK_FALSE(has(submit, "id=\"ssr\""));
    CHECK(has(submit, "<title>Hệ thống phản ánh, kiến nghị tỉnh Khánh Hòa</title>"));
}

TEST_CASE("pages: the guide's page holds the whole guide the app shows, every part and every step") {
    Cast c;
    const std::string html = page_of(c, "/huong-dan");
    // The text comes from pakn/guide.h, which the app's guide screen draws too.
    REQUIRE(guide_sections().size() >= 4);
    std::size_t steps = 0;
    for (const GuideSection& section : guide_sections()) {
        CAPTURE(section.title);
        CHECK(has(html, "<h2><a href=\"" + std::string(section.path) + "\">" + std::string(section.title) + "</a></h2>"));
        for (std::string_view step : section.steps) {
            CHECK(has(html, "<li>" + server::http::html_escape(step) + "</li>"));
            ++steps;
        }
    }
    CHECK(steps >= 12);
    // Literal text, so a guide emptied by mistake on both sides still fails.
    CHECK(has(html, "Nhập mã xác thực gồm 6 chữ số được gửi qua tin nhắn SMS"));
    CHECK(has(html, "Không cần đăng nhập, bạn vẫn tra cứu được trạng thái bằng mã tra cứu."));
    CHECK(has(html, "<p>" + std::string(kGuideHelp) + "</p>"));
    CHECK(meta(html, "name", "description") == std::string(kGuideSummary));
}

// [SECTION] sitemap and robots ---------------------------------------------------

TEST_CASE("pages: the sitemap lists the public pages, published reports and announcements, nothing else") {
    Cast c;
    const auto published = c.published();
    const auto unpublished = c.answered("Chưa công khai", "Nội dung phản ánh chưa được công khai trên cổng.");
    const auto news = c.announcement("Lễ hội Biển Nha Trang", true);
    const auto draft = c.announcement("Bản nháp", false);
    auto r = c.get("/sitemap.xml");
    REQUIRE(r.status == 200);
    CHECK(std::string(r.header("Content-Type").value_or("")) == "application/xml; charset=utf-8");
    const std::string xml(r.payload());
    CHECK(xml.starts_with(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"));
    auto loc = [](const std::string& path) { return "<loc>" + std::string(kPublicUrl) + path + "</loc>"; };
    // clang-format off
    // path, listed
    const std::pair<std::string, bool> rows[] = {
        {"/", true},
        {"/thong-ke", true},
        {"/huong-dan", true},
        {"/dia-chi-can-biet", true},
        {"/cong-khai", true},
        {"/tin-tuc", true},
        {"/cong-khai/" + std::to_string(published), true},
        {"/tin-tuc/" + std::to_string(news), true},
        {"/cong-khai/" + std::to_string(unpublished), false},
        {"/tin-tuc/" + std::to_string(draft), false},
        {"/can-bo", false},
        {"/quan-tri", false},
    };
    // clang-format on
    for (const auto& [path, listed] : rows) {
        CAPTURE(path);
        CHECK(has(xml, loc(path)) == listed);
    }
    // A published report's entry says when it last changed.
    CHECK(has(xml, loc("/cong-khai/" + std::to_string(published)) + "<lastmod>2026-11-17T"));
    CHECK(occurrences(xml, "<url>") == occurrences(xml, "</url>"));
}

TEST_CASE("pages: robots.txt opens the public pages, closes the API, officers, admin and accounts, names the sitemap") {
    Cast c;
    auto r = c.get("/robots.txt");
    REQUIRE(r.status == 200);
    CHECK(std::string(r.header("Content-Type").value_or("")) == "text/plain; charset=utf-8");
    const std::string txt(r.payload());
    CHECK(txt.starts_with("User-agent: *\nAllow: /\n"));
    for (const std::string line : {"Disallow: /api/\n", "Disallow: /can-bo\n", "Disallow: /quan-tri\n",
                                   "Disallow: /tai-khoan\n", "Disallow: /phan-anh-cua-toi\n", "Disallow: /dang-nhap\n",
                                   "Disallow: /dang-ky\n", "Disallow: /dat-lai-mat-khau\n"}) {
        CAPTURE(line);
        CHECK(has(txt, line));
    }
    for (const std::string open : {"/cong-khai", "/tin-tuc", "/thong-ke", "/huong-dan", "/dia-chi-can-biet"}) {
        CAPTURE(open);
        CHECK_FALSE(has(txt, "Disallow: " + open));
    }
    CHECK(has(txt, "\nSitemap: https://pakn.khanhhoa.gov.vn/sitemap.xml\n"));
}

// [SECTION] caching --------------------------------------------------------------

TEST_CASE("pages: an ETag gives 304, a change gives a new page, static files are untouched") {
    Cast c;
    const auto id = c.published();
    const std::string path = "/cong-khai/" + std::to_string(id);
    auto first = c.get(path);
    REQUIRE(first.status == 200);
    CHECK(std::string(first.header("Cache-Control").value_or("")) == "no-cache");
    const std::string etag(first.header("ETag").value_or(""));
    REQUIRE(etag.size() > 2);
    auto again = c.get(path, {{"if-none-match", etag}});
    CHECK(again.status == 304);
    CHECK(again.payload().empty());
    // Gzip from the public cache, like the public API.
    auto gz = c.get(path, {{"accept-encoding", "gzip"}});
    CHECK(gz.header("Content-Encoding").value_or("") == "gzip");
    CHECK(gz.payload().size() < first.payload().size());
    // A new announcement changes the list's page.
    const std::string list_etag(c.get("/tin-tuc").header("ETag").value_or(""));
    c.announcement("Thông báo lịch cắt điện", true);
    auto list = c.get("/tin-tuc", {{"if-none-match", list_etag}});
    CHECK(list.status == 200);
    CHECK(has(list.payload(), "Thông báo lịch cắt điện"));
    // The app's own files are served as before.
    for (const std::string file : {"/index.html", "/boot.js", "/app.css"}) {
        CAPTURE(file);
        auto f = c.get(file);
        CHECK(f.status == 200);
        CHECK(std::string(f.header("Cache-Control").value_or("")) == "no-cache");
        CHECK_FALSE(has(f.payload(), "id=\"ssr\""));
    }
    CHECK(std::string(c.get("/icons/icon-512.png").header("Cache-Control").value_or("")) == "public, max-age=604800");
}

// The server's foundation in-process: routing, errors, static files,
// security headers, database setup, configuration.
#include <brotli/encode.h>
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "app/config.h"
#include "http/static_files.h"
#include "store/migrations.h"
#include "support/test_app.h"

using pakn::test::TestApp;
using pakn::test::write_file;
using nlohmann::json;

namespace {

// `data` brotli-compressed (as the build's `brotli -q 11` makes FILE.br).
std::string brotli(const std::string& data) {
    std::string out(BrotliEncoderMaxCompressedSize(data.size()), '\0');
    std::size_t size = out.size();
    REQUIRE(BrotliEncoderCompress(BROTLI_MAX_QUALITY, BROTLI_DEFAULT_WINDOW, BROTLI_MODE_GENERIC, data.size(),
                                  reinterpret_cast<const std::uint8_t*>(data.data()), &size,
                                  reinterpret_cast<std::uint8_t*>(out.data())) == BROTLI_TRUE);
    out.resize(size);
    return out;
}

std::string make_web_root(const pakn::test::TempDir& dir) {
    const std::string root = dir.file("web");
    write_file(root + "/index.html", "<!doctype html><title>PAKN</title>" + std::string(2000, ' '));
    write_file(root + "/pakn.wasm", std::string("\0asm\1\0\0\0", 8) + std::string(4000, 'x'));
    write_file(root + "/pakn.js", "console.log('pakn');" + std::string(3000, ';'));
    write_file(root + "/app.css", "body{}");
    write_file(root + "/icons/icon.svg", "<svg/>");
    return root;
}

}  // namespace

TEST_CASE("health answers ok with the version and schema") {
    TestApp t;
    auto r = t.call("GET", "/api/v1/health");
    CHECK(r.status == 200);
    CHECK(r.header("Content-Type").value_or("") == "application/json; charset=utf-8");
    auto body = json::parse(r.body);
    CHECK(body["status"] == "ok");
    CHECK(body["version"].is_string());
    CHECK(body["schema_version"].get<int>() == static_cast<int>(pakn::server::store::migrations().size()));
}

TEST_CASE("unknown API path is a JSON 404 with a Vietnamese message") {
    TestApp t;
    auto r = t.call("GET", "/api/v1/khong-co");
    CHECK(r.status == 404);
    auto body = json::parse(r.body);
    CHECK(body["error"]["code"] == "not_found");
    CHECK(body["error"]["message"] == "Không tìm thấy nội dung yêu cầu");
}

TEST_CASE("wrong method on a known path is 405 with Allow") {
    TestApp t;
    auto r = t.call("DELETE", "/api/v1/health");
    CHECK(r.status == 405);
    CHECK(r.header("Allow").value_or("") == "GET");
}

TEST_CASE("a body larger than the route allows is refused with 413") {
    TestApp t;
    auto r = t.call("GET", "/api/v1/health", std::string(10, 'x'));
    CHECK(r.status == 413);
    CHECK(json::parse(r.body)["error"]["code"] == "payload_too_large");
}

TEST_CASE("every response carries the security headers") {
    TestApp t;
    for (const char* path : {"/api/v1/health", "/api/v1/nothing", "/"}) {
        auto r = t.call("GET", path);
        CAPTURE(path);
        auto csp = r.header("Content-Security-Policy");
        REQUIRE(csp);
        CHECK(csp->find("'wasm-unsafe-eval'") != std::string_view::npos);
        CHECK(csp->find("frame-ancestors 'none'") != std::string_view::npos);
        CHECK(r.header("X-Content-Type-Options").value_or("") == "nosniff");
        CHECK(r.header("Referrer-Policy"));
        CHECK_FALSE(r.header("Strict-Transport-Security"));  // only under TLS
    }
}

TEST_CASE("API responses are not cached") {
    TestApp t;
    CHECK(t.call("GET", "/api/v1/health").header("Cache-Control").value_or("") == "no-store");
}

TEST_CASE("static files: MIME types, gzip, ETag, deep links, traversal") {
    pakn::test::TempDir web;
    TestApp t(make_web_root(web));
    // path, expected status, expected content type prefix
    struct Row {
        const char* path;
        int status;
        const char* type;
    };
    const Row rows[] = {
        {"/", 200, "text/html"},
        {"/index.html", 200, "text/html"},
        {"/pakn.wasm", 200, "application/wasm"},
        {"/pakn.js", 200, "application/javascript"},
        {"/app.css", 200, "text/css"},
        {"/icons/icon.svg", 200, "image/svg+xml"},
        {"/gui-phan-anh", 200, "text/html"},        // deep link -> the app
        {"/phan-anh/123/chi-tiet", 200, "text/html"},
        {"/missing.png", 404, "text/plain"},
        {"/../etc/passwd", 400, "application/json"},
        {"/%2e%2e/etc/passwd", 400, "application/json"},
        {"/icons/..%2fpakn.js", 400, "application/json"},
        {"//etc/passwd", 400, "application/json"},
    };
    for (const auto& row : rows) {
        CAPTURE(row.path);
        auto r = t.call("GET", row.path);
        CHECK(r.status == row.status);
        CHECK(std::string(r.header("Content-Type").value_or("")).starts_with(row.type));
    }
}

TEST_CASE("static files are sent gzip-compressed when the browser accepts it") {
    pakn::test::TempDir web;
    TestApp t(make_web_root(web));
    auto plain = t.call("GET", "/pakn.wasm");
    auto gz = t.call("GET", "/pakn.wasm", "", {{"accept-encoding", "gzip, deflate, br"}});
    CHECK(plain.payload().size() == 4008);
    CHECK_FALSE(plain.header("Content-Encoding"));
    CHECK(gz.header("Content-Encoding").value_or("") == "gzip");
    CHECK(gz.payload().size() < plain.payload().size());
    CHECK(gz.header("Vary").value_or("") == "Accept-Encoding");
}

TEST_CASE("Accept-Encoding: which codings a browser takes, table") {
    struct Row {
        const char* header;
        bool br, gzip;
    };
    const Row rows[] = {
        {"gzip, deflate, br", true, true},
        {"gzip, deflate, br, zstd", true, true},  // Chromium over HTTPS
        {"gzip, deflate", false, true},           // Chromium over plain HTTP
        {"BR;q=0.5, GZIP", true, true},
        {"br;q=0, gzip;q=1.0", false, true},
        {"br; q=0.000 , gzip", false, true},
        {"brotli, x-gzip", false, false},          // other codings' names
        {"identity", false, false},
        {"", false, false},
        {"*", false, false},  // we serve identity for "*": always acceptable
    };
    for (const auto& row : rows) {
        CAPTURE(row.header);
        CHECK(pakn::server::http::accepts_encoding(row.header, "br") == row.br);
        CHECK(pakn::server::http::accepts_encoding(row.header, "gzip") == row.gzip);
    }
}

TEST_CASE("static files: the build's brotli copy is sent to browsers that take br, a stale one never") {
    pakn::test::TempDir web;
    const std::string root = make_web_root(web);
    const std::string wasm = std::string("\0asm\1\0\0\0", 8) + std::string(4000, 'x');
    write_file(root + "/pakn.wasm.br", brotli(wasm));
    // A copy left by an older build: it decodes, but to other bytes.
    write_file(root + "/pakn.js.br", brotli("console.log('an older build');" + std::string(3000, ';')));
    TestApp t(root);
    const auto br = t.call("GET", "/pakn.wasm", "", {{"accept-encoding", "gzip, deflate, br"}});
    REQUIRE(br.status == 200);
    CHECK(br.header("Content-Encoding").value_or("") == "br");
    CHECK(br.header("Vary").value_or("") == "Accept-Encoding");
    CHECK(br.payload() == brotli(wasm));
    CHECK(br.payload().size() < 100);
    // A browser without br (plain HTTP) gets gzip; one refusing it, identity.
    CHECK(t.call("GET", "/pakn.wasm", "", {{"accept-encoding", "gzip, deflate"}}).header("Content-Encoding").value_or("") ==
          "gzip");
    const auto plain = t.call("GET", "/pakn.wasm", "", {{"accept-encoding", "br;q=0"}});
    CHECK_FALSE(plain.header("Content-Encoding"));
    CHECK(plain.payload() == wasm);
    // The stale copy is not served: gzip of the current file instead.
    const auto js = t.call("GET", "/pakn.js", "", {{"accept-encoding", "gzip, deflate, br"}});
    CHECK(js.header("Content-Encoding").value_or("") == "gzip");
    // The copies are not files of their own.
    CHECK(t.call("GET", "/pakn.wasm.br").status == 404);
}

// Issue 19 item 4: a warm start revalidates the shell only. The app's code
// and styles are named by their content and cached for a year; the shell
// points at those names (rewritten at load) and lists them for boot.js.
TEST_CASE("static files: code and styles under content names, immutable, the shell names them, nothing else resolves") {
    pakn::test::TempDir web;
    const std::string root = make_web_root(web);
    const std::string shell = "<!doctype html><html><head><link rel=\"stylesheet\" href=\"/app.css\"></head>"
                              "<body><script src=\"/boot.js\"></script></body></html>" + std::string(1000, ' ');
    write_file(root + "/index.html", shell);
    write_file(root + "/index.html.br", brotli(shell));  // the build's copy, of the shell before the rewrite
    write_file(root + "/boot.js", "window.Module={};");
    write_file(root + "/sw.js", "self.addEventListener('fetch',()=>{});");
    TestApp t(root);
    auto fingerprint = [&](const std::string& file) {
        const std::string etag(t.call("GET", file).header("ETag").value_or(""));
        REQUIRE(etag.size() == 18);
        return etag.substr(1, 16);
    };
    const auto page = t.call("GET", "/", "", {{"accept-encoding", "gzip, deflate, br"}});
    REQUIRE(page.status == 200);
    CHECK(page.header("Cache-Control").value_or("") == "no-cache");
    CHECK(page.header("Content-Encoding").value_or("") != "br");  // the stale copy is not sent
    const std::string html(t.call("GET", "/").payload());
    CHECK(html.find("<script src=\"/v/" + fingerprint("/boot.js") + "/boot.js\"></script>") != std::string::npos);
    CHECK(html.find("href=\"/v/" + fingerprint("/app.css") + "/app.css\"") != std::string::npos);
    CHECK(html.find("src=\"/boot.js\"") == std::string::npos);
    // The wasm is asked for from the head, as the fetch Emscripten makes for it.
    CHECK(html.find("<link rel=\"preload\" href=\"/v/" + fingerprint("/pakn.wasm") +
                    "/pakn.wasm\" as=\"fetch\" crossorigin>") < html.find("</head>"));
    // The map boot.js reads: every versioned file, and only those.
    const std::string open_tag = "<script id=\"pakn-assets\" type=\"application/json\">";
    const auto at = html.find(open_tag);
    REQUIRE(at != std::string::npos);
    CHECK(at < html.find("</head>"));
    const auto from = at + open_tag.size();
    const json assets = json::parse(html.substr(from, html.find("</script>", from) - from));
    CHECK(assets.size() == 4);
    for (const std::string file : {"/pakn.js", "/pakn.wasm", "/boot.js", "/app.css"}) {
        CAPTURE(file);
        const std::string versioned = assets.value(file, "");
        CHECK(versioned == "/v/" + fingerprint(file) + file);
        const auto r = t.call("GET", versioned, "", {{"accept-encoding", "gzip"}});
        CHECK(r.status == 200);
        CHECK(r.header("Cache-Control").value_or("") == "public, max-age=31536000, immutable");
        CHECK(r.header("Content-Type").value_or("") == pakn::server::http::content_type_for(file));
        CHECK(r.header("ETag").value_or("") == t.call("GET", file).header("ETag").value_or("x"));
        CHECK(t.call("GET", versioned).payload() == t.call("GET", file).payload());
        // The fixed name stays for pages loaded before a deployment, revalidated.
        CHECK(t.call("GET", file).header("Cache-Control").value_or("") == "no-cache");
    }
    CHECK(t.call("GET", assets["/pakn.wasm"].get<std::string>(), "", {{"accept-encoding", "gzip"}})
              .header("Content-Encoding")
              .value_or("") == "gzip");
    CHECK_FALSE(assets.contains("/sw.js"));  // the worker keeps its one URL (and its scope)
    CHECK_FALSE(assets.contains("/index.html"));

    // Paths that name no current file: another file's or an old fingerprint,
    // a short or empty one, a directory, an escape.
    const std::string js = fingerprint("/pakn.js");
    struct Row {
        std::string path;
        int status;
    };
    const Row rows[] = {
        {"/v/" + js + "/pakn.wasm", 404},
        {"/v/0000000000000000/pakn.js", 404},
        {"/v/" + js.substr(0, 15) + "/pakn.js", 404},
        {"/v/" + js, 404},
        {"/v/" + js + "/", 404},
        {"/v/", 404},
        {"/v/" + js + "/../pakn.js", 400},
        {"/v/" + js + "/%2e%2e/etc/passwd", 400},
        {"/v/" + js + "/sw.js", 404},
        {"/v/" + fingerprint("/index.html") + "/index.html", 404},
    };
    for (const auto& row : rows) {
        CAPTURE(row.path);
        CHECK(t.call("GET", row.path).status == row.status);
    }

    // A new build of boot.js: a new name in a new shell; the old name is gone.
    const std::string old_boot = assets["/boot.js"];
    write_file(root + "/boot.js", "window.Module={print:console.log};");
    TestApp next(root);
    const std::string next_html(next.call("GET", "/").payload());
    CHECK(next_html.find(old_boot) == std::string::npos);
    CHECK(next.call("GET", old_boot).status == 404);
    CHECK(next.call("GET", "/").header("ETag").value_or("") != t.call("GET", "/").header("ETag").value_or(""));
}

TEST_CASE("a matching If-None-Match gets 304 without a body") {
    pakn::test::TempDir web;
    TestApp t(make_web_root(web));
    auto first = t.call("GET", "/pakn.js");
    auto etag = std::string(first.header("ETag").value_or(""));
    REQUIRE_FALSE(etag.empty());
    auto second = t.call("GET", "/pakn.js", "", {{"if-none-match", etag}});
    CHECK(second.status == 304);
    CHECK(second.payload().empty());
    CHECK(first.header("Cache-Control").value_or("") == "no-cache");
    CHECK(t.call("GET", "/pakn.js", "", {{"if-none-match", "\"x\", W/" + etag}}).status == 304);
}

TEST_CASE("non-GET methods on the web app are refused") {
    pakn::test::TempDir web;
    TestApp t(make_web_root(web));
    CHECK(t.call("POST", "/index.html", "x").status == 405);
}

TEST_CASE("the database is created with WAL, foreign keys and every migration") {
    TestApp t;
    auto& db = *t.app->db;
    CHECK(db.schema_version() == static_cast<int>(pakn::server::store::migrations().size()));
    db.read([](pakn::server::store::Connection& c) {
        auto mode = c.prepare("PRAGMA journal_mode");
        REQUIRE(mode.step());
        CHECK(mode.text(0) == "wal");
        mode.reset();
        CHECK(c.scalar_int("PRAGMA foreign_keys").value_or(0) == 1);
        CHECK(c.scalar_int("SELECT COUNT(*) FROM schema_version").value_or(0) ==
              static_cast<std::int64_t>(pakn::server::store::migrations().size()));
        return 0;
    });
    CHECK(db.integrity_ok());
}

TEST_CASE("migrations are numbered from 1 without gaps and apply once") {
    int expected = 1;
    for (const auto& m : pakn::server::store::migrations()) CHECK(m.version == expected++);
    TestApp t;
    // Opening the same file again applies nothing and keeps the version.
    pakn::server::store::Database again(t.app->config.db_path());
    CHECK(again.schema_version() == static_cast<int>(pakn::server::store::migrations().size()));
}

TEST_CASE("a failing write transaction leaves nothing behind") {
    TestApp t;
    auto& db = *t.app->db;
    CHECK_THROWS(db.write([](pakn::server::store::Connection& c) {
        c.prepare("INSERT INTO settings(key, value) VALUES ('a', '1')").run();
        c.prepare("INSERT INTO settings(key, value) VALUES ('a', '2')").run();  // duplicate key
    }));
    auto n = db.read([](pakn::server::store::Connection& c) {
        return c.scalar_int("SELECT COUNT(*) FROM settings").value_or(-1);
    });
    CHECK(n == 0);
}

TEST_CASE("configuration: defaults, environment, flags, errors") {
    using pakn::server::Config;
    using pakn::server::parse_config;
    {
        Config c;
        CHECK_FALSE(parse_config(c, {}));
        CHECK(c.port == 8080);
        CHECK(c.host == "127.0.0.1");
    }
    {
        Config c;
        CHECK_FALSE(parse_config(c, {"--port", "9090", "--host=0.0.0.0", "--data-dir", "/tmp/x", "--demo"}));
        CHECK(c.port == 9090);
        CHECK(c.host == "0.0.0.0");
        CHECK(c.data_dir == "/tmp/x");
        CHECK(c.demo);
    }
    {
        setenv("PAKN_PORT", "7000", 1);
        Config c;
        CHECK_FALSE(parse_config(c, {}));
        CHECK(c.port == 7000);
        Config d;
        CHECK_FALSE(parse_config(d, {"--port", "7001"}));  // flags win
        CHECK(d.port == 7001);
        unsetenv("PAKN_PORT");
    }
    // args, expected error fragment
    const std::pair<std::vector<std::string>, std::string> bad[] = {
        {{"--port", "70000"}, "invalid port"},
        {{"--port", "abc"}, "invalid port"},
        {{"--port"}, "missing value"},
        {{"--prot", "1"}, "unknown option"},
        {{"--tls-cert", "a.pem"}, "go together"},
    };
    for (const auto& [args, fragment] : bad) {
        Config c;
        auto err = parse_config(c, args);
        REQUIRE(err);
        CHECK(err->find(fragment) != std::string::npos);
    }
}

TEST_CASE("percent decoding and query parsing") {
    using pakn::server::http::parse_query;
    using pakn::server::http::percent_decode;
    CHECK(percent_decode("%C4%90%C6%B0%E1%BB%9Dng+Tr%E1%BA%A7n", true).value() == "Đường Trần");
    CHECK(percent_decode("a+b", false).value() == "a+b");
    CHECK_FALSE(percent_decode("%zz", true));
    CHECK_FALSE(percent_decode("%4", true));
    auto q = parse_query("q=nha+trang&page=2&empty=&bad=%G1");
    REQUIRE(q.size() == 3);
    CHECK(q[0].second == "nha trang");
    CHECK(q[1].second == "2");
    CHECK(q[2].first == "empty");
}

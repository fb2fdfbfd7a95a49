// Operations: backup while the server runs and restore; HTTPS served by the
// server itself with a certificate (self-signed here) and HSTS; per-person
// limits on submissions.
#include <doctest/doctest.h>

#include <array>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "app/backup.h"
#include "store/db.h"
#include "support/server_process.h"
#include "support/temp_dir.h"
#include "support/test_app.h"

using nlohmann::json;

namespace {

std::string shell(const std::string& cmd) {
    std::string out;
    if (FILE* p = popen((cmd + " 2>&1").c_str(), "r")) {
        std::array<char, 4096> buf;
        while (std::size_t n = std::fread(buf.data(), 1, buf.size(), p)) out.append(buf.data(), n);
        pclose(p);
    }
    return out;
}

std::int64_t count_reports(const std::string& db_path) {
    pakn::server::store::Database db(db_path);
    return db.read([](pakn::server::store::Connection& c) { return c.scalar_int("SELECT COUNT(*) FROM reports").value_or(-1); });
}

}  // namespace

TEST_CASE("backup while the server runs, then restore into an empty folder") {
    pakn::test::TempDir dir;
    const std::string data = dir.file("data");
    const std::string otp = pakn::test::create_officer(data, "dp.backup", "TTDH", "dispatcher");
    pakn::test::ServerProcess server(data);
    pakn::test::HttpClient c("127.0.0.1", server.port());
    auto s = pakn::test::officer_session(server, c, "dp.backup", otp, "BackupPakn2026");
    REQUIRE(s);
    // A report with a photo.
    const std::string png = std::string("\x89PNG\r\n\x1A\n", 8) + std::string(2000, 'p');
    auto up = c.request("POST", "/api/v1/attachments", png,
                        {"Cookie: " + s->cookie, "X-CSRF-Token: " + s->csrf, "Content-Type: image/png",
                         "X-File-Name: anh%20ngap.png"});
    REQUIRE(up.status == 201);
    const auto attachment = json::parse(up.body);
    json report = {{"title", "Ngập nước đường Trần Phú"}, {"content", "Nước ngập sâu sau cơn mưa lớn chiều nay."},
                   {"address", "Trần Phú, Nha Trang"}, {"submit", true}, {"channel", "hotline"},
                   {"reporter_name", "Lê Văn Tám"}, {"reporter_phone", "0905111222"},
                   {"attachment_ids", {attachment["id"]}}};
    for (int i = 0; i < 5; ++i) {
        REQUIRE(c.request("POST", "/api/v1/reports", report.dump(), s->headers()).status == 201);
        report["attachment_ids"] = json::array();  // a file belongs to one report
    }

    // Backup through the CLI while the server keeps running and writing.
    const std::string backup_dir = dir.file("backup");
    const std::string out = pakn::test::run_server_command({"backup", backup_dir, "--data-dir", data});
    CHECK(out.find("Đã sao lưu") != std::string::npos);
    REQUIRE(c.request("POST", "/api/v1/reports", report.dump(), s->headers()).status == 201);  // after the snapshot
    server.stop(SIGTERM);

    const std::string restored = dir.file("restored");
    const std::string r1 = pakn::test::run_server_command({"restore", backup_dir, "--data-dir", restored});
    CHECK(r1.find("Đã khôi phục") != std::string::npos);
    CHECK(count_reports(restored + "/pakn.db") == 5);  // exactly the snapshot
    const std::string sha = attachment["sha256"];
    CHECK(std::filesystem::exists(restored + "/files/" + sha.substr(0, 2) + "/" + sha.substr(2, 2) + "/" + sha));
    // Restoring over existing data needs --force.
    const std::string r2 = pakn::test::run_server_command({"restore", backup_dir, "--data-dir", restored});
    CHECK(r2.find("--force") != std::string::npos);
    // The restored folder serves the data.
    pakn::test::ServerProcess again(restored);
    pakn::test::HttpClient c2("127.0.0.1", again.port());
    auto s2 = pakn::test::api_login(again, c2, "officer", "dp.backup", "BackupPakn2026");
    REQUIRE(s2);
    auto inbox = c2.request("GET", "/api/v1/inbox", "", s2->headers());
    CHECK(inbox.status == 200);
    CHECK(json::parse(inbox.body)["total"] == 5);
}

TEST_CASE("HTTPS with the server's own certificate, HSTS and a Secure session cookie") {
    pakn::test::TempDir dir;
    const std::string cert = dir.file("cert.pem"), key = dir.file("key.pem");
    shell("openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=127.0.0.1 -keyout " + key + " -out " + cert);
    REQUIRE(std::filesystem::exists(cert));
    pakn::test::TempDir data;
    // The helper polls /health over plain HTTP, which a TLS port refuses: start
    // the binary directly.
    const int port = pakn::test::free_port();
    const std::string log = dir.file("server.log");
    const std::string cmd = std::string(PAKN_SERVER_BIN) + " serve --port " + std::to_string(port) + " --data-dir " +
                            data.file("d") + " --web-root " + data.file("w") + " --tls-cert " + cert + " --tls-key " +
                            key + " --no-request-log > /dev/null 2> " + log + " & echo $!";
    const int pid = std::stoi(shell(cmd));
    std::string headers;
    for (int i = 0; i < 100 && headers.find("200") == std::string::npos; ++i) {
        headers = shell("curl -sk -D - -o /dev/null https://127.0.0.1:" + std::to_string(port) + "/api/v1/health");
        if (headers.find("200") == std::string::npos) shell("sleep 0.05");  // waiting for the TLS listener
    }
    CHECK(headers.find("HTTP/1.1 200") != std::string::npos);
    CHECK(headers.find("Strict-Transport-Security: max-age=31536000") != std::string::npos);
    const std::string plain = shell("curl -s -m 2 -o /dev/null -w '%{http_code}' http://127.0.0.1:" + std::to_string(port) + "/api/v1/health");
    CHECK(plain != "200");  // plain HTTP is not served on the TLS port
    shell("kill " + std::to_string(pid));
}

TEST_CASE("the data folder is the server's alone: folder 0700, database and SMS log 0600") {
    pakn::test::TestApp t;
    t.register_citizen("056191653264", "0336132396");  // writes an SMS code to sms.log
    namespace fs = std::filesystem;
    const std::string data = t.app->config.data_dir;
    struct Row {
        std::string path;
        fs::perms expected;
    };
    const Row rows[] = {
        {data, fs::perms::owner_all},
        {data + "/pakn.db", fs::perms::owner_read | fs::perms::owner_write},
        {data + "/sms.log", fs::perms::owner_read | fs::perms::owner_write},
    };
    for (const auto& r : rows) {
        CAPTURE(r.path);
        REQUIRE(fs::exists(r.path));
        CHECK((fs::status(r.path).permissions() & fs::perms::all) == r.expected);
    }
}

TEST_CASE("citizens are limited to 60 submissions an hour, officers are not") {
    pakn::test::TestApp t;
    t.register_citizen("056191653264", "0905123456");
    pakn::test::Browser b;
    REQUIRE(t.login(b, "056191653264", "matkhau2026").status == 200);
    int created = 0, limited = 0;
    for (int i = 0; i < 62; ++i) {
        auto r = t.send("POST", "/api/v1/reports",
                        {{"title", "Bản nháp số " + std::to_string(i)}, {"content", "Nội dung"}, {"address", "Nha Trang"},
                         {"submit", false}},
                        &b);
        if (r.status == 201) ++created;
        if (r.status == 429) {
            ++limited;
            CHECK(r.header("Retry-After"));
        }
    }
    CHECK(created == 60);
    CHECK(limited == 2);
    t.clock.advance(3601);
    REQUIRE(t.login(b, "056191653264", "matkhau2026").status == 200);  // the session idled out meanwhile
    CHECK(t.send("POST", "/api/v1/reports", {{"title", "Lần sau"}, {"content", "x"}, {"address", "y"}, {"submit", false}}, &b)
              .status == 201);
}

// Faults: the process killed during a stream of acknowledged submissions, a
// full disk, the SMS gateway down, clients vanishing mid-upload. After each,
// nothing acknowledged is lost, nothing is half-saved, the database is intact.
#include <doctest/doctest.h>

#include <signal.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <fstream>
#include <random>
#include <set>
#include <thread>

#include "notify/sms.h"
#include "store/db.h"
#include "store/outbox_store.h"
#include "support/server_process.h"
#include "support/temp_dir.h"
#include "support/test_app.h"

using nlohmann::json;
using pakn::test::HttpClient;
using pakn::test::ServerProcess;
using pakn::test::TempDir;

namespace {

json intake_report(int n) {
    return {{"title", "Phản ánh qua tổng đài số " + std::to_string(n)},
            {"content", "Người dân phản ánh sự cố hạ tầng cần kiểm tra, xử lý."},
            {"address", "12 Trần Phú, Nha Trang"},
            {"commune_code", "22366"},
            {"is_public", false},
            {"submit", true},
            {"channel", "hotline"},
            {"reporter_name", "Lê Văn Tám"},
            {"reporter_phone", "0905111222"}};
}

}  // namespace

TEST_CASE("kill -9 during acknowledged submissions: every acknowledged report survives exactly once") {
    TempDir dir;
    const std::string data = dir.file("data");
    const std::string otp = pakn::test::create_officer(data, "dp.fault", "TTDH", "dispatcher");
    std::string password = otp;
    std::vector<std::string> acknowledged;
    std::mt19937 rng(20261128);
    for (int round = 0; round < 6; ++round) {
        ServerProcess server(data);
        HttpClient c("127.0.0.1", server.port());
        auto session = round == 0 ? pakn::test::officer_session(server, c, "dp.fault", otp, "FaultPakn2026")
                                  : pakn::test::api_login(server, c, "officer", "dp.fault", "FaultPakn2026");
        REQUIRE(session);
        password = "FaultPakn2026";
        std::mutex m;
        std::atomic<bool> stop{false};
        // Two submitters, each acknowledging what the server answered 201 to.
        std::vector<std::thread> submitters;
        for (int t = 0; t < 2; ++t)
            submitters.emplace_back([&, t] {
                HttpClient mine("127.0.0.1", server.port(), 5);
                for (int n = 0; !stop; ++n) {
                    try {
                        auto r = mine.request("POST", "/api/v1/reports", intake_report(round * 100000 + t * 10000 + n).dump(),
                                              session->headers());
                        if (r.status == 201) {
                            std::lock_guard lock(m);
                            acknowledged.push_back(json::parse(r.body)["code"]);
                        }
                    } catch (const std::exception&) {
                        return;  // the server died: the request in flight was never acknowledged
                    }
                }
            });
        std::this_thread::sleep_for(std::chrono::milliseconds(150 + rng() % 350));  // let submissions flow
        server.stop(SIGKILL);
        stop = true;
        for (auto& s : submitters) s.join();
    }
    REQUIRE(acknowledged.size() > 20);
    pakn::server::store::Database db(data + "/pakn.db");
    CHECK(db.integrity_ok());
    std::map<std::string, std::int64_t> found;
    db.read([&](pakn::server::store::Connection& c) {
        auto st = c.prepare("SELECT code, COUNT(*) FROM reports WHERE code IS NOT NULL GROUP BY code");
        while (st.step()) found[st.text(0)] = st.int64(1);
        st.reset();
        return 0;
    });
    int missing = 0, doubled = 0;
    for (const auto& code : acknowledged) {
        if (!found.count(code)) ++missing;
        else if (found[code] != 1) ++doubled;
    }
    CHECK(missing == 0);
    CHECK(doubled == 0);
}

TEST_CASE("a full disk: the client gets a clear 507, nothing is corrupted, work resumes when space returns") {
    TempDir dir;
    const std::string data = dir.file("data");
    const std::string otp = pakn::test::create_officer(data, "dp.full", "TTDH", "dispatcher");
    // Measure the current size, then allow only a little more.
    long long pages = 0;
    {
        pakn::server::store::Database db(data + "/pakn.db");
        pages = db.read([](pakn::server::store::Connection& c) { return c.scalar_int("PRAGMA page_count").value_or(0); });
    }
    int accepted = 0, full = 0, other = 0;
    {
        ServerProcess server(data, {"--max-db-pages", std::to_string(pages + 40)});
        HttpClient c("127.0.0.1", server.port());
        auto s = pakn::test::officer_session(server, c, "dp.full", otp, "FullPakn2026");
        REQUIRE(s);
        for (int n = 0; n < 400 && full < 5; ++n) {
            auto r = c.request("POST", "/api/v1/reports", intake_report(n).dump(), s->headers());
            if (r.status == 201) ++accepted;
            else if (r.status == 507) {
                ++full;
                CHECK(json::parse(r.body)["error"]["code"] == "storage_full");
            } else {
                ++other;
            }
        }
        CHECK(c.get("/api/v1/health").status == 200);  // still serving reads
    }
    CHECK(full > 0);
    CHECK(other == 0);
    pakn::server::store::Database db(data + "/pakn.db");
    CHECK(db.integrity_ok());
    // Every report in the file is whole: it has its submit event.
    auto orphans = db.read([](pakn::server::store::Connection& c) {
        return c.scalar_int("SELECT COUNT(*) FROM reports r WHERE NOT EXISTS (SELECT 1 FROM report_events e "
                            "WHERE e.report_id = r.id AND e.action = 'submit')")
            .value_or(-1);
    });
    CHECK(orphans == 0);
    auto count = db.read([](pakn::server::store::Connection& c) { return c.scalar_int("SELECT COUNT(*) FROM reports").value_or(-1); });
    CHECK(count == accepted);
    // Space back: submissions work again.
    ServerProcess server(data);
    HttpClient c("127.0.0.1", server.port());
    auto s = pakn::test::api_login(server, c, "officer", "dp.full", "FullPakn2026");
    REQUIRE(s);
    CHECK(c.request("POST", "/api/v1/reports", intake_report(9999).dump(), s->headers()).status == 201);
}

namespace {

// A tiny SMS gateway on loopback: answers `fail_first` requests with 500,
// then 200; records the Idempotency-Key of each delivered message.
struct FakeGateway {
    int fd = -1, port = 0, fail_first = 0;
    std::atomic<bool> stop{false};
    std::mutex m;
    std::vector<std::string> delivered_keys;
    int requests = 0;
    std::thread thread;

    explicit FakeGateway(int fail) : fail_first(fail) {
        fd = ::socket(AF_INET, SOCK_STREAM, 0);
        int one = 1;
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        ::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a);
        socklen_t len = sizeof a;
        getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len);
        port = ntohs(a.sin_port);
        ::listen(fd, 16);
        thread = std::thread([this] { serve(); });
    }
    ~FakeGateway() {
        stop = true;
        ::shutdown(fd, SHUT_RDWR);
        ::close(fd);
        thread.join();
    }
    void serve() {
        while (!stop) {
            int c = ::accept(fd, nullptr, nullptr);
            if (c < 0) return;
            std::string req;
            char buf[4096];
            while (req.find("\r\n\r\n") == std::string::npos) {
                auto n = ::recv(c, buf, sizeof buf, 0);
                if (n <= 0) break;
                req.append(buf, static_cast<std::size_t>(n));
            }
            std::string key;
            if (auto p = req.find("Idempotency-Key: "); p != std::string::npos)
                key = req.substr(p + 17, req.find("\r\n", p) - p - 17);
            bool ok;
            {
                std::lock_guard lock(m);
                ok = ++requests > fail_first;
                if (ok) delivered_keys.push_back(key);
            }
            const std::string resp = ok ? "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok"
                                        : "HTTP/1.1 500 Oops\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
            ::send(c, resp.data(), resp.size(), MSG_NOSIGNAL);
            ::close(c);
        }
    }
};

}  // namespace

TEST_CASE("the SMS gateway down: the outbox retries with backoff and delivers each message once") {
    pakn::test::TempDir dir;
    pakn::server::ManualClock clock(1794882600);
    pakn::server::store::Database db(dir.file("pakn.db"));
    // Nothing listens on this port yet: connection refused.
    const int dead_port = pakn::test::free_port();
    pakn::server::notify::HttpSmsConfig cfg;
    cfg.url_template = "http://127.0.0.1:" + std::to_string(dead_port) + "/send?to={to}&text={body}";
    cfg.timeout_seconds = 2;
    auto dead = std::make_shared<pakn::server::notify::HttpSmsProvider>(cfg);
    pakn::server::notify::OutboxWorker down(db, clock, dead);
    db.write([&](pakn::server::store::Connection& c) {
        for (int i = 0; i < 3; ++i)
            pakn::server::store::enqueue_message(c, "sms", "090512345" + std::to_string(i), "PAKN: thông báo " +
                                                 std::to_string(i), "report", clock.now());
    });
    CHECK(down.run_once() == 0);
    CHECK(down.run_once() == 0);  // not due again before the backoff ends
    auto pending = [&] {
        return db.read([](pakn::server::store::Connection& c) {
            return c.scalar_int("SELECT COUNT(*) FROM outbox WHERE status = 'pending'").value_or(-1);
        });
    };
    CHECK(pending() == 3);
    // The gateway comes back, failing once more before it works.
    FakeGateway gateway(1);
    cfg.url_template = "http://127.0.0.1:" + std::to_string(gateway.port) + "/send?to={to}&text={body}";
    pakn::server::notify::OutboxWorker up(db, clock, std::make_shared<pakn::server::notify::HttpSmsProvider>(cfg));
    int delivered = 0;
    for (int i = 0; i < 10 && delivered < 3; ++i) {
        clock.advance(3600);
        delivered += up.run_once();
    }
    CHECK(delivered == 3);
    CHECK(pending() == 0);
    std::lock_guard lock(gateway.m);
    CHECK(gateway.delivered_keys.size() == 3);
    std::set<std::string> unique(gateway.delivered_keys.begin(), gateway.delivered_keys.end());
    CHECK(unique.size() == 3);  // each message once, each with its own key
}

TEST_CASE("the outbox survives a crash between handing over and marking sent") {
    pakn::test::TempDir dir;
    pakn::server::ManualClock clock(1794882600);
    const std::string log = dir.file("sms.log");
    {
        pakn::server::store::Database db(dir.file("pakn.db"));
        db.write([&](pakn::server::store::Connection& c) {
            pakn::server::store::enqueue_message(c, "sms", "0905123456", "PAKN: mã 1", "report", clock.now());
        });
        // Delivered to the provider, then "crashed" before mark_sent: the row
        // stays 'sending'.
        auto claimed = db.write([&](pakn::server::store::Connection& c) {
            return pakn::server::store::claim_due_messages(c, clock.now(), 10);
        });
        REQUIRE(claimed.size() == 1);
        pakn::server::notify::FileSmsProvider p(log);
        CHECK(p.send({claimed[0].id, claimed[0].recipient, claimed[0].body}).ok);
    }
    pakn::server::store::Database db(dir.file("pakn.db"));
    pakn::server::notify::OutboxWorker w(db, clock, std::make_shared<pakn::server::notify::FileSmsProvider>(log));
    db.write([](pakn::server::store::Connection& c) { pakn::server::store::requeue_interrupted(c); });
    CHECK(w.run_once() == 1);
    std::ifstream in(log);
    int lines = 0;
    for (std::string line; std::getline(in, line);) ++lines;
    CHECK(lines == 1);  // recognised by its id: not written twice
}

TEST_CASE("clients vanishing mid-upload or mid-wait leave nothing behind and the server keeps serving") {
    TempDir dir;
    const std::string data = dir.file("data");
    const std::string otp = pakn::test::create_officer(data, "dp.vanish", "TTDH", "dispatcher");
    ServerProcess server(data);
    HttpClient c("127.0.0.1", server.port());
    auto s = pakn::test::officer_session(server, c, "dp.vanish", otp, "VanishPakn2026");
    REQUIRE(s);
    for (int i = 0; i < 5; ++i) {
        // A raw upload that announces 3 MB and sends 100 KB.
        HttpClient gone("127.0.0.1", server.port(), 1);
        std::string head = "POST /api/v1/attachments HTTP/1.1\r\nHost: x\r\nContent-Type: image/jpeg\r\nCookie: " +
                           s->cookie + "\r\nX-CSRF-Token: " + s->csrf + "\r\nContent-Length: 3000000\r\n\r\n";
        gone.send_only(head + std::string(100000, 'x'));
        gone.close();
        // A live-events wait dropped at once.
        HttpClient waiter("127.0.0.1", server.port(), 1);
        waiter.send_only("GET /api/v1/events HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\nCookie: " + s->cookie +
                         "\r\nLast-Event-ID: 0-0\r\n\r\n");
        waiter.close();
    }
    HttpClient fresh("127.0.0.1", server.port());
    CHECK(fresh.get("/api/v1/health").status == 200);
    // No file was stored and no partial upload kept.
    std::size_t files = 0;
    std::error_code ec;
    for (auto it = std::filesystem::recursive_directory_iterator(data + "/files", ec);
         !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec))
        if (it->is_regular_file()) ++files;
    CHECK(files == 0);
}

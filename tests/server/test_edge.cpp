// The HTTP edge under attack, over real sockets: each case reproduces what a
// hostile outside tester did to the first wave's server and shows both that
// the attack is refused and that health answers in under a second meanwhile.
#include <doctest/doctest.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "support/live_server.h"

using pakn::test::HttpClient;
using pakn::test::ServedApp;
using Clock = std::chrono::steady_clock;
using namespace std::chrono_literals;

namespace {

// A raw TCP connection for sending exactly the bytes an attacker would.
struct Raw {
    int fd = -1;
    explicit Raw(int port) {
        fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_port = htons(static_cast<std::uint16_t>(port));
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        REQUIRE(::connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0);
    }
    ~Raw() {
        if (fd >= 0) ::close(fd);
    }
    // False once the server closed its side or reset the connection.
    bool send(const std::string& bytes) { return ::send(fd, bytes.data(), bytes.size(), MSG_NOSIGNAL) >= 0; }
    // Everything the server sends until it closes or `timeout` passes.
    std::string read_until_closed(std::chrono::milliseconds timeout, bool* closed = nullptr) {
        std::string out;
        const auto until = Clock::now() + timeout;
        for (;;) {
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(until - Clock::now()).count();
            if (left <= 0) break;
            pollfd p{fd, POLLIN, 0};
            if (::poll(&p, 1, static_cast<int>(left)) <= 0) break;
            char buf[65536];
            const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
            if (n <= 0) {
                if (closed) *closed = true;
                return out;
            }
            out.append(buf, static_cast<std::size_t>(n));
        }
        if (closed) *closed = false;
        return out;
    }
};

int status_of(const std::string& reply) {
    if (reply.size() < 12 || !reply.starts_with("HTTP/1.")) return 0;
    return std::atoi(reply.c_str() + 9);
}

// How long health takes to answer on a fresh connection (ms); 99999 when it does not.
double health_ms(int port) {
    const auto start = Clock::now();
    try {
        HttpClient c("127.0.0.1", port, 5);
        if (c.get("/api/v1/health").status != 200) return 99999;
    } catch (const std::exception&) {
        return 99999;
    }
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// Deadlines short enough for a test, long enough for a loaded CI machine.
void short_deadlines(pakn::server::http::ServerOptions& o) {
    o.limits.head_timeout = 1000ms;
    o.limits.handshake_timeout = 1000ms;
    o.limits.body_stall = 1000ms;
    o.limits.body_grace = 1500ms;
    o.limits.idle_timeout = 1500ms;
}

template <typename F>
bool eventually(F f, std::chrono::milliseconds within = 5000ms) {
    const auto until = Clock::now() + within;
    while (Clock::now() < until) {
        if (f()) return true;
        std::this_thread::sleep_for(20ms);
    }
    return f();
}

}  // namespace

TEST_CASE("edge 1: idle connections that never send a ClientHello do not stall HTTPS for others") {
    pakn::test::TempDir certs;
    const std::string cert = certs.file("cert.pem"), key = certs.file("key.pem");
    const std::string cmd = "openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 "
                            "-subj /CN=localhost -keyout " + key + " -out " + cert + " >/dev/null 2>&1";
    REQUIRE(std::system(cmd.c_str()) == 0);
    ServedApp s(4, [&](auto& o) {
        short_deadlines(o);
        o.tls_cert = cert;
        o.tls_key = key;
    });
    // The attack that stopped every HTTPS request for a minute: six idle
    // TCP connections (Pistache ran SSL_accept on its only accept thread).
    std::vector<std::unique_ptr<Raw>> idle;
    for (int i = 0; i < 6; ++i) idle.push_back(std::make_unique<Raw>(s.port));
    const std::string curl = "curl -sk --max-time 5 -o /dev/null -w '%{http_code} %{time_total}' https://127.0.0.1:" +
                             std::to_string(s.port) + "/api/v1/health";
    FILE* p = popen(curl.c_str(), "r");
    REQUIRE(p);
    char out[64] = {0};
    REQUIRE(std::fgets(out, sizeof out, p));
    pclose(p);
    int code = 0;
    double seconds = 99;
    std::sscanf(out, "%d %lf", &code, &seconds);
    CHECK(code == 200);
    CHECK(seconds < 1.0);
    // The handshakes that never began are ended by the handshake deadline.
    bool closed = false;
    idle.front()->read_until_closed(3000ms, &closed);
    CHECK(closed);
    CHECK(eventually([&] { return s.server->stats().connections == 0; }));
}

TEST_CASE("edge 2: a 4 MiB header is refused at 16 KiB with 431, and health answers meanwhile") {
    ServedApp s(4, short_deadlines);
    // Health is asked every 50 ms from the attack's start until after its
    // end: the prober stops only once a probe begun after the refusal has
    // answered, so at least one probe overlaps the attack however fast it is.
    std::atomic<bool> attack_over{false};
    std::atomic<int> probes_after{0};
    std::mutex health_mutex;
    std::vector<double> health;
    std::thread prober([&] {
        while (probes_after.load() == 0) {
            const bool after = attack_over.load();
            const double ms = health_ms(s.port);
            {
                std::lock_guard lock(health_mutex);
                health.push_back(ms);
            }
            if (after) probes_after.fetch_add(1);
            std::this_thread::sleep_for(50ms);
        }
    });
    Raw attacker(s.port);
    const auto start = Clock::now();
    attacker.send("GET /api/v1/health HTTP/1.1\r\nHost: x\r\nX-Big: ");
    const std::string chunk(64 * 1024, 'a');
    for (int i = 0; i < 64 && attacker.send(chunk); ++i) {
    }
    bool closed = false;
    const std::string reply = attacker.read_until_closed(3000ms, &closed);
    const double ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
    attack_over = true;
    prober.join();
    CHECK(status_of(reply) == 431);
    CHECK(reply.find("\"header_too_large\"") != std::string::npos);
    CHECK(reply.find("X-Content-Type-Options: nosniff") != std::string::npos);
    CHECK(closed);
    CHECK(ms < 1000);
    REQUIRE_FALSE(health.empty());
    for (double h : health) CHECK(h < 1000);
}

TEST_CASE("edge 3: bad framing is refused at once with the API's error body and security headers") {
    ServedApp s(4, short_deadlines);
    struct Row {
        const char* name;
        std::string bytes;
        int status;
        const char* code;
    };
    // name                                   bytes                                                               status code
    const Row rows[] = {
        {"130 MB declared on the upload route", "POST /api/v1/attachments HTTP/1.1\r\nHost: x\r\nContent-Length: 136314880\r\n\r\n", 413, "payload_too_large"},
        {"5 MB declared on a form route",     "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Length: 5000000\r\n\r\n",  413, "payload_too_large"},
        {"negative length",                   "GET /api/v1/health HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n",          400, "invalid_content_length"},
        {"length beyond uint64",              "GET /api/v1/health HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999999999999\r\n\r\n", 400, "invalid_content_length"},
        {"garbage request line",              "GARBAGE\r\n\r\n",                                                                400, "malformed_request"},
        {"garbage without a line end",        "\x01\x02\x03garbage",                                                            400, "malformed_request"},
        {"unknown HTTP version",              "GET / HTTP/9.9\r\n\r\n",                                                         505, "http_version_not_supported"},
        {"chunked upload",                    "POST /api/v1/attachments HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n", 411, "length_required"},
        {"a large body for a session route, no session", "PUT /api/v1/uploads/0123456789abcdef0123456789abcdef?offset=0 HTTP/1.1\r\nHost: x\r\nContent-Length: 4000000\r\n\r\n", 401, "not_authenticated"},
    };
    for (const Row& r : rows) {
        INFO(r.name);
        Raw c(s.port);
        const auto start = Clock::now();
        c.send(r.bytes);
        bool closed = false;
        const std::string reply = c.read_until_closed(3000ms, &closed);
        const double ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
        CHECK(status_of(reply) == r.status);
        CHECK(reply.find(std::string("\"code\":\"") + r.code + "\"") != std::string::npos);
        CHECK(reply.find("Content-Type: application/json") != std::string::npos);
        CHECK(reply.find("X-Content-Type-Options: nosniff") != std::string::npos);
        CHECK(reply.find("Content-Security-Policy:") != std::string::npos);
        CHECK(closed);  // the connection ends: no body is read after a refusal
        CHECK(ms < 1000);
    }
    CHECK(health_ms(s.port) < 1000);
}

TEST_CASE("edge 4: unfinished bodies cannot hold more memory than the budget") {
    constexpr std::size_t kBudget = 8u << 20;
    ServedApp s(4, [](auto& o) {
        short_deadlines(o);
        o.limits.body_stall = 20000ms;  // they keep the connections open for the whole test
        o.limits.body_grace = 20000ms;
        o.limits.memory_budget = kBudget;
    });
    // A session, so the upload route lets the body in at all.
    HttpClient c("127.0.0.1", s.port);
    const auto officer = pakn::test::http_officer(s, c, "nv.edge", "TTDH", "dispatcher");
    REQUIRE_FALSE(officer.cookie.empty());
    std::vector<std::unique_ptr<Raw>> attackers;
    int refused = 0;
    for (int i = 0; i < 40; ++i) {
        auto a = std::make_unique<Raw>(s.port);
        a->send("POST /api/v1/attachments HTTP/1.1\r\nHost: x\r\nCookie: " + officer.cookie + "\r\nX-CSRF-Token: " +
                officer.csrf + "\r\nContent-Length: 4000000\r\n\r\n");
        // All but the last byte, in pieces.
        const std::string part(999999, 'x');
        for (int k = 0; k < 4 && a->send(part); ++k) {
        }
        bool closed = false;
        const std::string reply = a->read_until_closed(50ms, &closed);
        if (status_of(reply) == 503) ++refused;
        attackers.push_back(std::move(a));
        CHECK(s.server->stats().buffered_bytes <= kBudget);
    }
    CHECK(refused >= 30);  // 8 MiB holds two 4 MB bodies
    CHECK(s.server->stats().buffered_bytes <= kBudget);
    CHECK(health_ms(s.port) < 1000);
    attackers.clear();
    CHECK(eventually([&] { return s.server->stats().buffered_bytes == 0; }));
}

TEST_CASE("edge 5: descriptors are raised at start and live streams are capped per session") {
    ServedApp s(4, short_deadlines);
    rlimit l{};
    REQUIRE(getrlimit(RLIMIT_NOFILE, &l) == 0);
    CHECK(l.rlim_cur == std::min<rlim_t>(l.rlim_max, 1u << 20));
    HttpClient c("127.0.0.1", s.port);
    const auto officer = pakn::test::http_officer(s, c, "nv.streams", "TTDH", "dispatcher");
    REQUIRE_FALSE(officer.cookie.empty());
    // A first request gives the cursor; then long polls that wait.
    auto first = c.get("/api/v1/events", officer.headers(false));
    REQUIRE(first.status == 200);
    const auto id_at = first.body.find("id: ");
    REQUIRE(id_at != std::string::npos);
    const std::string cursor = first.body.substr(id_at + 4, first.body.find('\n', id_at) - id_at - 4);
    std::vector<std::unique_ptr<Raw>> polls;
    for (int i = 0; i < 8; ++i) {
        polls.push_back(std::make_unique<Raw>(s.port));
        polls.back()->send("GET /api/v1/events HTTP/1.1\r\nHost: x\r\nCookie: " + officer.cookie +
                           "\r\nLast-Event-ID: " + cursor + "\r\n\r\n");
    }
    REQUIRE(eventually([&] { return s.app->site->streams.waiting() == 8; }));
    Raw ninth(s.port);
    ninth.send("GET /api/v1/events HTTP/1.1\r\nHost: x\r\nCookie: " + officer.cookie + "\r\nLast-Event-ID: " + cursor +
               "\r\n\r\n");
    const std::string reply = ninth.read_until_closed(2000ms);
    CHECK(status_of(reply) == 429);
    CHECK(reply.find("too_many_streams") != std::string::npos);
    CHECK(s.app->site->streams.waiting() == 8);
}

TEST_CASE("edge 5: connections per address are capped, the rest told 503 at once") {
    ServedApp s(4, [](auto& o) {
        short_deadlines(o);
        o.limits.max_connections_per_address = 5;
    });
    std::vector<std::unique_ptr<Raw>> held;
    for (int i = 0; i < 5; ++i) held.push_back(std::make_unique<Raw>(s.port));
    REQUIRE(eventually([&] { return s.server->stats().connections == 5; }));
    Raw sixth(s.port);
    const std::string reply = sixth.read_until_closed(2000ms);
    CHECK(status_of(reply) == 503);
    held.clear();
    CHECK(eventually([&] { return health_ms(s.port) < 1000; }));
}

TEST_CASE("edge: slow clients are cut off (slowloris heads, crawling bodies, idle keep-alive)") {
    ServedApp s(4, short_deadlines);
    SUBCASE("a head sent a byte at a time gets 408 after the head deadline") {
        Raw c(s.port);
        c.send("GET /api/v1/health HTTP/1.1\r\nX-");
        std::string reply;
        bool closed = false;
        for (int i = 0; i < 40 && !closed; ++i) {
            c.send("a");
            reply += c.read_until_closed(100ms, &closed);
        }
        CHECK(status_of(reply) == 408);
        CHECK(reply.find("request_timeout") != std::string::npos);
        CHECK(closed);
    }
    SUBCASE("a body that stalls gets 408") {
        Raw c(s.port);
        c.send("POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{");
        bool closed = false;
        const std::string reply = c.read_until_closed(4000ms, &closed);
        CHECK(status_of(reply) == 408);
        CHECK(closed);
    }
    SUBCASE("a body that crawls (a byte every 200 ms) gets 408 after the grace") {
        Raw c(s.port);
        c.send("POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 10000\r\n\r\n");
        std::string reply;
        bool closed = false;
        for (int i = 0; i < 40 && !closed; ++i) {
            c.send("x");
            reply += c.read_until_closed(200ms, &closed);
        }
        CHECK(status_of(reply) == 408);
        CHECK(closed);
    }
    SUBCASE("an idle kept-alive connection is closed") {
        Raw c(s.port);
        c.send("GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n");
        bool closed = false;
        const std::string reply = c.read_until_closed(4000ms, &closed);
        CHECK(status_of(reply) == 200);
        CHECK(closed);
    }
    CHECK(health_ms(s.port) < 1000);
}

TEST_CASE("edge: pipelined requests are answered in order on one connection") {
    ServedApp s(4, short_deadlines);
    Raw c(s.port);
    c.send("GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\nGET /api/v1/public/communes HTTP/1.1\r\nHost: x\r\n\r\n"
           "GET /api/v1/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    bool closed = false;
    const std::string reply = c.read_until_closed(3000ms, &closed);
    std::size_t count = 0;
    for (std::size_t at = reply.find("HTTP/1.1 200 OK"); at != std::string::npos; at = reply.find("HTTP/1.1 200 OK", at + 1))
        ++count;
    CHECK(count == 3);
    CHECK(reply.find("\"status\":\"ok\"") < reply.find("\"code\":\"")); // health, then the communes
    CHECK(closed);
}

TEST_CASE("edge: X-Forwarded-For and -Proto are believed from a trusted proxy only") {
    for (const bool trusted : {true, false}) {
        INFO("trusted: " << trusted);
        ServedApp s(4, [&](auto& o) {
            if (trusted) o.trusted_proxies = {"127.0.0.1"};
        });
        HttpClient c("127.0.0.1", s.port);
        const auto officer = pakn::test::http_officer(s, c, "nv.proxy", "TTDH", "dispatcher");
        REQUIRE_FALSE(officer.cookie.empty());
        // Sign in again through "the proxy": the audit log keeps the address.
        const auto [captcha_id, answer] = s.captcha(c);
        const nlohmann::json body = {{"audience", "officer"}, {"login", "nv.proxy"}, {"password", "CanBo2026pakn"},
                                     {"captcha_id", captcha_id}, {"captcha_answer", answer}};
        auto r = c.request("POST", "/api/v1/auth/login", body.dump(),
                           {"Content-Type: application/json", "X-Forwarded-For: 198.51.100.7, 203.0.113.20",
                            "X-Forwarded-Proto: https"});
        REQUIRE(r.status == 200);
        const std::string cookie = r.header("set-cookie").value_or("");
        CHECK((cookie.find("; Secure") != std::string::npos) == trusted);
        const auto ip = s.app->db->read([](pakn::server::store::Connection& conn) {
            auto st = conn.prepare("SELECT ip FROM audit_log WHERE action = 'login' ORDER BY id DESC LIMIT 1");
            std::string out = st.step() ? st.text(0) : "";
            st.reset();
            return out;
        });
        CHECK(ip == (trusted ? "203.0.113.20" : "127.0.0.1"));
    }
}

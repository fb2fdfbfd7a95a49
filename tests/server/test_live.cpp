// Live updates (GET /api/v1/events) over the real server on loopback: a
// waiting request is answered as soon as something the caller may see is
// committed; Last-Event-ID resumes exactly after what was delivered; a unit
// officer hears only of the unit's reports; an idle wait ends with a
// keep-alive comment before Pistache's 20 s header timeout; a client that
// vanishes while waiting costs the server nothing.
#include <doctest/doctest.h>

#include <chrono>
#include <fstream>
#include <functional>
#include <future>
#include <regex>
#include <thread>

#include "support/live_server.h"

using pakn::test::HttpClient;
using pakn::test::HttpSession;
using pakn::test::ServedApp;
using json = nlohmann::json;
using Clock = std::chrono::steady_clock;

namespace {

// One Server-Sent Event as the browser's EventSource would see it.
struct Sse {
    std::string id;
    std::string event;
    json data;
};

struct SseBody {
    std::vector<Sse> events;  // blocks with data
    std::string last_id;      // the last "id:" line, with or without data
    bool keep_alive = false;  // a ": keep-alive" comment
};

SseBody parse_sse(const std::string& body) {
    SseBody out;
    std::size_t start = 0;
    while (start < body.size()) {
        std::size_t end = body.find("\n\n", start);
        if (end == std::string::npos) end = body.size();
        const std::string block = body.substr(start, end - start);
        start = end + 2;
        Sse e;
        std::string data;
        std::size_t line_start = 0;
        while (line_start < block.size()) {
            std::size_t line_end = block.find('\n', line_start);
            if (line_end == std::string::npos) line_end = block.size();
            const std::string line = block.substr(line_start, line_end - line_start);
            line_start = line_end + 1;
            if (line.rfind("id: ", 0) == 0)
                e.id = out.last_id = line.substr(4);
            else if (line.rfind("event: ", 0) == 0)
                e.event = line.substr(7);
            else if (line.rfind("data: ", 0) == 0)
                data += line.substr(6);
            else if (line == ": keep-alive")
                out.keep_alive = true;
        }
        if (!data.empty()) {
            e.data = json::parse(data, nullptr, false);
            out.events.push_back(std::move(e));
        }
    }
    return out;
}

// Polls `done` until it holds or `limit` passes; false on timeout. For
// conditions only the server can make true (a waiter registered, a file written).
bool wait_until(const std::function<bool()>& done, std::chrono::milliseconds limit = std::chrono::seconds(5)) {
    const auto until = Clock::now() + limit;
    while (!done()) {
        if (Clock::now() > until) return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return true;
}

std::vector<std::string> with_cursor(const HttpSession& s, const std::string& cursor) {
    auto h = s.headers(false);
    h.push_back("Last-Event-ID: " + cursor);
    return h;
}

// The cursor a first connection hands out ("<event>-<notification>").
std::string first_cursor(HttpClient& c, const HttpSession& s) {
    auto r = c.get("/api/v1/events", s.headers(false));
    REQUIRE(r.status == 200);
    CHECK(r.header("content-type").value_or("").find("text/event-stream") == 0);
    const auto parsed = parse_sse(r.body);
    REQUIRE_FALSE(parsed.last_id.empty());
    return parsed.last_id;
}

// A hotline report entered by `officer`; returns its id.
std::int64_t intake(HttpClient& c, const HttpSession& officer, const std::string& title) {
    const json body = {{"title", title},
                       {"content", "Người dân gọi tổng đài phản ánh sự việc cần xử lý sớm."},
                       {"address", "Phường Nha Trang, Khánh Hòa"},
                       {"channel", "hotline"},
                       {"reporter_name", "Võ Thị Hạnh"},
                       {"reporter_phone", "0935222333"},
                       {"submit", true}};
    auto r = c.request("POST", "/api/v1/reports", body.dump(), officer.headers());
    REQUIRE(r.status == 201);
    return json::parse(r.body)["id"];
}

std::int64_t unit_id(ServedApp& s, const std::string& code) {
    return s.app->db->read([&](pakn::server::store::Connection& c) {
        return c.scalar_int("SELECT id FROM units WHERE code = '" + code + "'").value_or(-1);
    });
}

// A citizen registered and signed in over HTTP, reading the SMS code from
// the outbox's file sink as the phone would receive it.
HttpSession http_citizen(ServedApp& s, HttpClient& c, const std::string& cccd, const std::string& phone) {
    const auto [captcha_id, answer] = s.captcha(c);
    const json reg = {{"kind", "citizen"},
                      {"login", cccd},
                      {"password", "matkhau2026"},
                      {"full_name", "Đặng Văn Hùng"},
                      {"phone", phone},
                      {"captcha_id", captcha_id},
                      {"captcha_answer", answer}};
    auto r = c.request("POST", "/api/v1/auth/register", reg.dump(), {"Content-Type: application/json"});
    REQUIRE(r.status == 201);
    std::string code;
    REQUIRE(wait_until([&] {
        std::ifstream in(s.app->config.data_dir + "/sms.log");
        std::string line;
        std::smatch m;
        while (std::getline(in, line))
            if (line.find(phone) != std::string::npos && std::regex_search(line, m, std::regex("([0-9]{6})")))
                code = m[1];
        return !code.empty();
    }));
    const json verify = {{"registration_id", json::parse(r.body)["registration_id"]}, {"otp", code}};
    REQUIRE(
        c.request("POST", "/api/v1/auth/register/verify", verify.dump(), {"Content-Type: application/json"}).status ==
        200);
    return pakn::test::http_login(s, c, cccd, "matkhau2026", "public");
}

}  // namespace

TEST_CASE("live: a waiting dispatcher hears of a citizen's new submission within a second") {
    ServedApp s;
    HttpClient setup("127.0.0.1", s.port);
    const auto dispatcher = pakn::test::http_officer(s, setup, "tiepnhan", "TTDH", "dispatcher");
    const auto citizen = http_citizen(s, setup, "056191653264", "0905123456");
    REQUIRE_FALSE(citizen.csrf.empty());
    const std::string cursor = first_cursor(setup, dispatcher);

    auto waiting = std::async(std::launch::async, [&] {
        HttpClient c("127.0.0.1", s.port, 25);
        auto r = c.get("/api/v1/events", with_cursor(dispatcher, cursor));
        return std::make_pair(r, Clock::now());
    });
    REQUIRE(wait_until([&] { return s.app->site->streams.waiting() == 1; }));
    const auto [captcha_id, captcha_answer] = s.captcha(setup);
    const json report = {{"title", "Ổ gà lớn trên đường 23 Tháng 10"},
                         {"content", "Ổ gà sâu giữa làn xe máy, đã có người té ngã tối qua."},
                         {"address", "Đường 23 Tháng 10, Nha Trang"},
                         {"is_public", true},
                         {"submit", true},
                         {"captcha_id", captcha_id},
                         {"captcha_answer", captcha_answer}};
    auto made = setup.request("POST", "/api/v1/reports", report.dump(), citizen.headers());
    const auto sent_at = Clock::now();
    REQUIRE(made.status == 201);
    const std::int64_t id = json::parse(made.body)["id"];

    REQUIRE(waiting.wait_for(std::chrono::seconds(5)) == std::future_status::ready);
    auto [reply, received_at] = waiting.get();
    CHECK(reply.status == 200);
    CHECK(received_at - sent_at < std::chrono::seconds(1));
    const auto sse = parse_sse(reply.body);
    REQUIRE(sse.events.size() == 1);
    CHECK(sse.events[0].event == "report");
    CHECK(sse.events[0].data["action"] == "submit");
    CHECK(sse.events[0].data["report_id"] == id);
    CHECK(sse.events[0].data["status"] == "submitted");
    CHECK(sse.events[0].id != cursor);
}

TEST_CASE("live: Last-Event-ID resumes with exactly the missed events, never a repeat") {
    ServedApp s;
    HttpClient c("127.0.0.1", s.port, 25);
    const auto dispatcher = pakn::test::http_officer(s, c, "tiepnhan", "TTDH", "dispatcher");
    const std::string start = first_cursor(c, dispatcher);
    // Three reports while the browser was away (offline, tab asleep).
    std::vector<std::int64_t> ids;
    for (const char* title :
         {"Đèn tín hiệu hỏng ở ngã sáu", "Nắp cống bị mất trên đường Yersin", "Cây xanh nghiêng sắp đổ ở công viên"})
        ids.push_back(intake(c, dispatcher, title));

    auto missed = parse_sse(c.get("/api/v1/events", with_cursor(dispatcher, start)).body);
    REQUIRE(missed.events.size() == 3);
    for (std::size_t i = 0; i < 3; ++i)
        CHECK(missed.events[i].data["report_id"] == ids[i]);

    // Resuming from the middle gives the rest, once.
    auto rest = parse_sse(c.get("/api/v1/events", with_cursor(dispatcher, missed.events[0].id)).body);
    REQUIRE(rest.events.size() == 2);
    CHECK(rest.events[0].data["report_id"] == ids[1]);
    CHECK(rest.events[1].data["report_id"] == ids[2]);

    // From the last id nothing is repeated: the request waits, and the next
    // commit brings only the new event.
    auto next = std::async(std::launch::async, [&] {
        HttpClient w("127.0.0.1", s.port, 25);
        return w.get("/api/v1/events", with_cursor(dispatcher, missed.last_id));
    });
    REQUIRE(wait_until([&] { return s.app->site->streams.waiting() == 1; }));
    const std::int64_t fourth = intake(c, dispatcher, "Rác thải ùn ứ tại chợ Đầm");
    REQUIRE(next.wait_for(std::chrono::seconds(5)) == std::future_status::ready);
    auto fresh = parse_sse(next.get().body);
    REQUIRE(fresh.events.size() == 1);
    CHECK(fresh.events[0].data["report_id"] == fourth);
}

TEST_CASE("live: a unit officer hears only of reports given to the unit") {
    ServedApp s;
    HttpClient c("127.0.0.1", s.port, 25);
    const auto dispatcher = pakn::test::http_officer(s, c, "tiepnhan", "TTDH", "dispatcher");
    const auto handler = pakn::test::http_officer(s, c, "xuly.xd", "SO-XD", "handler");
    const std::string cursor = first_cursor(c, handler);
    auto heard = std::async(std::launch::async, [&] {
        HttpClient w("127.0.0.1", s.port, 25);
        return w.get("/api/v1/events", with_cursor(handler, cursor));
    });
    REQUIRE(wait_until([&] { return s.app->site->streams.waiting() == 1; }));

    auto assign = [&](std::int64_t id, const std::string& unit) {
        const json body = {{"action", "assign"}, {"unit_id", unit_id(s, unit)}};
        REQUIRE(
            c.request("POST", "/api/v1/reports/" + std::to_string(id) + "/actions", body.dump(), dispatcher.headers())
                .status == 200);
    };
    // Someone else's report first: the waiting handler must not be told.
    const std::int64_t elsewhere = intake(c, dispatcher, "Mất nước sinh hoạt ở phường Tây Nha Trang");
    assign(elsewhere, "CT-NUOC");
    const std::int64_t ours = intake(c, dispatcher, "Vỉa hè bị lấn chiếm trên đường Thống Nhất");
    assign(ours, "SO-XD");

    REQUIRE(heard.wait_for(std::chrono::seconds(5)) == std::future_status::ready);
    auto sse = parse_sse(heard.get().body);
    REQUIRE_FALSE(sse.events.empty());
    bool assigned_seen = false;
    for (const auto& e : sse.events) {
        CHECK(e.data["report_id"] == ours);
        assigned_seen = assigned_seen || e.data["action"] == "assign";
    }
    CHECK(assigned_seen);
    // Resuming from there, the other unit's report stays unheard of.
    CHECK(s.app->site->streams.waiting() == 0);
    const std::int64_t later = intake(c, dispatcher, "Biển báo giao thông bị che khuất");
    assign(later, "CT-NUOC");
    auto after = std::async(std::launch::async, [&] {
        HttpClient w("127.0.0.1", s.port, 25);
        return w.get("/api/v1/events", with_cursor(handler, sse.last_id));
    });
    REQUIRE(wait_until([&] { return s.app->site->streams.waiting() == 1; }));
    assign(intake(c, dispatcher, "Đường ống thoát nước bị vỡ"), "SO-XD");
    auto last = parse_sse(after.get().body);
    for (const auto& e : last.events)
        CHECK(e.data["report_id"] != later);
}

TEST_CASE("live: an idle wait ends with a keep-alive before Pistache's 20 s header timeout") {
    ServedApp s;
    HttpClient c("127.0.0.1", s.port, 25);
    const auto dispatcher = pakn::test::http_officer(s, c, "tiepnhan", "TTDH", "dispatcher");
    const std::string cursor = first_cursor(c, dispatcher);
    const auto started = Clock::now();
    auto r = c.get("/api/v1/events", with_cursor(dispatcher, cursor));
    const auto waited = Clock::now() - started;
    CHECK(r.status == 200);
    CHECK(waited >= std::chrono::seconds(14));
    CHECK(waited < std::chrono::seconds(18));
    const auto sse = parse_sse(r.body);
    CHECK(sse.keep_alive);
    CHECK(sse.events.empty());
    CHECK(sse.last_id == cursor);  // the browser resumes from where it was
    // The same kept-alive connection goes on serving: no 408 arrived.
    CHECK(c.get("/api/v1/health").status == 200);
    CHECK(c.connections_opened() == 1);
}

TEST_CASE("live: a client that disconnects while waiting does not hurt the server") {
    ServedApp s;
    HttpClient c("127.0.0.1", s.port, 25);
    const auto dispatcher = pakn::test::http_officer(s, c, "tiepnhan", "TTDH", "dispatcher");
    const std::string cursor = first_cursor(c, dispatcher);
    for (int i = 0; i < 5; ++i) {
        HttpClient gone("127.0.0.1", s.port);
        gone.send_only("GET /api/v1/events HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\nCookie: " +
                       dispatcher.cookie + "\r\nLast-Event-ID: " + cursor + "\r\n\r\n");
        REQUIRE(wait_until([&] { return s.app->site->streams.waiting() == static_cast<std::size_t>(i + 1); }));
        gone.close();
    }
    // The answers to the vanished clients are written into closed sockets.
    auto heard = std::async(std::launch::async, [&] {
        HttpClient w("127.0.0.1", s.port, 25);
        return w.get("/api/v1/events", with_cursor(dispatcher, cursor));
    });
    REQUIRE(wait_until([&] { return s.app->site->streams.waiting() == 6; }));
    const std::int64_t id = intake(c, dispatcher, "Đèn đường chập chờn trên đường Pasteur");
    REQUIRE(heard.wait_for(std::chrono::seconds(5)) == std::future_status::ready);
    auto sse = parse_sse(heard.get().body);
    REQUIRE(sse.events.size() == 1);
    CHECK(sse.events[0].data["report_id"] == id);
    CHECK(wait_until([&] { return s.app->site->streams.waiting() == 0; }));
    HttpClient after("127.0.0.1", s.port);
    CHECK(after.get("/api/v1/health").status == 200);
}

// The request-head parser and the response serializer (http/http1.h): one
// row per case, the bytes a client sends and what the edge must make of them.
#include <doctest/doctest.h>

#include <string>

#include "http/http1.h"

namespace {

using namespace pakn::server::http;
using Outcome = HeadParse::Outcome;

struct Row {
    const char* name;
    std::string bytes;
    Outcome outcome;
    int status = 0;          // refused: the status
    std::string code = "";   // refused: the error code
};

TEST_CASE("http1: request heads, valid, unfinished and hostile") {
    const std::string big_header = "GET / HTTP/1.1\r\nX-A: " + std::string(20000, 'a') + "\r\n\r\n";
    const std::string big_unfinished = "GET / HTTP/1.1\r\nX-A: " + std::string(20000, 'a');
    std::string many_fields = "GET / HTTP/1.1\r\n";
    for (int i = 0; i < 101; ++i) many_fields += "X-" + std::to_string(i) + ": 1\r\n";
    many_fields += "\r\n";
    // name                              bytes                                                         outcome             status code
    const Row rows[] = {
        {"simple GET",                     "GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n",              Outcome::complete},
        {"bare LF line ends",              "GET / HTTP/1.1\nHost: x\n\n",                                  Outcome::complete},
        {"leading empty line ignored",     "\r\nGET / HTTP/1.1\r\n\r\n",                                   Outcome::complete},
        {"HTTP/1.0",                       "GET / HTTP/1.0\r\n\r\n",                                       Outcome::complete},
        {"body length",                    "POST /a HTTP/1.1\r\nContent-Length: 12\r\n\r\n",               Outcome::complete},
        {"same length twice",              "POST /a HTTP/1.1\r\nContent-Length: 5\r\nContent-Length: 5\r\n\r\n", Outcome::complete},
        {"nothing yet",                    "",                                                             Outcome::need_more},
        {"half a request line",            "GET /api/v1/hea",                                              Outcome::need_more},
        {"no blank line yet",              "GET / HTTP/1.1\r\nHost: x\r\n",                                Outcome::need_more},
        {"header over 16 KiB, ended",      big_header,                                                     Outcome::refused, 431, "header_too_large"},
        {"header over 16 KiB, unfinished", big_unfinished,                                                 Outcome::refused, 431, "header_too_large"},
        {"101 header fields",              many_fields,                                                    Outcome::refused, 431, "header_too_large"},
        {"negative length",                "GET / HTTP/1.1\r\nContent-Length: -5\r\n\r\n",                 Outcome::refused, 400, "invalid_content_length"},
        {"length beyond 2^53",             "GET / HTTP/1.1\r\nContent-Length: 99999999999999999999\r\n\r\n", Outcome::refused, 400, "invalid_content_length"},
        {"length with a plus",             "GET / HTTP/1.1\r\nContent-Length: +5\r\n\r\n",                 Outcome::refused, 400, "invalid_content_length"},
        {"two different lengths",          "POST / HTTP/1.1\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\n", Outcome::refused, 400, "invalid_content_length"},
        {"length as a list",               "POST / HTTP/1.1\r\nContent-Length: 5, 5\r\n\r\n",              Outcome::refused, 400, "invalid_content_length"},
        {"chunked body",                   "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n",        Outcome::refused, 411, "length_required"},
        {"chunked and a length (smuggling)", "POST / HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n", Outcome::refused, 400, "malformed_request"},
        {"garbage request line, ended",    "\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n\r\n",         Outcome::refused, 400, "malformed_request"},
        {"garbage before any line end",    "\x16\x03\x01\x02\x00\x01\x00",                                 Outcome::refused, 400, "malformed_request"},
        {"lower-case method",              "get / HTTP/1.1\r\n\r\n",                                       Outcome::refused, 400, "malformed_request"},
        {"absolute-form target",           "GET http://x/ HTTP/1.1\r\n\r\n",                               Outcome::refused, 400, "malformed_request"},
        {"target with a control char",     std::string("GET /a\x01 HTTP/1.1\r\n\r\n"),                     Outcome::refused, 400, "malformed_request"},
        {"two spaces",                     "GET  / HTTP/1.1\r\n\r\n",                                      Outcome::refused, 400, "malformed_request"},
        {"no version",                     "GET /\r\n\r\n",                                                Outcome::refused, 400, "malformed_request"},
        {"HTTP/2 preface",                 "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n",                             Outcome::refused, 400, "malformed_request"},
        {"HTTP/2.0 origin form",           "GET / HTTP/2.0\r\n\r\n",                                       Outcome::refused, 505, "http_version_not_supported"},
        {"obsolete line folding",          "GET / HTTP/1.1\r\nX-A: 1\r\n 2\r\n\r\n",                       Outcome::refused, 400, "malformed_request"},
        {"space before the colon",         "GET / HTTP/1.1\r\nHost : x\r\n\r\n",                           Outcome::refused, 400, "malformed_request"},
        {"no colon",                       "GET / HTTP/1.1\r\nHost x\r\n\r\n",                             Outcome::refused, 400, "malformed_request"},
        {"NUL in a value",                 std::string("GET / HTTP/1.1\r\nX-A: a\0b\r\n\r\n", 29),        Outcome::refused, 400, "malformed_request"},
    };
    for (const Row& r : rows) {
        INFO(r.name);
        const HeadParse p = parse_request_head(r.bytes);
        CHECK(p.outcome == r.outcome);
        if (r.outcome == Outcome::refused) {
            CHECK(p.status == r.status);
            CHECK(p.code == r.code);
        }
    }
}

TEST_CASE("http1: what a complete head says") {
    const std::string bytes =
        "POST /api/v1/reports?page=2&q=%C4%91 HTTP/1.1\r\nHost: x\r\nContent-Length: 7\r\n"
        "Cookie: a=1\r\nCOOKIE: b=2\r\nX-Forwarded-For: 1.2.3.4\r\n\r\nbodybod";
    const auto p = parse_request_head(bytes);
    REQUIRE(p.outcome == Outcome::complete);
    CHECK(p.head.method == "POST");
    CHECK(p.head.target == "/api/v1/reports?page=2&q=%C4%91");
    CHECK(p.head.content_length == 7);
    CHECK(p.head.keep_alive);
    CHECK(p.head.size == bytes.size() - 7);
    const auto r = to_request(p.head, "bodybod", "203.0.113.9", false);
    CHECK(r.path == "/api/v1/reports");
    REQUIRE(r.query_value("q"));
    CHECK(*r.query_value("q") == "đ");
    CHECK(r.cookie("a") == "1");
    CHECK(r.cookie("b") == "2");
    CHECK(r.header("host") == "x");
    CHECK(r.body == "bodybod");
    CHECK(r.remote_ip == "203.0.113.9");
}

TEST_CASE("http1: keep-alive follows the version and the Connection header") {
    struct KeepRow {
        const char* head;
        bool keep;
    };
    const KeepRow rows[] = {
        {"GET / HTTP/1.1\r\n\r\n", true},
        {"GET / HTTP/1.1\r\nConnection: close\r\n\r\n", false},
        {"GET / HTTP/1.1\r\nConnection: Keep-Alive, Close\r\n\r\n", false},
        {"GET / HTTP/1.0\r\n\r\n", false},
        {"GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n", true},
    };
    for (const auto& r : rows) {
        INFO(r.head);
        const auto p = parse_request_head(r.head);
        REQUIRE(p.outcome == Outcome::complete);
        CHECK(p.head.keep_alive == r.keep);
    }
}

TEST_CASE("http1: a head arriving one byte at a time is parsed once it ends, in linear time") {
    const std::string bytes = "GET /api/v1/health HTTP/1.1\r\nHost: x\r\nX-Pad: " + std::string(8000, 'p') + "\r\n\r\n";
    std::size_t scanned = 0;
    for (std::size_t n = 1; n < bytes.size(); ++n) {
        const auto p = parse_request_head(std::string_view(bytes).substr(0, n), kMaxHeadBytes, scanned);
        REQUIRE(p.outcome == Outcome::need_more);
        scanned = n;
    }
    const auto p = parse_request_head(bytes, kMaxHeadBytes, scanned);
    CHECK(p.outcome == Outcome::complete);
    CHECK(p.head.size == bytes.size());
}

TEST_CASE("http1: responses are framed by us, whatever headers the handler set") {
    Response r;
    r.status = 200;
    r.set_header("Content-Type", "text/plain");
    r.set_header("Content-Length", "999");
    r.set_header("Connection", "keep-alive");
    const auto head = serialize_head(r, false, false, 5);
    CHECK(head.starts_with("HTTP/1.1 200 OK\r\n"));
    CHECK(head.find("Content-Length: 5\r\n") != std::string::npos);
    CHECK(head.find("999") == std::string::npos);
    CHECK(head.find("Connection: close\r\n") != std::string::npos);
    CHECK(head.find("Connection: keep-alive") == std::string::npos);
    CHECK(head.ends_with("\r\n\r\n"));
    Response not_modified;
    not_modified.status = 304;
    const auto h304 = serialize_head(not_modified, true, true, 10);
    CHECK(h304.starts_with("HTTP/1.0 304 Not Modified\r\n"));
    CHECK(h304.find("Content-Length") == std::string::npos);
}

}  // namespace

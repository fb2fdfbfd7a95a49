// HTTP/1.1 on the wire, ours: the request head parser and the response
// serializer. Pure (bytes in, values out), bounded and strict, so every byte
// a client sends meets these rules before anything else runs:
//
// - the head (request line + headers + blank line) is at most `max_head`
//   bytes: a longer one is refused with 431 as soon as the limit is passed,
//   without waiting for its end (Pistache 0.0.5 re-scanned a growing buffer:
//   a 4 MiB header took 13.7 s of a reactor);
// - the request line is METHOD SP origin-form-target SP HTTP/1.x, CRLF or a
//   bare LF (RFC 9112 §2.2); anything else is 400 at once;
// - Content-Length is digits only, repeated only with the same value, at
//   most 2^53; Transfer-Encoding is refused (411: our clients always send a
//   length), and both together are 400 (request smuggling);
// - at most kMaxHeaderFields header lines, each "token: value" with no
//   obsolete line folding and no control characters.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "http/message.h"

namespace pakn::server::http {

inline constexpr std::size_t kMaxHeadBytes = 16 * 1024;
inline constexpr std::size_t kMaxHeaderFields = 100;

// A complete, valid request head.
struct RequestHead {
    std::string method;          // upper case token
    std::string target;          // as sent: "/api/v1/reports?page=2"
    bool http10 = false;
    Pairs headers;               // names lower-cased, values trimmed, in order
    std::uint64_t content_length = 0;
    bool keep_alive = true;      // HTTP/1.1 unless "Connection: close"; 1.0 only with "keep-alive"
    std::size_t size = 0;        // bytes of the head, blank line included
};

struct HeadParse {
    enum class Outcome { need_more, complete, refused } outcome = Outcome::need_more;
    RequestHead head;            // when complete
    int status = 0;              // when refused: 400, 411, 431, 501, 505
    std::string code;            // the API error code of the refusal
};

// Parses the head at the start of `buffer` (bytes received so far).
// `scanned`: how many bytes of `buffer` an earlier call already saw without
// finding the head's end (resumes the search there).
HeadParse parse_request_head(std::string_view buffer, std::size_t max_head = kMaxHeadBytes, std::size_t scanned = 0);

// The Request the pipeline sees: path and decoded query split from the
// target; `body` is the `content_length` bytes after the head.
Request to_request(const RequestHead& head, std::string body, std::string remote_ip, bool tls);

// The status line and headers of `response`, with Content-Length
// `body_length` (what a GET would send, also for HEAD; none for 204/304) and
// Connection: keep-alive/close. Framing headers the response set are ignored.
std::string serialize_head(const Response& response, bool http10, bool keep_alive, std::uint64_t body_length);

// "Not Found" for 404, ... ("Unknown" for a code without a phrase).
std::string_view reason_phrase(int status);

}  // namespace pakn::server::http

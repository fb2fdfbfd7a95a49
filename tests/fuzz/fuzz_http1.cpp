// fuzz_http1: bytes as a client sends them to the HTTP edge (server/http/
// http1.h). Properties: no crash and no throw; a complete head lies within
// the bytes, has an upper-case method, an origin-form target and a length of
// at most 2^53; parsing again with any "already scanned" hint or from only
// the head's own bytes gives the same head; a refusal carries a known code.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_check.h"
#include "http/http1.h"
#include "pakn/messages.h"

using namespace pakn::server::http;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    const HeadParse p = parse_request_head(bytes, 4096);
    switch (p.outcome) {
        case HeadParse::Outcome::need_more:
            PAKN_FUZZ_CHECK(bytes.size() <= 4096 + 4, "unfinished head beyond the limit");
            break;
        case HeadParse::Outcome::refused:
            PAKN_FUZZ_CHECK(p.status >= 400 && p.status < 600, std::to_string(p.status));
            PAKN_FUZZ_CHECK(pakn::is_known_code(p.code), p.code);
            break;
        case HeadParse::Outcome::complete: {
            const RequestHead& h = p.head;
            PAKN_FUZZ_CHECK(h.size <= bytes.size(), "head past the bytes");
            PAKN_FUZZ_CHECK(!h.method.empty(), "empty method");
            for (char c : h.method) PAKN_FUZZ_CHECK(c >= 'A' && c <= 'Z', h.method);
            PAKN_FUZZ_CHECK(!h.target.empty() && h.target.front() == '/', h.target);
            PAKN_FUZZ_CHECK(h.content_length <= (std::uint64_t{1} << 53), "length");
            const HeadParse alone = parse_request_head(bytes.substr(0, h.size), 4096);
            PAKN_FUZZ_CHECK(alone.outcome == HeadParse::Outcome::complete && alone.head.size == h.size,
                            "the head's own bytes parse differently");
            for (std::size_t hint : {std::size_t{1}, h.size / 2, h.size}) {
                const HeadParse resumed = parse_request_head(bytes, 4096, hint);
                PAKN_FUZZ_CHECK(resumed.outcome == p.outcome && resumed.head.size == h.size, "hint changed the result");
            }
            const Request r = to_request(h, "", "192.0.2.1", false);
            PAKN_FUZZ_CHECK(r.path.size() <= h.target.size(), "path longer than the target");
            Response resp;
            resp.status = 200;
            const std::string head = serialize_head(resp, h.http10, h.keep_alive, 3);
            PAKN_FUZZ_CHECK(head.ends_with("\r\n\r\n"), "unterminated response head");
            break;
        }
    }
    return 0;
}

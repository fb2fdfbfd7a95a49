#include "http/http1.h"

#include <algorithm>
#include <charconv>

namespace pakn::server::http {
namespace {

HeadParse refuse(int status, std::string_view code) {
    HeadParse p;
    p.outcome = HeadParse::Outcome::refused;
    p.status = status;
    p.code = std::string(code);
    return p;
}

// RFC 9110 tchar.
bool is_tchar(unsigned char c) {
    if (c >= '0' && c <= '9') return true;
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') return true;
    switch (c) {
        case '!': case '#': case '$': case '%': case '&': case '\'': case '*': case '+':
        case '-': case '.': case '^': case '_': case '`': case '|': case '~': return true;
        default: return false;
    }
}

// Field values: visible characters, space, tab and obs-text; no controls.
bool valid_value(std::string_view v) {
    return std::none_of(v.begin(), v.end(), [](char ch) {
        const auto c = static_cast<unsigned char>(ch);
        return (c < 0x20 && c != '\t') || c == 0x7F;
    });
}

// Request targets: origin form, no controls, no spaces.
bool valid_target(std::string_view t) {
    if (t.empty() || t.front() != '/') return false;
    return std::none_of(t.begin(), t.end(), [](char ch) {
        const auto c = static_cast<unsigned char>(ch);
        return c <= 0x20 || c == 0x7F;
    });
}

std::string_view trim_ows(std::string_view v) {
    while (!v.empty() && (v.front() == ' ' || v.front() == '\t')) v.remove_prefix(1);
    while (!v.empty() && (v.back() == ' ' || v.back() == '\t')) v.remove_suffix(1);
    return v;
}

std::string lower(std::string_view s) {
    std::string out(s);
    for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// Lines of the head, without their line ending (CRLF or LF).
struct Lines {
    std::string_view rest;
    bool next(std::string_view& line) {
        const auto nl = rest.find('\n');
        if (nl == std::string_view::npos) return false;
        line = rest.substr(0, nl);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        rest.remove_prefix(nl + 1);
        return true;
    }
};

// Where the head ends (just after its blank line), or 0 when not yet known.
std::size_t head_end(std::string_view b, std::size_t from) {
    std::size_t pos = from;
    for (;;) {
        const auto nl = b.find('\n', pos);
        if (nl == std::string_view::npos || nl + 1 >= b.size()) return 0;
        if (b[nl + 1] == '\n') return nl + 2;
        if (b[nl + 1] == '\r') {
            if (nl + 2 >= b.size()) return 0;
            if (b[nl + 2] == '\n') return nl + 3;
        }
        pos = nl + 1;
    }
}

std::optional<std::uint64_t> parse_length(std::string_view v) {
    // Digits only: "+5", "-5", " 5", "0x10" and "5, 5" are not lengths here.
    if (v.empty() || v.size() > 16) return std::nullopt;
    std::uint64_t n = 0;
    const auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
    if (ec != std::errc() || p != v.data() + v.size()) return std::nullopt;
    if (n > (std::uint64_t{1} << 53)) return std::nullopt;
    return n;
}

bool has_token(std::string_view list, std::string_view token) {
    // Comma-separated, case-insensitive ("Connection: keep-alive, Upgrade").
    while (!list.empty()) {
        const auto comma = list.find(',');
        const auto item = trim_ows(list.substr(0, comma));
        if (item.size() == token.size() &&
            std::equal(item.begin(), item.end(), token.begin(), [](char a, char b) {
                return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
            }))
            return true;
        if (comma == std::string_view::npos) break;
        list.remove_prefix(comma + 1);
    }
    return false;
}

}  // namespace

HeadParse parse_request_head(std::string_view buffer, std::size_t max_head, std::size_t scanned) {
    // Empty lines before a request line are ignored (RFC 9112 §2.2): some
    // clients end a body with a stray CRLF.
    std::size_t skipped = 0;
    while (skipped < buffer.size() && (buffer[skipped] == '\r' || buffer[skipped] == '\n')) ++skipped;
    if (skipped > 4) return refuse(400, "malformed_request");
    const std::string_view b = buffer.substr(skipped);
    // Bytes already searched for the blank line need no second look (a slow
    // client sending one byte at a time costs linear, not quadratic, time).
    const std::size_t from = scanned > skipped + 3 ? scanned - skipped - 3 : 0;
    const std::size_t end = head_end(b, std::min(from, b.size()));
    if (end == 0) {
        // Refused as soon as the limit is passed, not when the head ends.
        if (b.size() > max_head) return refuse(431, "header_too_large");
        // A request line that cannot become valid is refused before its end.
        const auto first_nl = b.find('\n');
        const auto line = b.substr(0, first_nl);
        const auto sp = line.find(' ');
        const auto method = line.substr(0, sp);
        if (!std::all_of(method.begin(), method.end(), [](char c) { return c >= 'A' && c <= 'Z'; }) ||
            method.size() > 20 || (first_nl != std::string_view::npos && sp == std::string_view::npos))
            return refuse(400, "malformed_request");
        return {};
    }
    if (end > max_head) return refuse(431, "header_too_large");

    Lines lines{b.substr(0, end)};
    std::string_view line;
    lines.next(line);
    // METHOD SP target SP HTTP/1.x
    const auto sp1 = line.find(' ');
    const auto sp2 = sp1 == std::string_view::npos ? sp1 : line.find(' ', sp1 + 1);
    if (sp1 == std::string_view::npos || sp2 == std::string_view::npos || line.find(' ', sp2 + 1) != std::string_view::npos)
        return refuse(400, "malformed_request");
    const auto method = line.substr(0, sp1);
    const auto target = line.substr(sp1 + 1, sp2 - sp1 - 1);
    const auto version = line.substr(sp2 + 1);
    if (method.empty() || method.size() > 20 ||
        !std::all_of(method.begin(), method.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
        return refuse(400, "malformed_request");
    if (!valid_target(target)) return refuse(400, "malformed_request");
    HeadParse out;
    RequestHead& h = out.head;
    if (version == "HTTP/1.1") {
        h.http10 = false;
    } else if (version == "HTTP/1.0") {
        h.http10 = true;
    } else if (version.size() == 8 && version.starts_with("HTTP/") && std::isdigit(static_cast<unsigned char>(version[5])) &&
               version[6] == '.' && std::isdigit(static_cast<unsigned char>(version[7]))) {
        return refuse(505, "http_version_not_supported");
    } else {
        return refuse(400, "malformed_request");
    }
    h.method = std::string(method);
    h.target = std::string(target);

    std::optional<std::uint64_t> length;
    bool transfer_encoding = false;
    std::string connection;
    while (lines.next(line)) {
        if (line.empty()) break;  // the blank line
        if (line.front() == ' ' || line.front() == '\t') return refuse(400, "malformed_request");  // obs-fold
        const auto colon = line.find(':');
        if (colon == std::string_view::npos || colon == 0) return refuse(400, "malformed_request");
        const auto name = line.substr(0, colon);
        if (!std::all_of(name.begin(), name.end(), [](char c) { return is_tchar(static_cast<unsigned char>(c)); }))
            return refuse(400, "malformed_request");
        const auto value = trim_ows(line.substr(colon + 1));
        if (!valid_value(value)) return refuse(400, "malformed_request");
        if (h.headers.size() >= kMaxHeaderFields) return refuse(431, "header_too_large");
        std::string key = lower(name);
        if (key == "content-length") {
            const auto n = parse_length(value);
            if (!n || (length && *length != *n)) return refuse(400, "invalid_content_length");
            length = n;
        } else if (key == "transfer-encoding") {
            transfer_encoding = true;
        } else if (key == "connection") {
            if (!connection.empty()) connection += ',';
            connection += value;
        }
        h.headers.emplace_back(std::move(key), std::string(value));
    }
    // Both framings at once is how requests are smuggled past a proxy.
    if (transfer_encoding && length) return refuse(400, "malformed_request");
    if (transfer_encoding) return refuse(411, "length_required");
    h.content_length = length.value_or(0);
    h.keep_alive = h.http10 ? has_token(connection, "keep-alive") : !has_token(connection, "close");
    h.size = skipped + end;
    out.outcome = HeadParse::Outcome::complete;
    return out;
}

Request to_request(const RequestHead& head, std::string body, std::string remote_ip, bool tls) {
    Request r;
    r.method = head.method;
    const auto q = head.target.find('?');
    r.path = head.target.substr(0, q);
    if (q != std::string::npos) r.query = parse_query(std::string_view(head.target).substr(q + 1));
    std::string cookie;
    for (const auto& [name, value] : head.headers) {
        // Several Cookie lines are one list (RFC 6265 §5.4 sends one; HTTP/2
        // proxies may split it).
        if (name == "cookie") {
            if (!cookie.empty()) cookie += "; ";
            cookie += value;
            continue;
        }
        r.headers.emplace_back(name, value);
    }
    if (!cookie.empty()) r.headers.emplace_back("cookie", std::move(cookie));
    r.body = std::move(body);
    r.remote_ip = std::move(remote_ip);
    r.tls = tls;
    r.http10 = head.http10;
    return r;
}

std::string_view reason_phrase(int status) {
    switch (status) {
        case 200: return "OK";
        case 201: return "Created";
        case 202: return "Accepted";
        case 204: return "No Content";
        case 206: return "Partial Content";
        case 301: return "Moved Permanently";
        case 302: return "Found";
        case 304: return "Not Modified";
        case 400: return "Bad Request";
        case 401: return "Unauthorized";
        case 403: return "Forbidden";
        case 404: return "Not Found";
        case 405: return "Method Not Allowed";
        case 408: return "Request Timeout";
        case 409: return "Conflict";
        case 410: return "Gone";
        case 411: return "Length Required";
        case 413: return "Content Too Large";
        case 415: return "Unsupported Media Type";
        case 422: return "Unprocessable Content";
        case 429: return "Too Many Requests";
        case 431: return "Request Header Fields Too Large";
        case 500: return "Internal Server Error";
        case 501: return "Not Implemented";
        case 503: return "Service Unavailable";
        case 505: return "HTTP Version Not Supported";
        case 507: return "Insufficient Storage";
        default: return "Unknown";
    }
}

std::string serialize_head(const Response& response, bool http10, bool keep_alive, std::uint64_t body_length) {
    std::string head;
    head.reserve(256 + response.headers.size() * 48);
    head += http10 ? "HTTP/1.0 " : "HTTP/1.1 ";
    head += std::to_string(response.status);
    head += ' ';
    head += reason_phrase(response.status);
    head += "\r\n";
    for (const auto& [name, value] : response.headers) {
        // Framing is ours to decide.
        if (name.size() == 10 || name.size() == 14) {
            const auto key = lower(name);
            if (key == "connection" || key == "content-length") continue;
        }
        head += name;
        head += ": ";
        head += value;
        head += "\r\n";
    }
    head += keep_alive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    // 204 and 304 never carry a length; HEAD tells the length a GET would send.
    if (response.status != 204 && response.status != 304) {
        head += "Content-Length: ";
        head += std::to_string(body_length);
        head += "\r\n";
    }
    head += "\r\n";
    return head;
}

}  // namespace pakn::server::http

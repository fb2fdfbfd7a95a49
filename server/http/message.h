// Our own request/response values. Pistache types stay inside server.cpp, so
// the router, handlers and their tests work on plain structs in-process.
#pragma once

#include <nlohmann/json.hpp>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "pakn/errors.h"

namespace pakn::server::http {

using Pairs = std::vector<std::pair<std::string, std::string>>;

struct Request {
    std::string method;  // "GET", "POST", ...
    std::string path;    // raw path without the query string
    Pairs query;         // percent-decoded
    Pairs headers;       // names lowercased
    std::string body;
    std::string remote_ip;
    bool tls = false;
    bool http10 = false;  // answered in kind (status line)
    Pairs params;        // captured {name} segments of the matched route

    std::optional<std::string_view> header(std::string_view lower_name) const;
    std::optional<std::string_view> query_value(std::string_view name) const;
    std::optional<std::string_view> param(std::string_view name) const;
    std::optional<std::string> cookie(std::string_view name) const;
    // True when If-None-Match names `etag`: a list, weak validators, or *
    // (RFC 9110 weak comparison, which is what GET revalidation uses).
    bool if_none_match(std::string_view etag) const;
};

struct Response;

// A response the handler could not give at once (a long poll for live
// events): kept by a service and sent later, from another thread, exactly
// once. Sending after the client left is harmless.
class Responder {
public:
    virtual ~Responder() = default;
    virtual void send(Response response) = 0;
};

struct Response {
    int status = 200;
    Pairs headers;
    std::string body;
    // Immutable bytes shared with a cache (static files); used instead of
    // `body` when set, so serving does not copy them.
    std::shared_ptr<const std::string> shared_body;
    // When set, the adapter streams this file from disk instead of `body`.
    std::string file_path;
    // When set, nothing is sent now: the adapter hands a Responder to this
    // function, which answers later (live events).
    std::function<void(std::shared_ptr<Responder>)> defer;

    void set_header(std::string name, std::string value);
    std::optional<std::string_view> header(std::string_view name) const;
    // The bytes to send: shared_body when set, else body.
    std::string_view payload() const { return shared_body ? std::string_view(*shared_body) : std::string_view(body); }

    // application/json; charset=utf-8 with `body` = value.dump().
    static Response json(int status, const nlohmann::json& value);
    // The API's {"error": {code, message, fields}} body; 429 and 503 carry
    // Retry-After (the error's own wait, else 60 s / 5 s).
    static Response error(const ApiError& error);
    static Response error(int status, std::string_view code);
    static Response text(int status, std::string body, std::string content_type = "text/plain; charset=utf-8");
};

// Percent-decodes (and '+' → ' ' when `plus_as_space`); nullopt on a bad escape.
std::optional<std::string> percent_decode(std::string_view in, bool plus_as_space);
// Splits "a=1&b=2" into decoded pairs, skipping malformed items.
Pairs parse_query(std::string_view raw);
// Dumps JSON, replacing invalid UTF-8 rather than throwing.
std::string dump_json(const nlohmann::json& value);

}  // namespace pakn::server::http

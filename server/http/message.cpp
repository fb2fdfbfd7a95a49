#include "http/message.h"
#include "pakn/dto.h"
#include "pakn/url.h"

#include <algorithm>
#include <cctype>

namespace pakn::server::http {
namespace {

std::optional<std::string_view> find(const Pairs& pairs, std::string_view name) {
    for (const auto& [k, v] : pairs)
        if (k == name) return std::string_view(v);
    return std::nullopt;
}

bool iequals(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

}  // namespace

std::optional<std::string_view> Request::header(std::string_view lower_name) const {
    return find(headers, lower_name);
}
std::optional<std::string_view> Request::query_value(std::string_view name) const { return find(query, name); }
std::optional<std::string_view> Request::param(std::string_view name) const { return find(params, name); }

bool Request::if_none_match(std::string_view etag) const {
    const auto inm = header("if-none-match");
    if (!inm || etag.empty()) return false;
    if (etag.starts_with("W/")) etag.remove_prefix(2);
    std::string_view list = *inm;
    while (!list.empty()) {
        const auto comma = list.find(',');
        std::string_view item = list.substr(0, comma);
        while (!item.empty() && (item.front() == ' ' || item.front() == '\t'))
            item.remove_prefix(1);
        while (!item.empty() && (item.back() == ' ' || item.back() == '\t'))
            item.remove_suffix(1);
        if (item.starts_with("W/")) item.remove_prefix(2);
        if (item == "*" || item == etag) return true;
        if (comma == std::string_view::npos) break;
        list.remove_prefix(comma + 1);
    }
    return false;
}

std::optional<std::string> Request::cookie(std::string_view name) const {
    for (const auto& [k, v] : headers) {
        if (k != "cookie") continue;
        std::string_view rest = v;
        while (!rest.empty()) {
            auto semi = rest.find(';');
            std::string_view item = rest.substr(0, semi);
            rest = semi == std::string_view::npos ? std::string_view() : rest.substr(semi + 1);
            while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
            auto eq = item.find('=');
            if (eq == std::string_view::npos) continue;
            if (item.substr(0, eq) == name) return std::string(item.substr(eq + 1));
        }
    }
    return std::nullopt;
}

void Response::set_header(std::string name, std::string value) {
    for (auto& [k, v] : headers)
        if (iequals(k, name)) {
            v = std::move(value);
            return;
        }
    headers.emplace_back(std::move(name), std::move(value));
}

std::optional<std::string_view> Response::header(std::string_view name) const {
    for (const auto& [k, v] : headers)
        if (iequals(k, name)) return std::string_view(v);
    return std::nullopt;
}

std::string dump_json(const nlohmann::json& value) {
    return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

Response Response::json(int status, const nlohmann::json& value) {
    Response r;
    r.status = status;
    r.body = dump_json(value);
    r.headers.emplace_back("Content-Type", "application/json; charset=utf-8");
    return r;
}

Response Response::error(const ApiError& error) {
    // The shared encoder: the client decodes exactly what the server wrote.
    Response r;
    r.status = error.status;
    r.body = encode_error(error);
    r.set_header("Content-Type", "application/json; charset=utf-8");
    r.set_header("Cache-Control", "no-store");
    // Every refusal to wait says how long, so clients and proxies know the
    // real wait (a minute when the refusing rule did not say).
    if (error.status == 429 || error.status == 503)
        r.set_header("Retry-After",
                     std::to_string(error.retry_after_seconds > 0 ? error.retry_after_seconds
                                                                  : (error.status == 429 ? 60 : 5)));
    return r;
}

Response Response::error(int status, std::string_view code) { return error(api_error(status, code)); }

Response Response::text(int status, std::string body, std::string content_type) {
    Response r;
    r.status = status;
    r.body = std::move(body);
    r.headers.emplace_back("Content-Type", std::move(content_type));
    return r;
}

std::optional<std::string> percent_decode(std::string_view in, bool plus_as_space) {
    return plus_as_space ? pakn::form_decode(in) : pakn::percent_decode(in);
}

Pairs parse_query(std::string_view raw) { return pakn::parse_query_string(raw); }

}  // namespace pakn::server::http

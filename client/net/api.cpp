#include "net/api.h"

#include "platform/platform.h"

namespace pakn::client::net {

ApiError error_from_reply(int status, const nlohmann::json& body) {
    if (status == 0) return api_error(0, "network_error");
    ErrorBody decoded;
    FieldErrors shape;
    if (!body.is_discarded()) from_json(body, decoded, shape, std::string());
    // Not the API's error body (a proxy's page, an empty answer): a generic error.
    if (body.is_discarded() || !shape.empty())
        return api_error(status, status >= 500 ? "internal_error" : "malformed_request");
    ApiError e = api_error(status, decoded.code);
    if (!decoded.message.empty()) e.message = std::move(decoded.message);
    e.fields = std::move(decoded.fields);
    return e;
}

namespace {
std::function<void()> g_on_unauthorized;
}

void on_unauthorized(std::function<void()> handler) { g_on_unauthorized = std::move(handler); }

namespace {

// The platform's answer as a Reply: JSON when it is, the error filled for a
// failure, and the session's end reported.
Reply reply_of(const platform::HttpResult& result) {
    Reply reply;
    reply.status = result.status;
    reply.body = nlohmann::json::parse(result.body, nullptr, false);
    if (!reply.ok()) reply.error = error_from_reply(result.status, reply.body);
    if (reply.status == 401 && g_on_unauthorized) g_on_unauthorized();
    return reply;
}

}  // namespace

void send(const std::string& method, const std::string& url, const nlohmann::json& body, ReplyHandler on_reply,
          bool wake_on_reply) {
    std::string payload;
    if (!body.is_null()) payload = body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    platform::http_request(
        method, url, std::move(payload),
        [on_reply = std::move(on_reply)](platform::HttpResult result) { on_reply(reply_of(result)); }, wake_on_reply);
}

void download(const std::string& url, const std::string& fallback_name, ReplyHandler on_reply) {
    platform::download_url(url, fallback_name,
                           [on_reply = std::move(on_reply)](platform::HttpResult result) { on_reply(reply_of(result)); });
}

}  // namespace pakn::client::net

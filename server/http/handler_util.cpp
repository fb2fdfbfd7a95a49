#include "http/handler_util.h"

#include <charconv>

namespace pakn::server::http {

std::optional<std::int64_t> id_param(const Request& req, std::string_view name) {
    auto v = req.param(name);
    if (!v || v->empty() || v->size() > 18) return std::nullopt;
    std::int64_t id = 0;
    auto [p, ec] = std::from_chars(v->data(), v->data() + v->size(), id);
    if (ec != std::errc() || p != v->data() + v->size() || id <= 0) return std::nullopt;
    return id;
}

services::RequestInfo request_info(const Request& req) {
    return {req.remote_ip, std::string(req.header("user-agent").value_or(""))};
}

services::Session session_of(const Caller& caller) {
    return services::Session{caller.account, caller.token_hash, caller.csrf_token, caller.audience};
}

Response no_content() {
    Response r;
    r.status = 204;
    return r;
}

}  // namespace pakn::server::http

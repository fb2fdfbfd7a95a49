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

std::optional<Response> list_query(const Request& req, ListQuery& out) {
    auto q = parse_list_query(req.query);
    if (!q) return Response::error(validation_failed(std::move(q.errors)));
    out = std::move(q.value);
    return std::nullopt;
}

std::optional<Response> check_captcha(Context& ctx, const std::string& id, const std::string& answer) {
    if (ctx.services.captcha.check(id, answer)) return std::nullopt;
    return Response::error(validation_failed({field_error("captcha_answer", "captcha_invalid")}));
}

services::RequestInfo request_info(const Request& req) {
    return {req.remote_ip, std::string(req.header("user-agent").value_or(""))};
}

Response no_content() {
    Response r;
    r.status = 204;
    return r;
}

}  // namespace pakn::server::http

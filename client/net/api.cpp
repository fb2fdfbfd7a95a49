#include "net/api.h"

#include "platform/platform.h"

namespace pakn::client::net {

ApiError error_from_reply(int status, const nlohmann::json& body) {
    if (status == 0) return api_error(0, "network_error");
    ApiError e = api_error(status, status >= 500 ? "internal_error" : "malformed_request");
    if (!body.is_object()) return e;
    auto it = body.find("error");
    if (it == body.end() || !it->is_object()) return e;
    if (auto c = it->find("code"); c != it->end() && c->is_string()) e.code = c->get<std::string>();
    if (auto m = it->find("message"); m != it->end() && m->is_string()) e.message = m->get<std::string>();
    if (auto f = it->find("fields"); f != it->end() && f->is_array()) {
        for (const auto& item : *f) {
            if (!item.is_object()) continue;
            FieldError fe;
            if (auto v = item.find("field"); v != item.end() && v->is_string()) fe.field = v->get<std::string>();
            if (auto v = item.find("code"); v != item.end() && v->is_string()) fe.code = v->get<std::string>();
            if (auto v = item.find("message"); v != item.end() && v->is_string()) fe.message = v->get<std::string>();
            e.fields.push_back(std::move(fe));
        }
    }
    return e;
}

namespace {
std::function<void()> g_on_unauthorized;
}

void on_unauthorized(std::function<void()> handler) { g_on_unauthorized = std::move(handler); }

void send(const std::string& method, const std::string& url, const nlohmann::json& body, ReplyHandler on_reply) {
    std::string payload;
    if (!body.is_null()) payload = body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    platform::http_request(method, url, std::move(payload),
                           [on_reply = std::move(on_reply)](platform::HttpResult result) {
                               Reply reply;
                               reply.status = result.status;
                               reply.body = nlohmann::json::parse(result.body, nullptr, false);
                               if (!reply.ok()) reply.error = error_from_reply(result.status, reply.body);
                               if (reply.status == 401 && g_on_unauthorized) g_on_unauthorized();
                               on_reply(reply);
                           });
}

}  // namespace pakn::client::net

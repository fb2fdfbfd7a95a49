// Small helpers every handler uses: decode a body into a DTO (400 with the
// decoding problems), validate it with the shared rules (422), answer with a
// DTO, read ids from the path.
#pragma once

#include <optional>
#include <string>

#include "http/router.h"
#include "pakn/dto.h"
#include "pakn/forms.h"
#include "services/auth.h"

namespace pakn::server::http {

// Decodes the request body into `out`; a 400/415 Response when it does not.
template <typename T>
std::optional<Response> decode_body(const Request& req, T& out) {
    if (auto ct = req.header("content-type"); ct && ct->find("application/json") == std::string_view::npos)
        return Response::error(415, "unsupported_media_type");
    auto decoded = decode<T>(req.body);
    if (!decoded) return Response::error(decode_failure(std::move(decoded.errors)));
    out = std::move(decoded.value);
    return std::nullopt;
}

// Cleans `form` with the shared validators; a 422 Response when invalid.
template <typename T>
std::optional<Response> clean_form(T& form) {
    auto v = clean(form);
    if (!v) return Response::error(validation_failed(std::move(v.errors)));
    form = std::move(v.value);
    return std::nullopt;
}

// 200/201 with a DTO body.
template <typename T>
Response dto(int status, const T& value) {
    Response r;
    r.status = status;
    r.body = encode(value);
    r.headers.emplace_back("Content-Type", "application/json; charset=utf-8");
    return r;
}

// A positive integer path parameter, or nullopt.
std::optional<std::int64_t> id_param(const Request& req, std::string_view name = "id");

services::RequestInfo request_info(const Request& req);
services::Session session_of(const Caller& caller);
// 204 No Content.
Response no_content();

}  // namespace pakn::server::http

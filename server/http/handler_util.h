// Small helpers every handler uses: decode a body into a DTO (400 with the
// decoding problems), validate it with the shared rules (422), read the
// list query, answer with a DTO or an array of DTOs, read ids from the path.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/spreadsheet.h"
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

// The shared list-query rules on the URL (?q=&page=&status=...); a 422
// Response when a parameter is malformed.
std::optional<Response> list_query(const Request& req, ListQuery& out);

// 200/201 with a DTO body.
template <typename T>
Response dto(int status, const T& value) {
    Response r;
    r.status = status;
    r.body = encode(value);
    r.headers.emplace_back("Content-Type", "application/json; charset=utf-8");
    return r;
}

// A JSON array of DTOs (lists that are not paged: units, categories).
template <typename T>
Response array_of(const std::vector<T>& items) {
    nlohmann::json a = nlohmann::json::array();
    for (const auto& item : items) {
        nlohmann::json one;
        to_json(one, item);
        a.push_back(std::move(one));
    }
    Response r;
    r.body = dump_json(a);
    r.set_header("Content-Type", "application/json; charset=utf-8");
    return r;
}

// A service's answer: its DTO with `status`, or its error.
template <typename T>
Response answer(const Result<T>& result, int status = 200) {
    if (!result) return Response::error(result.error);
    return dto(status, result.value);
}

// A positive integer path parameter, or nullopt.
std::optional<std::int64_t> id_param(const Request& req, std::string_view name = "id");

// The proof that a browser request comes from a person: the captcha the form
// carries, consumed whatever the answer. A 422 Response on the answer field
// when it is wrong or expired.
std::optional<Response> check_captcha(Context& ctx, const std::string& id, const std::string& answer);

services::RequestInfo request_info(const Request& req);
// 204 No Content.
Response no_content();

// RFC 6266 Content-Disposition: an ASCII fallback plus the UTF-8 name.
std::string content_disposition(const std::string& name, bool inline_view);

// A download of `sheets` in the asked format (.xlsx workbook, or CSV with its
// separator), named "<stem>-<today>.<ext>", never cached.
Response spreadsheet_download(const std::vector<Sheet>& sheets, std::string_view stem, const ExportOptions& options,
                              const Date& today);

}  // namespace pakn::server::http

#include "http/handler_util.h"

#include <charconv>

#include "pakn/url.h"

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

std::string content_disposition(const std::string& name, bool inline_view) {
    std::string ascii;
    for (unsigned char c : name) ascii.push_back(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' ? static_cast<char>(c) : '_');
    const std::string encoded = percent_encode(name);
    return std::string(inline_view ? "inline" : "attachment") + "; filename=\"" + ascii +
           "\"; filename*=UTF-8''" + encoded;
}

Response spreadsheet_download(const std::vector<Sheet>& sheets, std::string_view stem, const ExportOptions& options,
                              const Date& today) {
    Response r;
    if (options.format == ExportFormat::xlsx) {
        r.body = xlsx_workbook(sheets);
        r.set_header("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    } else {
        r.body = csv_document(sheets, options.separator);
        r.set_header("Content-Type", "text/csv; charset=utf-8");
    }
    r.set_header("Content-Disposition", content_disposition(export_file_name(stem, today, options.format), false));
    r.set_header("Cache-Control", "no-store");
    r.set_header("X-Content-Type-Options", "nosniff");
    return r;
}

Response no_content() {
    Response r;
    r.status = 204;
    return r;
}

}  // namespace pakn::server::http

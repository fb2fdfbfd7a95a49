// Officer console endpoints beyond the report workflow: the unit dashboard
// (Thống kê đơn vị), the staff map (Bản đồ hồ sơ), colleagues, the answer templates (Mẫu trả lời) and the
// monthly-report exports. The inbox and actions live in handlers_reports.cpp.
#include "http/handler_util.h"
#include "http/handlers.h"
#include "pakn/answer_templates.h"
#include "pakn/dto_dashboard.h"
#include "pakn/dto_history.h"
#include "pakn/dto_map.h"
#include "pakn/inbox.h"
#include "services/answer_templates.h"
#include "services/dashboard.h"
#include "services/exports.h"
#include "services/history.h"
#include "services/reports.h"
#include "services/saved_filters.h"

namespace pakn::server::http {

Response handle_officer_dashboard(Context& ctx) {
    // ?unit=, ?from=, ?to= are read with the shared list-query rules so a
    // bad id or date gets the same field error as in the inbox.
    ListQuery q;
    if (auto bad = list_query(ctx.request, q)) return *bad;
    auto r = answer(ctx.services.dashboard.build(ctx.who(), q));
    r.set_header("Cache-Control", "no-store");
    return r;
}

namespace {

// The export options (?format=, ?separator=), or the 422 that refuses them.
std::optional<Response> export_options(const Request& req, ExportOptions& out) {
    auto v = parse_export_options(req.query);
    if (!v) return Response::error(validation_failed(std::move(v.errors)));
    out = v.value;
    return std::nullopt;
}

}  // namespace

Response handle_officer_dashboard_export(Context& ctx) {
    ListQuery q;
    if (auto bad = list_query(ctx.request, q)) return *bad;
    ExportOptions options;
    if (auto bad = export_options(ctx.request, options)) return *bad;
    auto d = ctx.services.dashboard.build(ctx.who(), q);
    if (!d) return Response::error(d.error);
    return spreadsheet_download(services::dashboard_sheets(d.value), "thong-ke", options,
                                local_date(ctx.services.clock.now()));
}

Response handle_inbox_export(Context& ctx) {
    ListQuery q;
    if (auto bad = list_query(ctx.request, q)) return *bad;
    ExportOptions options;
    if (auto bad = export_options(ctx.request, options)) return *bad;
    auto rows = ctx.services.reports.inbox_export(ctx.who(), q);
    if (!rows) return Response::error(rows.error);
    return spreadsheet_download(services::inbox_sheets(rows.value), "ho-so", options,
                                local_date(ctx.services.clock.now()));
}

Response handle_officer_map(Context& ctx) {
    // The inbox's filters, read by the same rules (a bad one: the same 422).
    ListQuery q;
    if (auto bad = list_query(ctx.request, q)) return *bad;
    // ?shapes=0: a client that already holds the boundaries asks for points only.
    const auto shapes = ctx.request.query_value("shapes").value_or("1");
    const bool with_shapes = !(shapes == "0" || shapes == "false");
    OfficerMap map = ctx.services.reports.officer_map(ctx.who(), q, with_shapes);
    map.tiles = ctx.services.tiles.source();
    auto r = dto(200, map);
    r.set_header("Cache-Control", "no-store");
    return r;
}

Response handle_officer_history(Context& ctx) {
    auto q = parse_history_query(ctx.request.query);
    if (!q) return Response::error(validation_failed(std::move(q.errors)));
    auto r = answer(ctx.services.history.page(ctx.who(), q.value));
    r.set_header("Cache-Control", "no-store");
    return r;
}

Response handle_officer_colleagues(Context& ctx) {
    auto r = array_of(ctx.services.reports.colleagues(ctx.who()));
    r.set_header("Cache-Control", "no-store");
    return r;
}

// ---------------------------------------------------------------- answer templates
Response handle_answer_templates(Context& ctx) {
    const std::string category(ctx.request.query_value("category").value_or(""));
    auto found = ctx.services.templates.visible(ctx.who(), category);
    if (!found) return Response::error(found.error);
    auto r = array_of(found.value);
    r.set_header("Cache-Control", "no-store");
    return r;
}

Response handle_answer_template_create(Context& ctx) {
    AnswerTemplateForm form;
    if (auto bad = decode_body(ctx.request, form)) return *bad;
    return answer(ctx.services.templates.create(ctx.who(), ctx.request.remote_ip, form), 201);
}

Response handle_answer_template_update(Context& ctx) {
    auto id = id_param(ctx.request);
    if (!id) return Response::error(404, "not_found");
    AnswerTemplateForm form;
    if (auto bad = decode_body(ctx.request, form)) return *bad;
    return answer(ctx.services.templates.update(ctx.who(), ctx.request.remote_ip, *id, form));
}

Response handle_answer_template_delete(Context& ctx) {
    auto id = id_param(ctx.request);
    if (!id) return Response::error(404, "not_found");
    if (auto refused = ctx.services.templates.remove(ctx.who(), ctx.request.remote_ip, *id))
        return Response::error(*refused);
    return no_content();
}

// ---------------------------------------------------------------- saved filters
Response handle_saved_filters(Context& ctx) {
    auto found = ctx.services.saved_filters.mine(ctx.who());
    if (!found) return Response::error(found.error);
    auto r = array_of(found.value);
    r.set_header("Cache-Control", "no-store");
    return r;
}

Response handle_saved_filter_create(Context& ctx) {
    SavedFilterForm form;
    if (auto bad = decode_body(ctx.request, form)) return *bad;
    return answer(ctx.services.saved_filters.create(ctx.who(), form), 201);
}

Response handle_saved_filter_delete(Context& ctx) {
    auto id = id_param(ctx.request);
    if (!id) return Response::error(404, "not_found");
    if (auto refused = ctx.services.saved_filters.remove(ctx.who(), *id)) return Response::error(*refused);
    return no_content();
}

}  // namespace pakn::server::http

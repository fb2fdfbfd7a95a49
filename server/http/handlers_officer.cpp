// Officer console endpoints beyond the report workflow: the unit dashboard
// (Thống kê đơn vị), colleagues, and the answer templates (Mẫu trả lời).
// The inbox and actions live in handlers_reports.cpp.
#include "http/handler_util.h"
#include "http/handlers.h"
#include "pakn/answer_templates.h"
#include "pakn/dto_dashboard.h"
#include "services/answer_templates.h"
#include "services/dashboard.h"
#include "services/reports.h"

namespace pakn::server::http {

Response handle_officer_dashboard(Context& ctx) {
    // ?unit= is the one filter; read with the shared list-query rules so a
    // bad id gets the same field error as in the inbox.
    ListQuery q;
    if (auto bad = list_query(ctx.request, q)) return *bad;
    auto r = answer(ctx.services.dashboard.build(ctx.who(), q.unit));
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

}  // namespace pakn::server::http

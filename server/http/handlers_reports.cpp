// Report endpoints: create/edit/read/act, my reports, the officer inbox,
// public lookup and published reports.
#include "app.h"
#include "http/convert.h"
#include "http/handler_util.h"
#include "http/handlers.h"
#include "pakn/dto.h"
#include "pakn/text.h"

namespace pakn::server::http {
namespace {

Response failure(const ApiError& e) { return Response::error(e); }

template <typename T, typename F>
Page<T> to_page(const store::ReportPage& p, const ListQuery& q, F convert) {
    Page<T> page;
    page.total = p.total;
    page.page = q.page;
    page.page_size = q.page_size;
    for (const auto& r : p.rows) page.items.push_back(convert(r));
    return page;
}

std::optional<Response> list_query(const Request& req, ListQuery& out) {
    auto q = parse_list_query(req.query);
    if (!q) return Response::error(validation_failed(std::move(q.errors)));
    out = std::move(q.value);
    return std::nullopt;
}

}  // namespace

Response handle_report_create(Context& ctx) {
    ReportForm form;
    if (auto bad = decode_body(ctx.request, form)) return *bad;
    ReportRules rules;
    rules.officer_intake = ctx.caller->officer();
    // Citizens prove they are people when they send; drafts need no captcha.
    rules.require_captcha = !rules.officer_intake;
    // The center has no drafts: what it enters for a caller is sent at once,
    // so it must pass the full rules for a sent report.
    if (rules.officer_intake) form.submit = true;
    auto cleaned = clean(form, rules);
    if (!cleaned) return Response::error(validation_failed(std::move(cleaned.errors)));
    form = std::move(cleaned.value);
    if (form.submit && rules.require_captcha && !ctx.app.auth->check_captcha(form.captcha_id, form.captcha_answer))
        return Response::error(validation_failed({field_error("captcha_answer", "captcha_invalid")}));
    auto created = ctx.app.reports->create(*ctx.caller, form);
    if (!created) return failure(created.error);
    const auto& r = created.value;
    return dto(201, ReportCreated{r.id, r.code, parse_status(r.status).value_or(Status::draft)});
}

Response handle_report_edit(Context& ctx) {
    auto id = id_param(ctx.request);
    if (!id) return Response::error(404, "not_found");
    ReportForm form;
    if (auto bad = decode_body(ctx.request, form)) return *bad;
    ReportRules rules;
    rules.require_captcha = true;
    auto cleaned = clean(form, rules);
    if (!cleaned) return Response::error(validation_failed(std::move(cleaned.errors)));
    form = std::move(cleaned.value);
    if (form.submit && !ctx.app.auth->check_captcha(form.captcha_id, form.captcha_answer))
        return Response::error(validation_failed({field_error("captcha_answer", "captcha_invalid")}));
    auto saved = ctx.app.reports->edit(*ctx.caller, *id, form);
    if (!saved) return failure(saved.error);
    auto view = ctx.app.reports->view(ctx.caller, *id);
    if (!view) return failure(view.error);
    return dto(200, to_detail(view.value, ctx.app.clock->now()));
}

Response handle_report_get(Context& ctx) {
    auto id = id_param(ctx.request);
    if (!id) return Response::error(404, "not_found");
    auto view = ctx.app.reports->view(ctx.caller, *id);
    if (!view) return failure(view.error);
    return dto(200, to_detail(view.value, ctx.app.clock->now()));
}

Response handle_report_action(Context& ctx) {
    auto id = id_param(ctx.request);
    if (!id) return Response::error(404, "not_found");
    ActionRequestBody body;
    if (auto bad = decode_body(ctx.request, body)) return *bad;
    auto cleaned = clean(body.form);
    if (!cleaned) return Response::error(validation_failed(std::move(cleaned.errors)));
    services::ActionExtras extras;
    extras.priority = body.priority;
    extras.attachment_ids = body.attachment_ids;
    extras.expected_version = body.version;
    auto done = ctx.app.reports->act(*ctx.caller, *id, cleaned.value, extras);
    if (!done) return failure(done.error);
    return dto(200, to_detail(done.value, ctx.app.clock->now()));
}

Response handle_my_reports(Context& ctx) {
    ListQuery q;
    if (auto bad = list_query(ctx.request, q)) return *bad;
    const auto now = ctx.app.clock->now();
    auto page = ctx.app.reports->mine(*ctx.caller, q);
    return dto(200, to_page<ReportSummary>(page, q, [&](const store::ReportRow& r) { return to_summary(r, now); }));
}

Response handle_inbox(Context& ctx) {
    ListQuery q;
    if (auto bad = list_query(ctx.request, q)) return *bad;
    const auto now = ctx.app.clock->now();
    auto page = ctx.app.reports->inbox(*ctx.caller, q);
    return dto(200, to_page<ReportSummary>(page, q, [&](const store::ReportRow& r) { return to_summary(r, now); }));
}

Response handle_public_lookup(Context& ctx) {
    auto code = ctx.request.param("code");
    std::string normalized;
    for (char ch : code.value_or(""))
        normalized.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(ch))));
    if (normalized.size() < 6 || normalized.size() > 20) return Response::error(404, "not_found");
    auto r = ctx.app.reports->lookup(normalized);
    if (!r || r->status == "draft") return Response::error(404, "not_found");
    return dto(200, to_lookup(*r));
}

Response handle_public_reports(Context& ctx) {
    ListQuery q;
    if (auto bad = list_query(ctx.request, q)) return *bad;
    auto page = ctx.app.reports->published(q);
    Page<PublicReport> out;
    out.total = page.total;
    out.page = q.page;
    out.page_size = q.page_size;
    for (const auto& r : page.rows) {
        services::ReportView v;
        v.report = r;
        v.visibility = services::Visibility::published;
        auto p = to_public(v);
        p.content = truncate_chars(p.content, 300);  // the list shows an excerpt
        out.items.push_back(std::move(p));
    }
    auto res = dto(200, out);
    res.set_header("Cache-Control", "public, max-age=30");
    return res;
}

Response handle_public_report(Context& ctx) {
    auto id = id_param(ctx.request);
    if (!id) return Response::error(404, "not_found");
    auto view = ctx.app.reports->view(std::nullopt, *id);
    if (!view) return failure(view.error);
    return dto(200, to_public(view.value));
}

}  // namespace pakn::server::http

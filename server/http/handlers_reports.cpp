// Report endpoints: create/edit/read/act, my reports, the officer inbox,
// public lookup and published reports.
#include "http/handler_util.h"
#include "http/handlers.h"
#include "pakn/calendar.h"
#include "pakn/dto.h"
#include "pakn/follow.h"
#include "pakn/inbox.h"
#include "pakn/text.h"

namespace pakn::server::http {
namespace {

// A report form judged by the shared rules for who sends it; citizens prove
// they are people when they send (drafts need no captcha), once per sign-in
// while their pace stays a person's (AuthService::report_needs_captcha). A
// Response when refused.
std::optional<Response> checked_report_form(Context& ctx, ReportForm& form, bool officer_intake) {
    ReportRules rules;
    rules.officer_intake = officer_intake;
    rules.require_captcha = !officer_intake && form.submit && ctx.services.auth.report_needs_captcha(*ctx.session);
    rules.today = local_date(ctx.services.clock.now());
    // The center has no drafts: what it enters for a caller is sent at once,
    // so it must pass the full rules for a sent report.
    if (officer_intake) form.submit = true;
    auto cleaned = clean(form, rules);
    if (!cleaned) return Response::error(validation_failed(std::move(cleaned.errors)));
    form = std::move(cleaned.value);
    if (form.submit && rules.require_captcha) return check_captcha(ctx, form.captcha_id, form.captcha_answer);
    return std::nullopt;
}

// An idempotency key that is not a UUID is a client's bug, not the
// citizen's: 400 with the field named, before anything else is judged.
std::optional<Response> checked_idempotency_key(const ReportForm& form) {
    if (form.idempotency_key.empty() || valid_idempotency_key(form.idempotency_key)) return std::nullopt;
    return Response::error(decode_failure({field_error("idempotency_key", "invalid_idempotency_key")}));
}

}  // namespace

Response handle_report_create(Context& ctx) {
    ReportForm form;
    if (auto bad = decode_body(ctx.request, form)) return *bad;
    if (auto bad = checked_idempotency_key(form)) return *bad;
    // A retry of a send whose answer was lost on the way (a weak network):
    // the report the first try made, before the captcha is judged, since
    // the first try used its answer up. Only the caller's own keys count.
    if (auto earlier = ctx.services.reports.created_with_key(ctx.who(), form.idempotency_key))
        return dto(200, *earlier);
    if (auto bad = checked_report_form(ctx, form, ctx.who().officer())) return *bad;
    auto created = ctx.services.reports.create(ctx.who(), form);
    if (created && form.submit && !ctx.who().officer()) ctx.services.auth.sent_report(*ctx.session);
    return answer(std::move(created), 201);
}

Response handle_report_edit(Context& ctx) {
    auto id = id_param(ctx.request);
    if (!id) return Response::error(404, "not_found");
    ReportForm form;
    if (auto bad = decode_body(ctx.request, form)) return *bad;
    // An edit names its report already: a key would be silently meaningless.
    if (!form.idempotency_key.empty())
        return Response::error(decode_failure({field_error("idempotency_key", "field_not_applicable")}));
    if (auto bad = checked_report_form(ctx, form, false)) return *bad;
    auto edited = ctx.services.reports.edit(ctx.who(), *id, form);
    if (edited && form.submit) ctx.services.auth.sent_report(*ctx.session);
    return answer(std::move(edited));
}

Response handle_report_get(Context& ctx) {
    auto id = id_param(ctx.request);
    if (!id) return Response::error(404, "not_found");
    return answer(ctx.services.reports.view(ctx.principal(), *id));
}

Response handle_report_action(Context& ctx) {
    auto id = id_param(ctx.request);
    if (!id) return Response::error(404, "not_found");
    ActionRequestBody body;
    if (auto bad = decode_body(ctx.request, body)) return *bad;
    if (auto bad = clean_form(body.form)) return *bad;
    return answer(ctx.services.reports.act(ctx.who(), *id, body));
}

Response handle_reports_bulk(Context& ctx) {
    BulkActionForm form;
    if (auto bad = decode_body(ctx.request, form)) return *bad;
    if (auto bad = clean_form(form)) return *bad;
    return answer(ctx.services.reports.bulk(ctx.who(), form));
}

Response handle_report_public_preview(Context& ctx) {
    auto id = id_param(ctx.request);
    if (!id) return Response::error(404, "not_found");
    return answer(ctx.services.reports.public_preview(ctx.who(), *id));
}

// "Đã có người phản ánh gần đây": asked while the form is typed (the client
// waits for a pause), so it reads a bounded, index-backed slice.
Response handle_reports_nearby(Context& ctx) {
    auto q = parse_nearby_query(ctx.request.query);
    if (!q) return Response::error(validation_failed(std::move(q.errors)));
    auto r = array_of(ctx.services.follows.nearby(ctx.principal(), q.value));
    r.set_header("Cache-Control", "no-store");
    return r;
}

Response handle_report_follow(Context& ctx) {
    auto id = id_param(ctx.request);
    if (!id) return Response::error(404, "not_found");
    return answer(ctx.services.follows.follow(ctx.who(), *id));
}

Response handle_report_unfollow(Context& ctx) {
    auto id = id_param(ctx.request);
    if (!id) return Response::error(404, "not_found");
    return answer(ctx.services.follows.unfollow(ctx.who(), *id));
}

Response handle_subscriptions(Context& ctx) {
    auto r = array_of(ctx.services.follows.subscriptions(ctx.who()));
    r.set_header("Cache-Control", "no-store");
    return r;
}

Response handle_subscription_create(Context& ctx) {
    AlertSubscriptionForm form;
    if (auto bad = decode_body(ctx.request, form)) return *bad;
    return answer(ctx.services.follows.subscribe(ctx.who(), form), 201);
}

Response handle_subscription_delete(Context& ctx) {
    auto id = id_param(ctx.request);
    if (!id) return Response::error(404, "not_found");
    if (auto refused = ctx.services.follows.unsubscribe(ctx.who(), *id)) return Response::error(*refused);
    return no_content();
}

Response handle_my_reports(Context& ctx) {
    ListQuery q;
    if (auto bad = list_query(ctx.request, q)) return *bad;
    return dto(200, ctx.services.reports.mine(ctx.who(), q));
}

Response handle_inbox(Context& ctx) {
    ListQuery q;
    if (auto bad = list_query(ctx.request, q)) return *bad;
    return dto(200, ctx.services.reports.inbox(ctx.who(), q));
}

Response handle_inbox_counts(Context& ctx) {
    ListQuery q;
    if (auto bad = list_query(ctx.request, q)) return *bad;
    auto r = dto(200, ctx.services.reports.inbox_counts(ctx.who(), q));
    r.set_header("Cache-Control", "no-store");
    return r;
}

Response handle_public_lookup(Context& ctx) {
    return answer(ctx.services.reports.lookup(ctx.principal(), ctx.request.param("code").value_or("")));
}

Response handle_public_reports(Context& ctx) {
    ListQuery q;
    if (auto bad = list_query(ctx.request, q)) return *bad;
    auto res = dto(200, ctx.services.reports.published(q));
    res.set_header("Cache-Control", "public, max-age=30");
    return res;
}

Response handle_public_report(Context& ctx) {
    auto id = id_param(ctx.request);
    if (!id) return Response::error(404, "not_found");
    return answer(ctx.services.reports.public_view(*id));
}

}  // namespace pakn::server::http

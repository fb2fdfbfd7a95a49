// Sign-in and account endpoints (/auth/*, /me*). Decode, validate with the
// shared forms, call AuthService, encode.
#include "app.h"
#include "http/handler_util.h"
#include "http/handlers.h"
#include "http/convert.h"
#include "store/reports_store.h"

namespace pakn::server::http {
namespace {

Response failure(const ApiError& e) {
    auto r = Response::error(e);
    if (e.status == 429) r.set_header("Retry-After", std::to_string(e.retry_after_seconds > 0 ? e.retry_after_seconds : 60));
    return r;
}

std::optional<Response> check_captcha(App& app, const std::string& id, const std::string& answer) {
    if (app.auth->check_captcha(id, answer)) return std::nullopt;
    return Response::error(validation_failed({field_error("captcha_answer", "captcha_invalid")}));
}

}  // namespace

Response handle_captcha(Context& ctx) {
    auto c = ctx.app.auth->new_captcha();
    return dto(200, Captcha{c.id, c.question});
}

Response handle_register(Context& ctx) {
    RegisterForm form;
    if (auto bad = decode_body(ctx.request, form)) return *bad;
    if (auto bad = clean_form(form)) return *bad;
    if (auto bad = check_captcha(ctx.app, form.captcha_id, form.captcha_answer)) return *bad;
    auto started = ctx.app.auth->start_registration(form, request_info(ctx.request));
    if (!started) return failure(started.error);
    return dto(201, RegisterResponse{started.value.ref, started.value.sent_to_masked,
                                     ctx.app.auth->settings().otp_resend_cooldown});
}

Response handle_register_verify(Context& ctx) {
    OtpForm form;
    if (auto bad = decode_body(ctx.request, form)) return *bad;
    if (auto bad = clean_form(form)) return *bad;
    auto done = ctx.app.auth->verify_registration(form.registration_id, form.otp);
    if (!done) return failure(done.error);
    return dto(200, to_account(done.value));
}

Response handle_otp_resend(Context& ctx) {
    ResendOtpForm form;
    if (auto bad = decode_body(ctx.request, form)) return *bad;
    if (auto bad = clean_form(form)) return *bad;
    const bool reg = !form.registration_id.empty();
    auto sent = ctx.app.auth->resend_code(reg ? "register" : "reset", reg ? form.registration_id : form.reset_id);
    if (!sent) return failure(sent.error);
    return dto(200, ResendResponse{sent.value.sent_to_masked, ctx.app.auth->settings().otp_resend_cooldown});
}

Response handle_login(Context& ctx) {
    LoginForm form;
    if (auto bad = decode_body(ctx.request, form)) return *bad;
    if (auto bad = clean_form(form)) return *bad;
    if (auto bad = check_captcha(ctx.app, form.captcha_id, form.captcha_answer)) return *bad;
    auto signed_in = ctx.app.auth->login(form, request_info(ctx.request));
    if (!signed_in) return failure(signed_in.error);
    // A new sign-in replaces whatever session this browser had.
    if (ctx.caller) ctx.app.auth->logout(ctx.caller->token_hash);
    auto r = dto(200, LoginResponse{to_account(signed_in.value.account), signed_in.value.csrf_token});
    r.set_header("Set-Cookie", session_cookie(signed_in.value.token, ctx.app.auth->settings().session_absolute,
                                              ctx.request.tls));
    return r;
}

Response handle_logout(Context& ctx) {
    ctx.app.auth->logout(ctx.caller->token_hash);
    auto r = no_content();
    r.set_header("Set-Cookie", clear_session_cookie(ctx.request.tls));
    return r;
}

Response handle_password_forgot(Context& ctx) {
    ForgotPasswordForm form;
    if (auto bad = decode_body(ctx.request, form)) return *bad;
    if (auto bad = clean_form(form)) return *bad;
    auto sent = ctx.app.auth->forgot_password(form.phone);
    if (!sent) return failure(sent.error);
    return dto(200, ForgotResponse{sent.value.ref, sent.value.sent_to_masked,
                                   ctx.app.auth->settings().otp_resend_cooldown});
}

Response handle_password_reset(Context& ctx) {
    ResetPasswordForm form;
    if (auto bad = decode_body(ctx.request, form)) return *bad;
    if (auto bad = clean_form(form)) return *bad;
    auto done = ctx.app.auth->reset_password(form.reset_id, form.otp, form.new_password);
    if (!done) return failure(done.error);
    return no_content();
}

Response handle_session(Context& ctx) {
    // "Not signed in" is a normal answer here, not an error: a 401 would show
    // up as a failed request in every visitor's browser console.
    if (!ctx.caller) return no_content();
    return dto(200, LoginResponse{to_account(ctx.caller->account), ctx.caller->csrf_token});
}

Response handle_me(Context& ctx) { return dto(200, to_account(ctx.caller->account)); }

Response handle_me_patch(Context& ctx) {
    ProfilePatch patch;
    if (auto bad = decode_body(ctx.request, patch)) return *bad;
    ProfileForm form = apply_patch(profile_of(to_account(ctx.caller->account)), patch);
    if (auto bad = clean_form(form)) return *bad;
    auto session = session_of(*ctx.caller);
    // A new phone number is only taken once a code sent to it comes back.
    if (patch.phone && form.phone != ctx.caller->account.phone) {
        auto sent = ctx.app.auth->start_phone_change(session, form.phone);
        if (!sent) return failure(sent.error);
        auto updated = ctx.app.auth->update_profile(session, form);
        if (!updated) return failure(updated.error);
        return dto(202, ResendResponse{sent.value.sent_to_masked, ctx.app.auth->settings().otp_resend_cooldown});
    }
    auto updated = ctx.app.auth->update_profile(session, form);
    if (!updated) return failure(updated.error);
    return dto(200, to_account(updated.value));
}

Response handle_me_phone_verify(Context& ctx) {
    OtpForm form;
    if (auto bad = decode_body(ctx.request, form)) return *bad;
    // The session names the account: only the code is needed.
    const Checked otp = clean_otp(form.otp);
    if (!otp.ok()) return Response::error(validation_failed({field_error("otp", otp.error)}));
    auto done = ctx.app.auth->verify_phone_change(session_of(*ctx.caller), otp.value);
    if (!done) return failure(done.error);
    return dto(200, to_account(done.value));
}

Response handle_me_password(Context& ctx) {
    ChangePasswordForm form;
    if (auto bad = decode_body(ctx.request, form)) return *bad;
    if (auto bad = clean_form(form)) return *bad;
    auto done = ctx.app.auth->change_password(session_of(*ctx.caller), form.old_password, form.new_password);
    if (!done) return failure(done.error);
    return no_content();
}

Response handle_me_delete(Context& ctx) {
    DeleteAccountForm form;
    if (auto bad = decode_body(ctx.request, form)) return *bad;
    if (auto bad = clean_form(form)) return *bad;
    auto done = ctx.app.auth->delete_account(session_of(*ctx.caller), form.password, request_info(ctx.request));
    if (!done) return failure(done.error);
    auto r = no_content();
    r.set_header("Set-Cookie", clear_session_cookie(ctx.request.tls));
    return r;
}

Response handle_notifications(Context& ctx) {
    auto q = parse_list_query(ctx.request.query);
    if (!q) return Response::error(validation_failed(std::move(q.errors)));
    const auto id = ctx.caller->account.id;
    Page<Notification> page;
    page.page = q.value.page;
    page.page_size = q.value.page_size;
    ctx.app.db->read([&](store::Connection& c) {
        page.total = store::count_notifications(c, id);
        for (const auto& n : store::list_notifications(c, id, q.value.page, q.value.page_size))
            page.items.push_back(to_notification(n));
        return 0;
    });
    return dto(200, page);
}

Response handle_notification_read(Context& ctx) {
    auto id = id_param(ctx.request);
    if (!id) return Response::error(404, "not_found");
    const auto now = ctx.app.clock->now();
    const bool ok = ctx.app.db->write(
        [&](store::Connection& c) { return store::mark_read(c, ctx.caller->account.id, *id, now); });
    if (!ok) return Response::error(404, "not_found");
    if (ctx.app.hub) ctx.app.hub->publish();
    return no_content();
}

Response handle_notifications_read_all(Context& ctx) {
    const auto now = ctx.app.clock->now();
    ctx.app.db->write([&](store::Connection& c) { store::mark_all_read(c, ctx.caller->account.id, now); });
    if (ctx.app.hub) ctx.app.hub->publish();
    return no_content();
}

}  // namespace pakn::server::http

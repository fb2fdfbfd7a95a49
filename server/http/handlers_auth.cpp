// Sign-in and account endpoints (/auth/*, /me*): decode, validate with the
// shared forms, call the services, encode.
#include "http/handler_util.h"
#include "http/handlers.h"

namespace pakn::server::http {

Response handle_captcha(Context& ctx) {
    const auto kind = ctx.request.query_value("kind").value_or("image");
    return answer(ctx.services.captcha.create(kind, ctx.request.remote_ip));
}

// GET /captcha/{id}.png: the picture of an image challenge, until answered.
Response handle_captcha_image(Context& ctx) {
    std::string_view file = ctx.request.param("file").value_or("");
    if (!file.ends_with(".png")) return Response::error(404, "not_found");
    auto png = ctx.services.captcha.image(std::string(file.substr(0, file.size() - 4)));
    if (!png) return Response::error(404, "not_found");
    Response r;
    r.body = std::move(*png);
    r.set_header("Content-Type", "image/png");
    r.set_header("Cache-Control", "no-store");
    return r;
}

// The captcha is checked by the service, after the cheaper refusals (the
// address's quota, sign-in delays), so a refused request spends none.
Response handle_register(Context& ctx) {
    RegisterForm form;
    if (auto bad = decode_body(ctx.request, form)) return *bad;
    // A CCCD's birth year is judged against today in Vietnam.
    auto cleaned = clean(form, local_date(ctx.services.clock.now()));
    if (!cleaned) return Response::error(validation_failed(std::move(cleaned.errors)));
    form = std::move(cleaned.value);
    return answer(ctx.services.auth.start_registration(form, request_info(ctx.request)), 201);
}

Response handle_register_verify(Context& ctx) {
    OtpForm form;
    if (auto bad = decode_body(ctx.request, form)) return *bad;
    if (auto bad = clean_form(form)) return *bad;
    return answer(ctx.services.auth.verify_registration(form.registration_id, form.otp, request_info(ctx.request)));
}

Response handle_otp_resend(Context& ctx) {
    ResendOtpForm form;
    if (auto bad = decode_body(ctx.request, form)) return *bad;
    if (auto bad = clean_form(form)) return *bad;
    const bool reg = !form.registration_id.empty();
    return answer(ctx.services.auth.resend_code(reg ? "register" : "reset", reg ? form.registration_id : form.reset_id,
                                                request_info(ctx.request)));
}

Response handle_login(Context& ctx) {
    LoginForm form;
    if (auto bad = decode_body(ctx.request, form)) return *bad;
    if (auto bad = clean_form(form)) return *bad;
    auto signed_in = ctx.services.auth.login(form, request_info(ctx.request));
    if (!signed_in) return Response::error(signed_in.error);
    // A new sign-in replaces whatever session this browser had.
    if (ctx.session) ctx.services.auth.logout(*ctx.session);
    auto r = dto(200, signed_in.value.response);
    r.set_header("Set-Cookie", session_cookie(signed_in.value.token, ctx.services.auth.settings().session_absolute,
                                              ctx.request.tls));
    return r;
}

Response handle_logout(Context& ctx) {
    ctx.services.auth.logout(*ctx.session);
    auto r = no_content();
    r.set_header("Set-Cookie", clear_session_cookie(ctx.request.tls));
    return r;
}

Response handle_password_forgot(Context& ctx) {
    ForgotPasswordForm form;
    if (auto bad = decode_body(ctx.request, form)) return *bad;
    if (auto bad = clean_form(form)) return *bad;
    return answer(ctx.services.auth.forgot_password(form, request_info(ctx.request)));
}

// The code of a reset flow, checked before the new password is asked for;
// not spent (the reset itself spends it), but a wrong one counts as on reset.
Response handle_password_reset_check(Context& ctx) {
    OtpForm form;
    if (auto bad = decode_body(ctx.request, form)) return *bad;
    // A reset's handle, not a registration's.
    if (form.reset_id.empty()) return Response::error(validation_failed({field_error("reset_id", "required")}));
    if (auto bad = clean_form(form)) return *bad;
    auto checked = ctx.services.auth.check_reset_code(form.reset_id, form.otp, request_info(ctx.request));
    if (!checked) return Response::error(checked.error);
    return no_content();
}

Response handle_password_reset(Context& ctx) {
    ResetPasswordForm form;
    if (auto bad = decode_body(ctx.request, form)) return *bad;
    if (auto bad = clean_form(form)) return *bad;
    auto done = ctx.services.auth.reset_password(form.reset_id, form.otp, form.new_password, request_info(ctx.request));
    if (!done) return Response::error(done.error);
    return no_content();
}

Response handle_session(Context& ctx) {
    // "Not signed in" is a normal answer here, not an error: a 401 would show
    // up as a failed request in every visitor's browser console.
    if (!ctx.session) return no_content();
    auto account = ctx.services.auth.account(ctx.who());
    if (!account) return no_content();
    return dto(200, LoginResponse{std::move(*account), ctx.session->csrf_token,
                                  ctx.services.auth.report_needs_captcha(*ctx.session)});
}

Response handle_me(Context& ctx) {
    auto account = ctx.services.auth.account(ctx.who());
    if (!account) return Response::error(401, "session_expired");
    return dto(200, *account);
}

Response handle_me_patch(Context& ctx) {
    ProfilePatch patch;
    if (auto bad = decode_body(ctx.request, patch)) return *bad;
    auto updated = ctx.services.auth.update_profile(ctx.who(), patch, request_info(ctx.request));
    if (!updated) return Response::error(updated.error);
    // A new phone number is only taken once the code sent to it comes back.
    if (updated.value.code_sent) return dto(202, *updated.value.code_sent);
    return dto(200, *updated.value.account);
}

Response handle_me_phone_verify(Context& ctx) {
    OtpForm form;
    if (auto bad = decode_body(ctx.request, form)) return *bad;
    // The session names the account: only the code is needed.
    const Checked otp = clean_otp(form.otp);
    if (!otp.ok()) return Response::error(validation_failed({field_error("otp", otp.error)}));
    return answer(ctx.services.auth.verify_phone_change(ctx.who(), otp.value, request_info(ctx.request)));
}

Response handle_me_password(Context& ctx) {
    ChangePasswordForm form;
    if (auto bad = decode_body(ctx.request, form)) return *bad;
    if (auto bad = clean_form(form)) return *bad;
    auto done = ctx.services.auth.change_password(*ctx.session, form.old_password, form.new_password);
    if (!done) return Response::error(done.error);
    return no_content();
}

Response handle_me_delete(Context& ctx) {
    DeleteAccountForm form;
    if (auto bad = decode_body(ctx.request, form)) return *bad;
    if (auto bad = clean_form(form)) return *bad;
    auto done = ctx.services.auth.delete_account(ctx.who(), form.password, request_info(ctx.request));
    if (!done) return Response::error(done.error);
    auto r = no_content();
    r.set_header("Set-Cookie", clear_session_cookie(ctx.request.tls));
    return r;
}

Response handle_me_summary(Context& ctx) { return dto(200, ctx.services.notifications.summary(ctx.who())); }

Response handle_notifications(Context& ctx) {
    ListQuery q;
    if (auto bad = list_query(ctx.request, q)) return *bad;
    return dto(200, ctx.services.notifications.list(ctx.who(), q.page, q.page_size));
}

Response handle_notification_read(Context& ctx) {
    auto id = id_param(ctx.request);
    if (!id || !ctx.services.notifications.mark_read(ctx.who(), *id)) return Response::error(404, "not_found");
    return no_content();
}

Response handle_notifications_read_all(Context& ctx) {
    ctx.services.notifications.mark_all_read(ctx.who());
    return no_content();
}

Response handle_notice_settings(Context& ctx) {
    return dto(200, ctx.services.notifications.notice_settings(ctx.who()));
}

Response handle_notice_settings_put(Context& ctx) {
    NoticeSettings wanted;
    if (auto bad = decode_body(ctx.request, wanted)) return *bad;
    auto done = ctx.services.notifications.change_notice_settings(ctx.who(), wanted);
    if (!done) return Response::error(done.error);
    return dto(200, done.value);
}

}  // namespace pakn::server::http

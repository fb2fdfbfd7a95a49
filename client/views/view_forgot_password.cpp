// Lấy lại mật khẩu (seed 2.3 and the mobile app): the phone number the
// account registered with; the server sends a code there (and answers the
// same for an unknown number, so this form tells nobody who has an account).
#include <imgui.h>

#include "app/app.h"
#include "app/strings.h"
#include "views/accounts_common.h"

namespace pakn::client::views {
namespace txt = tr::accounts;

namespace {

constexpr std::string_view kFields[] = {"phone", "captcha_answer"};

void send(App& app) {
    auto& s = app.views.accounts.forgot;
    s.form.captcha_id = acc::captcha_id(s.captcha);
    const auto cleaned = clean(s.form);
    if (!acc::ready_to_send(s.status, cleaned.errors, kFields)) return;
    acc::begin_send(s.status);
    net::post("/api/v1/auth/password/forgot", acc::body_of(cleaned.value), [&app](const net::Reply& reply) {
        auto& st = app.views.accounts.forgot;
        ForgotResponse response;
        if (!reply.ok() || !net::decode_reply(reply, response)) {
            acc::take_failure(st.status, reply, kFields);
            // The server has seen (and spent) this challenge.
            acc::refresh_captcha(st.captcha, st.form.captcha_answer, st.status);
            return;
        }
        st.status = FormStatus{};
        app.views.accounts.reset = ResetState{};
        acc::start_otp_flow(app, OtpPurpose::reset, response.reset_id, response.otp_sent_to,
                            response.resend_after_seconds, "/quen-mat-khau");
        app.navigate("/xac-thuc-otp");
    });
}

}  // namespace

void draw_forgot_password(App& app) {
    auto& s = app.views.accounts.forgot;
    if (acc::entering(app, s.last_frame)) {
        s.status = FormStatus{};
        // A challenge fetched on an earlier visit may have been spent or expired.
        if (s.captcha.challenge.phase != net::Phase::idle) acc::refresh_captcha(s.captcha, s.form.captcha_answer);
    }
    s.form.captcha_id = acc::captcha_id(s.captcha);
    const FieldErrors local = validate(s.form);
    acc::form_column("##forgot", 520, [&] {
        ui::heading(txt::kForgotHeading);
        ui::card("##forgot-card", [&] {
            ui::paragraph(txt::kForgotIntro);
            ImGui::Spacing();
            acc::draw_messages(s.status);
            bool submit = acc::form_field(s.status, local, "phone", txt::kPhoneLabel, s.form.phone,
                                                {.hint = txt::kPhoneHint, .required = true, .numeric = true});
            ImGui::Spacing();
            submit |= acc::captcha_field(s.captcha, s.status, local, s.form.captcha_answer);
            ImGui::Spacing();
            if ((acc::wide_button(txt::kForgotConfirm, true, !s.status.sending) || submit) && !s.status.sending)
                send(app);
            if (s.status.sending) ui::spinner(txt::kSending);
            ImGui::Spacing();
            if (acc::wide_button(txt::kBackToLogin, false)) app.navigate("/dang-nhap");
        });
    });
}

}  // namespace pakn::client::views

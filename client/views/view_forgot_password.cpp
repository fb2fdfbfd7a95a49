// Lấy lại mật khẩu (seed 2.3 and the mobile app): the phone number the
// account registered with; the server sends a code there (and answers the
// same for an unknown number, so this form tells nobody who has an account).
#include <imgui.h>

#include "app/app.h"
#include "app/screens.h"
#include "app/strings_accounts.h"
#include "app/strings_common.h"
#include "views/accounts_common.h"

namespace pakn::client::views {
namespace txt = tr::accounts;

namespace {

constexpr std::string_view kFields[] = {"phone", "captcha_answer"};

void send(App& app) {
    auto& s = account_states(app).forgot;
    s.form.captcha_id = ui::captcha_id(s.captcha);
    const auto cleaned = clean(s.form);
    if (!ui::ready_to_send(s.status, cleaned.errors, kFields)) return;
    ui::begin_send(s.status);
    net::post("/api/v1/auth/password/forgot", net::body_of(cleaned.value), [&app](const net::Reply& reply) {
        auto& st = account_states(app).forgot;
        ForgotResponse response;
        if (!reply.ok() || !net::decode_reply(reply, response)) {
            ui::take_failure(st.status, reply, kFields);
            // The server has seen (and spent) this challenge.
            ui::refresh_captcha(st.captcha, st.form.captcha_answer, st.status);
            return;
        }
        st.status = ui::FormStatus{};
        account_states(app).reset = ResetState{};
        acc::start_otp_flow(app, OtpPurpose::reset, response.reset_id, response.otp_sent_to,
                            response.resend_after_seconds, path_to(Screen::forgot_password));
        app.navigate(path_to(Screen::verify_otp));
    });
}

}  // namespace

void draw_forgot_password(App& app) {
    auto& s = account_states(app).forgot;
    if (app.screen_entered()) {
        s.status = ui::FormStatus{};
        // A challenge fetched on an earlier visit may have been spent or expired.
        if (s.captcha.challenge.phase != net::Phase::idle) ui::refresh_captcha(s.captcha, s.form.captcha_answer);
    }
    s.form.captcha_id = ui::captcha_id(s.captcha);
    const FieldErrors local = validate(s.form);
    ui::form_column("##forgot", 520, [&] {
        ui::heading(txt::kForgotHeading);
        ui::card("##forgot-card", [&] {
            ui::paragraph(txt::kForgotIntro);
            ImGui::Spacing();
            ui::draw_messages(s.status);
            bool submit = ui::form_field(s.status, local, "phone", tr::kPhone, s.form.phone,
                                         {.hint = txt::kPhoneHint, .required = true, .numeric = true});
            ImGui::Spacing();
            submit |= ui::captcha_field(s.captcha, s.status, local, s.form.captcha_answer);
            ImGui::Spacing();
            if ((ui::wide_button(txt::kForgotConfirm, true, !s.status.sending) || submit) && !s.status.sending)
                send(app);
            if (s.status.sending) ui::spinner(tr::kSending);
            ImGui::Spacing();
            if (ui::wide_button(txt::kBackToLogin, false)) app.navigate(path_to(Screen::login));
        });
    });
}

}  // namespace pakn::client::views

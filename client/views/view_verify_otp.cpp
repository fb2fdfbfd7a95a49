// Xác thực mã OTP (seed 2.1 step 4 and the mobile "Lấy lại mật khẩu"): the
// 6-digit code sent by SMS. For a registration the code activates the
// account (then the sign-in screen with "Đăng ký tài khoản thành công"); for
// a password reset the server checks the code first (without spending it),
// so a wrong one is said here, before the new password is typed twice; the
// code then travels on to the new-password screen. "Gửi lại OTP" unlocks
// when the server's cooldown ends.
#include <imgui.h>

#include <cstdio>

#include "app/app.h"
#include "app/screens.h"
#include "app/strings_accounts.h"
#include "app/strings_common.h"
#include "pakn/forms.h"
#include "ui/theme.h"
#include "views/accounts_common.h"

namespace pakn::client::views {
namespace txt = tr::accounts;

namespace {

constexpr std::string_view kFields[] = {"otp"};

FieldErrors local_errors(const OtpState& s) {
    const Checked c = clean_otp(s.otp);
    if (c.ok()) return {};
    return {field_error("otp", c.error)};
}

void verify(App& app) {
    auto& s = account_states(app).otp;
    const FieldErrors local = local_errors(s);
    if (!ui::ready_to_send(s.status, local, kFields)) return;
    const std::string code = clean_otp(s.otp).value;
    ui::begin_send(s.status);
    if (s.purpose == OtpPurpose::reset) {
        OtpForm check;
        check.reset_id = s.flow_id;
        check.otp = code;
        net::post("/api/v1/auth/password/reset/check", net::body_of(check), [&app, code](const net::Reply& reply) {
            auto& st = account_states(app).otp;
            if (!reply.ok()) {
                ui::take_failure(st.status, reply, kFields);
                return;
            }
            st.status = ui::FormStatus{};
            account_states(app).reset.form.otp = code;
            app.navigate(path_to(Screen::reset_password));
        });
        return;
    }
    OtpForm form;
    form.registration_id = s.flow_id;
    form.otp = code;
    net::post("/api/v1/auth/register/verify", net::body_of(form), [&app](const net::Reply& reply) {
        auto& st = account_states(app).otp;
        Account account;
        if (!reply.ok() || !net::decode_reply(reply, account)) {
            ui::take_failure(st.status, reply, kFields);
            return;
        }
        acc::end_otp_flow(app);
        account_states(app).register_account = RegisterState{};
        app.flash = txt::kRegisteredFlash;
        app.navigate(path_to(Screen::login));
    });
}

void resend(App& app) {
    auto& s = account_states(app).otp;
    s.resending = true;
    s.status.banner.reset();
    s.status.notice.clear();
    ResendOtpForm form;
    (s.purpose == OtpPurpose::reset ? form.reset_id : form.registration_id) = s.flow_id;
    net::post("/api/v1/auth/otp/resend", net::body_of(form), [&app](const net::Reply& reply) {
        auto& st = account_states(app).otp;
        st.resending = false;
        ResendResponse response;
        if (!reply.ok() || !net::decode_reply(reply, response)) {
            ui::take_failure(st.status, reply, kFields);
            return;
        }
        st.sent_to = response.otp_sent_to;
        st.resend_at_ms = acc::wall_ms() + static_cast<double>(response.resend_after_seconds.value_or(60)) * 1000.0;
        st.status.server.clear();
        st.status.notice = std::string(txt::kOtpResent) + response.otp_sent_to;
        st.otp.clear();
        acc::save_otp_flow(st);
    });
}

void draw_no_flow(App& app) {
    ui::paragraph(txt::kOtpNoFlow);
    ImGui::Spacing();
    const int clicked = ui::button_row({{tr::kTitleRegister, true}, {tr::kTitleForgot, false}});
    if (clicked == 0) app.navigate(path_to(Screen::register_account));
    if (clicked == 1) app.navigate(path_to(Screen::forgot_password));
}

void draw_resend(App& app, OtpState& s) {
    ui::text(txt::kOtpNotReceived);
    ImGui::SameLine();
    const int left = acc::seconds_left(s.resend_at_ms);
    if (s.resending) {
        ui::spinner(tr::kSending);
    } else if (left > 0) {
        acc::countdown_text(app, txt::kOtpResendIn, s.resend_at_ms, txt::kSeconds);
    } else if (ui::link(txt::kOtpResend)) {
        resend(app);
    }
}

}  // namespace

void draw_verify_otp(App& app) {
    auto& s = account_states(app).otp;
    acc::restore_otp_flow(s);
    const FieldErrors local = local_errors(s);
    ui::form_column("##otp", 520, [&] {
        ui::heading(txt::kOtpHeading);
        ui::card("##otp-card", [&] {
            if (s.purpose == OtpPurpose::none) {
                draw_no_flow(app);
                return;
            }
            ui::paragraph(txt::kOtpSentTo);
            ImGui::PushFont(ui::fonts().heading);
            ui::text(s.sent_to);
            ImGui::PopFont();
            ui::muted(s.purpose == OtpPurpose::reset ? txt::kOtpHelpReset : txt::kOtpHelpRegister);
            ImGui::Spacing();
            ui::draw_messages(s.status);
            const bool submit = ui::form_field(s.status, local, "otp", txt::kOtpLabel, s.otp,
                                               {.hint = txt::kOtpHint, .required = true, .numeric = true});
            draw_resend(app, s);
            ImGui::Spacing();
            const int clicked =
                ui::button_row({{txt::kBack, false, !s.status.sending}, {txt::kOtpVerify, true, !s.status.sending}});
            if (clicked == 0) {
                const bool reset = s.purpose == OtpPurpose::reset;
                const std::string back = !s.return_path.empty() ? s.return_path
                                         : reset                ? path_to(Screen::forgot_password)
                                                                : path_to(Screen::register_account);
                app.navigate(back);
            }
            if ((clicked == 1 || submit) && !s.status.sending) verify(app);
            if (s.status.sending) ui::spinner(tr::kSending);
        });
    });
}

}  // namespace pakn::client::views

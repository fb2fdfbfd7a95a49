// Đặt lại mật khẩu (mobile "ĐẶT LẠI MẬT KHẨU"): the new password twice, sent
// with the reset flow's id and the code the OTP screen already had checked.
// A code that expired meanwhile sends the user back there with the error at
// the code.
#include <imgui.h>

#include "app/app.h"
#include "app/screens.h"
#include "app/strings_accounts.h"
#include "app/strings_common.h"
#include "views/accounts_common.h"

namespace pakn::client::views {
namespace txt = tr::accounts;

namespace {

constexpr std::string_view kFields[] = {"new_password", "confirm"};

void send(App& app) {
    auto& s = account_states(app).reset;
    auto cleaned = clean(s.form);
    ui::require_confirmation(cleaned.errors, "confirm", s.form.confirm);
    if (!ui::ready_to_send(s.status, cleaned.errors, kFields)) return;
    ui::begin_send(s.status);
    net::post("/api/v1/auth/password/reset", net::body_of(cleaned.value), [&app](const net::Reply& reply) {
        auto& st = account_states(app).reset;
        if (reply.ok()) {
            acc::end_otp_flow(app);
            account_states(app).reset = ResetState{};
            app.flash = txt::kResetFlash;
            app.navigate(path_to(Screen::login));
            return;
        }
        if (const FieldError* bad_code = ui::find_error(reply.error.fields, "otp")) {
            // The code is the OTP screen's field: show the error there.
            auto& otp = account_states(app).otp;
            otp.status = ui::FormStatus{};
            otp.status.server.push_back(*bad_code);
            st.status = ui::FormStatus{};
            st.form.otp.clear();
            app.navigate(path_to(Screen::verify_otp));
            return;
        }
        ui::take_failure(st.status, reply, kFields);
    });
}

}  // namespace

void draw_reset_password(App& app) {
    auto& s = account_states(app).reset;
    auto& otp = account_states(app).otp;
    acc::restore_otp_flow(otp);
    if (app.screen_entered()) s.status = ui::FormStatus{};
    // Without a reset flow and its code there is nothing to send yet.
    if (otp.purpose != OtpPurpose::reset || s.form.otp.empty()) {
        ui::form_column("##reset", 520, [&] {
            ui::heading(txt::kResetHeading);
            ui::card("##reset-card", [&] {
                ui::paragraph(txt::kResetNeedsOtp);
                if (ui::wide_button(otp.purpose == OtpPurpose::reset ? txt::kOtpHeading : tr::kTitleForgot, true))
                    app.navigate(
                        path_to(otp.purpose == OtpPurpose::reset ? Screen::verify_otp : Screen::forgot_password));
            });
        });
        return;
    }
    s.form.reset_id = otp.flow_id;
    FieldErrors local = validate(s.form);
    ui::require_confirmation(local, "confirm", s.form.confirm);
    ui::form_column("##reset", 520, [&] {
        ui::heading(txt::kResetHeading);
        ui::card("##reset-card", [&] {
            ui::muted(txt::kPasswordRule);
            ImGui::Spacing();
            ui::draw_messages(s.status);
            bool submit = ui::form_field(s.status, local, "new_password", txt::kNewPasswordLabel, s.form.new_password,
                                         {.hint = txt::kNewPasswordHint2, .required = true, .password = true});
            submit |= ui::form_field(s.status, local, "confirm", txt::kConfirmLabel, s.form.confirm,
                                     {.hint = txt::kConfirmHint, .required = true, .password = true});
            ImGui::Spacing();
            const int clicked =
                ui::button_row({{tr::kCancel, false, !s.status.sending}, {tr::kConfirm, true, !s.status.sending}});
            if (clicked == 0) {
                acc::end_otp_flow(app);
                s = ResetState{};
                app.navigate(path_to(Screen::login));
                return;
            }
            if ((clicked == 1 || submit) && !s.status.sending) send(app);
            if (s.status.sending) ui::spinner(tr::kSending);
        });
    });
}

}  // namespace pakn::client::views

// Transient UI state of the accounts screens (text buffers, which fields the
// user has left, requests in flight, the OTP flow in progress). Domain data
// lives in the requests' results and in App::session.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "net/api.h"
#include "pakn/dto.h"
#include "pakn/officer_notices.h"
#include "ui/form_kit.h"

namespace pakn::client {
struct App;
}

namespace pakn::client::views {

// Đăng nhập.
struct LoginState {
    int audience = 0;  // 0: Cá nhân, doanh nghiệp ("public"); 1: Cán bộ, quản lý ("officer")
    LoginForm form;
    ui::CaptchaState captcha;
    ui::FormStatus status;
    std::string flash;   // app.flash taken over, shown until the next sign-in attempt
    std::string notice;  // app.sign_in_notice taken over: why signing in again is needed
};

// Đăng ký tài khoản (cá nhân / tổ chức, doanh nghiệp).
struct RegisterState {
    RegisterForm form;
    ui::CaptchaState captcha;
    ui::FormStatus status;
};

// What an OTP confirms.
enum class OtpPurpose { none, registration, reset };

// Xác thực mã OTP: the flow the code belongs to (kept in localStorage so a
// reload does not lose it) and the code typed.
struct OtpState {
    OtpPurpose purpose = OtpPurpose::none;
    std::string flow_id;      // registration_id or reset_id
    std::string sent_to;      // masked phone, "0905*456**"
    double resend_at_ms = 0;  // wall clock (unix ms) when "Gửi lại OTP" unlocks
    std::string otp;
    std::string return_path;  // where "Trở về" goes (the form that started the flow)
    ui::FormStatus status;
    bool resending = false;
    bool restored = false;  // tried localStorage once
};

// Lấy lại mật khẩu.
struct ForgotState {
    ForgotPasswordForm form;
    ui::CaptchaState captcha;
    ui::FormStatus status;
};

// Đặt lại mật khẩu (after the OTP screen of a reset flow).
struct ResetState {
    ResetPasswordForm form;  // reset_id and otp are filled from the OTP flow when sending
    ui::FormStatus status;
};

// Thay đổi mật khẩu.
struct ChangePasswordState {
    ChangePasswordForm form;
    ui::FormStatus status;
};

// Thông tin cá nhân, with the delete dialog.
struct AccountPageState {
    net::Remote<MeSummary> summary;
    int summary_generation = -1;  // app.live_generation the counts were loaded for
    bool delete_open = false;
    DeleteAccountForm delete_form;
    ui::FormStatus delete_status;
    ui::FormStatus logout_status;
    // Officers: e-mail/SMS opt-ins (GET/PUT /me/notice-settings).
    net::Remote<NoticeSettings> notices;
    NoticeSettings notice_form;  // what the boxes show
    bool notice_filled = false;  // notice_form holds the loaded settings
    ui::FormStatus notice_status;
};

// Chỉnh sửa thông tin, with the inline code for a new phone number.
struct AccountEditState {
    net::Remote<Account> account;  // GET /me: what the form started from
    bool filled = false;           // form holds the loaded account
    ProfileForm form;
    ui::FormStatus status;
    bool phone_pending = false;  // the server sent a code to the new number
    std::string phone_sent_to;
    double phone_resend_at_ms = 0;
    std::string phone_otp;
    ui::FormStatus phone_status;
};

struct AccountStates {
    LoginState login;
    RegisterState register_account;
    OtpState otp;
    ForgotState forgot;
    ResetState reset;
    ChangePasswordState change_password;
    AccountPageState account;
    AccountEditState account_edit;
};

// This area's state, owned by the app (views/view_states.cpp).
AccountStates& account_states(App& app);

}  // namespace pakn::client::views

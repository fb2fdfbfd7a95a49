// Transient UI state of the accounts screens (text buffers, which fields the
// user has left, requests in flight, the OTP flow in progress). Domain data
// lives in the requests' results and in App::session.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "net/api.h"
#include "platform/platform.h"
#include "pakn/api_extra.h"
#include "pakn/dto.h"

namespace pakn::client::views {

// A form's life on screen, shared by every accounts form. Local validation
// (the shared validators: cheap string checks) runs each frame the form is
// drawn; its error for a field shows
// only once the user has left that field or tried to send. The server's
// field errors show at their field until that field changes; anything the
// form has no field for becomes the banner.
struct FormStatus {
    std::vector<std::string> touched;  // wire names of the fields the user has left
    bool attempted = false;            // a send was tried: show every local error
    std::vector<std::string> quiet;    // fields renewed since that attempt (a new captcha): only once touched
    bool sending = false;              // a request is in flight
    FieldErrors server;                // the server's field errors
    std::optional<ApiError> banner;    // a request-level error
    std::string notice;                // a success message
};

// The picture of an image challenge as a texture, loaded once per challenge
// (shared with the loader's callback, which may outlive a screen change).
struct CaptchaPicture {
    std::string for_id;  // the challenge the texture shows (or is loading)
    platform::Texture texture;
    CaptchaPicture() = default;
    CaptchaPicture(const CaptchaPicture&) = delete;
    CaptchaPicture& operator=(const CaptchaPicture&) = delete;
    ~CaptchaPicture() {
        if (texture.id) platform::free_texture(texture.id);
    }
};

// A captcha challenge from GET /captcha: a picture of characters, or (the
// user's choice, for screen readers) a question in words. Single use: a
// fresh one is fetched after every answer the server has seen.
struct CaptchaState {
    net::Remote<Captcha> challenge;
    bool text = false;  // "Đọc câu hỏi thay cho ảnh" was chosen
    std::shared_ptr<CaptchaPicture> picture = std::make_shared<CaptchaPicture>();
};

// Đăng nhập.
struct LoginState {
    int audience = 0;  // 0: Cá nhân, doanh nghiệp ("public"); 1: Cán bộ, quản lý ("officer")
    LoginForm form;
    CaptchaState captcha;
    FormStatus status;
    std::string flash;  // app.flash taken over, shown until the next sign-in attempt
    int last_frame = -2;
};

// Đăng ký tài khoản (cá nhân / tổ chức, doanh nghiệp).
struct RegisterState {
    RegisterForm form;
    CaptchaState captcha;
    FormStatus status;
    int last_frame = -2;
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
    FormStatus status;
    bool resending = false;
    bool restored = false;  // tried localStorage once
};

// Lấy lại mật khẩu.
struct ForgotState {
    ForgotPasswordForm form;
    CaptchaState captcha;
    FormStatus status;
    int last_frame = -2;
};

// Đặt lại mật khẩu (after the OTP screen of a reset flow).
struct ResetState {
    ResetPasswordForm form;  // reset_id and otp are filled from the OTP flow when sending
    FormStatus status;
    int last_frame = -2;
};

// Thay đổi mật khẩu.
struct ChangePasswordState {
    ChangePasswordForm form;
    FormStatus status;
    int last_frame = -2;
};

// Thông tin cá nhân, with the delete dialog.
struct AccountPageState {
    net::Remote<MeSummary> summary;
    int summary_generation = -1;  // app.live_generation the counts were loaded for
    bool delete_open = false;
    DeleteAccountForm delete_form;
    FormStatus delete_status;
    FormStatus logout_status;
    int last_frame = -2;
};

// Chỉnh sửa thông tin, with the inline code for a new phone number.
struct AccountEditState {
    net::Remote<Account> account;  // GET /me: what the form started from
    bool filled = false;           // form holds the loaded account
    ProfileForm form;
    FormStatus status;
    bool phone_pending = false;  // the server sent a code to the new number
    std::string phone_sent_to;
    double phone_resend_at_ms = 0;
    std::string phone_otp;
    FormStatus phone_status;
    int last_frame = -2;
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

}  // namespace pakn::client::views

// What the accounts screens share: form fields that track "touched" and the
// server's errors, the captcha, the OTP flow kept across reloads, and a few
// layout pieces (narrow form column, rows of buttons, tabs, menu rows).
// [SECTION] index: screen entry, forms, captcha, layout, navigation, OTP flow.
#pragma once

#include <nlohmann/json.hpp>

#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "app/app.h"
#include "ui/widgets.h"
#include "views/state_accounts.h"

namespace pakn::client::views::acc {

// [SECTION] screen entry
// True on the first frame a screen is drawn after another screen was shown
// (`last_frame` is the screen's own record of the last frame it drew).
bool entering(const App& app, int& last_frame);

// [SECTION] forms
// The error to draw under `field`: the server's, else the local one once the
// field was left or a send was tried; null when none.
const FieldError* shown_error(const FormStatus& status, const FieldErrors& local, std::string_view field);
// A labelled text field of a form (wire name `field`). Marks it touched when
// the user leaves it and drops the server's error for it when it changes.
// True when the user left it with Enter (the form may send).
bool form_field(FormStatus& status, const FieldErrors& local, const char* field, const char* label, std::string& value,
                const ui::TextFieldOptions& options);
// The commune drop-down (searchable) as a form field.
void commune_field(FormStatus& status, const FieldErrors& local, const char* field, std::string& code);
// Marks a send attempt. True when `local` has no errors; otherwise the
// errors show, and those of fields the form does not draw go to the banner.
bool ready_to_send(FormStatus& status, const FieldErrors& local, std::span<const std::string_view> drawn);
// Clears the previous answer's messages and marks the request in flight.
void begin_send(FormStatus& status);
// Stores a failed reply: field errors of drawn fields at their field, the
// rest (and request-level errors such as 429 with its wait time) as banner.
void take_failure(FormStatus& status, const net::Reply& reply, std::span<const std::string_view> drawn);
// The banner (error) and notice (success) of a form, when set.
void draw_messages(const FormStatus& status);
// The shared forms check a confirmation only when one is given (clients may
// have no such box); where the screen draws one, leaving it empty is "required".
void require_confirmation(FieldErrors& local, const char* field, const std::string& value);
// The error of a reply that came back 2xx but with a body of the wrong shape.
ApiError malformed_reply();

// The JSON body of a request DTO.
template <typename T>
nlohmann::json body_of(const T& dto) {
    nlohmann::json j;
    to_json(j, dto);
    return j;
}

// [SECTION] captcha
// Fetches a new challenge and clears the answer typed for the old one.
void refresh_captcha(CaptchaState& captcha, std::string& answer);
// The same, for a form that was already sent: the new, empty answer box does
// not greet the user with "required" before they have touched it.
void refresh_captcha(CaptchaState& captcha, std::string& answer, FormStatus& status);
// The challenge itself: the picture with "↻ Mã khác" and "Đọc câu hỏi thay
// cho ảnh", or the question with "↻ Câu hỏi khác" and "Dùng mã dạng ảnh".
// Returns the label of its answer box (tests and screen readers find the
// box by it). `status`, when given, is the form's (see refresh_captcha).
std::string captcha_challenge(CaptchaState& captcha, std::string& answer, FormStatus* status);
// "Mã số xác thực (*)", the challenge, and the answer box under it
// (registered for tests under the challenge's label). Loads a challenge when
// there is none. True when the user left the box with Enter.
bool captcha_field(CaptchaState& captcha, FormStatus& status, const FieldErrors& local, std::string& answer);
// The id of the loaded challenge, "" while there is none.
std::string captcha_id(const CaptchaState& captcha);

// [SECTION] layout
// A centered column of at most `max_css` px (forms read badly at 1100 px).
void form_column(const char* id, float max_css, const std::function<void()>& content);
// Buttons sharing one row equally (full width on phones). Returns the index
// of the clicked one, or -1.
struct RowButton {
    const char* label;
    bool primary = false;
    bool enabled = true;
};
int button_row(std::initializer_list<RowButton> buttons);
// One full-width button.
bool wide_button(const char* label, bool primary, bool enabled = true);
// A full-width red button for destructive actions.
bool danger_button(const char* label, float width = -1.0f);
// Two or more tabs over the full width; their text wraps on narrow phones.
// True when the selection changed.
bool tabs(std::initializer_list<const char*> labels, int& selected);
// A menu row "label   ›" over the full width (the mobile account pages).
bool entry_row(const char* label);
// Muted line of small text (hints under a heading).
void note(std::string_view text);

// [SECTION] navigation
// Where an account lands after signing in: /quan-tri for admins, /can-bo for
// other officers, else /tai-khoan.
std::string home_path(const Account& account);
// A local path that is safe to go back to after signing in (no other origin,
// not the sign-in screen itself).
bool is_safe_return_path(std::string_view path);
// Percent-encodes a query value (keeps unreserved characters and '/').
std::string encode_query_value(std::string_view value);
// Wall-clock milliseconds (resend countdowns survive a reload).
double wall_ms();
// Whole seconds left until `until_ms` (wall clock), 0 when past.
int seconds_left(double until_ms);

// [SECTION] OTP flow
// Starts the OTP screen's flow for a registration or a password reset and
// remembers it in localStorage.
void start_otp_flow(App& app, OtpPurpose purpose, std::string flow_id, std::string sent_to,
                    std::optional<std::int64_t> resend_after_seconds, std::string return_path);
// Reloads a flow remembered before a reload (once per page).
void restore_otp_flow(OtpState& otp);
// Forgets the flow (done, or abandoned).
void end_otp_flow(App& app);
// Re-saves the flow after a resend moved its countdown.
void save_otp_flow(const OtpState& otp);

}  // namespace pakn::client::views::acc

// The form kit every area uses: a form's life on screen (which fields the
// user has left, the server's field errors, the banner), fields that track
// it, the captcha, and the layout pieces forms are made of (a narrow
// column, rows of buttons, tabs, menu rows).
// [SECTION] index: form status, forms, captcha, layout.
#pragma once

#include <functional>
#include <memory>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "net/api.h"
#include "platform/platform.h"
#include "pakn/dto.h"
#include "ui/widgets.h"

namespace pakn::client::ui {

// [SECTION] form status

// A form's life on screen. Local validation (the shared validators: cheap
// string checks) runs each frame the form is drawn; its error for a field
// shows only once the user has left that field or tried to send. The
// server's field errors show at their field until that field changes;
// anything the form has no field for becomes the banner.
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

// [SECTION] forms

// The error to draw under `field`: the server's, else the local one once the
// field was left or a send was tried; null when none.
const FieldError* shown_error(const FormStatus& status, const FieldErrors& local, std::string_view field);
// A labelled text field of a form (wire name `field`). Marks it touched when
// the user leaves it and drops the server's error for it when it changes.
// True when the user left it with Enter (the form may send).
bool form_field(FormStatus& status, const FieldErrors& local, const char* field, const char* label, std::string& value,
                const TextFieldOptions& options);
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

}  // namespace pakn::client::ui

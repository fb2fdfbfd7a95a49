// Thay đổi mật khẩu (seed 2.3 step 3): old, new, and the new one again;
// "HỦY" / "CẬP NHẬT". Officers signing in with an issued password land here
// first and continue to where they were going once it is changed.
#include <imgui.h>

#include "app/app.h"
#include "app/screens.h"
#include "app/strings_accounts.h"
#include "app/strings_common.h"
#include "views/accounts_common.h"

namespace pakn::client::views {
namespace txt = tr::accounts;

namespace {

constexpr std::string_view kFields[] = {"old_password", "new_password", "confirm"};

FieldErrors local_errors(const App& app, const ChangePasswordState& s) {
    FieldErrors local = validate(s.form, app.session.account.login, app.session.account.phone);
    ui::require_confirmation(local, "confirm", s.form.confirm);
    return local;
}

// After a forced change: the page asked for at sign-in, else the account's home.
std::string continue_path(const App& app) {
    const std::string next = app.query("sau");
    return acc::is_safe_return_path(next) ? next : acc::home_path(app.session.account);
}

void send(App& app) {
    auto& s = account_states(app).change_password;
    const FieldErrors local = local_errors(app, s);
    if (!ui::ready_to_send(s.status, local, kFields)) return;
    ui::begin_send(s.status);
    const bool forced = app.session.account.must_change_password;
    net::post("/api/v1/me/password", net::body_of(s.form), [&app, forced](const net::Reply& reply) {
        auto& st = account_states(app).change_password;
        if (!reply.ok()) {
            ui::take_failure(st.status, reply, kFields);
            return;
        }
        st.form = ChangePasswordForm{};
        st.status = ui::FormStatus{};
        // The server cleared the flag with the change; no need to ask again.
        app.session.account.must_change_password = false;
        if (forced) {
            app.navigate(continue_path(app));
            return;
        }
        st.status.notice = txt::kChangeDone;
    });
}

}  // namespace

void draw_change_password(App& app) {
    auto& s = account_states(app).change_password;
    if (app.screen_entered()) {
        s.form = ChangePasswordForm{};
        s.status = ui::FormStatus{};
    }
    const FieldErrors local = local_errors(app, s);
    const bool forced = app.session.account.must_change_password;
    ui::form_column("##change-password", 520, [&] {
        ui::heading(txt::kChangeHeading);
        if (forced) {
            ApiError why = api_error(403, "password_change_required");
            why.message = txt::kMustChange;
            ui::error_banner(why, false);
        }
        ui::card("##change-password-card", [&] {
            ui::draw_messages(s.status);
            auto& st = s.status;
            bool submit = ui::form_field(st, local, "old_password", txt::kOldPasswordLabel, s.form.old_password,
                                         {.hint = txt::kOldPasswordHint, .required = true, .password = true});
            submit |= ui::form_field(st, local, "new_password", txt::kNewPasswordLabel, s.form.new_password,
                                     {.hint = txt::kNewPasswordHint2, .required = true, .password = true});
            submit |= ui::form_field(st, local, "confirm", txt::kRepeatNewLabel, s.form.confirm,
                                     {.hint = txt::kConfirmHint, .required = true, .password = true});
            ui::note(txt::kPasswordRule);
            ImGui::Spacing();
            const int clicked =
                ui::button_row({{txt::kCancelUpper, false, !st.sending}, {txt::kChangeSubmit, true, !st.sending}});
            if (clicked == 0) app.navigate(path_to(Screen::account));
            if ((clicked == 1 || submit) && !st.sending) send(app);
            if (st.sending) ui::spinner(tr::kSending);
        });
    });
}

}  // namespace pakn::client::views

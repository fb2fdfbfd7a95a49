// Đăng nhập (seed 2.2 and the mobile app): two audiences as tabs, the login
// name (CMND/CCCD or ĐKKD for the public, a username for officers), the
// password and the captcha. Success goes back to where sign-in was asked for
// (?sau=), else to the account page or the officer console; an officer
// holding an issued password must change it first.
#include <imgui.h>

#include "app/app.h"
#include "app/screens.h"
#include "app/strings_accounts.h"
#include "app/strings_common.h"
#include "views/accounts_common.h"

namespace pakn::client::views {
namespace txt = tr::accounts;

namespace {

// Fields the form draws (wire names); other errors go to the banner.
constexpr std::string_view kFields[] = {"login", "password", "captcha_answer"};

const char* audience_of(int tab) {
    return tab == 1 ? "officer" : "public";
}

// Where to go after signing in: the requested page, else the account's home.
std::string destination(const App& app, const Account& account) {
    const std::string back = app.query("sau");
    return acc::is_safe_return_path(back) ? back : acc::home_path(account);
}

// The officer tab fits pages only officers open (the console, administration).
int default_tab(const App& app) {
    const ScreenAccess back = screen_def(resolve_route(app.query("sau")).screen).access;
    return back == ScreenAccess::officer || back == ScreenAccess::admin ? 1 : 0;
}

void send(App& app) {
    auto& s = account_states(app).login;
    s.form.audience = audience_of(s.audience);
    s.form.captcha_id = ui::captcha_id(s.captcha);
    const auto cleaned = clean(s.form);
    if (!ui::ready_to_send(s.status, cleaned.errors, kFields)) return;
    ui::begin_send(s.status);
    s.flash.clear();
    s.notice.clear();
    net::post("/api/v1/auth/login", net::body_of(cleaned.value), [&app](const net::Reply& reply) {
        auto& st = account_states(app).login;
        // The server has seen this answer: the challenge is spent either way.
        ui::refresh_captcha(st.captcha, st.form.captcha_answer, st.status);
        LoginResponse response;
        if (!reply.ok() || !net::decode_reply(reply, response)) {
            ui::take_failure(st.status, reply, kFields);
            return;
        }
        st.status = ui::FormStatus{};
        st.form.password.clear();
        app.sign_in(response);
        const std::string next = destination(app, response.account);
        if (response.account.must_change_password)
            app.navigate(path_to(Screen::change_password, {{"sau", next}}));
        else
            app.navigate(next);
    });
}

}  // namespace

void draw_login(App& app) {
    auto& s = account_states(app).login;
    if (app.screen_entered()) {
        s.status = ui::FormStatus{};
        s.form.password.clear();
        s.flash.clear();  // shown once: not again on the next visit
        s.notice.clear();
        s.audience = default_tab(app);
        ui::refresh_captcha(s.captcha, s.form.captcha_answer);
    }
    if (!app.flash.empty()) {
        s.flash = std::move(app.flash);
        app.flash.clear();
    }
    if (!app.sign_in_notice.empty()) {
        s.notice = std::move(app.sign_in_notice);
        app.sign_in_notice.clear();
    }
    // Already signed in (a restored session, a second tab): nothing to do here.
    if (app.session.signed_in && !s.status.sending) {
        app.navigate(destination(app, app.session.account), true);
        return;
    }
    s.form.audience = audience_of(s.audience);
    s.form.captcha_id = ui::captcha_id(s.captcha);
    const FieldErrors local = validate(s.form);

    ui::form_column("##login", 520, [&] {
        ui::heading(txt::kLoginHeading);
        if (!s.flash.empty()) ui::success_banner(s.flash);
        if (!s.notice.empty()) ui::warning_banner(s.notice);
        ui::card("##login-card", [&] {
            if (ui::tabs({txt::kTabPublic, txt::kTabOfficer}, s.audience)) {
                // A CCCD is no username and vice versa: start the tab clean.
                s.form.login.clear();
                s.status = ui::FormStatus{};
            }
            ImGui::Spacing();
            ui::muted(s.audience == 0 ? txt::kLoginIntroPublic : txt::kLoginIntroOfficer);
            ImGui::Spacing();
            ui::draw_messages(s.status);
            bool submit = false;
            if (s.audience == 0)
                submit |= ui::form_field(s.status, local, "login", tr::kAccount, s.form.login,
                                         {.hint = txt::kLoginPublicHint, .required = true});
            else
                submit |= ui::form_field(s.status, local, "login", tr::kUsername, s.form.login,
                                         {.hint = txt::kLoginOfficerHint, .required = true});
            submit |= ui::form_field(s.status, local, "password", txt::kPasswordLabel, s.form.password,
                                     {.hint = txt::kPasswordHint, .required = true, .password = true});
            submit |= ui::captcha_field(s.captcha, s.status, local, s.form.captcha_answer);
            ImGui::Spacing();
            if (s.audience == 0) {
                if (ui::link(txt::kForgotLink)) app.navigate(path_to(Screen::forgot_password));
            } else {
                ui::note(txt::kOfficerForgot);
            }
            ImGui::Spacing();
            // Its own ID: the header has a "Đăng nhập" button too (not on this screen).
            ImGui::PushID("submit");
            const int clicked =
                ui::button_row({{tr::kCancel, false, !s.status.sending}, {tr::kNavLogin, true, !s.status.sending}});
            ImGui::PopID();
            if (clicked == 0) app.navigate(path_to(Screen::home));
            if ((clicked == 1 || submit) && !s.status.sending) send(app);
            if (s.status.sending) ui::spinner(tr::kSending);
            if (s.audience == 0) {
                ImGui::Spacing();
                ui::text(txt::kNoAccount);
                ImGui::SameLine();
                if (ui::link(txt::kRegisterLink)) app.navigate(path_to(Screen::register_account));
            }
        });
    });
}

}  // namespace pakn::client::views

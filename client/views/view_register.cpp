// Đăng ký tài khoản (seed 2.1): first the choice "ĐĂNG KÝ DÀNH CHO CÁ NHÂN" /
// "ĐĂNG KÝ DÀNH CHO TỔ CHỨC, DOANH NGHIỆP" (?loai=ca-nhan | to-chuc), then
// the form of that kind. The login name is the ID card number (cá nhân) or
// the business registration / founding-decision number (tổ chức). Sending
// starts the OTP flow: the code goes by SMS to the phone given here.
#include <imgui.h>

#include "app/app.h"
#include "app/screens.h"
#include "app/strings_accounts.h"
#include "app/strings_common.h"
#include "views/accounts_common.h"
#include "views/public_common.h"

namespace pakn::client::views {
namespace txt = tr::accounts;

namespace {

constexpr std::string_view kCitizenFields[] = {"login",    "full_name",        "phone",
                                               "email",    "address",          "commune_code",
                                               "password", "password_confirm", "captcha_answer"};
constexpr std::string_view kOrgFields[] = {
    "login",        "org_name", "representative",   "phone",         "email", "address",
    "commune_code", "password", "password_confirm", "captcha_answer"};

std::span<const std::string_view> drawn_fields(const RegisterForm& f) {
    if (parse_account_kind(f.kind) == AccountKind::organization) return kOrgFields;
    return kCitizenFields;
}

// "ca-nhan" -> citizen, "to-chuc" -> organization, else "" (ask).
std::string kind_from_query(std::string_view loai) {
    if (loai == "ca-nhan") return std::string(to_string(AccountKind::citizen));
    if (loai == "to-chuc") return std::string(to_string(AccountKind::organization));
    return {};
}

void send(App& app) {
    auto& s = account_states(app).register_account;
    s.form.captcha_id = ui::captcha_id(s.captcha);
    auto cleaned = clean(s.form, pub::today());
    ui::require_confirmation(cleaned.errors, "password_confirm", s.form.password_confirm);
    if (!ui::ready_to_send(s.status, cleaned.errors, drawn_fields(s.form))) return;
    ui::begin_send(s.status);
    const std::string back = app.route.path;
    net::post("/api/v1/auth/register", net::body_of(cleaned.value), [&app, back](const net::Reply& reply) {
        auto& st = account_states(app).register_account;
        ui::refresh_captcha(st.captcha, st.form.captcha_answer, st.status);
        RegisterResponse response;
        if (!reply.ok() || !net::decode_reply(reply, response)) {
            ui::take_failure(st.status, reply, drawn_fields(st.form));
            return;
        }
        // The account exists only once the code comes back; the passwords
        // are not needed on this screen any more.
        st.status = ui::FormStatus{};
        st.form.password.clear();
        st.form.password_confirm.clear();
        acc::start_otp_flow(app, OtpPurpose::registration, response.registration_id, response.otp_sent_to,
                            response.resend_after_seconds, back);
        app.navigate(path_to(Screen::verify_otp));
    });
}

void draw_choice(App& app) {
    ui::muted(txt::kRegisterChoose);
    ImGui::Spacing();
    ui::card("##choose-citizen", [&] {
        ui::paragraph(txt::kRegisterCitizenNote);
        if (ui::wide_button(txt::kRegisterCitizen, true))
            app.navigate(path_to(Screen::register_account, {{"loai", "ca-nhan"}}));
    });
    ImGui::Spacing();
    ui::card("##choose-org", [&] {
        ui::paragraph(txt::kRegisterOrgNote);
        if (ui::wide_button(txt::kRegisterOrg, true))
            app.navigate(path_to(Screen::register_account, {{"loai", "to-chuc"}}));
    });
}

void draw_form(App& app, RegisterState& s) {
    const bool org = parse_account_kind(s.form.kind) == AccountKind::organization;
    s.form.captcha_id = ui::captcha_id(s.captcha);
    FieldErrors local = validate(s.form, pub::today());
    ui::require_confirmation(local, "password_confirm", s.form.password_confirm);
    ui::subheading(org ? txt::kRegisterOrg : txt::kRegisterCitizen);
    if (ui::link(txt::kRegisterOtherKind)) app.navigate(path_to(Screen::register_account));
    ui::note(txt::kRequiredNote);
    ImGui::Spacing();
    ui::card("##register-card", [&] {
        ui::draw_messages(s.status);
        bool submit = false;
        auto& st = s.status;
        if (org) {
            submit |= ui::form_field(st, local, "login", txt::kOrgLoginLabel, s.form.login,
                                     {.hint = txt::kOrgLoginHint, .required = true});
            ui::note(txt::kOrgLoginNote);
            submit |= ui::form_field(st, local, "org_name", txt::kOrgNameLabel, s.form.org_name,
                                     {.hint = txt::kOrgNameHint, .required = true});
            submit |= ui::form_field(st, local, "representative", txt::kRepresentativeLabel, s.form.representative,
                                     {.hint = txt::kRepresentativeHint, .required = true});
        } else {
            submit |= ui::form_field(st, local, "login", txt::kCitizenLoginLabel, s.form.login,
                                     {.hint = txt::kCitizenLoginHint, .required = true, .numeric = true});
            ui::note(txt::kCitizenLoginNote);
            submit |= ui::form_field(st, local, "full_name", tr::kFullName, s.form.full_name,
                                     {.hint = txt::kFullNameHint, .required = true});
        }
        submit |= ui::form_field(st, local, "phone", tr::kPhone, s.form.phone,
                                 {.hint = txt::kPhoneHint, .required = true, .numeric = true});
        ui::note(txt::kPhoneNote);
        submit |= ui::form_field(st, local, "email", txt::kEmailLabel, s.form.email, {.hint = txt::kEmailHint});
        submit |= ui::form_field(st, local, "address", tr::kAddress, s.form.address, {.hint = txt::kAddressHint});
        ui::commune_field(st, local, "commune_code", s.form.commune_code);
        submit |= ui::form_field(st, local, "password", txt::kPasswordLabel, s.form.password,
                                 {.hint = txt::kNewPasswordHint, .required = true, .password = true});
        submit |= ui::form_field(st, local, "password_confirm", txt::kConfirmLabel, s.form.password_confirm,
                                 {.hint = txt::kConfirmHint, .required = true, .password = true});
        ui::note(txt::kPasswordRule);
        ImGui::Spacing();
        submit |= ui::captcha_field(s.captcha, st, local, s.form.captcha_answer);
        ImGui::Spacing();
        if ((ui::wide_button(txt::kRegisterButton, true, !st.sending) || submit) && !st.sending) send(app);
        if (st.sending) ui::spinner(tr::kSending);
    });
}

}  // namespace

void draw_register(App& app) {
    auto& s = account_states(app).register_account;
    const std::string kind = kind_from_query(app.query("loai"));
    const bool fresh = app.screen_entered();
    if (kind != s.form.kind) {
        // Another kind: its own fields and rules; what both share stays typed.
        s.form.kind = kind;
        s.status = ui::FormStatus{};
    }
    if (fresh) {
        s.status = ui::FormStatus{};
        if (!kind.empty()) ui::refresh_captcha(s.captcha, s.form.captcha_answer);
    }
    ui::form_column("##register", 640, [&] {
        ui::heading(txt::kRegisterHeading);
        if (kind.empty())
            draw_choice(app);
        else
            draw_form(app, s);
        ImGui::Spacing();
        ui::text(txt::kHaveAccount);
        ImGui::SameLine();
        if (ui::link(txt::kSignInNow)) app.navigate(path_to(Screen::login));
    });
}

}  // namespace pakn::client::views

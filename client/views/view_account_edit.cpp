// Chỉnh sửa thông tin: name, phone, e-mail, address and commune of a citizen
// or organization account. Only what changed is sent (PATCH /me). A new
// phone number is taken only after the code the server sends to it comes
// back: the form then shows the code box for it in place.
#include <imgui.h>

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

constexpr std::string_view kFields[] = {"org_name", "representative", "full_name", "phone", "email", "address",
                                        "commune_code"};
constexpr std::string_view kOtpFields[] = {"otp"};

FieldErrors local_errors(const AccountEditState& s) {
    FieldErrors local = validate(s.form);
    // An account keeps a phone: the box may change it, not empty it.
    if (s.form.phone.empty() && !ui::find_error(local, "phone")) local.push_back(field_error("phone", "required"));
    return local;
}

// The fields of `now` that differ from `before` (both cleaned).
ProfilePatch changes(const ProfileForm& before, const ProfileForm& now) {
    ProfilePatch p;
    if (now.full_name != before.full_name) p.full_name = now.full_name;
    if (now.email != before.email) p.email = now.email;
    if (now.address != before.address) p.address = now.address;
    if (now.commune_code != before.commune_code) p.commune_code = now.commune_code;
    if (now.phone != before.phone) p.phone = now.phone;
    if (now.org_name != before.org_name) p.org_name = now.org_name;
    if (now.representative != before.representative) p.representative = now.representative;
    return p;
}

void load(AccountEditState& s) {
    s.filled = false;
    net::load(s.account, "/api/v1/me");
}

void save(App& app) {
    auto& s = account_states(app).account_edit;
    const FieldErrors local = local_errors(s);
    if (!ui::ready_to_send(s.status, local, kFields)) return;
    const ProfileForm before = clean(profile_of(s.account.data)).value;
    const ProfilePatch patch = changes(before, clean(s.form).value);
    if (patch == ProfilePatch{}) {
        s.status.notice = txt::kNoChanges;
        return;
    }
    ui::begin_send(s.status);
    const bool new_phone = patch.phone.has_value();
    net::send("PATCH", "/api/v1/me", net::body_of(patch), [&app, new_phone](const net::Reply& reply) {
        auto& st = account_states(app).account_edit;
        if (reply.ok() && reply.status == 202 && new_phone) {
            ResendResponse sent;
            if (!net::decode_reply(reply, sent)) {
                ui::take_failure(st.status, reply, kFields);
                return;
            }
            // Everything but the phone is saved; reload what the server holds now.
            st.status = ui::FormStatus{};
            st.phone_pending = true;
            st.phone_sent_to = sent.otp_sent_to;
            st.phone_resend_at_ms =
                acc::wall_ms() + static_cast<double>(sent.resend_after_seconds.value_or(60)) * 1000.0;
            st.phone_otp.clear();
            st.phone_status = ui::FormStatus{};
            net::get("/api/v1/me", [&app](const net::Reply& me) {
                Account account;
                if (me.ok() && net::decode_reply(me, account)) app.session.account = account;
            });
            return;
        }
        Account account;
        if (!reply.ok() || !net::decode_reply(reply, account)) {
            ui::take_failure(st.status, reply, kFields);
            return;
        }
        app.session.account = account;
        st.account.data = account;
        st.form = profile_of(account);
        st.status = ui::FormStatus{};
        st.status.notice = txt::kSaved;
    });
}

void verify_phone(App& app) {
    auto& s = account_states(app).account_edit;
    const Checked code = clean_otp(s.phone_otp);
    FieldErrors local;
    if (!code.ok()) local.push_back(field_error("otp", code.error));
    if (!ui::ready_to_send(s.phone_status, local, kOtpFields)) return;
    ui::begin_send(s.phone_status);
    OtpForm form;
    form.otp = code.value;
    net::post("/api/v1/me/phone/verify", net::body_of(form), [&app](const net::Reply& reply) {
        auto& st = account_states(app).account_edit;
        Account account;
        if (!reply.ok() || !net::decode_reply(reply, account)) {
            ui::take_failure(st.phone_status, reply, kOtpFields);
            return;
        }
        app.session.account = account;
        st.account.data = account;
        st.form = profile_of(account);
        st.phone_pending = false;
        st.phone_status = ui::FormStatus{};
        st.status = ui::FormStatus{};
        st.status.notice = txt::kPhoneChanged;
    });
}

// Asks for another code: the same change again (the server keeps the cooldown).
void resend_phone_code(App& app) {
    auto& s = account_states(app).account_edit;
    ProfilePatch patch;
    patch.phone = clean(s.form).value.phone;
    ui::begin_send(s.phone_status);
    net::send("PATCH", "/api/v1/me", net::body_of(patch), [&app](const net::Reply& reply) {
        auto& st = account_states(app).account_edit;
        ResendResponse sent;
        if (!reply.ok() || !net::decode_reply(reply, sent)) {
            ui::take_failure(st.phone_status, reply, kOtpFields);
            return;
        }
        st.phone_status = ui::FormStatus{};
        st.phone_sent_to = sent.otp_sent_to;
        st.phone_resend_at_ms = acc::wall_ms() + static_cast<double>(sent.resend_after_seconds.value_or(60)) * 1000.0;
        st.phone_status.notice = std::string(txt::kOtpResent) + sent.otp_sent_to;
    });
}

void draw_phone_code(App& app, AccountEditState& s) {
    ImGui::PushStyleColor(ImGuiCol_ChildBg, IM_COL32(240, 246, 255, 255));
    ui::card("##phone-code", [&] {
        ui::paragraph(txt::kPhoneChangeSent);
        ImGui::PushFont(ui::fonts().bold);
        ui::text(s.phone_sent_to);
        ImGui::PopFont();
        ui::draw_messages(s.phone_status);
        FieldErrors local;
        if (const Checked c = clean_otp(s.phone_otp); !c.ok()) local.push_back(field_error("otp", c.error));
        const bool submit = ui::form_field(s.phone_status, local, "otp", txt::kPhoneOtpLabel, s.phone_otp,
                                           {.hint = txt::kOtpHint, .required = true, .numeric = true});
        ui::text(txt::kOtpNotReceived);
        ImGui::SameLine();
        const int left = acc::seconds_left(s.phone_resend_at_ms);
        if (left > 0) {
            acc::countdown_text(app, txt::kOtpResendIn, s.phone_resend_at_ms, txt::kSeconds);
        } else if (ui::link(txt::kOtpResend) && !s.phone_status.sending) {
            resend_phone_code(app);
        }
        if ((ui::wide_button(txt::kPhoneVerify, true, !s.phone_status.sending) || submit) && !s.phone_status.sending)
            verify_phone(app);
        if (s.phone_status.sending) ui::spinner(tr::kSending);
    });
    ImGui::PopStyleColor();
}

}  // namespace

void draw_account_edit(App& app) {
    auto& s = account_states(app).account_edit;
    if (app.screen_entered()) {
        s.status = ui::FormStatus{};
        s.phone_pending = false;
        s.phone_status = ui::FormStatus{};
        load(s);
    }
    if (s.account.ok() && !s.filled) {
        s.form = profile_of(s.account.data);
        s.filled = true;
    }
    const FieldErrors local = local_errors(s);
    ui::form_column("##account-edit", 640, [&] {
        ui::heading(txt::kEditHeading);
        if (s.account.loading() || s.account.phase == net::Phase::idle) {
            ui::spinner(tr::kLoading);
            return;
        }
        if (s.account.failed()) {
            if (ui::error_banner(s.account.error, true)) load(s);
            return;
        }
        ui::note(txt::kRequiredNote);
        ui::card("##account-edit-card", [&] {
            ui::draw_messages(s.status);
            auto& st = s.status;
            bool submit = false;
            if (s.form.organization) {  // its own name first: the one it goes by
                submit |= ui::form_field(st, local, "org_name", txt::kOrgNameLabel, s.form.org_name,
                                         {.hint = txt::kOrgNameHint, .required = true});
                submit |= ui::form_field(st, local, "representative", txt::kRepresentativeLabel,
                                         s.form.representative, {.hint = txt::kRepresentativeHint, .required = true});
            }
            submit |= ui::form_field(st, local, "full_name", tr::kFullName, s.form.full_name,
                                     {.hint = txt::kFullNameHint, .required = true});
            submit |= ui::form_field(st, local, "phone", tr::kPhone, s.form.phone,
                                     {.hint = txt::kPhoneHint, .required = true, .numeric = true});
            ui::note(txt::kPhoneChangeNote);
            if (s.phone_pending) draw_phone_code(app, s);
            submit |= ui::form_field(st, local, "email", txt::kEmailLabel, s.form.email, {.hint = txt::kEmailHint});
            submit |= ui::form_field(st, local, "address", tr::kAddress, s.form.address, {.hint = txt::kAddressHint});
            ui::commune_field(st, local, "commune_code", s.form.commune_code);
            ImGui::Spacing();
            const int clicked =
                ui::button_row({{txt::kCancelUpper, false, !st.sending}, {txt::kSave, true, !st.sending}});
            if (clicked == 0) app.navigate(path_to(Screen::account));
            if ((clicked == 1 || submit) && !st.sending) save(app);
            if (st.sending) ui::spinner(tr::kSending);
        });
    });
}

}  // namespace pakn::client::views

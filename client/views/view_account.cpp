// Thông tin cá nhân (the mobile app's "THÔNG TIN CÁ NHÂN" and "QUẢN LÝ TÀI
// KHOẢN" in one page): who is signed in, the counts of their reports and
// notifications, account management, sign-out, and deleting the account
// (personal data erased, reports kept as from a deleted account). Officers
// see their unit and role and the way into the console.
#include <imgui.h>

#include "app/app.h"
#include "app/screens.h"
#include "app/strings_accounts.h"
#include "app/strings_common.h"
#include "app/strings_follow.h"
#include "pakn/communes.h"
#include "pakn/forms.h"
#include "pakn/ids.h"
#include "pakn/officer_notices.h"
#include "ui/test_hooks.h"
#include "ui/theme.h"
#include "views/accounts_common.h"

namespace pakn::client::views {
namespace txt = tr::accounts;

namespace {

constexpr std::string_view kDeleteFields[] = {"password"};

// The first character of the name (a whole UTF-8 sequence), for the avatar.
std::string initial_of(std::string_view name) {
    if (name.empty()) return "?";
    std::size_t n = 1;
    while (n < name.size() && (static_cast<unsigned char>(name[n]) & 0xC0) == 0x80)
        ++n;
    return std::string(name.substr(0, n));
}

std::string or_not_given(const std::string& s) {
    return s.empty() ? std::string(txt::kNotGiven) : s;
}

std::string address_line(const Account& a) {
    std::string out = a.address;
    if (const CommuneRecord* c = find_commune(a.commune_code)) {
        if (!out.empty()) out += ", ";
        out += c->name;
    }
    return out;
}

void draw_identity(const Account& a) {
    const float r = ui::px(28);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddCircleFilled(ImVec2(pos.x + r, pos.y + r), r, ui::color::kPrimary);
    const std::string letter = initial_of(display_name(a));
    ImGui::PushFont(ui::fonts().heading);
    const ImVec2 ls = ImGui::CalcTextSize(letter.c_str());
    dl->AddText(ImVec2(pos.x + r - ls.x * 0.5f, pos.y + r - ls.y * 0.5f), IM_COL32_WHITE, letter.c_str());
    ImGui::PopFont();
    ImGui::Dummy(ImVec2(r * 2, r * 2));
    ImGui::SameLine(0, ui::px(14));
    ImGui::BeginGroup();
    ImGui::PushFont(ui::fonts().heading);
    ImGui::TextWrapped("%s", display_name(a).c_str());
    ui::test_registry_note_text(display_name(a));
    ImGui::PopFont();
    ui::muted(std::string(tr::kAccountPrefix) + a.login);
    ImGui::EndGroup();
    ImGui::Spacing();
    ImGui::PushStyleColor(ImGuiCol_Separator, ui::color::kBorder);
    ImGui::Separator();
    ImGui::PopStyleColor();
    ImGui::Spacing();
    const auto kind = parse_account_kind(a.kind);
    if (kind == AccountKind::organization) {
        ui::key_value(txt::kAccountOrg, or_not_given(a.org_name));
        ui::key_value(txt::kAccountRepresentative, or_not_given(a.representative));
    }
    if (kind == AccountKind::officer) {
        const auto role = parse_role(a.role);
        ui::key_value(txt::kAccountUnit, or_not_given(a.unit_name));
        ui::key_value(txt::kAccountRole, or_not_given(role ? std::string(label(*role)) : std::string()));
    }
    const std::string phone = !a.phone_masked.empty() ? a.phone_masked : a.phone.empty() ? "" : mask_phone(a.phone);
    ui::key_value(txt::kAccountPhone, or_not_given(phone));
    ui::key_value(txt::kAccountEmail, or_not_given(a.email));
    ui::key_value(txt::kAccountAddress, or_not_given(address_line(a)));
}

std::string count_label(const char* text, const net::Remote<MeSummary>& summary, std::int64_t MeSummary::*field,
                        const char* id) {
    std::string label = text;
    if (summary.ok()) label += " (" + std::to_string(summary.data.*field) + ")";
    return label + id;
}

void logout(App& app) {
    auto& s = account_states(app).account;
    ui::begin_send(s.logout_status);
    app.ending_session();
    net::post("/api/v1/auth/logout", nlohmann::json::object(), [&app](const net::Reply& reply) {
        auto& st = account_states(app).account;
        // 401: the session had already ended on the server; either way it is over.
        if (!reply.ok() && reply.status != 401) {
            app.ending_session_failed();
            ui::take_failure(st.logout_status, reply, {});
            return;
        }
        app.signed_out();
        app.navigate(path_to(Screen::home));
    });
}

void delete_account(App& app) {
    auto& s = account_states(app).account;
    const auto cleaned = clean(s.delete_form);
    if (!ui::ready_to_send(s.delete_status, cleaned.errors, kDeleteFields)) return;
    ui::begin_send(s.delete_status);
    app.ending_session();
    net::send("DELETE", "/api/v1/me", net::body_of(cleaned.value), [&app](const net::Reply& reply) {
        auto& st = account_states(app).account;
        if (!reply.ok()) {
            app.ending_session_failed();
            ui::take_failure(st.delete_status, reply, kDeleteFields);
            return;
        }
        app.signed_out();
        app.flash = txt::kDeletedFlash;
        app.navigate(path_to(Screen::login));
    });
}

void draw_delete_dialog(App& app, AccountPageState& s) {
    const FieldErrors local = validate(s.delete_form);
    ui::modal(txt::kDeleteTitle, s.delete_open, [&] {
        ui::subheading(txt::kDeleteErasedTitle);
        ui::paragraph(txt::kDeleteErased);
        ImGui::Spacing();
        ui::subheading(txt::kDeleteKeptTitle);
        ui::paragraph(txt::kDeleteKept);
        ImGui::Spacing();
        ui::draw_messages(s.delete_status);
        const bool submit =
            ui::form_field(s.delete_status, local, "password", txt::kDeletePasswordLabel, s.delete_form.password,
                           {.hint = txt::kPasswordHint, .required = true, .password = true});
        ImGui::Spacing();
        const float spacing = ImGui::GetStyle().ItemSpacing.x;
        const float w = std::floor((ImGui::GetContentRegionAvail().x - spacing) * 0.5f);
        ImGui::BeginDisabled(s.delete_status.sending);
        if (ui::secondary_button(tr::kCancel, w)) {
            s.delete_open = false;
            s.delete_form = DeleteAccountForm{};
            s.delete_status = ui::FormStatus{};
        }
        ImGui::SameLine(0, spacing);
        const bool confirm = ui::danger_button(txt::kDeleteConfirm, w);
        ImGui::EndDisabled();
        if ((confirm || submit) && !s.delete_status.sending) delete_account(app);
        if (s.delete_status.sending) ui::spinner(tr::kSending);
    });
}

constexpr std::string_view kNoticeFields[] = {"by_email", "by_sms", "daily_digest"};

void save_notices(App& app) {
    auto& s = account_states(app).account;
    ui::begin_send(s.notice_status);
    net::send("PUT", "/api/v1/me/notice-settings", net::body_of(s.notice_form), [&app](const net::Reply& reply) {
        auto& st = account_states(app).account;
        NoticeSettings saved;
        if (!reply.ok() || !net::decode_reply(reply, saved)) {
            ui::take_failure(st.notice_status, reply, kNoticeFields);
            return;
        }
        st.notices.data = saved;
        st.notice_form = saved;
        st.notice_status.notice = txt::kNoticesSaved;
    });
}

// Officers: the channels beyond the bell, each refused by the shared rule
// when the account lacks its address (the same check the server makes).
void draw_notice_settings(App& app, AccountPageState& s) {
    if (s.notices.phase == net::Phase::idle) net::load(s.notices, "/api/v1/me/notice-settings");
    if (s.notices.ok() && !s.notice_filled) {
        s.notice_form = s.notices.data;
        s.notice_filled = true;
    }
    ui::subheading(txt::kNoticesHeading);
    ui::card("##notices", [&] {
        if (s.notices.failed()) {
            if (ui::error_banner(s.notices.error, true)) net::load(s.notices, "/api/v1/me/notice-settings");
            return;
        }
        if (!s.notice_filled) {
            ui::spinner(tr::kLoading);
            return;
        }
        NoticeSettings& f = s.notice_form;
        ui::note(txt::kNoticesNote);
        ImGui::Spacing();
        const FieldErrors local = validate(f, !f.email.empty(), !f.phone.empty());
        auto box = [&](const char* label, bool& value, std::string_view field) {
            if (ui::checkbox(label, value, ui::shown_error(s.notice_status, local, field))) {
                std::erase_if(s.notice_status.server, [&](const FieldError& e) { return e.field == field; });
                s.notice_status.notice.clear();
            }
        };
        box(txt::kNoticesByEmail, f.by_email, "by_email");
        box(txt::kNoticesBySms, f.by_sms, "by_sms");
        box(txt::kNoticesDigest, f.daily_digest, "daily_digest");
        if (f.email.empty() && f.phone.empty()) {
            ui::muted(txt::kNoticesNoAddress);
        } else {
            std::string to = f.email;
            if (!f.phone.empty()) to += (to.empty() ? "" : ", ") + mask_phone(f.phone);
            ui::muted(std::string(txt::kNoticesTo) + to);
        }
        ImGui::Spacing();
        ui::draw_messages(s.notice_status);
        ImGui::BeginDisabled(s.notice_status.sending);
        const bool save = ui::wide_button(txt::kNoticesSave, true);
        ImGui::EndDisabled();
        if (save && ui::ready_to_send(s.notice_status, local, kNoticeFields)) save_notices(app);
    });
    ImGui::Spacing();
}

}  // namespace

void draw_account(App& app) {
    auto& s = account_states(app).account;
    const Account& a = app.session.account;
    const bool reporter = app.session.reporter();
    if (app.screen_entered()) {
        s.delete_open = false;
        s.delete_form = DeleteAccountForm{};
        s.delete_status = ui::FormStatus{};
        s.logout_status = ui::FormStatus{};
        s.summary_generation = -1;
        s.notices.invalidate();
        s.notice_filled = false;
        s.notice_status = ui::FormStatus{};
    }
    // The counts follow live events (a new notification, a status change).
    if (s.summary_generation != app.live_generation && !s.summary.loading()) {
        s.summary_generation = app.live_generation;
        net::load(s.summary, "/api/v1/me/summary");
    }
    ui::form_column("##account", 640, [&] {
        ui::heading(txt::kAccountHeading);
        ui::card("##identity", [&] {
            draw_identity(a);
            if (app.session.officer()) {
                ImGui::Spacing();
                if (ui::wide_button(txt::kConsole, true)) app.navigate(path_to(Screen::officer_inbox));
            }
        });
        ImGui::Spacing();
        ui::card("##counts", [&] {
            if (reporter &&
                ui::entry_row(
                    count_label(tr::kTitleMyReports, s.summary, &MeSummary::reports, "###my-reports").c_str()))
                app.navigate(path_to(Screen::my_reports));
            if (ui::entry_row(count_label(tr::kTitleNotifications, s.summary, &MeSummary::unread_notifications,
                                          "###notifications")
                                  .c_str()))
                app.navigate(path_to(Screen::notifications));
            if (s.summary.failed() && ui::error_banner(s.summary.error, true))
                net::load(s.summary, "/api/v1/me/summary");
        });
        ImGui::Spacing();
        if (app.session.officer()) draw_notice_settings(app, s);
        ui::subheading(txt::kManage);
        ui::card("##manage", [&] {
            if (reporter && ui::entry_row(tr::kTitleAccountEdit)) app.navigate(path_to(Screen::account_edit));
            if (reporter && ui::entry_row(tr::fol::kTitleAlerts)) app.navigate(path_to(Screen::alerts));
            if (ui::entry_row(txt::kChangePassword)) app.navigate(path_to(Screen::change_password));
        });
        ImGui::Spacing();
        ui::draw_messages(s.logout_status);
        if (ui::wide_button(txt::kLogout, true, !s.logout_status.sending)) logout(app);
        if (reporter) {
            ImGui::Spacing();
            if (ui::danger_button(txt::kDelete)) s.delete_open = true;
        }
    });
    if (reporter) draw_delete_dialog(app, s);
}

}  // namespace pakn::client::views

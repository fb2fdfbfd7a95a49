// Tiếp nhận phản ánh qua tổng đài (/can-bo/tiep-nhan): the center enters a
// report received by hotline 1900 1023, e-mail or in person on the caller's
// behalf: channel, the caller's contact, the report itself. The shared
// validator (clean(ReportForm) with officer intake rules) judges it as the
// server will; the tracking code comes back to be read to the caller.
#include <imgui.h>

#include "app/app.h"
#include "app/screens.h"
#include "app/strings_common.h"
#include "app/strings_officer.h"
#include "pakn/forms.h"
#include "platform/platform.h"
#include "ui/theme.h"
#include "ui/test_hooks.h"
#include "ui/widgets.h"
#include "views/officer_common.h"
#include "views/public_common.h"
#include "views/state_officer.h"

namespace pakn::client::views {
namespace {

ReportRules intake_rules() {
    ReportRules rules;
    rules.officer_intake = true;
    rules.today = pub::today();
    return rules;
}

// The errors to show: the shared validator's (after a first try) and what
// the server added (an unknown category).
FieldErrors shown_errors(const IntakeState& s) {
    if (!s.tried) return {};
    FieldErrors errors = validate(s.form, intake_rules());
    for (const auto& e : s.server_errors)
        if (!has_error(errors, e.field)) errors.push_back(e);
    return errors;
}

void send(App& app, IntakeState& s) {
    s.tried = true;
    s.server_errors.clear();
    s.error.reset();
    s.form.submit = true;
    auto cleaned = clean(s.form, intake_rules());
    if (!cleaned) return;
    nlohmann::json body;
    to_json(body, cleaned.value);
    s.sending = true;
    net::post("/api/v1/reports", body, [&app](const net::Reply& reply) {
        auto& st = officer_states(app).intake;
        st.sending = false;
        ReportCreated created;
        if (reply.ok() && net::decode_reply(reply, created)) {
            st.created = created;
            st.copied = false;
            return;
        }
        if (reply.status == 422) st.server_errors = reply.error.fields;
        st.error = reply.error;
    });
}

void draw_form(App& app, IntakeState& s) {
    const FieldErrors errors = shown_errors(s);
    auto err = [&](const char* field) { return ui::find_error(errors, field); };
    ReportForm& f = s.form;
    ui::card("##intake-caller", [&] {
        ui::subheading(tr::off::kIntakeCaller);
        ui::select(tr::off::kIntakeChannel, f.channel, officer::channel_choices(true),
                   tr::off::kIntakeChannelPlaceholder, true, err("channel"));
        ui::text_field(tr::off::kCallerName, f.reporter_name, {.required = true, .max_chars = kMaxFullNameChars},
                       err("reporter_name"));
        ui::text_field(tr::kPhone, f.reporter_phone, {.hint = "0905 123 456", .numeric = true}, err("reporter_phone"));
        ui::text_field(tr::kMail, f.reporter_email, {.hint = "ten@example.vn"}, err("reporter_email"));
        ui::text_field(tr::off::kCallerId, f.reporter_id_number, {.numeric = true}, err("reporter_id_number"));
        ui::muted(tr::off::kContactRule);
    });
    ImGui::Spacing();
    ui::card("##intake-report", [&] {
        ui::subheading(tr::kReportContent);
        ui::text_field(tr::off::kReportTitle, f.title, {.required = true, .max_chars = kMaxTitleChars}, err("title"));
        ui::text_field(tr::kContent, f.content,
                       {.required = true, .multiline = true, .multiline_height = 150, .max_chars = kMaxContentChars},
                       err("content"));
        ui::text_field(tr::off::kReportAddress, f.address, {.required = true, .max_chars = kMaxAddressChars},
                       err("address"));
        ui::select(tr::kCommuneOrZone, f.commune_code, ui::commune_choices(), tr::kChoose, false, err("commune_code"),
                   true);
        ui::select(tr::kCategory, f.category_code, ui::category_choices(app.reference.categories.data), tr::kChoose,
                   false, err("category_code"));
        ui::checkbox(tr::off::kPublicConsent, f.is_public);
    });
    ImGui::Spacing();
    if (s.error && s.error->status != 422) ui::error_banner(*s.error, false);
    if (!errors.empty()) ui::muted(tr::kFixFields);
    ImGui::BeginDisabled(s.sending);
    if (ui::primary_button(s.sending ? tr::kSending : tr::off::kIntakeSubmit)) send(app, s);
    ImGui::EndDisabled();
}

void draw_done(App& app, IntakeState& s) {
    const ReportCreated& c = *s.created;
    ui::card("##intake-done", [&] {
        ui::success_banner(tr::off::kIntakeDone);
        ImGui::PushFont(ui::fonts().title);
        ImGui::PushStyleColor(ImGuiCol_Text, ui::color::kPrimaryDark);
        ImGui::TextUnformatted(c.code.c_str());
        ui::test_registry_note_text(c.code);
        ImGui::PopStyleColor();
        ImGui::PopFont();
        ui::paragraph(tr::off::kIntakeReadBack);
        if (ui::secondary_button(tr::kCopyCode)) {
            platform::clipboard_write(c.code);
            s.copied = true;
        }
        if (s.copied) {
            ImGui::SameLine();
            ui::muted(tr::kCopied);
        }
        ImGui::Spacing();
        if (ui::primary_button(tr::kViewReport)) app.navigate(path_to(Screen::officer_report, c.id));
        ImGui::SameLine();
        if (ui::secondary_button(tr::off::kIntakeAnother)) s = IntakeState{};
    });
}

}  // namespace

void draw_officer_intake(App& app) {
    auto& s = officer_states(app).intake;
    app.reference.need_categories(false);
    app.reference.need_units(false);
    ui::page("##officer-intake", [&] {
        officer::console_header(app, Screen::officer_intake);
        ui::heading(tr::kTitleIntake);
        if (officer::my_role(app) != Role::dispatcher) {
            ui::paragraph(tr::off::kIntakeOnlyCenter);
            return;
        }
        ui::muted(tr::off::kIntakeIntro);
        ImGui::Spacing();
        if (s.created)
            draw_done(app, s);
        else
            draw_form(app, s);
    });
}

}  // namespace pakn::client::views

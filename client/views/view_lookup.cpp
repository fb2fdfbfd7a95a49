// Tra cứu phản ánh (/tra-cuu?ma=CODE): anyone, without signing in, sees a
// report's status and dates by its tracking code; no personal data is
// shown (the server sends none). The code in the address makes a result
// linkable; the box on the page changes it.
#include <imgui.h>

#include "app/app.h"
#include "app/screens.h"
#include "app/strings_common.h"
#include "app/strings_reports.h"
#include "pakn/ids.h"
#include "pakn/url.h"
#include "ui/form_kit.h"
#include "ui/theme.h"
#include "ui/test_hooks.h"
#include "ui/widgets.h"
#include "views/state_reports.h"

namespace pakn::client::views {
namespace {

namespace txt = tr::rep;

// "pakn-2026-000123 " -> "PAKN-2026-000123" (ids.h). Text not shaped like a
// code goes as typed, trimmed: the server answers "not found", as for an
// unknown code.
std::string normalized_code(std::string_view typed) {
    if (std::optional<std::string> code = normalize_tracking_code(typed)) return *code;
    return std::string(trim(typed));
}

void look_up(App& app, LookupState& s) {
    const std::string code = normalized_code(s.code);
    s.empty_attempt = code.empty();
    if (code.empty()) return;
    app.navigate(path_to(Screen::lookup, {{"ma", code}}));
}

void draw_result(const LookupResult& r) {
    ui::card("##result", [&] {
        ImGui::PushFont(ui::fonts().heading);
        ImGui::TextUnformatted(r.code.c_str());
        ui::test_registry_note_text(r.code, "heading2");
        ImGui::PopFont();
        ui::status_chip(r.status);
        ImGui::Spacing();
        if (r.submitted_at) ui::key_value(tr::kSentOn, ui::datetime_text(*r.submitted_at));
        ui::key_value(txt::kUpdatedOn, ui::datetime_text(r.updated_at));
        if (r.deadline) ui::key_value(txt::kDeadline, ui::datetime_text(*r.deadline));
        if (!r.category_name.empty()) ui::key_value(tr::kCategoryPrefix, r.category_name);
        if (!r.commune_name.empty()) ui::key_value(tr::kCommunePrefix, r.commune_name);
        ImGui::Spacing();
        ImGui::PushFont(ui::fonts().small);
        ui::muted(txt::kLookupPrivacy);
        ImGui::PopFont();
    });
}

}  // namespace

void draw_lookup(App& app) {
    auto& s = report_states(app).lookup;
    const bool fresh = app.screen_entered();
    const std::string wanted = normalized_code(app.query("ma"));
    if (wanted != s.loaded || (fresh && !wanted.empty())) {
        s.loaded = wanted;
        if (fresh || s.code.empty()) s.code = wanted;
        if (!wanted.empty()) net::load(s.result, "/api/v1/public/lookup/" + percent_encode(wanted));
    }
    ui::page("##lookup", [&] {
        ui::heading(txt::kLookupHeading);
        ui::card("##box", [&] {
            ui::paragraph(txt::kLookupIntro);
            ui::FormStatus box;
            FieldErrors local;
            if (s.empty_attempt) local.push_back(FieldError{"code", "required", tr::kLookupEmpty});
            box.attempted = s.empty_attempt;
            if (ui::form_field(box, local, "code", txt::kLookupLabel, s.code, {.hint = tr::kTrackingCodeExample}))
                look_up(app, s);
            if (!s.code.empty()) s.empty_attempt = false;
            if (ui::primary_button(tr::kLookupButton)) look_up(app, s);
        });
        if (s.loaded.empty()) return;
        if (s.result.loading()) {
            ui::spinner(tr::kLoading);
        } else if (s.result.failed()) {
            if (s.result.error.status == 404) {
                ui::card("##none", [] { ui::paragraph(txt::kLookupNotFound); });
            } else if (ui::error_banner(s.result.error, true)) {
                s.loaded.clear();  // try again next frame
            }
        } else if (s.result.ok()) {
            draw_result(s.result.data);
        }
    });
}

}  // namespace pakn::client::views

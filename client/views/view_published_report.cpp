// One published report: what was reported and where, by whom (the name
// masked, no contact data), the answer of the handling unit and the
// reporter's rating. What the server sends is already the public view.
#include <imgui.h>

#include "app/app.h"
#include "app/screens.h"
#include "app/strings_common.h"
#include "app/strings_print.h"
#include "app/strings_public.h"
#include "pakn/url.h"
#include "pakn/text.h"
#include "platform/platform.h"
#include "ui/officer_widgets.h"
#include "ui/print_document.h"
#include "ui/theme.h"
#include "ui/widgets.h"
#include "views/public_common.h"

namespace pakn::client::views {
namespace {

namespace t = tr::pub;

void load(PublishedReportState& st) {
    net::load(st.report, "/api/v1/public/reports/" + percent_encode(st.id));
}

void attachments(const std::vector<AttachmentInfo>& files) {
    if (files.empty()) return;
    ImGui::Spacing();
    ImGui::PushFont(ui::fonts().bold);
    ui::text(tr::kAttachments);
    ImGui::PopFont();
    for (const auto& f : files) {
        ImGui::PushID(static_cast<int>(f.id));
        const std::string name = (f.name.empty() ? t::kFileNumber + std::to_string(f.id) : f.name) + "##file";
        if (ui::link(name.c_str())) platform::open_url("/api/v1/attachments/" + std::to_string(f.id));
        ImGui::PopID();
    }
}

}  // namespace

void draw_published_report(App& app) {
    PublishedReportState& st = public_states(app).published_report;
    const bool entered = app.screen_entered();
    const std::string id = app.param("id");
    if (entered || id != st.id) {
        if (id != st.id) st.following = false;
        st.id = id;
        load(st);
    }
    ui::page("##published-report", [&] {
        if (ui::link(t::kBackToPublished)) app.navigate(path_to(Screen::published));
        ImGui::Spacing();
        if (!pub::ready(st.report, [&] { load(st); })) return;
        const PublicReport& r = st.report.data;
        ui::heading(r.title);
        ui::status_chip(r.status);
        if (r.followers > 0) {
            ImGui::SameLine();
            people_reporting_chip(r.followers);
        }
        ImGui::Spacing();
        follow_button(app, r.id, st.following, st.report.data.followers, st.follow);
        ImGui::Spacing();
        if (ui::secondary_button(tr::prn::kPrintPublished))
            platform::print(ui::published_report_document(r, platform::origin(), ui::now_seconds()), true);
        ui::card("##report", [&] {
            ui::key_value(t::kCode, r.code);
            if (r.submitted_at) ui::key_value(t::kSubmittedAt, ui::datetime_text(*r.submitted_at));
            if (!r.reporter_name.empty()) ui::key_value(t::kReporter, r.reporter_name);
            // The address usually names its commune already.
            std::string place = r.address;
            if (!r.commune_name.empty() &&
                fold_for_search(place).find(fold_for_search(r.commune_name)) == std::string::npos)
                place += (place.empty() ? "" : ", ") + r.commune_name;
            if (!place.empty()) ui::key_value(t::kPlace, place);
            if (!r.category_name.empty()) ui::key_value(t::kCategoryKV, r.category_name);
            if (!r.unit_name.empty()) ui::key_value(t::kUnit, r.unit_name);
            ImGui::Spacing();
            ui::subheading(tr::kReportContent);
            ui::paragraph(r.content);
            attachments(r.attachments);
        });
        ImGui::Spacing();
        ImGui::PushStyleColor(ImGuiCol_Border, ui::color::kSuccess);
        ui::card("##result", [&] {
            ui::subheading(tr::kResult);
            if (!r.result) {
                ui::muted(t::kNoResult);
                return;
            }
            if (r.result->approved_at) ui::key_value(t::kResultAt, ui::datetime_text(*r.result->approved_at));
            ui::paragraph(r.result->text);
            attachments(r.result->attachments);
            ImGui::Spacing();
            ui::key_value(t::kRating, r.rating ? std::string(label(*r.rating)) : std::string(t::kNoRating));
        });
        ImGui::PopStyleColor();
    });
}

}  // namespace pakn::client::views

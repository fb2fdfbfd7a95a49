// Nhận tin theo khu vực (/tai-khoan/nhan-tin): a citizen subscribes to new
// published answers in a commune and/or a category (issue 15 item 14) and
// removes subscriptions. The news comes as in-app notices at once and as one
// SMS a day at most; the rules of a subscription are the shared ones
// (pakn/follow.h), checked here before sending.
#include <imgui.h>

#include "app/app.h"
#include "app/screens.h"
#include "app/strings_common.h"
#include "app/strings_follow.h"
#include "ui/form_kit.h"
#include "ui/test_hooks.h"
#include "ui/theme.h"
#include "ui/widgets.h"
#include "views/state_reports.h"

namespace pakn::client::views {
namespace {

namespace txt = tr::fol;

constexpr std::string_view kDrawn[] = {"commune_code", "category_code"};
constexpr const char* kUrl = "/api/v1/me/subscriptions";

void add(AlertsState& s, const FieldErrors& local) {
    if (!ui::ready_to_send(s.status, local, kDrawn)) return;
    ui::begin_send(s.status);
    AlertSubscriptionForm form{s.commune_code, s.category_code};
    AlertsState* st = &s;
    net::post(kUrl, net::body_of(form), [st](const net::Reply& reply) {
        AlertSubscription made;
        if (!reply.ok() || !net::decode_reply(reply, made)) return ui::take_failure(st->status, reply, kDrawn);
        st->status.sending = false;
        st->status.notice = txt::kAlertsAdded;
        st->list.data.push_back(made);
        st->commune_code.clear();
        st->category_code.clear();
        st->status.touched.clear();
        st->status.attempted = false;
    });
}

void remove(AlertsState& s, std::int64_t id) {
    s.remove_error.reset();
    AlertsState* st = &s;
    net::send("DELETE", std::string(kUrl) + "/" + std::to_string(id), nlohmann::json::object(),
              [st, id](const net::Reply& reply) {
                  if (!reply.ok()) {
                      st->remove_error = reply.error;
                      return;
                  }
                  std::erase_if(st->list.data, [id](const AlertSubscription& a) { return a.id == id; });
              });
}

std::string area_text(const AlertSubscription& a) {
    const std::string commune = a.commune_name.empty() ? std::string(txt::kAnyCommune) : a.commune_name;
    const std::string category = a.category_name.empty() ? std::string(txt::kAnyCategory) : a.category_name;
    return commune + " · " + category;
}

}  // namespace

void draw_alerts(App& app) {
    auto& s = report_states(app).alerts;
    if (app.screen_entered()) {
        s.status = ui::FormStatus{};
        net::load(s.list, kUrl);
    }
    app.reference.need_categories(app.screen_entered());
    ui::form_column("##alerts", 640, [&] {
        ui::heading(txt::kTitleAlerts);
        ui::muted(txt::kAlertsIntro);
        ImGui::Spacing();
        ui::card("##alerts-list", [&] {
            if (s.list.loading() && s.list.data.empty()) {
                ui::spinner(tr::kLoading);
                return;
            }
            if (s.list.failed() && ui::error_banner(s.list.error, true)) net::load(s.list, kUrl);
            if (s.list.ok() && s.list.data.empty()) ui::muted(txt::kAlertsEmpty);
            std::optional<std::int64_t> removing;
            for (const auto& a : s.list.data) {
                ImGui::PushID(static_cast<int>(a.id));
                ImGui::AlignTextToFramePadding();
                const std::string area = area_text(a);
                ImGui::TextUnformatted(area.c_str());
                ui::test_registry_note_text(area);  // read by screen readers, as the rest of the page
                ImGui::SameLine();
                if (ui::secondary_button(txt::kAlertsRemove)) removing = a.id;
                ImGui::PopID();
            }
            if (removing) remove(s, *removing);
            if (s.remove_error) ui::error_banner(*s.remove_error, false);
        });
        ImGui::Spacing();
        ui::subheading(txt::kAlertsNew);
        ui::card("##alerts-new", [&] {
            const FieldErrors local = validate(AlertSubscriptionForm{s.commune_code, s.category_code});
            const bool show = s.status.attempted;
            const FieldError* commune_error = show ? ui::find_error(local, "commune_code") : nullptr;
            if (!commune_error) commune_error = ui::find_error(s.status.server, "commune_code");
            ui::select(txt::kAlertsCommune, s.commune_code, ui::commune_choices(), txt::kAnyCommune, false,
                       commune_error, true);
            ui::select(txt::kAlertsCategory, s.category_code,
                       ui::category_choices(app.reference.categories.data), txt::kAnyCategory, false,
                       ui::find_error(s.status.server, "category_code"));
            ui::draw_messages(s.status);
            if (ui::primary_button(txt::kAlertsAdd) && !s.status.sending) add(s, local);
        });
    });
}

}  // namespace pakn::client::views

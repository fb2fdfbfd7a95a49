#include "views/follow_common.h"

#include <imgui.h>

#include "app/app.h"
#include "app/screens.h"
#include "app/strings_follow.h"
#include "platform/platform.h"
#include "ui/test_hooks.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace pakn::client::views {

namespace txt = tr::fol;

void people_reporting_chip(std::int64_t followers) {
    if (followers <= 0) return;
    const std::string text = std::to_string(followers + 1) + txt::kPeopleReporting;
    ui::chip(text, ui::color::kInfoChip, ui::color::kInfo);
    // A count a screen reader reads out as it changes (and tests can see).
    ui::test_registry_note_alert(text, "status");
}

void follow_button(App& app, std::int64_t id, bool& following, std::int64_t& followers, FollowRequest& request,
                   const std::string& suffix) {
    if (request.answer) {
        following = request.answer->following;
        followers = request.answer->followers;
        request.answer.reset();
    }
    if (app.session.officer()) return;
    if (!app.session.reporter()) {
        // Signed out: the sign-in brings the visitor back to this page.
        const std::string label = std::string(txt::kSignInToFollow) + "##follow" + suffix;
        if (ui::secondary_button(label.c_str())) app.require_sign_in();
        return;
    }
    const std::string label = std::string(following ? txt::kUnfollow : txt::kFollow) + "##follow" + suffix;
    ImGui::BeginDisabled(request.busy);
    const bool clicked = following ? ui::secondary_button(label.c_str()) : ui::primary_button(label.c_str());
    ImGui::EndDisabled();
    if (clicked) {
        request.busy = true;
        request.error.reset();
        FollowRequest* r = &request;
        net::send(following ? "DELETE" : "POST", "/api/v1/reports/" + std::to_string(id) + "/follow",
                  nlohmann::json::object(), [r](const net::Reply& reply) {
                      r->busy = false;
                      FollowState state;
                      if (!reply.ok() || !net::decode_reply(reply, state)) {
                          r->error = reply.ok() ? api_error(502, "malformed_request") : reply.error;
                          return;
                      }
                      r->answer = state;
                  });
    }
    if (request.error) ui::error_banner(*request.error, false);
}

bool nearby_should_ask(NearbyPanel& p, const std::string& query, double now_ms) {
    if (query != p.wanted) {
        p.wanted = query;
        p.changed_at_ms = now_ms;
    }
    if (p.wanted.empty()) {
        if (!p.asked.empty()) {
            p.asked.clear();
            p.list.invalidate();
            p.list.data.clear();
        }
        return false;
    }
    return p.wanted != p.asked && now_ms - p.changed_at_ms >= kNearbyPauseMs;
}

void draw_nearby_panel(App& app, NearbyPanel& p, const NearbyQuery& q) {
    if (nearby_should_ask(p, to_query_string(q), platform::now_ms())) {
        p.asked = p.wanted;
        net::load(p.list, "/api/v1/reports/nearby?" + p.asked);
    } else if (!p.wanted.empty() && p.wanted != p.asked) {
        // The app draws only when something happens: once the typing stops,
        // nothing would draw the frame that ends the pause and asks.
        ui::request_animation_frame();
    }
    if (p.list.data.empty()) return;  // nothing like it: the form goes on as usual
    ImGui::Spacing();
    ImGui::PushStyleColor(ImGuiCol_Border, ui::color::kInfo);
    ui::card("##nearby", [&] {
        ui::subheading(txt::kNearbyHeading);
        ui::muted(txt::kNearbyIntro);
        for (std::size_t i = 0; i < p.list.data.size(); ++i) {
            NearbyReport& n = p.list.data[i];
            ImGui::PushID(static_cast<int>(n.id));
            ImGui::Separator();
            ui::paragraph(n.title);
            ui::status_chip(n.status);
            ImGui::SameLine();
            ui::muted(n.distance_m ? std::to_string(*n.distance_m) + txt::kMetresAway : std::string(txt::kSameCommune));
            if (!n.category_name.empty() || !n.commune_name.empty())
                ui::muted(n.category_name + (n.category_name.empty() || n.commune_name.empty() ? "" : " · ") +
                          n.commune_name);
            people_reporting_chip(n.followers);
            const bool was = n.following;
            follow_button(app, n.id, n.following, n.followers, p.requests[n.id], "-nearby-" + std::to_string(n.id));
            if (n.following && !was) p.followed = n.id;
            if (!n.following && was && p.followed == n.id) p.followed.reset();
            if (n.following && p.followed == n.id) {
                ui::success_banner(txt::kFollowedInstead);
                // A follower reads the report as the public would (its own page works for both).
                if (ui::link(txt::kOpenFollowed)) app.navigate(path_to(Screen::report, n.id));
            }
            ImGui::PopID();
        }
    });
    ImGui::PopStyleColor();
}

}  // namespace pakn::client::views

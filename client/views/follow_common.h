// Following a report (issue 15 items 13, 14), shared by the report form's
// "Đã có người phản ánh gần đây" panel, the report page and the published
// report's page: the follow button (signed out: sign in and come back), the
// "N người cùng phản ánh" count, and the panel itself.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "net/api.h"
#include "pakn/follow.h"

namespace pakn::client {
struct App;
}

namespace pakn::client::views {

// A follow or unfollow on its way, its answer not yet applied, and a
// refusal to show. Kept where it does not move (the answer writes into it
// later), never inside a list that a reload replaces.
struct FollowRequest {
    bool busy = false;
    std::optional<FollowState> answer;
    std::optional<ApiError> error;
};

// "N người cùng phản ánh" as a chip, when anyone follows (followers > 0).
void people_reporting_chip(std::int64_t followers);

// The follow button of report `id` for whoever looks: a signed-in reporter
// follows or unfollows (`following` and `followers` are updated from the
// answer), a visitor is asked to sign in and brought back; officers see
// nothing. The answer lands in `request` and is applied at the next call.
// `suffix` makes the ImGui id unique where several are drawn.
void follow_button(App& app, std::int64_t id, bool& following, std::int64_t& followers, FollowRequest& request,
                   const std::string& suffix = {});

// The panel's state: the query asked (to ask again only when it changes,
// after a pause in typing), the answer, and the report followed from it.
struct NearbyPanel {
    std::string wanted;      // the query the form stands at
    double changed_at_ms = 0;
    std::string asked;       // the query of `list`
    net::Remote<std::vector<NearbyReport>> list;
    std::map<std::int64_t, FollowRequest> requests;  // by report id
    std::optional<std::int64_t> followed;  // followed from the panel
};

// The typing pause after which the panel asks (the server must stay cheap).
inline constexpr double kNearbyPauseMs = 600;

// Whether the panel should ask now for `query` (to_query_string of what
// the form holds) at `now_ms`: a new query waits kNearbyPauseMs unchanged;
// an empty one clears the list without asking. Pure, for the tests.
bool nearby_should_ask(NearbyPanel& p, const std::string& query, double now_ms);

// Draws the panel under the form's place and category (nothing when no
// report matches) and asks the server as nearby_should_ask says.
void draw_nearby_panel(App& app, NearbyPanel& p, const NearbyQuery& q);

}  // namespace pakn::client::views

// GET /api/v1/events: Server-Sent Events (see services/live.h).
#include "app.h"
#include "http/handlers.h"

namespace pakn::server::http {

Response handle_events(Context& ctx) {
    std::optional<std::string> last;
    if (auto h = ctx.request.header("last-event-id")) last = std::string(*h);
    else if (auto q = ctx.request.query_value("last_event_id")) last = std::string(*q);
    return ctx.app.live->open(*ctx.caller, last);
}

}  // namespace pakn::server::http

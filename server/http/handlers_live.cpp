// GET /api/v1/events: Server-Sent Events (see http/event_streams.h).
#include "http/handlers.h"

namespace pakn::server::http {

Response handle_events(Context& ctx) {
    std::optional<std::string> last;
    if (auto h = ctx.request.header("last-event-id")) last = std::string(*h);
    else if (auto q = ctx.request.query_value("last_event_id")) last = std::string(*q);
    return ctx.site.streams.open(*ctx.session, last);
}

}  // namespace pakn::server::http

#include "http/handler_util.h"
#include "http/handlers.h"

namespace pakn::server::http {

Response handle_health(Context& ctx) { return dto(200, ctx.services.system.health()); }

}  // namespace pakn::server::http

#include "app.h"
#include "http/handler_util.h"
#include "http/handlers.h"
#include "version.h"

namespace pakn::server::http {

Response handle_health(Context& ctx) {
    // A read that touches the database proves more than "the process is up".
    const int version = ctx.app.db->read([](store::Connection& c) {
        return static_cast<int>(c.scalar_int("SELECT COALESCE(MAX(version),0) FROM schema_version").value_or(0));
    });
    return dto(200, Health{"ok", kPaknVersion, version, "ok"});
}

}  // namespace pakn::server::http

// Reference data for everyone: categories, communes, units (the directory).
// Browsers may keep them a while: they change rarely.
#include "http/handler_util.h"
#include "http/handlers.h"
#include "pakn/communes.h"
#include "pakn/dto.h"
#include "pakn/text.h"

namespace pakn::server::http {
namespace {

Response cached_for(Response r, int seconds) {
    r.set_header("Cache-Control", "public, max-age=" + std::to_string(seconds));
    return r;
}

}  // namespace

Response handle_categories(Context& ctx) { return cached_for(array_of(ctx.services.reference.categories()), 300); }

Response handle_communes(Context& ctx) { return cached_for(array_of(ctx.services.reference.communes()), 3600); }

Response handle_units(Context& ctx) {
    return cached_for(array_of(ctx.services.reference.units(ctx.request.query_value("q").value_or(""))), 60);
}

}  // namespace pakn::server::http

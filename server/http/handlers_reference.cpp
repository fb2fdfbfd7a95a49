// Reference data for everyone: categories, communes, units (the directory).
// Browsers may keep them a while: they change rarely.
#include "http/handler_util.h"
#include "http/handlers.h"
#include "pakn/communes.h"
#include "pakn/dto.h"
#include "pakn/text.h"
#include "pakn/tiles.h"

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

// A base-map tile from the operator's MBTiles file. The path parts are read
// strictly (pakn/tiles.h): malformed is 400, a tile that cannot exist or is
// not in the file 404. Tiles never change for a given file: browsers and
// proxies keep them a week.
Response handle_tile(Context& ctx) {
    const TilePath p = parse_tile_path(ctx.request.param("z").value_or(""), ctx.request.param("x").value_or(""),
                                       ctx.request.param("y").value_or(""));
    if (p.error == TilePathError::malformed) return Response::error(400, "bad_tile_path");
    if (p.error == TilePathError::out_of_range) return Response::error(404, "tile_not_found");
    auto tile = ctx.services.tiles.tile(p.id);
    if (!tile) {
        // Absent tiles are asked for again as the user pans: let them be cached a while too.
        return cached_for(Response::error(404, "tile_not_found"), 3600);
    }
    Response r;
    r.body = std::move(tile->bytes);
    r.set_header("Content-Type", tile->content_type);
    r.set_header("Cache-Control", "public, max-age=604800");
    return r;
}

}  // namespace pakn::server::http

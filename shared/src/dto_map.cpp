// The field lists of the public and the staff map (see dto_fields.h).
#include "pakn/dto_map.h"

#include "dto_fields.h"

namespace pakn {
namespace {

template <typename IO, typename V>
void fields_MapCommune(IO& io, V& v) {
    io.req("code", v.code);
    io.req("name", v.name);
    io.req("count", v.count);
    io.req("resolved", v.resolved);
}

template <typename IO, typename V>
void fields_MapPoint(IO& io, V& v) {
    io.req("report_id", v.report_id);
    io.req("code", v.code);
    io.req("lat", v.lat);
    io.req("lon", v.lon);
    io.req_enum("status", v.status, parse_status, "invalid_status");
    io.opt("category_code", v.category_code);
    io.opt("title", v.title);
}

// "credit" and "shapes" are written even when empty: their absence would
// read the same, but an explicit "" documents "no boundaries" on the wire.
template <typename IO, typename T>
void tile_fields(IO& io, T& t) {
    io.opt("tile_url", t.url);
    io.opt("tile_attribution", t.attribution);
    io.opt_omit_zero("tile_min_zoom", t.min_zoom);
    io.opt_omit_zero("tile_max_zoom", t.max_zoom);
    io.opt("tile_bounds", t.bounds);
}

template <typename IO, typename V>
void fields_MapData(IO& io, V& v) {
    io.opt_keep_empty("credit", v.credit);
    io.opt_keep_empty("shapes", v.shapes);
    io.list("communes", v.communes, true);
    io.list("points", v.points, true);
    tile_fields(io, v.tiles);
}

template <typename IO, typename V>
void fields_OfficerMapPoint(IO& io, V& v) {
    io.req("report_id", v.report_id);
    io.req("code", v.code);
    io.req("title", v.title);
    io.req_enum("status", v.status, parse_status, "invalid_status");
    io.opt_enum("time_left_level", v.time_left_level, parse_time_left_level, "invalid_time_left_level");
    io.req("lat", v.lat);
    io.req("lon", v.lon);
}

template <typename IO, typename V>
void fields_OfficerMap(IO& io, V& v) {
    io.opt_keep_empty("credit", v.credit);
    io.opt_keep_empty("shapes", v.shapes);
    io.list("points", v.points, true);
    io.opt("truncated", v.truncated);
    io.opt("without_position", v.without_position);
    tile_fields(io, v.tiles);
}

}  // namespace

PAKN_JSON_VIA_FIELDS(MapCommune)
PAKN_JSON_VIA_FIELDS(MapPoint)
PAKN_JSON_VIA_FIELDS(MapData)
PAKN_JSON_VIA_FIELDS(OfficerMapPoint)
PAKN_JSON_VIA_FIELDS(OfficerMap)

}  // namespace pakn

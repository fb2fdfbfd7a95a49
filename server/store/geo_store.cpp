#include "store/geo_store.h"

namespace pakn::server::store {

std::optional<GeoMapRow> load_geo_map(Connection& c) {
    auto st = c.prepare("SELECT shapes, credit, source, tolerance, points, imported_at FROM geo_map WHERE id = 1");
    std::optional<GeoMapRow> out;
    if (st.step()) out = GeoMapRow{st.text(0), st.text(1), st.text(2), st.real(3), st.int64(4), st.int64(5)};
    st.reset();
    return out;
}

void save_geo_map(Connection& c, const GeoMapRow& map, const std::vector<GeoCommuneRow>& communes) {
    c.prepare("DELETE FROM geo_communes").run();
    for (const auto& g : communes)
        c.prepare("INSERT INTO geo_communes(code, area_km2, label_lon, label_lat, points) VALUES (?,?,?,?,?)")
            .bind_all(g.code, g.area_km2, g.label_lon, g.label_lat, g.points)
            .run();
    c.prepare(
         "INSERT INTO geo_map(id, shapes, credit, source, tolerance, points, imported_at) VALUES (1,?,?,?,?,?,?) "
         "ON CONFLICT(id) DO UPDATE SET shapes = excluded.shapes, credit = excluded.credit, source = excluded.source, "
         "tolerance = excluded.tolerance, points = excluded.points, imported_at = excluded.imported_at")
        .bind_all(map.shapes, map.credit, map.source, map.tolerance, map.points, map.imported_at)
        .run();
}

std::vector<GeoCommuneRow> geo_communes(Connection& c) {
    auto st = c.prepare("SELECT code, area_km2, label_lon, label_lat, points FROM geo_communes ORDER BY code");
    std::vector<GeoCommuneRow> out;
    while (st.step())
        out.push_back({st.text(0), st.real(1), st.real(2), st.real(3), st.int64(4)});
    st.reset();
    return out;
}

}  // namespace pakn::server::store

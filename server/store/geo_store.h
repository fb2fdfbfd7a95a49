// SQL of the province map: the imported boundaries (one pakn-map-1
// document) with their credit, and what the import found per commune.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/db.h"

namespace pakn::server::store {

struct GeoMapRow {
    std::string shapes;  // pakn-map-1 text (geo.h encode_map_json)
    std::string credit;
    std::string source;
    double tolerance = 0;
    std::int64_t points = 0;
    std::int64_t imported_at = 0;
};

struct GeoCommuneRow {
    std::string code;
    double area_km2 = 0;
    double label_lon = 0, label_lat = 0;
    std::int64_t points = 0;
};

// The imported map, or nullopt when none was imported.
std::optional<GeoMapRow> load_geo_map(Connection& c);
// Replaces the map and the per-commune rows with these.
void save_geo_map(Connection& c, const GeoMapRow& map, const std::vector<GeoCommuneRow>& communes);
std::vector<GeoCommuneRow> geo_communes(Connection& c);

}  // namespace pakn::server::store

// Importing commune boundaries (`pakn-server geo import FILE.geojson`):
// parse with the shared GeoJSON reader, keep the features whose code is a
// commune of the province (report and skip the rest), simplify, and store
// one pakn-map-1 document with its credit for the map endpoint.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "pakn/dto_map.h"
#include "pakn/geo.h"

namespace pakn::server::store {
class Database;
}

namespace pakn::server::services {

struct GeoImportOptions {
    double tolerance = 0.0004;  // Douglas-Peucker, degrees (about 40 m); 0 keeps every point
    std::string credit = std::string(kDefaultMapCredit);
    std::string source;  // the file's name, recorded with the map
};

struct GeoImportReport {
    bool stored = false;                // the map was replaced
    std::vector<GeoError> errors;       // the document was refused (nothing stored)
    std::string error_code;             // a refusal not tied to a feature (geo_nothing_imported, ...)
    std::vector<std::string> imported;  // commune codes stored
    std::vector<std::pair<std::string, std::string>> unknown;  // code, name: not a commune of the province
    std::vector<std::string> missing;                          // communes of the province the file lacks
    std::int64_t points_in = 0, points_out = 0;                // vertices before and after simplification
};

// Parses, checks and (when at least one commune is known) stores `text`.
GeoImportReport import_geojson(store::Database& db, std::string_view text, const GeoImportOptions& options,
                               std::int64_t now);

// The report as Vietnamese lines for the operator's console.
std::string describe(const GeoImportReport& report);

}  // namespace pakn::server::services

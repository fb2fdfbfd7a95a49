#include "services/geo_import.h"

#include <cmath>

#include "pakn/communes.h"
#include "pakn/messages.h"
#include "store/db.h"
#include "store/geo_store.h"

namespace pakn::server::services {
namespace {

std::int64_t count_points(const MultiPolygon& m) {
    std::int64_t n = 0;
    for (const auto& p : m) {
        n += static_cast<std::int64_t>(p.outer.size());
        for (const auto& h : p.holes)
            n += static_cast<std::int64_t>(h.size());
    }
    return n;
}

}  // namespace

GeoImportReport import_geojson(store::Database& db, std::string_view text, const GeoImportOptions& options,
                               std::int64_t now) {
    GeoImportReport report;
    if (!(options.tolerance >= 0 && options.tolerance <= 0.01)) {
        report.error_code = "geo_invalid_tolerance";
        return report;
    }
    ParseResult parsed = parse_geojson(text);
    if (!parsed.ok()) {
        // A broken document is refused whole: a map with holes where the
        // bad features were would mislead more than no map.
        report.errors = std::move(parsed.errors);
        return report;
    }

    std::vector<Feature> kept;
    std::vector<store::GeoCommuneRow> rows;
    for (auto& f : parsed.features) {
        const CommuneRecord* commune = find_commune(f.code);
        if (!commune) {
            report.unknown.emplace_back(f.code, f.name);
            continue;
        }
        report.points_in += count_points(f.shape);
        if (options.tolerance > 0) f.shape = simplify(f.shape, options.tolerance);
        // The official name, whatever the file calls it, so map labels and
        // lists agree.
        f.name = std::string(commune->name);
        const auto label = label_point(f.shape);
        const auto points = count_points(f.shape);
        report.points_out += points;
        rows.push_back({f.code, f.area_km2, label.lon, label.lat, points});
        report.imported.push_back(f.code);
        kept.push_back(std::move(f));
    }
    for (const auto& c : communes()) {
        bool found = false;
        for (const auto& code : report.imported)
            found = found || code == c.code;
        if (!found) report.missing.emplace_back(c.code);
    }
    if (kept.empty()) {
        report.error_code = "geo_nothing_imported";
        return report;
    }

    store::GeoMapRow map;
    map.shapes = encode_map_json(kept);
    map.credit = options.credit;
    map.source = options.source;
    map.tolerance = options.tolerance;
    map.points = report.points_out;
    map.imported_at = now;
    db.write([&](store::Connection& c) { store::save_geo_map(c, map, rows); });
    report.stored = true;
    return report;
}

std::string describe(const GeoImportReport& r) {
    std::string out;
    if (!r.errors.empty()) {
        out += "Tệp bản đồ không hợp lệ, chưa nhập gì:\n";
        for (const auto& e : r.errors) {
            out += "  - ";
            if (e.feature >= 0) out += "đối tượng thứ " + std::to_string(e.feature + 1) + ": ";
            out += std::string(message_for(e.code));
            if (!e.where.empty()) out += " (" + e.where + ")";
            out += " [" + e.code + "]\n";
        }
        return out;
    }
    if (!r.error_code.empty()) {
        out += std::string(message_for(r.error_code)) + " [" + r.error_code + "]\n";
    }
    for (const auto& [code, name] : r.unknown)
        out += "  Bỏ qua " + code + (name.empty() ? "" : " (" + name + ")") + ": " +
               std::string(message_for("geo_unknown_commune")) + "\n";
    if (r.stored) {
        out += "Đã nhập ranh giới của " + std::to_string(r.imported.size()) + " xã, phường, đặc khu (" +
               std::to_string(r.points_in) + " điểm, sau khi đơn giản hóa còn " + std::to_string(r.points_out) +
               " điểm).\n";
        if (!r.missing.empty()) {
            out += "  Chưa có ranh giới của " + std::to_string(r.missing.size()) + " đơn vị:";
            for (const auto& m : r.missing)
                out += " " + m;
            out += "\n";
        }
    }
    return out;
}

}  // namespace pakn::server::services

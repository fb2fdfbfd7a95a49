// DTOs of the public map (Bản đồ phản ánh, GET /public/map): the commune
// boundaries, per-commune counts and published points. Same wire rules as
// dto.h (strict decoding, never throws), with one exception: MapData always
// writes "credit" and "shapes", even when empty, so a client can tell "no
// boundaries imported".
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "pakn/dto.h"

namespace pakn {

// The credit of the boundary data used in development and the demo (the
// import command's default; a deployment importing its own layer passes its own).
inline constexpr std::string_view kDefaultMapCredit =
    "thanglequoc/vietnamese-provinces-database (MIT); ranh giới từ trang thông tin sắp xếp ĐVHC";

// Reports of one commune within the filter. All required.
struct MapCommune {
    std::string code;
    std::string name;
    std::int64_t count = 0;     // received (submitted, drafts excluded)
    std::int64_t resolved = 0;  // of which answered

    bool operator==(const MapCommune&) const = default;
};

// A published report with coordinates. Required: report_id, code, lat, lon, status.
struct MapPoint {
    std::int64_t report_id = 0;
    std::string code;  // tracking code
    double lat = 0;
    double lon = 0;
    Status status = Status::resolved;
    std::string category_code;
    std::string title;

    bool operator==(const MapPoint&) const = default;
};

// GET /public/map. `shapes` is the pakn-map-1 text of geo.h encode_map_json
// ("" when no boundaries were imported); `credit` the data's attribution
// ("" with no boundaries). `communes`: every commune of the province (zero
// counts included); `points`: at most kMaxMapPoints, newest first.
struct MapData {
    std::string credit;
    std::string shapes;
    std::vector<MapCommune> communes;
    std::vector<MapPoint> points;

    bool operator==(const MapData&) const = default;
};

inline constexpr int kMaxMapPoints = 2000;

void to_json(nlohmann::json& j, const MapCommune& v);
void from_json(const nlohmann::json& j, MapCommune& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const MapPoint& v);
void from_json(const nlohmann::json& j, MapPoint& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const MapData& v);
void from_json(const nlohmann::json& j, MapData& v, FieldErrors& errors, const std::string& path = {});

}  // namespace pakn

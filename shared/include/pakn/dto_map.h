// DTOs of the public map (Bản đồ phản ánh, GET /public/map): the commune
// boundaries, per-commune counts and published points; and of the staff map
// (Bản đồ hồ sơ, GET /officer/map): open reports coloured by their SLA. Same wire rules as
// dto.h (strict decoding, never throws), with one exception: MapData always
// writes "credit" and "shapes", even when empty, so a client can tell "no
// boundaries imported".
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pakn/dto.h"

namespace pakn {

// The credit of the boundary data used in development and the demo (the
// import command's default; a deployment importing its own layer passes its own).
inline constexpr std::string_view kDefaultMapCredit =
    "thanglequoc/vietnamese-provinces-database (MIT); ranh giới từ trang thông tin sắp xếp ĐVHC";

// The base map's tiles (nền bản đồ) the operator configured: a URL
// template with {z}, {x}, {y} ("/tiles/{z}/{x}/{y}" for the server's own
// MBTiles file, or an outside XYZ source), the attribution its licence
// requires, and the zoom levels it holds. url "" means no base map: the map
// draws the boundaries alone. On the wire as tile_url, tile_attribution,
// tile_min_zoom, tile_max_zoom (all optional).
struct TileSource {
    std::string url;
    std::string attribution;
    std::int64_t min_zoom = 0;
    std::int64_t max_zoom = 0;
    // The extent holding tiles, "west,south,east,north" (pakn/tiles.h
    // parse_tile_bounds); "" for the whole world (an XYZ service).
    std::string bounds;

    bool empty() const { return url.empty(); }
    bool operator==(const TileSource&) const = default;
};

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
    TileSource tiles;

    bool operator==(const MapData&) const = default;
};

inline constexpr int kMaxMapPoints = 2000;

// An open report with a position on the staff map (Bản đồ hồ sơ, GET
// /officer/map). Required: report_id, code, title, status, lat, lon.
struct OfficerMapPoint {
    std::int64_t report_id = 0;
    std::string code;  // tracking code
    std::string title;
    Status status = Status::submitted;
    // The inbox's SLA colour of the current step (on time, due soon,
    // overdue); absent while no deadline runs (e.g. awaiting information).
    std::optional<TimeLeftLevel> time_left_level;
    double lat = 0;
    double lon = 0;

    bool operator==(const OfficerMapPoint&) const = default;
};

// GET /officer/map under the inbox's filters and scope: the open reports
// with a position (at most kMaxOfficerMapPoints, the nearest deadline
// first; `truncated` when more matched), and how many matching open reports
// have none. `shapes` and `credit` as in MapData (both "" with ?shapes=0,
// for a client that already holds the boundaries).
struct OfficerMap {
    std::string credit;
    std::string shapes;
    std::vector<OfficerMapPoint> points;
    bool truncated = false;
    std::int64_t without_position = 0;
    TileSource tiles;

    bool operator==(const OfficerMap&) const = default;
};

inline constexpr int kMaxOfficerMapPoints = 5000;

void to_json(nlohmann::json& j, const MapCommune& v);
void from_json(const nlohmann::json& j, MapCommune& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const MapPoint& v);
void from_json(const nlohmann::json& j, MapPoint& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const MapData& v);
void from_json(const nlohmann::json& j, MapData& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const OfficerMapPoint& v);
void from_json(const nlohmann::json& j, OfficerMapPoint& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const OfficerMap& v);
void from_json(const nlohmann::json& j, OfficerMap& v, FieldErrors& errors, const std::string& path = {});

}  // namespace pakn

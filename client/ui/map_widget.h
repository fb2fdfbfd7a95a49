// The province map: the communes filled by their number of reports (with a
// legend), hover tooltips, click to select, pan by dragging, zoom by wheel,
// double click, pinch and the +/– buttons, Trường Sa drawn in an inset,
// report points on top, and the boundary data's credit line. Under it, when
// the operator configured one, the base map's tiles (streets), Web Mercator
// tiles warped into the map's view, with their attribution on the map.
// Without boundaries the same widget draws the points on the tiles, or on a
// plain longitude/latitude frame.
//
// The geometry is prepared once, when the data arrives (build_map_model:
// decoding and triangulation); a frame only transforms vertices.
#pragma once

#include <imgui.h>

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "pakn/dto_map.h"
#include "pakn/geo.h"
#include "pakn/tiles.h"

namespace pakn::client::ui {

// A commune's figures from the server.
struct RegionFigure {
    std::string code;
    std::string name;
    std::int64_t count = 0;
    std::int64_t resolved = 0;
};

// A report with a position.
struct MapMarker {
    LonLat at;
    ImU32 color = 0;
    std::int64_t report_id = 0;
    std::string label;  // tooltip title, e.g. the tracking code
    std::string detail; // tooltip line, e.g. the status
};

// A commune ready to draw.
struct MapRegion {
    std::string code;
    std::string name;
    std::string short_name;  // drawn on the map when it fits
    MultiPolygon shape;      // for hit tests
    Mesh mesh;               // the fill, triangulated once
    BBox bbox;
    LonLat label_at;
    bool inset = false;      // drawn in the Trường Sa inset
    std::vector<LonLat> islands;  // inset only: each polygon's centre, marked so specks of land show
    std::int64_t count = 0;
    std::int64_t resolved = 0;
    int color_class = 0;     // index into the legend
};

// Everything the map draws.
struct MapModel {
    std::vector<MapRegion> regions;
    std::vector<MapMarker> points;
    BBox main_extent;   // regions (or points) at their true position
    BBox inset_extent;  // what the Trường Sa inset shows
    // Legend classes: class 0 is "no report"; class k >= 1 holds counts up to
    // upper[k - 1].
    std::vector<std::int64_t> upper;
    std::string shapes_error;  // the boundaries did not decode (points are still shown)
    // The communes carry report figures: the count legend and the counts in
    // their tooltips. Off for a map whose points say it all (the staff map).
    bool figures = true;
    // The base map's source (MapData::tiles); empty: no tiles under the communes.
    TileSource tiles;

    bool has_shapes() const { return !regions.empty(); }
    bool has_tiles() const { return !tiles.empty(); }
};

// Base-map tiles as GPU textures: loaded on demand through the platform
// (fetched and decoded by the browser), at most kMaxLoading at once, the
// least recently drawn freed beyond kMaxTiles. Owned through a shared_ptr
// so the loads in flight can tell it is gone.
class TileCache {
public:
    static constexpr std::size_t kMaxTiles = 160;
    static constexpr int kMaxLoading = 8;

    TileCache() = default;
    ~TileCache();
    TileCache(const TileCache&) = delete;
    TileCache& operator=(const TileCache&) = delete;

    // The texture of tile `t` of `url_template` (0 while loading or when it
    // failed); starts the load when `load` and it is not known yet.
    std::uint32_t texture(const std::string& url_template, const TileId& t, bool load);
    // Frees what was not drawn recently, down to kMaxTiles.
    void trim();
    std::size_t size() const { return entries_.size(); }

private:
    struct Entry {
        std::uint32_t texture = 0;
        bool loading = true;
        std::uint64_t used = 0;
    };
    using Key = std::tuple<std::string, int, int, int>;
    std::map<Key, Entry> entries_;
    std::uint64_t clock_ = 0;
    int loading_ = 0;
    std::shared_ptr<TileCache*> alive_ = std::make_shared<TileCache*>(this);
};

// Builds the model once: decodes `shapes_json` (pakn::encode_map_json's
// text, "" when the server has no boundaries), triangulates every commune,
// attaches the figures by commune code and chooses the legend classes.
MapModel build_map_model(std::string_view shapes_json, const std::vector<RegionFigure>& figures,
                         std::vector<MapMarker> points);

// The fill colour of legend class `k`, and the text of its range ("1–5").
ImU32 map_class_color(int k);
std::string map_class_label(const MapModel& model, int k);

// Pan and zoom (transient UI state the view owns).
struct MapViewState {
    MapView view;
    bool fitted = false;
    ImVec2 fitted_size;     // the viewport size the view was fitted to
    double fit_ppd = 1;     // pixels per degree of the fitted view (zoom limits)
    bool show_points = true;
    // Each point in sight goes to the widget registry (its label, its
    // detail as the value) so tests can find and click it. Off on the public
    // map, whose thousands of points would crowd the registry.
    bool expose_points = false;
    // Base-map tiles already loaded (shared: the state may be copied).
    std::shared_ptr<TileCache> tiles = std::make_shared<TileCache>();
    // Centre the map here at street level on the next frame (the device's
    // position, a pin set elsewhere); cleared once done.
    std::optional<LonLat> focus;
};

// What the user did on the map this frame.
struct MapAction {
    bool region_clicked = false;  // with `code`, "" for a click outside every commune
    std::string code;
    std::int64_t report_clicked = 0;
    // Where a click or tap (not a drag) landed on the main map, not in the
    // inset and not on a report point: the place to pin.
    std::optional<LonLat> clicked_at;
};

// Draws the map `height_css` tall across the available width, the commune
// `selected` outlined, and the credit line under it.
MapAction map_widget(const char* id, const MapModel& model, MapViewState& state, std::string_view selected,
                     float height_css, std::string_view credit);

}  // namespace pakn::client::ui

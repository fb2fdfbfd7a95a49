// [SECTION] index: the model (decode, triangulate, classes), the tile cache,
// drawing helpers (tiles, meshes), the widget (input, tiles, fill, outlines,
// labels, points, inset, legend, buttons).
#include "ui/map_widget.h"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

#include "app/strings_common.h"
#include "pakn/communes.h"
#include "platform/platform.h"
#include "ui/charts.h"
#include "ui/test_hooks.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace pakn::client::ui {

// [SECTION] the model -----------------------------------------------------------

namespace {

// The province at true position without boundaries: the frame the points
// are drawn in when no report has coordinates either.
constexpr BBox kProvinceFrame{108.3, 11.2, 109.5, 12.9};
// The Trường Sa special zone's area, for the inset when no shape gives it.
constexpr BBox kTruongSaFrame{111.0, 6.5, 117.5, 11.8};

constexpr ImU32 kClassColors[] = {
    IM_COL32(238, 242, 247, 255), IM_COL32(198, 219, 239, 255), IM_COL32(133, 182, 224, 255),
    IM_COL32(63, 135, 201, 255),  IM_COL32(11, 79, 150, 255),
};
constexpr int kClassCount = static_cast<int>(std::size(kClassColors));

}  // namespace

ImU32 map_class_color(int k) { return kClassColors[std::clamp(k, 0, kClassCount - 1)]; }

std::string map_class_label(const MapModel& m, int k) {
    if (k <= 0) return "0";
    const std::size_t i = static_cast<std::size_t>(k - 1);
    if (i >= m.upper.size()) return {};
    const std::int64_t lo = i == 0 ? 1 : m.upper[i - 1] + 1;
    const std::int64_t hi = m.upper[i];
    return lo == hi ? format_count(lo) : format_count(lo) + "–" + format_count(hi);
}

MapModel build_map_model(std::string_view shapes_json, const std::vector<RegionFigure>& figures,
                         std::vector<MapMarker> points) {
    MapModel m;
    std::map<std::string, const RegionFigure*, std::less<>> by_code;
    for (const auto& f : figures) by_code[f.code] = &f;
    if (!shapes_json.empty()) {
        ParseResult parsed = decode_map_json(shapes_json);
        if (!parsed.ok() && parsed.features.empty()) {
            m.shapes_error = parsed.errors.empty() ? "geo_bad_format" : parsed.errors.front().code;
        }
        for (auto& f : parsed.features) {
            MapRegion r;
            r.code = f.code;
            r.name = f.name;
            if (const CommuneRecord* c = find_commune(f.code)) {
                if (r.name.empty()) r.name = std::string(c->name);
                r.short_name = std::string(short_name(*c));
            } else {
                r.short_name = r.name;
            }
            r.bbox = bbox_of(f.shape);
            r.inset = in_truong_sa_inset(r.bbox);
            r.label_at = label_point(f.shape);
            r.mesh = triangulate(f.shape);
            if (r.inset)
                for (const Polygon& p : f.shape) {
                    const BBox b = bbox_of(p);
                    r.islands.push_back(LonLat{(b.min_lon + b.max_lon) / 2, (b.min_lat + b.max_lat) / 2});
                }
            r.shape = std::move(f.shape);
            if (auto it = by_code.find(r.code); it != by_code.end()) {
                r.count = it->second->count;
                r.resolved = it->second->resolved;
                if (r.name.empty()) r.name = it->second->name;
            }
            (r.inset ? m.inset_extent : m.main_extent).add(r.bbox);
            m.regions.push_back(std::move(r));
        }
    }
    // Points: the ones far offshore belong to the inset with Trường Sa.
    for (const auto& p : points) {
        BBox b;
        b.add(p.at);
        if (!m.has_shapes()) (in_truong_sa_inset(b) ? m.inset_extent : m.main_extent).add(p.at);
    }
    m.points = std::move(points);
    if (m.main_extent.empty()) m.main_extent = kProvinceFrame;
    if (m.inset_extent.empty()) m.inset_extent = kTruongSaFrame;

    // Legend classes: up to four equal ranges of 1..max.
    std::int64_t max_count = 0;
    for (const auto& r : m.regions) max_count = std::max(max_count, r.count);
    for (int k = 1; k < kClassCount && max_count > 0; ++k) {
        const std::int64_t ub = (max_count * k + (kClassCount - 2)) / (kClassCount - 1);
        if (m.upper.empty() || ub > m.upper.back()) m.upper.push_back(ub);
    }
    if (!m.upper.empty()) m.upper.back() = max_count;
    for (auto& r : m.regions) {
        r.color_class = 0;
        if (r.count <= 0) continue;
        for (std::size_t i = 0; i < m.upper.size(); ++i)
            if (r.count <= m.upper[i]) {
                r.color_class = static_cast<int>(i) + 1;
                break;
            }
    }
    return m;
}

// [SECTION] the tile cache -----------------------------------------------------

TileCache::~TileCache() {
    for (auto& [key, e] : entries_)
        if (e.texture) platform::free_texture(e.texture);
}

std::uint32_t TileCache::texture(const std::string& url_template, const TileId& t, bool load) {
    const Key key{url_template, t.z, t.x, t.y};
    auto it = entries_.find(key);
    if (it != entries_.end()) {
        it->second.used = ++clock_;
        return it->second.texture;
    }
    if (!load || loading_ >= kMaxLoading) return 0;
    entries_[key] = Entry{0, true, ++clock_};
    ++loading_;
    std::weak_ptr<TileCache*> alive = alive_;
    // A tile failing to load stays in the cache as 0 (tried once; the sea shows).
    platform::load_image_url(expand_tile_url(url_template, t), kTileSize, [alive, key](platform::Texture tex) {
        auto self = alive.lock();
        if (!self) {
            if (tex.id) platform::free_texture(tex.id);
            return;
        }
        TileCache& c = **self;
        --c.loading_;
        auto e = c.entries_.find(key);
        if (e == c.entries_.end()) {
            if (tex.id) platform::free_texture(tex.id);
            return;
        }
        e->second.loading = false;
        e->second.texture = tex.failed ? 0 : tex.id;
    });
    return 0;
}

void TileCache::trim() {
    if (entries_.size() <= kMaxTiles) return;
    std::vector<std::pair<std::uint64_t, Key>> order;
    for (const auto& [key, e] : entries_)
        if (!e.loading) order.emplace_back(e.used, key);
    std::sort(order.begin(), order.end());
    for (const auto& [used, key] : order) {
        if (entries_.size() <= kMaxTiles) break;
        auto it = entries_.find(key);
        if (it->second.texture) platform::free_texture(it->second.texture);
        entries_.erase(it);
    }
}

// [SECTION] drawing helpers ----------------------------------------------------

namespace {

ImTextureID as_texture(std::uint32_t id) { return reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(id)); }

// The base map under everything: the tiles of the zoom level that fits the
// view, each drawn in horizontal strips so Web Mercator's latitude spacing
// follows the map's own (equirectangular) view; a tile still loading shows
// the nearest loaded ancestor's part meanwhile. Returns the zoom drawn, or -1.
int draw_tiles(ImDrawList* dl, const MapModel& m, const MapView& v, TileCache& cache, ImVec2 min, ImVec2 max) {
    const TileSource& src = m.tiles;
    const double dpr = std::max(1.0f, platform::device_pixel_ratio());
    const int lo = static_cast<int>(std::clamp<std::int64_t>(src.min_zoom, 0, kMaxTileZoom));
    const int hi = static_cast<int>(std::clamp<std::int64_t>(src.max_zoom, lo, kMaxTileZoom));
    const int z = zoom_for_scale(v.pixels_per_degree * v.cos_lat0 / dpr, lo, hi);
    const LonLat tl = v.to_lonlat(ScreenPoint{min.x, min.y});
    const LonLat br = v.to_lonlat(ScreenPoint{max.x, max.y});
    // Only the tiles the source holds: outside its extent the map's own background shows.
    const TileRange r = tiles_to_draw(tl, br, z, src.bounds);
    // Zoomed far out of a source that starts deep: too many tiles to ask for.
    if (r.count() > 80) return -1;
    constexpr int kStrips = 4;
    for (int ty = r.y0; ty <= r.y1; ++ty)
        for (int tx = r.x0; tx <= r.x1; ++tx) {
            std::uint32_t tex = cache.texture(src.url, TileId{z, tx, ty}, true);
            float u0 = 0, v0 = 0, span = 1;
            for (int up = 1; !tex && up <= 4 && z - up >= lo; ++up) {
                tex = cache.texture(src.url, TileId{z - up, tx >> up, ty >> up}, false);
                span = 1.0f / static_cast<float>(1 << up);
                u0 = static_cast<float>(tx - ((tx >> up) << up)) * span;
                v0 = static_cast<float>(ty - ((ty >> up) << up)) * span;
            }
            if (!tex) continue;
            const double west = tile_lon(tx, z), east = tile_lon(tx + 1, z);
            for (int k = 0; k < kStrips; ++k) {
                const WorldPixel p0{0, (ty + static_cast<double>(k) / kStrips) * kTileSize};
                const WorldPixel p1{0, (ty + static_cast<double>(k + 1) / kStrips) * kTileSize};
                const double lat0 = pixel_to_lonlat(p0, z).lat, lat1 = pixel_to_lonlat(p1, z).lat;
                const ScreenPoint s0 = v.to_screen(LonLat{west, lat0}), s1 = v.to_screen(LonLat{east, lat1});
                const float f0 = static_cast<float>(k) / kStrips, f1 = static_cast<float>(k + 1) / kStrips;
                dl->AddImage(as_texture(tex), ImVec2(static_cast<float>(s0.x), static_cast<float>(s0.y)),
                             ImVec2(static_cast<float>(s1.x), static_cast<float>(s1.y)), ImVec2(u0, v0 + f0 * span),
                             ImVec2(u0 + span, v0 + f1 * span));
            }
        }
    cache.trim();
    return z;
}

// `col` with its alpha scaled to `alpha` (0..255).
ImU32 with_alpha(ImU32 col, int alpha) {
    return (col & ~IM_COL32_A_MASK) | (static_cast<ImU32>(std::clamp(alpha, 0, 255)) << IM_COL32_A_SHIFT);
}

ImVec2 to_im(const MapView& v, LonLat p) {
    const ScreenPoint s = v.to_screen(p);
    return ImVec2(static_cast<float>(s.x), static_cast<float>(s.y));
}

ScreenRect to_rect(ImVec2 min, ImVec2 max) {
    return ScreenRect{min.x, min.y, static_cast<double>(max.x - min.x), static_cast<double>(max.y - min.y)};
}

bool rect_contains(const ScreenRect& r, ImVec2 p) {
    return p.x >= r.x && p.x < r.x + r.width && p.y >= r.y && p.y < r.y + r.height;
}

// The triangles of one mesh in one colour, written straight into the draw list.
void fill_mesh(ImDrawList* dl, const Mesh& mesh, const MapView& v, ImU32 col) {
    if (mesh.indices.empty()) return;
    const int vtx = static_cast<int>(mesh.vertices.size());
    const int idx = static_cast<int>(mesh.indices.size());
    dl->PrimReserve(idx, vtx);
    const auto base = static_cast<ImDrawIdx>(dl->_VtxCurrentIdx);
    const ImVec2 uv = dl->_Data->TexUvWhitePixel;
    for (const LonLat& p : mesh.vertices) dl->PrimWriteVtx(to_im(v, p), uv, col);
    for (std::uint32_t i : mesh.indices) dl->PrimWriteIdx(static_cast<ImDrawIdx>(base + i));
}

void outline(ImDrawList* dl, const MultiPolygon& shape, const MapView& v, ImU32 col, float thickness,
             std::vector<ImVec2>& scratch) {
    for (const Polygon& poly : shape) {
        auto ring = [&](const Ring& r) {
            scratch.clear();
            for (std::size_t i = 0; i + 1 < r.size(); ++i) scratch.push_back(to_im(v, r[i]));  // closed below
            if (scratch.size() >= 3)
                dl->AddPolyline(scratch.data(), static_cast<int>(scratch.size()), col, ImDrawFlags_Closed, thickness);
        };
        ring(poly.outer);
        for (const Ring& h : poly.holes) ring(h);
    }
}

// Index of the region under `p` among those drawn with view `v` (inset or
// not), or -1.
int region_at(const MapModel& m, const MapView& v, ImVec2 p, bool inset) {
    const LonLat ll = v.to_lonlat(ScreenPoint{p.x, p.y});
    for (std::size_t i = 0; i < m.regions.size(); ++i) {
        const MapRegion& r = m.regions[i];
        if (r.inset != inset || !r.bbox.contains(ll)) continue;
        if (contains(r.shape, ll)) return static_cast<int>(i);
    }
    return -1;
}

bool point_in_inset(const MapModel& m, const MapMarker& p) {
    if (m.has_shapes()) return p.at.lon >= kInsetWestLon;
    BBox b;
    b.add(p.at);
    return in_truong_sa_inset(b);
}

// A square overlay button with a tooltip; true when clicked.
bool map_button(const char* text, const char* name, ImVec2 pos, float side) {
    ImGui::SetCursorScreenPos(pos);
    ImGui::PushStyleColor(ImGuiCol_Button, color::kCard);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, IM_COL32(232, 240, 252, 255));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, IM_COL32(214, 228, 248, 255));
    ImGui::PushStyleColor(ImGuiCol_Text, color::kPrimaryDark);
    ImGui::PushStyleColor(ImGuiCol_Border, color::kBorder);
    ImGui::PushFont(fonts().heading);
    ImGui::PushID(name);
    const bool clicked = ImGui::Button(text, ImVec2(side, side));
    test_registry_note_field(ImGui::GetItemID(), name, "");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", name);
    ImGui::PopID();
    ImGui::PopFont();
    ImGui::PopStyleColor(5);
    return clicked;
}

}  // namespace

// [SECTION] the widget ---------------------------------------------------------

MapAction map_widget(const char* id, const MapModel& m, MapViewState& st, std::string_view selected,
                     float height_css, std::string_view credit) {
    MapAction action;
    ImGui::PushID(id);
    const float width = ImGui::GetContentRegionAvail().x;
    const float height = px(height_css);
    const ImVec2 min = ImGui::GetCursorScreenPos();
    const ImVec2 max(min.x + width, min.y + height);
    const ScreenRect viewport = to_rect(min, max);

    // Zoom buttons (top right) come first: the first item under the mouse
    // takes it, so a click on them never reaches the map below. They are
    // drawn on a channel above the map.
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->ChannelsSplit(2);
    dl->ChannelsSetCurrent(1);
    const float side = px(36);
    const float bx = max.x - side - px(10);
    int zoom_button = 0;  // +1 in, -1 out, 2 whole province
    if (map_button("+", tr::kZoomIn, ImVec2(bx, min.y + px(10)), side)) zoom_button = 1;
    if (map_button("–", tr::kZoomOut, ImVec2(bx, min.y + px(16) + side), side)) zoom_button = -1;
    if (map_button("↻", tr::kWholeProvince, ImVec2(bx, min.y + px(22) + side * 2), side)) zoom_button = 2;
    dl->ChannelsSetCurrent(0);
    ImGui::SetCursorScreenPos(min);

    // Fit when first shown, on "Xem toàn tỉnh" and whenever the viewport
    // changes size; between those the user's pan/zoom is kept (the page may
    // scroll: only the viewport's position moves).
    if (!st.fitted || zoom_button == 2 || std::fabs(st.fitted_size.x - width) > 0.5f ||
        std::fabs(st.fitted_size.y - height) > 0.5f) {
        st.view = fit_bounds(m.main_extent, viewport, px(16));
        st.fit_ppd = st.view.pixels_per_degree;
        st.fitted = true;
        st.fitted_size = ImVec2(width, height);
    }
    st.view.viewport = viewport;
    const double dpr = std::max(1.0f, platform::device_pixel_ratio());
    // Pixels per degree (of latitude) that show zoom level z's tiles at their size.
    auto ppd_of_zoom = [&](double z) { return kTileSize * std::exp2(z) / 360.0 * dpr / st.view.cos_lat0; };
    const double min_ppd = st.fit_ppd * 0.6;
    // With streets under the map, down to a house: the source's deepest tiles up to 4x.
    const double max_ppd = m.has_tiles() ? std::max(st.fit_ppd * 60, ppd_of_zoom(static_cast<double>(m.tiles.max_zoom) + 2))
                                         : st.fit_ppd * 60;
    if (st.focus) {
        st.view.center = *st.focus;
        st.view.pixels_per_degree = std::clamp(m.has_tiles() ? ppd_of_zoom(16) : st.fit_ppd * 20, min_ppd, max_ppd);
        st.focus.reset();
    }
    const ScreenPoint centre{min.x + width * 0.5, min.y + height * 0.5};
    if (zoom_button == 1) zoom_at(st.view, centre, 1.6, min_ppd, max_ppd);
    if (zoom_button == -1) zoom_at(st.view, centre, 1 / 1.6, min_ppd, max_ppd);
    const bool inset_used = [&] {
        for (const auto& r : m.regions)
            if (r.inset) return true;
        for (const auto& p : m.points)
            if (point_in_inset(m, p)) return true;
        return false;
    }();
    const ScreenRect inset_box = truong_sa_inset_rect(viewport, is_compact() ? 0.34 : 0.26, px(10));
    const MapView inset_view_ = inset_view(m.inset_extent, inset_box, px(6));

    // Input: the whole area is one button.
    const bool pressed = ImGui::InvisibleButton("##map", ImVec2(width, height));
    const bool hovered = ImGui::IsItemHovered();
    ImGuiIO& io = ImGui::GetIO();
    const ImVec2 mouse = io.MousePos;
    const bool in_inset = inset_used && rect_contains(inset_box, mouse);
    // Fingers: one pans, two pinch (the page does not scroll under the map).
    platform::claim_touch_area(min.x, min.y, width, height);
    const platform::TouchGesture touch = platform::take_touch_gesture();
    if (touch.dx != 0 || touch.dy != 0) pan(st.view, touch.dx, touch.dy);
    if (touch.scale != 1)
        zoom_at(st.view, ScreenPoint{touch.cx, touch.cy}, touch.scale, min_ppd, max_ppd);
    if (ImGui::IsItemActive() && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 2.0f) && !in_inset) {
        pan(st.view, io.MouseDelta.x, io.MouseDelta.y);
        ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeAll);
    }
    // On touch screens a drag scrolls the page (it arrives as the wheel), so
    // the wheel zooms only with a mouse.
    if (hovered && !platform::is_touch_device()) {
        ImGui::SetItemKeyOwner(ImGuiKey_MouseWheelY);
        if (io.MouseWheel != 0 && !in_inset)
            zoom_at(st.view, ScreenPoint{mouse.x, mouse.y}, std::pow(1.25, io.MouseWheel), min_ppd, max_ppd);
    }
    if (hovered && !in_inset && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left))
        zoom_at(st.view, ScreenPoint{mouse.x, mouse.y}, 2.0, min_ppd, max_ppd);
    // A click, not the end of a drag.
    const bool released_click = pressed && io.MouseDragMaxDistanceSqr[0] < px(6) * px(6);

    dl->PushClipRect(min, max, true);
    dl->AddRectFilled(min, max, IM_COL32(226, 238, 248, 255));  // the sea
    const int tile_zoom = m.has_tiles() && st.tiles ? draw_tiles(dl, m, st.view, *st.tiles, min, max) : -1;
    // Over streets the communes are tinted (figures) or only outlined (the
    // pin map), so the streets stay readable.
    const bool on_tiles = tile_zoom >= 0;

    // What is under the mouse: a point first (they sit on top), then a region.
    int hot_region = -1;
    int hot_point = -1;
    if (hovered && st.show_points) {
        float best = px(9) * px(9);
        for (std::size_t i = 0; i < m.points.size(); ++i) {
            const bool pin = point_in_inset(m, m.points[i]);
            if (pin && !inset_used) continue;
            if (pin != in_inset) continue;
            const ImVec2 s = to_im(pin ? inset_view_ : st.view, m.points[i].at);
            const float d = (s.x - mouse.x) * (s.x - mouse.x) + (s.y - mouse.y) * (s.y - mouse.y);
            if (d < best) {
                best = d;
                hot_point = static_cast<int>(i);
            }
        }
    }
    if (hovered && hot_point < 0) hot_region = region_at(m, in_inset ? inset_view_ : st.view, mouse, in_inset);
    if (hovered && hot_region < 0 && in_inset) {
        // Near an island's mark counts as on it.
        for (std::size_t i = 0; i < m.regions.size() && hot_region < 0; ++i)
            for (const LonLat& c : m.regions[i].islands) {
                const ImVec2 s = to_im(inset_view_, c);
                if ((s.x - mouse.x) * (s.x - mouse.x) + (s.y - mouse.y) * (s.y - mouse.y) <= px(6) * px(6)) {
                    hot_region = static_cast<int>(i);
                    break;
                }
            }
    }

    std::vector<ImVec2> scratch;
    auto draw_regions = [&](bool inset, const MapView& v) {
        for (std::size_t i = 0; i < m.regions.size(); ++i) {
            const MapRegion& r = m.regions[i];
            if (r.inset != inset) continue;
            ImU32 col = map_class_color(r.color_class);
            const bool hot = static_cast<int>(i) == hot_region;
            if (hot) col = IM_COL32(255, 214, 102, 255);
            if (on_tiles && !inset) col = with_alpha(col, hot ? 90 : (m.figures ? 150 : 0));
            if ((col & IM_COL32_A_MASK) != 0) fill_mesh(dl, r.mesh, v, col);
        }
        const ImU32 border = on_tiles && !inset ? IM_COL32(11, 79, 150, 170) : IM_COL32(255, 255, 255, 255);
        for (const auto& r : m.regions)
            if (r.inset == inset) outline(dl, r.shape, v, border, px(on_tiles && !inset ? 1.5f : 1.0f), scratch);
        for (const auto& r : m.regions)
            if (r.inset == inset && r.code == selected) outline(dl, r.shape, v, color::kAccent, px(3.0f), scratch);
    };

    if (m.has_shapes()) {
        draw_regions(false, st.view);
        // Names where they fit (zoomed in enough).
        ImGui::PushFont(fonts().small);
        for (const auto& r : m.regions) {
            if (r.inset) continue;
            const ImVec2 a = to_im(st.view, LonLat{r.bbox.min_lon, r.bbox.max_lat});
            const ImVec2 b = to_im(st.view, LonLat{r.bbox.max_lon, r.bbox.min_lat});
            const ImVec2 ts = ImGui::CalcTextSize(r.short_name.c_str());
            if (b.x - a.x < ts.x * 1.2f || b.y - a.y < ts.y * 2.0f) continue;
            const ImVec2 c = to_im(st.view, r.label_at);
            const ImU32 text = r.color_class >= 3 ? IM_COL32_WHITE : color::kText;
            dl->AddText(ImVec2(c.x - ts.x * 0.5f, c.y - ts.y * 0.5f), text, r.short_name.c_str());
        }
        ImGui::PopFont();
    } else if (!on_tiles) {
        // A plain longitude/latitude frame: grid lines every half degree.
        const LonLat tl = st.view.to_lonlat(ScreenPoint{min.x, min.y});
        const LonLat br = st.view.to_lonlat(ScreenPoint{max.x, max.y});
        ImGui::PushFont(fonts().small);
        for (double lon = std::floor(tl.lon * 2) / 2; lon <= br.lon; lon += 0.5) {
            const float x = to_im(st.view, LonLat{lon, 0}).x;
            dl->AddLine(ImVec2(x, min.y), ImVec2(x, max.y), IM_COL32(200, 214, 230, 255), px(1));
            const std::string text = format_decimal(lon, 1) + tr::kDegreesEast;
            dl->AddText(ImVec2(x + px(3), max.y - ImGui::GetTextLineHeight() - px(2)), color::kMuted, text.c_str());
        }
        for (double lat = std::floor(br.lat * 2) / 2; lat <= tl.lat; lat += 0.5) {
            const float y = to_im(st.view, LonLat{0, lat}).y;
            dl->AddLine(ImVec2(min.x, y), ImVec2(max.x, y), IM_COL32(200, 214, 230, 255), px(1));
            const std::string text = format_decimal(lat, 1) + tr::kDegreesNorth;
            dl->AddText(ImVec2(min.x + px(4), y + px(2)), color::kMuted, text.c_str());
        }
        ImGui::PopFont();
    }

    auto draw_point = [&](std::size_t i, const MapView& v) {
        const ImVec2 s = to_im(v, m.points[i].at);
        const bool hot = static_cast<int>(i) == hot_point;
        const float r = px(hot ? 6.0f : 3.5f);
        dl->AddCircleFilled(s, r + px(1.0f), IM_COL32_WHITE);
        dl->AddCircleFilled(s, r, m.points[i].color ? m.points[i].color : color::kAccent);
    };
    if (st.show_points)
        for (std::size_t i = 0; i < m.points.size(); ++i)
            if (!point_in_inset(m, m.points[i])) draw_point(i, st.view);

    // The Trường Sa inset: its own fixed view in the bottom-right corner.
    if (inset_used) {
        const ImVec2 bmin(static_cast<float>(inset_box.x), static_cast<float>(inset_box.y));
        const ImVec2 bmax(static_cast<float>(inset_box.x + inset_box.width),
                          static_cast<float>(inset_box.y + inset_box.height));
        dl->AddRectFilled(bmin, bmax, IM_COL32(236, 244, 251, 255), px(4));
        dl->PushClipRect(bmin, bmax, true);
        draw_regions(true, inset_view_);
        // The islands are specks at this scale: mark each one.
        for (const auto& r : m.regions)
            for (const LonLat& c : r.islands) {
                const ImVec2 s = to_im(inset_view_, c);
                dl->AddCircleFilled(s, px(2.5f), map_class_color(std::max(1, r.color_class)));
                dl->AddCircle(s, px(2.5f), r.code == selected ? color::kAccent : color::kPrimaryDark, 0, px(1));
            }
        if (st.show_points)
            for (std::size_t i = 0; i < m.points.size(); ++i)
                if (point_in_inset(m, m.points[i])) draw_point(i, inset_view_);
        ImGui::PushFont(fonts().small);
        dl->AddText(ImVec2(bmin.x + px(6), bmin.y + px(4)), color::kMuted, tr::kTruongSa);
        ImGui::PopFont();
        dl->PopClipRect();
        dl->AddRect(bmin, bmax, color::kMuted, px(4), 0, px(1));
    }

    // Legend (top left).
    if (m.has_shapes() && m.figures) {
        ImGui::PushFont(fonts().small);
        const float line = ImGui::GetTextLineHeight();
        const int classes = 1 + static_cast<int>(m.upper.size());
        const char* title = tr::kReportCount;
        float w = ImGui::CalcTextSize(title).x;
        for (int k = 0; k < classes; ++k)
            w = std::max(w, px(22) + ImGui::CalcTextSize(map_class_label(m, k).c_str()).x);
        const ImVec2 lmin(min.x + px(10), min.y + px(10));
        const ImVec2 lmax(lmin.x + w + px(16), lmin.y + px(8) + line * static_cast<float>(classes + 1) + px(8));
        dl->AddRectFilled(lmin, lmax, IM_COL32(255, 255, 255, 235), px(6));
        dl->AddRect(lmin, lmax, color::kBorder, px(6));
        dl->AddText(ImVec2(lmin.x + px(8), lmin.y + px(6)), color::kText, title);
        for (int k = 0; k < classes; ++k) {
            const float y = lmin.y + px(8) + line * static_cast<float>(k + 1);
            dl->AddRectFilled(ImVec2(lmin.x + px(8), y + px(3)), ImVec2(lmin.x + px(22), y + line - px(3)),
                              map_class_color(k), px(2));
            dl->AddRect(ImVec2(lmin.x + px(8), y + px(3)), ImVec2(lmin.x + px(22), y + line - px(3)),
                        color::kBorder, px(2));
            const std::string label = map_class_label(m, k);
            dl->AddText(ImVec2(lmin.x + px(28), y), color::kText, label.c_str());
        }
        ImGui::PopFont();
    }
    // The base map's credit, on the map as its licence asks (bottom left).
    if (on_tiles && !m.tiles.attribution.empty()) {
        ImGui::PushFont(fonts().small);
        const char* text = m.tiles.attribution.c_str();
        const ImVec2 ts = ImGui::CalcTextSize(text, nullptr, false, width - px(12));
        const ImVec2 amin(min.x, max.y - ts.y - px(6));
        dl->AddRectFilled(amin, ImVec2(min.x + ts.x + px(12), max.y), IM_COL32(255, 255, 255, 215));
        dl->AddText(nullptr, 0.0f, ImVec2(amin.x + px(6), amin.y + px(3)), color::kText, text, nullptr,
                    width - px(12));
        // Drawn on the map, so also told to screen readers (and tests) as text.
        const ImRect credit_box(amin, ImVec2(min.x + ts.x + px(12), max.y));
        test_registry_note_text(m.tiles.attribution, "text", &credit_box);
        ImGui::PopFont();
    }
    dl->PopClipRect();
    dl->AddRect(min, max, color::kBorder, 0, 0, px(1));

    // Tooltips and the click.
    if (hot_point >= 0) {
        const MapMarker& p = m.points[static_cast<std::size_t>(hot_point)];
        ImGui::BeginTooltip();
        ImGui::PushFont(fonts().bold);
        ui::text(p.label);
        ImGui::PopFont();
        if (!p.detail.empty()) ui::text(p.detail);
        ImGui::EndTooltip();
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        if (released_click) action.report_clicked = p.report_id;
    } else if (hot_region >= 0) {
        const MapRegion& r = m.regions[static_cast<std::size_t>(hot_region)];
        ImGui::BeginTooltip();
        ImGui::PushFont(fonts().bold);
        ui::text(r.name);
        ImGui::PopFont();
        if (m.figures) {
            ui::text(std::string(tr::kReceived) + ": " + format_count(r.count));
            ui::text(std::string(tr::kResolved) + ": " + format_count(r.resolved));
        }
        ImGui::EndTooltip();
        if (released_click) {
            action.region_clicked = true;
            action.code = r.code;
        }
    } else if (released_click && m.has_shapes()) {
        action.region_clicked = true;  // outside every commune: clear the selection
    }
    // The place itself, for a pin (a pin already there does not block a new one).
    if (released_click && !in_inset &&
        (hot_point < 0 || m.points[static_cast<std::size_t>(hot_point)].report_id == 0))
        action.clicked_at = st.view.to_lonlat(ScreenPoint{mouse.x, mouse.y});

    // Registry entries: each commune under its name with "count / resolved",
    // at its label point, so tests can read and click the map.
    for (std::size_t i = 0; i < m.regions.size(); ++i) {
        const MapRegion& r = m.regions[i];
        if (r.inset && !inset_used) continue;
        const ImVec2 c = to_im(r.inset ? inset_view_ : st.view, r.label_at);
        if (c.x < min.x || c.y < min.y || c.x >= max.x || c.y >= max.y) continue;
        ImGui::PushID(static_cast<int>(i));
        expose_figure("##region", ImVec2(c.x - px(3), c.y - px(3)), ImVec2(c.x + px(3), c.y + px(3)), r.name,
                      m.figures ? format_count(r.count) + " / " + format_count(r.resolved) : std::string());
        ImGui::PopID();
    }
    if (st.expose_points && st.show_points) {
        ImGui::PushID("##points");
        for (std::size_t i = 0; i < m.points.size(); ++i) {
            const MapMarker& p = m.points[i];
            const bool pin = point_in_inset(m, p);
            if (pin && !inset_used) continue;
            const ImVec2 c = to_im(pin ? inset_view_ : st.view, p.at);
            if (c.x < min.x || c.y < min.y || c.x >= max.x || c.y >= max.y) continue;
            ImGui::PushID(static_cast<int>(i));
            expose_figure("##point", ImVec2(c.x - px(2), c.y - px(2)), ImVec2(c.x + px(2), c.y + px(2)), p.label,
                          p.detail);
            ImGui::PopID();
        }
        ImGui::PopID();
    }

    {
        // The view (centre, tile zoom) for tests and the accessibility mirror.
        char view[96];
        std::snprintf(view, sizeof view, "%.5f, %.5f; z%d", st.view.center.lat, st.view.center.lon, tile_zoom);
        expose_figure("##view", min, ImVec2(min.x + px(2), min.y + px(2)), tr::kMapViewLabel, view);
    }

    dl->ChannelsMerge();

    // The credit line under the map.
    ImGui::SetCursorScreenPos(ImVec2(min.x, max.y + px(4)));
    ImGui::Dummy(ImVec2(width, 0));
    if (!credit.empty()) {
        ImGui::PushFont(fonts().small);
        muted(credit);
        ImGui::PopFont();
    }
    ImGui::PopID();
    return action;
}

}  // namespace pakn::client::ui

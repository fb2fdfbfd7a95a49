// [SECTION] index: bounding boxes, GeoJSON import, measures, labels,
// simplification, triangulation, map view, transfer encoding.
#include "pakn/geo.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <set>
#include <utility>

#include <nlohmann/json.hpp>

#include "pakn/dto.h"

namespace pakn {

using json = nlohmann::json;

namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kDegToRad = kPi / 180.0;
constexpr double kEarthRadiusKm = 6371.0088;
constexpr std::size_t kMaxGeoText = std::size_t{64} << 20;
constexpr std::size_t kMaxErrors = 100;
// GeoJSON needs 8 levels (collection, features, feature, geometry and four
// array levels of a MultiPolygon); anything far deeper is not a map.
constexpr std::size_t kMaxDepth = 32;
constexpr double kScale = 1e5;  // transfer units per degree
constexpr std::string_view kMapFormat = "pakn-map-1";

double sq(double v) {
    return v * v;
}

// Squared distance from p to segment ab in a plane where x is scaled by kx.
double segment_dist2(LonLat p, LonLat a, LonLat b, double kx) {
    const double ax = (a.lon - p.lon) * kx, ay = a.lat - p.lat;
    const double bx = (b.lon - p.lon) * kx, by = b.lat - p.lat;
    const double dx = bx - ax, dy = by - ay;
    const double len2 = dx * dx + dy * dy;
    double t = len2 > 0 ? -(ax * dx + ay * dy) / len2 : 0;
    t = std::clamp(t, 0.0, 1.0);
    return sq(ax + t * dx) + sq(ay + t * dy);
}

// Even-odd crossing test against one ring (closed or not).
bool ring_contains(const Ring& r, LonLat p) {
    bool inside = false;
    const std::size_t n = r.size();
    for (std::size_t i = 0; i < n; ++i) {
        const LonLat a = r[i], b = r[(i + 1) % n];
        if ((a.lat > p.lat) != (b.lat > p.lat)) {
            const double x = a.lon + (p.lat - a.lat) * (b.lon - a.lon) / (b.lat - a.lat);
            if (p.lon < x) inside = !inside;
        }
    }
    return inside;
}

// Member `key` of an object, or nullptr (also when j is not an object).
const json* member(const json& j, std::string_view key) {
    if (!j.is_object()) return nullptr;
    const auto it = j.find(key);
    return it == j.end() ? nullptr : &*it;
}

// True when j exists and is the string s.
bool is_string_equal(const json* j, std::string_view s) {
    return j != nullptr && j->is_string() && j->get_ref<const json::string_t&>() == s;
}

// "base[i]", for error paths.
std::string index_path(std::string base, std::size_t i) {
    return base + "[" + std::to_string(i) + "]";
}

// [SECTION] GeoJSON import

// A problem while reading one feature: code and where.
struct Problem {
    std::string_view code;
    std::string where;
};

// Reads features one by one; a document-level problem stops it.
class GeoJsonReader {
public:
    std::optional<Problem> fatal;

    // One ring: positions, closed, at least 4.
    std::optional<Problem> read_ring(const json& j, const std::string& path, Ring& out) {
        if (!j.is_array()) return Problem{"geo_bad_geometry", path};
        points_ += j.size();
        if (points_ > kMaxGeoPoints) {
            fatal = Problem{"geo_too_many_points", path};
            return fatal;
        }
        out.clear();
        out.reserve(j.size() + 1);
        for (std::size_t i = 0; i < j.size(); ++i) {
            const json& pos = j[i];
            if (!pos.is_array() || pos.size() < 2 || pos.size() > 3 || !pos[0].is_number() || !pos[1].is_number())
                return Problem{"geo_bad_coordinate", index_path(path, i)};
            const LonLat p{pos[0].get<double>(), pos[1].get<double>()};
            if (!std::isfinite(p.lon) || !std::isfinite(p.lat))
                return Problem{"geo_bad_coordinate", index_path(path, i)};
            if (p.lon < -180 || p.lon > 180 || p.lat < -90 || p.lat > 90)
                return Problem{"geo_coordinate_out_of_range", index_path(path, i)};
            out.push_back(p);
        }
        if (!out.empty() && out.front() != out.back()) out.push_back(out.front());
        if (out.size() < 4) return Problem{"geo_ring_too_short", path};
        return std::nullopt;
    }

    // Polygon coordinates: [outer, hole...].
    std::optional<Problem> read_polygon(const json& j, const std::string& path, Polygon& out) {
        if (!j.is_array() || j.empty()) return Problem{"geo_bad_geometry", path};
        for (std::size_t i = 0; i < j.size(); ++i) {
            Ring ring;
            if (auto problem = read_ring(j[i], index_path(path, i), ring)) return problem;
            if (i == 0)
                out.outer = std::move(ring);
            else
                out.holes.push_back(std::move(ring));
        }
        return std::nullopt;
    }

    std::optional<Problem> read_geometry(const json* g, const std::string& path, MultiPolygon& out) {
        const json* type = member(*g, "type");
        const json* coords = member(*g, "coordinates");
        if (coords == nullptr) return Problem{"geo_bad_geometry", path};
        const std::string cpath = path + ".coordinates";
        if (is_string_equal(type, "Polygon")) {
            Polygon p;
            if (auto problem = read_polygon(*coords, cpath, p)) return problem;
            out.push_back(std::move(p));
            return std::nullopt;
        }
        if (!is_string_equal(type, "MultiPolygon")) return Problem{"geo_bad_geometry", path + ".type"};
        if (!coords->is_array() || coords->empty()) return Problem{"geo_bad_geometry", cpath};
        for (std::size_t i = 0; i < coords->size(); ++i) {
            Polygon p;
            if (auto problem = read_polygon((*coords)[i], index_path(cpath, i), p)) return problem;
            out.push_back(std::move(p));
        }
        return std::nullopt;
    }

    std::optional<Problem> read_feature(const json& f, const std::string& path, Feature& out) {
        if (!f.is_object() || !is_string_equal(member(f, "type"), "Feature")) return Problem{"geo_bad_feature", path};
        const json* props = member(f, "properties");
        const std::string ppath = path + ".properties";
        if (props != nullptr && !props->is_null() && !props->is_object()) return Problem{"geo_bad_feature", ppath};
        const json* code = props != nullptr ? member(*props, "code") : nullptr;
        if (code == nullptr || code->is_null()) return Problem{"geo_missing_code", ppath + ".code"};
        if (!read_code(*code, out.code)) return Problem{"geo_bad_code", ppath + ".code"};
        if (const json* name = member(*props, "name"); name != nullptr && !name->is_null()) {
            if (!name->is_string()) return Problem{"geo_bad_name", ppath + ".name"};
            out.name = name->get<std::string>();
        }
        const json* geometry = member(f, "geometry");
        if (geometry == nullptr || !geometry->is_object()) return Problem{"geo_bad_geometry", path + ".geometry"};
        if (auto problem = read_geometry(geometry, path + ".geometry", out.shape)) return problem;
        out.area_km2 = area_km2(out.shape);
        if (const json* area = member(*props, "area_km2"); area != nullptr && area->is_number()) {
            const double official = area->get<double>();
            if (std::isfinite(official) && official > 0) out.area_km2 = official;
        }
        return std::nullopt;
    }

private:
    std::size_t points_ = 0;

    // National codes are strings, but some exports write them as numbers.
    static bool read_code(const json& j, std::string& out) {
        if (j.is_string()) {
            out = j.get<std::string>();
            return !out.empty();
        }
        if (j.is_number_unsigned()) {
            out = std::to_string(j.get<std::uint64_t>());
            return true;
        }
        if (j.is_number_integer()) {
            out = std::to_string(j.get<std::int64_t>());
            return true;
        }
        if (j.is_number_float()) {
            const double d = j.get<double>();
            if (!std::isfinite(d) || d != std::floor(d) || std::fabs(d) > 1e15) return false;
            out = std::to_string(static_cast<long long>(d));
            return true;
        }
        return false;
    }
};

void add_error(ParseResult& r, std::string_view code, int feature, std::string where) {
    if (r.errors.size() < kMaxErrors) r.errors.push_back({std::string(code), feature, std::move(where)});
}

// Parses JSON text with the document-level checks both readers share.
std::optional<json> parse_document(std::string_view text, ParseResult& r) {
    if (text.size() > kMaxGeoText) {
        add_error(r, "geo_too_large", -1, "");
        return std::nullopt;
    }
    if (json_nests_deeper_than(text, kMaxDepth)) {
        add_error(r, "geo_invalid_json", -1, "");
        return std::nullopt;
    }
    json doc = json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
    if (doc.is_discarded()) {
        add_error(r, "geo_invalid_json", -1, "");
        return std::nullopt;
    }
    return doc;
}

// [SECTION] measures (helpers)

// Signed shoelace sum of a ring relative to `o`, and its first moments.
struct RingMoments {
    double area = 0;  // signed, square degrees
    double cx = 0;    // centroid relative to o (valid when area != 0)
    double cy = 0;
};

RingMoments ring_moments(const Ring& r, LonLat o) {
    RingMoments m;
    const std::size_t n = r.size();
    double a2 = 0, sx = 0, sy = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const double x0 = r[i].lon - o.lon, y0 = r[i].lat - o.lat;
        const double x1 = r[(i + 1) % n].lon - o.lon, y1 = r[(i + 1) % n].lat - o.lat;
        const double cross = x0 * y1 - x1 * y0;
        a2 += cross;
        sx += (x0 + x1) * cross;
        sy += (y0 + y1) * cross;
    }
    m.area = a2 / 2;
    if (a2 != 0) {
        m.cx = sx / (3 * a2);
        m.cy = sy / (3 * a2);
    }
    return m;
}

// Spherical area of one ring in km² (unsigned).
double ring_area_km2(const Ring& r) {
    const std::size_t n = r.size();
    double sum = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const LonLat a = r[i], b = r[(i + 1) % n];
        sum += (b.lon - a.lon) * kDegToRad * (std::sin(a.lat * kDegToRad) + std::sin(b.lat * kDegToRad));
    }
    return std::fabs(sum) / 2 * kEarthRadiusKm * kEarthRadiusKm;
}

// Distance from p to the nearest edge of the polygon, with longitude scaled
// by kx; negative when p is outside.
double signed_border_distance(const Polygon& poly, LonLat p, double kx) {
    double best = std::numeric_limits<double>::infinity();
    auto scan = [&](const Ring& r) {
        for (std::size_t i = 0; i + 1 < r.size(); ++i)
            best = std::min(best, segment_dist2(p, r[i], r[i + 1], kx));
        if (r.size() > 1 && r.front() != r.back()) best = std::min(best, segment_dist2(p, r.back(), r.front(), kx));
    };
    scan(poly.outer);
    for (const Ring& h : poly.holes)
        scan(h);
    const double d = std::sqrt(best);
    return contains(poly, p) ? d : -d;
}

// [SECTION] simplification (Douglas-Peucker core)

// Douglas-Peucker over pts[first..last] (indices taken modulo pts.size()),
// marking the two ends and the points kept between them; iterative so long
// rings cannot exhaust the stack.
void douglas_peucker(const std::vector<LonLat>& pts, std::size_t first, std::size_t last, double tol2,
                     std::vector<char>& keep) {
    const std::size_t n = pts.size();
    keep[first % n] = 1;
    keep[last % n] = 1;
    std::vector<std::pair<std::size_t, std::size_t>> stack{{first, last}};
    while (!stack.empty()) {
        const auto [a, b] = stack.back();
        stack.pop_back();
        if (b <= a + 1) continue;
        double worst = -1;
        std::size_t at = a;
        for (std::size_t i = a + 1; i < b; ++i) {
            const double d = segment_dist2(pts[i % n], pts[a % n], pts[b % n], 1.0);
            if (d > worst) {
                worst = d;
                at = i;
            }
        }
        if (worst > tol2) {
            keep[at % n] = 1;
            stack.push_back({a, at});
            stack.push_back({at, b});
        }
    }
}

// [SECTION] triangulation (helpers)

namespace tri {

struct Pt {
    double x = 0, y = 0;
};

bool same(const Pt& a, const Pt& b) {
    return a.x == b.x && a.y == b.y;
}

// Sign of the turn a -> b -> c: +1 left (counter-clockwise), -1 right, 0
// when the determinant is within its rounding error, so points that are
// collinear up to rounding count as collinear.
int orient(const Pt& a, const Pt& b, const Pt& c) {
    const double l = (b.x - a.x) * (c.y - a.y);
    const double r = (b.y - a.y) * (c.x - a.x);
    const double det = l - r;
    const double bound = 4 * std::numeric_limits<double>::epsilon() * (std::fabs(l) + std::fabs(r));
    if (det > bound) return 1;
    if (det < -bound) return -1;
    return 0;
}

// Inside or on the border of triangle abc, whatever its orientation.
bool in_triangle_inclusive(const Pt& a, const Pt& b, const Pt& c, const Pt& p) {
    const int o1 = orient(a, b, p), o2 = orient(b, c, p), o3 = orient(c, a, p);
    const bool has_neg = o1 < 0 || o2 < 0 || o3 < 0;
    const bool has_pos = o1 > 0 || o2 > 0 || o3 > 0;
    return !(has_neg && has_pos);
}

// A circular doubly linked list of ring vertices; bridges to holes add
// copies of two vertices, so several nodes may share one vertex id.
class Clipper {
public:
    std::vector<Pt> pt;
    std::vector<std::uint32_t> vid;
    std::vector<int> prev, next;

    int add_node(const Pt& p, std::uint32_t id) {
        pt.push_back(p);
        vid.push_back(id);
        prev.push_back(-1);
        next.push_back(-1);
        return static_cast<int>(pt.size()) - 1;
    }

    // Links nodes [first, first + count) into a ring.
    void link_ring(int first, int count) {
        for (int i = 0; i < count; ++i) {
            next[static_cast<std::size_t>(first + i)] = first + (i + 1) % count;
            prev[static_cast<std::size_t>(first + i)] = first + (i + count - 1) % count;
        }
    }

    const Pt& p(int node) const { return pt[static_cast<std::size_t>(node)]; }
    int nx(int node) const { return next[static_cast<std::size_t>(node)]; }
    int pv(int node) const { return prev[static_cast<std::size_t>(node)]; }

    // Does the diagonal from node a towards point b start inside the polygon
    // (between a's two edges)? `strict` excludes directions along an edge.
    bool locally_inside(int a, const Pt& b, bool strict) const {
        const Pt &pa = p(a), &pp = p(pv(a)), &pn = p(nx(a));
        const int to_next = orient(pa, pn, b), to_prev = orient(pa, pp, b);
        if (orient(pp, pa, pn) >= 0) {
            return strict ? (to_next > 0 && to_prev < 0) : (to_next >= 0 && to_prev <= 0);
        }
        return strict ? (to_prev < 0 || to_next > 0) : (to_prev <= 0 || to_next >= 0);
    }

    // Joins the hole ring whose rightmost node is m to the outer list that
    // contains `start`. False when no bridge is found (the hole is dropped).
    bool bridge_hole(int start, int m) {
        const Pt hm = p(m);
        // The nearest boundary edge that a ray from m towards +x meets. Only
        // upward edges: the ray leaves the polygon's interior through one,
        // and of a bridge's two coinciding edges this is the right side.
        double best_x = std::numeric_limits<double>::infinity();
        int candidate = -1;
        bool at_vertex = false;
        int a = start;
        do {
            const int b = nx(a);
            const Pt &pa = p(a), &pb = p(b);
            if (pa.y < pb.y && pa.y <= hm.y && hm.y <= pb.y) {
                const double x = pa.x + (hm.y - pa.y) * (pb.x - pa.x) / (pb.y - pa.y);
                if (x >= hm.x && x < best_x) {
                    best_x = x;
                    if (hm.y == pa.y && x == pa.x) {
                        candidate = a;
                        at_vertex = true;
                    } else if (hm.y == pb.y && x == pb.x) {
                        candidate = b;
                        at_vertex = true;
                    } else {
                        candidate = pa.x > pb.x ? a : b;
                        at_vertex = false;
                    }
                }
            }
            a = b;
        } while (a != start);
        if (candidate < 0) return false;

        // Something may hide the candidate from m: then the visible vertex
        // is the one inside triangle (m, hit point, candidate) that makes the
        // smallest angle with the ray (ties: the nearest).
        if (!at_vertex) {
            const Pt hit{best_x, hm.y};
            const Pt cp = p(candidate);
            int chosen = candidate;
            double best_dy = std::fabs(cp.y - hm.y), best_dx = cp.x - hm.x;
            a = start;
            do {
                const Pt& pa = p(a);
                if (a != candidate && pa.x >= hm.x && !same(pa, cp) && in_triangle_inclusive(hm, hit, cp, pa) &&
                    locally_inside(a, hm, false)) {
                    const double dy = std::fabs(pa.y - hm.y), dx = pa.x - hm.x;
                    // Compare dy/dx without dividing: a smaller angle, or the same angle and nearer.
                    const double lhs = dy * best_dx, rhs = best_dy * dx;
                    if (lhs < rhs || (lhs == rhs && dx < best_dx)) {
                        chosen = a;
                        best_dy = dy;
                        best_dx = dx;
                    }
                }
                a = nx(a);
            } while (a != start);
            candidate = chosen;
        }

        // A bridge end may be a vertex that appears twice (an earlier bridge):
        // take the copy whose corner the bridge enters.
        int target = candidate;
        if (!locally_inside(target, hm, true)) {
            a = start;
            do {
                if (a != candidate && same(p(a), p(candidate)) && locally_inside(a, hm, true)) {
                    target = a;
                    break;
                }
                a = nx(a);
            } while (a != start);
        }

        // target -> m -> (hole) -> m' -> target' -> old next of target
        const int target_next = nx(target), m_prev = pv(m);
        const int m2 = add_node(hm, vid[static_cast<std::size_t>(m)]);
        const int t2 = add_node(p(target), vid[static_cast<std::size_t>(target)]);
        next[static_cast<std::size_t>(target)] = m;
        prev[static_cast<std::size_t>(m)] = target;
        next[static_cast<std::size_t>(m_prev)] = m2;
        prev[static_cast<std::size_t>(m2)] = m_prev;
        next[static_cast<std::size_t>(m2)] = t2;
        prev[static_cast<std::size_t>(t2)] = m2;
        next[static_cast<std::size_t>(t2)] = target_next;
        prev[static_cast<std::size_t>(target_next)] = t2;
        return true;
    }

    // Does an edge at node r, which sits on corner x of the counter-clockwise
    // triangle (x, n, pr), point into the triangle? (A bridge copy or a
    // self-touching vertex can hide a boundary that enters the ear there.)
    bool enters(int r, const Pt& x, const Pt& n, const Pt& pr) const {
        for (const int nb : {pv(r), nx(r)}) {
            const Pt& d = p(nb);
            if (orient(x, n, d) > 0 && orient(pr, x, d) > 0) return true;
        }
        return false;
    }

    // No other vertex inside triangle a b c, and no boundary entering it
    // through a vertex on a corner or (pass 0) on a side. A vertex on a side
    // whose edges stay outside (a hole touching the diagonal) does not block.
    bool is_ear(int a, int b, int c, int pass) const {
        const Pt &pa = p(a), &pb = p(b), &pc = p(c);
        const double min_x = std::min({pa.x, pb.x, pc.x}), max_x = std::max({pa.x, pb.x, pc.x});
        const double min_y = std::min({pa.y, pb.y, pc.y}), max_y = std::max({pa.y, pb.y, pc.y});
        for (int r = nx(c); r != a; r = nx(r)) {
            const Pt& q = p(r);
            if (q.x < min_x || q.x > max_x || q.y < min_y || q.y > max_y) continue;
            if (same(q, pa)) {
                if (enters(r, pa, pb, pc)) return false;
                continue;
            }
            if (same(q, pb)) {
                if (enters(r, pb, pc, pa)) return false;
                continue;
            }
            if (same(q, pc)) {
                if (enters(r, pc, pa, pb)) return false;
                continue;
            }
            const int o1 = orient(pa, pb, q), o2 = orient(pb, pc, q), o3 = orient(pc, pa, q);
            if (o1 < 0 || o2 < 0 || o3 < 0) continue;
            if (o1 > 0 && o2 > 0 && o3 > 0) return false;
            // On a side: blocks when one of its edges goes inside (pass 0 only).
            if (pass == 0) {
                for (const int nb : {pv(r), nx(r)}) {
                    const Pt& d = p(nb);
                    if ((o1 != 0 || orient(pa, pb, d) > 0) && (o2 != 0 || orient(pb, pc, d) > 0) &&
                        (o3 != 0 || orient(pc, pa, d) > 0))
                        return false;
                }
            }
        }
        return true;
    }

    // Unlinks the vertices in `work` where the boundary runs straight on or
    // turns straight back (turn 0: collinear points, repeats, spikes), and
    // the neighbours that become so in turn. They add no area; leaving them
    // would let a flat remnant pass for an ear. Moves `cur` off removed nodes.
    void drop_flat(std::vector<int>& work, int& count, int& cur) {
        while (!work.empty() && count > 3) {
            const int v = work.back();
            work.pop_back();
            if (removed_[static_cast<std::size_t>(v)] || orient(p(pv(v)), p(v), p(nx(v))) != 0) continue;
            const int a = pv(v), c = nx(v);
            remove(v);
            --count;
            if (cur == v) cur = c;
            work.push_back(a);
            work.push_back(c);
        }
        work.clear();
    }

    // Clips ears until three vertices are left. When a full turn finds no
    // ear (the polygon is not simple), the test is relaxed: first vertices
    // on a triangle's sides stop blocking it, then any convex corner is cut;
    // after that the rest is given up.
    void clip(int start, int count, std::vector<std::uint32_t>& out) {
        removed_.assign(pt.size(), 0);
        int cur = start;
        std::vector<int> work;
        for (int v = start;;) {
            work.push_back(v);
            v = nx(v);
            if (v == start) break;
        }
        drop_flat(work, count, cur);
        int stall = 0, pass = 0;
        while (count > 3) {
            const int a = pv(cur), c = nx(cur);
            if (orient(p(a), p(cur), p(c)) > 0 && (pass >= 2 || is_ear(a, cur, c, pass))) {
                emit(a, cur, c, out);
                remove(cur);
                --count;
                cur = c;
                stall = 0;
                pass = 0;
                work.push_back(a);
                work.push_back(c);
                drop_flat(work, count, cur);
                continue;
            }
            cur = c;
            if (++stall >= count) {
                stall = 0;
                if (++pass > 2) return;
            }
        }
        if (count == 3 && orient(p(pv(cur)), p(cur), p(nx(cur))) > 0) emit(pv(cur), cur, nx(cur), out);
    }

private:
    std::vector<char> removed_;

    void remove(int node) {
        next[static_cast<std::size_t>(pv(node))] = nx(node);
        prev[static_cast<std::size_t>(nx(node))] = pv(node);
        removed_[static_cast<std::size_t>(node)] = 1;
    }

    void emit(int a, int b, int c, std::vector<std::uint32_t>& out) const {
        out.insert(out.end(), {vid[static_cast<std::size_t>(a)], vid[static_cast<std::size_t>(b)],
                               vid[static_cast<std::size_t>(c)]});
    }
};

// A ring's distinct points in order: no closing copy, no repeats.
std::vector<LonLat> clean_ring(const Ring& r) {
    std::vector<LonLat> out;
    out.reserve(r.size());
    for (const LonLat& p : r)
        if (out.empty() || out.back() != p) out.push_back(p);
    while (out.size() > 1 && out.back() == out.front())
        out.pop_back();
    return out;
}

double signed_area(const std::vector<LonLat>& r, LonLat o) {
    double a2 = 0;
    for (std::size_t i = 0; i < r.size(); ++i) {
        const LonLat a = r[i], b = r[(i + 1) % r.size()];
        a2 += (a.lon - o.lon) * (b.lat - o.lat) - (b.lon - o.lon) * (a.lat - o.lat);
    }
    return a2 / 2;
}

}  // namespace tri

// [SECTION] simplification (helpers, after tri: they share orient)

// One Douglas-Peucker pass over a ring's distinct points; nullopt when they
// all lie on one line.
std::optional<Ring> simplify_once(const std::vector<LonLat>& pts, double tolerance) {
    const std::size_t n = pts.size();
    // Split the ring at its first point and the point farthest from it, and
    // simplify the two chains; index n stands for the first point again.
    std::size_t far = 0;
    double far_d = -1;
    for (std::size_t i = 1; i < n; ++i) {
        const double d = sq(pts[i].lon - pts[0].lon) + sq(pts[i].lat - pts[0].lat);
        if (d > far_d) {
            far_d = d;
            far = i;
        }
    }
    std::vector<char> keep(n, 0);
    const double tol2 = tolerance > 0 ? tolerance * tolerance : 0;
    douglas_peucker(pts, 0, far, tol2, keep);
    douglas_peucker(pts, far, n, tol2, keep);
    std::size_t kept = 0;
    for (char k : keep)
        kept += k ? 1 : 0;
    if (kept < 3) {
        // Keep the point that spans the widest triangle with the two kept.
        std::size_t third = 0;
        double third_d = 0;
        for (std::size_t i = 1; i < n; ++i) {
            const double d = segment_dist2(pts[i], pts[0], pts[far], 1.0);
            if (!keep[i] && d > third_d) {
                third_d = d;
                third = i;
            }
        }
        if (third == 0) return std::nullopt;
        keep[third] = 1;
    }
    Ring out;
    for (std::size_t i = 0; i < n; ++i)
        if (keep[i]) out.push_back(pts[i]);
    out.push_back(out.front());
    return out;
}

// Rings longer than this are not checked for crossings (the check is quadratic).
constexpr std::size_t kMaxCrossingCheck = 4096;

// True when two edges of a closed ring cross (touching does not count).
bool crosses_itself(const Ring& r) {
    const std::size_t edges = r.size() - 1;
    if (r.size() < 4 || edges > kMaxCrossingCheck) return false;
    auto pt = [&](std::size_t i) { return tri::Pt{r[i].lon - r[0].lon, r[i].lat - r[0].lat}; };
    for (std::size_t i = 0; i < edges; ++i) {
        const tri::Pt a = pt(i), b = pt(i + 1);
        for (std::size_t j = i + 2; j < edges; ++j) {
            if (i == 0 && j == edges - 1) continue;  // neighbours across the closing point
            const tri::Pt c = pt(j), d = pt(j + 1);
            if (tri::orient(a, b, c) * tri::orient(a, b, d) < 0 && tri::orient(c, d, a) * tri::orient(c, d, b) < 0)
                return true;
        }
    }
    return false;
}

// [SECTION] transfer encoding (helpers)

// Ring as transfer integers, or an empty array when fewer than 3 points remain.
json encode_ring(const Ring& r) {
    std::vector<std::pair<long long, long long>> pts;
    pts.reserve(r.size());
    for (const LonLat& p : r) {
        if (!std::isfinite(p.lon) || !std::isfinite(p.lat)) return json::array();
        const std::pair<long long, long long> q{std::llround(p.lon * kScale), std::llround(p.lat * kScale)};
        if (pts.empty() || pts.back() != q) pts.push_back(q);
    }
    while (pts.size() > 1 && pts.back() == pts.front())
        pts.pop_back();
    if (pts.size() < 3) return json::array();
    json out = json::array();
    std::pair<long long, long long> last{0, 0};
    for (const auto& q : pts) {
        out.push_back(q.first - last.first);
        out.push_back(q.second - last.second);
        last = q;
    }
    return out;
}

// The value of an integer JSON number if it lies within [-limit, limit].
std::optional<long long> bounded_integer(const json& j, long long limit) {
    if (j.is_number_unsigned()) {
        const std::uint64_t u = j.get<std::uint64_t>();
        if (u > static_cast<std::uint64_t>(limit)) return std::nullopt;
        return static_cast<long long>(u);
    }
    if (!j.is_number_integer()) return std::nullopt;
    const std::int64_t v = j.get<std::int64_t>();
    if (v < -limit || v > limit) return std::nullopt;
    return v;
}

}  // namespace

// [SECTION] bounding boxes

void BBox::add(LonLat p) {
    min_lon = std::min(min_lon, p.lon);
    min_lat = std::min(min_lat, p.lat);
    max_lon = std::max(max_lon, p.lon);
    max_lat = std::max(max_lat, p.lat);
}

void BBox::add(const BBox& b) {
    if (b.empty()) return;
    add(LonLat{b.min_lon, b.min_lat});
    add(LonLat{b.max_lon, b.max_lat});
}

bool BBox::contains(LonLat p) const {
    return p.lon >= min_lon && p.lon <= max_lon && p.lat >= min_lat && p.lat <= max_lat;
}

bool BBox::intersects(const BBox& b) const {
    return !empty() && !b.empty() && b.min_lon <= max_lon && b.max_lon >= min_lon && b.min_lat <= max_lat &&
           b.max_lat >= min_lat;
}

BBox bbox_of(const Ring& r) {
    BBox b;
    for (const LonLat& p : r)
        b.add(p);
    return b;
}

BBox bbox_of(const Polygon& p) {
    return bbox_of(p.outer);
}

BBox bbox_of(const MultiPolygon& m) {
    BBox b;
    for (const Polygon& p : m)
        b.add(bbox_of(p));
    return b;
}

// [SECTION] GeoJSON import

ParseResult parse_geojson(std::string_view text) {
    ParseResult result;
    const std::optional<json> doc = parse_document(text, result);
    if (!doc) return result;
    const json* features = member(*doc, "features");
    if (!is_string_equal(member(*doc, "type"), "FeatureCollection") || features == nullptr || !features->is_array()) {
        add_error(result, "geo_not_feature_collection", -1, "");
        return result;
    }
    if (features->empty()) {
        add_error(result, "geo_no_features", -1, "features");
        return result;
    }
    GeoJsonReader reader;
    std::set<std::string> codes;
    for (std::size_t i = 0; i < features->size(); ++i) {
        const std::string path = index_path("features", i);
        const int index = static_cast<int>(i);
        Feature f;
        const std::optional<Problem> problem = reader.read_feature((*features)[i], path, f);
        if (reader.fatal) {
            result.features.clear();
            result.errors.clear();
            add_error(result, reader.fatal->code, index, reader.fatal->where);
            return result;
        }
        if (problem) {
            add_error(result, problem->code, index, problem->where);
            continue;
        }
        if (!codes.insert(f.code).second) {
            add_error(result, "geo_duplicate_code", index, path + ".properties.code");
            continue;
        }
        result.features.push_back(std::move(f));
    }
    return result;
}

// [SECTION] measures

double ring_area_deg2(const Ring& r) {
    return r.empty() ? 0 : ring_moments(r, r.front()).area;
}

double polygon_area_deg2(const Polygon& p) {
    double a = std::fabs(ring_area_deg2(p.outer));
    for (const Ring& h : p.holes)
        a -= std::fabs(ring_area_deg2(h));
    return a;
}

double area_km2(const Polygon& p) {
    double a = ring_area_km2(p.outer);
    for (const Ring& h : p.holes)
        a -= ring_area_km2(h);
    return std::max(a, 0.0);
}

double area_km2(const MultiPolygon& m) {
    double a = 0;
    for (const Polygon& p : m)
        a += area_km2(p);
    return a;
}

bool contains(const Polygon& poly, LonLat p) {
    if (!ring_contains(poly.outer, p)) return false;
    for (const Ring& h : poly.holes)
        if (ring_contains(h, p)) return false;
    return true;
}

bool contains(const MultiPolygon& m, LonLat p) {
    for (const Polygon& poly : m)
        if (contains(poly, p)) return true;
    return false;
}

int find_feature(const std::vector<Feature>& features, LonLat p) {
    for (std::size_t i = 0; i < features.size(); ++i) {
        for (const Polygon& poly : features[i].shape)
            if (bbox_of(poly).contains(p) && contains(poly, p)) return static_cast<int>(i);
    }
    return -1;
}

LonLat centroid(const Polygon& p) {
    if (p.outer.empty()) return {};
    const LonLat o = p.outer.front();
    const RingMoments outer = ring_moments(p.outer, o);
    double area = std::fabs(outer.area);
    double mx = std::fabs(outer.area) * outer.cx, my = std::fabs(outer.area) * outer.cy;
    for (const Ring& h : p.holes) {
        const RingMoments hm = ring_moments(h, o);
        area -= std::fabs(hm.area);
        mx -= std::fabs(hm.area) * hm.cx;
        my -= std::fabs(hm.area) * hm.cy;
    }
    if (area > 0) return {o.lon + mx / area, o.lat + my / area};
    // No area: the average of the distinct outer vertices.
    const std::vector<LonLat> pts = tri::clean_ring(p.outer);
    double sx = 0, sy = 0;
    for (const LonLat& q : pts) {
        sx += q.lon - o.lon;
        sy += q.lat - o.lat;
    }
    const double n = static_cast<double>(pts.size());
    return {o.lon + sx / n, o.lat + sy / n};
}

LonLat label_point(const Polygon& p) {
    if (p.outer.empty()) return {};
    const LonLat c = centroid(p);
    if (contains(p, c)) return c;

    // Grid search for the point farthest inside, then local refinement.
    const BBox b = bbox_of(p);
    const double kx = std::cos((b.min_lat + b.max_lat) / 2 * kDegToRad);
    constexpr int kGrid = 16;
    double step_x = (b.max_lon - b.min_lon) / kGrid, step_y = (b.max_lat - b.min_lat) / kGrid;
    LonLat best = c;
    double best_d = 0;
    bool found = false;
    for (int i = 0; i < kGrid; ++i) {
        for (int j = 0; j < kGrid; ++j) {
            const LonLat q{b.min_lon + (i + 0.5) * step_x, b.min_lat + (j + 0.5) * step_y};
            const double d = signed_border_distance(p, q, kx);
            if (d > 0 && (!found || d > best_d)) {
                best = q;
                best_d = d;
                found = true;
            }
        }
    }
    if (found) {
        for (int round = 0; round < 8; ++round) {
            step_x /= 2;
            step_y /= 2;
            const LonLat around = best;
            for (int i = -2; i <= 2; ++i)
                for (int j = -2; j <= 2; ++j) {
                    const LonLat q{around.lon + i * step_x, around.lat + j * step_y};
                    const double d = signed_border_distance(p, q, kx);
                    if (d > best_d) {
                        best = q;
                        best_d = d;
                    }
                }
        }
        return best;
    }

    // Too thin for the grid: the centroid of the largest triangle.
    const Mesh mesh = triangulate(p);
    double largest = -1;
    LonLat out = p.outer.front();
    for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
        const LonLat a = mesh.vertices[mesh.indices[t]], bb = mesh.vertices[mesh.indices[t + 1]],
                     cc = mesh.vertices[mesh.indices[t + 2]];
        const double area = std::fabs((bb.lon - a.lon) * (cc.lat - a.lat) - (cc.lon - a.lon) * (bb.lat - a.lat));
        if (area > largest) {
            largest = area;
            out = {a.lon + ((bb.lon - a.lon) + (cc.lon - a.lon)) / 3,
                   a.lat + ((bb.lat - a.lat) + (cc.lat - a.lat)) / 3};
        }
    }
    return out;
}

LonLat label_point(const MultiPolygon& m) {
    const Polygon* largest = nullptr;
    double largest_area = -1;
    for (const Polygon& p : m) {
        const double a = polygon_area_deg2(p);
        if (a > largest_area) {
            largest_area = a;
            largest = &p;
        }
    }
    return largest != nullptr ? label_point(*largest) : LonLat{};
}

// [SECTION] simplification

Ring simplify(const Ring& r, double tolerance) {
    const std::vector<LonLat> pts = tri::clean_ring(r);
    if (pts.size() <= 3) return r;
    // Douglas-Peucker may fold a ring over itself (a bow tie where a narrow
    // neck was): then try again with half the tolerance, a few times.
    double t = tolerance;
    for (int attempt = 0; attempt < 8; ++attempt, t /= 2) {
        std::optional<Ring> out = simplify_once(pts, t);
        if (!out) return r;
        if (out->size() == pts.size() + 1 || !crosses_itself(*out)) return *out;
    }
    return r;
}

MultiPolygon simplify(const MultiPolygon& m, double tolerance) {
    MultiPolygon out;
    out.reserve(m.size());
    for (const Polygon& p : m) {
        Polygon s;
        s.outer = simplify(p.outer, tolerance);
        for (const Ring& h : p.holes)
            s.holes.push_back(simplify(h, tolerance));
        out.push_back(std::move(s));
    }
    return out;
}

// [SECTION] triangulation

Mesh triangulate(const Polygon& poly) {
    Mesh mesh;
    const std::vector<LonLat> outer = tri::clean_ring(poly.outer);
    if (outer.size() < 3) return mesh;
    // Work relative to the first vertex: differences of nearby coordinates
    // keep their precision.
    const LonLat o = outer.front();
    const double outer_area = tri::signed_area(outer, o);
    if (outer_area == 0) return mesh;

    tri::Clipper clipper;
    // Adds a ring's vertices to the mesh and a linked ring of nodes, turned
    // to `ccw` orientation; returns its first node.
    auto add_ring = [&](std::vector<LonLat> pts, bool want_ccw) {
        if ((tri::signed_area(pts, o) > 0) != want_ccw) std::reverse(pts.begin(), pts.end());
        const int first = static_cast<int>(clipper.pt.size());
        for (const LonLat& q : pts) {
            const auto id = static_cast<std::uint32_t>(mesh.vertices.size());
            mesh.vertices.push_back(q);
            clipper.add_node({q.lon - o.lon, q.lat - o.lat}, id);
        }
        clipper.link_ring(first, static_cast<int>(pts.size()));
        return first;
    };
    const int start = add_ring(outer, true);
    int count = static_cast<int>(outer.size());

    // Holes from the rightmost leftwards, each bridged from its rightmost
    // vertex, so a bridge never has to cross a hole not yet joined.
    struct HoleRef {
        int rightmost;
        int size;
    };
    std::vector<HoleRef> holes;
    for (const Ring& h : poly.holes) {
        const std::vector<LonLat> pts = tri::clean_ring(h);
        if (pts.size() < 3 || tri::signed_area(pts, o) == 0) continue;
        const int first = add_ring(pts, false);
        int right = first;
        for (int i = first; i < first + static_cast<int>(pts.size()); ++i) {
            const tri::Pt &q = clipper.p(i), &r = clipper.p(right);
            if (q.x > r.x || (q.x == r.x && q.y < r.y)) right = i;
        }
        holes.push_back({right, static_cast<int>(pts.size())});
    }
    std::stable_sort(holes.begin(), holes.end(), [&](const HoleRef& a, const HoleRef& b) {
        return clipper.p(a.rightmost).x > clipper.p(b.rightmost).x;
    });
    for (const HoleRef& h : holes)
        if (clipper.bridge_hole(start, h.rightmost)) count += h.size + 2;

    clipper.clip(start, count, mesh.indices);
    return mesh;
}

Mesh triangulate(const MultiPolygon& m) {
    Mesh out;
    for (const Polygon& p : m) {
        const Mesh part = triangulate(p);
        const auto base = static_cast<std::uint32_t>(out.vertices.size());
        out.vertices.insert(out.vertices.end(), part.vertices.begin(), part.vertices.end());
        for (std::uint32_t i : part.indices)
            out.indices.push_back(base + i);
    }
    return out;
}

double mesh_area_deg2(const Mesh& m) {
    double sum = 0;
    for (std::size_t t = 0; t + 2 < m.indices.size(); t += 3) {
        const LonLat a = m.vertices[m.indices[t]], b = m.vertices[m.indices[t + 1]], c = m.vertices[m.indices[t + 2]];
        sum += ((b.lon - a.lon) * (c.lat - a.lat) - (c.lon - a.lon) * (b.lat - a.lat)) / 2;
    }
    return sum;
}

// [SECTION] map view

ScreenPoint MapView::to_screen(LonLat p) const {
    return {viewport.x + viewport.width / 2 + (p.lon - center.lon) * cos_lat0 * pixels_per_degree,
            viewport.y + viewport.height / 2 - (p.lat - center.lat) * pixels_per_degree};
}

LonLat MapView::to_lonlat(ScreenPoint s) const {
    return {center.lon + (s.x - viewport.x - viewport.width / 2) / (cos_lat0 * pixels_per_degree),
            center.lat - (s.y - viewport.y - viewport.height / 2) / pixels_per_degree};
}

MapView fit_bounds(const BBox& b, const ScreenRect& viewport, double padding_px) {
    MapView v;
    v.viewport = viewport;
    if (b.empty()) return v;
    const double lat0 = (b.min_lat + b.max_lat) / 2;
    v.center = {(b.min_lon + b.max_lon) / 2, lat0};
    v.cos_lat0 = std::max(std::cos(lat0 * kDegToRad), 1e-6);  // stays finite at the poles
    const double w = std::max(viewport.width - 2 * padding_px, 1.0);
    const double h = std::max(viewport.height - 2 * padding_px, 1.0);
    const double span_x = (b.max_lon - b.min_lon) * v.cos_lat0, span_y = b.max_lat - b.min_lat;
    double ppd = std::numeric_limits<double>::infinity();
    if (span_x > 0) ppd = std::min(ppd, w / span_x);
    if (span_y > 0) ppd = std::min(ppd, h / span_y);
    v.pixels_per_degree = std::isfinite(ppd) ? ppd : 1e4;  // a single point: about 11 m per pixel
    return v;
}

void pan(MapView& v, double dx_px, double dy_px) {
    v.center.lon -= dx_px / (v.cos_lat0 * v.pixels_per_degree);
    v.center.lat += dy_px / v.pixels_per_degree;
}

void zoom_at(MapView& v, ScreenPoint anchor, double factor, double min_ppd, double max_ppd) {
    if (!(factor > 0) || !std::isfinite(factor)) return;
    const LonLat fixed = v.to_lonlat(anchor);
    v.pixels_per_degree = std::clamp(v.pixels_per_degree * factor, min_ppd, max_ppd);
    // Move the centre so that `fixed` is drawn under the anchor again.
    v.center.lon = fixed.lon - (anchor.x - v.viewport.x - v.viewport.width / 2) / (v.cos_lat0 * v.pixels_per_degree);
    v.center.lat = fixed.lat + (anchor.y - v.viewport.y - v.viewport.height / 2) / v.pixels_per_degree;
}

bool in_truong_sa_inset(const BBox& b) {
    return !b.empty() && b.max_lon > kInsetWestLon;
}

SplitBounds split_bounds(const std::vector<Feature>& features) {
    SplitBounds s;
    for (const Feature& f : features) {
        const BBox b = bbox_of(f.shape);
        (in_truong_sa_inset(b) ? s.inset : s.main).add(b);
    }
    return s;
}

ScreenRect truong_sa_inset_rect(const ScreenRect& viewport, double fraction, double margin_px) {
    const double side = std::max(0.0, std::min(viewport.width, viewport.height) * fraction);
    return {viewport.x + viewport.width - margin_px - side, viewport.y + viewport.height - margin_px - side, side,
            side};
}

MapView inset_view(const BBox& inset_extent, const ScreenRect& box, double padding_px) {
    return fit_bounds(inset_extent, box, padding_px);
}

// [SECTION] transfer encoding

std::string encode_map_json(const std::vector<Feature>& features) {
    json list = json::array();
    for (const Feature& f : features) {
        json polygons = json::array();
        for (const Polygon& p : f.shape) {
            json rings = json::array();
            json outer = encode_ring(p.outer);
            if (outer.empty()) continue;
            rings.push_back(std::move(outer));
            for (const Ring& h : p.holes) {
                json hole = encode_ring(h);
                if (!hole.empty()) rings.push_back(std::move(hole));
            }
            polygons.push_back(std::move(rings));
        }
        json jf = json::object();
        jf["code"] = f.code;
        jf["name"] = f.name;
        jf["area_km2"] = std::isfinite(f.area_km2) ? f.area_km2 : 0.0;
        jf["polygons"] = std::move(polygons);
        list.push_back(std::move(jf));
    }
    json doc = json::object();
    doc["format"] = kMapFormat;
    doc["features"] = std::move(list);
    return doc.dump(-1, ' ', false, json::error_handler_t::replace);
}

ParseResult decode_map_json(std::string_view text) {
    ParseResult result;
    const std::optional<json> doc = parse_document(text, result);
    if (!doc) return result;
    const json* features = member(*doc, "features");
    if (!is_string_equal(member(*doc, "format"), kMapFormat) || features == nullptr || !features->is_array()) {
        add_error(result, "geo_bad_format", -1, "");
        return result;
    }
    constexpr long long kMaxLon = 180 * 100000LL, kMaxLat = 90 * 100000LL;
    std::size_t points = 0;
    std::set<std::string> codes;
    for (std::size_t fi = 0; fi < features->size(); ++fi) {
        const json& jf = (*features)[fi];
        const std::string path = index_path("features", fi);
        const int index = static_cast<int>(fi);
        const json* code = member(jf, "code");
        const json* name = member(jf, "name");
        const json* area = member(jf, "area_km2");
        const json* polygons = member(jf, "polygons");
        if (!jf.is_object() || (name != nullptr && !name->is_string()) || area == nullptr || !area->is_number() ||
            !std::isfinite(area->get<double>()) || area->get<double>() < 0 || polygons == nullptr ||
            !polygons->is_array()) {
            add_error(result, "geo_bad_feature", index, path);
            continue;
        }
        if (code == nullptr || !code->is_string() || code->get_ref<const json::string_t&>().empty()) {
            add_error(result, "geo_bad_code", index, path + ".code");
            continue;
        }
        Feature f;
        f.code = code->get<std::string>();
        f.name = name != nullptr ? name->get<std::string>() : std::string();
        f.area_km2 = area->get<double>();
        std::optional<Problem> problem;
        for (std::size_t pi = 0; pi < polygons->size() && !problem; ++pi) {
            const json& jp = (*polygons)[pi];
            const std::string ppath = index_path(path + ".polygons", pi);
            if (!jp.is_array() || jp.empty()) {
                problem = Problem{"geo_bad_geometry", ppath};
                break;
            }
            Polygon poly;
            for (std::size_t ri = 0; ri < jp.size() && !problem; ++ri) {
                const json& jr = jp[ri];
                const std::string rpath = index_path(ppath, ri);
                if (!jr.is_array() || jr.size() % 2 != 0) {
                    problem = Problem{"geo_bad_geometry", rpath};
                    break;
                }
                if (jr.size() < 6) {
                    problem = Problem{"geo_ring_too_short", rpath};
                    break;
                }
                points += jr.size() / 2;
                if (points > kMaxGeoPoints) {
                    result.features.clear();
                    result.errors.clear();
                    add_error(result, "geo_too_many_points", index, rpath);
                    return result;
                }
                Ring ring;
                ring.reserve(jr.size() / 2 + 1);
                long long x = 0, y = 0;
                for (std::size_t k = 0; k < jr.size(); k += 2) {
                    const json &jx = jr[k], &jy = jr[k + 1];
                    if (!jx.is_number_integer() || !jy.is_number_integer()) {
                        problem = Problem{"geo_bad_coordinate", index_path(rpath, k)};
                        break;
                    }
                    // Bounded before adding, so the sums cannot overflow.
                    const std::optional<long long> dx = bounded_integer(jx, 2 * kMaxLon);
                    const std::optional<long long> dy = bounded_integer(jy, 2 * kMaxLat);
                    if (!dx || !dy) {
                        problem = Problem{"geo_coordinate_out_of_range", index_path(rpath, k)};
                        break;
                    }
                    x += *dx;
                    y += *dy;
                    if (x < -kMaxLon || x > kMaxLon || y < -kMaxLat || y > kMaxLat) {
                        problem = Problem{"geo_coordinate_out_of_range", index_path(rpath, k)};
                        break;
                    }
                    ring.push_back({static_cast<double>(x) / kScale, static_cast<double>(y) / kScale});
                }
                if (problem) break;
                ring.push_back(ring.front());
                if (ri == 0)
                    poly.outer = std::move(ring);
                else
                    poly.holes.push_back(std::move(ring));
            }
            if (!problem) f.shape.push_back(std::move(poly));
        }
        if (problem) {
            add_error(result, problem->code, index, problem->where);
            continue;
        }
        if (!codes.insert(f.code).second) {
            add_error(result, "geo_duplicate_code", index, path + ".code");
            continue;
        }
        result.features.push_back(std::move(f));
    }
    return result;
}

}  // namespace pakn

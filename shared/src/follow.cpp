// [SECTION] index: distance, similarity, the nearby rule, query, DTO rules,
// field lists (see dto_fields.h).
#include "pakn/follow.h"

#include <algorithm>
#include <iterator>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "dto_fields.h"
#include "pakn/communes.h"
#include "pakn/text.h"

namespace pakn {

// [SECTION] distance

namespace {
constexpr double kEarthRadiusMetres = 6371008.8;
constexpr double kPi = 3.14159265358979323846;
constexpr double radians(double deg) { return deg * kPi / 180.0; }
}  // namespace

double distance_metres(double lat1, double lon1, double lat2, double lon2) noexcept {
    const double dlat = radians(lat2 - lat1);
    const double dlon = radians(lon2 - lon1);
    const double a = std::sin(dlat / 2) * std::sin(dlat / 2) +
                     std::cos(radians(lat1)) * std::cos(radians(lat2)) * std::sin(dlon / 2) * std::sin(dlon / 2);
    return 2 * kEarthRadiusMetres * std::asin(std::min(1.0, std::sqrt(a)));
}

GeoBox box_around(double lat, double lon, double radius_m) noexcept {
    const double dlat = radius_m / kEarthRadiusMetres * 180.0 / kPi;
    // A degree of longitude shrinks with the latitude's cosine; Khánh Hòa is
    // near 12°N, far from the poles where this would blow up.
    const double cos_lat = std::max(0.01, std::cos(radians(lat)));
    const double dlon = dlat / cos_lat;
    return {lat - dlat, lat + dlat, lon - dlon, lon + dlon};
}

// [SECTION] similarity

namespace {

// Folded words every report is full of: they say nothing about which
// problem it is. Not "cho": it is also "chợ" (market) once folded.
constexpr std::string_view kFiller[] = {
    "phan", "anh",  "kien", "nghi", "xin",  "tai",  "khu",  "vuc",  "cua",   "voi",
    "nhung", "cac", "mot",  "nay",  "kia",  "rat",  "nhieu", "dang", "duoc", "khong",
    "con",  "tren", "duoi", "trong", "ngoai", "gan", "truoc", "sau", "tinh", "trang",
    "viec", "van",  "the",
};

// Short words that name the problem itself: "ổ gà" (pothole) folds to
// "o ga"; every other one- or two-letter word ("ở", "bị", "đã") is filler.
constexpr std::string_view kShortButTelling[] = {"ga", "ho", "xe"};

bool is_filler(std::string_view w) {
    if (std::find(std::begin(kShortButTelling), std::end(kShortButTelling), w) != std::end(kShortButTelling))
        return false;
    if (w.size() < 3) return true;
    return std::find(std::begin(kFiller), std::end(kFiller), w) != std::end(kFiller);
}

}  // namespace

std::vector<std::string> topic_words(std::string_view text) {
    std::vector<std::string> out;
    for (auto& w : fold_tokens(text)) {
        if (is_filler(w)) continue;
        if (std::find(out.begin(), out.end(), w) == out.end()) out.push_back(std::move(w));
    }
    return out;
}

bool similar_topics(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    if (a.empty() || b.empty()) return false;
    std::size_t common = 0;
    for (const auto& w : a)
        if (std::find(b.begin(), b.end(), w) != b.end()) ++common;
    const std::size_t shorter = std::min(a.size(), b.size());
    return common >= 2 || (shorter == 1 && common == 1);
}

// [SECTION] the nearby rule

NearbyMatch match_nearby(const NearbyQuery& q, const NearbyCandidate& c) {
    NearbyMatch m;
    const bool same_category = !q.category_code.empty() && q.category_code == c.category_code;
    const bool alike = same_category || similar_topics(topic_words(q.text), topic_words(c.title));
    if (!alike) return m;
    if (q.lat && q.lon) {
        // A pinned query is judged by distance; a candidate without a point
        // can still be the same problem when it names the same commune.
        if (c.lat && c.lon) {
            const double d = distance_metres(*q.lat, *q.lon, *c.lat, *c.lon);
            m.matches = d <= kNearbyRadiusMetres;
            if (m.matches) m.distance_m = d;
            return m;
        }
        m.matches = !q.commune_code.empty() && q.commune_code == c.commune_code;
        return m;
    }
    m.matches = !q.commune_code.empty() && q.commune_code == c.commune_code;
    return m;
}

// [SECTION] query

namespace {

bool is_code(std::string_view s) {
    return !s.empty() && s.size() <= 64 && std::all_of(s.begin(), s.end(), [](char ch) {
        return (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '_' || ch == '-';
    });
}

// Longest title worth comparing: a report's own title limit.
constexpr std::size_t kMaxNearbyTextChars = 200;

}  // namespace

Validated<NearbyQuery> parse_nearby_query(const QueryParams& params) {
    Validated<NearbyQuery> out;
    NearbyQuery& q = out.value;
    FieldErrors& e = out.errors;
    auto last = [&](std::string_view key) -> const std::string* {
        const std::string* found = nullptr;
        for (const auto& [k, v] : params)
            if (k == key) found = &v;
        return found && !found->empty() ? found : nullptr;
    };
    const std::string* lat = last("lat");
    const std::string* lon = last("lon");
    if (lat || lon) {
        const auto la = lat ? parse_decimal(*lat) : std::nullopt;
        const auto lo = lon ? parse_decimal(*lon) : std::nullopt;
        if (!lat || !lon)
            e.push_back(field_error("lat", "coordinates_incomplete"));
        else if (!la || !lo || std::fabs(*la) > 90 || std::fabs(*lo) > 180)
            e.push_back(field_error("lat", "invalid_coordinates"));
        else {
            q.lat = la;
            q.lon = lo;
        }
    }
    if (const std::string* s = last("commune")) {
        if (is_commune_code(*s))
            q.commune_code = *s;
        else
            e.push_back(field_error("commune", "invalid_commune_code"));
    }
    if (const std::string* s = last("category")) {
        if (is_code(*s))
            q.category_code = *s;
        else
            e.push_back(field_error("category", "invalid_category_code"));
    }
    if (const std::string* s = last("q")) {
        if (char_count(*s) > kMaxNearbyTextChars)
            e.push_back(field_error("q", "too_long"));
        else
            q.text = *s;
    }
    if (e.empty() && !q.lat && q.commune_code.empty()) e.push_back(field_error("lat", "nearby_needs_place"));
    return out;
}

std::string to_query_string(const NearbyQuery& q) {
    if (!(q.lat && q.lon) && q.commune_code.empty()) return "";
    std::string out;
    auto coordinate = [](double v) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.6f", v);
        return std::string(buf);
    };
    if (q.lat && q.lon) {
        append_query_pair(out, "lat", coordinate(*q.lat));
        append_query_pair(out, "lon", coordinate(*q.lon));
    }
    if (!q.commune_code.empty()) append_query_pair(out, "commune", q.commune_code);
    if (!q.category_code.empty()) append_query_pair(out, "category", q.category_code);
    if (!q.text.empty()) append_query_pair(out, "q", q.text);
    return out;
}

// [SECTION] DTO rules

std::string people_reporting_text(std::int64_t followers) {
    return std::to_string(followers + 1) + " người cùng phản ánh";
}

FieldErrors validate(const AlertSubscriptionForm& f) {
    FieldErrors e;
    if (f.commune_code.empty() && f.category_code.empty())
        e.push_back(field_error("commune_code", "subscription_needs_area"));
    if (!f.commune_code.empty() && !is_commune_code(f.commune_code))
        e.push_back(field_error("commune_code", "unknown_commune"));
    if (!f.category_code.empty() && !is_code(f.category_code))
        e.push_back(field_error("category_code", "unknown_category"));
    return e;
}

bool subscription_matches(const AlertSubscription& s, std::string_view commune_code, std::string_view category_code) {
    if (s.commune_code.empty() && s.category_code.empty()) return false;
    if (!s.commune_code.empty() && s.commune_code != commune_code) return false;
    if (!s.category_code.empty() && s.category_code != category_code) return false;
    return true;
}

// [SECTION] field lists

namespace {

template <typename IO, typename V>
void fields_NearbyReport(IO& io, V& v) {
    io.req("id", v.id);
    io.req("title", v.title);
    io.opt("category_name", v.category_name);
    io.opt("commune_name", v.commune_name);
    io.req_enum("status", v.status, parse_status, "invalid_status");
    io.opt_time("submitted_at", v.submitted_at);
    io.opt("distance_m", v.distance_m);
    io.opt("followers", v.followers);
    io.opt("is_published", v.is_published);
    io.opt("following", v.following);
}

template <typename IO, typename V>
void fields_FollowState(IO& io, V& v) {
    io.req("following", v.following);
    io.req("followers", v.followers);
}

template <typename IO, typename V>
void fields_AlertSubscription(IO& io, V& v) {
    io.req("id", v.id);
    io.opt("commune_code", v.commune_code);
    io.opt("commune_name", v.commune_name);
    io.opt("category_code", v.category_code);
    io.opt("category_name", v.category_name);
    io.req_time("created_at", v.created_at);
}

template <typename IO, typename V>
void fields_AlertSubscriptionForm(IO& io, V& v) {
    io.opt("commune_code", v.commune_code);
    io.opt("category_code", v.category_code);
}

}  // namespace

PAKN_JSON_VIA_FIELDS(NearbyReport)
PAKN_JSON_VIA_FIELDS(FollowState)
PAKN_JSON_VIA_FIELDS(AlertSubscription)
PAKN_JSON_VIA_FIELDS(AlertSubscriptionForm)

}  // namespace pakn

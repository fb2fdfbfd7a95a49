// "Đã có người phản ánh gần đây" and following (issue 15 items 13 and 14):
// which open reports look like the one a citizen is writing (near it and in
// the same category, or with a similar title; in the same commune when no
// point is pinned), the public card such a report shows, and the area alerts
// a citizen subscribes to (a commune and/or a category). The rules are here,
// once, so the server's nearby query and the tests agree; the wire format of
// the new DTOs too. Same wire rules as dto.h; pure.
//
// [SECTION] index: distance, similarity, the nearby rule, query, DTOs,
// to_json / from_json.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pakn/dto.h"
#include "pakn/forms.h"
#include "pakn/url.h"
#include "pakn/workflow.h"

namespace pakn {

// [SECTION] distance -----------------------------------------------------------------

// "A few hundred metres": what a citizen standing at the same pothole or the
// same flooded street would pin, GPS error included.
inline constexpr double kNearbyRadiusMetres = 300.0;
// The panel shows a handful: more would be read by nobody while typing.
inline constexpr int kMaxNearbyResults = 5;
// Rows the server reads per query at most (the box or the commune, newest
// first): the rule then picks among them, so a crowded area stays cheap.
inline constexpr int kNearbyCandidateLimit = 200;

// Great-circle distance in metres (haversine, mean Earth radius).
double distance_metres(double lat1, double lon1, double lat2, double lon2) noexcept;

// The latitude/longitude box holding every point within `radius_m` of
// (lat, lon): what an index on (lat, lon) can answer; the exact distance
// then drops the box's corners. (GeoBox is forms.h's.)
GeoBox box_around(double lat, double lon, double radius_m) noexcept;

// [SECTION] similarity ---------------------------------------------------------------

// The words that say what a text is about: its folded words (fold_tokens)
// without one- and two-letter words and the filler every report uses
// ("phan anh", "de nghi", "tai", "khu vuc"...), each once, in order.
std::vector<std::string> topic_words(std::string_view text);

// True when two topic-word lists describe the same thing: at least two words
// in common, or every word of a one-word list. "ổ gà đường Trần Phú" and
// "Đường Trần Phú có nhiều ổ gà" are similar; "ngập nước Trần Phú" and
// "rác thải Lê Lợi" are not.
bool similar_topics(const std::vector<std::string>& a, const std::vector<std::string>& b);

// [SECTION] the nearby rule ----------------------------------------------------------

// What the citizen has typed so far. A point (both lat and lon) or a commune
// is needed; category and text narrow the match.
struct NearbyQuery {
    std::optional<double> lat, lon;
    std::string commune_code;
    std::string category_code;
    std::string text;  // the title as typed (accents optional)

    bool operator==(const NearbyQuery&) const = default;
};

// An open report the server considers, as stored.
struct NearbyCandidate {
    std::optional<double> lat, lon;
    std::string commune_code;
    std::string category_code;
    std::string title;  // its public (masked) title
};

// Whether `c` is "the same problem, already reported" for `q`, and how far it
// is when both have a point. With a point: within kNearbyRadiusMetres and
// (same category or similar title). Without one: same commune and (same
// category or similar title). A query with neither category nor text
// matches nothing (the panel would only list the neighbourhood).
struct NearbyMatch {
    bool matches = false;
    std::optional<double> distance_m;
};
NearbyMatch match_nearby(const NearbyQuery& q, const NearbyCandidate& c);

// GET /reports/nearby?lat=&lon=&commune=&category=&q=: the query from the
// URL, checked. Errors (field = the parameter): "invalid_lat" / "invalid_lon"
// (not a number in range, or only one of them), "unknown_commune" (not five
// digits), "unknown_category" (not a code), "too_long" (q past 200
// characters), "nearby_needs_place" on `lat` (neither a point nor a commune).
Validated<NearbyQuery> parse_nearby_query(const QueryParams& params);

// The query string parse_nearby_query reads back ("lat=..&lon=..&commune=.."),
// coordinates to six decimals (about 10 cm); empty parts left out. "" when
// the query has neither a point nor a commune (nothing worth asking).
std::string to_query_string(const NearbyQuery& q);

// [SECTION] DTOs ---------------------------------------------------------------------

// One report of the panel: only what the public may see (the masked public
// title, never the content, the address or the reporter), its status, how far
// it is, and how many people follow it.
struct NearbyReport {
    std::int64_t id = 0;
    std::string title;
    std::string category_name;
    std::string commune_name;
    Status status = Status::submitted;
    std::optional<UnixSeconds> submitted_at;
    std::optional<std::int64_t> distance_m;  // absent when matched by commune
    std::int64_t followers = 0;              // besides the author
    bool is_published = false;
    bool following = false;  // the caller already follows it

    bool operator==(const NearbyReport&) const = default;
};

// POST/DELETE /reports/{id}/follow: where the caller now stands.
struct FollowState {
    bool following = false;
    std::int64_t followers = 0;

    bool operator==(const FollowState&) const = default;
};

// "12 người cùng phản ánh": the author and the followers, as the report shows it.
std::string people_reporting_text(std::int64_t followers);

// Nhận tin theo khu vực: new published answers in a commune and/or a
// category (both set: both must match). The names are for display.
struct AlertSubscription {
    std::int64_t id = 0;
    std::string commune_code;
    std::string commune_name;
    std::string category_code;
    std::string category_name;
    UnixSeconds created_at = 0;

    bool operator==(const AlertSubscription&) const = default;
};

// POST /me/subscriptions. At least one of the two ("subscription_needs_area"
// on commune_code); a commune is 5 digits ("unknown_commune"), a category a
// code ("unknown_category"). Whether they exist is the server's to check.
struct AlertSubscriptionForm {
    std::string commune_code;
    std::string category_code;

    bool operator==(const AlertSubscriptionForm&) const = default;
};
FieldErrors validate(const AlertSubscriptionForm& f);

// A citizen subscribes to a few areas, not to the province piece by piece.
inline constexpr int kMaxSubscriptions = 20;

// True when an answer published for a report in (commune, category) is news
// for subscription `s`.
bool subscription_matches(const AlertSubscription& s, std::string_view commune_code, std::string_view category_code);

// [SECTION] to_json / from_json ------------------------------------------------------

void to_json(nlohmann::json& j, const NearbyReport& v);
void from_json(const nlohmann::json& j, NearbyReport& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const FollowState& v);
void from_json(const nlohmann::json& j, FollowState& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const AlertSubscription& v);
void from_json(const nlohmann::json& j, AlertSubscription& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const AlertSubscriptionForm& v);
void from_json(const nlohmann::json& j, AlertSubscriptionForm& v, FieldErrors& errors, const std::string& path = {});

}  // namespace pakn

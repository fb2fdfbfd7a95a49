// "Đã có người phản ánh gần đây" and area alerts (issue 15 items 13, 14):
// distance, the box an index answers, title similarity, the nearby rule,
// the query's errors, subscriptions. Table-driven.
//
// [SECTION] index: distance, similarity, the rule, the query, subscriptions, wire.
#include <doctest/doctest.h>

#include <cmath>
#include <string>
#include <vector>

#include "pakn/follow.h"
#include "pakn/messages.h"

using namespace pakn;

// [SECTION] distance ------------------------------------------------------------------

TEST_CASE("follow: distance_metres measures known distances within a metre's tolerance") {
    struct Row {
        double lat1, lon1, lat2, lon2, metres, tolerance;
    };
    // clang-format off
    const Row rows[] = {
        {12.2388, 109.1967, 12.2388, 109.1967,      0.0, 0.01},  // the same point
        {12.0,    109.0,    12.001,  109.0,       111.2, 0.5},   // a thousandth of a degree north
        {12.0,    109.0,    12.0,    109.001,     108.8, 0.5},   // ... east: shorter at 12°N
        {12.2388, 109.1967, 12.2415, 109.1967,    300.2, 1.0},   // about the nearby radius
        {0.0,     0.0,      0.0,     1.0,      111195.1, 5.0},   // a degree on the equator
    };
    // clang-format on
    for (const Row& r : rows) {
        INFO(r.lat1, ",", r.lon1, " -> ", r.lat2, ",", r.lon2);
        CHECK(std::fabs(distance_metres(r.lat1, r.lon1, r.lat2, r.lon2) - r.metres) <= r.tolerance);
        CHECK(std::fabs(distance_metres(r.lat2, r.lon2, r.lat1, r.lon1) - r.metres) <= r.tolerance);
    }
}

TEST_CASE("follow: the box around a point holds every point of the circle and little more") {
    const double lat = 12.2388, lon = 109.1967;
    const GeoBox b = box_around(lat, lon, kNearbyRadiusMetres);
    // The four compass points at the radius lie just inside the box.
    CHECK(distance_metres(lat, lon, b.lat_max, lon) == doctest::Approx(kNearbyRadiusMetres).epsilon(0.001));
    CHECK(distance_metres(lat, lon, b.lat_min, lon) == doctest::Approx(kNearbyRadiusMetres).epsilon(0.001));
    CHECK(distance_metres(lat, lon, lat, b.lon_max) == doctest::Approx(kNearbyRadiusMetres).epsilon(0.001));
    CHECK(distance_metres(lat, lon, lat, b.lon_min) == doctest::Approx(kNearbyRadiusMetres).epsilon(0.001));
    // The corner is outside the circle: the exact distance drops it.
    CHECK(distance_metres(lat, lon, b.lat_max, b.lon_max) > kNearbyRadiusMetres);
}

// [SECTION] similarity ----------------------------------------------------------------

TEST_CASE("follow: topic words drop filler and short words, keep the problem, once each, accents folded") {
    CHECK(topic_words("Phản ánh ổ gà đường Trần Phú") == std::vector<std::string>{"ga", "duong", "tran", "phu"});
    CHECK(topic_words("Đề nghị xử lý rác thải tại khu vực chợ, rác thải") ==
          std::vector<std::string>{"rac", "thai", "cho"});
    CHECK(topic_words("").empty());
    CHECK(topic_words("phản ánh tại khu vực").empty());
}

TEST_CASE("follow: similar_topics needs two shared words, or the one word of a one-word title") {
    struct Row {
        const char *a, *b;
        bool similar;
    };
    // clang-format off
    const Row rows[] = {
        {"Ổ gà đường Trần Phú",               "Đường Trần Phú có nhiều ổ gà",          true},
        {"o ga duong tran phu",               "Ổ GÀ TRÊN ĐƯỜNG TRẦN PHÚ",              true},   // typed without accents
        {"Ngập nước đường Trần Phú",          "Rác thải đường Lê Lợi",                 false},  // one word in common
        {"Đèn đường hỏng",                    "Đèn chiếu sáng hỏng ở hẻm 12",          true},
        {"Cây đổ",                            "Cây xanh đổ chắn đường",                true},
        {"Tiếng ồn",                          "Karaoke gây tiếng ồn ban đêm",          true},   // "tieng" alone, and "on" is too short
        {"karaoke",                           "Karaoke gây tiếng ồn ban đêm",          true},   // one word, found
        {"karaoke",                           "Rác thải chợ Xóm Mới",                  false},
        {"phản ánh",                          "phản ánh tại khu vực",                  false},  // filler only
        {"",                                  "Ổ gà đường Trần Phú",                   false},
    };
    // clang-format on
    for (const Row& r : rows) {
        INFO(r.a, " ~ ", r.b);
        CHECK(similar_topics(topic_words(r.a), topic_words(r.b)) == r.similar);
        CHECK(similar_topics(topic_words(r.b), topic_words(r.a)) == r.similar);
    }
}

// [SECTION] the rule -------------------------------------------------------------------

TEST_CASE("follow: match_nearby: near and alike with a point, same commune and alike without") {
    const double lat = 12.2388, lon = 109.1967;
    const double north_200m = lat + 200.0 / 111195.0, north_400m = lat + 400.0 / 111195.0;
    struct Row {
        const char* what;
        NearbyQuery q;
        NearbyCandidate c;
        bool matches;
        bool has_distance;
    };
    // clang-format off
    const std::vector<Row> rows = {
        {"200 m, same category",               {lat, lon, "", "giao_thong", "Đèn tín hiệu"},       {north_200m, lon, "22333", "giao_thong", "Vỉa hè lấn chiếm"}, true,  true},
        {"400 m, same category: too far",      {lat, lon, "", "giao_thong", ""},                   {north_400m, lon, "22333", "giao_thong", "Vỉa hè"},           false, false},
        {"200 m, other category, same words",  {lat, lon, "", "moi_truong", "Ổ gà đường Trần Phú"}, {north_200m, lon, "22333", "giao_thong", "Đường Trần Phú ổ gà"}, true, true},
        {"200 m, other category, other words", {lat, lon, "", "moi_truong", "Rác thải"},           {north_200m, lon, "22333", "giao_thong", "Đèn hỏng"},         false, false},
        {"point, candidate without one, same commune", {lat, lon, "22333", "giao_thong", ""},      {std::nullopt, std::nullopt, "22333", "giao_thong", "Đèn"},  true,  false},
        {"point, candidate without one, other commune", {lat, lon, "22334", "giao_thong", ""},     {std::nullopt, std::nullopt, "22333", "giao_thong", "Đèn"},  false, false},
        {"no point: same commune, same category", {std::nullopt, std::nullopt, "22333", "giao_thong", ""}, {north_200m, lon, "22333", "giao_thong", "Đèn"}, true, false},
        {"no point: other commune",            {std::nullopt, std::nullopt, "22334", "giao_thong", ""}, {north_200m, lon, "22333", "giao_thong", "Đèn"},    false, false},
        {"no point: same commune, similar title", {std::nullopt, std::nullopt, "22333", "", "cây xanh đổ"}, {std::nullopt, std::nullopt, "22333", "moi_truong", "Cây xanh bị đổ"}, true, false},
        {"nothing to compare: no category, no text", {lat, lon, "22333", "", ""},                 {lat, lon, "22333", "giao_thong", "Đèn"},                     false, false},
    };
    // clang-format on
    for (const Row& r : rows) {
        INFO(r.what);
        const NearbyMatch m = match_nearby(r.q, r.c);
        CHECK(m.matches == r.matches);
        CHECK(m.distance_m.has_value() == r.has_distance);
        if (m.distance_m) CHECK(*m.distance_m == doctest::Approx(200.0).epsilon(0.01));
    }
}

// [SECTION] the query ---------------------------------------------------------------------

TEST_CASE("follow: parse_nearby_query accepts a point or a commune and says what is wrong otherwise") {
    struct Row {
        QueryParams params;
        const char* field;  // "" when valid
        const char* code;
    };
    const std::string long_text(201, 'a');
    // clang-format off
    const std::vector<Row> rows = {
        {{{"lat", "12.2388"}, {"lon", "109.1967"}},                       "",         ""},
        {{{"commune", "22333"}, {"category", "giao_thong"}, {"q", "Ổ gà"}}, "",        ""},
        {{{"lat", "12.2388"}},                                              "lat",      "coordinates_incomplete"},
        {{{"lat", "abc"}, {"lon", "109"}},                                  "lat",      "invalid_coordinates"},
        {{{"lat", "12"}, {"lon", "200"}},                                   "lat",      "invalid_coordinates"},
        {{{"lat", "nan"}, {"lon", "109"}},                                  "lat",      "invalid_coordinates"},
        {{{"lat", "12x"}, {"lon", "109"}},                                  "lat",      "invalid_coordinates"},
        {{{"commune", "2233"}},                                             "commune",  "invalid_commune_code"},
        {{{"commune", "22333"}, {"category", "Giao Thông"}},                "category", "invalid_category_code"},
        {{{"commune", "22333"}, {"q", long_text}},                          "q",        "too_long"},
        {{{"category", "giao_thong"}, {"q", "Ổ gà"}},                       "lat",      "nearby_needs_place"},
        {{},                                                                "lat",      "nearby_needs_place"},
    };
    // clang-format on
    for (const Row& r : rows) {
        const auto v = parse_nearby_query(r.params);
        INFO(r.field, " ", r.code);
        if (std::string(r.field).empty()) {
            CHECK(v.ok());
            continue;
        }
        REQUIRE(v.errors.size() == 1);
        CHECK(v.errors[0].field == r.field);
        CHECK(v.errors[0].code == r.code);
        CHECK(is_known_code(r.code));
    }
    const auto v = parse_nearby_query({{"lat", "12.25"}, {"lon", "109.19"}, {"category", "giao_thong"}});
    REQUIRE(v.ok());
    CHECK(*v.value.lat == 12.25);
    CHECK(v.value.category_code == "giao_thong");
}

// [SECTION] subscriptions ---------------------------------------------------------------

TEST_CASE("follow: a subscription names a commune, a category or both, and matches on all it names") {
    CHECK(validate(AlertSubscriptionForm{"22333", ""}).empty());
    CHECK(validate(AlertSubscriptionForm{"", "giao_thong"}).empty());
    CHECK(validate(AlertSubscriptionForm{"22333", "giao_thong"}).empty());
    const auto none = validate(AlertSubscriptionForm{"", ""});
    REQUIRE(none.size() == 1);
    CHECK(none[0].code == "subscription_needs_area");
    CHECK(validate(AlertSubscriptionForm{"223", ""})[0].code == "unknown_commune");
    CHECK(validate(AlertSubscriptionForm{"", "GT!"})[0].code == "unknown_category");
    for (const char* code : {"subscription_needs_area", "too_many_subscriptions", "subscription_exists",
                             "cannot_follow_own_report", "report_not_followable", "merge_into_itself",
                             "merge_target_closed", "report_merged"})
        CHECK(is_known_code(code));

    AlertSubscription commune;
    commune.commune_code = "22333";
    AlertSubscription category;
    category.category_code = "giao_thong";
    AlertSubscription both = commune;
    both.category_code = "giao_thong";
    CHECK(subscription_matches(commune, "22333", "moi_truong"));
    CHECK_FALSE(subscription_matches(commune, "22334", "giao_thong"));
    CHECK(subscription_matches(category, "22334", "giao_thong"));
    CHECK(subscription_matches(both, "22333", "giao_thong"));
    CHECK_FALSE(subscription_matches(both, "22333", "moi_truong"));
    CHECK_FALSE(subscription_matches(AlertSubscription{}, "22333", "giao_thong"));
    CHECK(people_reporting_text(11) == "12 người cùng phản ánh");
}

// [SECTION] wire ----------------------------------------------------------------------------

TEST_CASE("follow: the nearby card and the follow state round-trip through JSON") {
    NearbyReport n;
    n.id = 7;
    n.title = "Ổ gà đường Trần Phú";
    n.status = Status::in_progress;
    n.distance_m = 120;
    n.followers = 3;
    nlohmann::json j;
    to_json(j, n);
    CHECK(j["distance_m"] == 120);
    CHECK(j["status"] == "in_progress");
    NearbyReport back;
    FieldErrors errors;
    from_json(j, back, errors);
    CHECK(errors.empty());
    CHECK(back == n);

    FollowState f{true, 2};
    to_json(j, f);
    CHECK(j.dump() == R"({"followers":2,"following":true})");
}

TEST_CASE("follow: the panel's query string reads back as the same query") {
    struct Row {
        NearbyQuery q;
        const char* text;
    };
    // clang-format off
    const std::vector<Row> rows = {
        {{12.2388, 109.1967, "", "", ""},                      "lat=12.238800&lon=109.196700"},
        {{std::nullopt, std::nullopt, "22333", "su_co_giao_thong", "Ổ gà & nước"}, nullptr},
        {{12.25, 109.19, "22333", "", "đèn hỏng"},              nullptr},
        {{std::nullopt, std::nullopt, "", "su_co_giao_thong", "Ổ gà"}, ""},  // no place: nothing to ask
    };
    // clang-format on
    for (const Row& r : rows) {
        const std::string s = to_query_string(r.q);
        INFO(s);
        if (r.text) CHECK(s == r.text);
        if (s.empty()) continue;
        const auto back = parse_nearby_query(parse_query_string(s));
        REQUIRE(back.ok());
        CHECK(back.value == r.q);
    }
}

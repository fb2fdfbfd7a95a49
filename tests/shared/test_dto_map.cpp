// pakn/dto_map.h: what the map keeps on the wire and what it requires.
// (Round trips: test_dto.cpp; the exact text: test_dto_wire.cpp.)
#include <doctest/doctest.h>

#include "dto_samples.h"
#include "pakn/dto_map.h"

using namespace pakn;
using nlohmann::json;

TEST_CASE("dto_map: the map on the wire keeps credit and shapes even when empty") {
    const json j = json::parse(encode(MapData{}));
    CHECK(j.at("credit") == "");
    CHECK(j.at("shapes") == "");
    CHECK(j.at("communes").is_array());
    CHECK(j.at("points").is_array());
    const json p = json::parse(encode(dto_samples::map_data())).at("points").at(0);
    CHECK(p.at("status") == "closed");
    CHECK(p.at("report_id") == 17);
    // Required keys of a point: decoding refuses a point without its status.
    const auto bad = decode<MapData>(R"({"communes":[],"points":[{"report_id":1,"code":"X","lat":1,"lon":2}]})");
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.errors.front().field == "points[0].status");
    CHECK(bad.errors.front().code == "missing_field");
}

// pakn/dto_dashboard.h and the officer inbox's query: the on-time rate, the
// dashboard DTO's strictness, and the channel filter of list queries. Runs
// natively and as wasm.
#include <doctest/doctest.h>

#include <string>

#include "dto_samples.h"
#include "pakn/dto_dashboard.h"
#include "pakn/forms.h"

using namespace pakn;

TEST_CASE("on_time_rate: no answers is no rate, not zero") {
    CHECK_FALSE(on_time_rate(0, 0).has_value());
    CHECK(*on_time_rate(4, 3) == doctest::Approx(0.75));
    CHECK(*on_time_rate(1, 1) == doctest::Approx(1.0));
}

TEST_CASE("UnitDashboard decodes strictly") {
    const std::string text = encode(dto_samples::unit_dashboard());
    // A typo is an error, as for every DTO; a missing count too.
    auto j = nlohmann::json::parse(text);
    j["overdu"] = 1;
    CHECK_FALSE(decode<UnitDashboard>(j.dump()).ok());
    auto k = nlohmann::json::parse(text);
    k["this_month"].erase("resolved");
    const auto missing = decode<UnitDashboard>(k.dump());
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.errors[0].field == "this_month.resolved");
    CHECK(missing.errors[0].code == "missing_field");
}

TEST_CASE("list queries: the channel filter is one of the shared channels") {
    // query, ok, channel
    const struct {
        const char* query;
        bool ok;
        const char* channel;
    } rows[] = {
        {"channel=hotline", true, "hotline"},
        {"channel=in_person&status=submitted", true, "in_person"},
        {"channel=", true, ""},
        {"channel=fax", false, ""},
        {"channel=HOTLINE", false, ""},
    };
    for (const auto& r : rows) {
        CAPTURE(r.query);
        const auto q = parse_list_query(parse_query_string(r.query));
        CHECK(q.ok() == r.ok);
        CHECK(q.value.channel == r.channel);
        if (!r.ok) CHECK(error_code_for(q.errors, "channel") == "invalid_channel");
    }
    ListQuery q;
    q.channel = "email";
    q.overdue = true;
    const std::string s = to_query_string(q);
    CHECK(s == "overdue=true&channel=email");
    CHECK(parse_list_query(parse_query_string(s)).value == q);
}

TEST_CASE("UnitDashboard: the province's view carries the assistant's figures, both ways") {
    UnitDashboard d;
    d.scope = "all";
    d.period = DashboardPeriod{"2026-12-01", "2026-12-08", 0, 0, 0, std::nullopt};
    d.assistant = DashboardAssistant{40, 31, 5, 4};
    const auto back = decode<UnitDashboard>(encode(d));
    REQUIRE(back.ok());
    CHECK(back.value == d);
    CHECK(encode(d).find(R"("assistant":{"answered":31,"asked":40,"offered":5,"unanswered":4})") != std::string::npos);
    // A unit's view has none: the key is left out.
    d.assistant.reset();
    CHECK(encode(d).find("assistant") == std::string::npos);
    // Every figure is required.
    CHECK_FALSE(decode<DashboardAssistant>(R"({"asked":1,"answered":1,"offered":0})").ok());
}

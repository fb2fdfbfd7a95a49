// pakn/ranking.h: units ranked by the lower bound of their on-time rate, so a
// handful of answers cannot top hundreds.
#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <vector>

#include "pakn/ranking.h"

using namespace pakn;

TEST_CASE("wilson_lower_bound: small samples claim little, large ones nearly their rate") {
    struct Row {
        std::int64_t successes, trials;
        double expected;
    };
    // successes | trials | lower bound (95 %), computed independently
    const Row rows[] = {
        {7, 7, 0.6457},      {279, 321, 0.8279}, {0, 10, 0.0},      {10, 10, 0.7225},
        {1, 2, 0.0945},      {870, 1000, 0.8477}, {0, 0, 0.0},       {5, 3, 0.4385},  // more successes than trials: clamped
    };
    for (const Row& r : rows) {
        INFO(r.successes, "/", r.trials);
        CHECK(wilson_lower_bound(r.successes, r.trials) == doctest::Approx(r.expected).epsilon(0.001));
    }
}

TEST_CASE("rank_units: volume counts, nothing answered comes last") {
    auto unit = [](std::string name, std::int64_t count, std::optional<std::int64_t> resolved,
                   std::optional<double> rate) {
        StatRow r;
        r.key = name;
        r.label = name;
        r.count = count;
        r.resolved = resolved;
        r.on_time_rate = rate;
        return r;
    };
    std::vector<StatRow> rows = {
        unit("UBND xã Ninh Tân", 7, 7, 1.0),
        unit("Sở Xây dựng", 321, 321, 279.0 / 321.0),
        unit("Sở Du lịch", 4, std::nullopt, std::nullopt),
        unit("Công an tỉnh", 40, 40, 0.5),
        unit("Sở Y tế", 12, 12, 1.0),
    };
    rank_units(rows);
    std::vector<std::string> order;
    for (const auto& r : rows) order.push_back(r.label);
    // 87 % of 321 (bound 0.83) beats 12/12 (0.76) and 7/7 (0.65); 50 % of 40 after them.
    CHECK(order == std::vector<std::string>{"Sở Xây dựng", "Sở Y tế", "UBND xã Ninh Tân", "Công an tỉnh", "Sở Du lịch"});
}

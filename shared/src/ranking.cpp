#include "pakn/ranking.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace pakn {

double wilson_lower_bound(std::int64_t successes, std::int64_t trials) noexcept {
    if (trials <= 0) return 0.0;
    constexpr double z = 1.959963984540054;  // 95 %, two-sided
    const double n = static_cast<double>(trials);
    const double p = static_cast<double>(std::clamp<std::int64_t>(successes, 0, trials)) / n;
    const double z2 = z * z;
    const double centre = p + z2 / (2 * n);
    const double spread = z * std::sqrt(p * (1 - p) / n + z2 / (4 * n * n));
    return std::max(0.0, (centre - spread) / (1 + z2 / n));
}

namespace {

// The unit's ranking score, or nullopt when it answered nothing yet.
std::optional<double> score_of(const StatRow& r) {
    const std::int64_t answered = r.resolved.value_or(0);
    if (answered <= 0 || !r.on_time_rate) return std::nullopt;
    const auto on_time = static_cast<std::int64_t>(std::llround(*r.on_time_rate * static_cast<double>(answered)));
    return wilson_lower_bound(on_time, answered);
}

}  // namespace

void rank_units(std::vector<StatRow>& rows) {
    std::stable_sort(rows.begin(), rows.end(), [](const StatRow& x, const StatRow& y) {
        const auto sx = score_of(x), sy = score_of(y);
        if (sx.has_value() != sy.has_value()) return sx.has_value();
        if (sx && *sx != *sy) return *sx > *sy;
        if (x.resolved != y.resolved) return x.resolved.value_or(0) > y.resolved.value_or(0);
        if (x.count != y.count) return x.count > y.count;
        return x.label < y.label;
    });
}

}  // namespace pakn

// The public ranking of units (Xếp hạng đơn vị) by how punctually they
// answer. A plain on-time rate puts a unit with 7 answers, all on time,
// above one with 321 answers at 87 %: the small sample says little. Units are
// ranked by the Wilson score interval's lower bound instead (95 %), which
// needs many answers to claim a high rate.
//
// Pure: no I/O, nothing throws.
#pragma once

#include <cstdint>
#include <vector>

#include "pakn/dto.h"

namespace pakn {

// The lower bound of the 95 % Wilson score interval for `successes` out of
// `trials`; 0 when there are no trials.
double wilson_lower_bound(std::int64_t successes, std::int64_t trials) noexcept;

// Sorts units best first: by the lower bound of their on-time rate over
// their answered reports (`resolved`, `on_time_rate`), then more answers,
// then more reports, then by name; units with nothing answered last.
void rank_units(std::vector<StatRow>& rows);

}  // namespace pakn

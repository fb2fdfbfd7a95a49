// The reference data every area reads: the categories and the units, one
// copy for the page. Loaded on first need; a failed load is tried again
// when a screen is entered; a change (the admin's) marks it out of date.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "net/api.h"
#include "pakn/dto.h"

namespace pakn::client {

struct ReferenceData {
    net::Remote<std::vector<Category>> categories;  // the active ones (GET /public/categories)
    net::Remote<std::vector<Unit>> units;           // with their contacts (GET /public/units)

    // Starts loading the categories when they were never loaded or are out
    // of date, and after a failure when `retry` (a screen was just entered).
    void need_categories(bool retry);
    // The same for the units.
    void need_units(bool retry);
};

// The name of unit `id` in `units`, "" when unknown.
std::string unit_name(const std::vector<Unit>& units, std::int64_t id);

}  // namespace pakn::client

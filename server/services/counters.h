// Counts of events per key in windows that start with their first event
// (registrations, reset requests and wrong codes per address; SMS per phone,
// per address, per pair and in total). Kept in the store's throttle rows so
// they survive a restart; the housekeeping purge drops rows idle for a day.
#pragma once

#include <cstdint>
#include <string>

#include "store/db.h"

namespace pakn::server::services {

struct WindowCount {
    int count = 0;                 // events in the current window (0 when it has ended)
    std::int64_t window_start = 0;
    std::int64_t last_at = 0;      // the latest event, even of an ended window
    // Seconds until the current window ends (at least 1).
    std::int64_t seconds_left(std::int64_t now, std::int64_t window) const;
};

WindowCount count_in_window(store::Connection& c, const std::string& key, std::int64_t now, std::int64_t window);
// Records one event (a new window starts when the current one has ended).
void add_to_window(store::Connection& c, const std::string& key, std::int64_t now, std::int64_t window);

}  // namespace pakn::server::services

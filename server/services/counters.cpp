#include "services/counters.h"

#include <algorithm>

#include "store/accounts_store.h"

namespace pakn::server::services {

std::int64_t WindowCount::seconds_left(std::int64_t now, std::int64_t window) const {
    return std::max<std::int64_t>(1, window_start + window - now);
}

WindowCount count_in_window(store::Connection& c, const std::string& key, std::int64_t now, std::int64_t window) {
    auto row = store::find_throttle(c, key);
    if (!row) return {};
    WindowCount out{row->failures, row->window_start, row->last_failure_at};
    if (now - row->window_start >= window) out.count = 0;
    return out;
}

void add_to_window(store::Connection& c, const std::string& key, std::int64_t now, std::int64_t window) {
    auto row = store::find_throttle(c, key).value_or(store::ThrottleRow{key, 0, now, now, 0});
    if (now - row.window_start >= window) {
        row.failures = 0;
        row.window_start = now;
    }
    ++row.failures;
    row.last_failure_at = now;
    row.locked_until = 0;
    store::save_throttle(c, row);
}

}  // namespace pakn::server::services

// In-memory sliding-window rate limits per key (client address or account),
// applied by the router to the routes that create things (submissions,
// uploads) and to lookups by tracking code. Sign-in and SMS codes have their
// own persistent throttles in AuthService.
#pragma once

#include <chrono>
#include <cstdint>
#include <deque>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

namespace pakn::server::http {

struct RateRule {
    int limit = 0;             // requests allowed per window; 0 = unlimited
    std::int64_t window_seconds = 3600;
    // Counted per client address even for a signed-in caller: for doors whose
    // abuse is walking them (tracking codes), where several accounts behind
    // one address must not multiply the budget.
    bool per_address = false;
    // The error code of the 429 (catalogue, messages.cpp).
    std::string_view code = "rate_limited";
};

class RateLimiter {
public:
    // Records a hit for `key` at `now` and tells whether it is within `rule`;
    // when not, `retry_after` is the seconds until the oldest hit expires.
    bool allow(const std::string& key, const RateRule& rule, std::int64_t now, std::int64_t& retry_after);
    void clear();

private:
    std::mutex mutex_;
    std::unordered_map<std::string, std::deque<std::int64_t>> hits_;
    std::int64_t last_sweep_ = 0;
};

}  // namespace pakn::server::http

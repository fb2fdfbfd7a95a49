#include "http/rate_limit.h"

namespace pakn::server::http {

bool RateLimiter::allow(const std::string& key, const RateRule& rule, std::int64_t now, std::int64_t& retry_after) {
    if (rule.limit <= 0) return true;
    std::lock_guard lock(mutex_);
    // Forget idle keys now and then so the map does not grow forever.
    if (now - last_sweep_ > 600) {
        for (auto it = hits_.begin(); it != hits_.end();) {
            if (it->second.empty() || it->second.back() < now - 86400)
                it = hits_.erase(it);
            else
                ++it;
        }
        last_sweep_ = now;
    }
    auto& q = hits_[key];
    while (!q.empty() && q.front() <= now - rule.window_seconds) q.pop_front();
    if (static_cast<int>(q.size()) >= rule.limit) {
        retry_after = q.front() + rule.window_seconds - now;
        return false;
    }
    q.push_back(now);
    return true;
}

void RateLimiter::clear() {
    std::lock_guard lock(mutex_);
    hits_.clear();
}

}  // namespace pakn::server::http

// Time for services comes from a Clock, so tests can move it (code expiry,
// lockouts, deadlines) without sleeping.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>

namespace pakn::server {

using UnixSeconds = std::int64_t;

class Clock {
public:
    virtual ~Clock() = default;
    virtual UnixSeconds now() const = 0;
};

class SystemClock final : public Clock {
public:
    UnixSeconds now() const override {
        return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
            .count();
    }
};

// A clock tests set and advance by hand.
class ManualClock final : public Clock {
public:
    explicit ManualClock(UnixSeconds start) : t_(start) {}
    UnixSeconds now() const override { return t_.load(); }
    void set(UnixSeconds t) { t_ = t; }
    void advance(std::int64_t seconds) { t_ += seconds; }

private:
    std::atomic<UnixSeconds> t_;
};

}  // namespace pakn::server

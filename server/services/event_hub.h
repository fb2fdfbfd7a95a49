// Wakes live streams (Server-Sent Events) when something they may show was
// committed. Streams read what changed from the database themselves (the
// event log and notifications are the source of truth), so a wake-up carries
// no data and a missed one loses nothing.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <mutex>

namespace pakn::server::services {

class EventHub {
public:
    // Called after a commit that added report events or notifications.
    void publish();
    // The number of publications so far.
    std::uint64_t generation() const;
    // Waits until generation() != `seen` or `timeout_ms` passes; returns the
    // current generation.
    std::uint64_t wait(std::uint64_t seen, int timeout_ms);
    // Wakes every waiter (shutdown).
    void close();
    bool closed() const;

private:
    mutable std::mutex mutex_;
    std::condition_variable cv_;
    std::uint64_t generation_ = 0;
    bool closed_ = false;
};

}  // namespace pakn::server::services

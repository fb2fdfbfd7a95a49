#include "services/event_hub.h"

#include <chrono>

namespace pakn::server::services {

void EventHub::publish() {
    {
        std::lock_guard lock(mutex_);
        ++generation_;
    }
    cv_.notify_all();
}

std::uint64_t EventHub::generation() const {
    std::lock_guard lock(mutex_);
    return generation_;
}

std::uint64_t EventHub::wait(std::uint64_t seen, int timeout_ms) {
    std::unique_lock lock(mutex_);
    cv_.wait_for(lock, std::chrono::milliseconds(timeout_ms), [&] { return generation_ != seen || closed_; });
    return generation_;
}

void EventHub::close() {
    {
        std::lock_guard lock(mutex_);
        closed_ = true;
    }
    cv_.notify_all();
}

bool EventHub::closed() const {
    std::lock_guard lock(mutex_);
    return closed_;
}

}  // namespace pakn::server::services

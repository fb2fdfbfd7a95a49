#include "services/kdf.h"

#include <algorithm>
#include <thread>

#include "pakn/messages.h"

namespace pakn::server::services {
namespace {

ApiError busy(std::chrono::milliseconds wait) {
    ApiError e = api_error(503, "server_busy");
    e.retry_after_seconds = std::max<std::int64_t>(1, std::chrono::ceil<std::chrono::seconds>(wait).count());
    return e;
}

}  // namespace

KdfGate::KdfGate(KdfLimits limits)
    : slots_(limits.slots > 0 ? limits.slots : std::max(1u, std::thread::hardware_concurrency())),
      max_waiting_(limits.max_waiting > 0 ? limits.max_waiting : 2 * slots_),
      max_wait_(limits.max_wait) {}

std::optional<ApiError> KdfGate::run(const std::function<void()>& work) {
    {
        std::unique_lock lock(mutex_);
        if (running_ >= slots_) {
            if (waiting_ >= max_waiting_) {
                ++refused_;
                return busy(max_wait_);
            }
            ++waiting_;
            const bool got = freed_.wait_for(lock, max_wait_, [this] { return running_ < slots_; });
            --waiting_;
            if (!got) {
                ++refused_;
                return busy(max_wait_);
            }
        }
        peak_ = std::max(peak_, ++running_);
        ++runs_;
    }
    struct Release {
        KdfGate& gate;
        ~Release() {
            {
                std::lock_guard lock(gate.mutex_);
                --gate.running_;
            }
            gate.freed_.notify_one();
        }
    } release{*this};
    work();
    return std::nullopt;
}

int KdfGate::running() const {
    std::lock_guard lock(mutex_);
    return running_;
}

int KdfGate::peak() const {
    std::lock_guard lock(mutex_);
    return peak_;
}

std::uint64_t KdfGate::runs() const {
    std::lock_guard lock(mutex_);
    return runs_;
}

std::uint64_t KdfGate::refused() const {
    std::lock_guard lock(mutex_);
    return refused_;
}

}  // namespace pakn::server::services

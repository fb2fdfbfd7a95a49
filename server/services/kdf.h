// The server-wide bound on password hashing. scrypt is slow and big on
// purpose (N = 2^17, r = 8: 128 MiB and a few hundred milliseconds per run),
// so an unbounded number of sign-ups or sign-ins at once would take every
// core and a gigabyte of memory. At most `slots` runs go at once; a caller
// waits for a slot at most `max_wait`, and only `max_waiting` callers may
// wait (each holds a worker thread); everyone else is told to come back
// (503 server_busy with Retry-After).
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>

#include "pakn/errors.h"

namespace pakn::server::services {

struct KdfLimits {
    int slots = 0;        // concurrent runs; 0: one per CPU core
    int max_waiting = 0;  // callers queued for a slot; 0: 2 x slots
    std::chrono::milliseconds max_wait{3000};
};

class KdfGate {
public:
    explicit KdfGate(KdfLimits limits = {});

    // Runs `work` (a hash or a verification) inside a slot; a 503
    // server_busy error, with Retry-After, when no slot came in time.
    std::optional<ApiError> run(const std::function<void()>& work);

    // Instrumentation (tests, logs): runs in progress, the most ever at
    // once, runs done, and the callers turned away.
    int running() const;
    int peak() const;
    std::uint64_t runs() const;
    std::uint64_t refused() const;
    int slots() const { return slots_; }

private:
    const int slots_;
    const int max_waiting_;
    const std::chrono::milliseconds max_wait_;
    mutable std::mutex mutex_;
    std::condition_variable freed_;
    int running_ = 0;
    int waiting_ = 0;
    int peak_ = 0;
    std::uint64_t runs_ = 0;
    std::uint64_t refused_ = 0;
};

}  // namespace pakn::server::services

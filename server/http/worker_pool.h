// Threads for the requests that may block: database writes wait for their
// group commit (an fsync), sign-ins spend tens of milliseconds in scrypt.
// The HTTP reactors (one per core) hand those over and go on parsing and
// answering reads, so a slow write never holds the other connections of its
// reactor, and reads are not spread over dozens of threads that only trade
// places on two cores (measured on 2 cores: 4 reactors served statistics at
// 110k requests/s, 16 at 86k).
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace pakn::server::http {

class WorkerPool {
public:
    // `max_queued`: tasks waiting beyond this are refused (the caller answers
    // 503) rather than queued without bound under a flood.
    WorkerPool(int threads, std::size_t max_queued);
    ~WorkerPool();
    WorkerPool(const WorkerPool&) = delete;
    WorkerPool& operator=(const WorkerPool&) = delete;

    // False when the queue is full or the pool is stopping: `task` was not taken.
    bool post(std::function<void()> task);
    // Runs what is queued, then joins the threads. Idempotent.
    void stop();
    int threads() const { return static_cast<int>(threads_.size()); }

private:
    void loop();

    std::mutex mutex_;
    std::condition_variable ready_;
    std::deque<std::function<void()>> queue_;
    std::vector<std::thread> threads_;
    std::size_t max_queued_;
    bool stopping_ = false;
};

}  // namespace pakn::server::http

// The pool that runs changes off the HTTP reactors: every task taken runs
// once, a full queue refuses instead of growing, stop() finishes what was
// queued, and a throwing task does not cost a worker.
#include <doctest/doctest.h>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <set>
#include <stdexcept>
#include <thread>

#include "http/worker_pool.h"

using pakn::server::http::WorkerPool;

TEST_CASE("worker pool: every task posted from many threads runs exactly once, on the pool's threads") {
    std::atomic<int> runs{0};
    std::mutex m;
    std::set<std::thread::id> seen;
    {
        WorkerPool pool(4, 100000);
        std::vector<std::thread> posters;
        for (int t = 0; t < 4; ++t)
            posters.emplace_back([&] {
                for (int i = 0; i < 1000; ++i)
                    CHECK(pool.post([&] {
                        ++runs;
                        std::lock_guard lock(m);
                        seen.insert(std::this_thread::get_id());
                    }));
            });
        for (auto& p : posters) p.join();
        pool.stop();  // finishes the queue before joining
    }
    CHECK(runs == 4000);
    CHECK(seen.count(std::this_thread::get_id()) == 0);
    CHECK(seen.size() <= 4);
}

TEST_CASE("worker pool: a full queue refuses, and takes work again once drained") {
    WorkerPool pool(1, 2);
    std::mutex m;
    std::condition_variable cv;
    bool release = false, started = false;
    // Holds the only worker so queued tasks stay queued.
    REQUIRE(pool.post([&] {
        std::unique_lock lock(m);
        started = true;
        cv.notify_all();
        cv.wait(lock, [&] { return release; });
    }));
    {
        std::unique_lock lock(m);
        cv.wait(lock, [&] { return started; });
    }
    std::atomic<int> runs{0};
    CHECK(pool.post([&] { ++runs; }));
    CHECK(pool.post([&] { ++runs; }));
    CHECK_FALSE(pool.post([&] { ++runs; }));  // third queued task: over the bound
    {
        std::lock_guard lock(m);
        release = true;
    }
    cv.notify_all();
    pool.stop();
    CHECK(runs == 2);
    CHECK_FALSE(pool.post([&] { ++runs; }));  // stopped
}

TEST_CASE("worker pool: a task that throws does not take its worker down") {
    std::atomic<int> runs{0};
    WorkerPool pool(1, 10);
    CHECK(pool.post([] { throw std::runtime_error("boom"); }));
    CHECK(pool.post([&] { ++runs; }));
    pool.stop();
    CHECK(runs == 1);
}

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

#include "http/router.h"
#include "http/worker_pool.h"
#include "support/test_app.h"

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

// Which requests the reactor answers itself: only what cannot wait for a
// write or a long query. Anything else (even a GET: a captcha is stored, a
// session's last-seen time is written; a public page not yet cached is built)
// goes to a worker.
TEST_CASE("router: only static files, cached public pages, health and route errors stay on the reactor") {
    pakn::test::TestApp t;
    struct Row {
        const char* method;
        const char* path;
        bool on_reactor;
    };
    const Row rows[] = {
        {"GET", "/", true},
        {"GET", "/pakn.wasm", true},
        {"HEAD", "/gui-phan-anh", true},            // the app shell, from memory
        {"GET", "/robots.txt", true},
        {"GET", "/thong-ke", false},                // a public page, not built yet
        {"HEAD", "/cong-khai/12", false},
        {"GET", "/api/v1/health", true},
        {"GET", "/api/v1/no/such/route", true},  // 404 at once
        {"PUT", "/api/v1/public/stats", true},   // 405 at once
        {"GET", "/api/v1/public/stats", false},  // not built yet
        {"GET", "/api/v1/captcha", false},       // stores the captcha
        {"GET", "/api/v1/me", false},
        {"GET", "/api/v1/inbox", false},
        {"GET", "/api/v1/public/lookup/PAKN-2026-000001", false},
        {"POST", "/api/v1/reports", false},
        {"POST", "/api/v1/auth/login", false},  // scrypt
        {"PATCH", "/api/v1/reports/12", false},
    };
    auto on_reactor = [&](const char* method, const char* path) {
        pakn::server::http::Request r;
        r.method = method;
        r.path = path;
        return t.router.on_reactor(*t.app->site, r);
    };
    for (const auto& row : rows) {
        CAPTURE(row.method);
        CAPTURE(row.path);
        CHECK(on_reactor(row.method, row.path) == row.on_reactor);
    }
    // Once built, the page is a cache hit the reactor sends itself (HEAD too)...
    REQUIRE(t.call("GET", "/api/v1/public/stats").status == 200);
    CHECK(on_reactor("GET", "/api/v1/public/stats"));
    CHECK(on_reactor("HEAD", "/api/v1/public/stats"));
    // ...until a change makes it stale.
    t.app->site->mutations.fetch_add(1);
    CHECK_FALSE(on_reactor("GET", "/api/v1/public/stats"));
    // A public page as a document is cached the same way.
    REQUIRE(t.call("GET", "/thong-ke").status == 200);
    CHECK(on_reactor("GET", "/thong-ke"));
}

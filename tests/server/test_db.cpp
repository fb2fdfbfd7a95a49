// The store's write path: group commit keeps every transaction's outcome its
// own (a failure or refusal in one never touches the others in its batch).
#include <doctest/doctest.h>

#include <array>
#include <atomic>
#include <optional>
#include <stdexcept>
#include <thread>
#include <vector>

#include "store/db.h"
#include "support/temp_dir.h"

using pakn::server::store::Connection;
using pakn::server::store::Database;

namespace {
// The tests write into a table of their own (migrations seed `settings`).
void make_table(Database& db) {
    db.write([](Connection& c) { c.exec("CREATE TABLE t_items(key TEXT PRIMARY KEY, value TEXT NOT NULL)"); });
}
std::int64_t count_settings(Database& db) {
    return db.read([](Connection& c) { return c.scalar_int("SELECT COUNT(*) FROM t_items").value_or(-1); });
}
}  // namespace

TEST_CASE("concurrent writers are all committed, failures and refusals alone are undone") {
    pakn::test::TempDir dir;
    Database db(dir.file("t.db"));
    make_table(db);
    constexpr int kThreads = 16, kPerThread = 50;
    std::atomic<int> failures{0}, refusals{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t)
        threads.emplace_back([&, t] {
            for (int i = 0; i < kPerThread; ++i) {
                const std::string key = "k" + std::to_string(t) + "-" + std::to_string(i);
                // Every 7th throws after writing; every 5th is refused after writing.
                if (i % 7 == 3) {
                    try {
                        db.write([&](Connection& c) {
                            c.prepare("INSERT INTO t_items(key, value) VALUES (?, 'x')").bind_all(key).run();
                            throw std::runtime_error("boom");
                        });
                    } catch (const std::runtime_error&) {
                        ++failures;
                    }
                } else if (i % 5 == 4) {
                    auto refused = db.attempt([&](Connection& c) -> std::optional<std::string> {
                        c.prepare("INSERT INTO t_items(key, value) VALUES (?, 'x')").bind_all(key).run();
                        return std::string("no");
                    });
                    if (refused) ++refusals;
                } else {
                    db.write([&](Connection& c) {
                        c.prepare("INSERT INTO t_items(key, value) VALUES (?, 'x')").bind_all(key).run();
                    });
                }
            }
        });
    for (auto& th : threads) th.join();
    const int expected_failures = kThreads * 7;   // i = 3,10,17,24,31,38,45
    int refused_per_thread = 0;
    for (int i = 0; i < kPerThread; ++i)
        if (i % 7 != 3 && i % 5 == 4) ++refused_per_thread;
    CHECK(failures == expected_failures);
    CHECK(refusals == kThreads * refused_per_thread);
    CHECK(count_settings(db) == kThreads * kPerThread - expected_failures - kThreads * refused_per_thread);
    CHECK(db.integrity_ok());
}

TEST_CASE("a constraint violation in one transaction leaves the batch's others committed") {
    pakn::test::TempDir dir;
    Database db(dir.file("t.db"));
    make_table(db);
    db.write([](Connection& c) { c.prepare("INSERT INTO t_items(key, value) VALUES ('dup', 'x')").run(); });
    std::vector<std::thread> threads;
    std::atomic<int> errors{0};
    for (int t = 0; t < 8; ++t)
        threads.emplace_back([&, t] {
            try {
                db.write([&](Connection& c) {
                    c.prepare("INSERT INTO t_items(key, value) VALUES (?, 'x')")
                        .bind_all(t % 2 ? std::string("dup") : "ok" + std::to_string(t))
                        .run();
                });
            } catch (const pakn::server::store::DbError& e) {
                CHECK(e.constraint());
                ++errors;
            }
        });
    for (auto& th : threads) th.join();
    CHECK(errors == 4);
    CHECK(count_settings(db) == 5);
}

TEST_CASE("values returned from inside the transaction come back to the caller") {
    pakn::test::TempDir dir;
    Database db(dir.file("t.db"));
    make_table(db);
    auto id = db.write([](Connection& c) {
        c.prepare("INSERT INTO t_items(key, value) VALUES ('a', 'b')").run();
        return c.last_insert_id();
    });
    CHECK(id > 0);
    auto value = db.read([](Connection& c) {
        auto st = c.prepare("SELECT value FROM t_items WHERE key = 'a'");
        std::string v = st.step() ? st.text(0) : "";
        st.reset();
        return v;
    });
    CHECK(value == "b");
}

TEST_CASE("work deferred to the batch end is kept exactly for the jobs that were kept") {
    pakn::test::TempDir dir;
    Database db(dir.file("t.db"));
    make_table(db);
    constexpr int kThreads = 8, kPerThread = 40;
    std::atomic<int> kept{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t)
        threads.emplace_back([&, t] {
            for (int i = 0; i < kPerThread; ++i) {
                const std::string key = "k" + std::to_string(t) + "-" + std::to_string(i);
                const bool refuse = i % 5 == 4, fail = i % 7 == 3;
                try {
                    auto refused = db.attempt([&](Connection& c) -> std::optional<std::string> {
                        c.prepare("INSERT INTO t_items(key, value) VALUES (?, 'row')").bind_all(key).run();
                        c.at_batch_end([key](Connection& end) {
                            end.prepare("INSERT INTO t_items(key, value) VALUES (?, 'deferred')")
                                .bind_all(key + "/late")
                                .run();
                        });
                        if (fail) throw std::runtime_error("boom");
                        if (refuse) return std::string("no");
                        return std::nullopt;
                    });
                    if (!refused) ++kept;
                } catch (const std::runtime_error&) {
                }
            }
        });
    for (auto& th : threads) th.join();
    CHECK(kept > 0);
    auto counts = db.read([](Connection& c) {
        auto rows = c.scalar_int("SELECT COUNT(*) FROM t_items WHERE value = 'row'").value_or(-1);
        auto late = c.scalar_int("SELECT COUNT(*) FROM t_items WHERE value = 'deferred'").value_or(-1);
        auto orphans = c.scalar_int("SELECT COUNT(*) FROM t_items l WHERE value = 'deferred' AND NOT EXISTS "
                                    "(SELECT 1 FROM t_items r WHERE r.key || '/late' = l.key)")
                           .value_or(-1);
        return std::array<std::int64_t, 3>{rows, late, orphans};
    });
    CHECK(counts[0] == kept.load());
    CHECK(counts[1] == kept.load());
    CHECK(counts[2] == 0);
    CHECK(db.integrity_ok());
}

TEST_CASE("a failure in deferred work undoes the whole batch and reaches every caller") {
    pakn::test::TempDir dir;
    Database db(dir.file("t.db"));
    make_table(db);
    db.write([](Connection& c) { c.prepare("INSERT INTO t_items(key, value) VALUES ('taken', 'x')").run(); });
    CHECK_THROWS_AS(db.write([](Connection& c) {
                        c.prepare("INSERT INTO t_items(key, value) VALUES ('mine', 'x')").run();
                        c.at_batch_end([](Connection& end) {
                            end.prepare("INSERT INTO t_items(key, value) VALUES ('taken', 'y')").run();
                        });
                    }),
                    pakn::server::store::DbError);
    CHECK(count_settings(db) == 1);
    // Outside a group commit the work runs at once.
    Connection direct(dir.file("t.db"), false);
    bool ran = false;
    direct.at_batch_end([&](Connection&) { ran = true; });
    CHECK(ran);
    CHECK(db.integrity_ok());
}

// The SQLite layer: RAII connections and statements, a pool of read
// connections and one writer, numbered migrations. No SQL lives outside
// server/store/: services call the store's functions with a Connection the
// Database lends them, and never write SQL text themselves.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/storage_error.h"

namespace pakn::server::store {

// Thrown for SQLite failures; the HTTP edge catches it as a StorageError and
// answers a logged 500 (or 507 when the disk is full) whose body says
// nothing internal.
struct DbError : StorageError {
    int code;
    DbError(int c, const std::string& what) : StorageError(what, (c & 0xff) == SQLITE_FULL), code(c) {}
    bool constraint() const { return (code & 0xff) == SQLITE_CONSTRAINT; }
    bool busy() const { return (code & 0xff) == SQLITE_BUSY; }
};

class Statement {
public:
    Statement() = default;
    Statement(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}

    // Binds by 1-based index; chainable. Strings are copied by SQLite.
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view value);
    Statement& bind(int index, const char* value) { return bind(index, std::string_view(value)); }
    Statement& bind(int index, const std::string& value) { return bind(index, std::string_view(value)); }
    Statement& bind_blob(int index, std::string_view bytes);
    Statement& bind_null(int index);
    template <typename T>
    Statement& bind(int index, const std::optional<T>& value) {
        return value ? bind(index, *value) : bind_null(index);
    }
    // Binds all arguments from index 1.
    template <typename... Args>
    Statement& bind_all(const Args&... args) {
        int i = 1;
        (bind(i++, args), ...);
        return *this;
    }

    // Advances; true while a row is available.
    bool step();
    // Runs to completion (for INSERT/UPDATE/DELETE).
    void run();

    std::int64_t int64(int col) const { return sqlite3_column_int64(stmt_, col); }
    int integer(int col) const { return sqlite3_column_int(stmt_, col); }
    double real(int col) const { return sqlite3_column_double(stmt_, col); }
    std::string text(int col) const;
    std::optional<std::string> opt_text(int col) const;
    std::optional<std::int64_t> opt_int64(int col) const;
    bool is_null(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }

    void reset();
    sqlite3_stmt* raw() const { return stmt_; }

private:
    sqlite3* db_ = nullptr;
    sqlite3_stmt* stmt_ = nullptr;
};

class Connection {
public:
    // Opens (creating if asked) and applies the connection pragmas.
    Connection(const std::string& path, bool read_only);
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    // Executes one or more statements without results.
    void exec(std::string_view sql);
    // One statement without results through the statement cache: for the
    // transaction control (BEGIN, SAVEPOINT, COMMIT...) run on every request,
    // which exec() would parse again each time.
    void run(const std::string& sql) { prepare(sql).run(); }
    // Work that may wait until every job of the current group commit has
    // run, still inside its transaction and before COMMIT. FTS5 writes its
    // pending terms to disk at every SAVEPOINT and RELEASE, so indexing
    // inside each job's savepoint wrote one tiny segment per job (then
    // merged again); at the end of the batch it writes one. Runs at once
    // outside a group commit.
    void at_batch_end(std::function<void(Connection&)> fn);
    // A prepared statement cached per connection (reset before return).
    Statement prepare(const std::string& sql);
    std::int64_t last_insert_id() const { return sqlite3_last_insert_rowid(db_); }
    int changes() const { return sqlite3_changes(db_); }
    sqlite3* raw() const { return db_; }

    // Convenience: first column of the first row as int64 (nullopt if none).
    std::optional<std::int64_t> scalar_int(const std::string& sql);

private:
    friend class Database;
    sqlite3* db_ = nullptr;
    std::unordered_map<std::string, sqlite3_stmt*> cache_;
    std::vector<std::function<void(Connection&)>>* batch_end_ = nullptr;
};

// The schema version as this connection sees it (0 before any migration).
int schema_version_of(Connection& c);

// Bulk loading before the server serves (seeding): a writer connection of
// its own with synchronous=NORMAL, and explicit transactions on it.
std::unique_ptr<Connection> open_bulk_writer(const std::string& path);
void begin_bulk(Connection& c);
void commit_bulk(Connection& c);
// Undoes the open bulk transaction; never throws (called while unwinding).
void rollback_bulk(Connection& c) noexcept;

// Durability of a committed write transaction. Acknowledged citizen data uses
// durable (synchronous=FULL): it must survive power loss.
enum class Durability { durable, normal };

class Database {
public:
    // Opens the file, enables WAL and foreign keys, applies migrations.
    explicit Database(std::string path, int max_readers = 16);
    ~Database();

    // Runs `fn` on a pooled read connection (a consistent snapshot).
    template <typename F>
    auto read(F&& fn) {
        auto conn = acquire_reader();
        struct Release {
            Database* db;
            std::unique_ptr<Connection>* c;
            ~Release() { db->release_reader(std::move(*c)); }
        } release{this, &conn};
        conn->run("BEGIN");
        struct End {
            Connection* c;
            ~End() {
                try { c->run("COMMIT"); } catch (...) {}
            }
        } end{conn.get()};
        return fn(*conn);
    }

    // Runs `fn` on the single writer inside a transaction and commits it
    // before returning; rethrows what `fn` threw (its changes undone).
    // Concurrent writers are GROUP-COMMITTED: the transactions of the threads
    // waiting meanwhile run one after another, each in its own SAVEPOINT, and
    // share one COMMIT (one fsync) — durable submissions then cost a fraction
    // of an fsync each. `fn` must not call write()/attempt() itself.
    template <typename F>
    auto write(F&& fn, Durability durability = Durability::durable) {
        using R = decltype(fn(std::declval<Connection&>()));
        if constexpr (std::is_void_v<R>) {
            WriteJob job{[&](Connection& c) {
                             fn(c);
                             return true;
                         },
                         durability};
            submit(job);
            if (job.error) std::rethrow_exception(job.error);
        } else {
            std::optional<R> result;
            WriteJob job{[&](Connection& c) {
                             result.emplace(fn(c));
                             return true;
                         },
                         durability};
            submit(job);
            if (job.error) std::rethrow_exception(job.error);
            return std::move(*result);
        }
    }

    // Like write(), but `fn` returns an optional refusal (e.g. an ApiError):
    // when it holds one, this job's changes are rolled back, so a refused
    // request leaves nothing half-saved. Returns what `fn` returned.
    template <typename F>
    auto attempt(F&& fn, Durability durability = Durability::durable) {
        using R = decltype(fn(std::declval<Connection&>()));
        R refusal{};
        WriteJob job{[&](Connection& c) {
                         refusal = fn(c);
                         return !refusal;
                     },
                     durability};
        submit(job);
        if (job.error) std::rethrow_exception(job.error);
        return refusal;
    }

    // Applies pending migrations; returns the schema version afterwards.
    int migrate();
    int schema_version();
    // Passive WAL checkpoint + optimize; called at shutdown.
    void close();
    // Caps the file at `pages` pages (PRAGMA max_page_count): writes beyond
    // fail with SQLITE_FULL as on a full disk.
    void set_max_pages(long long pages);
    // PRAGMA integrity_check == "ok".
    bool integrity_ok();
    // Changes after every write transaction of this process that touched a
    // row of `accounts` or `sessions` (seen by SQLite's update hook), so
    // in-memory copies of who is signed in know when to read again. Read it
    // BEFORE reading the rows it guards.
    std::uint64_t accounts_epoch() const { return accounts_epoch_.load(); }
    const std::string& path() const { return path_; }

private:
    struct WriteJob {
        WriteJob(std::function<bool(Connection&)> r, Durability d) : run(std::move(r)), durability(d) {}
        std::function<bool(Connection&)> run;  // false: undo this job (a refusal)
        Durability durability = Durability::durable;
        std::exception_ptr error;
        bool done = false;
    };
    // Queues `job`; one waiting thread at a time leads: it runs a batch of
    // queued jobs in one transaction and wakes their owners after COMMIT.
    void submit(WriteJob& job);
    void run_batch(const std::vector<WriteJob*>& batch);

    std::unique_ptr<Connection> acquire_reader();
    void release_reader(std::unique_ptr<Connection> conn);
    void set_durability(Durability d);

    std::string path_;
    int max_readers_;
    std::mutex write_mutex_;
    std::unique_ptr<Connection> writer_;
    Durability writer_durability_ = Durability::durable;
    // Set by the writer's update hook (under write_mutex_); turned into an
    // epoch bump after the transaction ends, so a reader that started before
    // the commit cannot keep what it read.
    bool accounts_touched_ = false;
    std::atomic<std::uint64_t> accounts_epoch_{0};
    void end_transaction();
    std::mutex pool_mutex_;
    std::vector<std::unique_ptr<Connection>> idle_readers_;
    std::mutex queue_mutex_;
    std::condition_variable queue_cv_;
    std::deque<WriteJob*> queue_;
    bool leader_ = false;
};

}  // namespace pakn::server::store

#include "db.h"

#include "migrations.h"

#include <chrono>
#include <cstring>
#include <thread>

namespace pakn::server::store {
namespace {

[[noreturn]] void fail(sqlite3* db, int rc, std::string_view context) {
    std::string msg(context);
    msg += ": ";
    msg += db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    throw DbError(db ? sqlite3_extended_errcode(db) : rc, msg);
}

}  // namespace

// ---------------------------------------------------------------- Statement
Statement& Statement::bind(int index, std::int64_t value) {
    if (int rc = sqlite3_bind_int64(stmt_, index, value); rc != SQLITE_OK) fail(db_, rc, "bind");
    return *this;
}
Statement& Statement::bind(int index, double value) {
    if (int rc = sqlite3_bind_double(stmt_, index, value); rc != SQLITE_OK) fail(db_, rc, "bind");
    return *this;
}
Statement& Statement::bind(int index, std::string_view value) {
    if (int rc = sqlite3_bind_text64(stmt_, index, value.data(), value.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
        rc != SQLITE_OK)
        fail(db_, rc, "bind");
    return *this;
}
Statement& Statement::bind_blob(int index, std::string_view bytes) {
    if (int rc = sqlite3_bind_blob64(stmt_, index, bytes.data(), bytes.size(), SQLITE_TRANSIENT); rc != SQLITE_OK)
        fail(db_, rc, "bind");
    return *this;
}
Statement& Statement::bind_null(int index) {
    if (int rc = sqlite3_bind_null(stmt_, index); rc != SQLITE_OK) fail(db_, rc, "bind");
    return *this;
}

bool Statement::step() {
    int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    fail(db_, rc, "step");
}

void Statement::run() {
    while (step()) {
    }
}

std::string Statement::text(int col) const {
    const auto* p = sqlite3_column_text(stmt_, col);
    const int n = sqlite3_column_bytes(stmt_, col);
    return p ? std::string(reinterpret_cast<const char*>(p), static_cast<std::size_t>(n)) : std::string();
}

std::optional<std::string> Statement::opt_text(int col) const {
    if (is_null(col)) return std::nullopt;
    return text(col);
}

std::optional<std::int64_t> Statement::opt_int64(int col) const {
    if (is_null(col)) return std::nullopt;
    return int64(col);
}

void Statement::reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
}

// ---------------------------------------------------------------- Connection
Connection::Connection(const std::string& path, bool read_only) {
    const int flags = (read_only ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)) |
                      SQLITE_OPEN_NOMUTEX;
    if (int rc = sqlite3_open_v2(path.c_str(), &db_, flags, nullptr); rc != SQLITE_OK) {
        std::string msg = "open " + path + ": " + (db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc));
        sqlite3_close_v2(db_);
        db_ = nullptr;
        throw DbError(rc, msg);
    }
    sqlite3_extended_result_codes(db_, 1);
    // Writers may wait briefly for each other (e.g. the CLI during a backup);
    // readers in WAL mode never wait.
    sqlite3_busy_timeout(db_, 5000);
    exec("PRAGMA foreign_keys = ON");
    exec("PRAGMA temp_store = MEMORY");
    exec("PRAGMA cache_size = -16000");
    exec("PRAGMA mmap_size = 268435456");
}

Connection::~Connection() {
    for (auto& [sql, stmt] : cache_) sqlite3_finalize(stmt);
    sqlite3_close_v2(db_);
}

void Connection::exec(std::string_view sql) {
    std::string s(sql);
    char* err = nullptr;
    int rc = sqlite3_exec(db_, s.c_str(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        std::string msg = err ? err : sqlite3_errstr(rc);
        sqlite3_free(err);
        throw DbError(sqlite3_extended_errcode(db_), "exec: " + msg);
    }
}

void Connection::at_batch_end(std::function<void(Connection&)> fn) {
    if (batch_end_)
        batch_end_->push_back(std::move(fn));
    else
        fn(*this);
}

Statement Connection::prepare(const std::string& sql) {
    auto it = cache_.find(sql);
    if (it != cache_.end()) {
        sqlite3_reset(it->second);
        sqlite3_clear_bindings(it->second);
        return Statement(db_, it->second);
    }
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v3(db_, sql.c_str(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt,
                                nullptr);
    if (rc != SQLITE_OK) fail(db_, rc, "prepare");
    cache_.emplace(sql, stmt);
    return Statement(db_, stmt);
}

std::optional<std::int64_t> Connection::scalar_int(const std::string& sql) {
    auto st = prepare(sql);
    if (!st.step() || st.is_null(0)) return std::nullopt;
    auto v = st.int64(0);
    st.reset();
    return v;
}

// ---------------------------------------------------------------- Database
Database::Database(std::string path, int max_readers) : path_(std::move(path)), max_readers_(max_readers) {
    writer_ = std::make_unique<Connection>(path_, false);
    sqlite3_update_hook(
        writer_->raw(),
        [](void* self, int, const char*, const char* table, sqlite3_int64) {
            auto* db = static_cast<Database*>(self);
            if (std::strcmp(table, "accounts") == 0 || std::strcmp(table, "sessions") == 0) {
                db->accounts_touched_ = true;
                db->accounts_epoch_.fetch_add(1);
            }
        },
        this);
    writer_->exec("PRAGMA journal_mode = WAL");
    writer_->exec("PRAGMA synchronous = FULL");
    // Keep the WAL from growing without bound under sustained writes.
    writer_->exec("PRAGMA wal_autocheckpoint = 2000");
    migrate();
}

Database::~Database() {
    try {
        close();
    } catch (...) {
    }
}

void Database::set_durability(Durability d) {
    if (d == writer_durability_) return;
    writer_->exec(d == Durability::durable ? "PRAGMA synchronous = FULL" : "PRAGMA synchronous = NORMAL");
    writer_durability_ = d;
}

void Database::submit(WriteJob& job) {
    std::unique_lock lock(queue_mutex_);
    queue_.push_back(&job);
    while (!job.done) {
        if (leader_) {
            queue_cv_.wait(lock);
            continue;
        }
        leader_ = true;
        // Everything queued so far rides on this commit (bounded, so one
        // transaction never grows without limit under a flood).
        std::vector<WriteJob*> batch;
        while (!queue_.empty() && batch.size() < 256) {
            batch.push_back(queue_.front());
            queue_.pop_front();
        }
        lock.unlock();
        run_batch(batch);
        lock.lock();
        for (auto* j : batch) j->done = true;
        leader_ = false;
        queue_cv_.notify_all();
    }
}

void Database::end_transaction() {
    if (!accounts_touched_) return;
    accounts_touched_ = false;
    accounts_epoch_.fetch_add(1);
}

void Database::run_batch(const std::vector<WriteJob*>& batch) {
    std::lock_guard lock(write_mutex_);
    struct End {
        Database* db;
        ~End() { db->end_transaction(); }
    } end{this};
    bool durable = false;
    for (auto* j : batch) durable = durable || j->durability == Durability::durable;
    try {
        set_durability(durable ? Durability::durable : Durability::normal);
        writer_->run("BEGIN IMMEDIATE");
    } catch (...) {
        for (auto* j : batch) j->error = std::current_exception();
        return;
    }
    std::exception_ptr fatal;
    // Deferred work (Connection::at_batch_end) of the jobs that were kept.
    std::vector<std::function<void(Connection&)>> batch_end, job_end;
    for (auto* j : batch) {
        if (fatal) {
            j->error = fatal;
            continue;
        }
        bool keep = false;
        job_end.clear();
        writer_->batch_end_ = &job_end;
        try {
            writer_->run("SAVEPOINT job");
            keep = j->run(*writer_);
        } catch (...) {
            j->error = std::current_exception();
        }
        writer_->batch_end_ = nullptr;
        if (sqlite3_get_autocommit(writer_->raw())) {
            // SQLite rolled the whole transaction back (e.g. disk full): the
            // jobs before this one are gone too.
            fatal = j->error ? j->error
                             : std::make_exception_ptr(DbError(SQLITE_ABORT, "transaction rolled back"));
            for (auto* k : batch) {
                if (k == j) break;
                if (!k->error) k->error = fatal;
            }
            if (!j->error) j->error = fatal;
            continue;
        }
        try {
            if (!keep) writer_->run("ROLLBACK TO job");
            writer_->run("RELEASE job");
        } catch (...) {
            if (!j->error) j->error = std::current_exception();
        }
        if (keep && !j->error)
            for (auto& fn : job_end) batch_end.push_back(std::move(fn));
    }
    if (fatal) return;
    try {
        for (auto& fn : batch_end) fn(*writer_);
        writer_->run("COMMIT");
    } catch (...) {
        // Nothing of the batch is kept: every job learns it failed.
        auto e = std::current_exception();
        try {
            if (!sqlite3_get_autocommit(writer_->raw())) writer_->run("ROLLBACK");
        } catch (...) {
        }
        for (auto* j : batch)
            if (!j->error) j->error = e;
    }
}

std::unique_ptr<Connection> Database::acquire_reader() {
    {
        std::lock_guard lock(pool_mutex_);
        if (!idle_readers_.empty()) {
            auto c = std::move(idle_readers_.back());
            idle_readers_.pop_back();
            return c;
        }
    }
    auto c = std::make_unique<Connection>(path_, true);
    c->exec("PRAGMA query_only = ON");
    return c;
}

void Database::release_reader(std::unique_ptr<Connection> conn) {
    std::lock_guard lock(pool_mutex_);
    if (static_cast<int>(idle_readers_.size()) < max_readers_) idle_readers_.push_back(std::move(conn));
}

int Database::schema_version() {
    std::lock_guard lock(write_mutex_);
    return schema_version_of(*writer_);
}

int Database::migrate() {
    std::lock_guard lock(write_mutex_);
    writer_->exec(
        "CREATE TABLE IF NOT EXISTS schema_version ("
        " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
    int current =
        static_cast<int>(writer_->scalar_int("SELECT COALESCE(MAX(version), 0) FROM schema_version").value_or(0));
    for (const auto& m : migrations()) {
        if (m.version <= current) continue;
        writer_->exec("BEGIN IMMEDIATE");
        try {
            writer_->exec(m.sql);
            writer_->prepare("INSERT INTO schema_version(version, name, applied_at) VALUES (?, ?, "
                             "strftime('%Y-%m-%dT%H:%M:%SZ','now'))")
                .bind_all(m.version, std::string(m.name))
                .run();
            writer_->exec("COMMIT");
        } catch (...) {
            try { writer_->exec("ROLLBACK"); } catch (...) {}
            throw;
        }
        current = m.version;
    }
    return current;
}

void Database::close() {
    std::lock_guard lock(write_mutex_);
    if (!writer_) return;
    {
        std::lock_guard pool(pool_mutex_);
        idle_readers_.clear();
    }
    try {
        writer_->exec("PRAGMA optimize");
        writer_->exec("PRAGMA wal_checkpoint(TRUNCATE)");
    } catch (...) {
    }
    writer_.reset();
}

void Database::set_max_pages(long long pages) {
    std::lock_guard lock(write_mutex_);
    writer_->exec("PRAGMA max_page_count = " + std::to_string(pages));
}

bool Database::integrity_ok() {
    return read([](Connection& c) {
        auto st = c.prepare("PRAGMA integrity_check");
        bool ok = st.step() && st.text(0) == "ok";
        st.reset();
        return ok;
    });
}

int schema_version_of(Connection& c) {
    return static_cast<int>(c.scalar_int("SELECT COALESCE(MAX(version), 0) FROM schema_version").value_or(0));
}

std::unique_ptr<Connection> open_bulk_writer(const std::string& path) {
    auto c = std::make_unique<Connection>(path, false);
    c->exec("PRAGMA synchronous = NORMAL");
    return c;
}

void begin_bulk(Connection& c) { c.exec("BEGIN IMMEDIATE"); }
void commit_bulk(Connection& c) { c.exec("COMMIT"); }
void rollback_bulk(Connection& c) noexcept {
    try {
        c.exec("ROLLBACK");
    } catch (...) {
    }
}

}  // namespace pakn::server::store

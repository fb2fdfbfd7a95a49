// The baseline for durable submissions in `tools/pakn bench`: SQLite's own
// rate of one-row transactions with the server's durability settings (WAL,
// synchronous=FULL) on the same disk, for --seconds seconds. Prints one JSON
// line {"rows","seconds","rps"}. Plain sqlite3 on purpose: it measures the
// database, not our code.
//   pakn-bench-sqlite --data-dir DIR [--seconds S]
#include <sqlite3.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

namespace {

void check(int rc, sqlite3* db, const char* what) {
    if (rc == SQLITE_OK || rc == SQLITE_DONE || rc == SQLITE_ROW) return;
    std::fprintf(stderr, "pakn-bench-sqlite: %s: %s\n", what, db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
    std::exit(1);
}

}  // namespace

int main(int argc, char** argv) {
    double seconds = 5;
    std::string dir = "var";
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string key = argv[i];
        if (key == "--seconds") seconds = std::atof(argv[i + 1]);
        else if (key == "--data-dir") dir = argv[i + 1];
    }
    std::filesystem::create_directories(dir);
    const std::string path = dir + "/bench-raw.db";
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
    sqlite3* db = nullptr;
    check(sqlite3_open(path.c_str(), &db), db, "open");
    check(sqlite3_exec(db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;"
                           "CREATE TABLE t(id INTEGER PRIMARY KEY, title TEXT, content TEXT, created_at INTEGER)",
                       nullptr, nullptr, nullptr),
          db, "setup");
    sqlite3_stmt* begin = nullptr;
    sqlite3_stmt* insert = nullptr;
    sqlite3_stmt* commit = nullptr;
    check(sqlite3_prepare_v2(db, "BEGIN IMMEDIATE", -1, &begin, nullptr), db, "prepare");
    check(sqlite3_prepare_v2(db, "INSERT INTO t(title, content, created_at) VALUES (?, ?, ?)", -1, &insert, nullptr),
          db, "prepare");
    check(sqlite3_prepare_v2(db, "COMMIT", -1, &commit, nullptr), db, "prepare");
    const std::string title = "Tiêu đề";
    const std::string content(600, 'x');  // about a report's size
    long long rows = 0;
    const auto start = std::chrono::steady_clock::now();
    const auto until = start + std::chrono::duration<double>(seconds);
    while (std::chrono::steady_clock::now() < until) {
        check(sqlite3_step(begin), db, "begin");
        sqlite3_reset(begin);
        sqlite3_bind_text(insert, 1, title.data(), static_cast<int>(title.size()), SQLITE_STATIC);
        sqlite3_bind_text(insert, 2, content.data(), static_cast<int>(content.size()), SQLITE_STATIC);
        sqlite3_bind_int64(insert, 3, rows);
        check(sqlite3_step(insert), db, "insert");
        sqlite3_reset(insert);
        check(sqlite3_step(commit), db, "commit");
        sqlite3_reset(commit);
        ++rows;
    }
    const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    sqlite3_finalize(begin);
    sqlite3_finalize(insert);
    sqlite3_finalize(commit);
    sqlite3_close(db);
    std::printf("{\"rows\":%lld,\"seconds\":%.3f,\"rps\":%.1f}\n", rows, elapsed, static_cast<double>(rows) / elapsed);
    return 0;
}

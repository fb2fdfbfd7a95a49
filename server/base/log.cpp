#include "base/log.h"

#include <atomic>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <mutex>

namespace pakn::server {
namespace {

std::atomic<int> g_min_level{static_cast<int>(LogLevel::info)};
std::mutex g_write_mutex;

const char* level_name(LogLevel l) {
    switch (l) {
        case LogLevel::debug: return "debug";
        case LogLevel::info: return "info";
        case LogLevel::warn: return "warn";
        case LogLevel::error: return "error";
    }
    return "info";
}

std::string utc_timestamp() {
    using namespace std::chrono;
    const auto now = system_clock::now();
    const auto ms = duration_cast<milliseconds>(now.time_since_epoch()).count() % 1000;
    const std::time_t t = system_clock::to_time_t(now);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[96];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900, tm.tm_mon + 1,
                  tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, static_cast<int>(ms));
    return buf;
}

}  // namespace

void set_log_level(LogLevel level) { g_min_level = static_cast<int>(level); }

bool parse_log_level(std::string_view text, LogLevel& out) {
    for (auto l : {LogLevel::debug, LogLevel::info, LogLevel::warn, LogLevel::error})
        if (text == level_name(l)) {
            out = l;
            return true;
        }
    return false;
}

void log_event(LogLevel level, std::string_view event, const nlohmann::json& fields) {
    if (static_cast<int>(level) < g_min_level.load(std::memory_order_relaxed)) return;
    nlohmann::json line = nlohmann::json::object();
    line["ts"] = utc_timestamp();
    line["level"] = level_name(level);
    line["event"] = std::string(event);
    if (fields.is_object())
        for (auto it = fields.begin(); it != fields.end(); ++it) line[it.key()] = it.value();
    std::string text = line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    text.push_back('\n');
    std::lock_guard lock(g_write_mutex);
    std::fwrite(text.data(), 1, text.size(), stderr);
    std::fflush(stderr);
}

}  // namespace pakn::server

// One-line structured logs: each event is a single JSON object on stderr, so
// operators can grep it and log shippers can parse it without configuration.
#pragma once

#include <nlohmann/json.hpp>
#include <string_view>

namespace pakn::server {

enum class LogLevel { debug, info, warn, error };

// Sets the lowest level that is written (default info).
void set_log_level(LogLevel level);
// Parses "debug" / "info" / "warn" / "error"; false when unknown.
bool parse_log_level(std::string_view text, LogLevel& out);

// Writes {"ts":..., "level":..., "event": event, ...fields} as one line.
// Never throws; invalid UTF-8 in fields is replaced, never dropped silently.
void log_event(LogLevel level, std::string_view event, const nlohmann::json& fields = nlohmann::json::object());

inline void log_info(std::string_view event, const nlohmann::json& fields = nlohmann::json::object()) {
    log_event(LogLevel::info, event, fields);
}
inline void log_warn(std::string_view event, const nlohmann::json& fields = nlohmann::json::object()) {
    log_event(LogLevel::warn, event, fields);
}
inline void log_error(std::string_view event, const nlohmann::json& fields = nlohmann::json::object()) {
    log_event(LogLevel::error, event, fields);
}

}  // namespace pakn::server

// Live updates for officer inboxes and citizens (GET /api/v1/events), as
// Server-Sent Events delivered by long polling: a request waits (up to 15 s,
// inside Pistache's 20 s header timeout) until something the caller may see
// was committed, gets those events with their ids, ends, and the browser's
// EventSource reconnects with Last-Event-ID. No worker thread is held while
// waiting, no stream outlives Pistache's timeouts, and a reconnect resumes
// exactly after the last id seen: nothing is lost or repeated.
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "http/router.h"
#include "services/clock.h"

namespace pakn::server::store {
class Database;
}

namespace pakn::server::services {

class EventHub;

// Where a live stream stands: the last report event and the last
// notification delivered. Sent as the SSE id "<event>-<notification>".
struct LiveCursor {
    std::int64_t event_id = 0;
    std::int64_t notification_id = 0;
};
std::optional<LiveCursor> parse_live_cursor(std::string_view id);
std::string format_live_cursor(const LiveCursor& c);

class LiveService {
public:
    LiveService(store::Database& db, EventHub& hub, int max_wait_ms = 15000);
    ~LiveService();
    void start();
    // Answers every waiting request (shutdown) and stops the thread.
    void stop();

    // The response to GET /events for `caller`: at once when there is
    // something new (or no cursor yet), else deferred until there is.
    http::Response open(const http::Caller& caller, std::optional<std::string> last_event_id);
    std::size_t waiting() const;

private:
    struct Waiter {
        http::Caller caller;
        LiveCursor cursor;
        std::chrono::steady_clock::time_point until;
        std::shared_ptr<http::Responder> responder;
    };
    // New events for the caller after `cursor` as SSE text ("" when none);
    // advances `cursor`.
    std::string collect(const http::Caller& caller, LiveCursor& cursor);
    static http::Response sse(std::string body);
    void loop();

    store::Database& db_;
    EventHub& hub_;
    int max_wait_ms_;
    mutable std::mutex mutex_;
    std::vector<Waiter> waiters_;
    bool stopping_ = false;
    std::thread thread_;
};

}  // namespace pakn::server::services

// GET /api/v1/events: Server-Sent Events delivered by long polling. A
// request waits (up to 15 s, inside Pistache's 20 s header timeout) until
// something the principal may see was committed, gets those events with
// their ids, ends, and the browser's EventSource reconnects with
// Last-Event-ID. No worker thread is held while waiting, no response
// outlives Pistache's timeouts, and a reconnect resumes exactly after the
// last id seen: nothing is lost or repeated. The services say what is new
// (services/live.h); this file owns the wire format and the waiting.
#pragma once

#include <chrono>
#include <cstddef>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "http/message.h"
#include "services/live.h"

namespace pakn::server::http {

// The SSE text of a batch: one "id/event/data" block per item.
std::string sse_text(const services::LiveBatch& batch);

class EventStreams {
public:
    EventStreams(services::LiveService& live, int max_wait_ms = 15000);
    ~EventStreams();
    void start();
    // Answers every waiting request (shutdown) and stops the thread.
    void stop();

    // At most this many requests wait per session (a browser has one per
    // tab; one session held 3,000 in a test) and in total; more are refused
    // (429 too_many_streams, 503 server_busy) rather than held.
    static constexpr std::size_t kMaxPerSession = 8;
    static constexpr std::size_t kMaxWaiting = 4096;

    // The response to GET /events: at once when there is something new (or
    // no cursor yet), else deferred until there is or the wait ends.
    Response open(const services::Session& session, const std::optional<std::string>& last_event_id);
    std::size_t waiting() const;

private:
    struct Waiter {
        std::string session;  // the session's token hash
        services::Principal who;
        services::LiveCursor cursor;
        std::chrono::steady_clock::time_point until;
        std::shared_ptr<Responder> responder;
    };
    void loop();

    services::LiveService& live_;
    int max_wait_ms_;
    mutable std::mutex mutex_;
    std::vector<Waiter> waiters_;
    bool stopping_ = false;
    std::thread thread_;
};

}  // namespace pakn::server::http

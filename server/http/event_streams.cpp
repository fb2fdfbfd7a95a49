#include "http/event_streams.h"

#include <algorithm>

#include "base/log.h"
#include "pakn/dto.h"

namespace pakn::server::http {
namespace {

constexpr int kRetryMs = 300;  // reconnect delay the browser is told

Response sse(std::string body) {
    Response r;
    r.status = 200;
    r.body = "retry: " + std::to_string(kRetryMs) + "\n" + std::move(body);
    r.set_header("Content-Type", "text/event-stream; charset=utf-8");
    r.set_header("Cache-Control", "no-store");
    r.set_header("X-Accel-Buffering", "no");
    return r;
}

// A comment that hands the browser its cursor and asks it to come back.
Response keep_alive(const services::LiveCursor& cursor, bool comment = true) {
    return sse("id: " + services::format_live_cursor(cursor) + "\n" + (comment ? ": keep-alive\n" : "") + "\n");
}

}  // namespace

std::string sse_text(const services::LiveBatch& batch) {
    std::string out;
    for (const auto& item : batch.items) {
        out += "id: " + services::format_live_cursor(item.cursor) + "\nevent: ";
        out += item.kind == services::LiveItem::Kind::report ? "report" : "notification";
        out += "\ndata: " + encode(item.event) + "\n\n";
    }
    return out;
}

EventStreams::EventStreams(services::LiveService& live, int max_wait_ms) : live_(live), max_wait_ms_(max_wait_ms) {}

EventStreams::~EventStreams() { stop(); }

void EventStreams::start() { thread_ = std::thread([this] { loop(); }); }

void EventStreams::stop() {
    std::vector<Waiter> pending;
    {
        std::lock_guard lock(mutex_);
        if (stopping_ && !thread_.joinable()) return;
        stopping_ = true;
        pending.swap(waiters_);
    }
    live_.close();
    if (thread_.joinable()) thread_.join();
    for (auto& w : pending) w.responder->send(sse(": server restarting\n\n"));
}

std::size_t EventStreams::waiting() const {
    std::lock_guard lock(mutex_);
    return waiters_.size();
}

Response EventStreams::open(const services::Session& session, const std::optional<std::string>& last_event_id) {
    const services::Principal& who = session.principal;
    {
        std::lock_guard lock(mutex_);
        if (waiters_.size() >= kMaxWaiting) return Response::error(503, "server_busy");
        const auto mine = std::count_if(waiters_.begin(), waiters_.end(),
                                        [&](const Waiter& w) { return w.session == session.token_hash; });
        if (static_cast<std::size_t>(mine) >= kMaxPerSession) return Response::error(429, "too_many_streams");
    }
    std::optional<services::LiveCursor> cursor;
    if (last_event_id) cursor = services::parse_live_cursor(*last_event_id);
    // First connection: start from now and hand the browser its cursor.
    if (!cursor) return keep_alive(live_.start(who), false);
    auto batch = live_.collect(who, *cursor);
    if (!batch.items.empty()) return sse(sse_text(batch));
    Response deferred;
    deferred.defer = [this, key = session.token_hash, who, at = batch.cursor](std::shared_ptr<Responder> responder) {
        std::unique_lock lock(mutex_);
        if (stopping_) {
            lock.unlock();
            responder->send(keep_alive(at, false));
            return;
        }
        // Checked again where it counts: requests of one session may race here.
        const auto mine = std::count_if(waiters_.begin(), waiters_.end(), [&](const Waiter& w) { return w.session == key; });
        if (static_cast<std::size_t>(mine) >= kMaxPerSession || waiters_.size() >= kMaxWaiting) {
            lock.unlock();
            responder->send(static_cast<std::size_t>(mine) >= kMaxPerSession ? Response::error(429, "too_many_streams")
                                                                              : Response::error(503, "server_busy"));
            return;
        }
        waiters_.push_back(Waiter{key, who, at,
                                  std::chrono::steady_clock::now() + std::chrono::milliseconds(max_wait_ms_),
                                  std::move(responder)});
    };
    return deferred;
}

void EventStreams::loop() {
    std::uint64_t seen = live_.generation();
    for (;;) {
        {
            std::lock_guard lock(mutex_);
            if (stopping_) return;
        }
        const auto generation = live_.wait_for_change(seen, 500);
        const bool changed = generation != seen;
        seen = generation;
        std::vector<Waiter> due;
        const auto now = std::chrono::steady_clock::now();
        {
            std::lock_guard lock(mutex_);
            if (stopping_) return;
            auto it = waiters_.begin();
            while (it != waiters_.end()) {
                if (changed || it->until <= now) {
                    due.push_back(std::move(*it));
                    it = waiters_.erase(it);
                } else {
                    ++it;
                }
            }
        }
        std::vector<Waiter> still;
        for (auto& w : due) {
            try {
                auto batch = live_.collect(w.who, w.cursor);
                w.cursor = batch.cursor;
                if (!batch.items.empty()) {
                    w.responder->send(sse(sse_text(batch)));
                } else if (w.until <= now) {
                    // Nothing within the wait: a comment keeps the cursor and
                    // the browser reconnects.
                    w.responder->send(keep_alive(w.cursor));
                } else {
                    still.push_back(std::move(w));
                }
            } catch (const std::exception& e) {
                log_warn("live_collect_failed", {{"error", e.what()}});
                w.responder->send(sse(": error\n\n"));
            }
        }
        if (!still.empty()) {
            std::lock_guard lock(mutex_);
            for (auto& w : still) waiters_.push_back(std::move(w));
        }
    }
}

}  // namespace pakn::server::http

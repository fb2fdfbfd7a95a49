#include "services/live.h"

#include <charconv>

#include "log.h"
#include "pakn/dto_live.h"
#include "services/event_hub.h"
#include "store/db.h"
#include "store/reports_store.h"

namespace pakn::server::services {
namespace {

constexpr int kRetryMs = 300;  // reconnect delay the browser is told
constexpr int kBatch = 200;

bool center_officer(const http::Caller& c) {
    return c.officer() && (c.account.role == "dispatcher" || c.account.role == "leader" || c.account.role == "admin");
}

}  // namespace

std::optional<LiveCursor> parse_live_cursor(std::string_view id) {
    auto dash = id.find('-');
    if (dash == std::string_view::npos) return std::nullopt;
    LiveCursor c;
    auto a = id.substr(0, dash), b = id.substr(dash + 1);
    auto r1 = std::from_chars(a.data(), a.data() + a.size(), c.event_id);
    auto r2 = std::from_chars(b.data(), b.data() + b.size(), c.notification_id);
    if (r1.ec != std::errc() || r1.ptr != a.data() + a.size() || r2.ec != std::errc() ||
        r2.ptr != b.data() + b.size() || c.event_id < 0 || c.notification_id < 0)
        return std::nullopt;
    return c;
}

std::string format_live_cursor(const LiveCursor& c) {
    return std::to_string(c.event_id) + "-" + std::to_string(c.notification_id);
}

LiveService::LiveService(store::Database& db, EventHub& hub, int max_wait_ms)
    : db_(db), hub_(hub), max_wait_ms_(max_wait_ms) {}

LiveService::~LiveService() { stop(); }

void LiveService::start() { thread_ = std::thread([this] { loop(); }); }

void LiveService::stop() {
    std::vector<Waiter> pending;
    {
        std::lock_guard lock(mutex_);
        if (stopping_ && !thread_.joinable()) return;
        stopping_ = true;
        pending.swap(waiters_);
    }
    hub_.close();
    if (thread_.joinable()) thread_.join();
    for (auto& w : pending) w.responder->send(sse(": server restarting\n\n"));
}

std::size_t LiveService::waiting() const {
    std::lock_guard lock(mutex_);
    return waiters_.size();
}

http::Response LiveService::sse(std::string body) {
    http::Response r;
    r.status = 200;
    r.body = "retry: " + std::to_string(kRetryMs) + "\n" + std::move(body);
    r.set_header("Content-Type", "text/event-stream; charset=utf-8");
    r.set_header("Cache-Control", "no-store");
    r.set_header("X-Accel-Buffering", "no");
    return r;
}

std::string LiveService::collect(const http::Caller& caller, LiveCursor& cursor) {
    std::string out;
    db_.read([&](store::Connection& c) {
        store::ReportScope scope = store::ReportScope::author;
        std::int64_t unit = -1;
        if (caller.officer()) {
            scope = center_officer(caller) ? store::ReportScope::officers_all : store::ReportScope::unit;
            unit = caller.account.unit_id.value_or(-1);
        }
        auto events = store::live_events(c, cursor.event_id, scope, caller.account.id, unit, kBatch);
        // Skip over events the caller may not see, so the cursor moves on.
        const auto last_any = store::last_event_id(c);
        auto notes = store::notifications_after(c, caller.account.id, cursor.notification_id);
        const auto unread = store::count_unread(c, caller.account.id);
        for (const auto& e : events) {
            LiveEvent le;
            le.kind = "report";
            le.report_id = e.report_id;
            le.code = e.code;
            le.title = e.title;
            le.action = e.action;
            le.status = parse_status(e.to_status);
            le.unit_id = e.lead_unit_id;
            le.unread = unread;
            le.at = e.at;
            cursor.event_id = e.event_id;
            out += "id: " + format_live_cursor(cursor) + "\nevent: report\ndata: " + encode(le) + "\n\n";
        }
        for (const auto& n : notes) {
            LiveEvent le;
            le.kind = "notification";
            le.notification_id = n.id;
            le.report_id = n.report_id.value_or(0);
            le.code = n.report_code;
            le.title = n.title;
            le.unread = unread;
            le.at = n.created_at;
            cursor.notification_id = n.id;
            out += "id: " + format_live_cursor(cursor) + "\nevent: notification\ndata: " + encode(le) + "\n\n";
        }
        if (static_cast<int>(events.size()) < kBatch && cursor.event_id < last_any) cursor.event_id = last_any;
        return 0;
    });
    return out;
}

http::Response LiveService::open(const http::Caller& caller, std::optional<std::string> last_event_id) {
    std::optional<LiveCursor> cursor;
    if (last_event_id) cursor = parse_live_cursor(*last_event_id);
    if (!cursor) {
        // First connection: start from now and hand the browser its cursor.
        LiveCursor now;
        db_.read([&](store::Connection& c) {
            now.event_id = store::last_event_id(c);
            now.notification_id = store::last_notification_id(c, caller.account.id);
            return 0;
        });
        return sse("id: " + format_live_cursor(now) + "\n\n");
    }
    LiveCursor at = *cursor;
    const LiveCursor before = at;
    std::string body = collect(caller, at);
    if (!body.empty()) return sse(std::move(body));
    http::Response deferred;
    deferred.defer = [this, caller, at, before](std::shared_ptr<http::Responder> responder) {
        std::unique_lock lock(mutex_);
        if (stopping_) {
            lock.unlock();
            responder->send(sse("id: " + format_live_cursor(at) + "\n\n"));
            return;
        }
        (void)before;
        waiters_.push_back(Waiter{caller, at,
                                  std::chrono::steady_clock::now() + std::chrono::milliseconds(max_wait_ms_),
                                  std::move(responder)});
    };
    return deferred;
}

void LiveService::loop() {
    std::uint64_t seen = hub_.generation();
    for (;;) {
        {
            std::lock_guard lock(mutex_);
            if (stopping_) return;
        }
        const auto generation = hub_.wait(seen, 500);
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
                std::string body = collect(w.caller, w.cursor);
                if (!body.empty()) {
                    w.responder->send(sse(std::move(body)));
                } else if (w.until <= now) {
                    // Nothing within the wait: a comment keeps the cursor and
                    // the browser reconnects.
                    w.responder->send(sse("id: " + format_live_cursor(w.cursor) + "\n: keep-alive\n\n"));
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

}  // namespace pakn::server::services

// Live updates for officer inboxes and citizens, as data: the events a
// principal may see after a cursor, and a way to wait until something was
// committed. The HTTP edge turns batches into Server-Sent Events and owns
// the waiting requests (http/event_streams.h).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pakn/dto_live.h"
#include "services/principal.h"

namespace pakn::server::store {
class Database;
}

namespace pakn::server::services {

class EventHub;

// Where a live stream stands: the last report event and the last
// notification delivered. On the wire (SSE id): "<event>-<notification>".
struct LiveCursor {
    std::int64_t event_id = 0;
    std::int64_t notification_id = 0;
    bool operator==(const LiveCursor&) const = default;
};
std::optional<LiveCursor> parse_live_cursor(std::string_view id);
std::string format_live_cursor(const LiveCursor& c);

// One event for the stream, and the cursor just after it.
struct LiveItem {
    enum class Kind { report, notification } kind = Kind::report;
    LiveEvent event;
    LiveCursor cursor;
};

// What is new for a principal: the items in order, and where the stream
// stands after them (past events the principal may not see, too).
struct LiveBatch {
    std::vector<LiveItem> items;
    LiveCursor cursor;
};

class LiveService {
public:
    LiveService(store::Database& db, EventHub& hub);

    // Where a new stream starts: after everything committed so far.
    LiveCursor start(const Principal& who);
    // The events `who` may see after `after` (at most a batch of them).
    LiveBatch collect(const Principal& who, const LiveCursor& after);
    // Blocks until a commit of events or notifications since generation
    // `seen`, at most `timeout_ms`; returns the generation now.
    std::uint64_t wait_for_change(std::uint64_t seen, int timeout_ms);
    std::uint64_t generation() const;
    // Wakes every waiter at once (shutdown).
    void close();

private:
    store::Database& db_;
    EventHub& hub_;
};

}  // namespace pakn::server::services

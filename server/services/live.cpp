#include "services/live.h"

#include <charconv>

#include "pakn/dto_live.h"
#include "pakn/event_visibility.h"
#include "services/event_hub.h"
#include "store/db.h"
#include "store/reports_store.h"

namespace pakn::server::services {
namespace {

constexpr int kBatch = 200;

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

LiveService::LiveService(store::Database& db, EventHub& hub) : db_(db), hub_(hub) {}

LiveCursor LiveService::start(const Principal& who) {
    LiveCursor now;
    db_.read([&](store::Connection& c) {
        now.event_id = store::last_event_id(c);
        now.notification_id = store::last_notification_id(c, who.account_id);
        return 0;
    });
    return now;
}

LiveBatch LiveService::collect(const Principal& who, const LiveCursor& after) {
    LiveBatch out;
    out.cursor = after;
    db_.read([&](store::Connection& c) {
        store::ReportScope scope = store::ReportScope::author;
        std::int64_t unit = -1;
        if (who.officer()) {
            scope = who.sees_all_reports() ? store::ReportScope::officers_all : store::ReportScope::unit;
            unit = who.unit_id.value_or(-1);
        }
        auto events = store::live_events(c, after.event_id, scope, who.account_id, unit, kBatch);
        const auto last_any = store::last_event_id(c);
        auto notes = store::notifications_after(c, who.account_id, after.notification_id);
        const auto unread = store::count_unread(c, who.account_id);
        // A reporter hears of the steps their timeline shows, no others (the
        // shared table, event_visibility.h): not of a draft answer, a
        // refused draft or a unit handing the report back.
        const bool reporter = scope == store::ReportScope::author;
        for (const auto& e : events) {
            const auto action = parse_action(e.action);
            if (reporter && !(action && step_shown(*action, Audience::reporter))) {
                out.cursor.event_id = e.event_id;  // passed over, never to come again
                continue;
            }
            LiveItem item;
            item.kind = LiveItem::Kind::report;
            item.event.kind = "report";
            item.event.report_id = e.report_id;
            item.event.code = e.code;
            item.event.title = e.title;
            item.event.action = e.action;
            item.event.status = parse_status(e.to_status);
            item.event.unit_id = e.lead_unit_id;
            item.event.unread = unread;
            item.event.at = e.at;
            out.cursor.event_id = e.event_id;
            item.cursor = out.cursor;
            out.items.push_back(std::move(item));
        }
        for (const auto& n : notes) {
            LiveItem item;
            item.kind = LiveItem::Kind::notification;
            item.event.kind = "notification";
            item.event.notification_id = n.id;
            item.event.report_id = n.report_id.value_or(0);
            item.event.code = n.report_code;
            item.event.title = n.title;
            item.event.unread = unread;
            item.event.at = n.created_at;
            out.cursor.notification_id = n.id;
            item.cursor = out.cursor;
            out.items.push_back(std::move(item));
        }
        // Skip over events the principal may not see, so the cursor moves on.
        if (static_cast<int>(events.size()) < kBatch && out.cursor.event_id < last_any) out.cursor.event_id = last_any;
        return 0;
    });
    return out;
}

std::uint64_t LiveService::wait_for_change(std::uint64_t seen, int timeout_ms) { return hub_.wait(seen, timeout_ms); }

std::uint64_t LiveService::generation() const { return hub_.generation(); }

void LiveService::close() { hub_.close(); }

}  // namespace pakn::server::services

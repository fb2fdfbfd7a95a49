#include "store/officer_notices_store.h"

#include "store/reports_store.h"

namespace pakn::server::store {
namespace {

constexpr const char* kRecipientSelect =
    "SELECT id, email, COALESCE(phone, ''), notify_email, notify_sms, notify_digest, last_digest_at FROM accounts ";

NoticeRecipient read_recipient(const Statement& st) {
    NoticeRecipient r;
    r.id = st.int64(0);
    r.email = st.text(1);
    r.phone = st.text(2);
    r.by_email = st.integer(3) != 0;
    r.by_sms = st.integer(4) != 0;
    r.daily_digest = st.integer(5) != 0;
    r.last_digest_at = st.opt_int64(6);
    return r;
}

}  // namespace

std::optional<NoticeRecipient> notice_recipient(Connection& c, std::int64_t account_id) {
    auto st = c.prepare(std::string(kRecipientSelect) + "WHERE id = ? AND kind = 'officer' AND status = 'active'");
    st.bind_all(account_id);
    std::optional<NoticeRecipient> out;
    if (st.step()) out = read_recipient(st);
    st.reset();
    return out;
}

void set_notice_settings(Connection& c, std::int64_t account_id, bool by_email, bool by_sms, bool daily_digest,
                         std::int64_t now) {
    c.prepare("UPDATE accounts SET notify_email = ?, notify_sms = ?, notify_digest = ?, updated_at = ? WHERE id = ?")
        .bind_all(by_email ? 1 : 0, by_sms ? 1 : 0, daily_digest ? 1 : 0, now, account_id)
        .run();
}

std::vector<NoticeRecipient> digest_recipients(Connection& c) {
    auto st = c.prepare(std::string(kRecipientSelect) +
                        "WHERE kind = 'officer' AND status = 'active' AND notify_digest = 1 "
                        "AND (notify_email = 1 OR notify_sms = 1) ORDER BY id");
    std::vector<NoticeRecipient> out;
    while (st.step())
        out.push_back(read_recipient(st));
    st.reset();
    return out;
}

void set_last_digest(Connection& c, std::int64_t account_id, std::int64_t at) {
    c.prepare("UPDATE accounts SET last_digest_at = ? WHERE id = ?").bind_all(at, account_id).run();
}

UnreadNotices unread_notices_since(Connection& c, std::int64_t account_id, std::int64_t since, int limit) {
    UnreadNotices out;
    auto count =
        c.prepare("SELECT COUNT(*) FROM notifications WHERE account_id = ? AND read_at IS NULL AND created_at > ?");
    count.bind_all(account_id, since);
    if (count.step()) out.count = count.int64(0);
    count.reset();
    auto st = c.prepare(
        "SELECT title FROM notifications WHERE account_id = ? AND read_at IS NULL AND created_at > ? "
        "ORDER BY id DESC LIMIT ?");
    st.bind_all(account_id, since, limit);
    while (st.step())
        out.titles.push_back(st.text(0));
    st.reset();
    return out;
}

std::vector<DeadlineCandidate> unannounced_deadlines(Connection& c, std::int64_t now, std::int64_t until, int limit) {
    // reports_deadline (partial index on deadline) bounds the scan to the window.
    auto st = c.prepare(
        "SELECT r.id, r.deadline, r.step_allotted_min FROM reports r "
        "WHERE r.deadline IS NOT NULL AND r.deadline > ? AND r.deadline <= ? AND r.status IN " +
        open_statuses_sql() +
        " AND NOT EXISTS (SELECT 1 FROM deadline_warnings w WHERE w.report_id = r.id AND w.deadline = r.deadline) "
        "ORDER BY r.deadline LIMIT ?");
    st.bind_all(now, until, limit);
    std::vector<DeadlineCandidate> out;
    while (st.step())
        out.push_back({st.int64(0), st.int64(1), st.opt_int64(2)});
    st.reset();
    return out;
}

void mark_deadline_announced(Connection& c, std::int64_t report_id, std::int64_t deadline, std::int64_t now) {
    c.prepare("INSERT OR IGNORE INTO deadline_warnings(report_id, deadline, warned_at) VALUES (?,?,?)")
        .bind_all(report_id, deadline, now)
        .run();
}

}  // namespace pakn::server::store

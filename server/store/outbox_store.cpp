#include "store/outbox_store.h"

#include <optional>

#include "pakn/sms_text.h"

namespace pakn::server::store {
namespace {

OutboxRow read_row(const Statement& s) {
    OutboxRow r;
    r.id = s.int64(0);
    r.channel = s.text(1);
    r.recipient = s.text(2);
    r.body = s.text(3);
    r.purpose = s.text(4);
    r.status = s.text(5);
    r.attempts = s.integer(6);
    r.next_attempt_at = s.int64(7);
    r.created_at = s.int64(8);
    r.sent_at = s.opt_int64(9).value_or(0);
    r.last_error = s.text(10);
    return r;
}

constexpr const char* kColumns =
    "id, channel, recipient, body, purpose, status, attempts, next_attempt_at, created_at, sent_at, last_error";

}  // namespace

std::int64_t enqueue_message(Connection& c, const std::string& channel, const std::string& recipient,
                             const std::string& body, const std::string& purpose, std::int64_t now) {
    c.prepare("INSERT INTO outbox(channel, recipient, body, purpose, next_attempt_at, created_at) VALUES (?,?,?,?,?,?)")
        .bind_all(channel, recipient, body, purpose, now, now)
        .run();
    return c.last_insert_id();
}

std::vector<OutboxRow> claim_due_messages(Connection& c, std::int64_t now, int limit) {
    auto st = c.prepare(std::string("UPDATE outbox SET status = 'sending' WHERE id IN (SELECT id FROM outbox "
                                     "WHERE status = 'pending' AND next_attempt_at <= ? ORDER BY id LIMIT ?) "
                                     "RETURNING ") + kColumns);
    st.bind_all(now, limit);
    std::vector<OutboxRow> out;
    while (st.step()) out.push_back(read_row(st));
    st.reset();
    return out;
}

namespace {

// One-time codes are not kept in clear once handed over (or abandoned):
// their digits become stars, so the text keeps its length and segments.
void hide_code(Connection& c, std::int64_t id) {
    auto st = c.prepare("SELECT body FROM outbox WHERE id = ? AND purpose LIKE 'otp%'");
    st.bind_all(id);
    std::optional<std::string> body;
    if (st.step()) body = st.text(0);
    st.reset();
    if (body) c.prepare("UPDATE outbox SET body = ? WHERE id = ?").bind_all(hide_codes(*body), id).run();
}

}  // namespace

void mark_sent(Connection& c, std::int64_t id, std::int64_t now) {
    c.prepare("UPDATE outbox SET status = 'sent', sent_at = ?, attempts = attempts + 1 WHERE id = ?")
        .bind_all(now, id)
        .run();
    hide_code(c, id);
}

void mark_attempt_failed(Connection& c, std::int64_t id, int attempts, std::int64_t next_attempt_at, bool give_up,
                         const std::string& error) {
    c.prepare("UPDATE outbox SET status = ?, attempts = ?, next_attempt_at = ?, last_error = ? WHERE id = ?")
        .bind_all(std::string(give_up ? "failed" : "pending"), attempts, next_attempt_at, error, id)
        .run();
    if (give_up) hide_code(c, id);
}

int requeue_interrupted(Connection& c) {
    c.prepare("UPDATE outbox SET status = 'pending' WHERE status = 'sending'").run();
    return c.changes();
}

std::vector<OutboxRow> list_messages(Connection& c, const std::string& recipient, int limit) {
    auto st = c.prepare(std::string("SELECT ") + kColumns +
                        " FROM outbox WHERE recipient = ? ORDER BY id DESC LIMIT ?");
    st.bind_all(recipient, limit);
    std::vector<OutboxRow> out;
    while (st.step()) out.push_back(read_row(st));
    st.reset();
    return out;
}

OutboxPage outbox_page(Connection& c, const std::string& channel, const std::vector<std::string>& statuses, int limit,
                       std::int64_t offset) {
    std::string where = " WHERE (?1 = '' OR channel = ?1)";
    if (!statuses.empty()) {
        where += " AND status IN (";
        for (std::size_t i = 0; i < statuses.size(); ++i)
            where += (i ? ",?" : "?") + std::to_string(i + 2);
        where += ")";
    }
    auto bind = [&](Statement& st) {
        st.bind(1, channel);
        for (std::size_t i = 0; i < statuses.size(); ++i)
            st.bind(static_cast<int>(i + 2), statuses[i]);
    };
    OutboxPage page;
    auto count = c.prepare("SELECT COUNT(*) FROM outbox" + where);
    bind(count);
    if (count.step()) page.total = count.int64(0);
    count.reset();
    const int at = static_cast<int>(statuses.size()) + 2;
    auto st = c.prepare(std::string("SELECT ") + kColumns + " FROM outbox" + where + " ORDER BY id DESC LIMIT ?" +
                        std::to_string(at) + " OFFSET ?" + std::to_string(at + 1));
    bind(st);
    st.bind(at, limit);
    st.bind(at + 1, offset);
    while (st.step()) page.rows.push_back(read_row(st));
    st.reset();
    return page;
}

std::int64_t last_message_id(Connection& c) {
    return c.scalar_int("SELECT COALESCE(MAX(id), 0) FROM outbox").value_or(0);
}

void fail_pending_after(Connection& c, std::int64_t after_id, const std::string& reason) {
    c.prepare("UPDATE outbox SET status = 'failed', last_error = ? WHERE id > ? AND status = 'pending'")
        .bind_all(reason, after_id)
        .run();
}

}  // namespace pakn::server::store

#include "store/outbox_store.h"

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

void mark_sent(Connection& c, std::int64_t id, std::int64_t now) {
    // One-time codes are not kept in clear once handed over (or abandoned).
    c.prepare("UPDATE outbox SET status = 'sent', sent_at = ?, attempts = attempts + 1, "
              "body = CASE WHEN purpose LIKE 'otp%' THEN '[mã xác thực đã ẩn]' ELSE body END WHERE id = ?")
        .bind_all(now, id)
        .run();
}

void mark_attempt_failed(Connection& c, std::int64_t id, int attempts, std::int64_t next_attempt_at, bool give_up,
                         const std::string& error) {
    c.prepare("UPDATE outbox SET status = ?, attempts = ?, next_attempt_at = ?, last_error = ?, "
              "body = CASE WHEN ?5 AND purpose LIKE 'otp%' THEN '[mã xác thực đã ẩn]' ELSE body END WHERE id = ?6")
        .bind_all(std::string(give_up ? "failed" : "pending"), attempts, next_attempt_at, error, give_up ? 1 : 0, id)
        .run();
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

std::int64_t last_message_id(Connection& c) {
    return c.scalar_int("SELECT COALESCE(MAX(id), 0) FROM outbox").value_or(0);
}

void fail_pending_after(Connection& c, std::int64_t after_id, const std::string& reason) {
    c.prepare("UPDATE outbox SET status = 'failed', last_error = ? WHERE id > ? AND status = 'pending'")
        .bind_all(reason, after_id)
        .run();
}

}  // namespace pakn::server::store

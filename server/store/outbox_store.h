// SQL for the outbox of SMS and e-mail messages.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "store/db.h"

namespace pakn::server::store {

struct OutboxRow {
    std::int64_t id = 0;
    std::string channel, recipient, body, purpose, status;
    int attempts = 0;
    std::int64_t next_attempt_at = 0, created_at = 0;
    std::int64_t sent_at = 0;
    std::string last_error;
};

// Queues a message inside the caller's transaction: it is sent only if that
// transaction commits.
std::int64_t enqueue_message(Connection& c, const std::string& channel, const std::string& recipient,
                             const std::string& body, const std::string& purpose, std::int64_t now);
// Marks up to `limit` due messages 'sending' and returns them.
std::vector<OutboxRow> claim_due_messages(Connection& c, std::int64_t now, int limit);
void mark_sent(Connection& c, std::int64_t id, std::int64_t now);
// Back to 'pending' with the next attempt time, or 'failed' when given up.
void mark_attempt_failed(Connection& c, std::int64_t id, int attempts, std::int64_t next_attempt_at, bool give_up,
                         const std::string& error);
// Messages left 'sending' by a crash go back to 'pending' at start.
int requeue_interrupted(Connection& c);
std::vector<OutboxRow> list_messages(Connection& c, const std::string& recipient, int limit);
// One page of the outbox, newest first: messages of `channel` ("" any) whose
// status is one of `statuses` (empty: any), and how many there are in all.
struct OutboxPage {
    std::vector<OutboxRow> rows;
    std::int64_t total = 0;
};
OutboxPage outbox_page(Connection& c, const std::string& channel, const std::vector<std::string>& statuses, int limit,
                       std::int64_t offset);
// The newest message id (0 when none): a mark to act on what comes after.
std::int64_t last_message_id(Connection& c);
// Gives up every pending message queued after `after_id`, with `reason`
// (demo data: made-up phone numbers must never reach a gateway).
void fail_pending_after(Connection& c, std::int64_t after_id, const std::string& reason);

}  // namespace pakn::server::store

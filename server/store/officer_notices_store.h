// SQL for officers' notices beyond the bell: their e-mail/SMS opt-ins, the
// daily digest's bookkeeping, and the deadlines already announced.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/db.h"

namespace pakn::server::store {

// An active officer and how they want to hear (accounts.notify_*).
struct NoticeRecipient {
    std::int64_t id = 0;
    std::string email, phone;
    bool by_email = false, by_sms = false, daily_digest = false;
    std::optional<std::int64_t> last_digest_at;
};

// nullopt unless `account_id` is an active officer.
std::optional<NoticeRecipient> notice_recipient(Connection& c, std::int64_t account_id);
void set_notice_settings(Connection& c, std::int64_t account_id, bool by_email, bool by_sms, bool daily_digest,
                         std::int64_t now);
// Active officers with the daily digest and at least one channel.
std::vector<NoticeRecipient> digest_recipients(Connection& c);
void set_last_digest(Connection& c, std::int64_t account_id, std::int64_t at);

// An officer's unread notifications created after `since`: how many, and
// the newest `limit` titles.
struct UnreadNotices {
    std::int64_t count = 0;
    std::vector<std::string> titles;
};
UnreadNotices unread_notices_since(Connection& c, std::int64_t account_id, std::int64_t since, int limit);

// An open report whose step deadline falls in (now, until] and was not
// announced yet.
struct DeadlineCandidate {
    std::int64_t report_id = 0;
    std::int64_t deadline = 0;
    std::optional<std::int64_t> allotted_minutes;
};
std::vector<DeadlineCandidate> unannounced_deadlines(Connection& c, std::int64_t now, std::int64_t until, int limit);
void mark_deadline_announced(Connection& c, std::int64_t report_id, std::int64_t deadline, std::int64_t now);

}  // namespace pakn::server::store

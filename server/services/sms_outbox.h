// The one way an SMS enters the outbox: every body passes through the shared
// SMS rules (pakn/sms_text.h) here, so no call site can queue an accented or
// overlong text (issue 15 item 11).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "store/db.h"

namespace pakn::server::services {

// Queues prefix + variable + suffix for `phone` inside the caller's
// transaction, unaccented (GSM 7-bit) and within one segment: only
// `variable` (a title, a unit name) is cut, with "...".
void queue_sms(store::Connection& c, const std::string& phone, std::string_view prefix, std::string_view variable,
               std::string_view suffix, const std::string& purpose, std::int64_t now);

// A fixed text, made GSM 7-bit; cut with "..." only if it would not fit.
inline void queue_sms(store::Connection& c, const std::string& phone, std::string_view text, const std::string& purpose,
                      std::int64_t now) {
    queue_sms(c, phone, {}, text, {}, purpose, now);
}

}  // namespace pakn::server::services

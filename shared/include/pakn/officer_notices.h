// Thông báo cho cán bộ: how an officer hears of work for them or their unit
// (a new assignment, a returned result, an approved extension, a direction,
// a coming deadline). Every notice is in the app (the bell, kept while
// offline); an officer may also opt in to e-mail and/or SMS, each notice at
// once or gathered into one daily digest. The settings' wire format
// (GET/PUT /api/v1/me/notice-settings) and their rules live here, once, for
// the server and the browser. Same wire rules as dto.h; pure.
//
// [SECTION] index: DTO, rules, digest time, to_json / from_json.
#pragma once

#include <string>

#include "pakn/calendar.h"
#include "pakn/dto.h"

namespace pakn {

// [SECTION] DTO ---------------------------------------------------------------------

// by_email / by_sms: the officer's opt-ins; daily_digest: one message a day
// (kDigestHourLocal, Vietnam time) instead of one per notice. email and
// phone: where the messages go, as the account holds them (read-only here:
// the account or the admin changes them).
struct NoticeSettings {
    bool by_email = false;
    bool by_sms = false;
    bool daily_digest = false;
    std::string email;
    std::string phone;

    bool operator==(const NoticeSettings&) const = default;
};

// [SECTION] rules -------------------------------------------------------------------

// Opting in to a channel needs its address on the account: by_email
// "notice_email_missing", by_sms "notice_phone_missing". A digest without a
// channel is allowed (it just sends nothing) but pointless: daily_digest
// "notice_digest_needs_channel".
FieldErrors validate(const NoticeSettings& s, bool account_has_email, bool account_has_phone);

// [SECTION] digest time -------------------------------------------------------------

// The daily digest goes out at 07:00 Vietnam time, before office hours.
inline constexpr int kDigestHourLocal = 7;

// The latest digest time at or before `now` (07:00 today, or yesterday's
// when it is not 07:00 yet).
UnixSeconds last_digest_slot(UnixSeconds now);

// True when a digest is owed: the slot at or before `now` came after the
// last digest sent (none sent: always owed).
bool digest_due(UnixSeconds now, std::optional<UnixSeconds> last_sent);

// [SECTION] to_json / from_json ------------------------------------------------------

void to_json(nlohmann::json& j, const NoticeSettings& v);
void from_json(const nlohmann::json& j, NoticeSettings& v, FieldErrors& errors, const std::string& path = {});

}  // namespace pakn

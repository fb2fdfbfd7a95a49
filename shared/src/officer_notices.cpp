// [SECTION] index: rules, digest time, field lists (see dto_fields.h).
#include "pakn/officer_notices.h"

#include "dto_fields.h"

namespace pakn {

// [SECTION] rules

FieldErrors validate(const NoticeSettings& s, bool account_has_email, bool account_has_phone) {
    FieldErrors e;
    if (s.by_email && !account_has_email) e.push_back(field_error("by_email", "notice_email_missing"));
    if (s.by_sms && !account_has_phone) e.push_back(field_error("by_sms", "notice_phone_missing"));
    if (s.daily_digest && !s.by_email && !s.by_sms)
        e.push_back(field_error("daily_digest", "notice_digest_needs_channel"));
    return e;
}

// [SECTION] digest time

UnixSeconds last_digest_slot(UnixSeconds now) {
    LocalDateTime slot{local_date(now), kDigestHourLocal, 0, 0};
    if (to_local(now) < slot) slot.date = add_days(slot.date, -1);
    return from_local(slot);
}

bool digest_due(UnixSeconds now, std::optional<UnixSeconds> last_sent) {
    return !last_sent || *last_sent < last_digest_slot(now);
}

// [SECTION] field lists

namespace {

template <typename IO, typename V>
void fields_NoticeSettings(IO& io, V& v) {
    io.opt("by_email", v.by_email);
    io.opt("by_sms", v.by_sms);
    io.opt("daily_digest", v.daily_digest);
    io.opt("email", v.email);
    io.opt("phone", v.phone);
}

}  // namespace

PAKN_JSON_VIA_FIELDS(NoticeSettings)

}  // namespace pakn

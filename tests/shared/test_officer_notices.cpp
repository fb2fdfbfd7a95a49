// The officers' notice settings (pakn/officer_notices.h): which choices an
// account's addresses allow, and when the daily digest is owed.
#include <doctest/doctest.h>

#include "pakn/officer_notices.h"

namespace {

using namespace pakn;

TEST_CASE("officer notices: a channel needs its address, a digest needs a channel") {
    struct Row {
        bool by_email, by_sms, digest, has_email, has_phone;
        const char* field;  // the one error, or null
        const char* code;
    };
    const Row rows[] = {
        {false, false, false, false, false, nullptr, nullptr},  // the bell only
        {true, false, false, true, false, nullptr, nullptr},
        {false, true, true, false, true, nullptr, nullptr},
        {true, true, true, true, true, nullptr, nullptr},
        {true, false, false, false, true, "by_email", "notice_email_missing"},
        {false, true, false, true, false, "by_sms", "notice_phone_missing"},
        {false, false, true, true, true, "daily_digest", "notice_digest_needs_channel"},
    };
    for (const auto& r : rows) {
        CAPTURE(r.by_email);
        CAPTURE(r.by_sms);
        CAPTURE(r.digest);
        NoticeSettings s;
        s.by_email = r.by_email;
        s.by_sms = r.by_sms;
        s.daily_digest = r.digest;
        const FieldErrors e = validate(s, r.has_email, r.has_phone);
        if (!r.field) {
            CHECK(e.empty());
            continue;
        }
        REQUIRE(e.size() == 1);
        CHECK(e[0].field == r.field);
        CHECK(e[0].code == r.code);
        CHECK(!e[0].message.empty());
    }
}

TEST_CASE("officer notices: the digest's slot is 07:00 Vietnam time, today's or yesterday's") {
    const UnixSeconds six_fifty = from_local({Date{2026, 12, 7}, 6, 50, 0});
    const UnixSeconds seven = from_local({Date{2026, 12, 7}, 7, 0, 0});
    CHECK(last_digest_slot(six_fifty) == from_local({Date{2026, 12, 6}, 7, 0, 0}));
    CHECK(last_digest_slot(seven) == seven);
    CHECK(last_digest_slot(seven + 86399) == seven);
    CHECK(digest_due(seven, std::nullopt));
    CHECK(digest_due(seven, seven - 1));
    CHECK_FALSE(digest_due(seven + 3600, seven));
    // Yesterday's digest went out at 08:00: the next is owed at 07:00 today, not before.
    CHECK_FALSE(digest_due(six_fifty, six_fifty - 82800));
    CHECK(digest_due(seven, six_fifty - 82800));
}

}  // namespace

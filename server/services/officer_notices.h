// Thông báo cho cán bộ: which officers hear of what happens to a report
// (one table, kNoticeRules), and how: always in the app (the bell, kept
// while offline), and by e-mail and/or SMS through the outbox for those who
// opted in, at once or gathered into one daily digest. The settings' rules
// are shared (pakn/officer_notices.h).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "base/clock.h"
#include "pakn/officer_notices.h"
#include "pakn/workflow.h"
#include "services/principal.h"
#include "store/db.h"
#include "store/reports_store.h"

namespace pakn::server::services {

// One notice to officers about one report.
struct OfficerNotice {
    std::string kind;   // the step's code, or "due_soon" / "overdue"
    std::string title;  // "Bạn được giao xử lý phản ánh PAKN-2026-000123"
};

// The notice a step sends to officers, if any (the table's title).
std::optional<OfficerNotice> officer_notice_of(Action action, const store::ReportRow& r);

class OfficerNotices {
public:
    // `public_url` (may be empty) makes the e-mails' links absolute.
    explicit OfficerNotices(std::string public_url = {});

    // Inside the step's transaction, after it was applied to `r`: tells the
    // officers the table names for `action`, never the one who acted.
    // True when an e-mail or SMS was queued (wake the outbox).
    bool after_step(store::Connection& c, Action action, const store::ReportRow& r, const Principal& actor,
                    UnixSeconds now) const;
    // A coming or passed deadline: the officer holding the report and the
    // unit's leads, or the center's dispatchers before a unit has it.
    bool deadline(store::Connection& c, const OfficerNotice& notice, const store::ReportRow& r, UnixSeconds now) const;
    // The daily digests owed at `now` (pakn::digest_due): one e-mail and/or
    // SMS per officer listing what is still unread since the last one. How
    // many officers got one.
    int send_digests(store::Database& db, UnixSeconds now) const;

private:
    bool tell(store::Connection& c, std::int64_t officer_id, const OfficerNotice& n, const store::ReportRow& r,
              UnixSeconds now) const;
    std::string report_link(std::int64_t report_id) const;

    std::string public_url_;
};

}  // namespace pakn::server::services

// Lịch sử thao tác (issue 14 item 19): who did what on a report and in
// administration, from the timelines and the audit log already kept, for
// the admin (everything) and unit leads (their unit's reports and officers).
#pragma once

#include "pakn/dto_history.h"
#include "pakn/errors.h"
#include "services/principal.h"

namespace pakn::server::store {
class Database;
}

namespace pakn::server::services {

class HistoryService {
public:
    explicit HistoryService(store::Database& db);

    // A page (50 entries, newest first) under `q`. The admin reads every
    // entry (with addresses, without the notes of report steps); a unit lead
    // reads the steps of the reports the unit leads or co-handles and the
    // looks at personal data about them or by the unit's officers (kinds
    // workflow and personal_data only). Anyone else: 403. An unknown tracking
    // code: 422 report/report_not_found.
    Result<HistoryPage> page(const Principal& who, const HistoryQuery& q) const;

private:
    store::Database& db_;
};

}  // namespace pakn::server::services

// Thống kê đơn vị: the officers' dashboard (GET /api/v1/officer/dashboard).
// Unit officers see their own unit; the center, provincial leadership and
// admins see every report, or one lead unit's when they ask.
#pragma once

#include <cstdint>
#include <optional>

#include "pakn/dto_dashboard.h"
#include "pakn/errors.h"
#include "pakn/forms.h"
#include "base/clock.h"
#include "services/principal.h"

namespace pakn::server::store {
class Database;
}

namespace pakn::server::services {

class DashboardService {
public:
    DashboardService(store::Database& db, const Clock& clock);

    // The dashboard for `who`. q.unit: a lead unit to narrow to (center,
    // leaders and admins only; a unit officer may name only their own unit,
    // another one is 403). q.from / q.to: the period's days (default: the
    // first of this month to today). Officers with no unit and no center
    // role: 403.
    Result<UnitDashboard> build(const Principal& who, const ListQuery& q) const;

private:
    store::Database& db_;
    const Clock& clock_;
};

}  // namespace pakn::server::services

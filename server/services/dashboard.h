// Thống kê đơn vị: the officers' dashboard (GET /api/v1/officer/dashboard).
// Unit officers see their own unit; the center, provincial leadership and
// admins see every report, or one lead unit's when they ask.
#pragma once

#include <cstdint>
#include <optional>

#include "pakn/dto_dashboard.h"
#include "pakn/errors.h"
#include "base/clock.h"
#include "services/principal.h"

namespace pakn::server::store {
class Database;
}

namespace pakn::server::services {

class DashboardService {
public:
    DashboardService(store::Database& db, const Clock& clock);

    // The dashboard for `who`. `unit`: a lead unit to narrow to (center,
    // leaders and admins only; a unit officer may name only their own unit,
    // another one is 403). Officers with no unit and no center role: 403.
    Result<UnitDashboard> build(const Principal& who, std::optional<std::int64_t> unit) const;

private:
    store::Database& db_;
    const Clock& clock_;
};

}  // namespace pakn::server::services

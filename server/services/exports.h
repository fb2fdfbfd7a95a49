// The monthly-report exports ("báo cáo định kỳ") as sheets: the officer's
// inbox under its filter, and the dashboard of a period. Pure: DTOs in,
// sheets out (the HTTP edge writes them as .xlsx or CSV); the column titles
// are Vietnamese because the files are read by people, not programs.
#pragma once

#include <vector>

#include "base/spreadsheet.h"
#include "pakn/dto.h"
#include "pakn/dto_dashboard.h"

namespace pakn::server::services {

// One sheet "Hồ sơ": a row per report, in the inbox's order.
std::vector<Sheet> inbox_sheets(const std::vector<ReportSummary>& rows);

// "Tổng hợp" (the period and now), "Theo trạng thái", "Theo lĩnh vực", then
// "Theo đơn vị" (province view) or "Theo cán bộ" (one unit's view).
std::vector<Sheet> dashboard_sheets(const UnitDashboard& d);

}  // namespace pakn::server::services

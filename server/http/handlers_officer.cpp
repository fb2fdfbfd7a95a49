// Officer console endpoints beyond the report workflow: the unit dashboard
// (Thống kê đơn vị). The inbox and actions live in handlers_reports.cpp.
#include "app.h"
#include "http/handler_util.h"
#include "http/handlers.h"
#include "pakn/dto_dashboard.h"
#include "services/dashboard.h"

namespace pakn::server::http {

Response handle_officer_dashboard(Context& ctx) {
    // ?unit= is the one filter; read with the shared list-query rules so a
    // bad id gets the same field error as in the inbox.
    auto q = parse_list_query(ctx.request.query);
    if (!q) return Response::error(validation_failed(std::move(q.errors)));
    const services::DashboardService dashboard(*ctx.app.db, *ctx.app.clock);
    auto built = dashboard.build(*ctx.caller, q.value.unit);
    if (!built) return Response::error(built.error);
    auto r = dto(200, built.value);
    r.set_header("Cache-Control", "no-store");
    return r;
}

}  // namespace pakn::server::http

// Officer console endpoints beyond the report workflow: the unit dashboard
// (Thống kê đơn vị). The inbox and actions live in handlers_reports.cpp.
#include "http/handler_util.h"
#include "http/handlers.h"
#include "pakn/dto_dashboard.h"
#include "services/dashboard.h"
#include "services/reports.h"

namespace pakn::server::http {

Response handle_officer_dashboard(Context& ctx) {
    // ?unit= is the one filter; read with the shared list-query rules so a
    // bad id gets the same field error as in the inbox.
    ListQuery q;
    if (auto bad = list_query(ctx.request, q)) return *bad;
    auto r = answer(ctx.services.dashboard.build(ctx.who(), q.unit));
    r.set_header("Cache-Control", "no-store");
    return r;
}

Response handle_officer_colleagues(Context& ctx) {
    auto r = array_of(ctx.services.reports.colleagues(ctx.who()));
    r.set_header("Cache-Control", "no-store");
    return r;
}

}  // namespace pakn::server::http

// The field list of live events (see dto_fields.h).
#include "pakn/dto_live.h"

#include "dto_fields.h"

namespace pakn {
namespace {

template <typename IO, typename V>
void fields_LiveEvent(IO& io, V& v) {
    io.req("kind", v.kind);
    io.opt_omit_zero("report_id", v.report_id);
    io.opt("code", v.code);
    io.opt("title", v.title);
    io.opt("action", v.action);
    io.opt_enum("status", v.status, parse_status, "invalid_status");
    io.opt("unit_id", v.unit_id);
    io.opt_omit_zero("notification_id", v.notification_id);
    io.opt("unread", v.unread);
    io.req_time("at", v.at);
}

}  // namespace

PAKN_JSON_VIA_FIELDS(LiveEvent)

}  // namespace pakn

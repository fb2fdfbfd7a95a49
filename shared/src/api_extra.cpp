// The field lists of chunked uploads and live events (see dto_fields.h).
#include "pakn/api_extra.h"

#include "dto_fields.h"

namespace pakn {
namespace {

template <typename IO, typename V>
void fields_UploadStartRequest(IO& io, V& v) {
    io.req("name", v.name);
    io.req("size", v.size);
}

template <typename IO, typename V>
void fields_UploadStartResponse(IO& io, V& v) {
    io.req("upload_id", v.upload_id);
    io.req("chunk_size", v.chunk_size);
}

template <typename IO, typename V>
void fields_UploadProgress(IO& io, V& v) {
    io.req("received", v.received);
}

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

PAKN_JSON_VIA_FIELDS(UploadStartRequest)
PAKN_JSON_VIA_FIELDS(UploadStartResponse)
PAKN_JSON_VIA_FIELDS(UploadProgress)
PAKN_JSON_VIA_FIELDS(LiveEvent)

}  // namespace pakn

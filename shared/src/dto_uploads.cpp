// The field lists of chunked uploads (see dto_fields.h).
#include "pakn/dto_uploads.h"

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

}  // namespace

PAKN_JSON_VIA_FIELDS(UploadStartRequest)
PAKN_JSON_VIA_FIELDS(UploadStartResponse)
PAKN_JSON_VIA_FIELDS(UploadProgress)

}  // namespace pakn

// Attachment endpoints: whole-body uploads, chunked uploads, downloads.
#include <charconv>

#include "http/handler_util.h"
#include "http/handlers.h"
#include "pakn/dto_uploads.h"
#include "pakn/files.h"
#include "pakn/url.h"
#include "services/crypto.h"

namespace pakn::server::http {
namespace {

// The file name travels percent-encoded in X-File-Name (headers are ASCII).
std::string file_name_of(const Request& req) {
    auto raw = req.header("x-file-name");
    if (!raw) return "";
    return pakn::percent_decode(*raw).value_or("");
}

}  // namespace

Response handle_attachment_upload(Context& ctx) {
    return answer(ctx.services.attachments.store_whole(ctx.who(), file_name_of(ctx.request), ctx.request.body), 201);
}

Response handle_upload_start(Context& ctx) {
    UploadStartRequest body;
    if (auto bad = decode_body(ctx.request, body)) return *bad;
    auto started = ctx.services.attachments.start_upload(ctx.who(), body.name, body.size);
    if (!started) return Response::error(started.error);
    return dto(201, UploadStartResponse{started.value.upload_id, started.value.chunk_size});
}

Response handle_upload_chunk(Context& ctx) {
    auto id = ctx.request.param("id");
    auto offset_text = ctx.request.query_value("offset");
    std::int64_t offset = -1;
    if (offset_text) std::from_chars(offset_text->data(), offset_text->data() + offset_text->size(), offset);
    if (!id || offset < 0) return Response::error(400, "malformed_request");
    auto received = ctx.services.attachments.append_chunk(ctx.who(), std::string(*id), offset, ctx.request.body);
    if (!received) return Response::error(received.error);
    return dto(200, UploadProgress{received.value});
}

Response handle_upload_complete(Context& ctx) {
    return answer(
        ctx.services.attachments.complete_upload(ctx.who(), std::string(ctx.request.param("id").value_or(""))), 201);
}

Response handle_upload_abort(Context& ctx) {
    ctx.services.attachments.abort_upload(ctx.who(), std::string(ctx.request.param("id").value_or("")));
    return no_content();
}

Response handle_attachment_get(Context& ctx) {
    auto id = id_param(ctx.request);
    if (!id) return Response::error(404, "not_found");
    auto file = ctx.services.attachments.open(ctx.principal(), *id);
    if (!file) return Response::error(file.error);
    Response r;
    r.file_path = file.value.path;
    r.set_header("Content-Type", file.value.mime);
    r.set_header("X-Content-Type-Options", "nosniff");
    r.set_header("Content-Disposition", content_disposition(file.value.name, file.value.show_inline));
    r.set_header("Cache-Control", "private, max-age=3600");
    r.set_header("Content-Security-Policy", "default-src 'none'; img-src 'self'; sandbox");
    return r;
}

}  // namespace pakn::server::http

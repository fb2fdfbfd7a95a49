// Attachment endpoints: whole-body uploads, chunked uploads, downloads.
#include <charconv>

#include "app.h"
#include "http/convert.h"
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

// RFC 6266: an ASCII fallback plus the UTF-8 name.
std::string content_disposition(const std::string& name, bool inline_view) {
    std::string ascii;
    for (unsigned char c : name) ascii.push_back(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' ? static_cast<char>(c) : '_');
    const std::string encoded = percent_encode(name);
    return std::string(inline_view ? "inline" : "attachment") + "; filename=\"" + ascii +
           "\"; filename*=UTF-8''" + encoded;
}

}  // namespace

Response handle_attachment_upload(Context& ctx) {
    auto stored = ctx.app.attachments->store_whole(*ctx.caller, file_name_of(ctx.request), ctx.request.body);
    if (!stored) return Response::error(stored.error);
    return dto(201, to_attachment(stored.value));
}

Response handle_upload_start(Context& ctx) {
    UploadStartRequest body;
    if (auto bad = decode_body(ctx.request, body)) return *bad;
    auto started = ctx.app.attachments->start_upload(*ctx.caller, body.name, body.size);
    if (!started) return Response::error(started.error);
    return dto(201, UploadStartResponse{started.value.upload_id, started.value.chunk_size});
}

Response handle_upload_chunk(Context& ctx) {
    auto id = ctx.request.param("id");
    auto offset_text = ctx.request.query_value("offset");
    std::int64_t offset = -1;
    if (offset_text) std::from_chars(offset_text->data(), offset_text->data() + offset_text->size(), offset);
    if (!id || offset < 0) return Response::error(400, "malformed_request");
    auto received = ctx.app.attachments->append_chunk(*ctx.caller, std::string(*id), offset, ctx.request.body);
    if (!received) return Response::error(received.error);
    return dto(200, UploadProgress{received.value});
}

Response handle_upload_complete(Context& ctx) {
    auto id = ctx.request.param("id");
    auto done = ctx.app.attachments->complete_upload(*ctx.caller, std::string(id.value_or("")));
    if (!done) return Response::error(done.error);
    return dto(201, to_attachment(done.value));
}

Response handle_upload_abort(Context& ctx) {
    ctx.app.attachments->abort_upload(*ctx.caller, std::string(ctx.request.param("id").value_or("")));
    return no_content();
}

Response handle_attachment_get(Context& ctx) {
    auto id = id_param(ctx.request);
    if (!id) return Response::error(404, "not_found");
    auto row = ctx.app.db->read([&](store::Connection& c) { return store::find_attachment(c, *id); });
    if (!row) return Response::error(404, "not_found");
    bool allowed = false;
    if (row->report_id) {
        // Visible exactly when its report is, and for the public only the
        // published answer's files.
        auto view = ctx.app.reports->view(ctx.caller, *row->report_id);
        if (view) {
            allowed = view.value.visibility != services::Visibility::published || row->purpose == "result";
        }
    } else {
        // Not yet in a report: only the person who uploaded it.
        allowed = ctx.caller && row->uploaded_by && *row->uploaded_by == ctx.caller->account.id;
    }
    if (!allowed) return Response::error(404, "not_found");
    Response r;
    r.file_path = ctx.app.attachments->path_of(row->sha256);
    r.set_header("Content-Type", row->mime);
    r.set_header("X-Content-Type-Options", "nosniff");
    // Images and PDFs may show in the app; everything else downloads.
    const bool inline_view = row->kind == "image" || row->mime == "application/pdf";
    r.set_header("Content-Disposition", content_disposition(row->name, inline_view));
    r.set_header("Cache-Control", "private, max-age=3600");
    r.set_header("Content-Security-Policy", "default-src 'none'; img-src 'self'; sandbox");
    return r;
}

}  // namespace pakn::server::http

#include "http/static_files.h"

#include <brotli/decode.h>
#include <zlib.h>

#include <algorithm>
#include <cctype>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace pakn::server::http {
namespace fs = std::filesystem;
namespace {

std::string read_file(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

}  // namespace

// FNV-1a 64.
std::string content_etag(std::string_view data) {
    std::uint64_t h = 1469598103934665603ULL;
    for (unsigned char c : data) {
        h ^= c;
        h *= 1099511628211ULL;
    }
    char buf[24];
    std::snprintf(buf, sizeof buf, "\"%016llx\"", static_cast<unsigned long long>(h));
    return buf;
}

namespace {

bool compressible(std::string_view type) {
    return type.starts_with("text/") || type.starts_with("application/javascript") ||
           type.starts_with("application/json") || type.starts_with("application/manifest") ||
           type == "application/wasm" || type == "image/svg+xml" || type == "font/ttf" || type == "font/otf";
}

std::string_view extension(std::string_view path) {
    auto slash = path.rfind('/');
    auto dot = path.rfind('.');
    if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) return {};
    return path.substr(dot);
}

bool accepts(const Request& r, std::string_view coding) {
    auto ae = r.header("accept-encoding");
    return ae && accepts_encoding(*ae, coding);
}

std::string_view trim_ows(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

bool iequals(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

}  // namespace

bool accepts_encoding(std::string_view header, std::string_view coding) {
    while (!header.empty()) {
        const auto comma = header.find(',');
        std::string_view item = header.substr(0, comma);
        header = comma == std::string_view::npos ? std::string_view{} : header.substr(comma + 1);
        const auto semi = item.find(';');
        if (!iequals(trim_ows(item.substr(0, semi)), coding)) continue;
        if (semi == std::string_view::npos) return true;
        // "q=0", "q=0.0", "q=0.000" refuse it; any other weight accepts.
        std::string_view q = trim_ows(item.substr(semi + 1));
        if (q.size() < 2 || (q[0] != 'q' && q[0] != 'Q') || q[1] != '=') return true;
        q.remove_prefix(2);
        const bool zero = !q.empty() && q[0] == '0' &&
                          q.find_first_not_of("0.", 0) == std::string_view::npos;
        return !zero;
    }
    return false;
}

std::string verified_brotli(std::string compressed, std::string_view original) {
    std::string decoded(original.size(), '\0');
    std::size_t size = decoded.size();
    if (BrotliDecoderDecompress(compressed.size(), reinterpret_cast<const std::uint8_t*>(compressed.data()), &size,
                                reinterpret_cast<std::uint8_t*>(decoded.data())) != BROTLI_DECODER_RESULT_SUCCESS ||
        size != original.size() || decoded != original)
        return {};
    return compressed;
}

std::string content_type_for(std::string_view path) {
    static const std::pair<std::string_view, std::string_view> kTypes[] = {
        {".html", "text/html; charset=utf-8"},
        {".js", "application/javascript; charset=utf-8"},
        {".mjs", "application/javascript; charset=utf-8"},
        {".wasm", "application/wasm"},
        {".css", "text/css; charset=utf-8"},
        {".json", "application/json; charset=utf-8"},
        {".webmanifest", "application/manifest+json; charset=utf-8"},
        {".svg", "image/svg+xml"},
        {".png", "image/png"},
        {".ico", "image/x-icon"},
        {".ttf", "font/ttf"},
        {".otf", "font/otf"},
        {".woff2", "font/woff2"},
        {".txt", "text/plain; charset=utf-8"},
        {".data", "application/octet-stream"},
    };
    auto ext = extension(path);
    for (const auto& [e, t] : kTypes)
        if (e == ext) return std::string(t);
    return "application/octet-stream";
}

std::string gzip_compress(std::string_view data, int level) {
    z_stream zs{};
    if (deflateInit2(&zs, level, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY) != Z_OK) return {};
    std::string out;
    out.resize(deflateBound(&zs, data.size()) + 32);
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    zs.avail_in = static_cast<uInt>(data.size());
    zs.next_out = reinterpret_cast<Bytef*>(out.data());
    zs.avail_out = static_cast<uInt>(out.size());
    const int rc = deflate(&zs, Z_FINISH);
    out.resize(zs.total_out);
    deflateEnd(&zs);
    return rc == Z_STREAM_END ? out : std::string();
}

bool is_unsafe_path(std::string_view path) {
    if (path.find('\0') != std::string_view::npos || path.find('\\') != std::string_view::npos) return true;
    if (path.find("//") != std::string_view::npos) return true;
    // Any "." or ".." segment, also when percent-encoded (%2e).
    std::size_t start = 0;
    while (start <= path.size()) {
        auto end = path.find('/', start);
        if (end == std::string_view::npos) end = path.size();
        auto seg = path.substr(start, end - start);
        if (seg == "." || seg == ".." || seg.find("%2e") != std::string_view::npos ||
            seg.find("%2E") != std::string_view::npos || seg.find("%2f") != std::string_view::npos ||
            seg.find("%2F") != std::string_view::npos || seg.find("%5c") != std::string_view::npos ||
            seg.find("%5C") != std::string_view::npos || seg.find("%00") != std::string_view::npos)
            return true;
        start = end + 1;
    }
    return false;
}

void StaticFiles::load(const std::string& root) {
    files_.clear();
    std::error_code ec;
    if (!fs::is_directory(root, ec)) return;
    for (auto it = fs::recursive_directory_iterator(root, ec); !ec && it != fs::recursive_directory_iterator();
         it.increment(ec)) {
        if (!it->is_regular_file()) continue;
        std::string rel = "/" + fs::relative(it->path(), root).generic_string();
        if (rel.ends_with(".gz") || rel.ends_with(".br")) continue;  // copies, not files of their own
        StaticFile f;
        f.content_type = content_type_for(rel);
        auto body = read_file(it->path());
        f.etag = content_etag(body);
        // The shell, the loader and the service worker must be revalidated on
        // every visit (cheap 304s) so a deployment is picked up at once;
        // icons and fonts may be cached for a week.
        const bool long_lived = rel.starts_with("/icons/") || rel.ends_with(".ttf") || rel.ends_with(".png");
        f.cache_control = long_lived ? "public, max-age=604800" : "no-cache";
        if (compressible(f.content_type) && body.size() > 512) {
            auto gz = gzip_compress(body);
            if (!gz.empty() && gz.size() + 64 < body.size())
                f.gzip_body = std::make_shared<const std::string>(std::move(gz));
        }
        const fs::path br = it->path().string() + ".br";
        if (compressible(f.content_type) && fs::is_regular_file(br, ec)) {
            auto verified = verified_brotli(read_file(br), body);
            if (!verified.empty()) f.brotli_body = std::make_shared<const std::string>(std::move(verified));
        }
        f.body = std::make_shared<const std::string>(std::move(body));
        files_.emplace(std::move(rel), std::move(f));
    }
}

const StaticFile* StaticFiles::find(const std::string& rel) const {
    auto it = files_.find(rel);
    return it == files_.end() ? nullptr : &it->second;
}

std::string_view StaticFiles::shell() const {
    const StaticFile* f = find("/index.html");
    return f ? std::string_view(*f->body) : std::string_view();
}

Response StaticFiles::serve(const Request& request) const {
    if (is_unsafe_path(request.path)) return Response::error(400, "malformed_request");
    std::string rel = request.path == "/" ? "/index.html" : request.path;
    const StaticFile* f = find(rel);
    if (!f && extension(rel).empty()) f = find("/index.html");  // deep link into the app
    if (!f) {
        if (files_.empty() && extension(rel).empty())
            return Response::text(503, "PAKN: web app not built. Run: tools/pakn build\n");
        return Response::text(404, "Không tìm thấy trang yêu cầu (404)\n");
    }
    Response r;
    r.set_header("Content-Type", f->content_type);
    r.set_header("Cache-Control", f->cache_control);
    r.set_header("ETag", f->etag);
    if (f->gzip_body || f->brotli_body) r.set_header("Vary", "Accept-Encoding");
    if (request.if_none_match(f->etag)) {
        r.status = 304;
        return r;
    }
    if (f->brotli_body && accepts(request, "br")) {
        r.set_header("Content-Encoding", "br");
        r.shared_body = f->brotli_body;
    } else if (f->gzip_body && accepts(request, "gzip")) {
        r.set_header("Content-Encoding", "gzip");
        r.shared_body = f->gzip_body;
    } else {
        r.shared_body = f->body;
    }
    return r;
}

}  // namespace pakn::server::http

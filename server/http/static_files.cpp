#include "http/static_files.h"

#include <brotli/decode.h>
#include <zlib.h>

#include <algorithm>
#include <cctype>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

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

bool has_versioned_name(std::string_view rel) {
    const std::string_view ext = extension(rel);
    return rel != "/sw.js" && (ext == ".js" || ext == ".css" || ext == ".wasm");
}

namespace {

constexpr std::string_view kVersionPrefix = "/v/";
constexpr std::size_t kFingerprintChars = 16;
constexpr const char* kImmutable = "public, max-age=31536000, immutable";

// "\"0123456789abcdef\"" -> "0123456789abcdef".
std::string fingerprint_of(const std::string& etag) { return etag.substr(1, kFingerprintChars); }

void compress_copies(StaticFile& f) {
    f.gzip_body.reset();
    if (compressible(f.content_type) && f.body->size() > 512) {
        auto gz = gzip_compress(*f.body);
        if (!gz.empty() && gz.size() + 64 < f.body->size())
            f.gzip_body = std::make_shared<const std::string>(std::move(gz));
    }
}

}  // namespace

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
        // (Under their fixed names, for pages loaded before a deployment.)
        const bool long_lived = rel.starts_with("/icons/") || rel.ends_with(".ttf") || rel.ends_with(".png");
        f.cache_control = long_lived ? "public, max-age=604800" : "no-cache";
        if (has_versioned_name(rel))
            f.versioned = std::string(kVersionPrefix) + fingerprint_of(f.etag) + rel;
        const fs::path br = it->path().string() + ".br";
        if (compressible(f.content_type) && fs::is_regular_file(br, ec)) {
            auto verified = verified_brotli(read_file(br), body);
            if (!verified.empty()) f.brotli_body = std::make_shared<const std::string>(std::move(verified));
        }
        f.body = std::make_shared<const std::string>(std::move(body));
        compress_copies(f);
        files_.emplace(std::move(rel), std::move(f));
    }
    name_versions_in_shell();
}

void StaticFiles::name_versions_in_shell() {
    auto it = files_.find("/index.html");
    if (it == files_.end()) return;
    StaticFile& shell = it->second;
    std::string html = *shell.body;
    nlohmann::json assets = nlohmann::json::object();
    for (const auto& [rel, f] : files_) {
        if (f.versioned.empty()) continue;
        assets[rel] = f.versioned;
        // src="/boot.js", href="/app.css": the shell's own references.
        const std::string from = "=\"" + rel + "\"", to = "=\"" + f.versioned + "\"";
        for (auto at = html.find(from); at != std::string::npos; at = html.find(from, at + to.size()))
            html.replace(at, from.size(), to);
    }
    // The type keeps the browser (and the CSP) from running it; "</" would
    // end the element early, "<\/" is the same JSON string.
    std::string listed = assets.dump();
    for (auto at = listed.find("</"); at != std::string::npos; at = listed.find("</", at + 3))
        listed.replace(at, 2, "<\\/");
    std::string map = "<script id=\"pakn-assets\" type=\"application/json\">" + listed + "</script>\n";
    // The wasm is most of the bytes, and its request would wait for boot.js
    // and then pakn.js to arrive and run: two round trips on a phone
    // network. Asked from the head it downloads alongside them. (As a CORS
    // fetch with same-origin credentials: the request Emscripten's
    // instantiateStreaming makes, so the browser hands it the preloaded one.)
    struct Preload {
        const char* rel;
        const char* attributes;
    };
    for (const Preload& p : {Preload{"/pakn.js", "as=\"script\""}, Preload{"/pakn.wasm", "as=\"fetch\" crossorigin"}}) {
        const std::string named = versioned(p.rel);
        if (!named.empty()) map += "<link rel=\"preload\" href=\"" + named + "\" " + p.attributes + ">\n";
    }
    const auto head_end = html.find("</head>");
    if (head_end == std::string::npos) return;  // not the app's shell: leave it as built
    html.insert(head_end, map);
    shell.etag = content_etag(html);
    shell.brotli_body.reset();  // the build's copy is of the file before the rewrite
    shell.body = std::make_shared<const std::string>(std::move(html));
    compress_copies(shell);
}

std::string StaticFiles::versioned(std::string_view rel) const {
    auto it = files_.find(rel);
    return it == files_.end() ? std::string() : it->second.versioned;
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
    bool immutable = false;
    if (rel.starts_with(kVersionPrefix)) {
        // /v/<fingerprint>/<file>: only the fingerprint of the file as it is
        // now; another (an older deployment's) is gone, never someone else's.
        const std::size_t name_at = kVersionPrefix.size() + kFingerprintChars;
        const StaticFile* current = rel.size() > name_at ? find(rel.substr(name_at)) : nullptr;
        if (!current || current->versioned != rel) return Response::text(404, "Không tìm thấy trang yêu cầu (404)\n");
        rel = rel.substr(kVersionPrefix.size() + kFingerprintChars);
        immutable = true;
    }
    const StaticFile* f = find(rel);
    if (!f && extension(rel).empty()) f = find("/index.html");  // deep link into the app
    if (!f) {
        if (files_.empty() && extension(rel).empty())
            return Response::text(503, "PAKN: web app not built. Run: tools/pakn build\n");
        return Response::text(404, "Không tìm thấy trang yêu cầu (404)\n");
    }
    Response r;
    r.set_header("Content-Type", f->content_type);
    r.set_header("Cache-Control", immutable ? kImmutable : f->cache_control);
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

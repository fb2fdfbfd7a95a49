// The built web app (index.html, wasm, JS, fonts, icons), loaded into memory
// at start with a gzip copy of every compressible file, and the brotli copy
// the build made beside the big ones (pakn.wasm.br: brotli's best quality
// takes seconds, too slow for every start), so serving it costs a lookup and
// a write. Only files found under the web root at start exist:
// no request path can reach anything else on disk.
//
// The app's code and styles are also served under names that change with
// their content, /v/<fingerprint>/pakn.wasm, cached for a year as
// immutable: a warm start asks the network for the shell only (one
// revalidation instead of a chain of them, boot.js -> pakn.js -> wasm). The
// shell names them so: its references are rewritten at load, and a JSON map
// (<script id="pakn-assets">) tells boot.js where the rest is.
#pragma once

#include <map>
#include <memory>
#include <string>

#include "http/message.h"

namespace pakn::server::http {

struct StaticFile {
    std::string content_type;
    std::shared_ptr<const std::string> body;
    std::shared_ptr<const std::string> gzip_body;    // null when compression does not pay
    std::shared_ptr<const std::string> brotli_body;  // the build's FILE.br, null when absent or stale
    std::string etag;
    std::string cache_control;
    std::string versioned;  // "/v/<16 hex>/pakn.js", empty for files kept at one name
};

// The files served under content-named paths (the rest keep one name: the
// shell, the service worker, the manifest and icons it names, fonts).
bool has_versioned_name(std::string_view rel);

class StaticFiles {
public:
    // Loads every regular file under `root`; a missing root leaves it empty
    // (the API still works; "/" explains the app is not built).
    void load(const std::string& root);
    std::size_t size() const { return files_.size(); }

    // Serves GET/HEAD for a non-API path: exact file, else the app shell for
    // extension-less deep links (/bao-cao/123), else 404.
    Response serve(const Request& request) const;
    // The app shell (index.html) that public pages are rendered into; empty
    // when the app is not built.
    std::string_view shell() const;
    // The content-named path of `rel` ("/pakn.wasm"), or "" when it has none.
    std::string versioned(std::string_view rel) const;

private:
    const StaticFile* find(const std::string& rel) const;
    // Points the shell at the content-named files (after every file is loaded).
    void name_versions_in_shell();
    std::map<std::string, StaticFile, std::less<>> files_;
};

// A strong ETag ("\"<16 hex>\"") fingerprinting `data` (not a security property).
std::string content_etag(std::string_view data);
// Content type by file extension ("application/wasm" for .wasm, ...).
std::string content_type_for(std::string_view path);
// gzip-compresses (RFC 1952) at the given level.
std::string gzip_compress(std::string_view data, int level = 9);
// True when an Accept-Encoding header value lists `coding` ("br", "gzip")
// without refusing it with q=0 (RFC 9110 12.5.3; tokens case-insensitive).
bool accepts_encoding(std::string_view accept_encoding, std::string_view coding);
// `compressed` when it is brotli that decodes to exactly `original`, else "":
// a FILE.br left from an older build is never served for a newer FILE.
std::string verified_brotli(std::string compressed, std::string_view original);
// True for a request path that must never be served: "..", "\\", NUL, "//".
bool is_unsafe_path(std::string_view path);

}  // namespace pakn::server::http

// Server configuration: defaults, then PAKN_* environment variables, then
// command-line flags (flags win). Parsing reports errors as text, never exits.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace pakn::server {

struct Config {
    std::string host = "127.0.0.1";
    int port = 8080;
    std::string data_dir = "var";
    std::string web_root = "build/wasm/web";
    int threads = 0;  // 0: 8 x CPU count, clamped to 16..256
    std::string log_level = "info";
    bool log_requests = true;
    bool demo = false;           // fill demo data on first start
    std::string tls_cert;        // PEM; with tls_key enables HTTPS
    std::string tls_key;
    std::string public_url;      // e.g. https://pakn.khanhhoa.gov.vn (QR code, links in SMS)
    // Reverse proxies whose X-Forwarded-For / X-Forwarded-Proto are believed.
    std::vector<std::string> trusted_proxies;
    // SMS delivery: "file" writes <data-dir>/sms.log (local use, tests);
    // "http" calls a gateway (see docs/operations.md).
    std::string sms_provider = "file";
    std::string sms_url;        // template with {to} {body} {id}
    std::string sms_body;       // POST body template; empty: GET
    std::string sms_user, sms_password, sms_token;
    // Officers' e-mail notices: "file" writes <data-dir>/email.log; "smtp"
    // hands them to a relay.
    std::string email_provider = "file";
    std::string smtp_url, smtp_from, smtp_user, smtp_password;
    int scrypt_log2_n = 15;     // password hashing cost (tests lower it)
    // Caps the database size in pages (tests of a full disk); 0: no cap.
    long long max_db_pages = 0;
    // Bytes one account may hold in files no sent report carries (unfinished
    // uploads, files in no report or in a draft): one report's worth, 5 videos.
    long long upload_quota_bytes = 500ll << 20;
    // Free space kept on the data folder's disk: no upload is taken that
    // would leave less than the larger of these.
    long long disk_floor_bytes = 1ll << 30;
    int disk_floor_percent = 5;
    // The base map (nền bản đồ): an MBTiles file served at /tiles/{z}/{x}/{y},
    // or an outside XYZ URL template with the attribution its licence needs.
    // None: the maps draw the commune boundaries alone.
    std::string tiles_mbtiles;
    std::string tiles_url;
    std::string tiles_attribution;

    std::string db_path() const { return data_dir + "/pakn.db"; }
    bool tls() const { return !tls_cert.empty() && !tls_key.empty(); }
    int effective_threads() const;
    // HTTP reactors (parse, read, write): one per core, at least 2.
    int reactor_threads() const;
};

// Applies environment variables (PAKN_HOST, PAKN_PORT, PAKN_DATA_DIR,
// PAKN_WEB_ROOT, PAKN_THREADS, PAKN_LOG_LEVEL, PAKN_TLS_CERT, PAKN_TLS_KEY,
// PAKN_PUBLIC_URL, PAKN_UPLOAD_QUOTA_MB, PAKN_DISK_FLOOR_MB,
// PAKN_DISK_FLOOR_PERCENT, ...) then flags; returns an error message or nullopt.
// Unknown flags are errors so typos do not silently run a default.
std::optional<std::string> parse_config(Config& config, const std::vector<std::string>& args,
                                        std::vector<std::string>* positional = nullptr);

// Usage text for `pakn-server serve --help`.
std::string config_usage();

}  // namespace pakn::server

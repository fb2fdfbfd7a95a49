#include "app/config.h"

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <thread>

#include "pakn/tiles.h"

namespace pakn::server {
namespace {

bool parse_int(const std::string& s, int& out, int lo, int hi) {
    int v = 0;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || p != s.data() + s.size() || v < lo || v > hi) return false;
    out = v;
    return true;
}

struct Option {
    const char* flag;
    const char* env;
    // Applies a value; returns an error message or "".
    std::string (*apply)(Config&, const std::string&);
    bool takes_value;
};

std::string set_port(Config& c, const std::string& v) {
    return parse_int(v, c.port, 0, 65535) ? "" : "invalid port: " + v;
}
std::string set_scrypt(Config& c, const std::string& v) {
    return parse_int(v, c.scrypt_log2_n, 10, 20) ? "" : "invalid scrypt cost (10..20): " + v;
}
std::string set_max_db_pages(Config& c, const std::string& v) {
    int pages = 0;
    if (!parse_int(v, pages, 0, 2000000000)) return "invalid page count: " + v;
    c.max_db_pages = pages;
    return "";
}
// Sizes are given in MiB (1,048,576 bytes).
std::string set_upload_quota(Config& c, const std::string& v) {
    int mib = 0;
    if (!parse_int(v, mib, 1, 1 << 20)) return "invalid upload quota (1..1048576 MiB): " + v;
    c.upload_quota_bytes = static_cast<long long>(mib) << 20;
    return "";
}
std::string set_disk_floor(Config& c, const std::string& v) {
    int mib = 0;
    if (!parse_int(v, mib, 0, 1 << 24)) return "invalid disk floor (0..16777216 MiB): " + v;
    c.disk_floor_bytes = static_cast<long long>(mib) << 20;
    return "";
}
std::string set_disk_floor_percent(Config& c, const std::string& v) {
    return parse_int(v, c.disk_floor_percent, 0, 90) ? "" : "invalid disk floor percent (0..90): " + v;
}
std::string set_sms_provider(Config& c, const std::string& v) {
    if (v != "file" && v != "http") return "unknown SMS provider: " + v + " (file|http)";
    c.sms_provider = v;
    return "";
}
std::string set_email_provider(Config& c, const std::string& v) {
    if (v != "file" && v != "smtp") return "unknown e-mail provider: " + v + " (file|smtp)";
    c.email_provider = v;
    return "";
}
// "10.0.0.2,127.0.0.1": exact addresses, as the proxy connects from them.
std::string set_trusted_proxies(Config& c, const std::string& v) {
    c.trusted_proxies.clear();
    std::size_t start = 0;
    while (start <= v.size()) {
        auto end = v.find(',', start);
        if (end == std::string::npos) end = v.size();
        std::string one = v.substr(start, end - start);
        one.erase(0, one.find_first_not_of(' '));
        one.erase(one.find_last_not_of(' ') + 1);
        if (!one.empty()) {
            if (one.find_first_not_of("0123456789abcdefABCDEF.:") != std::string::npos)
                return "invalid proxy address: " + one;
            c.trusted_proxies.push_back(one);
        }
        start = end + 1;
    }
    return "";
}
std::string set_threads(Config& c, const std::string& v) {
    return parse_int(v, c.threads, 0, 256) ? "" : "invalid thread count: " + v;
}

const Option kOptions[] = {
    {"--host", "PAKN_HOST", [](Config& c, const std::string& v) { c.host = v; return std::string(); }, true},
    {"--port", "PAKN_PORT", set_port, true},
    {"--data-dir", "PAKN_DATA_DIR", [](Config& c, const std::string& v) { c.data_dir = v; return std::string(); }, true},
    {"--web-root", "PAKN_WEB_ROOT", [](Config& c, const std::string& v) { c.web_root = v; return std::string(); }, true},
    {"--threads", "PAKN_THREADS", set_threads, true},
    {"--log-level", "PAKN_LOG_LEVEL", [](Config& c, const std::string& v) { c.log_level = v; return std::string(); }, true},
    {"--no-request-log", nullptr, [](Config& c, const std::string&) { c.log_requests = false; return std::string(); }, false},
    {"--demo", nullptr, [](Config& c, const std::string&) { c.demo = true; return std::string(); }, false},
    {"--tls-cert", "PAKN_TLS_CERT", [](Config& c, const std::string& v) { c.tls_cert = v; return std::string(); }, true},
    {"--tls-key", "PAKN_TLS_KEY", [](Config& c, const std::string& v) { c.tls_key = v; return std::string(); }, true},
    {"--public-url", "PAKN_PUBLIC_URL", [](Config& c, const std::string& v) { c.public_url = v; return std::string(); }, true},
    {"--sms-provider", "PAKN_SMS_PROVIDER", set_sms_provider, true},
    {"--sms-url", "PAKN_SMS_URL", [](Config& c, const std::string& v) { c.sms_url = v; return std::string(); }, true},
    {"--sms-body", "PAKN_SMS_BODY", [](Config& c, const std::string& v) { c.sms_body = v; return std::string(); }, true},
    {"--sms-user", "PAKN_SMS_USER", [](Config& c, const std::string& v) { c.sms_user = v; return std::string(); }, true},
    {"--sms-password", "PAKN_SMS_PASSWORD", [](Config& c, const std::string& v) { c.sms_password = v; return std::string(); }, true},
    {"--sms-token", "PAKN_SMS_TOKEN", [](Config& c, const std::string& v) { c.sms_token = v; return std::string(); }, true},
    {"--email-provider", "PAKN_EMAIL_PROVIDER", set_email_provider, true},
    {"--smtp-url", "PAKN_SMTP_URL", [](Config& c, const std::string& v) { c.smtp_url = v; return std::string(); }, true},
    {"--smtp-from", "PAKN_SMTP_FROM", [](Config& c, const std::string& v) { c.smtp_from = v; return std::string(); }, true},
    {"--smtp-user", "PAKN_SMTP_USER", [](Config& c, const std::string& v) { c.smtp_user = v; return std::string(); }, true},
    {"--smtp-password", "PAKN_SMTP_PASSWORD", [](Config& c, const std::string& v) { c.smtp_password = v; return std::string(); }, true},
    {"--scrypt-cost", "PAKN_SCRYPT_COST", set_scrypt, true},
    {"--max-db-pages", "PAKN_MAX_DB_PAGES", set_max_db_pages, true},
    {"--upload-quota-mb", "PAKN_UPLOAD_QUOTA_MB", set_upload_quota, true},
    {"--disk-floor-mb", "PAKN_DISK_FLOOR_MB", set_disk_floor, true},
    {"--disk-floor-percent", "PAKN_DISK_FLOOR_PERCENT", set_disk_floor_percent, true},
    {"--trusted-proxy", "PAKN_TRUSTED_PROXY", set_trusted_proxies, true},
    {"--tiles-mbtiles", "PAKN_TILES_MBTILES", [](Config& c, const std::string& v) { c.tiles_mbtiles = v; return std::string(); }, true},
    {"--tiles-url", "PAKN_TILES_URL", [](Config& c, const std::string& v) { c.tiles_url = v; return std::string(); }, true},
    {"--tiles-attribution", "PAKN_TILES_ATTRIBUTION", [](Config& c, const std::string& v) { c.tiles_attribution = v; return std::string(); }, true},
};

}  // namespace

int Config::effective_threads() const {
    if (threads > 0) return threads;
    // Workers block on database commits: more of them than cores let
    // concurrent submissions share one commit (group commit). They only run
    // changes; reads stay on the reactors (see WorkerPool).
    const unsigned hw = std::thread::hardware_concurrency();
    return std::clamp(8 * static_cast<int>(hw == 0 ? 2 : hw), 16, 256);
}

int Config::reactor_threads() const {
    const unsigned hw = std::thread::hardware_concurrency();
    return std::clamp(static_cast<int>(hw), 2, 64);
}

std::optional<std::string> parse_config(Config& config, const std::vector<std::string>& args,
                                        std::vector<std::string>* positional) {
    for (const auto& o : kOptions) {
        if (!o.env) continue;
        if (const char* v = std::getenv(o.env); v && *v) {
            if (auto err = o.apply(config, v); !err.empty()) return err + " (from " + o.env + ")";
        }
    }
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (!a.starts_with("--")) {
            if (positional) {
                positional->push_back(a);
                continue;
            }
            return "unexpected argument: " + a;
        }
        std::string name = a, value;
        bool has_inline = false;
        if (auto eq = a.find('='); eq != std::string::npos) {
            name = a.substr(0, eq);
            value = a.substr(eq + 1);
            has_inline = true;
        }
        const Option* opt = nullptr;
        for (const auto& o : kOptions)
            if (name == o.flag) opt = &o;
        if (!opt) {
            if (positional) {  // subcommands have flags of their own
                positional->push_back(a);
                continue;
            }
            return "unknown option: " + name;
        }
        if (opt->takes_value && !has_inline) {
            if (i + 1 >= args.size()) return "missing value for " + name;
            value = args[++i];
        }
        if (auto err = opt->apply(config, value); !err.empty()) return err;
    }
    if (config.tls_cert.empty() != config.tls_key.empty()) return "--tls-cert and --tls-key go together";
    if (config.sms_provider == "http" && config.sms_url.empty()) return "--sms-provider http needs --sms-url";
    if (config.email_provider == "smtp" && (config.smtp_url.empty() || config.smtp_from.empty()))
        return "--email-provider smtp needs --smtp-url and --smtp-from";
    if (!config.tiles_mbtiles.empty() && !config.tiles_url.empty())
        return "--tiles-mbtiles and --tiles-url exclude each other (one base map)";
    if (!config.tiles_url.empty()) {
        if (auto bad = check_tile_url(config.tiles_url); !bad.empty())
            return "--tiles-url must be http(s)://host/...{z}/{x}/{y}... (" + bad + ")";
        if (config.tiles_attribution.empty()) return "--tiles-url needs --tiles-attribution (the source's licence)";
    }
    return std::nullopt;
}

std::string config_usage() {
    return "Usage: pakn-server serve [options]\n"
           "  --host H          listen address (PAKN_HOST, default 127.0.0.1)\n"
           "  --port N          port, 0 for any free port (PAKN_PORT, default 8080)\n"
           "  --data-dir D      database and files (PAKN_DATA_DIR, default var)\n"
           "  --web-root D      built web app (PAKN_WEB_ROOT, default build/wasm/web)\n"
           "  --threads N       worker threads for changes (PAKN_THREADS, default: 8 x CPUs, 16 to 256);\n"
           "                    reads run on one HTTP reactor per CPU\n"
           "  --log-level L     debug|info|warn|error (PAKN_LOG_LEVEL)\n"
           "  --no-request-log  do not log each request\n"
           "  --demo            fill demo data when the database is empty\n"
           "  --tls-cert F --tls-key F   serve HTTPS itself (PAKN_TLS_CERT, PAKN_TLS_KEY); production\n"
           "                    runs behind nginx (docs/operations.md)\n"
           "  --trusted-proxy A[,A]  proxies whose X-Forwarded-For/-Proto are believed (PAKN_TRUSTED_PROXY)\n"
           "  --public-url U    public address for links and the QR code (PAKN_PUBLIC_URL)\n"
           "  --sms-provider P  file (default: <data-dir>/sms.log) or http (PAKN_SMS_PROVIDER)\n"
           "  --sms-url U       gateway URL template with {to} {body} {id} (PAKN_SMS_URL)\n"
           "  --sms-body B      POST body template; empty sends a GET (PAKN_SMS_BODY)\n"
           "  --sms-user U --sms-password P | --sms-token T   gateway credentials\n"
           "  --email-provider P  officers' e-mail notices: file (default: <data-dir>/email.log) or smtp\n"
           "                    (PAKN_EMAIL_PROVIDER); --smtp-url smtp[s]://relay:port --smtp-from A\n"
           "                    [--smtp-user U --smtp-password P] (PAKN_SMTP_*)\n"
           "  --scrypt-cost N   password hash cost 2^N, 10..20 (PAKN_SCRYPT_COST, default 15)\n"
           "  --upload-quota-mb N   MiB one account may hold in files no sent report carries\n"
           "                    (PAKN_UPLOAD_QUOTA_MB, default 500)\n"
           "  --disk-floor-mb N --disk-floor-percent P   free space kept on the data disk: uploads stop\n"
           "                    below the larger (PAKN_DISK_FLOOR_MB, default 1024; PAKN_DISK_FLOOR_PERCENT,\n"
           "                    default 5)\n"
           "  --tiles-mbtiles F   base map: serve this MBTiles file (raster png/jpg/webp) at /tiles/{z}/{x}/{y}\n"
           "                    (PAKN_TILES_MBTILES)\n"
           "  --tiles-url T --tiles-attribution A   base map from an XYZ server instead, e.g.\n"
           "                    https://tiles.example.vn/{z}/{x}/{y}.png, with the credit its licence requires\n"
           "                    (PAKN_TILES_URL, PAKN_TILES_ATTRIBUTION); see docs/operations.md\n";
}

}  // namespace pakn::server

#include "app/app.h"

#include <filesystem>
#include <stdexcept>

#include "base/log.h"
#include "notify/email.h"
#include "pakn/calendar.h"
#include "services/geo_import.h"
#include "services/seed.h"
#include "store/reports_store.h"

#include <cstdio>
#include <fstream>
#include <memory>
#include <mutex>
#include <sstream>

namespace pakn::server {
namespace {
// The member App::services hides the namespace inside App's functions.
namespace svc = pakn::server::services;
}  // namespace

App::App(Config cfg, const Clock* clock_override, const std::function<void(svc::ServiceOptions&)>& adjust)
    : config(std::move(cfg)) {
    // Citizens' ID numbers, phones and the SMS codes live here: the server's
    // account alone may read any of it (the database, its WAL and the SMS log
    // are created inside, owner-only).
    std::filesystem::create_directories(config.data_dir);
    std::filesystem::permissions(config.data_dir, std::filesystem::perms::owner_all,
                                 std::filesystem::perm_options::replace);
    if (clock_override) {
        clock = clock_override;
    } else {
        owned_clock = std::make_unique<SystemClock>();
        clock = owned_clock.get();
    }
    db = std::make_unique<store::Database>(config.db_path());
    for (const char* suffix : {"", "-wal", "-shm"}) {
        std::error_code ec;
        std::filesystem::permissions(config.db_path() + suffix,
                                     std::filesystem::perms::owner_read | std::filesystem::perms::owner_write,
                                     std::filesystem::perm_options::replace, ec);
    }
    if (config.max_db_pages > 0) db->set_max_pages(config.max_db_pages);
    if (config.sms_provider == "http") {
        notify::HttpSmsConfig h;
        h.url_template = config.sms_url;
        h.body_template = config.sms_body;
        h.username = config.sms_user;
        h.password = config.sms_password;
        h.bearer_token = config.sms_token;
        sms = std::make_shared<notify::HttpSmsProvider>(h);
    } else {
        sms = std::make_shared<notify::FileSmsProvider>(config.data_dir + "/sms.log");
    }
    outbox = std::make_unique<notify::OutboxWorker>(*db, *clock, sms);
    if (config.email_provider == "smtp")
        outbox->set_email_provider(std::make_shared<notify::SmtpEmailProvider>(
            notify::SmtpConfig{config.smtp_url, config.smtp_from, config.smtp_user, config.smtp_password}));
    else
        outbox->set_email_provider(std::make_shared<notify::FileSmsProvider>(config.data_dir + "/email.log"));
    svc::ServiceOptions options;
    options.data_dir = config.data_dir;
    options.public_url = config.public_url;
    options.auth.scrypt_n = 1ull << config.scrypt_log2_n;
    options.uploads.quota_bytes = config.upload_quota_bytes;
    options.uploads.floor_bytes = config.disk_floor_bytes;
    options.uploads.floor_percent = config.disk_floor_percent;
    if (adjust) adjust(options);
    services = std::make_unique<svc::Services>(*db, *clock, outbox.get(), options);
    if (const int upgraded = services->reports.store_missing_public_versions(); upgraded > 0)
        log_info("public_versions_stored", {{"reports", upgraded}});
    // The base map: a broken tile setting stops the start, like any other
    // configuration error, rather than leave the maps blank.
    if (!config.tiles_mbtiles.empty()) {
        if (auto err = services->tiles.use_mbtiles(config.tiles_mbtiles, config.tiles_attribution); !err.empty())
            throw std::runtime_error(err);
        log_info("tiles_mbtiles", {{"path", config.tiles_mbtiles}});
    } else if (!config.tiles_url.empty()) {
        if (auto err = services->tiles.use_xyz(config.tiles_url, config.tiles_attribution); !err.empty())
            throw std::runtime_error("--tiles-url: " + err);
        // The browser fetches those tiles itself: the page's policy must let it.
        http::allow_tile_origin(tile_url_origin(config.tiles_url));
    }
    if (!config.tiles_mbtiles.empty() || !config.tiles_url.empty()) {
        services->tiles.fix();  // the admin's settings do not override the operator's start-up choice
    } else {
        const SettingsForm stored = services->admin.settings();
        services->tiles.apply_setting(stored.tile_url, stored.tile_attribution);
        http::allow_tile_origin(tile_url_origin(stored.tile_url));
    }
    site = std::make_unique<http::Site>(*services, config.web_root, config.log_requests);
    site->public_url = config.public_url;
    while (site->public_url.ends_with('/')) site->public_url.pop_back();
}

std::string App::enable_test_hooks() {
    const std::filesystem::path dir = std::filesystem::path(config.data_dir) / "test-hooks";
    std::filesystem::create_directories(dir);
    std::filesystem::permissions(dir, std::filesystem::perms::owner_all, std::filesystem::perm_options::replace);
    const std::string path = (dir / "captcha-answers.log").string();
    { std::ofstream touch(path, std::ios::app); }
    std::filesystem::permissions(path, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write,
                                 std::filesystem::perm_options::replace);
    auto mutex = std::make_shared<std::mutex>();
    services->captcha.set_observer([path, mutex](const std::string& id, const std::string& answer) {
        std::lock_guard lock(*mutex);
        std::ofstream(path, std::ios::app) << id << ' ' << answer << '\n';
    });
    return path;
}

http::ServerOptions App::server_options() const {
    http::ServerOptions o;
    o.host = config.host;
    o.port = config.port;
    o.workers = config.effective_threads();
    o.reactors = config.reactor_threads();
    o.trusted_proxies = config.trusted_proxies;
    o.tls_cert = config.tls_cert;
    o.tls_key = config.tls_key;
    return o;
}

App::~App() { stop_workers(); }

void App::start_workers() {
    if (workers_started_) return;
    workers_started_ = true;
    outbox->start();
    site->streams.start();
    housekeeping_thread_ = std::thread([this] {
        std::unique_lock lock(housekeeping_mutex_);
        while (!housekeeping_stop_) {
            lock.unlock();
            try {
                services->housekeeping();
            } catch (const std::exception& e) {
                log_error("housekeeping_failed", {{"error", e.what()}});
            }
            lock.lock();
            housekeeping_cv_.wait_for(lock, std::chrono::seconds(60), [this] { return housekeeping_stop_; });
        }
    });
}

void App::stop_workers() {
    if (!workers_started_) return;
    workers_started_ = false;
    {
        std::lock_guard lock(housekeeping_mutex_);
        housekeeping_stop_ = true;
    }
    housekeeping_cv_.notify_all();
    if (housekeeping_thread_.joinable()) housekeeping_thread_.join();
    site->streams.stop();
    outbox->stop();
}

void App::use_demo_tiles() {
    if (!services->tiles.source().empty()) return;  // the operator's own base map wins
    const std::string path = (std::filesystem::path(config.data_dir) / "demo-tiles.mbtiles").string();
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) svc::write_demo_tiles(path);
    if (auto err = services->tiles.use_mbtiles(path); !err.empty()) log_error("demo_tiles_failed", {{"error", err}});
}

void App::prepare_demo() {
    const auto existing = db->read([](store::Connection& c) { return store::count_all_reports(c); });
    if (existing > 0) {
        log_info("demo_skipped", {{"reports", existing}});
        return;
    }
    // The map first: seeded reports then get points inside their communes.
    std::error_code ec;
    const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec).parent_path().string();
    const auto geojson =
        svc::find_demo_geojson({std::filesystem::current_path(ec).string(), config.web_root, exe});
    if (!geojson.empty()) {
        std::ifstream in(geojson, std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        svc::GeoImportOptions options;
        options.source = std::filesystem::path(geojson).filename().string();
        const auto report = svc::import_geojson(*db, text.str(), options, clock->now());
        std::printf("Bản đồ dùng thử (%s):\n%s", geojson.c_str(), svc::describe(report).c_str());
    } else {
        // Seeded reports are placed inside their commune's boundary: with
        // none, they have no place on the map, and the demo says so.
        std::printf("Không thấy tệp ranh giới xã, phường ../shared/data/khanh-hoa-communes-2025.geojson: bản đồ dùng "
                    "thử không có ranh giới, và phản ánh dùng thử không có vị trí trên bản đồ. Nạp ranh giới bằng "
                    "\"tools/pakn geo import TỆP.geojson\" rồi xóa thư mục dữ liệu để tạo lại dữ liệu dùng thử.\n");
    }
    std::printf("Đang tạo dữ liệu dùng thử...\n");
    std::fflush(stdout);
    svc::SeedOptions options;
    options.reports = 2000;
    options.seed = 20250701;
    // The last two months through the services (notifications, every rule),
    // older ones by the fast path: the first start takes seconds, not a minute.
    options.services_days = 60;
    options.rating_window_seconds = services->rating_window_seconds;
    const auto result = svc::seed_reports(*db, services->auth, services->calendar, clock->now(), options);
    const int announced = svc::seed_announcements(*db, clock->now());
    const int templates = svc::seed_answer_templates(*db, clock->now());
    std::printf("Đã tạo %d phản ánh, %d thông báo, %d mẫu trả lời, %d cán bộ trong %.1f giây.\n", result.reports,
                announced, templates, result.officers, result.seconds);
    if (!result.accounts.empty()) {
        std::printf("Tài khoản dùng thử (mật khẩu chỉ hiển thị một lần; cán bộ đổi mật khẩu ở lần đăng nhập đầu):\n");
        for (const auto& a : result.accounts)
            std::printf("  %-22s %-16s %s%s%s\n", a.login.c_str(), a.password.c_str(), a.role.c_str(),
                        a.unit.empty() ? "" : ", ", a.unit.c_str());
    }
    std::fflush(stdout);
    log_info("demo_seeded", {{"reports", result.reports}, {"seconds", result.seconds}});
}

}  // namespace pakn::server

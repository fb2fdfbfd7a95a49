#include "app.h"

#include <filesystem>

#include "log.h"
#include "pakn/calendar.h"
#include "services/crypto.h"
#include "services/geo_import.h"
#include "services/seed.h"

#include <cstdio>
#include <fstream>
#include <sstream>

namespace pakn::server {

App::App(Config cfg, const Clock* clock_override) : config(std::move(cfg)) {
    std::filesystem::create_directories(config.data_dir);
    if (clock_override) {
        clock = clock_override;
    } else {
        owned_clock = std::make_unique<SystemClock>();
        clock = owned_clock.get();
    }
    db = std::make_unique<store::Database>(config.db_path());
    if (config.max_db_pages > 0) db->set_max_pages(config.max_db_pages);
    web.load(config.web_root);
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
    services::AuthSettings auth_settings;
    auth_settings.scrypt_n = 1ull << config.scrypt_log2_n;
    auth = std::make_unique<services::AuthService>(*db, *clock, outbox.get(), auth_settings);
    hub = std::make_unique<services::EventHub>();
    calendar = std::make_unique<services::CalendarService>(local_date(clock->now()).year);
    reports = std::make_unique<services::ReportService>(*db, *clock, outbox.get(), *calendar, hub.get());
    attachments = std::make_unique<services::AttachmentService>(*db, *clock, config.data_dir);
    live = std::make_unique<services::LiveService>(*db, *hub);
    stats = std::make_unique<services::StatsService>(*db);
    announcements = std::make_unique<services::AnnouncementService>(*db, *clock);
    admin = std::make_unique<services::AdminService>(*db, *clock, *auth, *calendar, rating_window_seconds);
    // Holiday corrections, category deadlines and office hours from the database.
    admin->reload_calendar();
}

App::~App() { stop_workers(); }

void App::start_workers() {
    if (workers_started_) return;
    workers_started_ = true;
    outbox->start();
    live->start();
    housekeeping_thread_ = std::thread([this] {
        std::unique_lock lock(housekeeping_mutex_);
        while (!housekeeping_stop_) {
            lock.unlock();
            try {
                housekeeping();
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
    live->stop();
    outbox->stop();
}

void App::housekeeping() {
    const auto now = clock->now();
    reports->flag_overdue();
    reports->close_unrated(rating_window_seconds);
    attachments->cleanup();
    db->write([&](store::Connection& c) { store::purge_expired(c, now); }, store::Durability::normal);
}

void App::prepare_demo() {
    const auto existing =
        db->read([](store::Connection& c) { return c.scalar_int("SELECT COUNT(*) FROM reports").value_or(0); });
    if (existing > 0) {
        log_info("demo_skipped", {{"reports", existing}});
        return;
    }
    // The map first: seeded reports then get points inside their communes.
    std::error_code ec;
    const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec).parent_path().string();
    const auto geojson =
        services::find_demo_geojson({std::filesystem::current_path(ec).string(), config.web_root, exe});
    if (!geojson.empty()) {
        std::ifstream in(geojson, std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        services::GeoImportOptions options;
        options.source = std::filesystem::path(geojson).filename().string();
        const auto report = services::import_geojson(*db, text.str(), options, clock->now());
        std::printf("Bản đồ dùng thử (%s):\n%s", geojson.c_str(), services::describe(report).c_str());
    } else {
        std::printf("Không thấy tệp ranh giới ../shared/data/khanh-hoa-communes-2025.geojson: bản đồ chỉ có điểm.\n");
    }
    std::printf("Đang tạo dữ liệu dùng thử...\n");
    std::fflush(stdout);
    services::SeedOptions options;
    options.reports = 2000;
    options.seed = 20250701;
    // The last two months through the services (notifications, every rule),
    // older ones by the fast path: the first start takes seconds, not a minute.
    options.services_days = 60;
    options.rating_window_seconds = rating_window_seconds;
    const auto result = services::seed_reports(*db, *auth, *calendar, clock->now(), options);
    const int announced = services::seed_announcements(*db, clock->now());
    std::printf("Đã tạo %d phản ánh, %d thông báo, %d cán bộ trong %.1f giây.\n", result.reports, announced,
                result.officers, result.seconds);
    if (!result.accounts.empty()) {
        std::printf("Tài khoản dùng thử (mật khẩu chỉ hiển thị một lần; cán bộ đổi mật khẩu ở lần đăng nhập đầu):\n");
        for (const auto& a : result.accounts)
            std::printf("  %-22s %-16s %s%s%s\n", a.login.c_str(), a.password.c_str(), a.role.c_str(),
                        a.unit.empty() ? "" : ", ", a.unit.c_str());
    }
    std::fflush(stdout);
    log_info("demo_seeded", {{"reports", result.reports}, {"seconds", result.seconds}});
}

std::optional<http::Caller> App::resolve_caller(const std::string& token, const http::Request&) {
    auto s = auth->resolve(token);
    if (!s) return std::nullopt;
    return http::Caller{std::move(s->account), s->token_hash, s->csrf_token, s->audience};
}

bool App::csrf_matches(std::string_view sent, const std::string& expected) const {
    return !expected.empty() && crypto::constant_time_equals(sent, expected);
}

}  // namespace pakn::server

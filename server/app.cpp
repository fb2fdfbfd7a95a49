#include "app.h"

#include <filesystem>

#include "log.h"
#include "pakn/calendar.h"
#include "services/crypto.h"

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

std::optional<http::Caller> App::resolve_caller(const std::string& token, const http::Request&) {
    auto s = auth->resolve(token);
    if (!s) return std::nullopt;
    return http::Caller{std::move(s->account), s->token_hash, s->csrf_token, s->audience};
}

bool App::csrf_matches(std::string_view sent, const std::string& expected) const {
    return !expected.empty() && crypto::constant_time_equals(sent, expected);
}

}  // namespace pakn::server

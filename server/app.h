// The server's state root: configuration, the database, the web app and the
// services. One App per process; handlers receive it through the Context.
#pragma once

#include <atomic>
#include <condition_variable>
#include <thread>
#include <memory>

#include "config.h"
#include "http/public_cache.h"
#include "http/router.h"
#include "http/static_files.h"
#include "notify/sms.h"
#include "services/attachments.h"
#include "services/auth.h"
#include "services/calendar_service.h"
#include "services/clock.h"
#include "services/event_hub.h"
#include "services/live.h"
#include "services/reports.h"
#include "services/admin.h"
#include "services/stats.h"
#include "store/db.h"

namespace pakn::server {

struct App {
    Config config;
    std::unique_ptr<Clock> owned_clock;
    const Clock* clock = nullptr;
    std::unique_ptr<store::Database> db;
    http::StaticFiles web;
    std::shared_ptr<notify::SmsProvider> sms;
    std::unique_ptr<notify::OutboxWorker> outbox;
    std::unique_ptr<services::AuthService> auth;
    std::unique_ptr<services::EventHub> hub;
    std::unique_ptr<services::CalendarService> calendar;
    std::unique_ptr<services::ReportService> reports;
    std::unique_ptr<services::AttachmentService> attachments;
    std::unique_ptr<services::LiveService> live;
    std::unique_ptr<services::StatsService> stats;
    std::unique_ptr<services::AdminService> admin;
    std::unique_ptr<services::AnnouncementService> announcements;
    http::RateLimiter limiter;
    http::PublicCache public_cache;
    // Successful state-changing requests; with the hub's generation (changes
    // committed by background duties) it tells when cached public answers
    // are stale.
    std::atomic<std::uint64_t> mutations{0};
    std::uint64_t data_generation() const { return hub->generation() + mutations.load(); }
    std::atomic<bool> draining{false};
    // Resolved reports close unrated after this; the admin changes it (settings).
    std::atomic<std::int64_t> rating_window_seconds{30 * 86400};
    std::atomic<int> in_flight{0};

    // Opens the database (creating the data folder), loads the web root and
    // builds the services. `clock` (tests) replaces the system clock.
    explicit App(Config cfg, const Clock* clock = nullptr);
    ~App();

    // Starts background workers (the SMS outbox); the server calls it, the
    // in-process tests drive the worker by hand.
    void start_workers();
    void stop_workers();
    // One round of periodic duties (overdue flags, closing unrated reports,
    // purging expired rows and abandoned uploads); run by the housekeeping
    // thread every minute, by tests directly.
    void housekeeping();
    // `serve --demo`: when the database has no reports yet, imports the demo
    // map (when found beside the repository), seeds reports, officers and
    // announcements, and prints the demo accounts once to stdout.
    void prepare_demo();

    // The signed-in caller for a session cookie token, or nullopt.
    std::optional<http::Caller> resolve_caller(const std::string& token, const http::Request& request);
    bool csrf_matches(std::string_view sent, const std::string& expected) const;

private:
    std::thread housekeeping_thread_;
    std::mutex housekeeping_mutex_;
    std::condition_variable housekeeping_cv_;
    bool housekeeping_stop_ = false;
    bool workers_started_ = false;
};

}  // namespace pakn::server

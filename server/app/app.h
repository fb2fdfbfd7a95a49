// The server's composition root: configuration, the database, the outbox,
// the services and the HTTP site, built in order and torn down in reverse.
// One App per process (and per in-process test); nothing below it knows it.
#pragma once

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

#include "app/config.h"
#include "base/clock.h"
#include "http/router.h"
#include "http/server.h"
#include "notify/sms.h"
#include "services/services.h"
#include "store/db.h"

namespace pakn::server {

struct App {
    Config config;
    std::unique_ptr<Clock> owned_clock;
    const Clock* clock = nullptr;
    std::unique_ptr<store::Database> db;
    std::shared_ptr<notify::SmsProvider> sms;
    std::unique_ptr<notify::OutboxWorker> outbox;
    std::unique_ptr<services::Services> services;
    std::unique_ptr<http::Site> site;

    // Opens the database (creating the data folder), builds the services and
    // loads the web root. `clock` (tests) replaces the system clock; `adjust`
    // (tests) changes the services' settings before they are built.
    explicit App(Config cfg, const Clock* clock = nullptr,
                 const std::function<void(services::ServiceOptions&)>& adjust = {});
    ~App();

    // Starts background workers (the SMS outbox, live streams,
    // housekeeping); the server calls it, the in-process tests drive the
    // duties by hand.
    void start_workers();
    void stop_workers();
    // `serve --demo`: when the database has no reports yet, imports the demo
    // map (when found beside the repository), seeds reports, officers and
    // announcements, and prints the demo accounts once to stdout.
    void prepare_demo();
    // `serve --demo` without a configured base map: a generated grid of
    // tiles (<data-dir>/demo-tiles.mbtiles, services/tiles.h) so the map's
    // tile layer shows; not a street map.
    void use_demo_tiles();
    // PAKN_TEST_HOOKS=1 (browser tests only): every captcha's answer is
    // appended to <data-dir>/test-hooks/captcha-answers.log ("<id> <answer>"
    // lines, mode 0600), where the tests read it. Returns that path.
    std::string enable_test_hooks();
    // How the HTTP server listens, from the configuration.
    http::ServerOptions server_options() const;

private:
    std::thread housekeeping_thread_;
    std::mutex housekeeping_mutex_;
    std::condition_variable housekeeping_cv_;
    bool housekeeping_stop_ = false;
    bool workers_started_ = false;
};

}  // namespace pakn::server

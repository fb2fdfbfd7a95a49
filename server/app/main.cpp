// pakn-server: the PAKN HTTP server and its operator commands.
//   pakn-server serve [options]          run the server (default)
//   pakn-server migrate --data-dir D     create/upgrade the database and exit
//   pakn-server admin create-officer --username U --name N --unit CODE --role R
//   pakn-server admin list-officers | list-units
//   pakn-server backup DIR | restore DIR [--force]   (see backup.h)
//   pakn-server seed --reports N [--seed S]      demo data (services/seed.h)
//   pakn-server geo import FILE.geojson | geo info   commune boundaries of the map
// (The durable-insert baseline of `tools/pakn bench` is its own program,
// tools/bench/bench_sqlite.cpp: a benchmark does not belong in the server.)
#include <chrono>
#include <csignal>
#include <filesystem>
#include <cstdio>
#include <cstdlib>
#include <string_view>
#include <iostream>
#include <pthread.h>

#include "app/app.h"
#include "app/backup.h"
#include "app/config.h"
#include "http/server.h"
#include "base/log.h"
#include "base/version.h"
#include "app/tools.h"

using namespace pakn::server;

namespace {

int serve(Config config) {
    // Block the shutdown signals before any thread starts so every worker
    // inherits the mask and only sigwait() below receives them.
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);
    // A client that disconnects mid-write must not kill the process.
    std::signal(SIGPIPE, SIG_IGN);

    App app(std::move(config));
    log_info("database_ready", {{"path", app.config.db_path()}, {"schema_version", app.db->schema_version()}});
    // The browser tests' way to solve captchas (docs/testing.md). Never with
    // the demo or TLS: both are how the server faces real people.
    if (const char* hooks = std::getenv("PAKN_TEST_HOOKS"); hooks && std::string_view(hooks) == "1") {
        if (app.config.demo || app.config.tls()) {
            log_error("test_hooks_refused", {{"reason", "PAKN_TEST_HOOKS=1 is for test servers only (no --demo, no TLS)"}});
            return 2;
        }
        log_warn("test_hooks_enabled", {{"captcha_answers", app.enable_test_hooks()}});
    }
    if (app.site->web.size() == 0)
        log_warn("web_root_empty", {{"web_root", app.config.web_root}, {"hint", "tools/pakn build"}});

    if (auto admin = app.services->auth.bootstrap_admin()) {
        // Printed once to the operator's console, never to the log.
        std::printf("\nTài khoản quản trị đầu tiên đã được tạo:\n  Tên đăng nhập: %s\n  Mật khẩu dùng một lần: %s\n"
                    "  (đăng nhập ở thẻ “Cán bộ, quản lý” và đổi mật khẩu ngay)\n\n",
                    admin->account.login.c_str(), admin->one_time_password.c_str());
        std::fflush(stdout);
        log_info("bootstrap_admin_created", {{"login", admin->account.login}});
    }
    // Demo data on first start (reports, officers, map, announcements).
    if (app.config.demo) {
        app.prepare_demo();
        app.use_demo_tiles();
    }
    app.start_workers();

    http::HttpServer server(*app.site, app.server_options());
    const int port = server.start();
    const std::string scheme = app.config.tls() ? "https" : "http";
    const std::string url = scheme + "://" + app.config.host + ":" + std::to_string(port) + "/";
    log_info("listening", {{"port", port}, {"url", url}, {"threads", app.config.effective_threads()}, {"reactors", app.config.reactor_threads()}});
    std::printf("PAKN đang chạy tại %s  (Ctrl+C để dừng)\n", url.c_str());
    std::fflush(stdout);

    int received = 0;
    sigwait(&signals, &received);
    log_info("shutdown_requested", {{"signal", received == SIGINT ? "SIGINT" : "SIGTERM"}});
    server.stop();
    app.stop_workers();
    app.db->close();
    log_info("shutdown_complete");
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    std::string command = "serve";
    if (!args.empty() && !args[0].starts_with("-")) {
        command = args[0];
        args.erase(args.begin());
    }
    for (const auto& a : args)
        if (a == "--help" || a == "-h") {
            std::cout << config_usage();
            return 0;
        }
    Config config;
    std::vector<std::string> positional;
    if (auto err = parse_config(config, args, command == "serve" ? nullptr : &positional)) {
        std::cerr << "pakn-server: " << *err << "\n" << config_usage();
        return 2;
    }
    LogLevel level;
    if (!parse_log_level(config.log_level, level)) {
        std::cerr << "pakn-server: unknown log level " << config.log_level << "\n";
        return 2;
    }
    set_log_level(level);
    try {
        if (command == "serve") return serve(std::move(config));
        if (command == "migrate") {
            App app(std::move(config));
            std::cout << "schema version " << app.db->schema_version() << "\n";
            return 0;
        }
        if (command == "admin") return run_admin(std::move(config), positional);
        if (command == "seed") return run_seed(std::move(config), positional);
        if (command == "geo") return run_geo(std::move(config), positional);
        if (command == "tiles") return run_tiles(std::move(config), positional);
        if (command == "backup" || command == "restore") {
            if (positional.empty()) {
                std::cerr << "Sử dụng: tools/pakn " << command << " THƯ_MỤC" << (command == "restore" ? " [--force]" : "")
                          << "\n";
                return 2;
            }
            bool force = false;
            for (const auto& p : positional)
                if (p == "--force") force = true;
            auto r = command == "backup" ? backup_data(config.data_dir, positional[0])
                                         : restore_data(positional[0], config.data_dir, force);
            (r.ok ? std::cout : std::cerr) << r.message << " (" << r.files << " tệp)\n";
            return r.ok ? 0 : 1;
        }
        if (command == "version") {
            std::cout << kPaknVersion << "\n";
            return 0;
        }
    } catch (const std::exception& e) {
        log_error("fatal", {{"error", e.what()}});
        return 1;
    }
    std::cerr << "pakn-server: unknown command " << command << "\n";
    return 2;
}

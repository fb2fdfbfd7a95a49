// The server's state root: configuration, the database, the web app and the
// services. One App per process; handlers receive it through the Context.
#pragma once

#include <atomic>
#include <memory>

#include "config.h"
#include "http/static_files.h"
#include "store/db.h"

namespace pakn::server {

struct App {
    Config config;
    std::unique_ptr<store::Database> db;
    http::StaticFiles web;
    std::atomic<bool> draining{false};
    std::atomic<int> in_flight{0};

    // Opens the database (creating the data folder) and loads the web root.
    explicit App(Config cfg);
};

}  // namespace pakn::server

// An App on a temporary data folder (and optional web root), with the real
// router, for in-process server tests.
#pragma once

#include <memory>
#include <string>

#include "app.h"
#include "http/router.h"
#include "support/temp_dir.h"

namespace pakn::test {

struct TestApp {
    TempDir dir;
    std::unique_ptr<server::App> app;
    server::http::Router router{server::http::api_routes()};

    explicit TestApp(const std::string& web_root = "") {
        server::Config cfg;
        cfg.data_dir = dir.file("data");
        cfg.web_root = web_root.empty() ? dir.file("no-web") : web_root;
        cfg.log_requests = false;
        app = std::make_unique<server::App>(cfg);
    }

    server::http::Response call(const std::string& method, const std::string& path, const std::string& body = "",
                                server::http::Pairs headers = {}) {
        server::http::Request r;
        r.method = method;
        auto q = path.find('?');
        r.path = path.substr(0, q);
        if (q != std::string::npos) r.query = server::http::parse_query(path.substr(q + 1));
        r.headers = std::move(headers);
        r.body = body;
        r.remote_ip = "127.0.0.1";
        return router.handle(*app, r);
    }
};

}  // namespace pakn::test

// The Pistache edge: converts Pistache requests into our Request, runs the
// Router, writes the Response. No Pistache type leaves server.cpp.
#pragma once

#include <functional>
#include <memory>

namespace pakn::server {
struct App;
}

namespace pakn::server::http {

class HttpServer {
public:
    explicit HttpServer(App& app);
    ~HttpServer();
    // Binds and starts the worker threads; returns the bound port.
    int start();
    // Stops accepting, waits up to `drain_ms` for in-flight requests, stops.
    void stop(int drain_ms = 10000);

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace pakn::server::http

// The Pistache edge: converts Pistache requests into our Request, runs the
// Router, writes the Response. No Pistache type leaves server.cpp.
#pragma once

#include <cstddef>
#include <memory>
#include <string>

namespace pakn::server::http {

struct Site;

// Where and how to listen.
struct ServerOptions {
    std::string host = "127.0.0.1";
    int port = 8080;
    int workers = 16;   // threads answering what may block (see WorkerPool)
    int reactors = 2;   // Pistache reactors: parse, read, write
    std::size_t max_request_bytes = 5u << 20;
    std::string tls_cert, tls_key;  // PEM; both set: HTTPS
    bool tls() const { return !tls_cert.empty() && !tls_key.empty(); }
};

class HttpServer {
public:
    HttpServer(Site& site, ServerOptions options);
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

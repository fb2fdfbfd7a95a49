// The HTTP edge: where a client's bytes enter. Pistache 0.0.5 carries them
// (its epoll reactors, write queues and sendfile); everything a hostile
// client could abuse is ours (server.cpp): accepting (descriptor limits,
// caps per address and in total, no busy loop at EMFILE), TLS on memory BIOs
// (no handshake on a shared thread), HTTP/1.1 parsing with hard limits
// (http1.h), bodies refused by their declared length before they are read,
// a memory budget for unfinished requests, and deadlines for slow clients.
// No Pistache type leaves server.cpp.
#pragma once

#include <chrono>
#include <cstddef>
#include <memory>
#include <string>
#include <vector>

namespace pakn::server::http {

struct Site;

// How the edge protects itself. The defaults are production values; tests
// shorten the deadlines.
struct EdgeLimits {
    // A request head must arrive whole within this of its first byte
    // (slowloris), a TLS handshake within handshake_timeout.
    std::chrono::milliseconds head_timeout{10000};
    std::chrono::milliseconds handshake_timeout{10000};
    // A body may pause at most body_stall, and after body_grace must average
    // at least body_min_rate bytes a second (slow-body attacks).
    std::chrono::milliseconds body_stall{10000};
    std::chrono::milliseconds body_grace{20000};
    std::size_t body_min_rate = 1024;
    // A kept-alive connection with no request is closed after this.
    std::chrono::milliseconds idle_timeout{60000};
    // Open connections in total and from one address (trusted proxies are
    // not limited per address: every client behind them shares theirs).
    std::size_t max_connections = 20000;
    std::size_t max_connections_per_address = 256;
    // Bytes all unfinished requests may hold in memory together; a request
    // that would pass it is refused with 503 (upload routes alone may have
    // bodies of megabytes: see the route table).
    std::size_t memory_budget = 256u << 20;
};

// Where and how to listen.
struct ServerOptions {
    std::string host = "127.0.0.1";
    int port = 8080;
    int workers = 16;   // threads answering what may block (see WorkerPool)
    int reactors = 2;   // Pistache reactors: read, parse, write
    std::string tls_cert, tls_key;  // PEM; both set: HTTPS on this port
    // Reverse proxies whose X-Forwarded-For and X-Forwarded-Proto are
    // believed (exact addresses). From anyone else those headers are ignored.
    std::vector<std::string> trusted_proxies;
    EdgeLimits limits;
    bool tls() const { return !tls_cert.empty() && !tls_key.empty(); }
};

// What the edge sees now (tests, health of the edge itself).
struct EdgeStats {
    std::size_t connections = 0;
    std::size_t buffered_bytes = 0;  // held by unfinished requests
    std::size_t refused_connections = 0;
};

class HttpServer {
public:
    HttpServer(Site& site, ServerOptions options);
    ~HttpServer();
    // Raises the descriptor limit, binds and starts the threads; returns the
    // bound port. Throws std::runtime_error when it cannot listen or the TLS
    // files are unusable.
    int start();
    // Stops accepting, waits up to `drain_ms` for in-flight requests, stops.
    void stop(int drain_ms = 10000);
    EdgeStats stats() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// Raises RLIMIT_NOFILE's soft limit to its hard limit (at most `cap`);
// returns the soft limit in force afterwards.
std::size_t raise_descriptor_limit(std::size_t cap = 1u << 20);

}  // namespace pakn::server::http

// [SECTION] index: the edge's shared state, a connection (reading, TLS,
// parsing, dispatching, writing, deadlines), the Pistache handler, the
// acceptor, the sweeper, HttpServer.
//
// Threads: one acceptor (ours), `reactors` Pistache reactor threads (read,
// parse, answer what cannot block, write), the worker pool (everything that
// may block), one sweeper (deadlines). A Connection is shared by all of them
// and serialises itself with its mutex; a Connection never outlives knowing
// whether its socket is still its own: Pistache closes a descriptor only
// after onDisconnection, which takes that mutex, so a shutdown() made under
// the mutex can never reach a reused descriptor.
#include "http/server.h"

#include <pistache/async.h>
#include <pistache/net.h>
#include <pistache/peer.h>
#include <pistache/reactor.h>
#include <pistache/stream.h>
#include <pistache/tcp.h>
#include <pistache/transport.h>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <thread>
#include <unordered_map>

#include "base/log.h"
#include "http/http1.h"
#include "http/router.h"
#include "http/tls.h"
#include "http/worker_pool.h"

namespace pakn::server::http {
namespace P = Pistache;

namespace {

using Steady = std::chrono::steady_clock;

// Bytes a client may send ahead while its request is being answered
// (pipelining): enough for a few requests, not a way to park memory.
constexpr std::size_t kMaxAheadBytes = 64 * 1024;
// After a response that ends the connection, what the client still sends is
// read and dropped for this long, so our answer is not lost to a reset.
constexpr auto kLinger = std::chrono::milliseconds(2000);

std::string address_text(const sockaddr_storage& sa) {
    char host[INET6_ADDRSTRLEN] = {0};
    if (sa.ss_family == AF_INET)
        inet_ntop(AF_INET, &reinterpret_cast<const sockaddr_in*>(&sa)->sin_addr, host, sizeof host);
    else if (sa.ss_family == AF_INET6)
        inet_ntop(AF_INET6, &reinterpret_cast<const sockaddr_in6*>(&sa)->sin6_addr, host, sizeof host);
    std::string out = host;
    // An IPv4 client of a dual-stack socket is the IPv4 address.
    if (out.starts_with("::ffff:") && out.find('.') != std::string::npos) out = out.substr(7);
    return out;
}

// The bytes of a file ("" when unreadable).
std::string read_file(const std::string& path) {
    std::string out;
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return out;
    char buf[1 << 16];
    ssize_t n;
    while ((n = ::read(fd, buf, sizeof buf)) > 0) out.append(buf, static_cast<std::size_t>(n));
    ::close(fd);
    return out;
}

// [SECTION] the edge's shared state -----------------------------------------

class Connection;

struct Edge {
    Edge(Site& s, const Router& r, WorkerPool& p, const ServerOptions& o, const TlsContext* t)
        : site(s), router(r), pool(p), options(o), tls(t) {}
    Site& site;
    const Router& router;
    WorkerPool& pool;
    const ServerOptions& options;
    const TlsContext* tls;

    std::mutex registry_mutex;
    std::unordered_map<const Connection*, std::weak_ptr<Connection>> open;
    std::unordered_map<std::string, std::size_t> per_address;
    std::size_t accepted = 0;  // counted at accept, until the connection closes
    std::atomic<std::size_t> buffered{0};
    std::atomic<std::size_t> refused{0};

    bool trusted(const std::string& ip) const {
        return std::find(options.trusted_proxies.begin(), options.trusted_proxies.end(), ip) !=
               options.trusted_proxies.end();
    }
    // Takes a place for a new connection from `ip`; false when a cap is reached.
    bool admit(const std::string& ip) {
        std::lock_guard lock(registry_mutex);
        if (accepted >= options.limits.max_connections) return false;
        auto& n = per_address[ip];
        if (!trusted(ip) && n >= options.limits.max_connections_per_address) {
            if (n == 0) per_address.erase(ip);
            return false;
        }
        ++n;
        ++accepted;
        return true;
    }
    void leave(const std::string& ip, const Connection* c) {
        std::lock_guard lock(registry_mutex);
        open.erase(c);
        if (accepted > 0) --accepted;
        auto it = per_address.find(ip);
        if (it != per_address.end() && --it->second == 0) per_address.erase(it);
    }
    // Reserves `n` more bytes of the memory budget; false when it would pass it.
    bool reserve(std::size_t n) {
        auto now = buffered.load();
        do {
            if (now + n > options.limits.memory_budget) return false;
        } while (!buffered.compare_exchange_weak(now, now + n));
        return true;
    }
    void release(std::size_t n) { buffered.fetch_sub(n); }
};

// [SECTION] a connection ----------------------------------------------------

// Answers a deferred request (a live-events long poll) later, from any
// thread, exactly once.
class ConnectionResponder final : public Responder {
public:
    ConnectionResponder(std::shared_ptr<Connection> c, Request r) : conn_(std::move(c)), request_(std::move(r)) {}
    void send(Response response) override;

private:
    std::shared_ptr<Connection> conn_;
    Request request_;
    std::atomic<bool> sent_{false};
};

class Connection : public std::enable_shared_from_this<Connection> {
public:
    Connection(Edge& edge, const std::shared_ptr<P::Tcp::Peer>& peer, P::Tcp::Transport* transport, std::string ip)
        : edge_(edge), peer_(peer), transport_(transport), fd_(peer->fd()), ip_(std::move(ip)),
          reactor_(std::this_thread::get_id()), opened_(Steady::now()), idle_since_(opened_) {
        if (edge_.tls) tls_ = std::make_unique<TlsSession>(*edge_.tls);
    }
    ~Connection() { edge_.release(counted_); }

    // Bytes from the client (its reactor thread).
    void on_bytes(const char* data, std::size_t len) {
        {
            std::lock_guard<std::recursive_mutex> lock(mutex_);
            if (closed_) return;
            if (closing_) return;  // lingering: read and dropped
            std::string_view incoming(data, len);
            std::string plain;
            if (tls_) {
                std::string back;
                const bool ok = tls_->receive(incoming, plain, back);
                if (!back.empty()) write_locked(std::move(back), /*raw=*/true);
                if (!ok) {
                    close_locked(false);
                    return;
                }
                incoming = plain;
            }
            if (incoming.empty()) return;
            if (state_ == State::busy && in_.size() + incoming.size() > kMaxAheadBytes) {
                close_locked(false);
                return;
            }
            if (in_.empty() && state_ == State::head) head_started_ = Steady::now();
            last_byte_ = Steady::now();
            in_.append(incoming);
            if (!account_locked()) {
                refuse_locked(503, "server_busy");
                return;
            }
        }
        pump();
    }

    // The client went away or the socket was shut down (its reactor thread);
    // Pistache closes the descriptor after this returns.
    void on_closed() {
        std::lock_guard<std::recursive_mutex> lock(mutex_);
        closed_ = true;
        in_.clear();
        in_.shrink_to_fit();
        reserved_body_ = 0;
        account_locked();
        edge_.leave(ip_, this);
    }

    // Answers `request` (any thread), then reads the next one if it came.
    void respond(const Request& request, const Response& response) {
        {
            std::lock_guard<std::recursive_mutex> lock(mutex_);
            if (closed_) return;
            const bool keep = keep_alive_ && !closing_ && !edge_.site.draining.load() &&
                              !response.header("Connection").has_value();
            write_response_locked(request, response, keep);
            state_ = State::head;
            idle_since_ = Steady::now();
            head_started_ = in_.empty() ? Steady::time_point{} : Steady::now();
            if (!keep) {
                close_locked(true);
                return;
            }
        }
        pump();
    }

    // Ends the connection now, whatever it is doing (shutdown).
    void abort() {
        std::lock_guard<std::recursive_mutex> lock(mutex_);
        shutdown_locked(SHUT_RDWR);
    }

    // Enforces the deadlines (the sweeper thread).
    void sweep(Steady::time_point now) {
        std::lock_guard<std::recursive_mutex> lock(mutex_);
        if (closed_) return;
        const auto& l = edge_.options.limits;
        if (closing_) {
            if (now - closing_since_ > kLinger) shutdown_locked(SHUT_RDWR);
            return;
        }
        if (tls_ && !tls_->established()) {
            if (now - opened_ > l.handshake_timeout) close_locked(false);
            return;
        }
        switch (state_) {
            case State::head:
                if (!in_.empty() && now - head_started_ > l.head_timeout) {
                    refuse_locked(408, "request_timeout");
                } else if (in_.empty() && now - idle_since_ > l.idle_timeout) {
                    close_locked(false);
                }
                break;
            case State::body: {
                const auto received = in_.size() - std::min(in_.size(), head_.size);
                const auto elapsed = std::chrono::duration<double>(now - head_started_).count();
                const bool stalled = now - last_byte_ > l.body_stall;
                const bool crawling = now - head_started_ > l.body_grace &&
                                      static_cast<double>(received) < elapsed * static_cast<double>(l.body_min_rate);
                if (stalled || crawling) refuse_locked(408, "request_timeout");
                break;
            }
            case State::busy: break;  // the answer ends it (long polls end by themselves)
        }
    }

private:
    enum class State { head, body, busy };

    // Parses and dispatches what has arrived, request after request, until a
    // request is being answered elsewhere or more bytes are needed. Never
    // called with the mutex held: a dispatch may answer at once.
    void pump() {
        for (;;) {
            std::optional<Request> request;
            {
                std::lock_guard<std::recursive_mutex> lock(mutex_);
                if (closed_ || closing_) return;
                request = next_request_locked();
            }
            if (!request) return;
            dispatch(std::move(*request));
        }
    }

    std::optional<Request> next_request_locked() {
        if (state_ == State::busy) return std::nullopt;
        if (state_ == State::head) {
            if (in_.empty()) return std::nullopt;
            const auto parsed = parse_request_head(in_, kMaxHeadBytes, scanned_);
            if (parsed.outcome == HeadParse::Outcome::need_more) {
                scanned_ = in_.size();
                return std::nullopt;
            }
            if (parsed.outcome == HeadParse::Outcome::refused) {
                refuse_locked(parsed.status, parsed.code);
                return std::nullopt;
            }
            head_ = parsed.head;
            scanned_ = 0;
            if (head_.content_length > 0) {
                // Judged by its head before a byte of the body is read: over
                // the route's limit (413), or a large body for a caller the
                // route would refuse anyway.
                Request probe = client_request("");
                if (auto refusal = edge_.router.admit_body(edge_.site, probe, head_.content_length)) {
                    refuse_locked(std::move(*refusal));
                    return std::nullopt;
                }
                if (!reserve_body_locked()) {
                    refuse_locked(503, "server_busy");
                    return std::nullopt;
                }
            }
            state_ = State::body;
        }
        const std::size_t need = head_.size + head_.content_length;
        if (in_.size() < need) return std::nullopt;
        std::string body = in_.substr(head_.size, head_.content_length);
        in_.erase(0, need);
        // A connection that carried an upload does not keep its buffer.
        if (in_.capacity() > kMaxAheadBytes && in_.size() < kMaxAheadBytes / 4) in_.shrink_to_fit();
        reserved_body_ = 0;
        account_locked();
        keep_alive_ = head_.keep_alive;
        state_ = State::busy;
        head_started_ = Steady::now();
        Request request = client_request(std::move(body));
        head_ = RequestHead{};  // an edge refusal before the next head answers as HTTP/1.1
        return request;
    }

    // The request as the pipeline sees it, with the client's real address:
    // behind a trusted proxy, the rightmost untrusted X-Forwarded-For entry.
    Request client_request(std::string body) {
        std::string ip = ip_;
        bool secure = tls_ != nullptr;
        if (edge_.trusted(ip_)) {
            for (const auto& [name, value] : head_.headers) {
                if (name == "x-forwarded-for") {
                    std::vector<std::string> hops;
                    std::size_t start = 0;
                    while (start <= value.size()) {
                        auto end = value.find(',', start);
                        if (end == std::string::npos) end = value.size();
                        std::string hop = value.substr(start, end - start);
                        hop.erase(0, hop.find_first_not_of(" \t"));
                        hop.erase(hop.find_last_not_of(" \t") + 1);
                        if (!hop.empty()) hops.push_back(hop);
                        start = end + 1;
                    }
                    for (auto it = hops.rbegin(); it != hops.rend(); ++it) {
                        ip = *it;
                        if (!edge_.trusted(*it)) break;
                    }
                } else if (name == "x-forwarded-proto") {
                    secure = value == "https";
                }
            }
        }
        return to_request(head_, std::move(body), std::move(ip), secure);
    }

    void dispatch(Request request) {
        Site& site = edge_.site;
        site.in_flight.fetch_add(1);
        auto self = shared_from_this();
        const bool here = std::this_thread::get_id() == reactor_ && edge_.router.on_reactor(site, request);
        if (here) {
            serve(std::move(request));
            return;
        }
        // It may block (group commit, scrypt, a long query): a worker answers.
        auto shared = std::make_shared<Request>(std::move(request));
        if (edge_.pool.post([self, shared]() mutable { self->serve(std::move(*shared)); })) return;
        Response busy = Response::error(503, "service_unavailable");
        add_security_headers(busy, shared->tls);
        log_warn("worker_queue_full", {{"path", shared->path}});
        respond(*shared, busy);
        site.in_flight.fetch_sub(1);
    }

    void serve(Request request) {
        Site& site = edge_.site;
        const auto started = Steady::now();
        int status = 500;
        try {
            Response response = edge_.router.handle(site, request);
            status = response.status;
            if (response.defer) {
                auto defer = std::move(response.defer);
                Request kept = request;
                kept.body.clear();
                defer(std::make_shared<ConnectionResponder>(shared_from_this(), std::move(kept)));
            } else {
                respond(request, response);
            }
        } catch (const std::exception& e) {
            log_warn("serve_failed", {{"path", request.path}, {"error", e.what()}});
        }
        if (site.log_requests) {
            const double ms = std::chrono::duration<double, std::milli>(Steady::now() - started).count();
            log_info("request", {{"method", request.method},
                                 {"path", request.path},
                                 {"status", status},
                                 {"ms", static_cast<double>(static_cast<long>(ms * 100)) / 100}});
        }
        site.in_flight.fetch_sub(1);
    }

    // Answers with an error the edge decided (no handler ran), then closes.
    void refuse_locked(int status, std::string_view code) { refuse_locked(Response::error(status, code)); }
    void refuse_locked(Response response) {
        Request r;
        r.method = head_.method.empty() ? "GET" : head_.method;
        r.http10 = head_.http10;
        r.tls = tls_ != nullptr;
        add_security_headers(response, r.tls);
        edge_.refused.fetch_add(response.status == 503 ? 1 : 0);
        write_response_locked(r, response, false);
        state_ = State::head;
        close_locked(true);
    }

    void write_response_locked(const Request& request, const Response& response, bool keep_alive) {
        const bool bodyless = request.method == "HEAD" || response.status == 204 || response.status == 304;
        if (!response.file_path.empty()) {
            struct stat st{};
            if (::stat(response.file_path.c_str(), &st) != 0) {
                Response missing = Response::error(404, "not_found");
                add_security_headers(missing, request.tls);
                write_response_locked(request, missing, keep_alive);
                return;
            }
            const auto size = static_cast<std::uint64_t>(st.st_size);
            write_locked(serialize_head(response, request.http10, keep_alive, size), false);
            if (bodyless || size == 0) return;
            if (tls_) {
                // Encrypted in memory: direct TLS is for small deployments
                // (attachments of at most 100 MB); the nginx profile serves
                // files with sendfile.
                write_locked(read_file(response.file_path), false);
            } else {
                queue_file_locked(response.file_path);
            }
            return;
        }
        const auto payload = response.payload();
        std::string out = serialize_head(response, request.http10, keep_alive, payload.size());
        if (!bodyless) out.append(payload);
        write_locked(std::move(out), false);
    }

    // Sends `bytes` (encrypting them unless `raw`): from the reactor that owns
    // the socket with one send when nothing is queued before them, else
    // through Pistache's write queue (any thread), which keeps the order.
    void write_locked(std::string bytes, bool raw) {
        if (closed_ || bytes.empty()) return;
        if (tls_ && !raw) {
            std::string sealed;
            if (!tls_->send(bytes, sealed)) return;
            bytes = std::move(sealed);
        }
        std::size_t done = 0;
        if (queued_ == 0 && std::this_thread::get_id() == reactor_) {
            ssize_t n;
            do {
                n = ::send(fd_, bytes.data(), bytes.size(), MSG_NOSIGNAL | MSG_DONTWAIT);
            } while (n < 0 && errno == EINTR);
            if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK) return;  // the client went away
            done = n < 0 ? 0 : static_cast<std::size_t>(n);
        }
        if (done == bytes.size()) return;
        auto peer = peer_.lock();
        if (!peer) return;
        std::string rest = done ? bytes.substr(done) : std::move(bytes);
        const auto size = rest.size();
        track(peer->send(P::RawBuffer(std::move(rest), size)));
    }

    void queue_file_locked(const std::string& path) {
        try {
            track(transport_->asyncWrite(fd_, P::FileBuffer(path)));
        } catch (const std::exception& e) {
            log_warn("file_write_failed", {{"path", path}, {"error", e.what()}});
            close_locked(false);
        }
    }

    // Counts a queued write until Pistache reports it done, so later bytes
    // wait behind it and a closing connection closes once it is sent.
    void track(P::Async::Promise<ssize_t> promise) {
        ++queued_;
        std::weak_ptr<Connection> weak = weak_from_this();
        promise.then(
            [weak](ssize_t) {
                if (auto self = weak.lock()) self->write_done();
            },
            [weak](std::exception_ptr) {
                if (auto self = weak.lock()) self->write_done();
            });
    }

    void write_done() {
        std::lock_guard<std::recursive_mutex> lock(mutex_);
        if (queued_ > 0) --queued_;
        if (closing_ && queued_ == 0) shutdown_locked(SHUT_WR);
    }

    // Ends the connection: after what is queued is sent (`graceful`) with a
    // short linger so the client reads our answer, or at once.
    void close_locked(bool graceful) {
        if (closed_) return;
        if (!graceful) {
            shutdown_locked(SHUT_RDWR);
            return;
        }
        if (!closing_) {
            closing_ = true;
            closing_since_ = Steady::now();
            in_.clear();
            account_locked();
        }
        if (queued_ == 0) shutdown_locked(SHUT_WR);
    }

    void shutdown_locked(int how) {
        if (closed_) return;
        // Pistache closes the descriptor only after on_closed(), which waits
        // for our mutex: the descriptor is still this connection's.
        ::shutdown(fd_, how);
        if (how == SHUT_RDWR) closing_ = true;
    }

    // Brings the budget in line with what this connection holds; false when
    // growing it would pass the budget (then nothing more is held).
    bool account_locked() {
        const std::size_t want = closed_ ? 0 : std::max(in_.capacity(), reserved_body_);
        if (want > counted_) {
            if (!edge_.reserve(want - counted_)) return false;
        } else {
            edge_.release(counted_ - want);
        }
        counted_ = want;
        return true;
    }

    // A declared body is reserved whole before it is read: a hundred clients
    // each sending all but the last byte of a large body cannot together
    // hold more than the budget.
    bool reserve_body_locked() {
        reserved_body_ = head_.size + head_.content_length;
        if (account_locked()) return true;
        reserved_body_ = 0;
        return false;
    }

    Edge& edge_;
    // Weak: the peer keeps this connection in its data, and Pistache drops
    // the peer when the socket closes.
    std::weak_ptr<P::Tcp::Peer> peer_;
    P::Tcp::Transport* transport_;
    const int fd_;
    const std::string ip_;
    const std::thread::id reactor_;
    std::unique_ptr<TlsSession> tls_;

    // Recursive: Pistache runs a write's continuation inline when the write
    // completed before the continuation was attached (write_done() then
    // runs inside write_locked()).
    std::recursive_mutex mutex_;
    bool closed_ = false;   // Pistache is closing the socket
    bool closing_ = false;  // we asked it to end
    State state_ = State::head;
    std::string in_;
    std::size_t scanned_ = 0;
    RequestHead head_;
    bool keep_alive_ = true;
    int queued_ = 0;
    std::size_t counted_ = 0;        // bytes counted in the edge's budget
    std::size_t reserved_body_ = 0;  // the request being read, whole
    Steady::time_point opened_, idle_since_, head_started_, last_byte_, closing_since_;

    friend class ConnectionResponder;
};

void ConnectionResponder::send(Response response) {
    if (sent_.exchange(true)) return;
    add_security_headers(response, request_.tls);
    conn_->respond(request_, response);
}

// [SECTION] the Pistache handler --------------------------------------------

class EdgeHandler final : public P::Tcp::Handler {
public:
    PROTOTYPE_OF(P::Tcp::Handler, EdgeHandler)

    explicit EdgeHandler(Edge* edge) : edge_(edge) {}
    EdgeHandler(const EdgeHandler& other) : P::Tcp::Handler(), edge_(other.edge_) {}

    void onConnection(const std::shared_ptr<P::Tcp::Peer>& peer) override {
        try {
            auto ip = std::static_pointer_cast<std::string>(peer->tryGetData(kAddress));
            auto conn = std::make_shared<Connection>(*edge_, peer, transport(), ip ? *ip : std::string("?"));
            {
                std::lock_guard lock(edge_->registry_mutex);
                edge_->open.emplace(conn.get(), conn);
            }
            peer->putData(kKey, conn);
        } catch (const std::exception& e) {
            log_warn("connection_setup_failed", {{"error", e.what()}});
            ::shutdown(peer->fd(), SHUT_RDWR);
        }
    }

    void onInput(const char* buffer, size_t len, const std::shared_ptr<P::Tcp::Peer>& peer) override {
        // Nothing may escape into Pistache's reactor loop: it would end the thread.
        try {
            if (auto conn = std::static_pointer_cast<Connection>(peer->tryGetData(kKey))) conn->on_bytes(buffer, len);
        } catch (const std::exception& e) {
            log_warn("input_failed", {{"error", e.what()}});
        }
    }

    void onDisconnection(const std::shared_ptr<P::Tcp::Peer>& peer) override {
        try {
            if (auto conn = std::static_pointer_cast<Connection>(peer->tryGetData(kKey))) conn->on_closed();
        } catch (const std::exception& e) {
            log_warn("disconnect_failed", {{"error", e.what()}});
        }
    }

    // Peer data keys: the connection, and the address text the acceptor admitted.
    static constexpr const char* kKey = "pakn";
    static constexpr const char* kAddress = "pakn-address";

private:
    Edge* edge_;
};

}  // namespace

// [SECTION] descriptors -----------------------------------------------------

std::size_t raise_descriptor_limit(std::size_t cap) {
    rlimit l{};
    if (getrlimit(RLIMIT_NOFILE, &l) != 0) return 0;
    const rlim_t want = l.rlim_max == RLIM_INFINITY ? cap : std::min<rlim_t>(l.rlim_max, cap);
    if (l.rlim_cur < want) {
        l.rlim_cur = want;
        setrlimit(RLIMIT_NOFILE, &l);
        getrlimit(RLIMIT_NOFILE, &l);
    }
    return static_cast<std::size_t>(l.rlim_cur);
}

// [SECTION] HttpServer ------------------------------------------------------

struct HttpServer::Impl {
    Site& site;
    ServerOptions options;
    Router router{api_routes()};
    std::unique_ptr<TlsContext> tls;
    std::unique_ptr<WorkerPool> pool;
    std::unique_ptr<Edge> edge;
    P::Aio::Reactor reactor;
    P::Aio::Reactor::Key key;
    std::vector<std::shared_ptr<P::Tcp::Transport>> transports;
    int listen_fd = -1;
    int wake_fd = -1;
    std::thread acceptor, sweeper;
    std::mutex stop_mutex;
    std::condition_variable stop_cv;
    bool stopping = false;
    bool running = false;

    Impl(Site& s, ServerOptions o) : site(s), options(std::move(o)) {}

    void bind_listener() {
        addrinfo hints{};
        hints.ai_family = AF_UNSPEC;
        hints.ai_socktype = SOCK_STREAM;
        hints.ai_flags = AI_PASSIVE;
        addrinfo* found = nullptr;
        const std::string port = std::to_string(options.port);
        if (getaddrinfo(options.host.c_str(), port.c_str(), &hints, &found) != 0 || !found)
            throw std::runtime_error("cannot resolve " + options.host);
        std::string error = "cannot listen on " + options.host + ":" + port;
        for (addrinfo* a = found; a; a = a->ai_next) {
            const int fd = ::socket(a->ai_family, a->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, a->ai_protocol);
            if (fd < 0) continue;
            const int one = 1;
            setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
            if (::bind(fd, a->ai_addr, a->ai_addrlen) == 0 && ::listen(fd, 4096) == 0) {
                listen_fd = fd;
                break;
            }
            error += std::string(": ") + std::strerror(errno);
            ::close(fd);
        }
        freeaddrinfo(found);
        if (listen_fd < 0) throw std::runtime_error(error);
    }

    int bound_port() const {
        sockaddr_storage sa{};
        socklen_t len = sizeof sa;
        getsockname(listen_fd, reinterpret_cast<sockaddr*>(&sa), &len);
        if (sa.ss_family == AF_INET6) return ntohs(reinterpret_cast<sockaddr_in6*>(&sa)->sin6_port);
        return ntohs(reinterpret_cast<sockaddr_in*>(&sa)->sin_port);
    }

    // Accepts until told to stop. At EMFILE/ENFILE it stops listening for a
    // moment instead of spinning on a listen socket that stays readable.
    void accept_loop() {
        const int ep = epoll_create1(EPOLL_CLOEXEC);
        epoll_event ev{};
        ev.events = EPOLLIN;
        ev.data.fd = listen_fd;
        epoll_ctl(ep, EPOLL_CTL_ADD, listen_fd, &ev);
        ev.data.fd = wake_fd;
        epoll_ctl(ep, EPOLL_CTL_ADD, wake_fd, &ev);
        auto last_warning = Steady::time_point{};
        for (;;) {
            epoll_event events[8];
            const int n = epoll_wait(ep, events, 8, -1);
            if (n < 0 && errno == EINTR) continue;
            bool stop = false;
            for (int i = 0; i < n; ++i)
                if (events[i].data.fd == wake_fd) stop = true;
            if (stop) break;
            for (int burst = 0; burst < 256; ++burst) {
                sockaddr_storage sa{};
                socklen_t len = sizeof sa;
                const int fd = ::accept4(listen_fd, reinterpret_cast<sockaddr*>(&sa), &len, SOCK_NONBLOCK | SOCK_CLOEXEC);
                if (fd < 0) {
                    if (errno == EMFILE || errno == ENFILE || errno == ENOBUFS || errno == ENOMEM) {
                        if (Steady::now() - last_warning > std::chrono::seconds(10)) {
                            log_warn("accept_out_of_descriptors", {{"error", std::strerror(errno)}});
                            last_warning = Steady::now();
                        }
                        std::unique_lock lock(stop_mutex);
                        stop_cv.wait_for(lock, std::chrono::milliseconds(100), [this] { return stopping; });
                    }
                    break;  // EAGAIN: all taken; others: try on the next event
                }
                hand_over(fd, sa);
            }
        }
        ::close(ep);
    }

    void hand_over(int fd, const sockaddr_storage& sa) {
        const std::string ip = address_text(sa);
        if (!edge->admit(ip)) {
            // Told plainly, then closed: it never reaches a reactor.
            edge->refused.fetch_add(1);
            static const std::string busy =
                "HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\nRetry-After: 5\r\n"
                "Connection: close\r\nContent-Length: 0\r\n\r\n";
            if (!options.tls()) (void)::send(fd, busy.data(), busy.size(), MSG_NOSIGNAL | MSG_DONTWAIT);
            ::close(fd);
            return;
        }
        const int one = 1;
        setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        sockaddr_storage copy = sa;
        auto peer = P::Tcp::Peer::Create(fd, P::Address::fromUnix(reinterpret_cast<sockaddr*>(&copy)));
        peer->putData(EdgeHandler::kAddress, std::make_shared<std::string>(ip));
        auto& transport = transports[static_cast<std::size_t>(fd) % transports.size()];
        transport->handleNewPeer(peer);
    }

    void sweep_loop() {
        std::unique_lock lock(stop_mutex);
        while (!stopping) {
            stop_cv.wait_for(lock, std::chrono::milliseconds(100), [this] { return stopping; });
            if (stopping) break;
            lock.unlock();
            std::vector<std::shared_ptr<Connection>> all;
            {
                std::lock_guard registry(edge->registry_mutex);
                all.reserve(edge->open.size());
                for (auto& [_, weak] : edge->open)
                    if (auto c = weak.lock()) all.push_back(std::move(c));
            }
            const auto now = Steady::now();
            for (auto& c : all) c->sweep(now);
            all.clear();
            lock.lock();
        }
    }
};

HttpServer::HttpServer(Site& site, ServerOptions options) : impl_(std::make_unique<Impl>(site, std::move(options))) {}

HttpServer::~HttpServer() { stop(0); }

int HttpServer::start() {
    auto& i = *impl_;
    const auto descriptors = raise_descriptor_limit();
    // Keep room for the database, attachments being written and logs.
    if (descriptors > 512)
        i.options.limits.max_connections = std::min(i.options.limits.max_connections, descriptors - 256);
    if (i.options.tls()) {
        std::string error;
        i.tls = TlsContext::load(i.options.tls_cert, i.options.tls_key, error);
        if (!i.tls) throw std::runtime_error("TLS: " + error);
    }
    i.pool = std::make_unique<WorkerPool>(i.options.workers, 8192);
    i.edge = std::make_unique<Edge>(i.site, i.router, *i.pool, i.options, i.tls.get());
    i.bind_listener();
    i.wake_fd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    i.reactor.init(P::Aio::AsyncContext(static_cast<std::size_t>(std::max(1, i.options.reactors)), "pakn-reactor"));
    i.key = i.reactor.addHandler(std::make_shared<P::Tcp::Transport>(std::make_shared<EdgeHandler>(i.edge.get())));
    for (auto& h : i.reactor.handlers(i.key)) i.transports.push_back(std::static_pointer_cast<P::Tcp::Transport>(h));
    i.reactor.run();
    i.running = true;
    i.acceptor = std::thread([&i] { i.accept_loop(); });
    i.sweeper = std::thread([&i] { i.sweep_loop(); });
    log_info("edge_ready", {{"descriptors", descriptors},
                            {"max_connections", i.options.limits.max_connections},
                            {"tls", i.options.tls()},
                            {"trusted_proxies", i.options.trusted_proxies.size()}});
    return i.bound_port();
}

void HttpServer::stop(int drain_ms) {
    auto& i = *impl_;
    if (!i.running) return;
    i.running = false;
    // New requests get 503 + Connection: close while the in-flight ones finish.
    i.site.draining = true;
    const auto deadline = Steady::now() + std::chrono::milliseconds(drain_ms);
    while (i.site.in_flight.load() > 0 && Steady::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    {
        std::lock_guard lock(i.stop_mutex);
        i.stopping = true;
    }
    i.stop_cv.notify_all();
    const std::uint64_t one = 1;
    (void)::write(i.wake_fd, &one, sizeof one);
    if (i.acceptor.joinable()) i.acceptor.join();
    if (i.sweeper.joinable()) i.sweeper.join();
    ::close(i.listen_fd);
    // Queued changes are answered (503: draining) while connections still exist.
    i.pool->stop();
    // Every open connection ends, so the reactors have nothing left to hold.
    // (Collected first: a closing connection takes its own lock, then the
    // registry's.)
    std::vector<std::shared_ptr<Connection>> all;
    {
        std::lock_guard lock(i.edge->registry_mutex);
        for (auto& [_, weak] : i.edge->open)
            if (auto c = weak.lock()) all.push_back(std::move(c));
    }
    for (auto& c : all) c->abort();
    all.clear();
    i.reactor.shutdown();
    ::close(i.wake_fd);
}

EdgeStats HttpServer::stats() const {
    EdgeStats s;
    if (!impl_->edge) return s;
    {
        std::lock_guard lock(impl_->edge->registry_mutex);
        s.connections = impl_->edge->accepted;
    }
    s.buffered_bytes = impl_->edge->buffered.load();
    s.refused_connections = impl_->edge->refused.load();
    return s;
}

}  // namespace pakn::server::http

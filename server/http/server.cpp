#include "http/server.h"

#include <pistache/endpoint.h>
#include <pistache/http.h>
#include <pistache/peer.h>

#include <sys/socket.h>
#include <sys/uio.h>

#include <cerrno>
#include <chrono>
#include <optional>
#include <mutex>
#include <sstream>
#include <thread>

#include "http/router.h"
#include "http/worker_pool.h"
#include "base/log.h"

namespace pakn::server::http {
namespace P = Pistache;

namespace {

// Pistache 0.0.5 writes only typed headers into responses (raw ones are
// dropped), so every header we set travels as this generic typed header.
// Never used for Content-Type on file responses: serveFile() casts that
// header to its own ContentType class.
class AnyHeader final : public P::Http::Header::Header {
public:
    AnyHeader(std::string name, std::string value) : name_(std::move(name)), value_(std::move(value)) {}
    const char* name() const override { return name_.c_str(); }
    void write(std::ostream& os) const override { os << value_; }
    std::uint64_t hash() const override { return P::Http::Header::detail::hash(name_.c_str()); }

private:
    std::string name_;
    std::string value_;
};

std::string lower(std::string s) {
    for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

Request to_request(const P::Http::Request& in, bool tls) {
    Request r;
    r.method = P::Http::methodString(in.method());
    r.path = in.resource();
    for (auto it = in.query().parameters_begin(); it != in.query().parameters_end(); ++it) {
        // Pistache splits the query but does not decode it.
        auto k = percent_decode(it->first, true);
        auto v = percent_decode(it->second, true);
        if (k && v) r.query.emplace_back(std::move(*k), std::move(*v));
    }
    for (const auto& h : in.headers().list()) {
        std::ostringstream os;
        h->write(os);
        r.headers.emplace_back(lower(h->name()), os.str());
    }
    for (const auto& [name, raw] : in.headers().rawList()) r.headers.emplace_back(lower(name), raw.value());
    // Pistache moves the Cookie header into its cookie jar; rebuild it.
    std::string cookie;
    for (const auto& c : in.cookies()) {
        if (!cookie.empty()) cookie += "; ";
        cookie += c.name + "=" + c.value;
    }
    if (!cookie.empty()) r.headers.emplace_back("cookie", std::move(cookie));
    r.body = in.body();
    r.remote_ip = in.address().host();
    r.http10 = in.version() == P::Http::Version::Http10;
    r.tls = tls;
    return r;
}

// Sends a deferred response from any thread: ResponseWriter::send only
// queues the bytes on the transport's multi-producer queue.
class DeferredResponder final : public Responder {
public:
    DeferredResponder(P::Http::ResponseWriter writer, Request request)
        : writer_(std::move(writer)), request_(std::move(request)) {}
    void send(Response response) override;

private:
    std::mutex mutex_;
    bool sent_ = false;
    P::Http::ResponseWriter writer_;
    Request request_;
};

class PaknHandler : public P::Http::Handler {
public:
    HTTP_PROTOTYPE(PaknHandler)

    PaknHandler(Site* site, const Router* router, WorkerPool* pool, bool tls)
        : site_(site), router_(router), pool_(pool), tls_(tls) {}

    void onRequest(const P::Http::Request& in, P::Http::ResponseWriter writer) override {
        const auto started = std::chrono::steady_clock::now();
        // Counted until answered, so a graceful stop waits for pooled work too.
        site_->in_flight.fetch_add(1);
        std::string path;
        try {
            auto request = std::make_shared<Request>(to_request(in, tls_));
            path = request->path;
            if (!router_->on_reactor(*site_, *request)) {
                // It may block (group commit, scrypt, a long query): a worker answers.
                auto held = std::make_shared<P::Http::ResponseWriter>(std::move(writer));
                if (pool_->post([this, request, held, started] { serve(*request, *held, false, started); })) return;
                Response busy = Response::error(503, "service_unavailable");
                add_security_headers(busy, request->tls);
                write(*request, busy, *held, true);
                log_warn("worker_queue_full", {{"path", path}});
                site_->in_flight.fetch_sub(1);
                return;
            }
            serve(*request, writer, true, started);
        } catch (const std::exception& e) {
            // A failure while reading the request or writing (the client went
            // away) must never take the reactor, and with it the server, down.
            log_warn("write_failed", {{"path", path}, {"error", e.what()}});
            site_->in_flight.fetch_sub(1);
        }
    }

    // Answers one request and ends its in_flight count; `on_reactor`: the
    // calling thread owns the connection (see send_direct).
    void serve(Request& request, P::Http::ResponseWriter& writer, bool on_reactor,
               std::chrono::steady_clock::time_point started) const {
        struct Done {
            Site* site;
            ~Done() { site->in_flight.fetch_sub(1); }
        } done{site_};
        int status = 500;
        std::size_t bytes = 0;
        try {
            Response response = router_->handle(*site_, request);
            status = response.status;
            if (response.defer) {
                auto defer = std::move(response.defer);
                Request kept = request;
                kept.body.clear();
                defer(std::make_shared<DeferredResponder>(std::move(writer), std::move(kept)));
            } else {
                bytes = write(request, response, writer, on_reactor);
            }
        } catch (const std::exception& e) {
            log_warn("write_failed", {{"path", request.path}, {"error", e.what()}});
        }
        if (site_->log_requests) {
            const double ms =
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
            log_info("request", {{"method", request.method},
                                 {"path", request.path},
                                 {"status", status},
                                 {"bytes", bytes},
                                 {"ms", static_cast<double>(static_cast<long>(ms * 100)) / 100}});
        }
    }

    // `direct`: called on the reactor thread that owns the connection (not
    // for deferred answers sent later from other threads).
    static std::size_t write(const Request& request, const Response& response, P::Http::ResponseWriter& w,
                             bool direct) {
        if (direct && response.file_path.empty()) {
            if (auto sent = send_direct(request, response, w)) return *sent;
        }
        bool close = false;
        std::string file_type;
        for (const auto& [name, value] : response.headers) {
            const std::string key = lower(name);
            if (key == "connection") {
                close = lower(value) == "close";
                continue;
            }
            if (key == "content-type" && !response.file_path.empty()) {
                file_type = value;
                continue;
            }
            w.headers().add(std::make_shared<AnyHeader>(name, value));
        }
        if (close) {
            w.headers().remove<P::Http::Header::Connection>();
            w.headers().add<P::Http::Header::Connection>(P::Http::ConnectionControl::Close);
        }
        const auto code = static_cast<P::Http::Code>(response.status);
        if (!response.file_path.empty()) {
            P::Http::Mime::MediaType mime;
            try {
                mime = P::Http::Mime::MediaType::fromString(file_type);
            } catch (const std::exception&) {
                mime = P::Http::Mime::MediaType(P::Http::Mime::Type::Application, P::Http::Mime::Subtype::OctetStream);
            }
            P::Http::serveFile(w, response.file_path, mime);
            return 0;
        }
        const auto payload = response.payload();
        // HEAD and 304 carry headers only.
        if (request.method == "HEAD" || response.status == 304 || response.status == 204) {
            w.send(code);
            return 0;
        }
        w.send(code, payload.data(), payload.size());
        return payload.size();
    }

private:
    // Writes a whole plain-TCP response with one writev from the reactor
    // thread that owns the socket. Pistache 0.0.5's own path copied a body
    // four to five times (a 512-byte buffer doubling up to its size, then
    // into a RawBuffer and the write queue's holders) and woke its reactor
    // through an eventfd and an epoll_ctl for every response: a 24 KB
    // statistics page ran at half of nginx's rate for that alone. Only the
    // unsent rest of a response, if the socket is full, goes through
    // Pistache's queue. TLS connections keep Pistache's path (SSL_write).
    // nullopt: not sent here (the caller uses the Pistache path).
    static std::optional<std::size_t> send_direct(const Request& request, const Response& response,
                                                  P::Http::ResponseWriter& w) {
        auto peer = w.getPeer();
        if (!peer || peer->ssl() != nullptr) return std::nullopt;
        const bool no_body = request.method == "HEAD" || response.status == 304 || response.status == 204;
        const std::string_view payload = response.payload();
        // Pistache answers each request's Connection header in kind (and
        // closes nothing itself); keep its behaviour.
        auto control = P::Http::ConnectionControl::Close;
        if (auto c = w.headers().tryGet<P::Http::Header::Connection>()) control = c->control();
        thread_local std::string head;
        head.clear();
        head += request.http10 ? "HTTP/1.0 " : "HTTP/1.1 ";
        head += std::to_string(response.status);
        head += ' ';
        head += P::Http::codeString(static_cast<P::Http::Code>(response.status));
        head += "\r\n";
        for (const auto& [name, value] : response.headers) {
            if (name.size() == 10 && lower(name) == "connection") {
                if (lower(value) == "close") control = P::Http::ConnectionControl::Close;
                continue;
            }
            head += name;
            head += ": ";
            head += value;
            head += "\r\n";
        }
        head += control == P::Http::ConnectionControl::KeepAlive ? "Connection: Keep-Alive\r\n"
                                                                 : "Connection: Close\r\n";
        if (response.status != 304 && response.status != 204) {
            head += "Content-Length: ";
            head += std::to_string(payload.size());
            head += "\r\n";
        }
        head += "\r\n";
        const std::size_t body_size = no_body ? 0 : payload.size();
        iovec parts[2] = {{head.data(), head.size()}, {const_cast<char*>(payload.data()), body_size}};
        msghdr message{};
        message.msg_iov = parts;
        message.msg_iovlen = body_size ? 2 : 1;
        const std::size_t total = head.size() + body_size;
        ssize_t n;
        do {
            n = ::sendmsg(peer->fd(), &message, MSG_NOSIGNAL | MSG_DONTWAIT);
        } while (n < 0 && errno == EINTR);
        peer->setIdle(true);
        if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK) return 0;  // the client went away
        const std::size_t done = n < 0 ? 0 : static_cast<std::size_t>(n);
        if (done < total) {
            std::string rest;
            rest.reserve(total - done);
            if (done < head.size()) {
                rest.append(head, done);
                rest.append(payload.data(), body_size);
            } else {
                rest.append(payload.data() + (done - head.size()), total - done);
            }
            const auto size = rest.size();
            peer->send(Pistache::RawBuffer(std::move(rest), size));
        }
        return body_size;
    }

    Site* site_;
    const Router* router_;
    WorkerPool* pool_;
    bool tls_;
};

void DeferredResponder::send(Response response) {
    std::lock_guard lock(mutex_);
    if (sent_) return;
    sent_ = true;
    add_security_headers(response, request_.tls);
    try {
        PaknHandler::write(request_, response, writer_, false);
    } catch (const std::exception& e) {
        log_warn("deferred_write_failed", {{"path", request_.path}, {"error", e.what()}});
    }
}

}  // namespace

struct HttpServer::Impl {
    Site& site;
    ServerOptions options;
    Router router{api_routes()};
    std::unique_ptr<WorkerPool> pool;
    std::unique_ptr<P::Http::Endpoint> endpoint;
    Impl(Site& s, ServerOptions o) : site(s), options(std::move(o)) {}
};

HttpServer::HttpServer(Site& site, ServerOptions options) : impl_(std::make_unique<Impl>(site, std::move(options))) {}
HttpServer::~HttpServer() = default;

int HttpServer::start() {
    const auto& cfg = impl_->options;
    P::Address address(cfg.host, P::Port(static_cast<std::uint16_t>(cfg.port)));
    impl_->endpoint = std::make_unique<P::Http::Endpoint>(address);
    impl_->pool = std::make_unique<WorkerPool>(cfg.workers, 8192);
    auto options = P::Http::Endpoint::options()
                       .threads(cfg.reactors)
                       .flags(P::Tcp::Options::ReuseAddr)
                       .maxRequestSize(cfg.max_request_bytes)
                       .headerTimeout(std::chrono::seconds(20))
                       .bodyTimeout(std::chrono::seconds(60));
    impl_->endpoint->init(options);
    impl_->endpoint->setHandler(
        P::Http::make_handler<PaknHandler>(&impl_->site, &impl_->router, impl_->pool.get(), cfg.tls()));
    if (cfg.tls()) impl_->endpoint->useSSL(cfg.tls_cert, cfg.tls_key);
    impl_->endpoint->serveThreaded();
    return static_cast<int>(static_cast<std::uint16_t>(impl_->endpoint->getPort()));
}

void HttpServer::stop(int drain_ms) {
    if (!impl_->endpoint) return;
    // New requests get 503 + Connection: close while the in-flight ones finish.
    impl_->site.draining = true;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(drain_ms);
    while (impl_->site.in_flight.load() > 0 && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    // Queued changes are answered (503: draining) while connections still exist.
    impl_->pool->stop();
    impl_->endpoint->shutdown();
    impl_->endpoint.reset();
}

}  // namespace pakn::server::http

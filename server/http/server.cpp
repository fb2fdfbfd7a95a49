#include "http/server.h"

#include <pistache/endpoint.h>
#include <pistache/http.h>

#include <chrono>
#include <mutex>
#include <sstream>
#include <thread>

#include "app.h"
#include "http/router.h"
#include "log.h"

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

    PaknHandler(App* app, const Router* router) : app_(app), router_(router) {}

    void onRequest(const P::Http::Request& in, P::Http::ResponseWriter writer) override {
        const auto started = std::chrono::steady_clock::now();
        app_->in_flight.fetch_add(1);
        struct Done {
            App* app;
            ~Done() { app->in_flight.fetch_sub(1); }
        } done{app_};
        int status = 500;
        std::size_t bytes = 0;
        std::string method, path;
        try {
            Request request = to_request(in, app_->config.tls());
            method = request.method;
            path = request.path;
            Response response = router_->handle(*app_, request);
            status = response.status;
            if (response.defer) {
                auto defer = std::move(response.defer);
                request.body.clear();
                defer(std::make_shared<DeferredResponder>(std::move(writer), std::move(request)));
            } else {
                bytes = write(request, response, writer);
            }
        } catch (const std::exception& e) {
            // A failure while writing (e.g. the client went away) must never
            // take the worker thread, and with it the server, down.
            log_warn("write_failed", {{"path", path}, {"error", e.what()}});
        }
        if (app_->config.log_requests) {
            const double ms =
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
            log_info("request", {{"method", method},
                                 {"path", path},
                                 {"status", status},
                                 {"bytes", bytes},
                                 {"ms", static_cast<double>(static_cast<long>(ms * 100)) / 100}});
        }
    }

    static std::size_t write(const Request& request, const Response& response, P::Http::ResponseWriter& w) {
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
    App* app_;
    const Router* router_;
};

void DeferredResponder::send(Response response) {
    std::lock_guard lock(mutex_);
    if (sent_) return;
    sent_ = true;
    add_security_headers(response, request_.tls);
    try {
        PaknHandler::write(request_, response, writer_);
    } catch (const std::exception& e) {
        log_warn("deferred_write_failed", {{"path", request_.path}, {"error", e.what()}});
    }
}

}  // namespace

struct HttpServer::Impl {
    App& app;
    Router router{api_routes()};
    std::unique_ptr<P::Http::Endpoint> endpoint;
    explicit Impl(App& a) : app(a) {}
};

HttpServer::HttpServer(App& app) : impl_(std::make_unique<Impl>(app)) {}
HttpServer::~HttpServer() = default;

int HttpServer::start() {
    const auto& cfg = impl_->app.config;
    P::Address address(cfg.host, P::Port(static_cast<std::uint16_t>(cfg.port)));
    impl_->endpoint = std::make_unique<P::Http::Endpoint>(address);
    auto options = P::Http::Endpoint::options()
                       .threads(cfg.effective_threads())
                       .flags(P::Tcp::Options::ReuseAddr)
                       .maxRequestSize(cfg.max_request_bytes)
                       .headerTimeout(std::chrono::seconds(20))
                       .bodyTimeout(std::chrono::seconds(60));
    impl_->endpoint->init(options);
    impl_->endpoint->setHandler(P::Http::make_handler<PaknHandler>(&impl_->app, &impl_->router));
    if (cfg.tls()) impl_->endpoint->useSSL(cfg.tls_cert, cfg.tls_key);
    impl_->endpoint->serveThreaded();
    return static_cast<int>(static_cast<std::uint16_t>(impl_->endpoint->getPort()));
}

void HttpServer::stop(int drain_ms) {
    if (!impl_->endpoint) return;
    // New requests get 503 + Connection: close while the in-flight ones finish.
    impl_->app.draining = true;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(drain_ms);
    while (impl_->app.in_flight.load() > 0 && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    impl_->endpoint->shutdown();
    impl_->endpoint.reset();
}

}  // namespace pakn::server::http

// TLS for the server's own HTTPS (small deployments; production runs behind
// the nginx profile in docs/operations.md). Pistache 0.0.5 ran SSL_accept on
// its single accept thread with a blocking socket: six idle connections that
// never sent a ClientHello stopped every HTTPS request for a minute. Here a
// connection's TLS runs on memory BIOs inside the connection's own reactor
// callbacks: bytes in, bytes out, never a blocking call, so a stalled
// handshake only costs its own connection (and the edge closes it after a
// timeout).
#pragma once

#include <memory>
#include <string>
#include <string_view>

using SSL_CTX = struct ssl_ctx_st;
using SSL = struct ssl_st;
using BIO = struct bio_st;

namespace pakn::server::http {

// Certificates and the protocol profile: TLS 1.2 and 1.3 only, forward-secret
// AEAD suites, no compression, no renegotiation, server cipher order.
class TlsContext {
public:
    // nullptr with `error` set when the files cannot be used.
    static std::unique_ptr<TlsContext> load(const std::string& cert_pem, const std::string& key_pem,
                                            std::string& error);
    ~TlsContext();
    SSL_CTX* raw() const { return ctx_; }

private:
    explicit TlsContext(SSL_CTX* ctx) : ctx_(ctx) {}
    SSL_CTX* ctx_;
};

// One connection's TLS state. Not thread-safe: the connection serialises calls.
class TlsSession {
public:
    explicit TlsSession(const TlsContext& context);
    ~TlsSession();
    TlsSession(const TlsSession&) = delete;
    TlsSession& operator=(const TlsSession&) = delete;

    // Takes ciphertext from the client. Appends what it decrypts to `plain`
    // and what must go back to the client (handshake records, alerts) to
    // `to_send`. False on a fatal protocol error: close the connection after
    // sending `to_send`.
    bool receive(std::string_view cipher, std::string& plain, std::string& to_send);
    // Encrypts `plain` for the client into `to_send`; false once the session failed.
    bool send(std::string_view plain, std::string& to_send);
    bool established() const { return established_; }

private:
    void drain(std::string& to_send);
    SSL* ssl_ = nullptr;
    BIO* in_ = nullptr;   // owned by ssl_
    BIO* out_ = nullptr;  // owned by ssl_
    bool established_ = false;
    bool failed_ = false;
};

}  // namespace pakn::server::http

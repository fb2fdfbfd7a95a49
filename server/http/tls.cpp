#include "http/tls.h"

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/ssl.h>

namespace pakn::server::http {
namespace {

std::string last_error() {
    const unsigned long e = ERR_get_error();
    if (!e) return "unknown TLS error";
    char buf[256];
    ERR_error_string_n(e, buf, sizeof buf);
    return buf;
}

}  // namespace

std::unique_ptr<TlsContext> TlsContext::load(const std::string& cert_pem, const std::string& key_pem,
                                             std::string& error) {
    SSL_CTX* ctx = SSL_CTX_new(TLS_server_method());
    if (!ctx) {
        error = last_error();
        return nullptr;
    }
    auto fail = [&](const std::string& what) -> std::unique_ptr<TlsContext> {
        error = what + ": " + last_error();
        SSL_CTX_free(ctx);
        return nullptr;
    };
    SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
    SSL_CTX_set_options(ctx, SSL_OP_NO_COMPRESSION | SSL_OP_NO_RENEGOTIATION | SSL_OP_CIPHER_SERVER_PREFERENCE |
                                 SSL_OP_NO_TICKET);
    // TLS 1.2: ECDHE with AEAD only (forward secrecy); 1.3's suites all are.
    if (SSL_CTX_set_cipher_list(ctx, "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
                                     "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
                                     "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305") != 1)
        return fail("cipher list");
    if (SSL_CTX_use_certificate_chain_file(ctx, cert_pem.c_str()) != 1) return fail("certificate " + cert_pem);
    if (SSL_CTX_use_PrivateKey_file(ctx, key_pem.c_str(), SSL_FILETYPE_PEM) != 1) return fail("key " + key_pem);
    if (SSL_CTX_check_private_key(ctx) != 1) return fail("key does not match the certificate");
    return std::unique_ptr<TlsContext>(new TlsContext(ctx));
}

TlsContext::~TlsContext() { SSL_CTX_free(ctx_); }

TlsSession::TlsSession(const TlsContext& context) {
    ssl_ = SSL_new(context.raw());
    in_ = BIO_new(BIO_s_mem());
    out_ = BIO_new(BIO_s_mem());
    // An empty memory BIO reads as "try again", not as end of file.
    BIO_set_mem_eof_return(in_, -1);
    BIO_set_mem_eof_return(out_, -1);
    SSL_set_bio(ssl_, in_, out_);
    SSL_set_accept_state(ssl_);
}

TlsSession::~TlsSession() { SSL_free(ssl_); }

void TlsSession::drain(std::string& to_send) {
    char buf[16384];
    int n;
    while ((n = BIO_read(out_, buf, sizeof buf)) > 0) to_send.append(buf, static_cast<std::size_t>(n));
}

bool TlsSession::receive(std::string_view cipher, std::string& plain, std::string& to_send) {
    if (failed_) return false;
    while (!cipher.empty()) {
        const int n = BIO_write(in_, cipher.data(), static_cast<int>(std::min<std::size_t>(cipher.size(), 1 << 20)));
        if (n <= 0) {
            failed_ = true;
            return false;
        }
        cipher.remove_prefix(static_cast<std::size_t>(n));
    }
    if (!established_) {
        const int r = SSL_do_handshake(ssl_);
        drain(to_send);
        if (r == 1) {
            established_ = true;
        } else {
            const int e = SSL_get_error(ssl_, r);
            if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE) return true;
            ERR_clear_error();
            failed_ = true;
            return false;
        }
    }
    char buf[16384];
    for (;;) {
        const int n = SSL_read(ssl_, buf, sizeof buf);
        if (n > 0) {
            plain.append(buf, static_cast<std::size_t>(n));
            continue;
        }
        const int e = SSL_get_error(ssl_, n);
        drain(to_send);
        if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE) return true;
        ERR_clear_error();
        // close_notify from the client ends the session cleanly.
        failed_ = true;
        return e == SSL_ERROR_ZERO_RETURN;
    }
}

bool TlsSession::send(std::string_view plain, std::string& to_send) {
    if (failed_ || !established_) return false;
    while (!plain.empty()) {
        const int n = SSL_write(ssl_, plain.data(), static_cast<int>(std::min<std::size_t>(plain.size(), 1 << 20)));
        if (n <= 0) {
            ERR_clear_error();
            failed_ = true;
            return false;
        }
        plain.remove_prefix(static_cast<std::size_t>(n));
        drain(to_send);
    }
    drain(to_send);
    return true;
}

}  // namespace pakn::server::http

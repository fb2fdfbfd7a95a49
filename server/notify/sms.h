// Outgoing SMS: every message is an outbox row first (written in the same
// transaction as the change it reports); a worker hands due rows to a
// provider. The outbox id travels with each message as an idempotency key,
// so a delivery retried after a crash is recognised by the provider and
// never reaches the person twice.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "base/clock.h"

namespace pakn::server::store {
class Database;
}

namespace pakn::server::notify {

struct SmsMessage {
    std::int64_t id = 0;  // outbox id: the idempotency key
    std::string to;       // 0xxxxxxxxx
    std::string body;
};

struct DeliveryResult {
    bool ok = false;
    bool permanent = false;  // e.g. rejected number: do not retry
    std::string error;
};

class SmsProvider {
public:
    virtual ~SmsProvider() = default;
    virtual DeliveryResult send(const SmsMessage& message) = 0;
    virtual std::string name() const = 0;
};

// Default provider: appends one JSON line per message to a file in the data
// folder. People running PAKN locally, and the tests, read codes there.
class FileSmsProvider final : public SmsProvider {
public:
    explicit FileSmsProvider(std::string path);
    DeliveryResult send(const SmsMessage& message) override;
    std::string name() const override { return "file"; }

private:
    std::string path_;
    std::mutex mutex_;
};

// Production provider: an HTTP gateway. `url_template` may contain {to},
// {body} and {id} (URL-encoded); with a non-empty `body_template` the
// request is a POST of that body (placeholders JSON-escaped), else a GET.
struct HttpSmsConfig {
    std::string url_template;
    std::string body_template;
    std::string content_type = "application/json";
    std::string username, password;  // HTTP basic auth when set
    std::string bearer_token;
    long timeout_seconds = 10;
};
class HttpSmsProvider final : public SmsProvider {
public:
    explicit HttpSmsProvider(HttpSmsConfig config);
    DeliveryResult send(const SmsMessage& message) override;
    std::string name() const override { return "http"; }

private:
    HttpSmsConfig config_;
};

// Fills {to}/{body}/{id} in a template; `json` escapes for a JSON body,
// otherwise percent-encodes for a URL. Pure (tested).
std::string fill_template(const std::string& tmpl, const SmsMessage& m, bool json);

// Delivers due outbox rows in the background; retries with exponential
// backoff (30 s doubling, at most 1 h) and gives up after `max_attempts`.
class OutboxWorker {
public:
    OutboxWorker(store::Database& db, const Clock& clock, std::shared_ptr<SmsProvider> provider,
                 int max_attempts = 12);
    ~OutboxWorker();
    void start();
    void stop();
    // Where 'email' rows go (before start()); without one they fail at
    // once, for good, instead of reaching the SMS gateway. The body's first
    // line is the subject.
    void set_email_provider(std::shared_ptr<SmsProvider> provider) { email_provider_ = std::move(provider); }
    // Asks the worker to look at the outbox now (after a commit that queued).
    void wake();
    // One pass over due messages (tests call it directly); returns how many
    // were delivered.
    int run_once();

private:
    void loop();
    store::Database& db_;
    const Clock& clock_;
    std::shared_ptr<SmsProvider> provider_;
    std::shared_ptr<SmsProvider> email_provider_;
    int max_attempts_;
    std::mutex mutex_;
    std::condition_variable cv_;
    bool stopping_ = false;
    bool woken_ = false;
    std::thread thread_;
};

}  // namespace pakn::server::notify

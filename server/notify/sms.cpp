#include "notify/sms.h"

#include <fcntl.h>
#include <unistd.h>

#include <curl/curl.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "base/log.h"
#include "pakn/url.h"
#include "store/db.h"
#include "store/outbox_store.h"

namespace pakn::server::notify {
namespace {

std::string json_escape(const std::string& s) {
    std::string quoted = nlohmann::json(s).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return quoted.substr(1, quoted.size() - 2);
}

std::size_t discard(char*, std::size_t size, std::size_t n, void*) { return size * n; }

}  // namespace

std::string fill_template(const std::string& tmpl, const SmsMessage& m, bool json) {
    auto enc = [json](const std::string& v) { return json ? json_escape(v) : percent_encode(v); };
    const std::pair<std::string, std::string> vars[] = {
        {"{to}", enc(m.to)}, {"{body}", enc(m.body)}, {"{id}", std::to_string(m.id)}};
    std::string out;
    for (std::size_t i = 0; i < tmpl.size();) {
        bool replaced = false;
        for (const auto& [key, value] : vars)
            if (tmpl.compare(i, key.size(), key) == 0) {
                out += value;
                i += key.size();
                replaced = true;
                break;
            }
        if (!replaced) out.push_back(tmpl[i++]);
    }
    return out;
}

// ---------------------------------------------------------------- file
FileSmsProvider::FileSmsProvider(std::string path) : path_(std::move(path)) {}

DeliveryResult FileSmsProvider::send(const SmsMessage& m) {
    std::lock_guard lock(mutex_);
    const std::string marker = "\"id\":" + std::to_string(m.id) + ",";
    {
        // Already written before a crash? Then it was delivered: do not repeat.
        std::ifstream in(path_);
        std::string line;
        while (std::getline(in, line))
            if (line.find(marker) != std::string::npos) return {true, false, ""};
    }
    // Owner-only: the log holds sign-in and reset codes.
    const int fd = ::open(path_.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) return {false, false, "cannot open " + path_};
    nlohmann::json line = {{"id", m.id}, {"to", m.to}, {"body", m.body}};
    const std::string text = line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
    const bool written = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size());
    ::close(fd);
    if (!written) return {false, false, "write failed"};
    return {true, false, ""};
}

// ---------------------------------------------------------------- http
HttpSmsProvider::HttpSmsProvider(HttpSmsConfig config) : config_(std::move(config)) {
    curl_global_init(CURL_GLOBAL_DEFAULT);
}

DeliveryResult HttpSmsProvider::send(const SmsMessage& m) {
    CURL* curl = curl_easy_init();
    if (!curl) return {false, false, "curl init failed"};
    const std::string url = fill_template(config_.url_template, m, false);
    const std::string body = config_.body_template.empty() ? "" : fill_template(config_.body_template, m, true);
    curl_slist* headers = nullptr;
    headers = curl_slist_append(headers, ("Idempotency-Key: pakn-sms-" + std::to_string(m.id)).c_str());
    if (!body.empty()) headers = curl_slist_append(headers, ("Content-Type: " + config_.content_type).c_str());
    if (!config_.bearer_token.empty())
        headers = curl_slist_append(headers, ("Authorization: Bearer " + config_.bearer_token).c_str());
    curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, config_.timeout_seconds);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, discard);
    if (!config_.username.empty()) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, config_.username.c_str());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, config_.password.c_str());
    }
    if (!body.empty()) {
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.c_str());
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE, static_cast<long>(body.size()));
    }
    const CURLcode rc = curl_easy_perform(curl);
    long status = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    curl_slist_free_all(headers);
    curl_easy_cleanup(curl);
    if (rc != CURLE_OK) return {false, false, curl_easy_strerror(rc)};
    if (status >= 200 && status < 300) return {true, false, ""};
    // 4xx other than 408/429 will not get better by retrying.
    const bool permanent = status >= 400 && status < 500 && status != 408 && status != 429;
    return {false, permanent, "gateway answered " + std::to_string(status)};
}

// ---------------------------------------------------------------- worker
OutboxWorker::OutboxWorker(store::Database& db, const Clock& clock, std::shared_ptr<SmsProvider> provider,
                           int max_attempts)
    : db_(db), clock_(clock), provider_(std::move(provider)), max_attempts_(max_attempts) {}

OutboxWorker::~OutboxWorker() { stop(); }

void OutboxWorker::start() {
    db_.write([](store::Connection& c) { store::requeue_interrupted(c); });
    thread_ = std::thread([this] { loop(); });
}

void OutboxWorker::stop() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    cv_.notify_all();
    if (thread_.joinable()) thread_.join();
}

void OutboxWorker::wake() {
    {
        std::lock_guard lock(mutex_);
        woken_ = true;
    }
    cv_.notify_all();
}

int OutboxWorker::run_once() {
    const auto now = clock_.now();
    auto due = db_.write([&](store::Connection& c) { return store::claim_due_messages(c, now, 50); },
                         store::Durability::normal);
    int delivered = 0;
    for (const auto& row : due) {
        DeliveryResult result;
        const auto& provider = row.channel == "email" ? email_provider_ : provider_;
        try {
            result = provider ? provider->send(SmsMessage{row.id, row.recipient, row.body})
                              : DeliveryResult{false, true, "no provider for " + row.channel};
        } catch (const std::exception& e) {
            result = {false, false, e.what()};
        }
        const auto at = clock_.now();
        if (result.ok) {
            ++delivered;
            db_.write([&](store::Connection& c) { store::mark_sent(c, row.id, at); });
            continue;
        }
        const int attempts = row.attempts + 1;
        const bool give_up = result.permanent || attempts >= max_attempts_;
        const std::int64_t backoff = std::min<std::int64_t>(3600, 30ll << std::min(attempts - 1, 7));
        db_.write([&](store::Connection& c) {
            store::mark_attempt_failed(c, row.id, attempts, at + backoff, give_up, result.error);
        });
        log_warn("sms_delivery_failed", {{"outbox_id", row.id},
                                         {"attempts", attempts},
                                         {"give_up", give_up},
                                         {"channel", row.channel},
                                         {"provider", provider ? provider->name() : std::string("none")},
                                         {"error", result.error}});
    }
    return delivered;
}

void OutboxWorker::loop() {
    for (;;) {
        try {
            run_once();
        } catch (const std::exception& e) {
            log_error("outbox_worker", {{"error", e.what()}});
        }
        std::unique_lock lock(mutex_);
        // Wake on new messages, or every few seconds for retries.
        cv_.wait_for(lock, std::chrono::seconds(2), [this] { return stopping_ || woken_; });
        if (stopping_) return;
        woken_ = false;
    }
}

}  // namespace pakn::server::notify

#include "notify/email.h"

#include <curl/curl.h>

#include <cstring>
#include <ctime>

namespace pakn::server::notify {
namespace {

std::string base64(std::string_view in) {
    static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    out.reserve((in.size() + 2) / 3 * 4);
    std::size_t i = 0;
    for (; i + 2 < in.size(); i += 3) {
        const unsigned v = (static_cast<unsigned char>(in[i]) << 16) | (static_cast<unsigned char>(in[i + 1]) << 8) |
                           static_cast<unsigned char>(in[i + 2]);
        for (int s = 18; s >= 0; s -= 6)
            out += kAlphabet[(v >> s) & 63];
    }
    if (i < in.size()) {
        unsigned v = static_cast<unsigned char>(in[i]) << 16;
        if (i + 1 < in.size()) v |= static_cast<unsigned char>(in[i + 1]) << 8;
        out += kAlphabet[(v >> 18) & 63];
        out += kAlphabet[(v >> 12) & 63];
        out += i + 1 < in.size() ? kAlphabet[(v >> 6) & 63] : '=';
        out += '=';
    }
    return out;
}

// Header values never carry a line break (no header injection).
std::string one_line(std::string_view s) {
    std::string out;
    for (char ch : s)
        out += (ch == '\r' || ch == '\n') ? ' ' : ch;
    return out;
}

struct Upload {
    const std::string* data;
    std::size_t offset = 0;
};

std::size_t feed(char* buffer, std::size_t size, std::size_t count, void* user) {
    auto* up = static_cast<Upload*>(user);
    const std::size_t n = std::min(size * count, up->data->size() - up->offset);
    std::memcpy(buffer, up->data->data() + up->offset, n);
    up->offset += n;
    return n;
}

std::string rfc5322_now() {
    const std::time_t t = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[64];
    std::strftime(buf, sizeof buf, "%a, %d %b %Y %H:%M:%S +0000", &tm);
    return buf;
}

}  // namespace

std::string mime_message(const SmsMessage& m, const std::string& from, const std::string& date_rfc5322) {
    const auto cut = m.body.find("\n\n");
    const std::string subject = one_line(cut == std::string::npos ? m.body : m.body.substr(0, cut));
    const std::string text = cut == std::string::npos ? m.body : m.body.substr(cut + 2);
    std::string body64 = base64(text), wrapped;
    for (std::size_t i = 0; i < body64.size(); i += 76)
        wrapped += body64.substr(i, 76) + "\r\n";
    const std::string domain = from.find('@') == std::string::npos ? "pakn" : from.substr(from.find('@') + 1);
    return "Date: " + date_rfc5322 + "\r\n" + "From: " + one_line(from) + "\r\n" + "To: " + one_line(m.to) + "\r\n" +
           "Message-ID: <pakn-outbox-" + std::to_string(m.id) + "@" + one_line(domain) + ">\r\n" +
           "Subject: =?UTF-8?B?" + base64(subject) + "?=\r\n" + "MIME-Version: 1.0\r\n" +
           "Content-Type: text/plain; charset=UTF-8\r\n" + "Content-Transfer-Encoding: base64\r\n\r\n" + wrapped;
}

SmtpEmailProvider::SmtpEmailProvider(SmtpConfig config) : config_(std::move(config)) {
    curl_global_init(CURL_GLOBAL_DEFAULT);
}

DeliveryResult SmtpEmailProvider::send(const SmsMessage& m) {
    if (m.to.find_first_of("\r\n<>") != std::string::npos || m.to.find('@') == std::string::npos)
        return {false, true, "invalid address"};
    CURL* curl = curl_easy_init();
    if (!curl) return {false, false, "curl init failed"};
    const std::string message = mime_message(m, config_.from, rfc5322_now());
    Upload up{&message};
    curl_slist* rcpt = curl_slist_append(nullptr, ("<" + m.to + ">").c_str());
    curl_easy_setopt(curl, CURLOPT_URL, config_.url.c_str());
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, ("<" + config_.from + ">").c_str());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, rcpt);
    curl_easy_setopt(curl, CURLOPT_USE_SSL, static_cast<long>(CURLUSESSL_TRY));
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, feed);
    curl_easy_setopt(curl, CURLOPT_READDATA, &up);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, config_.timeout_seconds);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    if (!config_.username.empty()) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, config_.username.c_str());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, config_.password.c_str());
    }
    const CURLcode rc = curl_easy_perform(curl);
    long status = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    curl_slist_free_all(rcpt);
    curl_easy_cleanup(curl);
    if (rc == CURLE_OK) return {true, false, ""};
    // 5xx from the relay (unknown mailbox, refused sender) will not get better.
    return {false, status >= 500 && status < 600,
            std::string(curl_easy_strerror(rc)) + " (" + std::to_string(status) + ")"};
}

}  // namespace pakn::server::notify

// A small blocking HTTP/1.1 client for tests against a real server on
// loopback: keep-alive, Content-Length bodies, chunked responses.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace pakn::test {

struct HttpReply {
    int status = 0;
    std::vector<std::pair<std::string, std::string>> headers;  // lowercased names
    std::string body;
    std::optional<std::string> header(const std::string& lower_name) const;
};

class HttpClient {
public:
    HttpClient(std::string host, int port, int timeout_seconds = 10);
    ~HttpClient();
    HttpClient(const HttpClient&) = delete;
    HttpClient& operator=(const HttpClient&) = delete;

    // Sends one request on the kept-alive connection (reconnecting when the
    // server closed it). `headers` are "Name: value" lines.
    HttpReply request(const std::string& method, const std::string& path, const std::string& body = "",
                      const std::vector<std::string>& headers = {});
    HttpReply get(const std::string& path, const std::vector<std::string>& headers = {}) {
        return request("GET", path, "", headers);
    }
    // Sends raw bytes and reads one response (for malformed requests).
    HttpReply raw(const std::string& bytes);
    // Sends raw bytes without waiting for an answer.
    void send_only(const std::string& bytes);
    // Number of TCP connections opened so far (keep-alive checks).
    int connections_opened() const { return connections_; }
    void close();

private:
    void ensure_connected();
    HttpReply read_reply(bool head);
    bool fill();

    std::string host_;
    int port_;
    int fd_ = -1;
    int connections_ = 0;
    int timeout_seconds_;
    std::string buffer_;
};

// Finds a free TCP port on loopback (bind to 0, read, close).
int free_port();

}  // namespace pakn::test

#include "support/http_client.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cctype>
#include <stdexcept>

namespace pakn::test {
namespace {

std::string lower(std::string s) {
    for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

}  // namespace

std::optional<std::string> HttpReply::header(const std::string& name) const {
    for (const auto& [k, v] : headers)
        if (k == name) return v;
    return std::nullopt;
}

HttpClient::HttpClient(std::string host, int port, int timeout_seconds)
    : host_(std::move(host)), port_(port), timeout_seconds_(timeout_seconds) {}
HttpClient::~HttpClient() { close(); }

void HttpClient::close() {
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
    buffer_.clear();
}

void HttpClient::ensure_connected() {
    if (fd_ >= 0) return;
    fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<std::uint16_t>(port_));
    inet_pton(AF_INET, host_.c_str(), &addr.sin_addr);
    if (::connect(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
        close();
        throw std::runtime_error("connect failed");
    }
    int one = 1;
    setsockopt(fd_, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    timeval tv{timeout_seconds_, 0};
    setsockopt(fd_, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    ++connections_;
}

bool HttpClient::fill() {
    char buf[16384];
    const ssize_t n = ::recv(fd_, buf, sizeof buf, 0);
    if (n <= 0) return false;
    buffer_.append(buf, static_cast<std::size_t>(n));
    return true;
}

HttpReply HttpClient::read_reply(bool head) {
    HttpReply reply;
    std::size_t end;
    while ((end = buffer_.find("\r\n\r\n")) == std::string::npos)
        if (!fill()) throw std::runtime_error("connection closed before headers");
    const std::string head_text = buffer_.substr(0, end);
    buffer_.erase(0, end + 4);
    std::size_t line_end = head_text.find("\r\n");
    const std::string status_line = head_text.substr(0, line_end);
    reply.status = std::stoi(status_line.substr(9, 3));
    std::size_t pos = line_end == std::string::npos ? head_text.size() : line_end + 2;
    while (pos < head_text.size()) {
        auto next = head_text.find("\r\n", pos);
        if (next == std::string::npos) next = head_text.size();
        const std::string line = head_text.substr(pos, next - pos);
        if (auto colon = line.find(':'); colon != std::string::npos) {
            std::string value = line.substr(colon + 1);
            while (!value.empty() && value.front() == ' ') value.erase(0, 1);
            reply.headers.emplace_back(lower(line.substr(0, colon)), value);
        }
        pos = next + 2;
    }
    if (head || reply.status == 304 || reply.status == 204) return reply;
    if (auto te = reply.header("transfer-encoding"); te && lower(*te).find("chunked") != std::string::npos) {
        for (;;) {
            std::size_t le;
            while ((le = buffer_.find("\r\n")) == std::string::npos)
                if (!fill()) throw std::runtime_error("closed in chunk size");
            const std::size_t size = std::stoul(buffer_.substr(0, le), nullptr, 16);
            buffer_.erase(0, le + 2);
            while (buffer_.size() < size + 2)
                if (!fill()) throw std::runtime_error("closed in chunk");
            reply.body += buffer_.substr(0, size);
            buffer_.erase(0, size + 2);
            if (size == 0) break;
        }
    } else if (auto cl = reply.header("content-length")) {
        const std::size_t n = std::stoul(*cl);
        while (buffer_.size() < n)
            if (!fill()) throw std::runtime_error("closed in body");
        reply.body = buffer_.substr(0, n);
        buffer_.erase(0, n);
    } else {
        while (fill()) {
        }
        reply.body = std::move(buffer_);
        buffer_.clear();
    }
    if (auto c = reply.header("connection"); c && lower(*c) == "close") close();
    return reply;
}

HttpReply HttpClient::request(const std::string& method, const std::string& path, const std::string& body,
                              const std::vector<std::string>& headers) {
    for (int attempt = 0; attempt < 2; ++attempt) {
        ensure_connected();
        std::string req = method + " " + path + " HTTP/1.1\r\nHost: " + host_ + "\r\nConnection: keep-alive\r\n";
        for (const auto& h : headers) req += h + "\r\n";
        if (!body.empty() || method == "POST" || method == "PATCH" || method == "PUT")
            req += "Content-Length: " + std::to_string(body.size()) + "\r\n";
        req += "\r\n";
        req += body;
        if (::send(fd_, req.data(), req.size(), MSG_NOSIGNAL) != static_cast<ssize_t>(req.size())) {
            close();
            continue;
        }
        try {
            return read_reply(method == "HEAD");
        } catch (const std::exception&) {
            close();
            if (attempt == 1) throw;
        }
    }
    throw std::runtime_error("request failed");
}

HttpReply HttpClient::raw(const std::string& bytes) {
    ensure_connected();
    if (::send(fd_, bytes.data(), bytes.size(), MSG_NOSIGNAL) < 0) throw std::runtime_error("send failed");
    return read_reply(false);
}

void HttpClient::send_only(const std::string& bytes) {
    ensure_connected();
    ::send(fd_, bytes.data(), bytes.size(), MSG_NOSIGNAL);
}

int free_port() {
    int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = 0;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
    socklen_t len = sizeof addr;
    getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
    ::close(fd);
    return ntohs(addr.sin_port);
}

}  // namespace pakn::test

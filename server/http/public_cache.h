// A cache of public GET responses (statistics, the map, published reports):
// the same for every visitor, so each is computed once per data change and
// then served from memory, gzip-compressed when it pays. Entries carry the
// EventHub generation they were built at; any committed change (which
// publishes on the hub) makes them stale.
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "http/message.h"

namespace pakn::server::http {

class PublicCache {
public:
    explicit PublicCache(std::size_t max_entries = 512) : max_entries_(max_entries) {}
    // The cached response for `key` if built at `generation`.
    std::optional<Response> get(const std::string& key, std::uint64_t generation, bool accepts_gzip);
    // Keeps a 200 response (compressing large bodies once).
    void put(const std::string& key, std::uint64_t generation, const Response& response);
    // "path?k=v&..." with the query in a canonical order.
    static std::string key_of(const Request& request);

private:
    struct Entry {
        std::uint64_t generation = 0;
        std::uint64_t used = 0;
        Pairs headers;
        std::shared_ptr<const std::string> body;
        std::shared_ptr<const std::string> gzip;
    };
    std::mutex mutex_;
    std::unordered_map<std::string, Entry> entries_;
    std::size_t max_entries_;
    std::uint64_t clock_ = 0;
};

}  // namespace pakn::server::http

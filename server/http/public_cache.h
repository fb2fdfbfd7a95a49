// A cache of public GET responses (statistics, the map, published reports):
// the same for every visitor, so each is computed once per data change and
// then served from memory, gzip-compressed when it pays. Entries carry the
// EventHub generation they were built at; any committed change (which
// publishes on the hub) makes them stale.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "http/message.h"

namespace pakn::server::http {

class PublicCache {
public:
    explicit PublicCache(std::size_t max_entries = 512) : max_entries_(max_entries) {}
    // The cached response for `key` if built at `generation`; with
    // `any_generation`, whatever was built last (possibly stale).
    std::optional<Response> get(const std::string& key, std::uint64_t generation, bool accepts_gzip,
                                bool any_generation = false);

    // True when `key` holds an answer built at `generation` (a hit).
    bool fresh(const std::string& key, std::uint64_t generation);

    // Single flight: under a burst of changes every cached page went stale
    // many times a second and each waiting request rebuilt it at once (the
    // soak measured 1.9 GB and 0.6 s medians). Now one request per key
    // rebuilds; the others are answered with the previous version meanwhile,
    // or wait for the new one when there is none.
    // True when the caller must build `key` (and then call finish_build).
    bool start_build(const std::string& key);
    void finish_build(const std::string& key);
    // Waits while another request builds `key` (bounded, so a stuck build
    // cannot hold visitors).
    void wait_for_build(const std::string& key);
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
    std::condition_variable built_;
    std::unordered_set<std::string> building_;
    std::unordered_map<std::string, Entry> entries_;
    std::size_t max_entries_;
    std::uint64_t clock_ = 0;
};

}  // namespace pakn::server::http

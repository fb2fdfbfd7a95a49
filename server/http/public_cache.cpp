#include "http/public_cache.h"

#include <algorithm>
#include <chrono>

#include "http/static_files.h"

namespace pakn::server::http {

std::optional<Response> PublicCache::get(const std::string& key, std::uint64_t generation, bool accepts_gzip,
                                         bool any_generation) {
    std::lock_guard lock(mutex_);
    auto it = entries_.find(key);
    if (it == entries_.end() || (!any_generation && it->second.generation != generation)) return std::nullopt;
    it->second.used = ++clock_;
    Response r;
    r.headers = it->second.headers;
    r.headers.emplace_back("Server-Timing", "cache;desc=\"hit\"");
    if (accepts_gzip && it->second.gzip) {
        r.shared_body = it->second.gzip;
        r.set_header("Content-Encoding", "gzip");
    } else {
        r.shared_body = it->second.body;
    }
    return r;
}

bool PublicCache::fresh(const std::string& key, std::uint64_t generation) {
    std::lock_guard lock(mutex_);
    auto it = entries_.find(key);
    return it != entries_.end() && it->second.generation == generation;
}

void PublicCache::put(const std::string& key, std::uint64_t generation, const Response& response) {
    if (response.status != 200 || response.defer || !response.file_path.empty()) return;
    Entry e;
    e.generation = generation;
    // Timings describe the request that built the entry, not later ones.
    for (const auto& h : response.headers)
        if (h.first != "Server-Timing") e.headers.push_back(h);
    const std::string_view payload = response.payload();
    e.body = std::make_shared<const std::string>(payload);
    if (payload.size() > 1024) {
        auto gz = gzip_compress(payload, 6);
        if (!gz.empty() && gz.size() < payload.size()) e.gzip = std::make_shared<const std::string>(std::move(gz));
    }
    // Either version may be sent: caches downstream must know.
    bool has_vary = false;
    for (const auto& [k, v] : e.headers)
        if (k == "Vary") has_vary = true;
    if (e.gzip && !has_vary) e.headers.emplace_back("Vary", "Accept-Encoding");
    std::lock_guard lock(mutex_);
    if (entries_.size() >= max_entries_ && !entries_.count(key)) {
        // Evict the least recently used entry.
        auto oldest = std::min_element(entries_.begin(), entries_.end(),
                                       [](const auto& a, const auto& b) { return a.second.used < b.second.used; });
        entries_.erase(oldest);
    }
    e.used = ++clock_;
    entries_[key] = std::move(e);
}

bool PublicCache::start_build(const std::string& key) {
    std::lock_guard lock(mutex_);
    return building_.insert(key).second;
}

void PublicCache::finish_build(const std::string& key) {
    {
        std::lock_guard lock(mutex_);
        building_.erase(key);
    }
    built_.notify_all();
}

void PublicCache::wait_for_build(const std::string& key) {
    std::unique_lock lock(mutex_);
    built_.wait_for(lock, std::chrono::seconds(5), [&] { return building_.count(key) == 0; });
}

std::string PublicCache::key_of(const Request& request) {
    Pairs q = request.query;
    std::sort(q.begin(), q.end());
    std::string key = request.path;
    char sep = '?';
    for (const auto& [k, v] : q) {
        key += sep;
        key += k;
        key += '=';
        key += v;
        sep = '&';
    }
    return key;
}

}  // namespace pakn::server::http

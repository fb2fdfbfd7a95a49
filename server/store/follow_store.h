// SQL for following (report_followers), the nearby panel's candidates, area
// subscriptions (alert_subscriptions) and their SMS digests (alert_digests).
// Runs in the caller's transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "store/db.h"

namespace pakn::server::store {

// ---- the nearby panel's candidates
// An open report whose reporter consented to publication, not merged, with
// what the panel may show; `title` is the original (the service masks it).
struct NearbyRow {
    std::int64_t id = 0;
    std::string title;
    std::optional<std::string> public_title;
    std::optional<double> lat, lon;
    std::string commune_code, category_code, category_name, commune_name, status;
    std::optional<std::int64_t> submitted_at;
    bool is_published = false;
    std::int64_t followers = 0;
};
// In the box (the (lat, lon) index), newest first, at most `limit`.
std::vector<NearbyRow> nearby_in_box(Connection& c, double lat_min, double lat_max, double lon_min, double lon_max,
                                     int limit);
// In the commune (its index), newest first, at most `limit`.
std::vector<NearbyRow> nearby_in_commune(Connection& c, const std::string& commune_code, int limit);

// ---- followers
// True when the row was added (false: already following).
bool add_follower(Connection& c, std::int64_t report_id, std::int64_t account_id, std::int64_t now);
// True when a row was removed.
bool remove_follower(Connection& c, std::int64_t report_id, std::int64_t account_id);
bool is_following(Connection& c, std::int64_t report_id, std::int64_t account_id);
std::int64_t follower_count(Connection& c, std::int64_t report_id);
// Of `ids`, those `account_id` follows.
std::vector<std::int64_t> followed_among(Connection& c, std::int64_t account_id, const std::vector<std::int64_t>& ids);
// The active followers of a report, with the phone their SMS go to.
struct FollowerRow {
    std::int64_t account_id = 0;
    std::string phone;
};
std::vector<FollowerRow> active_followers(Connection& c, std::int64_t report_id);
// Moves every follower of `from` to `into` (those already there stay once);
// how many `into` gained.
int move_followers(Connection& c, std::int64_t from, std::int64_t into);
// Everything an erased account followed or subscribed to.
void forget_follows(Connection& c, std::int64_t account_id);

// ---- demo data (services/seed.cpp)
// Located, consented reports that are open or published, by id: whom the
// demo's citizens follow.
struct FollowSeedCandidate {
    std::int64_t id = 0, author = 0, submitted_at = 0;  // author 0: none
};
std::vector<FollowSeedCandidate> follow_seed_candidates(Connection& c);
// The demo's merged duplicate: the newest report just sent (or accepted) by
// a citizen account and an older one of the same category by someone else
// that neighbours may follow, of the same commune when there is one (new id,
// older id), if any.
std::optional<std::pair<std::int64_t, std::int64_t>> merge_seed_pair(Connection& c);

// ---- subscriptions
struct SubscriptionRow {
    std::int64_t id = 0, account_id = 0;
    std::string commune_code, commune_name, category_code, category_name;
    std::int64_t created_at = 0;
};
std::vector<SubscriptionRow> subscriptions_of(Connection& c, std::int64_t account_id);
std::int64_t insert_subscription(Connection& c, std::int64_t account_id, const std::string& commune_code,
                                 const std::string& category_code, std::int64_t now);
bool delete_subscription(Connection& c, std::int64_t id, std::int64_t account_id);
// Active accounts subscribed to answers in (commune, category): a
// subscription's empty side matches anything. Each account once.
struct SubscriberRow {
    std::int64_t account_id = 0;
    std::string phone;
};
std::vector<SubscriberRow> subscribers_for(Connection& c, const std::string& commune_code,
                                           const std::string& category_code);

// ---- SMS digests
void add_digest_news(Connection& c, std::int64_t account_id, int count);
struct DigestRow {
    std::int64_t account_id = 0;
    std::int64_t pending = 0;
    std::optional<std::int64_t> last_sent_at;
    std::string phone;  // the active account's; empty: nowhere to send
};
std::vector<DigestRow> digests_pending(Connection& c);
void mark_digest_sent(Connection& c, std::int64_t account_id, std::int64_t now);

}  // namespace pakn::server::store

#include "store/follow_store.h"

namespace pakn::server::store {
namespace {

// The panel's columns; the open statuses and the consent are the filter
// every nearby query shares (the public may see nothing else).
constexpr const char* kNearbySelect =
    "SELECT r.id, r.title, r.public_title, r.lat, r.lon, COALESCE(r.commune_code,''), "
    "COALESCE(r.category_code,''), COALESCE(cat.name,''), COALESCE(cm.name,''), r.status, r.submitted_at, "
    "r.is_published, (SELECT COUNT(*) FROM report_followers f WHERE f.report_id = r.id) "
    "FROM reports r LEFT JOIN categories cat ON cat.code = r.category_code "
    "LEFT JOIN communes cm ON cm.code = r.commune_code ";
constexpr const char* kNearbyFilter =
    " AND r.status IN ('submitted','needs_info','accepted','assigned','in_progress','result_proposed') "
    "AND r.is_public = 1 AND r.merged_into_id IS NULL ";

NearbyRow read_nearby(const Statement& s) {
    NearbyRow n;
    int i = 0;
    n.id = s.int64(i++);
    n.title = s.text(i++);
    n.public_title = s.opt_text(i++);
    if (!s.is_null(i)) n.lat = s.real(i);
    ++i;
    if (!s.is_null(i)) n.lon = s.real(i);
    ++i;
    n.commune_code = s.text(i++);
    n.category_code = s.text(i++);
    n.category_name = s.text(i++);
    n.commune_name = s.text(i++);
    n.status = s.text(i++);
    n.submitted_at = s.opt_int64(i++);
    n.is_published = s.integer(i++) != 0;
    n.followers = s.int64(i++);
    return n;
}

std::vector<NearbyRow> all_nearby(Statement st) {
    std::vector<NearbyRow> out;
    while (st.step())
        out.push_back(read_nearby(st));
    st.reset();
    return out;
}

}  // namespace

std::vector<NearbyRow> nearby_in_box(Connection& c, double lat_min, double lat_max, double lon_min, double lon_max,
                                     int limit) {
    auto st = c.prepare(std::string(kNearbySelect) +
                        "WHERE r.lat BETWEEN ? AND ? AND r.lon BETWEEN ? AND ? AND r.lon IS NOT NULL" + kNearbyFilter +
                        "ORDER BY r.submitted_at DESC LIMIT ?");
    st.bind_all(lat_min, lat_max, lon_min, lon_max, limit);
    return all_nearby(std::move(st));
}

std::vector<NearbyRow> nearby_in_commune(Connection& c, const std::string& commune_code, int limit) {
    auto st = c.prepare(std::string(kNearbySelect) + "WHERE r.commune_code = ?" + kNearbyFilter +
                        "ORDER BY r.submitted_at DESC LIMIT ?");
    st.bind_all(commune_code, limit);
    return all_nearby(std::move(st));
}

bool add_follower(Connection& c, std::int64_t report_id, std::int64_t account_id, std::int64_t now) {
    c.prepare("INSERT OR IGNORE INTO report_followers(report_id, account_id, created_at) VALUES (?,?,?)")
        .bind_all(report_id, account_id, now)
        .run();
    return c.changes() > 0;
}

bool remove_follower(Connection& c, std::int64_t report_id, std::int64_t account_id) {
    c.prepare("DELETE FROM report_followers WHERE report_id = ? AND account_id = ?").bind_all(report_id, account_id).run();
    return c.changes() > 0;
}

bool is_following(Connection& c, std::int64_t report_id, std::int64_t account_id) {
    auto st = c.prepare("SELECT 1 FROM report_followers WHERE report_id = ? AND account_id = ?");
    st.bind_all(report_id, account_id);
    const bool yes = st.step();
    st.reset();
    return yes;
}

std::int64_t follower_count(Connection& c, std::int64_t report_id) {
    auto st = c.prepare("SELECT COUNT(*) FROM report_followers WHERE report_id = ?");
    st.bind_all(report_id);
    const std::int64_t n = st.step() ? st.int64(0) : 0;
    st.reset();
    return n;
}

std::vector<std::int64_t> followed_among(Connection& c, std::int64_t account_id, const std::vector<std::int64_t>& ids) {
    std::vector<std::int64_t> out;
    auto st = c.prepare("SELECT 1 FROM report_followers WHERE report_id = ? AND account_id = ?");
    for (auto id : ids) {
        st.bind_all(id, account_id);
        if (st.step()) out.push_back(id);
        st.reset();
    }
    return out;
}

std::vector<FollowerRow> active_followers(Connection& c, std::int64_t report_id) {
    auto st = c.prepare(
        "SELECT a.id, COALESCE(a.phone,'') FROM report_followers f JOIN accounts a ON a.id = f.account_id "
        "WHERE f.report_id = ? AND a.status = 'active' ORDER BY f.created_at, a.id");
    st.bind_all(report_id);
    std::vector<FollowerRow> out;
    while (st.step())
        out.push_back({st.int64(0), st.text(1)});
    st.reset();
    return out;
}

int move_followers(Connection& c, std::int64_t from, std::int64_t into) {
    // The older report's author hears of it anyway: not a follower of their own.
    c.prepare(
         "INSERT OR IGNORE INTO report_followers(report_id, account_id, created_at) "
         "SELECT ?1, f.account_id, f.created_at FROM report_followers f WHERE f.report_id = ?2 "
         "AND f.account_id IS NOT (SELECT author_id FROM reports WHERE id = ?1)")
        .bind_all(into, from)
        .run();
    const int gained = c.changes();
    c.prepare("DELETE FROM report_followers WHERE report_id = ?").bind_all(from).run();
    return gained;
}

void forget_follows(Connection& c, std::int64_t account_id) {
    c.prepare("DELETE FROM report_followers WHERE account_id = ?").bind_all(account_id).run();
    c.prepare("DELETE FROM alert_subscriptions WHERE account_id = ?").bind_all(account_id).run();
    c.prepare("DELETE FROM alert_digests WHERE account_id = ?").bind_all(account_id).run();
}

std::vector<FollowSeedCandidate> follow_seed_candidates(Connection& c) {
    auto st = c.prepare(
        "SELECT id, COALESCE(author_id, 0), submitted_at FROM reports WHERE is_public = 1 AND lat IS NOT NULL "
        "AND submitted_at IS NOT NULL AND (is_published = 1 OR status IN ('submitted','accepted','assigned',"
        "'in_progress','result_proposed')) ORDER BY id");
    std::vector<FollowSeedCandidate> out;
    while (st.step())
        out.push_back({st.int64(0), st.int64(1), st.int64(2)});
    st.reset();
    return out;
}

std::optional<std::pair<std::int64_t, std::int64_t>> merge_seed_pair(Connection& c) {
    // The older report is one a neighbour may follow (located, consented,
    // open or published); the same commune and a report still open first.
    auto st = c.prepare(
        "SELECT n.id, o.id FROM reports n JOIN reports o ON o.category_code = n.category_code AND o.id < n.id AND "
        "o.merged_into_id IS NULL AND o.is_public = 1 AND o.lat IS NOT NULL AND "
        "(o.status IN ('accepted','assigned','in_progress','result_proposed') OR o.is_published = 1) "
        "WHERE n.status IN ('submitted','accepted') AND n.author_id IS NOT NULL AND n.merged_into_id IS NULL AND "
        "(o.author_id IS NULL OR o.author_id <> n.author_id) "
        "ORDER BY n.submitted_at DESC, (o.commune_code = n.commune_code) DESC, (o.is_published = 0) DESC, "
        "o.submitted_at DESC LIMIT 1");
    std::optional<std::pair<std::int64_t, std::int64_t>> out;
    if (st.step()) out = std::pair{st.int64(0), st.int64(1)};
    st.reset();
    return out;
}

std::vector<SubscriptionRow> subscriptions_of(Connection& c, std::int64_t account_id) {
    auto st = c.prepare(
        "SELECT s.id, s.account_id, COALESCE(s.commune_code,''), COALESCE(cm.name,''), COALESCE(s.category_code,''), "
        "COALESCE(cat.name,''), s.created_at FROM alert_subscriptions s "
        "LEFT JOIN communes cm ON cm.code = s.commune_code LEFT JOIN categories cat ON cat.code = s.category_code "
        "WHERE s.account_id = ? ORDER BY s.id");
    st.bind_all(account_id);
    std::vector<SubscriptionRow> out;
    while (st.step())
        out.push_back({st.int64(0), st.int64(1), st.text(2), st.text(3), st.text(4), st.text(5), st.int64(6)});
    st.reset();
    return out;
}

std::int64_t insert_subscription(Connection& c, std::int64_t account_id, const std::string& commune_code,
                                 const std::string& category_code, std::int64_t now) {
    auto opt = [](const std::string& s) { return s.empty() ? std::nullopt : std::optional<std::string>(s); };
    c.prepare("INSERT INTO alert_subscriptions(account_id, commune_code, category_code, created_at) VALUES (?,?,?,?)")
        .bind_all(account_id, opt(commune_code), opt(category_code), now)
        .run();
    return c.last_insert_id();
}

bool delete_subscription(Connection& c, std::int64_t id, std::int64_t account_id) {
    c.prepare("DELETE FROM alert_subscriptions WHERE id = ? AND account_id = ?").bind_all(id, account_id).run();
    return c.changes() > 0;
}

std::vector<SubscriberRow> subscribers_for(Connection& c, const std::string& commune_code,
                                           const std::string& category_code) {
    auto st = c.prepare(
        "SELECT DISTINCT a.id, COALESCE(a.phone,'') FROM alert_subscriptions s JOIN accounts a ON a.id = s.account_id "
        "WHERE a.status = 'active' AND (s.commune_code IS NOT NULL OR s.category_code IS NOT NULL) "
        "AND (s.commune_code IS NULL OR s.commune_code = ?) AND (s.category_code IS NULL OR s.category_code = ?) "
        "ORDER BY a.id");
    st.bind_all(commune_code, category_code);
    std::vector<SubscriberRow> out;
    while (st.step())
        out.push_back({st.int64(0), st.text(1)});
    st.reset();
    return out;
}

void add_digest_news(Connection& c, std::int64_t account_id, int count) {
    c.prepare(
         "INSERT INTO alert_digests(account_id, pending) VALUES (?1, ?2) "
         "ON CONFLICT(account_id) DO UPDATE SET pending = pending + ?2")
        .bind_all(account_id, count)
        .run();
}

std::vector<DigestRow> digests_pending(Connection& c) {
    auto st = c.prepare(
        "SELECT d.account_id, d.pending, d.last_sent_at, CASE WHEN a.status = 'active' THEN COALESCE(a.phone,'') "
        "ELSE '' END FROM alert_digests d JOIN accounts a ON a.id = d.account_id WHERE d.pending > 0 "
        "ORDER BY d.account_id LIMIT 10000");
    std::vector<DigestRow> out;
    while (st.step())
        out.push_back({st.int64(0), st.int64(1), st.opt_int64(2), st.text(3)});
    st.reset();
    return out;
}

void mark_digest_sent(Connection& c, std::int64_t account_id, std::int64_t now) {
    c.prepare("UPDATE alert_digests SET pending = 0, last_sent_at = ? WHERE account_id = ?").bind_all(now, account_id).run();
}

}  // namespace pakn::server::store

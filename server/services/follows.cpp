#include "services/follows.h"

#include <algorithm>
#include <cmath>

#include "notify/sms.h"
#include "pakn/officer_notices.h"
#include "services/event_hub.h"
#include "services/reports.h"
#include "services/sms_outbox.h"
#include "store/follow_store.h"
#include "store/reports_store.h"

namespace pakn::server::services {
namespace {

using store::Connection;
using store::ReportRow;

template <typename T>
Result<T> fail(ApiError e) {
    return Result<T>::failure(std::move(e));
}

// What the public may follow: a published report, or an open one whose
// reporter consented to publication (the nearby panel lists those).
bool followable(const ReportRow& r) {
    if (r.is_published) return true;
    const auto s = parse_status(r.status);
    return s && is_open(*s) && r.is_public && !r.merged_into_id;
}

AlertSubscription to_dto(const store::SubscriptionRow& r) {
    AlertSubscription s;
    s.id = r.id;
    s.commune_code = r.commune_code;
    s.commune_name = r.commune_name;
    s.category_code = r.category_code;
    s.category_name = r.category_name;
    s.created_at = r.created_at;
    return s;
}

}  // namespace

FollowService::FollowService(store::Database& db, const Clock& clock, notify::OutboxWorker* outbox, EventHub* hub)
    : db_(db), clock_(clock), outbox_(outbox), hub_(hub) {}

// ---------------------------------------------------------------- nearby
std::vector<NearbyReport> FollowService::nearby(const Principal* who, const NearbyQuery& q) {
    struct Found {
        NearbyReport card;
        double distance = 0;
        bool has_distance = false;
    };
    std::vector<Found> found;
    db_.read([&](Connection& c) {
        std::vector<store::NearbyRow> rows;
        if (q.lat && q.lon) {
            const GeoBox b = box_around(*q.lat, *q.lon, kNearbyRadiusMetres);
            rows = store::nearby_in_box(c, b.lat_min, b.lat_max, b.lon_min, b.lon_max, kNearbyCandidateLimit);
        }
        // Reports sent without a point are found by their commune.
        if (!q.commune_code.empty()) {
            auto more = store::nearby_in_commune(c, q.commune_code, kNearbyCandidateLimit);
            for (auto& m : more)
                if (std::none_of(rows.begin(), rows.end(), [&](const store::NearbyRow& r) { return r.id == m.id; }))
                    rows.push_back(std::move(m));
        }
        for (const auto& r : rows) {
            NearbyCandidate cand;
            cand.lat = r.lat;
            cand.lon = r.lon;
            cand.commune_code = r.commune_code;
            cand.category_code = r.category_code;
            // The same masking the public pages use: a phone in a title
            // never reaches a stranger's panel.
            cand.title = public_title_text(r.title, r.public_title);
            const NearbyMatch m = match_nearby(q, cand);
            if (!m.matches) continue;
            Found f;
            f.card.id = r.id;
            f.card.title = cand.title;
            f.card.category_name = r.category_name;
            f.card.commune_name = r.commune_name;
            f.card.status = parse_status(r.status).value_or(Status::submitted);
            f.card.submitted_at = r.submitted_at;
            f.card.followers = r.followers;
            f.card.is_published = r.is_published;
            if (m.distance_m) {
                f.has_distance = true;
                f.distance = *m.distance_m;
                f.card.distance_m = static_cast<std::int64_t>(std::lround(*m.distance_m));
            }
            found.push_back(std::move(f));
        }
        if (who) {
            // One's own reports are not "someone else already reported it".
            std::vector<std::int64_t> ids;
            for (const auto& f : found) ids.push_back(f.card.id);
            for (auto id : store::followed_among(c, who->account_id, ids))
                for (auto& f : found)
                    if (f.card.id == id) f.card.following = true;
            std::erase_if(found, [&](const Found& f) {
                auto r = store::find_report(c, f.card.id);
                return r && r->author_id && *r->author_id == who->account_id;
            });
        }
    });
    std::stable_sort(found.begin(), found.end(), [](const Found& a, const Found& b) {
        if (a.has_distance != b.has_distance) return a.has_distance;
        if (a.has_distance && a.distance != b.distance) return a.distance < b.distance;
        return a.card.submitted_at.value_or(0) > b.card.submitted_at.value_or(0);
    });
    if (found.size() > static_cast<std::size_t>(kMaxNearbyResults)) found.resize(kMaxNearbyResults);
    std::vector<NearbyReport> out;
    for (auto& f : found)
        out.push_back(std::move(f.card));
    return out;
}

// ---------------------------------------------------------------- follow
Result<FollowState> FollowService::follow(const Principal& who, std::int64_t report_id) {
    if (!who.reporter()) return fail<FollowState>(api_error(403, "forbidden"));
    const auto now = clock_.now();
    FollowState state;
    auto refused = db_.attempt([&](Connection& c) -> std::optional<ApiError> {
        auto r = store::find_report(c, report_id);
        if (!r || !followable(*r)) return api_error(404, "not_found");
        if (r->author_id && *r->author_id == who.account_id) return api_error(409, "cannot_follow_own_report");
        store::add_follower(c, report_id, who.account_id, now);
        state.following = true;
        state.followers = store::follower_count(c, report_id);
        return std::nullopt;
    });
    if (refused) return fail<FollowState>(std::move(*refused));
    if (hub_) hub_->publish();
    return Result<FollowState>::success(state);
}

Result<FollowState> FollowService::unfollow(const Principal& who, std::int64_t report_id) {
    if (!who.reporter()) return fail<FollowState>(api_error(403, "forbidden"));
    FollowState state;
    auto refused = db_.attempt([&](Connection& c) -> std::optional<ApiError> {
        auto r = store::find_report(c, report_id);
        // One may stop following a report that has since left public view.
        const bool follows = store::is_following(c, report_id, who.account_id);
        if (!r || (!followable(*r) && !follows)) return api_error(404, "not_found");
        store::remove_follower(c, report_id, who.account_id);
        state.following = false;
        state.followers = store::follower_count(c, report_id);
        return std::nullopt;
    });
    if (refused) return fail<FollowState>(std::move(*refused));
    if (hub_) hub_->publish();
    return Result<FollowState>::success(state);
}

// ---------------------------------------------------------------- subscriptions
std::vector<AlertSubscription> FollowService::subscriptions(const Principal& who) {
    const auto rows = db_.read([&](Connection& c) { return store::subscriptions_of(c, who.account_id); });
    std::vector<AlertSubscription> out;
    for (const auto& r : rows)
        out.push_back(to_dto(r));
    return out;
}

Result<AlertSubscription> FollowService::subscribe(const Principal& who, const AlertSubscriptionForm& form) {
    if (!who.reporter()) return fail<AlertSubscription>(api_error(403, "forbidden"));
    if (auto errors = validate(form); !errors.empty()) return fail<AlertSubscription>(validation_failed(errors));
    const auto now = clock_.now();
    std::optional<AlertSubscription> made;
    auto refused = db_.attempt([&](Connection& c) -> std::optional<ApiError> {
        if (!form.commune_code.empty() && !store::commune_name(c, form.commune_code))
            return validation_failed({field_error("commune_code", "unknown_commune")});
        if (!form.category_code.empty() && !store::category_exists(c, form.category_code))
            return validation_failed({field_error("category_code", "unknown_category")});
        const auto mine = store::subscriptions_of(c, who.account_id);
        for (const auto& s : mine)
            if (s.commune_code == form.commune_code && s.category_code == form.category_code)
                return validation_failed({field_error("commune_code", "subscription_exists")});
        if (static_cast<int>(mine.size()) >= kMaxSubscriptions)
            return validation_failed({field_error("commune_code", "too_many_subscriptions")});
        const auto id = store::insert_subscription(c, who.account_id, form.commune_code, form.category_code, now);
        for (const auto& s : store::subscriptions_of(c, who.account_id))
            if (s.id == id) made = to_dto(s);
        return std::nullopt;
    });
    if (refused) return fail<AlertSubscription>(std::move(*refused));
    return Result<AlertSubscription>::success(std::move(*made));
}

std::optional<ApiError> FollowService::unsubscribe(const Principal& who, std::int64_t id) {
    return db_.attempt([&](Connection& c) -> std::optional<ApiError> {
        // Another account's subscription does not exist for the caller.
        if (!store::delete_subscription(c, id, who.account_id)) return api_error(404, "not_found");
        return std::nullopt;
    });
}

// ---------------------------------------------------------------- digest
int FollowService::send_alert_digests() {
    const auto now = clock_.now();
    // Every minute's housekeeping asks; a write happens only when one is owed.
    auto owed = db_.read([&](Connection& c) {
        auto all = store::digests_pending(c);
        std::erase_if(all, [&](const store::DigestRow& d) { return !digest_due(now, d.last_sent_at); });
        return all;
    });
    if (owed.empty()) return 0;
    const int sent = db_.write([&](Connection& c) {
        int queued = 0;
        for (const auto& d : owed) {
            store::mark_digest_sent(c, d.account_id, now);
            if (d.phone.empty()) continue;
            queue_sms(c, d.phone, "PAKN Khanh Hoa: ",
                      std::to_string(d.pending) + " phản ánh ở khu vực bạn theo dõi vừa có câu trả lời công khai",
                      ". Xem tai muc Thong bao.", "alert_digest", now);
            ++queued;
        }
        return queued;
    });
    if (sent && outbox_) outbox_->wake();
    return sent;
}

// ---------------------------------------------------------------- inside the report service's steps
bool tell_followers(Connection& c, const ReportRow& r, const std::string& kind, const std::string& title, bool sms,
                    std::int64_t now) {
    bool queued = false;
    for (const auto& f : store::active_followers(c, r.id)) {
        store::NotificationRow n;
        n.account_id = f.account_id;
        n.report_id = r.id;
        n.kind = kind;
        n.title = title;
        n.created_at = now;
        store::insert_notification(c, n);
        if (sms && !f.phone.empty()) {
            const bool names_code = !r.code.empty() && title.find(r.code) != std::string::npos;
            queue_sms(c, f.phone, "PAKN Khanh Hoa: ", title, names_code ? std::string(".") : ". Tra cuu: " + r.code,
                      "report_" + kind, now);
            queued = true;
        }
    }
    return queued;
}

void tell_subscribers(Connection& c, const ReportRow& step_row, std::int64_t now) {
    // Read again: publishing has just stored the public title the notice shows.
    const ReportRow r = store::find_report(c, step_row.id).value_or(step_row);
    const std::string where = !r.commune_name.empty() ? r.commune_name : r.category_name;
    const std::string title = "Có câu trả lời mới" + (where.empty() ? std::string() : " tại " + where) + ": " +
                              public_title_text(r.title, r.public_title);
    for (const auto& s : store::subscribers_for(c, r.commune_code, r.category_code)) {
        if (r.author_id && *r.author_id == s.account_id) continue;
        if (store::is_following(c, r.id, s.account_id)) continue;
        store::NotificationRow n;
        n.account_id = s.account_id;
        n.report_id = r.id;
        n.kind = "area_alert";
        n.title = title;
        n.created_at = now;
        store::insert_notification(c, n);
        store::add_digest_news(c, s.account_id, 1);
    }
}

MergeTarget merge_target(Connection& c, const ReportRow& r, const std::string& code) {
    MergeTarget out;
    auto target = store::find_report_by_code(c, code);
    if (!target || target->status == "draft") {
        out.refusal = validation_failed({field_error("duplicate_of", "invalid_duplicate_of")});
        return out;
    }
    if (target->id == r.id) {
        out.refusal = validation_failed({field_error("duplicate_of", "merge_into_itself")});
        return out;
    }
    if (target->status == "rejected" || target->withdrawn || target->merged_into_id) {
        out.refusal = validation_failed({field_error("duplicate_of", "merge_target_closed")});
        return out;
    }
    out.report = std::move(target);
    return out;
}

void carry_over(Connection& c, const ReportRow& merged, const ReportRow& into, const Principal& actor,
                std::int64_t now) {
    if (merged.author_id && merged.author_status == "active" && merged.author_id != into.author_id)
        store::add_follower(c, into.id, *merged.author_id, now);
    store::move_followers(c, merged.id, into.id);
    store::EventRow e;
    e.report_id = into.id;
    e.at = now;
    e.actor_id = actor.account_id;
    e.actor_role = std::string(to_string(actor.acting_role().value_or(Role::dispatcher)));
    e.actor_unit_id = actor.officer() ? actor.unit_id : std::nullopt;
    e.action = std::string(to_string(Action::merge));
    e.from_status = e.to_status = into.status;
    e.payload = nlohmann::json{{"merged_from", merged.code}}.dump();
    store::insert_event(c, e);
}

}  // namespace pakn::server::services

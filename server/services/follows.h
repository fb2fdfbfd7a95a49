// Người cùng phản ánh and Nhận tin theo khu vực (issue 15 items 13, 14):
// the nearby panel of the report form (open reports like the one being
// written, public and masked), following a report instead of sending it
// again, area subscriptions to new published answers, and their daily SMS
// digest. The report service calls the free functions inside its own
// transaction so that followers hear of each step exactly as the author
// does, and a merge carries them over.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/clock.h"
#include "pakn/errors.h"
#include "pakn/follow.h"
#include "services/principal.h"
#include "store/db.h"
#include "store/reports_store.h"

namespace pakn::server::notify {
class OutboxWorker;
}

namespace pakn::server::services {

class EventHub;

class FollowService {
public:
    // `outbox` (may be null) is woken when a digest is queued.
    FollowService(store::Database& db, const Clock& clock, notify::OutboxWorker* outbox, EventHub* hub);

    // GET /reports/nearby: at most kMaxNearbyResults open reports that match
    // (pakn::match_nearby), nearest first (then newest); masked public
    // titles only. `who` (null: a visitor) marks the ones it follows and
    // never sees its own. Reads at most kNearbyCandidateLimit rows.
    std::vector<NearbyReport> nearby(const Principal* who, const NearbyQuery& q);
    // POST /reports/{id}/follow: a reporter (403 for officers) follows a
    // published report or an open one whose reporter consented to
    // publication (404 for anything else, so ids cannot be probed); 409
    // cannot_follow_own_report. Following twice is the same as once.
    Result<FollowState> follow(const Principal& who, std::int64_t report_id);
    // DELETE /reports/{id}/follow: no longer; 404 as follow.
    Result<FollowState> unfollow(const Principal& who, std::int64_t report_id);

    // GET /me/subscriptions: the caller's, oldest first.
    std::vector<AlertSubscription> subscriptions(const Principal& who);
    // POST /me/subscriptions: 422 with the form's errors (validate), a
    // commune or category that is not the province's ("unknown_commune",
    // "unknown_category"), "subscription_exists", "too_many_subscriptions".
    Result<AlertSubscription> subscribe(const Principal& who, const AlertSubscriptionForm& form);
    // DELETE /me/subscriptions/{id}: 404 unless it is the caller's.
    std::optional<ApiError> unsubscribe(const Principal& who, std::int64_t id);

    // One SMS per subscriber with news, at most one a day (the daily slot of
    // pakn::digest_due, 07:00): how many answers were published in their
    // areas since the last. Returns how many were queued.
    int send_alert_digests();

private:
    store::Database& db_;
    const Clock& clock_;
    notify::OutboxWorker* outbox_;
    EventHub* hub_;
};

// Every active follower of `r` gets the in-app notice the author got
// (`kind`, `title`; no body: the step's note was written for the author),
// and the same SMS when `sms`. Returns true when an SMS was queued.
bool tell_followers(store::Connection& c, const store::ReportRow& r, const std::string& kind, const std::string& title,
                    bool sms, std::int64_t now);

// A report's answer was published: every subscriber whose area it is gets
// an in-app notice and one more answer counted for the next SMS digest; its
// author and followers are told by the step itself.
void tell_subscribers(store::Connection& c, const store::ReportRow& r, std::int64_t now);

// Merge checks: the report the code names must be another one, sent and
// still standing (not rejected, withdrawn or merged itself). The older
// report, or the 422 to answer.
struct MergeTarget {
    std::optional<store::ReportRow> report;
    std::optional<ApiError> refusal;
};
MergeTarget merge_target(store::Connection& c, const store::ReportRow& r, const std::string& code);

// After `merged` was closed into `into`: its author (an active account that
// is not the older report's author) and its followers now follow `into`,
// and `into`'s timeline records the merge (payload merged_from). `actor`
// is the dispatcher.
void carry_over(store::Connection& c, const store::ReportRow& merged, const store::ReportRow& into,
                const Principal& actor, std::int64_t now);

}  // namespace pakn::server::services

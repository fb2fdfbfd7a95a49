// Reports: creating and editing (citizens, officers' intake on behalf),
// reading with the visibility rules, every workflow action (through the one
// shared workflow table), lists, lookup by tracking code, notifications.
// Every answer is a shared DTO shaped by what the asker may see: reporter
// details masked for the public, the draft answer hidden until approved,
// internal steps for officers only.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/clock.h"
#include "pakn/dto.h"
#include "pakn/dto_map.h"
#include "pakn/errors.h"
#include "pakn/forms.h"
#include "pakn/inbox.h"
#include "pakn/workflow.h"
#include "services/officer_notices.h"
#include "services/principal.h"

namespace pakn::server::store {
class Database;
class Connection;
struct ReportRow;
struct ReportPage;
struct ReportQuery;
struct UnitRef;
}  // namespace pakn::server::store
namespace pakn::server::notify {
class OutboxWorker;
}

namespace pakn::server::services {

class CalendarService;
class EventHub;
struct ReportView;

// The title the public reads: the one stored at publication, else the
// original with personal data masked (redact_personal_data). The public
// pages and the nearby panel both show this.
std::string public_title_text(const std::string& title, const std::optional<std::string>& stored);

// What someone may see of one report.
enum class Visibility { none, published, owner, officer };

class ReportService {
public:
    // `public_url` makes the links in officers' e-mails absolute (may be empty).
    ReportService(store::Database& db, const Clock& clock, notify::OutboxWorker* outbox, CalendarService& calendar,
                  EventHub* hub, std::string public_url = {});

    // POST /reports: a draft (submit=false) or a submission; `form` already
    // cleaned by the shared rules. Officers (the center) enter reports
    // received by phone, e-mail or in person.
    // With form.idempotency_key, a second create by the same account with
    // the same key answers the report the first one made (one report, one
    // code); keys are looked up only among `who`'s own.
    Result<ReportCreated> create(const Principal& who, const ReportForm& form);
    // The report `who` already created with this idempotency key, if any.
    std::optional<ReportCreated> created_with_key(const Principal& who, const std::string& key);
    // PATCH /reports/{id}: the owner edits a draft or a report awaiting
    // information; with submit=true it is (re)submitted.
    Result<ReportDetail> edit(const Principal& who, std::int64_t id, const ReportForm& form);
    // GET /reports/{id} (`who` null: a visitor): 404 for anyone who may not
    // see it (never 403, so ids and codes cannot be probed). An officer's
    // look at personal data is written to the audit log.
    Result<ReportDetail> view(const Principal* who, std::int64_t id);
    // GET /public/reports/{id}: a published report as anyone sees it.
    Result<PublicReport> public_view(std::int64_t id);
    // What publishing would show by default (Công khai): the findings of the
    // personal-data detector and the redacted title and content. Only for a
    // role that may publish (403) and a report it sees (404).
    Result<PublicPreview> public_preview(const Principal& who, std::int64_t id);
    // POST /reports/{id}/actions; `body.form` already cleaned. A lost
    // version race answers 409 stale_report with the current status.
    Result<ReportDetail> act(const Principal& who, std::int64_t id, const ActionRequestBody& body);

    // POST /reports/bulk: `form` (cleaned by the shared rules) on each of its
    // reports through act(), each in its own transaction with its own
    // checks, event and notice, so one refused report changes nothing of
    // itself and stops no other. 403 when the role has no line for the
    // action in the workflow table; otherwise every id's outcome.
    Result<BulkResult> bulk(const Principal& who, const BulkActionForm& form);

    Page<ReportSummary> mine(const Principal& who, const ListQuery& q);
    // GET /officer/colleagues: the active handlers and leads of the caller's
    // unit, whom its lead can give a report to (assign_handler).
    std::vector<Colleague> colleagues(const Principal& who);
    Page<ReportSummary> inbox(const Principal& who, const ListQuery& q);
    // GET /inbox/counts: each tab of the caller's role under the filters of
    // `q` (its page, status, overdue and "mine" are the tabs'), counted in
    // the inbox's scope and capped as the list's total is.
    InboxCounts inbox_counts(const Principal& who, const ListQuery& q);
    // Every report of the inbox under `q` (all pages, its order), for the
    // monthly-report export; 422 export_too_large past kMaxExportRows.
    // Each export is written to the audit log with its filter.
    Result<std::vector<ReportSummary>> inbox_export(const Principal& who, const ListQuery& q);
    // GET /officer/map (Bản đồ hồ sơ): the open reports of the inbox under
    // `q` (its scope and filters, the status narrowed to open ones) that
    // have a position, with the inbox's SLA colour, at most
    // kMaxOfficerMapPoints; the count of those without a position; the
    // boundaries when `with_shapes`.
    OfficerMap officer_map(const Principal& who, const ListQuery& q, bool with_shapes);
    // Published reports (the list shows an excerpt of the content).
    Page<PublicReport> published(const ListQuery& q);
    // GET /public/lookup/{code} (`who` null: a visitor): status and dates for
    // anyone; category and commune only to whoever may see the report itself
    // (published, its owner, officers in scope). 404 for drafts and codes
    // that are not a report's.
    Result<LookupResult> lookup(const Principal* who, std::string_view code);

    // Stores the redacted public version of every report published before
    // public versions were kept (migration 0010) and re-indexes it, so the
    // public search cannot find a report by a phone its page hides. Run at
    // start-up; returns how many reports it changed (0 once done).
    int store_missing_public_versions();

    // What `who` (null: a visitor) may see of report `id`: the attachment
    // service serves a report's files by this.
    Visibility visibility_of(const Principal* who, std::int64_t id);

    // Marks reports past their step deadline as overdue and notifies the
    // responsible unit's leads (or the center) once; returns how many.
    int flag_overdue();
    // Tells the officers holding reports whose step deadline became "due
    // soon" (the inbox's amber, pakn::time_left), once per deadline;
    // returns how many reports.
    int announce_deadlines();
    // The officers' daily digests owed now (OfficerNotices::send_digests).
    int send_officer_digests();
    // Closes resolved reports whose rating window passed; returns how many.
    int close_unrated(std::int64_t window_seconds);

private:
    Relation relation_of(const Principal& who, const store::ReportRow& r, const std::vector<store::UnitRef>& co_units) const;
    Visibility visibility(const Principal* who, const store::ReportRow& r,
                          const std::vector<store::UnitRef>& co_units) const;
    std::optional<ApiError> check_attachments(store::Connection& c, const Principal& who,
                                              const std::vector<std::int64_t>& ids,
                                              std::optional<std::int64_t> report_id) const;
    void notify_author(store::Connection& c, const store::ReportRow& r, const std::string& kind,
                       const std::string& title, const std::string& body, bool sms, std::int64_t now) const;
    ReportView build_view(store::Connection& c, const Principal* who, store::ReportRow r, Visibility v) const;
    // Publishing: store the public title and content (redacted unless the
    // dispatcher sent them), audit what was found, index the public version.
    void publish_text(store::Connection& c, const Principal& who, const store::ReportRow& r, const ActionParams& p,
                      std::int64_t now);
    // The unit routing proposes for `r` (ReportDetail::suggested_unit_id).
    static std::optional<std::int64_t> suggested_unit(store::Connection& c, const store::ReportRow& r);
    // Reclassify: the category must be an active one and the commune the
    // province's, and something must change; adds the before/after names to
    // the step's payload. The refusal, or nullopt.
    static std::optional<ApiError> reclassification(store::Connection& c, const store::ReportRow& r,
                                                    const ActionParams& p, nlohmann::json& payload);
    ReportDetail detail_of(const ReportView& v) const;
    ReportSummary summary_of(const store::ReportRow& r, std::int64_t now) const;
    Page<ReportSummary> summaries(const store::ReportPage& p, const ListQuery& q) const;
    // The store query of the inbox for `who` under `q` (scope, order, "Của
    // tôi", the reporter search, which it writes to the audit log).
    // `audit` false: the counts of the tabs, which repeat the list's look.
    store::ReportQuery inbox_query(const Principal& who, const ListQuery& q, bool audit = true);

    store::Database& db_;
    const Clock& clock_;
    notify::OutboxWorker* outbox_;
    CalendarService& calendar_;
    EventHub* hub_;
    OfficerNotices officer_notices_;
};

}  // namespace pakn::server::services

// SQL for reports, their timeline, co-handling units, attachments,
// notifications and the search index. Runs in the caller's transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/db.h"

namespace pakn::server::store {

struct ReportRow {
    std::int64_t id = 0;
    std::string code;
    std::optional<std::int64_t> author_id;
    std::string channel = "web";
    std::optional<std::int64_t> intake_by;
    std::string status = "draft";
    std::string title, content, address, commune_code;
    std::optional<double> lat, lon;
    std::string category_code;
    std::string priority = "normal";
    bool is_public = false, is_published = false, extension_pending = false, rated = false, withdrawn = false;
    std::optional<std::int64_t> extension_deadline;
    std::optional<std::int64_t> lead_unit_id;
    std::optional<std::int64_t> deadline, resolve_deadline, step_started_at, step_allotted_min;
    bool overdue_notified = false;
    std::string reporter_name, reporter_phone, reporter_email, reporter_id_number;
    std::string result_text;
    std::string rating_level, rating_comment;
    std::int64_t created_at = 0;
    std::optional<std::int64_t> submitted_at, accepted_at, assigned_at, started_at, resolved_at, closed_at, rated_at;
    std::int64_t updated_at = 0;
    // Set while the handling unit waits for information it asked the
    // reporter for (the workflow's info_asked_by_unit flag): since when.
    std::optional<std::int64_t> info_asked_by_unit_at;
    // The officer of the lead unit handling it (assign_handler), if given.
    std::optional<std::int64_t> assignee_id;
    std::string assignee_name;  // joined, read-only
    // Đề nghị xem xét lại: awaiting the center; the one request used (migration 0018).
    bool reconsideration_pending = false, reconsideration_requested = false;
    // Gộp: the older report this one was merged into as a duplicate (migration 0021).
    std::optional<std::int64_t> merged_into_id;
    std::int64_t version = 1;
    // Joined, read-only
    std::string category_name, commune_name, lead_unit_name, category_group;
    std::string author_kind, author_status, author_name, author_phone, author_email, author_login, author_org;
    // What the public portal shows, set by publishing (set_public_text);
    // nullopt when the report was not published since migration 0010.
    std::optional<std::string> public_title, public_content;
};

std::optional<ReportRow> find_report(Connection& c, std::int64_t id);
std::optional<ReportRow> find_report_by_code(Connection& c, const std::string& code);
std::int64_t insert_report(Connection& c, const ReportRow& r);
// The report `account_id` created with this idempotency key (migration
// 0020), if any; keys are the account's own, never looked up across accounts.
std::optional<std::int64_t> find_submission_key(Connection& c, std::int64_t account_id, const std::string& key);
void insert_submission_key(Connection& c, std::int64_t account_id, const std::string& key, std::int64_t report_id,
                           std::int64_t now);
// Writes every mutable column and bumps the version, only if the stored
// version is still r.version; false when someone else changed it first.
bool update_report(Connection& c, const ReportRow& r);
// "PAKN-2026-000123": the next number of `year`.
std::string next_report_code(Connection& c, int year);

void set_co_units(Connection& c, std::int64_t report_id, const std::vector<std::int64_t>& unit_ids);
struct UnitRef {
    std::int64_t id = 0;
    std::string name;
};
std::vector<UnitRef> co_units(Connection& c, std::int64_t report_id);
bool unit_exists(Connection& c, std::int64_t unit_id);
std::optional<std::string> unit_name(Connection& c, std::int64_t unit_id);
bool category_exists(Connection& c, const std::string& code);
// The active handlers and unit leads of a unit, by name.
struct ColleagueRow {
    std::int64_t id = 0;
    std::string full_name, role;
};
std::vector<ColleagueRow> unit_officers(Connection& c, std::int64_t unit_id);
// The commune's name, or nullopt when the code is not one of the province's.
std::optional<std::string> commune_name(Connection& c, const std::string& code);
std::optional<std::int64_t> category_default_unit(Connection& c, const std::string& code);

struct EventRow {
    std::int64_t id = 0;
    std::int64_t report_id = 0;
    std::int64_t at = 0;
    std::optional<std::int64_t> actor_id;
    std::string actor_role;
    std::optional<std::int64_t> actor_unit_id;
    std::string action, from_status, to_status, note, payload = "{}";
    bool internal = false;
    std::string actor_name, actor_unit_name;  // joined
};
std::int64_t insert_event(Connection& c, const EventRow& e);
std::vector<EventRow> events_of(Connection& c, std::int64_t report_id, bool include_internal);
// Events after `after_id` (for live streams), oldest first, at most `limit`.
std::vector<EventRow> events_after(Connection& c, std::int64_t after_id, int limit);
std::int64_t last_event_id(Connection& c);

// Search index: the folded text of a report (delete + insert).
void index_report(Connection& c, std::int64_t report_id, const std::string& folded);

// The public version of a report's title and content (the originals stay).
void set_public_text(Connection& c, std::int64_t report_id, const std::string& title, const std::string& content);
// The public search index's text of a published report: the folded public
// version, so a search for a redacted phone finds nothing (delete + insert;
// nothing when the report is not published).
// Published reports whose public version was never stored (published before
// migration 0010), at most `limit`, oldest first.
std::vector<std::int64_t> published_without_public_text(Connection& c, int limit);
void index_published(Connection& c, std::int64_t report_id, const std::string& folded);

// ---- listing
enum class ReportScope { author, unit, officers_all, published };
enum class ReportOrder { updated_desc, submitted_desc, deadline_asc };
struct ReportQuery {
    ReportScope scope = ReportScope::author;
    std::int64_t author_id = 0;          // scope author
    std::int64_t unit_id = 0;            // scope unit: lead or co-handling
    std::vector<std::string> tokens;     // folded search words (all must match, as prefixes)
    // The search as typed: words typed with accents rank the matches spelled
    // the same first (pakn::accent_matches), within the first kAccentSlice.
    std::string typed;
    std::vector<std::string> statuses;   // any of
    std::string category, commune;
    std::optional<std::int64_t> filter_unit;  // lead unit filter
    std::string channel;
    // A reporter: matched exactly against the phone, ID number and name
    // entered on someone's behalf and the author account's phone, login and
    // names (normalized by the caller: a phone as 0xxxxxxxxx).
    std::string reporter_key;
    std::optional<std::int64_t> assignee_id;  // "Của tôi": given to this officer
    bool reconsideration_pending = false;      // only reports whose reconsideration request awaits the center
    std::optional<std::int64_t> from, to_exclusive;  // on submitted_at
    std::optional<bool> overdue;
    std::optional<bool> located;  // with a position (lat and lon), or without
    std::int64_t now = 0;
    ReportOrder order = ReportOrder::updated_desc;
    int page = 1, page_size = 20;  // page_size 0: the total only, no rows read
    int count_cap = 10000;  // totals above this are reported as the cap
};
struct ReportPage {
    std::int64_t total = 0;
    bool total_capped = false;
    std::vector<ReportRow> rows;
};
ReportPage list_reports(Connection& c, const ReportQuery& q);
// A report's position and what colours it, for the staff map.
struct ReportPointRow {
    std::int64_t id = 0;
    std::string code, title, status;
    double lat = 0, lon = 0;
    std::optional<std::int64_t> deadline, step_allotted_min;
};
// The reports of `q` that have a position (its scope and filters; order,
// paging and count_cap ignored), the nearest deadline first, at most `limit`.
std::vector<ReportPointRow> list_report_points(Connection& c, const ReportQuery& q, int limit);
// How many reports `q` matches, uncapped (its scope and filters).
std::int64_t count_reports(Connection& c, const ReportQuery& q);
// How many reports the account has sent itself (not entered for it by the
// center) since `since`.
std::int64_t count_sent_since(Connection& c, std::int64_t author_id, std::int64_t since);

// ---- attachments
struct AttachmentRow {
    std::int64_t id = 0;
    std::string sha256;
    std::int64_t size = 0;
    std::string mime, kind, name;
    std::optional<std::int64_t> uploaded_by;
    std::int64_t uploaded_at = 0;
    std::optional<std::int64_t> report_id;
    std::string purpose = "report";
    int sort_order = 0;
};
std::int64_t insert_attachment(Connection& c, const AttachmentRow& a);
std::optional<AttachmentRow> find_attachment(Connection& c, std::int64_t id);
std::vector<AttachmentRow> attachments_of(Connection& c, std::int64_t report_id);
// Links attachments to a report (purpose and order as given).
void link_attachments(Connection& c, std::int64_t report_id, const std::vector<std::int64_t>& ids,
                      const std::string& purpose);
void unlink_attachments(Connection& c, std::int64_t report_id, const std::string& purpose);
// Unlinked uploads older than `before` (abandoned forms), for cleanup.
std::vector<AttachmentRow> orphan_attachments(Connection& c, std::int64_t before);
void delete_attachment(Connection& c, std::int64_t id);
bool sha_in_use(Connection& c, const std::string& sha256);

// ---- notifications
struct NotificationRow {
    std::int64_t id = 0, account_id = 0;
    std::optional<std::int64_t> report_id;
    std::string kind, title, body;
    std::int64_t created_at = 0;
    std::optional<std::int64_t> read_at;
    std::string report_code;  // joined
};
std::int64_t insert_notification(Connection& c, const NotificationRow& n);
std::vector<NotificationRow> list_notifications(Connection& c, std::int64_t account_id, int page, int page_size);
std::int64_t count_notifications(Connection& c, std::int64_t account_id);
std::int64_t count_unread(Connection& c, std::int64_t account_id);
bool mark_read(Connection& c, std::int64_t account_id, std::int64_t id, std::int64_t now);
void mark_all_read(Connection& c, std::int64_t account_id, std::int64_t now);
std::vector<NotificationRow> notifications_after(Connection& c, std::int64_t account_id, std::int64_t after_id);
std::int64_t count_reports_of(Connection& c, std::int64_t author_id);
// Every report, drafts included (is the database still empty?).
std::int64_t count_all_reports(Connection& c);
// Up to `limit` open reports whose step deadline passed before `now` and
// whose unit was not yet told (overdue_notified = 0).
std::vector<std::int64_t> newly_overdue_reports(Connection& c, std::int64_t now, int limit);
// Up to `limit` resolved reports answered before `before` (rating window over).
std::vector<std::int64_t> unrated_resolved_reports(Connection& c, std::int64_t before, int limit);
// "('submitted','accepted',...)": the statuses whose deadline runs, from the
// shared workflow (is_open), for SQL that must agree with it.
const std::string& open_statuses_sql();
// Officers of `unit_id` with one of `roles` (notifications to a unit).
std::vector<std::int64_t> officers_of(Connection& c, std::optional<std::int64_t> unit_id,
                                      const std::vector<std::string>& roles);

}  // namespace pakn::server::store

namespace pakn::server::store {

// ---- live updates
struct LiveRow {
    std::int64_t event_id = 0, report_id = 0, at = 0;
    std::string action, to_status, code, title;
    std::optional<std::int64_t> lead_unit_id;
};
// Events after `after_id` on reports the scope covers (author: own reports,
// public events only; unit: lead or co-handling; officers_all: every
// non-draft report), oldest first.
std::vector<LiveRow> live_events(Connection& c, std::int64_t after_id, ReportScope scope, std::int64_t author_id,
                                 std::int64_t unit_id, int limit);
std::int64_t last_notification_id(Connection& c, std::int64_t account_id);

}  // namespace pakn::server::store

// Reports: creating and editing (citizens, officers' intake on behalf),
// reading with visibility rules, every workflow action (through the one
// shared workflow table), lists, lookup by tracking code, notifications.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "http/router.h"
#include "pakn/errors.h"
#include "pakn/forms.h"
#include "pakn/workflow.h"
#include "services/clock.h"
#include "store/reports_store.h"

namespace pakn::server::store {
class Database;
}
namespace pakn::server::notify {
class OutboxWorker;
}

namespace pakn::server::services {

class CalendarService;
class EventHub;

using http::Caller;

// What a caller may see of one report.
enum class Visibility { none, published, owner, officer };

struct ReportView {
    store::ReportRow report;
    std::vector<store::EventRow> events;
    std::vector<store::AttachmentRow> attachments;
    std::vector<store::UnitRef> co_units;
    std::vector<Action> allowed_actions;
    Visibility visibility = Visibility::none;
    std::string time_left_text;   // for the current step, when it has a deadline
    std::string time_left_level;  // ok | due_soon | overdue
};

// Extra parameters of an action that are not the workflow's: the priority
// chosen at assignment, result attachments, and the version the client saw.
struct ActionExtras {
    std::optional<std::string> priority;  // normal | urgent | complex
    std::vector<std::int64_t> attachment_ids;
    std::optional<std::int64_t> expected_version;
};

class ReportService {
public:
    ReportService(store::Database& db, const Clock& clock, notify::OutboxWorker* outbox, CalendarService& calendar,
                  EventHub* hub);

    // POST /reports: a draft (submit=false) or a submission. Officers (the
    // center) enter reports received by phone, e-mail or in person.
    Result<store::ReportRow> create(const Caller& caller, const ReportForm& form);
    // PATCH /reports/{id}: the owner edits a draft or a report awaiting
    // information; with submit=true it is (re)submitted.
    Result<store::ReportRow> edit(const Caller& caller, std::int64_t id, const ReportForm& form);
    // GET /reports/{id}: 404 for anyone who may not see it (never 403, so
    // ids and codes cannot be probed).
    Result<ReportView> view(const std::optional<Caller>& caller, std::int64_t id);
    // POST /reports/{id}/actions.
    Result<ReportView> act(const Caller& caller, std::int64_t id, const ActionForm& form, const ActionExtras& extras);

    store::ReportPage mine(const Caller& caller, const ListQuery& q);
    store::ReportPage inbox(const Caller& caller, const ListQuery& q);
    store::ReportPage published(const ListQuery& q);
    // GET /public/lookup/{code}: status only, for anyone.
    std::optional<store::ReportRow> lookup(const std::string& code);

    // Marks reports past their step deadline as overdue and notifies the
    // responsible unit's leads (or the center) once; returns how many.
    int flag_overdue();
    // Closes resolved reports whose rating window passed; returns how many.
    int close_unrated(std::int64_t window_seconds);

    // The time-left text and level for a report's current step at `now`.
    std::pair<std::string, std::string> time_left(const store::ReportRow& r, std::int64_t now) const;
    Visibility visibility(const std::optional<Caller>& caller, const store::ReportRow& r,
                          const std::vector<store::UnitRef>& co_units) const;

private:
    Relation relation_of(const Caller& caller, const store::ReportRow& r,
                         const std::vector<store::UnitRef>& co_units) const;
    std::optional<ApiError> check_attachments(store::Connection& c, const Caller& caller,
                                              const std::vector<std::int64_t>& ids,
                                              std::optional<std::int64_t> report_id) const;
    void enter_step(store::ReportRow& r, SlaStep step, std::int64_t now) const;
    void notify_author(store::Connection& c, const store::ReportRow& r, const std::string& kind,
                       const std::string& title, const std::string& body, bool sms, std::int64_t now) const;
    ReportView build_view(store::Connection& c, const std::optional<Caller>& caller, store::ReportRow r,
                          Visibility v) const;

    store::Database& db_;
    const Clock& clock_;
    notify::OutboxWorker* outbox_;
    CalendarService& calendar_;
    EventHub* hub_;
};

// Workflow role of a signed-in account.
std::optional<Role> workflow_role(const store::AccountRow& account);

}  // namespace pakn::server::services

// The workflow, checked against an expectation written out here by hand, row
// by row, independently of the table in shared/src/workflow.cpp: change a rule
// there without changing this file and the exhaustive test fails.
// No structured bindings in loops that use INFO: clang 14 (em++) cannot
// capture them in INFO's lambda.
#include <doctest/doctest.h>

#include <cstddef>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "pakn/messages.h"
#include "pakn/workflow.h"

namespace {

using namespace pakn;
using A = Action;
using S = Status;

// [SECTION] the expectation -----------------------------------------------------

// A condition on the report's flags, as the test understands the domain.
enum class When {
    always,
    extension_pending,     // a Gia hạn request is waiting
    no_extension_pending,
    publishable,           // not yet published, reporter consented, not withdrawn
    published,
    not_rated,
    not_withdrawn,
    asked_by_center,       // needs_info because the center asked
    asked_by_unit,         // needs_info because the handling unit asked
    may_reconsider,        // rated unsatisfied, and the one reconsideration request is unused
    reconsideration_pending,  // a reconsideration request awaits the center
};

// How the flags change when the action succeeds.
enum class Change {
    none,
    extension_on,
    extension_off,
    published_on,
    published_off,
    rated_on,
    withdrawn_on,  // and no information is awaited any more
    new_round,     // reopen: rating and publication start over
    asked_on,      // the unit waits for the reporter
    asked_off,     // the reporter answered the unit
    rejected,      // no extension request and no information awaited any more
    merged,        // closed as a duplicate: no extension request, no information awaited
    reconsideration_on,   // requested (for good) and pending
    reconsideration_off,  // decided: no longer pending, still used
};

const std::vector<Role> reporters = {Role::citizen, Role::organization};
const std::vector<Role> center = {Role::dispatcher};
const std::vector<Role> unit_staff = {Role::handler, Role::unit_lead};
const std::vector<Role> unit_lead_only = {Role::unit_lead};
const std::vector<Role> system_only = {Role::system};
const std::vector<Role> leader_only = {Role::leader};

const std::vector<Relation> as_owner = {Relation::owner};
const std::vector<Relation> as_lead_unit = {Relation::unit_lead_unit};
const std::vector<Relation> as_co_unit = {Relation::co_unit};
const std::vector<Relation> any_relation = {Relation::owner, Relation::unit_lead_unit, Relation::co_unit,
                                            Relation::none};

struct Expectation {
    Action action;
    const std::vector<Role>* roles;
    const std::vector<Relation>* relations;
    Status from;
    When when;
    Status to;
    Change change;
};

// Everything allowed. Whatever is not here is refused: 403 when no row names
// the action for this role and relation, else 409.
// clang-format off
const std::vector<Expectation> kExpected = {
//   action                 who              relation        from                 when                      to                   flags after
    // Reporter, on their own report
    {A::submit,            &reporters,      &as_owner,      S::draft,            When::always,             S::submitted,        Change::none},
    {A::edit,              &reporters,      &as_owner,      S::draft,            When::always,             S::draft,            Change::none},
    {A::edit,              &reporters,      &as_owner,      S::needs_info,       When::always,             S::needs_info,       Change::none},
    {A::resubmit,          &reporters,      &as_owner,      S::needs_info,       When::asked_by_center,    S::submitted,        Change::none},
    {A::resubmit,          &reporters,      &as_owner,      S::needs_info,       When::asked_by_unit,      S::in_progress,      Change::asked_off},
    {A::withdraw,          &reporters,      &as_owner,      S::submitted,        When::always,             S::closed,           Change::withdrawn_on},
    {A::withdraw,          &reporters,      &as_owner,      S::needs_info,       When::always,             S::closed,           Change::withdrawn_on},
    {A::rate,              &reporters,      &as_owner,      S::resolved,         When::not_rated,          S::closed,           Change::rated_on},
    {A::request_reconsideration, &reporters, &as_owner,     S::closed,           When::may_reconsider,     S::closed,           Change::reconsideration_on},
    // The center
    {A::accept,            &center,         &any_relation,  S::submitted,        When::always,             S::accepted,         Change::none},
    {A::reject,            &center,         &any_relation,  S::submitted,        When::always,             S::rejected,         Change::rejected},
    {A::reject,            &center,         &any_relation,  S::needs_info,       When::always,             S::rejected,         Change::rejected},
    {A::reject,            &center,         &any_relation,  S::accepted,         When::always,             S::rejected,         Change::rejected},
    {A::reject,            &center,         &any_relation,  S::assigned,         When::always,             S::rejected,         Change::rejected},
    {A::reject,            &center,         &any_relation,  S::in_progress,      When::always,             S::rejected,         Change::rejected},
    {A::reject,            &center,         &any_relation,  S::result_proposed,  When::always,             S::rejected,         Change::rejected},
    {A::reclassify,        &center,         &any_relation,  S::submitted,        When::always,             S::submitted,        Change::none},
    {A::reclassify,        &center,         &any_relation,  S::needs_info,       When::always,             S::needs_info,       Change::none},
    {A::reclassify,        &center,         &any_relation,  S::accepted,         When::always,             S::accepted,         Change::none},
    {A::reclassify,        &center,         &any_relation,  S::assigned,         When::always,             S::assigned,         Change::none},
    {A::reclassify,        &center,         &any_relation,  S::in_progress,      When::always,             S::in_progress,      Change::none},
    {A::reclassify,        &center,         &any_relation,  S::result_proposed,  When::always,             S::result_proposed,  Change::none},
    {A::request_info,      &center,         &any_relation,  S::submitted,        When::always,             S::needs_info,       Change::none},
    {A::assign,            &center,         &any_relation,  S::submitted,        When::always,             S::assigned,         Change::none},
    {A::assign,            &center,         &any_relation,  S::accepted,         When::always,             S::assigned,         Change::none},
    {A::approve_extension, &center,         &any_relation,  S::assigned,         When::extension_pending,  S::assigned,         Change::extension_off},
    {A::approve_extension, &center,         &any_relation,  S::in_progress,      When::extension_pending,  S::in_progress,      Change::extension_off},
    {A::approve_extension, &center,         &any_relation,  S::result_proposed,  When::extension_pending,  S::result_proposed,  Change::extension_off},
    {A::refuse_extension,  &center,         &any_relation,  S::assigned,         When::extension_pending,  S::assigned,         Change::extension_off},
    {A::refuse_extension,  &center,         &any_relation,  S::in_progress,      When::extension_pending,  S::in_progress,      Change::extension_off},
    {A::refuse_extension,  &center,         &any_relation,  S::result_proposed,  When::extension_pending,  S::result_proposed,  Change::extension_off},
    {A::publish,           &center,         &any_relation,  S::resolved,         When::publishable,        S::resolved,         Change::published_on},
    {A::publish,           &center,         &any_relation,  S::closed,           When::publishable,        S::closed,           Change::published_on},
    {A::unpublish,         &center,         &any_relation,  S::resolved,         When::published,          S::resolved,         Change::published_off},
    {A::unpublish,         &center,         &any_relation,  S::closed,           When::published,          S::closed,           Change::published_off},
    {A::reopen,            &center,         &any_relation,  S::resolved,         When::not_withdrawn,      S::assigned,         Change::new_round},
    {A::reopen,            &center,         &any_relation,  S::closed,           When::not_withdrawn,      S::assigned,         Change::new_round},
    {A::decline_reconsideration, &center,   &any_relation,  S::closed,           When::reconsideration_pending, S::closed,      Change::reconsideration_off},
    {A::merge,             &center,         &any_relation,  S::submitted,        When::always,             S::closed,           Change::merged},
    {A::merge,             &center,         &any_relation,  S::needs_info,       When::always,             S::closed,           Change::merged},
    {A::merge,             &center,         &any_relation,  S::accepted,         When::always,             S::closed,           Change::merged},
    {A::merge,             &center,         &any_relation,  S::assigned,         When::always,             S::closed,           Change::merged},
    {A::merge,             &center,         &any_relation,  S::in_progress,      When::always,             S::closed,           Change::merged},
    {A::merge,             &center,         &any_relation,  S::result_proposed,  When::always,             S::closed,           Change::merged},
    {A::comment,           &center,         &any_relation,  S::submitted,        When::always,             S::submitted,        Change::none},
    {A::comment,           &center,         &any_relation,  S::needs_info,       When::always,             S::needs_info,       Change::none},
    {A::comment,           &center,         &any_relation,  S::rejected,         When::always,             S::rejected,         Change::none},
    {A::comment,           &center,         &any_relation,  S::accepted,         When::always,             S::accepted,         Change::none},
    {A::comment,           &center,         &any_relation,  S::assigned,         When::always,             S::assigned,         Change::none},
    {A::comment,           &center,         &any_relation,  S::in_progress,      When::always,             S::in_progress,      Change::none},
    {A::comment,           &center,         &any_relation,  S::result_proposed,  When::always,             S::result_proposed,  Change::none},
    {A::comment,           &center,         &any_relation,  S::resolved,         When::always,             S::resolved,         Change::none},
    {A::comment,           &center,         &any_relation,  S::closed,           When::always,             S::closed,           Change::none},
    // The lead unit's handlers and unit lead
    {A::start,             &unit_staff,     &as_lead_unit,  S::assigned,         When::always,             S::in_progress,      Change::none},
    {A::return_,           &unit_staff,     &as_lead_unit,  S::assigned,         When::always,             S::accepted,         Change::extension_off},
    {A::request_info,      &unit_staff,     &as_lead_unit,  S::assigned,         When::no_extension_pending, S::needs_info,     Change::asked_on},
    {A::request_info,      &unit_staff,     &as_lead_unit,  S::in_progress,      When::no_extension_pending, S::needs_info,     Change::asked_on},
    {A::request_extension, &unit_staff,     &as_lead_unit,  S::assigned,         When::no_extension_pending, S::assigned,       Change::extension_on},
    {A::request_extension, &unit_staff,     &as_lead_unit,  S::in_progress,      When::no_extension_pending, S::in_progress,    Change::extension_on},
    {A::progress_note,     &unit_staff,     &as_lead_unit,  S::in_progress,      When::always,             S::in_progress,      Change::none},
    {A::propose_result,    &unit_staff,     &as_lead_unit,  S::in_progress,      When::always,             S::result_proposed,  Change::none},
    {A::comment,           &unit_staff,     &as_lead_unit,  S::assigned,         When::always,             S::assigned,         Change::none},
    {A::comment,           &unit_staff,     &as_lead_unit,  S::in_progress,      When::always,             S::in_progress,      Change::none},
    {A::comment,           &unit_staff,     &as_lead_unit,  S::result_proposed,  When::always,             S::result_proposed,  Change::none},
    // The lead unit's unit lead alone
    {A::approve_result,    &unit_lead_only, &as_lead_unit,  S::result_proposed,  When::always,             S::resolved,         Change::extension_off},
    {A::refuse_result,     &unit_lead_only, &as_lead_unit,  S::result_proposed,  When::always,             S::in_progress,      Change::none},
    {A::direct,            &unit_lead_only, &as_lead_unit,  S::submitted,        When::always,             S::submitted,        Change::none},
    {A::direct,            &unit_lead_only, &as_lead_unit,  S::needs_info,        When::always,             S::needs_info,        Change::none},
    {A::direct,            &unit_lead_only, &as_lead_unit,  S::accepted,          When::always,             S::accepted,          Change::none},
    {A::direct,            &unit_lead_only, &as_lead_unit,  S::assigned,          When::always,             S::assigned,          Change::none},
    {A::direct,            &unit_lead_only, &as_lead_unit,  S::in_progress,       When::always,             S::in_progress,       Change::none},
    {A::direct,            &unit_lead_only, &as_lead_unit,  S::result_proposed,   When::always,             S::result_proposed,   Change::none},
    {A::assign_handler,    &unit_lead_only, &as_lead_unit,  S::assigned,          When::always,             S::assigned,          Change::none},
    {A::assign_handler,    &unit_lead_only, &as_lead_unit,  S::in_progress,       When::always,             S::in_progress,       Change::none},
    {A::assign_handler,    &unit_lead_only, &as_lead_unit,  S::result_proposed,   When::always,             S::result_proposed,   Change::none},
    // Provincial leadership: directions only
    {A::direct,            &leader_only,    &any_relation,  S::submitted,         When::always,             S::submitted,         Change::none},
    {A::direct,            &leader_only,    &any_relation,  S::needs_info,        When::always,             S::needs_info,        Change::none},
    {A::direct,            &leader_only,    &any_relation,  S::accepted,          When::always,             S::accepted,          Change::none},
    {A::direct,            &leader_only,    &any_relation,  S::assigned,          When::always,             S::assigned,          Change::none},
    {A::direct,            &leader_only,    &any_relation,  S::in_progress,       When::always,             S::in_progress,       Change::none},
    {A::direct,            &leader_only,    &any_relation,  S::result_proposed,   When::always,             S::result_proposed,   Change::none},
    // Co-handling units
    {A::progress_note,     &unit_staff,     &as_co_unit,    S::assigned,         When::always,             S::assigned,         Change::none},
    {A::progress_note,     &unit_staff,     &as_co_unit,    S::in_progress,      When::always,             S::in_progress,      Change::none},
    {A::comment,           &unit_staff,     &as_co_unit,    S::assigned,         When::always,             S::assigned,         Change::none},
    {A::comment,           &unit_staff,     &as_co_unit,    S::in_progress,      When::always,             S::in_progress,      Change::none},
    // The system
    {A::close,             &system_only,    &any_relation,  S::resolved,         When::always,             S::closed,           Change::none},
};
// clang-format on

bool contains(const std::vector<Role>& v, Role r) {
    for (Role x : v)
        if (x == r) return true;
    return false;
}
bool contains(const std::vector<Relation>& v, Relation r) {
    for (Relation x : v)
        if (x == r) return true;
    return false;
}

// "" when the condition holds, else the code the refusal must carry. Where
// several fail, publication is refused first for being published already,
// then for lack of consent, then for withdrawal.
std::string failed_condition_code(When when, const ReportFlags& f) {
    switch (when) {
        case When::always: return "";
        case When::extension_pending: return f.extension_pending ? "" : "no_extension_pending";
        case When::no_extension_pending: return f.extension_pending ? "extension_already_pending" : "";
        case When::publishable:
            if (f.is_published) return "already_published";
            if (!f.is_public_allowed) return "publication_not_consented";
            if (f.withdrawn) return "report_withdrawn";
            if (f.merged) return "report_merged";
            return "";
        case When::published: return f.is_published ? "" : "not_published";
        case When::not_rated: return f.rated ? "already_rated" : "";
        // Reopen: neither withdrawn nor merged (an answer elsewhere is not its own).
        case When::not_withdrawn: return f.withdrawn ? "report_withdrawn" : f.merged ? "report_merged" : "";
        case When::asked_by_center: return f.info_asked_by_unit ? "action_not_allowed_in_status" : "";
        case When::asked_by_unit: return f.info_asked_by_unit ? "" : "action_not_allowed_in_status";
        // Once is once: a used request is refused first, even when the rating would not allow one.
        case When::may_reconsider:
            if (f.reconsideration_requested) return "reconsideration_already_requested";
            if (!f.rated || !f.rated_unsatisfied) return "reconsideration_needs_unsatisfied_rating";
            return "";
        case When::reconsideration_pending: return f.reconsideration_pending ? "" : "no_reconsideration_pending";
    }
    return "?";
}

ReportFlags changed(ReportFlags f, Change c) {
    switch (c) {
        case Change::none: break;
        case Change::extension_on: f.extension_pending = true; break;
        case Change::extension_off: f.extension_pending = false; break;
        case Change::published_on: f.is_published = true; break;
        case Change::published_off: f.is_published = false; break;
        case Change::rated_on:
            f.rated = true;
            f.rated_unsatisfied = false;  // minimal_params rates "satisfied"
            break;
        case Change::reconsideration_on: f.reconsideration_pending = f.reconsideration_requested = true; break;
        case Change::reconsideration_off: f.reconsideration_pending = false; break;
        case Change::withdrawn_on:
            f.withdrawn = true;
            f.info_asked_by_unit = false;
            break;
        case Change::merged:
            f.merged = true;
            f.extension_pending = false;
            f.info_asked_by_unit = false;
            break;
        case Change::asked_on: f.info_asked_by_unit = true; break;
        case Change::asked_off: f.info_asked_by_unit = false; break;
        case Change::rejected:
            f.extension_pending = false;
            f.info_asked_by_unit = false;
            break;
        case Change::new_round:
            f.rated = false;
            f.rated_unsatisfied = false;
            f.is_published = false;
            f.reconsideration_pending = false;  // the center decided; the request stays used
            break;
    }
    return f;
}

struct Expected {
    bool ok = false;
    int http = 0;  // 403 or 409 when refused
    std::string code;
    Status to = Status::draft;
    ReportFlags flags;
};

Expected expected_outcome(Action a, Role role, Relation rel, Status from, const ReportFlags& flags) {
    bool actor_named = false;
    std::string first_failed;  // of the rows for this status, when none holds
    for (const auto& row : kExpected) {
        if (row.action != a || !contains(*row.roles, role) || !contains(*row.relations, rel)) continue;
        actor_named = true;
        if (row.from != from) continue;
        const std::string failed = failed_condition_code(row.when, flags);
        if (failed.empty()) return Expected{true, 0, "", row.to, changed(flags, row.change)};
        if (first_failed.empty()) first_failed = failed;
    }
    if (!first_failed.empty()) return Expected{false, 409, first_failed, {}, {}};
    if (!actor_named) return Expected{false, 403, "action_not_allowed_for_role", {}, {}};
    return Expected{false, 409, "action_not_allowed_in_status", {}, {}};
}

// The smallest parameters each action accepts: exactly its required ones.
ActionParams minimal_params(Action a) {
    ActionParams p;
    switch (a) {
        case A::reject:
            p.reason_code = "out_of_scope";
            p.note = "Nội dung không thuộc thẩm quyền của tỉnh";
            break;
        case A::assign: p.unit_id = 7; break;
        case A::request_extension:
            p.note = "Cần khảo sát hiện trường";
            p.deadline = 1767225600;
            break;
        case A::approve_extension: p.deadline = 1767225600; break;
        case A::reclassify: p.category_code = "xay_dung"; break;
        case A::merge: p.duplicate_of = "PAKN-2026-000123"; break;
        case A::assign_handler: p.handler_id = 12; break;
        case A::propose_result: p.result_text = "Đã sửa chữa đèn chiếu sáng trên đường Trần Phú."; break;
        case A::rate: p.rating = "satisfied"; break;
        case A::request_info:
        case A::return_:
        case A::progress_note:
        case A::refuse_extension:
        case A::refuse_result:
        case A::unpublish:
        case A::reopen:
        case A::comment:
        case A::direct:
        case A::request_reconsideration:
        case A::decline_reconsideration: p.note = "Ghi chú"; break;
        default: break;
    }
    return p;
}

// [SECTION] parameters as the test expects them ---------------------------------

// Columns: action, field (wire name), required?
struct ParamExpectation {
    Action action;
    std::string field;
    bool required;
};

// clang-format off
const std::vector<ParamExpectation> kExpectedParams = {
    {A::resubmit,          "note",         false},
    {A::withdraw,          "note",         false},
    {A::rate,              "rating",       true},
    {A::rate,              "note",         false},
    {A::accept,            "note",         false},
    {A::reject,            "reason_code",  true},
    {A::reject,            "note",         true},
    {A::reject,            "duplicate_of", false},  // required only when reason_code is "duplicate"
    {A::merge,             "duplicate_of", true},
    {A::merge,             "note",         false},
    {A::request_info,      "note",         true},
    {A::assign,            "unit_id",      true},
    {A::assign,            "co_unit_ids",  false},
    {A::assign,            "deadline",     false},
    {A::assign,            "note",         false},
    {A::approve_extension, "deadline",     true},
    {A::approve_extension, "note",         false},
    {A::refuse_extension,  "note",         true},
    {A::publish,           "note",         false},
    {A::publish,           "public_text",  false},
    {A::publish,           "public_title", false},
    {A::unpublish,         "note",         true},
    {A::reopen,            "note",         true},
    {A::reopen,            "deadline",     false},
    {A::comment,           "note",         true},
    {A::reclassify,        "category_code", true},
    {A::reclassify,        "commune_code", false},
    {A::reclassify,        "note",         false},
    {A::direct,            "note",         true},
    {A::assign_handler,    "handler_id",   true},
    {A::assign_handler,    "note",         false},
    {A::start,             "note",         false},
    {A::return_,           "note",         true},
    {A::request_extension, "note",         true},
    {A::request_extension, "deadline",     true},
    {A::progress_note,     "note",         true},
    {A::propose_result,    "result",       true},
    {A::propose_result,    "note",         false},
    {A::approve_result,    "note",         false},
    {A::refuse_result,     "note",         true},
    {A::request_reconsideration, "note",   true},
    {A::decline_reconsideration, "note",   true},
};
// clang-format on

const std::vector<std::string> kAllFieldNames = {"note",        "reason_code", "duplicate_of", "unit_id",
                                                 "co_unit_ids", "deadline",    "result",       "rating",
                                                 "category_code", "commune_code", "handler_id"};

bool takes_field(Action a, const std::string& field) {
    for (const auto& e : kExpectedParams)
        if (e.action == a && e.field == field) return true;
    return false;
}

// Sets `field` to a valid value (for reject's duplicate_of, with the reason that needs it).
void set_valid(ActionParams& p, const std::string& field, Action a = A::reject) {
    if (field == "note") p.note = "Ghi chú";
    if (field == "reason_code") p.reason_code = "other";
    if (field == "duplicate_of") {
        if (a != A::merge) p.reason_code = "duplicate";
        p.duplicate_of = "PAKN-2026-000123";
    }
    if (field == "unit_id") p.unit_id = 7;
    if (field == "co_unit_ids") p.co_unit_ids = {8, 9};
    if (field == "deadline") p.deadline = 1767225600;
    if (field == "result") p.result_text = "Kết quả";
    // Unsatisfied, so that the reachable-state walk (full parameters) reaches reconsideration.
    if (field == "rating") p.rating = "dissatisfied";
    if (field == "category_code") p.category_code = "moi_truong";
    if (field == "commune_code") p.commune_code = "22333";
    if (field == "handler_id") p.handler_id = 12;
}

void clear(ActionParams& p, const std::string& field) {
    if (field == "note") p.note.reset();
    if (field == "reason_code") p.reason_code.reset();
    if (field == "duplicate_of") p.duplicate_of.reset();
    if (field == "unit_id") p.unit_id.reset();
    if (field == "co_unit_ids") p.co_unit_ids.clear();
    if (field == "deadline") p.deadline.reset();
    if (field == "result") p.result_text.reset();
    if (field == "rating") p.rating.reset();
    if (field == "category_code") p.category_code.reset();
    if (field == "commune_code") p.commune_code.reset();
    if (field == "handler_id") p.handler_id.reset();
}

// Every parameter the action takes, each valid.
ActionParams full_params(Action a) {
    ActionParams p = minimal_params(a);
    for (const auto& e : kExpectedParams)
        if (e.action == a) set_valid(p, e.field, a);
    return p;
}

// An actor and a report state in which `a` is allowed (the first expectation row).
struct Situation {
    Role role;
    Relation relation;
    Status status;
    ReportFlags flags;
};

Situation allowed_situation(Action a) {
    for (const auto& row : kExpected) {
        if (row.action != a) continue;
        ReportFlags f;
        if (row.when == When::extension_pending) f.extension_pending = true;
        if (row.when == When::publishable) f.is_public_allowed = true;
        if (row.when == When::published) f.is_published = f.is_public_allowed = true;
        if (row.when == When::asked_by_unit) f.info_asked_by_unit = true;
        if (row.when == When::may_reconsider) f.rated = f.rated_unsatisfied = true;
        if (row.when == When::reconsideration_pending)
            f.rated = f.rated_unsatisfied = f.reconsideration_pending = f.reconsideration_requested = true;
        return Situation{row.roles->front(), row.relations->front(), row.from, f};
    }
    return Situation{Role::leader, Relation::none, Status::draft, {}};
}

Transition apply_in(const Situation& s, Action a, const ActionParams& p) {
    return apply(a, s.role, s.relation, s.status, s.flags, p);
}

// Every combination of the ten flags (flags_from_bits).
constexpr unsigned kFlagCombinations = 1024;

ReportFlags flags_from_bits(unsigned bits) {
    ReportFlags f;
    f.extension_pending = (bits & 1u) != 0;
    f.is_published = (bits & 2u) != 0;
    f.is_public_allowed = (bits & 4u) != 0;
    f.rated = (bits & 8u) != 0;
    f.withdrawn = (bits & 16u) != 0;
    f.info_asked_by_unit = (bits & 32u) != 0;
    f.rated_unsatisfied = (bits & 64u) != 0;
    f.reconsideration_pending = (bits & 128u) != 0;
    f.reconsideration_requested = (bits & 256u) != 0;
    f.merged = (bits & 512u) != 0;
    return f;
}

std::string flags_text(const ReportFlags& f) {
    std::string out = "[";
    out += f.extension_pending ? " extension_pending" : "";
    out += f.is_published ? " published" : "";
    out += f.is_public_allowed ? " public_allowed" : "";
    out += f.rated ? " rated" : "";
    out += f.withdrawn ? " withdrawn" : "";
    out += f.info_asked_by_unit ? " asked_by_unit" : "";
    out += f.rated_unsatisfied ? " rated_unsatisfied" : "";
    out += f.reconsideration_pending ? " reconsideration_pending" : "";
    out += f.reconsideration_requested ? " reconsideration_requested" : "";
    out += f.merged ? " merged" : "";
    return out + " ]";
}

std::string describe(Action a, Role r, Relation rel, Status s, const ReportFlags& f) {
    return std::string(to_string(a)) + " by " + std::string(to_string(r)) + " (" + std::string(to_string(rel)) +
           ") in " + std::string(to_string(s)) + " " + flags_text(f);
}

bool has_field_error(const Refusal& r, const std::string& field, const std::string& code) {
    for (const auto& e : r.fields)
        if (e.field == field && e.code == code) return true;
    return false;
}

std::string repeat(std::string_view piece, std::size_t times) {
    std::string s;
    for (std::size_t i = 0; i < times; ++i) s += piece;
    return s;
}

}  // namespace

// [SECTION] the exhaustive check ------------------------------------------------

TEST_CASE("workflow: the expectation table names each (action, role, relation, status, condition) once") {
    // Two rows share a status only with exclusive conditions (who asked for
    // the information decides where resubmit goes).
    std::set<std::tuple<Action, Role, Relation, Status, When>> seen;
    for (const auto& row : kExpected)
        for (Role r : *row.roles)
            for (Relation rel : *row.relations) {
                INFO(describe(row.action, r, rel, row.from, {}));
                CHECK(seen.insert({row.action, r, rel, row.from, row.when}).second);
            }
}

TEST_CASE("workflow: apply matches the expectation for every action, actor, status and flag combination") {
    std::size_t combinations = 0;
    std::size_t mismatches = 0;
    for (Action a : kAllActions)
        for (Role role : kAllRoles)
            for (Relation rel : kAllRelations)
                for (Status s : kAllStatuses)
                    for (unsigned bits = 0; bits < kFlagCombinations; ++bits) {
                        const ReportFlags flags = flags_from_bits(bits);
                        const Expected want = expected_outcome(a, role, rel, s, flags);
                        const Transition got = apply(a, role, rel, s, flags, minimal_params(a));
                        ++combinations;
                        bool same = got.ok == want.ok;
                        if (same && want.ok) same = got.next == want.to && got.flags == want.flags;
                        if (same && !want.ok)
                            same = http_status(got.refusal.kind) == want.http && got.refusal.code == want.code &&
                                   got.refusal.fields.empty();
                        if (!same && ++mismatches <= 25) {
                            const std::string got_text =
                                got.ok ? "ok -> " + std::string(to_string(got.next)) + " " + flags_text(got.flags)
                                       : std::to_string(http_status(got.refusal.kind)) + " " + got.refusal.code;
                            const std::string want_text =
                                want.ok ? "ok -> " + std::string(to_string(want.to)) + " " + flags_text(want.flags)
                                        : std::to_string(want.http) + " " + want.code;
                            FAIL_CHECK(describe(a, role, rel, s, flags) << ": got " << got_text << ", expected "
                                                                        << want_text);
                        }
                    }
    CHECK(combinations == 29u * 8u * 4u * 10u * kFlagCombinations);
    CHECK(mismatches == 0);
}

TEST_CASE("workflow: allowed_actions lists exactly the actions apply performs (with valid parameters)") {
    std::size_t mismatches = 0;
    for (Role role : kAllRoles)
        for (Relation rel : kAllRelations)
            for (Status s : kAllStatuses)
                for (unsigned bits = 0; bits < kFlagCombinations; ++bits) {
                    const ReportFlags flags = flags_from_bits(bits);
                    const std::vector<Action> listed = allowed_actions(role, rel, s, flags);
                    std::vector<Action> performed;
                    for (Action a : kAllActions) {
                        const bool with_minimal = apply(a, role, rel, s, flags, minimal_params(a)).ok;
                        // Full parameters are accepted exactly where minimal ones are.
                        const bool with_full = apply(a, role, rel, s, flags, full_params(a)).ok;
                        if (with_minimal) performed.push_back(a);
                        if (with_full != with_minimal && ++mismatches <= 25)
                            FAIL_CHECK(describe(a, role, rel, s, flags) << ": full and minimal parameters disagree");
                    }
                    if (listed != performed && ++mismatches <= 25)
                        FAIL_CHECK(describe(Action::comment, role, rel, s, flags)
                                   << ": allowed_actions disagrees with apply (" << listed.size() << " listed, "
                                   << performed.size() << " performed)");
                }
    CHECK(mismatches == 0);
}

TEST_CASE("workflow: no officer, leader, admin or system action applies to a draft") {
    for (Role role : kAllRoles) {
        if (is_reporter(role)) continue;
        for (Relation rel : kAllRelations)
            for (unsigned bits = 0; bits < kFlagCombinations; ++bits) {
                INFO(to_string(role), " ", to_string(rel));
                CHECK(allowed_actions(role, rel, Status::draft, flags_from_bits(bits)).empty());
            }
    }
}

TEST_CASE("workflow: the admin may do nothing to any report, the leader only give directions") {
    for (Role role : {Role::leader, Role::admin})
        for (Relation rel : kAllRelations)
            for (Status s : kAllStatuses)
                for (unsigned bits = 0; bits < kFlagCombinations; ++bits) {
                    const auto allowed = allowed_actions(role, rel, s, flags_from_bits(bits));
                    if (role == Role::leader && is_open(s))
                        CHECK(allowed == std::vector<Action>{Action::direct});
                    else if (role == Role::leader && s == Status::needs_info)
                        CHECK(allowed == std::vector<Action>{Action::direct});
                    else
                        CHECK(allowed.empty());
                    for (Action a : kAllActions) {
                        if (role == Role::leader && a == Action::direct) continue;
                        CHECK(apply(a, role, rel, s, flags_from_bits(bits), minimal_params(a)).refusal.kind ==
                              RefusalKind::not_allowed_for_role);
                    }
                }
}

// [SECTION] reachable states --------------------------------------------------------

TEST_CASE("workflow: every reachable report state keeps the flags consistent and can still finish") {
    using State = std::pair<Status, unsigned>;  // status and flag bits
    auto bits_of = [](const ReportFlags& f) {
        return (f.extension_pending ? 1u : 0u) | (f.is_published ? 2u : 0u) | (f.is_public_allowed ? 4u : 0u) |
               (f.rated ? 8u : 0u) | (f.withdrawn ? 16u : 0u) | (f.info_asked_by_unit ? 32u : 0u) |
               (f.rated_unsatisfied ? 64u : 0u) | (f.reconsideration_pending ? 128u : 0u) |
               (f.reconsideration_requested ? 256u : 0u) | (f.merged ? 512u : 0u);
    };
    std::map<State, std::set<State>> edges;
    std::vector<State> todo = {{Status::draft, 0u}, {Status::draft, 4u}};  // with and without consent
    std::set<State> seen(todo.begin(), todo.end());
    while (!todo.empty()) {
        const State here = todo.back();
        todo.pop_back();
        auto& out = edges[here];
        for (Action a : kAllActions)
            for (Role role : kAllRoles)
                for (Relation rel : kAllRelations) {
                    const Transition t = apply(a, role, rel, here.first, flags_from_bits(here.second), full_params(a));
                    if (!t.ok) continue;
                    const State next{t.next, bits_of(t.flags)};
                    out.insert(next);
                    if (seen.insert(next).second) todo.push_back(next);
                }
    }

    std::set<Status> statuses_reached;
    for (const State& state : seen) {
        const Status status = state.first;
        const ReportFlags f = flags_from_bits(state.second);
        statuses_reached.insert(status);
        INFO(describe(Action::comment, Role::system, Relation::none, status, f));
        if (f.extension_pending)
            CHECK((status == Status::assigned || status == Status::in_progress ||
                   status == Status::result_proposed));
        if (f.is_published) {
            CHECK(f.is_public_allowed);
            CHECK((status == Status::resolved || status == Status::closed));
        }
        if (f.rated) CHECK(status == Status::closed);
        if (f.withdrawn) CHECK((status == Status::closed && !f.is_published && !f.rated));
        // A merged report is closed for good: its answer is the older report's.
        if (f.merged) CHECK((status == Status::closed && !f.is_published && !f.rated && !f.withdrawn));
        // Only a report waiting for the reporter remembers that the unit asked.
        if (f.info_asked_by_unit) CHECK(status == Status::needs_info);
        if (f.rated_unsatisfied) CHECK(f.rated);
        // A pending request is about a closed, unsatisfied rating; reopen ends it.
        if (f.reconsideration_pending)
            CHECK((status == Status::closed && f.rated_unsatisfied && f.reconsideration_requested));
    }
    // The walk reaches a report whose request is pending, and one reconsidered already.
    bool pending_reached = false, reconsidered_reopened = false;
    for (const State& state : seen) {
        const ReportFlags f = flags_from_bits(state.second);
        pending_reached = pending_reached || f.reconsideration_pending;
        reconsidered_reopened = reconsidered_reopened || (f.reconsideration_requested && is_open(state.first));
    }
    CHECK(pending_reached);
    CHECK(reconsidered_reopened);
    CHECK(statuses_reached.size() == kAllStatuses.size());

    // From every reachable state a final status is still reachable: nothing
    // can get stuck waiting forever.
    for (const State& start : seen) {
        std::set<State> visited = {start};
        std::vector<State> stack = {start};
        bool finishes = false;
        while (!stack.empty() && !finishes) {
            const State s = stack.back();
            stack.pop_back();
            if (is_final(s.first)) finishes = true;
            for (const State& n : edges[s])
                if (visited.insert(n).second) stack.push_back(n);
        }
        INFO(to_string(start.first), " flags ", start.second);
        CHECK(finishes);
    }
}

// [SECTION] parameters ----------------------------------------------------------

TEST_CASE("workflow: required_params and optional_params agree with the test's parameter table") {
    for (Action a : kAllActions)
        for (Param p : kAllParams) {
            const std::string field(field_name(p));
            bool want_required = false, want_optional = false;
            for (const auto& e : kExpectedParams)
                if (e.action == a && e.field == field) (e.required ? want_required : want_optional) = true;
            INFO(to_string(a), " ", field);
            CHECK(required_params(a).contains(p) == want_required);
            CHECK(optional_params(a).contains(p) == want_optional);
        }
}

TEST_CASE("workflow: leaving out a required parameter is refused as missing, naming the field") {
    for (const auto& e : kExpectedParams) {
        if (!e.required) continue;
        INFO(to_string(e.action), " without ", e.field);
        const Situation s = allowed_situation(e.action);
        REQUIRE(apply_in(s, e.action, minimal_params(e.action)).ok);

        ActionParams p = minimal_params(e.action);
        clear(p, e.field);
        const Transition t = apply_in(s, e.action, p);
        REQUIRE_FALSE(t.ok);
        CHECK(t.refusal.kind == RefusalKind::missing_parameter);
        CHECK(http_status(t.refusal.kind) == 422);
        CHECK(t.refusal.code == "validation_failed");
        CHECK(t.refusal.fields.size() == 1);
        CHECK(has_field_error(t.refusal, e.field, "required"));
    }
}

TEST_CASE("workflow: a blank text counts as missing") {
    for (const std::string blank : {"", "   ", " \t\r\n "}) {
        ActionParams p = minimal_params(A::comment);
        p.note = blank;
        const Transition t = apply_in(allowed_situation(A::comment), A::comment, p);
        CHECK(t.refusal.kind == RefusalKind::missing_parameter);
        CHECK(has_field_error(t.refusal, "note", "required"));
    }
    ActionParams p = minimal_params(A::propose_result);
    p.result_text = "  ";
    CHECK(has_field_error(apply_in(allowed_situation(A::propose_result), A::propose_result, p).refusal, "result",
                          "required"));
}

TEST_CASE("workflow: every optional parameter is accepted when valid") {
    for (Action a : kAllActions) {
        INFO(to_string(a));
        CHECK(apply_in(allowed_situation(a), a, full_params(a)).ok);
    }
}

TEST_CASE("workflow: a parameter the action does not take is refused as not applicable") {
    for (Action a : kAllActions)
        for (const std::string& field : kAllFieldNames) {
            if (takes_field(a, field)) continue;
            // duplicate_of also brings reason_code; for reject that is taken.
            ActionParams p = minimal_params(a);
            set_valid(p, field);
            INFO(to_string(a), " with ", field);
            const Transition t = apply_in(allowed_situation(a), a, p);
            REQUIRE_FALSE(t.ok);
            CHECK(t.refusal.kind == RefusalKind::invalid_parameter);
            CHECK(has_field_error(t.refusal, field, "field_not_applicable"));
        }
}

TEST_CASE("workflow: a rejection for duplication needs the original's tracking code, others must not give one") {
    const Situation s = allowed_situation(A::reject);
    ActionParams p = minimal_params(A::reject);
    p.reason_code = "duplicate";
    Transition t = apply_in(s, A::reject, p);
    CHECK(t.refusal.kind == RefusalKind::missing_parameter);
    CHECK(has_field_error(t.refusal, "duplicate_of", "duplicate_of_required"));

    p.duplicate_of = "PAKN-2026-000123";
    CHECK(apply_in(s, A::reject, p).ok);

    p.duplicate_of = repeat("X", 65);
    CHECK(has_field_error(apply_in(s, A::reject, p).refusal, "duplicate_of", "invalid_duplicate_of"));

    p.reason_code = "offensive";
    p.duplicate_of = "PAKN-2026-000123";
    t = apply_in(s, A::reject, p);
    CHECK(t.refusal.kind == RefusalKind::invalid_parameter);
    CHECK(has_field_error(t.refusal, "duplicate_of", "field_not_applicable"));
}

TEST_CASE("workflow: every reject reason is accepted, anything else is an invalid reason code") {
    const Situation s = allowed_situation(A::reject);
    for (RejectReason r : kAllRejectReasons) {
        ActionParams p = minimal_params(A::reject);
        p.reason_code = std::string(to_string(r));
        if (r == RejectReason::duplicate) p.duplicate_of = "PAKN-2026-000001";
        INFO(to_string(r));
        CHECK(apply_in(s, A::reject, p).ok);
    }
    for (const std::string bad : {"Duplicate", "spam", "out-of-scope", "0"}) {
        ActionParams p = minimal_params(A::reject);
        p.reason_code = bad;
        const Transition t = apply_in(s, A::reject, p);
        CHECK(t.refusal.kind == RefusalKind::invalid_parameter);
        CHECK(has_field_error(t.refusal, "reason_code", "invalid_reason_code"));
    }
}

TEST_CASE("workflow: ratings are the four satisfaction levels, nothing else") {
    const Situation s = allowed_situation(A::rate);
    for (SatisfactionLevel l : kAllSatisfactionLevels) {
        ActionParams p;
        p.rating = std::string(to_string(l));
        CHECK(apply_in(s, A::rate, p).ok);
    }
    for (const std::string bad : {"5", "0", "good", "Hài lòng", "SATISFIED"}) {
        ActionParams p;
        p.rating = bad;
        const Transition t = apply_in(s, A::rate, p);
        CHECK(t.refusal.kind == RefusalKind::invalid_parameter);
        CHECK(has_field_error(t.refusal, "rating", "invalid_rating"));
    }
}

TEST_CASE("workflow: unit ids must be positive, co-units distinct and different from the lead unit") {
    const Situation s = allowed_situation(A::assign);
    // Columns: unit_id, co_unit_ids, field in error ("" = accepted), code
    struct Case {
        std::int64_t unit;
        std::vector<std::int64_t> co_units;
        std::string field;
        std::string code;
    };
    const std::vector<Case> cases = {
        {7, {}, "", ""},
        {7, {8, 9}, "", ""},
        {0, {}, "unit_id", "invalid_unit_id"},
        {-3, {}, "unit_id", "invalid_unit_id"},
        {7, {0}, "co_unit_ids", "invalid_co_unit_ids"},
        {7, {8, 8}, "co_unit_ids", "invalid_co_unit_ids"},
        {7, {8, 7}, "co_unit_ids", "invalid_co_unit_ids"},
    };
    for (const auto& c : cases) {
        ActionParams p;
        p.unit_id = c.unit;
        p.co_unit_ids = c.co_units;
        const Transition t = apply_in(s, A::assign, p);
        INFO("unit ", c.unit, ", ", c.co_units.size(), " co-units");
        if (c.field.empty()) {
            CHECK(t.ok);
        } else {
            CHECK(t.refusal.kind == RefusalKind::invalid_parameter);
            CHECK(has_field_error(t.refusal, c.field, c.code));
        }
    }
}

TEST_CASE("workflow: deadlines are unix seconds, zero, negative or millisecond values are invalid") {
    // Columns: deadline, accepted?
    const std::vector<std::pair<std::int64_t, bool>> cases = {
        {1767225600, true},          // 2026-01-01
        {4102444799, true},          // last second of 2099
        {0, false},
        {-1, false},
        {1767225600000, false},      // milliseconds by mistake
    };
    for (Action a : {A::assign, A::approve_extension, A::request_extension, A::reopen}) {
        for (const auto& c : cases) {
            const std::int64_t deadline = c.first;
            const bool accepted = c.second;
            ActionParams p = minimal_params(a);
            p.deadline = deadline;
            INFO(to_string(a), " deadline ", deadline);
            const Transition t = apply_in(allowed_situation(a), a, p);
            CHECK(t.ok == accepted);
            if (!accepted) CHECK(has_field_error(t.refusal, "deadline", "invalid_deadline"));
        }
    }
}

TEST_CASE("workflow: notes hold 2000 characters and answers 5000, counted in characters not bytes") {
    // "ệ" is three bytes in UTF-8: a byte count would refuse these.
    ActionParams p = minimal_params(A::comment);
    p.note = repeat("ệ", kMaxNoteChars);
    CHECK(apply_in(allowed_situation(A::comment), A::comment, p).ok);
    p.note = repeat("ệ", kMaxNoteChars + 1);
    Transition t = apply_in(allowed_situation(A::comment), A::comment, p);
    CHECK(t.refusal.kind == RefusalKind::invalid_parameter);
    CHECK(has_field_error(t.refusal, "note", "too_long"));

    p = minimal_params(A::propose_result);
    p.result_text = repeat("Đ", kMaxResultChars);
    CHECK(apply_in(allowed_situation(A::propose_result), A::propose_result, p).ok);
    p.result_text = repeat("a", kMaxResultChars + 1);
    t = apply_in(allowed_situation(A::propose_result), A::propose_result, p);
    CHECK(has_field_error(t.refusal, "result", "too_long"));
}

TEST_CASE("workflow: all parameter problems are reported together, missing before invalid in the kind") {
    ActionParams p;
    p.rating = "great";  // not taken by reject
    const Transition t = apply_in(allowed_situation(A::reject), A::reject, p);
    CHECK(t.refusal.kind == RefusalKind::missing_parameter);
    REQUIRE(t.refusal.fields.size() == 3);
    CHECK(t.refusal.fields[0] == field_error("note", "required"));
    CHECK(t.refusal.fields[1] == field_error("reason_code", "required"));
    CHECK(t.refusal.fields[2] == field_error("rating", "field_not_applicable"));
}

// [SECTION] order of checks and error bodies ----------------------------------------

TEST_CASE("workflow: role is checked before status, status before flags, flags before parameters") {
    const ActionParams none;
    // A citizen may never accept: 403 even in a status where accept exists.
    CHECK(apply(A::accept, Role::citizen, Relation::owner, S::submitted, {}, none).refusal.kind ==
          RefusalKind::not_allowed_for_role);
    // A handler of another unit may not start work.
    CHECK(apply(A::start, Role::handler, Relation::none, S::assigned, {}, none).refusal.kind ==
          RefusalKind::not_allowed_for_role);
    // The dispatcher may reject, but not once answered: 409 before the missing reason.
    const Transition late = apply(A::reject, Role::dispatcher, Relation::none, S::resolved, {}, none);
    CHECK(late.refusal.kind == RefusalKind::not_allowed_in_status);
    CHECK(late.refusal.code == "action_not_allowed_in_status");
    // No pending extension: 409 before the missing deadline.
    const Transition nothing_pending =
        apply(A::approve_extension, Role::dispatcher, Relation::none, S::in_progress, {}, none);
    CHECK(nothing_pending.refusal.kind == RefusalKind::not_allowed_in_status);
    CHECK(nothing_pending.refusal.code == "no_extension_pending");
}

TEST_CASE("workflow: refusals become API errors with the right HTTP status and a Vietnamese message") {
    // Columns: refusal, HTTP status, message
    const Transition role = apply(A::accept, Role::leader, Relation::none, S::submitted, {}, {});
    const ApiError forbidden = to_api_error(role.refusal);
    CHECK(forbidden.status == 403);
    CHECK(forbidden.code == "action_not_allowed_for_role");
    CHECK(forbidden.message == "Vai trò của bạn không được thực hiện thao tác này");

    const Transition status = apply(A::accept, Role::dispatcher, Relation::none, S::closed, {}, {});
    const ApiError conflict = to_api_error(status.refusal);
    CHECK(conflict.status == 409);
    CHECK(conflict.message == "Thao tác này không được phép ở trạng thái hiện tại");

    const Transition params = apply(A::comment, Role::dispatcher, Relation::none, S::accepted, {}, {});
    const ApiError invalid = to_api_error(params.refusal);
    CHECK(invalid.status == 422);
    CHECK(invalid.code == "validation_failed");
    REQUIRE(invalid.fields.size() == 1);
    CHECK(invalid.fields[0].message == "Vui lòng nhập thông tin này");
}

TEST_CASE("workflow: every code the workflow can produce has its own catalogue entry") {
    for (const char* code :
         {"action_not_allowed_for_role", "action_not_allowed_in_status", "extension_already_pending",
          "no_extension_pending", "already_published", "not_published", "publication_not_consented", "already_rated",
          "report_withdrawn", "field_not_applicable", "invalid_reason_code", "duplicate_of_required",
          "invalid_duplicate_of", "invalid_unit_id", "invalid_co_unit_ids", "invalid_deadline", "invalid_rating",
          "reconsideration_already_requested", "reconsideration_needs_unsatisfied_rating", "no_reconsideration_pending",
          "report_merged",
          "required", "too_long", "validation_failed", "unknown_action"}) {
        INFO(code);
        CHECK(is_known_code(code));
    }
}

// [SECTION] names, labels and status queries -------------------------------------

TEST_CASE("workflow: statuses have their wire name, Vietnamese label, tone and deadline step") {
    // Columns: status, wire name, label, tone, open, final, visible to officers, SLA step
    struct Row {
        Status status;
        const char* name;
        const char* label;
        StatusTone tone;
        bool open, final, visible;
        std::optional<SlaStep> sla;
    };
    // clang-format off
    const Row rows[] = {
        {S::draft,           "draft",           "Nháp",                  StatusTone::neutral, false, false, false, std::nullopt},
        {S::submitted,       "submitted",       "Chờ tiếp nhận",         StatusTone::info,    true,  false, true,  SlaStep::classify_and_assign},
        {S::needs_info,      "needs_info",      "Chờ bổ sung thông tin", StatusTone::warning, false, false, true,  std::nullopt},
        {S::rejected,        "rejected",        "Không tiếp nhận",       StatusTone::danger,  false, true,  true,  std::nullopt},
        {S::accepted,        "accepted",        "Đã tiếp nhận",          StatusTone::info,    true,  false, true,  SlaStep::classify_and_assign},
        {S::assigned,        "assigned",        "Đã chuyển xử lý",       StatusTone::info,    true,  false, true,  SlaStep::start_work},
        {S::in_progress,     "in_progress",     "Đang xử lý",            StatusTone::info,    true,  false, true,  SlaStep::resolve},
        {S::result_proposed, "result_proposed", "Chờ duyệt kết quả",     StatusTone::info,    true,  false, true,  SlaStep::resolve},
        {S::resolved,        "resolved",        "Đã có kết quả",         StatusTone::success, false, false, true,  std::nullopt},
        {S::closed,          "closed",          "Đã đóng",               StatusTone::neutral, false, true,  true,  std::nullopt},
    };
    // clang-format on
    for (const Row& r : rows) {
        INFO(r.name);
        CHECK(to_string(r.status) == r.name);
        CHECK(parse_status(r.name) == r.status);
        CHECK(label(r.status) == r.label);
        CHECK(tone(r.status) == r.tone);
        CHECK(is_open(r.status) == r.open);
        CHECK(is_final(r.status) == r.final);
        CHECK(visible_to_officers(r.status) == r.visible);
        CHECK(sla_step(r.status) == r.sla);
    }
    CHECK(std::size(rows) == kAllStatuses.size());
}

TEST_CASE("workflow: action buttons carry the Vietnamese labels of the original system") {
    // Columns: action, wire name, button label
    const std::vector<std::tuple<Action, std::string, std::string>> rows = {
        {A::submit, "submit", "Gửi phản ánh"},
        {A::resubmit, "resubmit", "Gửi bổ sung"},
        {A::edit, "edit", "Chỉnh sửa"},
        {A::withdraw, "withdraw", "Rút phản ánh"},
        {A::accept, "accept", "Tiếp nhận"},
        {A::reject, "reject", "Không tiếp nhận"},
        {A::request_info, "request_info", "Yêu cầu bổ sung"},
        {A::assign, "assign", "Chuyển xử lý"},
        {A::return_, "return", "Trả lại"},
        {A::start, "start", "Bắt đầu xử lý"},
        {A::progress_note, "progress_note", "Cập nhật tiến độ"},
        {A::request_extension, "request_extension", "Xin gia hạn"},
        {A::approve_extension, "approve_extension", "Duyệt gia hạn"},
        {A::refuse_extension, "refuse_extension", "Từ chối gia hạn"},
        {A::propose_result, "propose_result", "Đề xuất kết quả"},
        {A::approve_result, "approve_result", "Duyệt kết quả"},
        {A::refuse_result, "refuse_result", "Trả lại kết quả"},
        {A::publish, "publish", "Công khai"},
        {A::unpublish, "unpublish", "Hủy công khai"},
        {A::reopen, "reopen", "Mở lại"},
        {A::rate, "rate", "Đánh giá"},
        {A::close, "close", "Đóng"},
        {A::comment, "comment", "Ghi chú nội bộ"},
        {A::reclassify, "reclassify", "Phân loại lại"},
        {A::direct, "direct", "Ý kiến chỉ đạo"},
        {A::assign_handler, "assign_handler", "Phân công cán bộ"},
        {A::request_reconsideration, "request_reconsideration", "Đề nghị xem xét lại"},
        {A::decline_reconsideration, "decline_reconsideration", "Từ chối xem xét lại"},
        {A::merge,             "merge",             "Gộp phản ánh trùng"},
    };
    REQUIRE(rows.size() == kAllActions.size());
    for (const auto& row : rows) {
        const Action action = std::get<0>(row);
        const std::string& name = std::get<1>(row);
        const std::string& button = std::get<2>(row);
        INFO(name);
        CHECK(to_string(action) == name);
        CHECK(parse_action(name) == action);
        CHECK(label(action) == button);
    }
    CHECK_FALSE(parse_action("return_").has_value());
    CHECK_FALSE(parse_action("Accept").has_value());
    CHECK_FALSE(parse_action("").has_value());
}

TEST_CASE("workflow: roles, relations, reasons and ratings round-trip through their wire names") {
    for (Role r : kAllRoles) {
        CHECK(parse_role(to_string(r)) == r);
        CHECK_FALSE(label(r).empty());
    }
    for (Relation r : kAllRelations) CHECK(parse_relation(to_string(r)) == r);
    for (RejectReason r : kAllRejectReasons) {
        CHECK(parse_reject_reason(to_string(r)) == r);
        CHECK_FALSE(label(r).empty());
    }
    for (SatisfactionLevel l : kAllSatisfactionLevels) CHECK(parse_satisfaction(to_string(l)) == l);
    CHECK(label(SatisfactionLevel::very_satisfied) == "Rất hài lòng");
    CHECK(label(SatisfactionLevel::satisfied) == "Hài lòng");
    CHECK(label(SatisfactionLevel::not_satisfied) == "Chưa hài lòng");
    CHECK(label(SatisfactionLevel::dissatisfied) == "Không hài lòng");
    CHECK(label(Role::unit_lead) == "Lãnh đạo đơn vị");
    CHECK(label(RejectReason::complaint_or_denunciation) == "Khiếu nại, tố cáo (giải quyết theo thủ tục riêng)");
    CHECK(to_string(Relation::unit_lead_unit) == "unit_lead_unit");
    CHECK(field_name(Param::result_text) == "result");
    CHECK_FALSE(parse_role("Dispatcher").has_value());
    CHECK_FALSE(parse_satisfaction("3").has_value());
}

TEST_CASE("workflow: reporters and officers are told apart") {
    // Columns: role, reporter, officer
    const std::vector<std::tuple<Role, bool, bool>> rows = {
        {Role::citizen, true, false},   {Role::organization, true, false}, {Role::dispatcher, false, true},
        {Role::handler, false, true},   {Role::unit_lead, false, true},    {Role::leader, false, true},
        {Role::admin, false, true},     {Role::system, false, false},
    };
    for (const auto& row : rows) {
        const Role role = std::get<0>(row);
        const bool reporter = std::get<1>(row);
        const bool officer = std::get<2>(row);
        INFO(to_string(role));
        CHECK(is_reporter(role) == reporter);
        CHECK(is_officer(role) == officer);
    }
}

TEST_CASE("workflow: the table is exposed whole for documentation and tools") {
    const auto rules = workflow_rules();
    CHECK_FALSE(rules.empty());
    std::set<Action> covered;
    for (const auto& r : rules) covered.insert(r.action);
    CHECK(covered.size() == kAllActions.size());
}

// [SECTION] reconsideration (issue 15) ------------------------------------------------

TEST_CASE("workflow: reconsideration follows an unsatisfied rating, once, and the center decides") {
    const ReportFlags none;
    const ActionParams reason = [] {
        ActionParams p;
        p.note = "Đèn vẫn chưa sáng sau khi báo đã sửa";
        return p;
    }();
    // Columns: rating given, may the reporter then ask?
    const std::vector<std::pair<std::string, bool>> ratings = {
        {"very_satisfied", false}, {"satisfied", false}, {"not_satisfied", true}, {"dissatisfied", true}};
    for (const auto& r : ratings) {
        INFO(r.first);
        ActionParams rating;
        rating.rating = r.first;
        const Transition rated = apply(A::rate, Role::citizen, Relation::owner, S::resolved, none, rating);
        REQUIRE(rated.ok);
        CHECK(rated.flags.rated_unsatisfied == r.second);
        const Transition asked = apply(A::request_reconsideration, Role::citizen, Relation::owner, S::closed,
                                       rated.flags, reason);
        CHECK(asked.ok == r.second);
        if (!r.second) CHECK(asked.refusal.code == "reconsideration_needs_unsatisfied_rating");
    }

    ActionParams dissatisfied;
    dissatisfied.rating = "dissatisfied";
    const ReportFlags rated =
        apply(A::rate, Role::citizen, Relation::owner, S::resolved, none, dissatisfied).flags;
    const Transition asked =
        apply(A::request_reconsideration, Role::citizen, Relation::owner, S::closed, rated, reason);
    REQUIRE(asked.ok);
    CHECK(asked.next == S::closed);
    CHECK(asked.flags.reconsideration_pending);
    // Not another reporter's, and not without a reason.
    CHECK(apply(A::request_reconsideration, Role::citizen, Relation::none, S::closed, rated, reason).refusal.kind ==
          RefusalKind::not_allowed_for_role);
    CHECK(has_field_error(
        apply(A::request_reconsideration, Role::citizen, Relation::owner, S::closed, rated, {}).refusal, "note",
        "required"));
    // Once is once: while pending, after a decline, and after a reopen and a new unsatisfied rating.
    CHECK(apply(A::request_reconsideration, Role::citizen, Relation::owner, S::closed, asked.flags, reason)
              .refusal.code == "reconsideration_already_requested");
    const Transition declined =
        apply(A::decline_reconsideration, Role::dispatcher, Relation::none, S::closed, asked.flags, reason);
    REQUIRE(declined.ok);
    CHECK(declined.next == S::closed);
    CHECK_FALSE(declined.flags.reconsideration_pending);
    CHECK(apply(A::request_reconsideration, Role::citizen, Relation::owner, S::closed, declined.flags, reason)
              .refusal.code == "reconsideration_already_requested");
    CHECK(apply(A::decline_reconsideration, Role::dispatcher, Relation::none, S::closed, declined.flags, reason)
              .refusal.code == "no_reconsideration_pending");
    ActionParams why;
    why.note = "Giao đơn vị kiểm tra lại";
    const Transition reopened = apply(A::reopen, Role::dispatcher, Relation::none, S::closed, asked.flags, why);
    REQUIRE(reopened.ok);
    CHECK_FALSE(reopened.flags.reconsideration_pending);
    CHECK(reopened.flags.reconsideration_requested);
    const ReportFlags rerated =
        apply(A::rate, Role::citizen, Relation::owner, S::resolved, reopened.flags, dissatisfied).flags;
    CHECK(rerated.rated_unsatisfied);
    CHECK(apply(A::request_reconsideration, Role::citizen, Relation::owner, S::closed, rerated, reason)
              .refusal.code == "reconsideration_already_requested");
}

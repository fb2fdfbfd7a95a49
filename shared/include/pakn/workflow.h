// The report workflow: the ONE definition of who may do what to a report, in
// which status, with which parameters, and what follows. The server calls
// apply() to authorise and perform every action; the browser calls
// allowed_actions() to decide which buttons to draw. Both read the same table
// (workflow_rules()), so they cannot disagree.
//
// [SECTION] index: vocabulary (status, action, role, relation, flags, reasons,
// satisfaction), parameters, the table, queries, apply.
//
// Pure: no I/O, no clock (deadlines are parameters), nothing throws.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "pakn/deadline.h"
#include "pakn/errors.h"

namespace pakn {

// A small set of enumerators as a bitmask, so a table row can list several
// roles or statuses in one cell: {Role::handler, Role::unit_lead}.
template <typename E>
struct EnumSet {
    std::uint32_t bits = 0;

    constexpr EnumSet() = default;
    constexpr EnumSet(std::initializer_list<E> items) {
        for (E e : items) bits |= bit(e);
    }
    // True when `e` is in the set.
    constexpr bool contains(E e) const { return (bits & bit(e)) != 0; }
    // True when the set holds nothing.
    constexpr bool empty() const { return bits == 0; }
    constexpr bool operator==(const EnumSet&) const = default;

  private:
    static constexpr std::uint32_t bit(E e) { return std::uint32_t{1} << static_cast<unsigned>(e); }
};

// [SECTION] vocabulary --------------------------------------------------------

// Where a report stands. Strings ("in_progress") are the API's; labels are
// what citizens and officers read.
enum class Status : std::uint8_t {
    draft,            // Nháp: saved by the reporter, not sent; invisible to officers
    submitted,        // Chờ tiếp nhận: sent, waiting for the center
    needs_info,       // Chờ bổ sung thông tin: the center asked the reporter for more
    rejected,         // Không tiếp nhận: refused with a reason (final)
    accepted,         // Đã tiếp nhận: the center took it in, no unit yet
    assigned,         // Đã chuyển xử lý: a lead unit holds it, work not started
    in_progress,      // Đang xử lý: the lead unit is working on it
    result_proposed,  // Chờ duyệt kết quả: a handler drafted the answer, unit lead to approve
    resolved,         // Đã có kết quả: answered, waiting for the reporter's rating
    closed,           // Đã đóng: rated, rating window over, or withdrawn
};

inline constexpr std::array<Status, 10> kAllStatuses = {
    Status::draft,    Status::submitted,   Status::needs_info,      Status::rejected, Status::accepted,
    Status::assigned, Status::in_progress, Status::result_proposed, Status::resolved, Status::closed,
};

// The color family of a status chip, so every screen colors a status the same way.
enum class StatusTone : std::uint8_t { neutral, info, warning, success, danger };

// What an actor does to a report. `return_` is spelled "return" on the wire.
enum class Action : std::uint8_t {
    submit,             // Gửi: reporter sends a draft
    resubmit,           // Gửi bổ sung: reporter sends the requested information
    edit,               // Chỉnh sửa: reporter edits a draft or a report awaiting information
    withdraw,           // Rút: reporter withdraws before the center has taken it in
    accept,             // Tiếp nhận: the center accepts the report
    reject,             // Không tiếp nhận: the center refuses it, with a reason code
    request_info,       // Yêu cầu bổ sung: the center asks the reporter for more
    assign,             // Chuyển xử lý: the center hands it to a lead unit (+ co-units)
    return_,            // Trả lại: the lead unit says it is not theirs; back to the center
    start,              // Bắt đầu xử lý: the lead unit starts work
    progress_note,      // Cập nhật tiến độ: a unit records progress
    request_extension,  // Xin gia hạn: the lead unit asks for a later deadline
    approve_extension,  // Duyệt gia hạn: the center grants it (new deadline)
    refuse_extension,   // Từ chối gia hạn: the center refuses it
    propose_result,     // Đề xuất kết quả: a handler drafts the answer
    approve_result,     // Duyệt kết quả: the unit lead approves the answer
    refuse_result,      // Trả lại kết quả: the unit lead sends the draft answer back
    publish,            // Công khai: the center makes report and answer public
    unpublish,          // Hủy công khai: the center takes them down
    reopen,             // Mở lại: the center sends a resolved/closed report back to the unit
    rate,               // Đánh giá: reporter rates satisfaction with the answer
    close,              // Đóng: the system closes a resolved report when the rating window ends
    comment,            // Ghi chú nội bộ: an officer's internal note
    reclassify,         // Phân loại lại: the center corrects category and commune of an open report
    direct,             // Ý kiến chỉ đạo: the province leader or the unit's lead directs how to handle it
    assign_handler,     // Phân công cán bộ: the unit lead gives the report to one of the unit's officers
    // Đề nghị xem xét lại: a reporter who rated the answer unsatisfactory asks
    // the center, once per report and with a reason, to reopen it.
    request_reconsideration,
    decline_reconsideration,  // Từ chối xem xét lại: the center keeps it closed, saying why
    // Gộp phản ánh trùng: the center closes a new report as a duplicate of an
    // older one (duplicate_of); its author and followers follow the older one.
    merge,
};

inline constexpr std::array<Action, 29> kAllActions = {
    Action::submit,         Action::resubmit,          Action::edit,              Action::withdraw,
    Action::accept,         Action::reject,            Action::request_info,      Action::assign,
    Action::return_,        Action::start,             Action::progress_note,     Action::request_extension,
    Action::approve_extension, Action::refuse_extension, Action::propose_result,  Action::approve_result,
    Action::refuse_result,  Action::publish,           Action::unpublish,         Action::reopen,
    Action::rate,           Action::close,             Action::comment,           Action::reclassify,
    Action::direct,         Action::assign_handler,    Action::request_reconsideration,
    Action::decline_reconsideration, Action::merge,
};

// Who the actor is. Citizens and organizations are the two kinds of reporter.
enum class Role : std::uint8_t {
    citizen,       // Cá nhân
    organization,  // Tổ chức, doanh nghiệp
    dispatcher,    // Cán bộ tiếp nhận at the center
    handler,       // Cán bộ xử lý at a unit
    unit_lead,     // Lãnh đạo đơn vị: a handler who also approves the unit's answers
    leader,        // Lãnh đạo tỉnh: reads everything; gives directions (direct), nothing else
    admin,         // Quản trị hệ thống: settings, not reports
    system,        // automatic transitions (rating window ends)
};

inline constexpr std::array<Role, 8> kAllRoles = {
    Role::citizen, Role::organization, Role::dispatcher, Role::handler,
    Role::unit_lead, Role::leader, Role::admin, Role::system,
};

// How the actor stands to this report. The caller computes the ONE relation,
// strongest first: owner (the actor's account submitted it), unit_lead_unit
// (the actor's unit is the current lead unit), co_unit (the actor's unit is a
// current co-handling unit, Đơn vị phối hợp), else none.
enum class Relation : std::uint8_t { owner, unit_lead_unit, co_unit, none };

inline constexpr std::array<Relation, 4> kAllRelations = {
    Relation::owner, Relation::unit_lead_unit, Relation::co_unit, Relation::none,
};

// The facts besides the status that decide what may happen next. The server
// stores them with the report; every transition returns their new values.
struct ReportFlags {
    bool extension_pending = false;  // a Gia hạn request awaits the center
    bool is_published = false;       // Công khai: shown on the public site
    bool is_public_allowed = false;  // the reporter consented to publication at submission
    bool rated = false;              // rated in the current round (reopen starts a new round)
    // Closed by the reporter's withdrawal rather than by an answer: such a
    // report has no answer, so it can be neither published nor reopened.
    bool withdrawn = false;
    // The information awaited (needs_info) was asked by the handling unit,
    // not the center: what the reporter sends goes back to the unit.
    bool info_asked_by_unit = false;
    // The current round's rating took the unsatisfied side (not_satisfied or
    // dissatisfied): only then may the reporter ask for reconsideration.
    bool rated_unsatisfied = false;
    // A reconsideration request awaits the center's decision (reopen or decline).
    bool reconsideration_pending = false;
    // The reporter has used their one reconsideration request; never cleared,
    // not even by reopen, so a report is reconsidered at most once.
    bool reconsideration_requested = false;
    // Closed by the center as a duplicate merged into an older report (Gộp):
    // handled there, so it is neither published nor reopened itself.
    bool merged = false;

    bool operator==(const ReportFlags&) const = default;
};

// Why the center refuses a report (Không tiếp nhận).
enum class RejectReason : std::uint8_t {
    out_of_scope,               // not a matter for the provincial PAKN system
    duplicate,                  // same as an earlier report (give its tracking code)
    insufficient_info,          // too little to act on, and not supplemented
    offensive,                  // abusive or offensive content
    complaint_or_denunciation,  // khiếu nại, tố cáo: a separate legal procedure
    other,
};

inline constexpr std::array<RejectReason, 6> kAllRejectReasons = {
    RejectReason::out_of_scope, RejectReason::duplicate, RejectReason::insufficient_info,
    RejectReason::offensive,    RejectReason::complaint_or_denunciation, RejectReason::other,
};

// Đánh giá mức độ hài lòng: four levels, as government service ratings in
// Vietnam use, best first. No neutral level: the reporter says which side.
enum class SatisfactionLevel : std::uint8_t { very_satisfied, satisfied, not_satisfied, dissatisfied };

inline constexpr std::array<SatisfactionLevel, 4> kAllSatisfactionLevels = {
    SatisfactionLevel::very_satisfied, SatisfactionLevel::satisfied,
    SatisfactionLevel::not_satisfied,  SatisfactionLevel::dissatisfied,
};

// True for the levels on the unsatisfied side (Chưa hài lòng, Không hài lòng).
bool is_unsatisfied(SatisfactionLevel l) noexcept;

// The wire spelling ("in_progress", "return", "very_satisfied").
std::string_view to_string(Status s) noexcept;
std::string_view to_string(StatusTone t) noexcept;
std::string_view to_string(Action a) noexcept;
std::string_view to_string(Role r) noexcept;
std::string_view to_string(Relation r) noexcept;
std::string_view to_string(RejectReason r) noexcept;
std::string_view to_string(SatisfactionLevel l) noexcept;

// The enumerator whose wire spelling is exactly `s`; nullopt otherwise.
std::optional<Status> parse_status(std::string_view s) noexcept;
std::optional<Action> parse_action(std::string_view s) noexcept;
std::optional<Role> parse_role(std::string_view s) noexcept;
std::optional<Relation> parse_relation(std::string_view s) noexcept;
std::optional<RejectReason> parse_reject_reason(std::string_view s) noexcept;
std::optional<SatisfactionLevel> parse_satisfaction(std::string_view s) noexcept;

// Vietnamese text for the UI: status chips, buttons, role names, reasons, ratings.
std::string_view label(Status s) noexcept;
std::string_view label(Action a) noexcept;
std::string_view label(Role r) noexcept;
std::string_view label(RejectReason r) noexcept;
std::string_view label(SatisfactionLevel l) noexcept;

// The chip color family of a status.
StatusTone tone(Status s) noexcept;

// True for statuses whose deadline runs, i.e. that can become overdue (Quá hạn).
bool is_open(Status s) noexcept;
// True when handling is over: rejected or closed (a closed report may still be
// reopened by the center, which starts a new round).
bool is_final(Status s) noexcept;
// True for every status but draft: drafts belong to the reporter alone.
bool visible_to_officers(Status s) noexcept;
// The step whose deadline (SLA) runs in `s` (SlaStep is deadline.h's);
// nullopt exactly when !is_open(s).
std::optional<SlaStep> sla_step(Status s) noexcept;

// True for citizen and organization, the two kinds of reporter.
bool is_reporter(Role r) noexcept;
// True for dispatcher, handler, unit_lead, leader and admin.
bool is_officer(Role r) noexcept;

// [SECTION] parameters --------------------------------------------------------

// The inputs an action may take besides the report itself.
enum class Param : std::uint8_t {
    note,          // free text: reason, request, progress, internal note (<= 2000 characters)
    reason_code,   // a RejectReason spelling
    duplicate_of,  // tracking code of the original: reject with reason "duplicate", merge
    unit_id,       // the lead unit
    co_unit_ids,   // co-handling units
    deadline,      // unix seconds: new deadline (extension) or override (assign, reopen)
    result_text,   // the answer to the reporter (<= 5000 characters); "result" on the wire
    rating,        // a SatisfactionLevel spelling
    public_text,   // publish: the content as the portal shows it (<= 5000); absent: redacted by the server
    public_title,  // publish: the title as the portal shows it (<= 200); absent: redacted by the server
    category_code, // reclassify: the corrected category
    commune_code,  // reclassify: the corrected commune (5-digit code); absent: unchanged
    handler_id,    // assign_handler: the officer of the lead unit who handles it
};

inline constexpr std::array<Param, 13> kAllParams = {
    Param::note,        Param::reason_code, Param::duplicate_of,  Param::unit_id,     Param::co_unit_ids,
    Param::deadline,    Param::result_text, Param::rating,        Param::public_text, Param::public_title,
    Param::category_code, Param::commune_code, Param::handler_id,
};

using ParamSet = EnumSet<Param>;

// Longest note and answer, in Unicode code points (not bytes).
inline constexpr std::size_t kMaxNoteChars = 2000;
inline constexpr std::size_t kMaxResultChars = 5000;
// Longest public version of a report's content and title (as the report's own).
inline constexpr std::size_t kMaxPublicTextChars = 5000;
inline constexpr std::size_t kMaxPublicTitleChars = 200;

// The JSON field name of a parameter, also the `field` of its FieldErrors
// ("note", "reason_code", ..., "result" for result_text).
std::string_view field_name(Param p) noexcept;

// What came with the action request, as decoded from JSON. Enum-valued fields
// (reason_code, rating) stay strings so that apply() is the one place that
// judges them. A string that is empty or only whitespace counts as absent;
// so does an empty co_unit_ids.
struct ActionParams {
    std::optional<std::string> note;
    std::optional<std::string> reason_code;
    std::optional<std::string> duplicate_of;
    std::optional<std::int64_t> unit_id;
    std::vector<std::int64_t> co_unit_ids;
    std::optional<std::int64_t> deadline;  // unix seconds
    std::optional<std::string> result_text;
    std::optional<std::string> rating;
    std::optional<std::string> public_text;
    std::optional<std::string> public_title;
    std::optional<std::string> category_code;
    std::optional<std::string> commune_code;
    std::optional<std::int64_t> handler_id;

    bool operator==(const ActionParams&) const = default;
};

// [SECTION] the table ---------------------------------------------------------

// Which relation a row demands of the actor.
enum class RelationNeed : std::uint8_t {
    any,        // the role alone decides (center staff, system)
    owner,      // the reporter of this very report
    lead_unit,  // actor's unit is the lead unit
    co_unit,    // actor's unit is a co-handling unit
};

// A condition on the flags, checked after role and status.
enum class Guard : std::uint8_t {
    extension_pending,     // an extension request awaits a decision
    no_extension_pending,  // none does
    published,
    not_published,
    public_allowed,        // the reporter consented to publication
    not_rated,
    not_withdrawn,
    asked_by_center,       // needs_info: the center asked (info_asked_by_unit unset)
    asked_by_unit,         // needs_info: the handling unit asked
    reconsideration_not_requested,  // the reporter has not yet used their one request
    rated_unsatisfied,              // the current rating is on the unsatisfied side
    reconsideration_pending,        // a reconsideration request awaits the center
    not_merged,                     // not closed as a duplicate of another report
};

// A change to the flags made by a transition.
enum class Effect : std::uint8_t {
    set_extension_pending,
    clear_extension_pending,
    set_published,
    clear_published,
    set_rated,
    clear_rated,
    set_withdrawn,
    set_asked_by_unit,
    clear_asked_by_unit,
    set_reconsideration_pending,    // also marks the one request as used
    clear_reconsideration_pending,
    set_merged,                     // closed as a duplicate (merge)
};

// One line of the workflow table. An action may span several lines (one per
// kind of actor); all lines of one action take the same parameters.
struct WorkflowRule {
    Action action;
    EnumSet<Role> roles;
    RelationNeed relation;
    EnumSet<Status> from;
    EnumSet<Guard> guards;
    std::optional<Status> to;  // nullopt: the status stays as it is
    EnumSet<Effect> effects;
    ParamSet required;
    ParamSet optional;
};

// The whole table, in reading order (see workflow.cpp).
std::span<const WorkflowRule> workflow_rules() noexcept;

// Parameters `a` must have and may have (identical on all its rows).
ParamSet required_params(Action a) noexcept;
ParamSet optional_params(Action a) noexcept;

// [SECTION] queries and apply -------------------------------------------------

// Every action this actor may perform now, in Action order: the buttons to
// show. Parameters are not considered (the form collects them).
std::vector<Action> allowed_actions(Role role, Relation relation, Status status,
                                    const ReportFlags& flags) noexcept;

// Why apply() refused, in the order it checks.
enum class RefusalKind : std::uint8_t {
    not_allowed_for_role,   // 403: no line of the action fits this role and relation
    not_allowed_in_status,  // 409: not in this status, or the flags forbid it now
    missing_parameter,      // 422: a required parameter is absent
    invalid_parameter,      // 422: a parameter is malformed, too long, or not taken by the action
};

// A refusal as data. `code` is in the catalogue (messages.h); for the 422
// kinds it is "validation_failed" and `fields` says which inputs are wrong.
struct Refusal {
    RefusalKind kind = RefusalKind::not_allowed_for_role;
    std::string code;
    FieldErrors fields;

    bool operator==(const Refusal&) const = default;
};

// The HTTP status for a refusal kind: 403, 409 or 422.
int http_status(RefusalKind kind) noexcept;

// The API error body for a refusal (status, code, Vietnamese message, fields).
ApiError to_api_error(const Refusal& refusal) noexcept;

// The outcome of apply(): when `ok`, the report's next status and flags (the
// status may be unchanged, e.g. for comment); otherwise `refusal` says why.
struct Transition {
    bool ok = false;
    Status next = Status::draft;
    ReportFlags flags;
    Refusal refusal;

    explicit operator bool() const { return ok; }
};

// Checks role and relation, then status, then flags, then parameters, and
// returns the next status and flags, or the first failed check as a Refusal.
// Presence, length and form of parameters are checked here; whether a unit or
// a duplicate's tracking code exists, and whether a deadline lies in the
// future, need storage or the clock and are the server's to check.
Transition apply(Action action, Role role, Relation relation, Status status, const ReportFlags& flags,
                 const ActionParams& params) noexcept;

}  // namespace pakn

// [SECTION] index: names and labels, status queries, THE TABLE, table checks,
// parameter checks, allowed_actions / apply.
#include "pakn/workflow.h"

#include <algorithm>
#include <cstddef>
#include <utility>

namespace pakn {
namespace {

// [SECTION] names and labels ----------------------------------------------------

// Indexed by enumerator value; static_asserts keep them as long as the enums.
constexpr std::string_view kStatusNames[] = {
    "draft",    "submitted",   "needs_info",      "rejected", "accepted",
    "assigned", "in_progress", "result_proposed", "resolved", "closed",
};
constexpr std::string_view kStatusLabels[] = {
    "Nháp",            "Chờ tiếp nhận",  "Chờ bổ sung thông tin", "Không tiếp nhận", "Đã tiếp nhận",
    "Đã chuyển xử lý", "Đang xử lý",     "Chờ duyệt kết quả",     "Đã có kết quả",   "Đã đóng",
};
constexpr StatusTone kStatusTones[] = {
    StatusTone::neutral,  // draft: nothing has happened yet
    StatusTone::info,     // submitted
    StatusTone::warning,  // needs_info: the reporter must act
    StatusTone::danger,   // rejected
    StatusTone::info,     // accepted
    StatusTone::info,     // assigned
    StatusTone::info,     // in_progress
    StatusTone::info,     // result_proposed
    StatusTone::success,  // resolved
    StatusTone::neutral,  // closed: archived, whatever the outcome
};
constexpr std::string_view kToneNames[] = {"neutral", "info", "warning", "success", "danger"};

constexpr std::string_view kActionNames[] = {
    "submit",           "resubmit",       "edit",           "withdraw",       "accept",
    "reject",           "request_info",   "assign",         "return",         "start",
    "progress_note",    "request_extension", "approve_extension", "refuse_extension",
    "propose_result",   "approve_result", "refuse_result",  "publish",        "unpublish",
    "reopen",           "rate",           "close",          "comment",        "reclassify",
    "direct",           "assign_handler", "request_reconsideration", "decline_reconsideration",
    "merge",
};
constexpr std::string_view kActionLabels[] = {
    "Gửi phản ánh",   "Gửi bổ sung",      "Chỉnh sửa",        "Rút phản ánh",    "Tiếp nhận",
    "Không tiếp nhận", "Yêu cầu bổ sung", "Chuyển xử lý",     "Trả lại",         "Bắt đầu xử lý",
    "Cập nhật tiến độ", "Xin gia hạn",    "Duyệt gia hạn",    "Từ chối gia hạn",
    "Đề xuất kết quả", "Duyệt kết quả",   "Trả lại kết quả",  "Công khai",       "Hủy công khai",
    "Mở lại",          "Đánh giá",        "Đóng",             "Ghi chú nội bộ",  "Phân loại lại",
    "Ý kiến chỉ đạo",  "Phân công cán bộ", "Đề nghị xem xét lại", "Từ chối xem xét lại",
    "Gộp phản ánh trùng",
};

constexpr std::string_view kRoleNames[] = {
    "citizen", "organization", "dispatcher", "handler", "unit_lead", "leader", "admin", "system",
};
constexpr std::string_view kRoleLabels[] = {
    "Cá nhân",         "Tổ chức, doanh nghiệp", "Cán bộ tiếp nhận", "Cán bộ xử lý",
    "Lãnh đạo đơn vị", "Lãnh đạo tỉnh",         "Quản trị hệ thống", "Hệ thống",
};

constexpr std::string_view kRelationNames[] = {"owner", "unit_lead_unit", "co_unit", "none"};

constexpr std::string_view kRejectReasonNames[] = {
    "out_of_scope", "duplicate", "insufficient_info", "offensive", "complaint_or_denunciation", "other",
};
constexpr std::string_view kRejectReasonLabels[] = {
    "Không thuộc phạm vi tiếp nhận",
    "Trùng với phản ánh đã gửi",
    "Không đủ thông tin để xử lý",
    "Nội dung không phù hợp, xúc phạm",
    "Khiếu nại, tố cáo (giải quyết theo thủ tục riêng)",
    "Lý do khác",
};

constexpr std::string_view kSatisfactionNames[] = {"very_satisfied", "satisfied", "not_satisfied", "dissatisfied"};
constexpr std::string_view kSatisfactionLabels[] = {"Rất hài lòng", "Hài lòng", "Chưa hài lòng", "Không hài lòng"};

constexpr std::string_view kParamFieldNames[] = {
    "note", "reason_code", "duplicate_of", "unit_id", "co_unit_ids", "deadline", "result", "rating", "public_text",
    "public_title", "category_code", "commune_code", "handler_id",
};

template <typename T, std::size_t N>
constexpr std::size_t count_of(const T (&)[N]) { return N; }

static_assert(count_of(kStatusNames) == kAllStatuses.size() && count_of(kStatusLabels) == kAllStatuses.size() &&
              count_of(kStatusTones) == kAllStatuses.size());
static_assert(count_of(kToneNames) == static_cast<std::size_t>(StatusTone::danger) + 1);
static_assert(count_of(kActionNames) == kAllActions.size() && count_of(kActionLabels) == kAllActions.size());
static_assert(count_of(kRoleNames) == kAllRoles.size() && count_of(kRoleLabels) == kAllRoles.size());
static_assert(count_of(kRelationNames) == kAllRelations.size());
static_assert(count_of(kRejectReasonNames) == kAllRejectReasons.size() &&
              count_of(kRejectReasonLabels) == kAllRejectReasons.size());
static_assert(count_of(kSatisfactionNames) == kAllSatisfactionLevels.size() &&
              count_of(kSatisfactionLabels) == kAllSatisfactionLevels.size());
static_assert(count_of(kParamFieldNames) == kAllParams.size());
// The kAll* arrays list each enumerator once, in declaration order.
template <typename E, std::size_t N>
constexpr bool in_declaration_order(const std::array<E, N>& all) {
    for (std::size_t i = 0; i < N; ++i)
        if (static_cast<std::size_t>(all[i]) != i) return false;
    return true;
}
static_assert(in_declaration_order(kAllStatuses) && in_declaration_order(kAllActions) &&
              in_declaration_order(kAllRoles) && in_declaration_order(kAllRelations) &&
              in_declaration_order(kAllRejectReasons) && in_declaration_order(kAllSatisfactionLevels) &&
              in_declaration_order(kAllParams));

template <typename E, std::size_t N>
std::string_view name_in(const std::string_view (&names)[N], E e) noexcept {
    const auto i = static_cast<std::size_t>(e);
    return i < N ? names[i] : std::string_view{};
}

template <typename E, std::size_t N>
std::optional<E> parse_in(const std::string_view (&names)[N], std::string_view s) noexcept {
    for (std::size_t i = 0; i < N; ++i)
        if (names[i] == s) return static_cast<E>(i);
    return std::nullopt;
}

}  // namespace

std::string_view to_string(Status s) noexcept { return name_in(kStatusNames, s); }
std::string_view to_string(StatusTone t) noexcept { return name_in(kToneNames, t); }
std::string_view to_string(Action a) noexcept { return name_in(kActionNames, a); }
std::string_view to_string(Role r) noexcept { return name_in(kRoleNames, r); }
std::string_view to_string(Relation r) noexcept { return name_in(kRelationNames, r); }
std::string_view to_string(RejectReason r) noexcept { return name_in(kRejectReasonNames, r); }
std::string_view to_string(SatisfactionLevel l) noexcept { return name_in(kSatisfactionNames, l); }

std::optional<Status> parse_status(std::string_view s) noexcept { return parse_in<Status>(kStatusNames, s); }
std::optional<Action> parse_action(std::string_view s) noexcept { return parse_in<Action>(kActionNames, s); }
std::optional<Role> parse_role(std::string_view s) noexcept { return parse_in<Role>(kRoleNames, s); }
std::optional<Relation> parse_relation(std::string_view s) noexcept { return parse_in<Relation>(kRelationNames, s); }
std::optional<RejectReason> parse_reject_reason(std::string_view s) noexcept {
    return parse_in<RejectReason>(kRejectReasonNames, s);
}
std::optional<SatisfactionLevel> parse_satisfaction(std::string_view s) noexcept {
    return parse_in<SatisfactionLevel>(kSatisfactionNames, s);
}

bool is_unsatisfied(SatisfactionLevel l) noexcept {
    return l == SatisfactionLevel::not_satisfied || l == SatisfactionLevel::dissatisfied;
}

std::string_view label(Status s) noexcept { return name_in(kStatusLabels, s); }
std::string_view label(Action a) noexcept { return name_in(kActionLabels, a); }
std::string_view label(Role r) noexcept { return name_in(kRoleLabels, r); }
std::string_view label(RejectReason r) noexcept { return name_in(kRejectReasonLabels, r); }
std::string_view label(SatisfactionLevel l) noexcept { return name_in(kSatisfactionLabels, l); }

StatusTone tone(Status s) noexcept {
    const auto i = static_cast<std::size_t>(s);
    return i < count_of(kStatusTones) ? kStatusTones[i] : StatusTone::neutral;
}

std::string_view field_name(Param p) noexcept { return name_in(kParamFieldNames, p); }

// [SECTION] status queries ------------------------------------------------------

std::optional<SlaStep> sla_step(Status s) noexcept {
    switch (s) {
        case Status::submitted:
        case Status::accepted: return SlaStep::classify_and_assign;
        case Status::assigned: return SlaStep::start_work;
        case Status::in_progress:
        // The unit lead's approval is part of the unit's answering time.
        case Status::result_proposed: return SlaStep::resolve;
        // needs_info: the clock stops while the reporter owes information, as
        // public services do when waiting on the applicant.
        case Status::draft:
        case Status::needs_info:
        case Status::rejected:
        case Status::resolved:
        case Status::closed: return std::nullopt;
    }
    return std::nullopt;
}

bool is_open(Status s) noexcept { return sla_step(s).has_value(); }

bool is_final(Status s) noexcept { return s == Status::rejected || s == Status::closed; }

bool visible_to_officers(Status s) noexcept { return s != Status::draft; }

bool is_reporter(Role r) noexcept { return r == Role::citizen || r == Role::organization; }

bool is_officer(Role r) noexcept {
    return r == Role::dispatcher || r == Role::handler || r == Role::unit_lead || r == Role::leader ||
           r == Role::admin;
}

namespace {

// [SECTION] THE TABLE -----------------------------------------------------------

using A = Action;
using S = Status;
using G = Guard;
using E = Effect;
using P = Param;
using Need = RelationNeed;

constexpr EnumSet<Role> kReporters{Role::citizen, Role::organization};
constexpr EnumSet<Role> kCenter{Role::dispatcher};
constexpr EnumSet<Role> kUnitStaff{Role::handler, Role::unit_lead};
constexpr EnumSet<Role> kUnitLead{Role::unit_lead};
constexpr EnumSet<Role> kSystem{Role::system};
constexpr EnumSet<Role> kLeader{Role::leader};

// While a unit holds the report: between assign and the approved answer.
constexpr EnumSet<Status> kUnitHolds{S::assigned, S::in_progress, S::result_proposed};
constexpr EnumSet<Status> kAnswered{S::resolved, S::closed};
// Every status whose deadline runs, plus needs_info: not yet answered nor refused.
constexpr EnumSet<Status> kOpen{S::submitted,   S::needs_info,      S::accepted, S::assigned,
                                S::in_progress, S::result_proposed};
constexpr EnumSet<Status> kAllButDraft{S::submitted, S::needs_info,      S::rejected, S::accepted, S::assigned,
                                       S::in_progress, S::result_proposed, S::resolved, S::closed};

constexpr std::optional<Status> kUnchanged = std::nullopt;

// Decisions where domain.md is silent (a real public service's choice):
// - reject is also allowed from needs_info: when the reporter never supplies
//   the information, the center closes the matter as insufficient_info rather
//   than leaving it waiting forever.
// - withdraw closes the report and marks it withdrawn; a withdrawn report has
//   no answer, so it is never published nor reopened.
// - approve/refuse_extension also work in result_proposed: a request made
//   while in progress stays pending when the answer is drafted, and the
//   answering deadline still runs until the unit lead approves.
// - return_ and approve_result clear a pending extension: the deadline it was
//   about no longer applies.
// - reopen clears `rated` (a new round, new rating; the old one stays in the
//   event log) and `is_published` (the published answer is being reconsidered;
//   the center publishes again once the new answer is out).
// - Officers must say why whenever they send something back or take something
//   down: reject, request_info, return_, refuse_extension, refuse_result,
//   unpublish and reopen all require a note.
// - A unit may comment only while it holds the report; co-units only while
//   the report is assigned or in progress.
// - leader gives directions (direct) and does nothing else to a report;
//   admin acts on no report: leadership reads and directs, admin runs settings.
// - The unit lead gives a report its unit holds to one of the unit's
//   officers (assign_handler); the server checks the officer is theirs.
// - A unit lead directs the reports its unit leads; a direction is for
//   officers only (the handling unit), like an internal note.
// - reject works at any open step: a duplicate or out-of-scope report is
//   often found only once a unit looks at it (or returns it); the unit's
//   pending extension request goes with it.
// - The lead unit may ask the reporter for information too; the report
//   waits in needs_info (the clock stops) and what the reporter sends goes
//   back to the unit, in progress, rather than to the center's intake.
// - reclassify corrects category and commune at any open step; the status
//   and the handling unit stay (routing is assign's and return's business).
// - Reconsideration (issue 15): a reporter whose rating was unsatisfied may
//   ask once per report, with a reason. The request is a flag, not a status:
//   the report stays closed (its answer stands) until the center decides,
//   either reopen (a new round, clearing the request) or
//   decline_reconsideration with a reason. Reopen stays open to the center
//   without a request, as before.
// - merge (issue 15 item 13): the center closes a new report as a duplicate
//   of an older one it names (duplicate_of) instead of refusing it: the
//   problem is handled there, where its author and followers now follow it.
//   Both timelines stay; the merged report is neither published nor
//   reopened (not_merged), like a withdrawn one.
// clang-format off
constexpr WorkflowRule kRules[] = {
//  action               who         relation         from                           guards                                                  to                 effects                                  required                   optional
    // Reporter (owner of the report) -------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
    {A::submit,            kReporters, Need::owner,     {S::draft},                    {},                                                     S::submitted,       {},                                      {},                        {}},
    {A::edit,              kReporters, Need::owner,     {S::draft, S::needs_info},     {},                                                     kUnchanged,         {},                                      {},                        {}},
    {A::resubmit,          kReporters, Need::owner,     {S::needs_info},               {G::asked_by_center},                                   S::submitted,       {},                                      {},                        {P::note}},
    {A::resubmit,          kReporters, Need::owner,     {S::needs_info},               {G::asked_by_unit},                                     S::in_progress,     {E::clear_asked_by_unit},                {},                        {P::note}},
    {A::withdraw,          kReporters, Need::owner,     {S::submitted, S::needs_info}, {},                                                     S::closed,          {E::set_withdrawn, E::clear_asked_by_unit}, {},                     {P::note}},
    {A::rate,              kReporters, Need::owner,     {S::resolved},                 {G::not_rated},                                         S::closed,          {E::set_rated},                          {P::rating},               {P::note}},
    {A::request_reconsideration, kReporters, Need::owner, {S::closed},                 {G::reconsideration_not_requested, G::rated_unsatisfied}, kUnchanged,       {E::set_reconsideration_pending},        {P::note},                 {}},
    // The center (dispatcher) -------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
    {A::accept,            kCenter,    Need::any,       {S::submitted},                {},                                                     S::accepted,        {},                                      {},                        {P::note}},
    {A::reject,            kCenter,    Need::any,       kOpen,                         {},                                                     S::rejected,        {E::clear_extension_pending, E::clear_asked_by_unit}, {P::reason_code, P::note}, {P::duplicate_of}},
    {A::request_info,      kCenter,    Need::any,       {S::submitted},                {},                                                     S::needs_info,      {},                                      {P::note},                 {}},
    {A::assign,            kCenter,    Need::any,       {S::submitted, S::accepted},   {},                                                     S::assigned,        {},                                      {P::unit_id},              {P::co_unit_ids, P::deadline, P::note}},
    {A::approve_extension, kCenter,    Need::any,       kUnitHolds,                    {G::extension_pending},                                 kUnchanged,         {E::clear_extension_pending},            {P::deadline},             {P::note}},
    {A::refuse_extension,  kCenter,    Need::any,       kUnitHolds,                    {G::extension_pending},                                 kUnchanged,         {E::clear_extension_pending},            {P::note},                 {}},
    {A::publish,           kCenter,    Need::any,       kAnswered,                     {G::not_published, G::public_allowed, G::not_withdrawn, G::not_merged}, kUnchanged, {E::set_published},                      {},                        {P::note, P::public_text, P::public_title}},
    {A::unpublish,         kCenter,    Need::any,       kAnswered,                     {G::published},                                         kUnchanged,         {E::clear_published},                    {P::note},                 {}},
    {A::reopen,            kCenter,    Need::any,       kAnswered,                     {G::not_withdrawn, G::not_merged},                      S::assigned,        {E::clear_rated, E::clear_published, E::clear_reconsideration_pending}, {P::note}, {P::deadline}},
    {A::decline_reconsideration, kCenter, Need::any,      {S::closed},                   {G::reconsideration_pending},                           kUnchanged,         {E::clear_reconsideration_pending},      {P::note},                 {}},
    {A::merge,             kCenter,    Need::any,       kOpen,                         {},                                                     S::closed,          {E::set_merged, E::clear_extension_pending, E::clear_asked_by_unit}, {P::duplicate_of}, {P::note}},
    {A::comment,           kCenter,    Need::any,       kAllButDraft,                  {},                                                     kUnchanged,         {},                                      {P::note},                 {}},
    {A::reclassify,        kCenter,    Need::any,       kOpen,                         {},                                                     kUnchanged,         {},                                      {P::category_code},        {P::commune_code, P::note}},
    // The lead unit (handler or unit lead) ------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
    {A::start,             kUnitStaff, Need::lead_unit, {S::assigned},                 {},                                                     S::in_progress,     {},                                      {},                        {P::note}},
    {A::return_,           kUnitStaff, Need::lead_unit, {S::assigned},                 {},                                                     S::accepted,        {E::clear_extension_pending},            {P::note},                 {}},
    {A::request_info,      kUnitStaff, Need::lead_unit, {S::assigned, S::in_progress}, {G::no_extension_pending},                              S::needs_info,      {E::set_asked_by_unit},                  {P::note},                 {}},
    {A::request_extension, kUnitStaff, Need::lead_unit, {S::assigned, S::in_progress}, {G::no_extension_pending},                              kUnchanged,         {E::set_extension_pending},              {P::note, P::deadline},    {}},
    {A::progress_note,     kUnitStaff, Need::lead_unit, {S::in_progress},              {},                                                     kUnchanged,         {},                                      {P::note},                 {}},
    {A::propose_result,    kUnitStaff, Need::lead_unit, {S::in_progress},              {},                                                     S::result_proposed, {},                                      {P::result_text},          {P::note}},
    {A::comment,           kUnitStaff, Need::lead_unit, kUnitHolds,                    {},                                                     kUnchanged,         {},                                      {P::note},                 {}},
    // The unit lead of the lead unit approves the unit's answer ---------------------------------------------------------------------------------------------------------------------------------------------------------
    {A::approve_result,    kUnitLead,  Need::lead_unit, {S::result_proposed},          {},                                                     S::resolved,        {E::clear_extension_pending},            {},                        {P::note}},
    {A::refuse_result,     kUnitLead,  Need::lead_unit, {S::result_proposed},          {},                                                     S::in_progress,     {},                                      {P::note},                 {}},
    {A::direct,            kUnitLead,  Need::lead_unit, kOpen,                         {},                                                     kUnchanged,         {},                                      {P::note},                 {}},
    {A::assign_handler,    kUnitLead,  Need::lead_unit, kUnitHolds,                    {},                                                     kUnchanged,         {},                                      {P::handler_id},           {P::note}},
    // Provincial leadership (Lãnh đạo tỉnh) directs -------------------------------------------------------------------------------------------------------------------------------------------------------------------
    {A::direct,            kLeader,    Need::any,       kOpen,                         {},                                                     kUnchanged,         {},                                      {P::note},                 {}},
    // Co-handling units (Đơn vị phối hợp) contribute notes only ---------------------------------------------------------------------------------------------------------------------------------------------------------
    {A::progress_note,     kUnitStaff, Need::co_unit,   {S::assigned, S::in_progress}, {},                                                     kUnchanged,         {},                                      {P::note},                 {}},
    {A::comment,           kUnitStaff, Need::co_unit,   {S::assigned, S::in_progress}, {},                                                     kUnchanged,         {},                                      {P::note},                 {}},
    // The system, when the rating window of a resolved report ends ------------------------------------------------------------------------------------------------------------------------------------------------------
    {A::close,             kSystem,    Need::any,       {S::resolved},                 {},                                                     S::closed,          {},                                      {},                        {}},
};
// clang-format on

// [SECTION] table checks (at compile time) ---------------------------------------

constexpr bool every_action_has_a_row() {
    for (Action a : kAllActions) {
        bool found = false;
        for (const auto& r : kRules) found = found || r.action == a;
        if (!found) return false;
    }
    return true;
}

// All rows of one action take the same parameters, so a form can be drawn
// from the action alone; nothing is both required and optional.
constexpr bool parameters_are_per_action() {
    for (const auto& r : kRules) {
        if ((r.required.bits & r.optional.bits) != 0) return false;
        for (const auto& o : kRules)
            if (o.action == r.action && (o.required != r.required || o.optional != r.optional)) return false;
    }
    return true;
}

constexpr bool needs_overlap(RelationNeed a, RelationNeed b) {
    return a == RelationNeed::any || b == RelationNeed::any || a == b;
}

// Two guard sets no report's flags can both satisfy.
constexpr bool guards_exclude(EnumSet<Guard> a, EnumSet<Guard> b) {
    constexpr std::pair<Guard, Guard> kOpposites[] = {
        {Guard::extension_pending, Guard::no_extension_pending},
        {Guard::published, Guard::not_published},
        {Guard::asked_by_center, Guard::asked_by_unit},
    };
    for (const auto& [x, y] : kOpposites)
        if ((a.contains(x) && b.contains(y)) || (a.contains(y) && b.contains(x))) return true;
    return false;
}

// At most one row answers any (action, role, relation, status, flags), so
// the next status and the effects are never ambiguous: rows of one action
// may share a status only when their guards exclude each other.
constexpr bool rows_do_not_overlap() {
    constexpr std::size_t n = count_of(kRules);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = i + 1; j < n; ++j) {
            const auto& a = kRules[i];
            const auto& b = kRules[j];
            if (a.action == b.action && (a.roles.bits & b.roles.bits) != 0 && needs_overlap(a.relation, b.relation) &&
                (a.from.bits & b.from.bits) != 0 && !guards_exclude(a.guards, b.guards))
                return false;
        }
    return true;
}

// Drafts belong to the reporter: only owner rows may start from draft.
constexpr bool officers_never_touch_drafts() {
    for (const auto& r : kRules)
        if (r.from.contains(Status::draft) && r.relation != RelationNeed::owner) return false;
    return true;
}

// Admin acts on no report; leadership only directs.
constexpr bool leader_directs_admin_does_nothing() {
    for (const auto& r : kRules) {
        if (r.roles.contains(Role::admin)) return false;
        if (r.roles.contains(Role::leader) && r.action != Action::direct) return false;
    }
    return true;
}

static_assert(every_action_has_a_row());
static_assert(parameters_are_per_action());
static_assert(rows_do_not_overlap());
static_assert(officers_never_touch_drafts());
static_assert(leader_directs_admin_does_nothing());

constexpr const WorkflowRule* first_row_of(Action a) {
    for (const auto& r : kRules)
        if (r.action == a) return &r;
    return nullptr;
}

// [SECTION] parameter checks ------------------------------------------------------

// Latest acceptable deadline, 2100-01-01T00:00:00Z: a value past it is almost
// certainly milliseconds sent as seconds.
constexpr std::int64_t kLatestDeadline = 4102444800;
// Tracking codes are short (PAKN-2026-000123); anything longer is not one.
constexpr std::size_t kMaxTrackingCodeChars = 64;

bool is_blank(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    });
}

bool has_text(const std::optional<std::string>& s) { return s && !is_blank(*s); }

// Code points in UTF-8 text: every byte that is not a continuation byte
// (10xxxxxx). Malformed UTF-8 is the text validators' business (the server
// runs them on every free-text field); here it only has to count.
std::size_t code_points(std::string_view s) {
    return static_cast<std::size_t>(
        std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

bool is_present(Param p, const ActionParams& in) {
    switch (p) {
        case Param::note: return has_text(in.note);
        case Param::reason_code: return has_text(in.reason_code);
        case Param::duplicate_of: return has_text(in.duplicate_of);
        case Param::unit_id: return in.unit_id.has_value();
        case Param::co_unit_ids: return !in.co_unit_ids.empty();
        case Param::deadline: return in.deadline.has_value();
        case Param::result_text: return has_text(in.result_text);
        case Param::rating: return has_text(in.rating);
        case Param::public_text: return has_text(in.public_text);
        case Param::public_title: return has_text(in.public_title);
        case Param::category_code: return has_text(in.category_code);
        case Param::commune_code: return has_text(in.commune_code);
        case Param::handler_id: return in.handler_id.has_value();
    }
    return false;
}

bool co_units_are_valid(const ActionParams& in) {
    for (std::size_t i = 0; i < in.co_unit_ids.size(); ++i) {
        const std::int64_t id = in.co_unit_ids[i];
        if (id <= 0) return false;
        // The lead unit cannot also be its own co-unit.
        if (in.unit_id && id == *in.unit_id) return false;
        for (std::size_t j = 0; j < i; ++j)
            if (in.co_unit_ids[j] == id) return false;
    }
    return true;
}

// Category codes are short ASCII identifiers ("xay_dung").
bool is_code_like(std::string_view s) {
    return s.size() <= 64 && std::all_of(s.begin(), s.end(), [](char c) {
               return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
           });
}

// Commune codes are the 5 digits of the national list ("22333").
bool is_commune_code(std::string_view s) {
    return s.size() == 5 && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The catalogue code for a present value of `p` that is wrong, or "" when it is fine.
std::string_view value_problem(Param p, const ActionParams& in) {
    switch (p) {
        case Param::note: return code_points(*in.note) > kMaxNoteChars ? "too_long" : "";
        case Param::reason_code: return parse_reject_reason(*in.reason_code) ? "" : "invalid_reason_code";
        case Param::duplicate_of:
            return code_points(*in.duplicate_of) > kMaxTrackingCodeChars ? "invalid_duplicate_of" : "";
        case Param::unit_id: return *in.unit_id > 0 ? "" : "invalid_unit_id";
        case Param::co_unit_ids: return co_units_are_valid(in) ? "" : "invalid_co_unit_ids";
        case Param::deadline: return *in.deadline > 0 && *in.deadline < kLatestDeadline ? "" : "invalid_deadline";
        case Param::result_text: return code_points(*in.result_text) > kMaxResultChars ? "too_long" : "";
        case Param::rating: return parse_satisfaction(*in.rating) ? "" : "invalid_rating";
        case Param::public_text: return code_points(*in.public_text) > kMaxPublicTextChars ? "too_long" : "";
        case Param::public_title: return code_points(*in.public_title) > kMaxPublicTitleChars ? "too_long" : "";
        case Param::category_code: return is_code_like(*in.category_code) ? "" : "unknown_category";
        case Param::commune_code: return is_commune_code(*in.commune_code) ? "" : "unknown_commune";
        case Param::handler_id: return *in.handler_id > 0 ? "" : "unknown_handler";
    }
    return "";
}

struct ParamCheck {
    FieldErrors fields;
    bool something_missing = false;
};

ParamCheck check_params(const WorkflowRule& rule, const ActionParams& in) {
    ParamCheck out;
    auto add = [&](Param p, std::string_view code) { out.fields.push_back(field_error(std::string(field_name(p)), code)); };

    // duplicate_of is optional on the table's row but required exactly when
    // the reason is "duplicate": the center must name the original.
    std::optional<RejectReason> reason;
    if (has_text(in.reason_code)) reason = parse_reject_reason(*in.reason_code);

    for (Param p : kAllParams) {
        const bool present = is_present(p, in);
        const bool required = rule.required.contains(p);
        const bool taken = required || rule.optional.contains(p);
        if (!taken) {
            // A value the action does not take is refused rather than
            // silently dropped: it means the client built the wrong form.
            if (present) add(p, "field_not_applicable");
            continue;
        }
        if (p == Param::duplicate_of && reason) {
            if (*reason == RejectReason::duplicate && !present) {
                add(p, "duplicate_of_required");
                out.something_missing = true;
                continue;
            }
            if (*reason != RejectReason::duplicate && present) {
                add(p, "field_not_applicable");
                continue;
            }
        }
        if (!present) {
            if (required) {
                add(p, "required");
                out.something_missing = true;
            }
            continue;
        }
        const std::string_view problem = value_problem(p, in);
        if (!problem.empty()) add(p, problem);
    }
    return out;
}

// [SECTION] allowed_actions / apply ---------------------------------------------

bool relation_fits(RelationNeed need, Relation r) {
    switch (need) {
        case RelationNeed::any: return true;
        case RelationNeed::owner: return r == Relation::owner;
        case RelationNeed::lead_unit: return r == Relation::unit_lead_unit;
        case RelationNeed::co_unit: return r == Relation::co_unit;
    }
    return false;
}

bool guard_holds(Guard g, const ReportFlags& f) {
    switch (g) {
        case Guard::extension_pending: return f.extension_pending;
        case Guard::no_extension_pending: return !f.extension_pending;
        case Guard::published: return f.is_published;
        case Guard::not_published: return !f.is_published;
        case Guard::public_allowed: return f.is_public_allowed;
        case Guard::not_rated: return !f.rated;
        case Guard::not_withdrawn: return !f.withdrawn;
        case Guard::asked_by_center: return !f.info_asked_by_unit;
        case Guard::asked_by_unit: return f.info_asked_by_unit;
        case Guard::reconsideration_not_requested: return !f.reconsideration_requested;
        case Guard::rated_unsatisfied: return f.rated && f.rated_unsatisfied;
        case Guard::reconsideration_pending: return f.reconsideration_pending;
        case Guard::not_merged: return !f.merged;
    }
    return false;
}

// The catalogue code explaining a failed guard (a 409 more precise than "wrong status").
std::string_view guard_refusal_code(Guard g) {
    switch (g) {
        case Guard::extension_pending: return "no_extension_pending";
        case Guard::no_extension_pending: return "extension_already_pending";
        case Guard::published: return "not_published";
        case Guard::not_published: return "already_published";
        case Guard::public_allowed: return "publication_not_consented";
        case Guard::not_rated: return "already_rated";
        case Guard::not_withdrawn: return "report_withdrawn";
        case Guard::reconsideration_not_requested: return "reconsideration_already_requested";
        case Guard::rated_unsatisfied: return "reconsideration_needs_unsatisfied_rating";
        case Guard::reconsideration_pending: return "no_reconsideration_pending";
        case Guard::not_merged: return "report_merged";
        case Guard::asked_by_center:
        case Guard::asked_by_unit: break;
    }
    return "action_not_allowed_in_status";
}

constexpr Guard kAllGuards[] = {
    Guard::extension_pending, Guard::no_extension_pending, Guard::published, Guard::not_published,
    Guard::public_allowed,    Guard::not_rated,            Guard::not_withdrawn, Guard::asked_by_center,
    Guard::asked_by_unit,     Guard::reconsideration_not_requested, Guard::rated_unsatisfied,
    Guard::reconsideration_pending, Guard::not_merged,
};

// The first guard of `rule` that `flags` fail, if any.
std::optional<Guard> failed_guard(const WorkflowRule& rule, const ReportFlags& flags) {
    for (Guard g : kAllGuards)
        if (rule.guards.contains(g) && !guard_holds(g, flags)) return g;
    return std::nullopt;
}

ReportFlags with_effects(ReportFlags f, EnumSet<Effect> effects) {
    if (effects.contains(Effect::set_extension_pending)) f.extension_pending = true;
    if (effects.contains(Effect::clear_extension_pending)) f.extension_pending = false;
    if (effects.contains(Effect::set_published)) f.is_published = true;
    if (effects.contains(Effect::clear_published)) f.is_published = false;
    if (effects.contains(Effect::set_rated)) f.rated = true;
    if (effects.contains(Effect::clear_rated)) f.rated = f.rated_unsatisfied = false;
    if (effects.contains(Effect::set_withdrawn)) f.withdrawn = true;
    if (effects.contains(Effect::set_asked_by_unit)) f.info_asked_by_unit = true;
    if (effects.contains(Effect::clear_asked_by_unit)) f.info_asked_by_unit = false;
    if (effects.contains(Effect::set_reconsideration_pending)) f.reconsideration_pending = f.reconsideration_requested = true;
    if (effects.contains(Effect::clear_reconsideration_pending)) f.reconsideration_pending = false;
    if (effects.contains(Effect::set_merged)) f.merged = true;
    return f;
}

Transition refused(RefusalKind kind, std::string_view code, FieldErrors fields = {}) {
    Transition t;
    t.ok = false;
    t.refusal = Refusal{kind, std::string(code), std::move(fields)};
    return t;
}

// What the table says about one actor and one action in one status.
struct Lookup {
    bool role_fits = false;                       // some row fits role and relation
    const WorkflowRule* status_row = nullptr;     // ... and also the status
    std::optional<Guard> failed;                  // the guard it fails, if any
};

Lookup look_up(Action action, Role role, Relation relation, Status status, const ReportFlags& flags) {
    Lookup l;
    for (const auto& r : kRules) {
        if (r.action != action || !r.roles.contains(role) || !relation_fits(r.relation, relation)) continue;
        l.role_fits = true;
        if (!r.from.contains(status)) continue;
        // Rows overlap only with exclusive guards (checked above): the row
        // whose guards hold is the one; else the first row's failed guard
        // says why not.
        const auto failed = failed_guard(r, flags);
        if (!l.status_row || !failed) {
            l.status_row = &r;
            l.failed = failed;
        }
        if (!failed) break;
    }
    return l;
}

}  // namespace

std::span<const WorkflowRule> workflow_rules() noexcept { return kRules; }

ParamSet required_params(Action a) noexcept {
    const WorkflowRule* r = first_row_of(a);
    return r ? r->required : ParamSet{};
}

ParamSet optional_params(Action a) noexcept {
    const WorkflowRule* r = first_row_of(a);
    return r ? r->optional : ParamSet{};
}

std::vector<Action> allowed_actions(Role role, Relation relation, Status status, const ReportFlags& flags) noexcept {
    std::vector<Action> out;
    for (Action a : kAllActions) {
        const Lookup l = look_up(a, role, relation, status, flags);
        if (l.status_row && !l.failed) out.push_back(a);
    }
    return out;
}

int http_status(RefusalKind kind) noexcept {
    switch (kind) {
        case RefusalKind::not_allowed_for_role: return 403;
        case RefusalKind::not_allowed_in_status: return 409;
        case RefusalKind::missing_parameter:
        case RefusalKind::invalid_parameter: return 422;
    }
    return 400;
}

ApiError to_api_error(const Refusal& refusal) noexcept {
    return api_error(http_status(refusal.kind), refusal.code, refusal.fields);
}

Transition apply(Action action, Role role, Relation relation, Status status, const ReportFlags& flags,
                 const ActionParams& params) noexcept {
    const Lookup l = look_up(action, role, relation, status, flags);
    if (!l.role_fits) return refused(RefusalKind::not_allowed_for_role, "action_not_allowed_for_role");
    if (!l.status_row) return refused(RefusalKind::not_allowed_in_status, "action_not_allowed_in_status");
    if (l.failed) return refused(RefusalKind::not_allowed_in_status, guard_refusal_code(*l.failed));

    ParamCheck check = check_params(*l.status_row, params);
    if (!check.fields.empty())
        return refused(check.something_missing ? RefusalKind::missing_parameter : RefusalKind::invalid_parameter,
                       "validation_failed", std::move(check.fields));

    Transition t;
    t.ok = true;
    t.next = l.status_row->to.value_or(status);
    t.flags = with_effects(flags, l.status_row->effects);
    // The one flag that depends on a parameter: which side the rating took
    // decides whether reconsideration may be asked for.
    if (l.status_row->effects.contains(Effect::set_rated))
        t.flags.rated_unsatisfied = params.rating && parse_satisfaction(*params.rating) &&
                                    is_unsatisfied(*parse_satisfaction(*params.rating));
    return t;
}

}  // namespace pakn

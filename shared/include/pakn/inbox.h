// The officer inbox beyond its list: the tabs a role works in (and their
// counts), bulk actions on selected rows, and the filters an officer saves
// by name. Read by the server (GET /inbox/counts, POST /reports/bulk,
// /officer/saved-filters) and the browser (tabs, bulk bar, saved-filter
// menu), so both agree on keys, limits and rules. Same wire rules as dto.h;
// pure: no I/O, no clock.
//
// [SECTION] index: tabs, bulk actions, saved filters, to_json / from_json.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pakn/dto.h"
#include "pakn/forms.h"
#include "pakn/workflow.h"

namespace pakn {

// [SECTION] tabs ----------------------------------------------------------------------

// One tab of the inbox: a status, the overdue ones, "Của tôi" (given to
// the officer), the reconsideration requests awaiting the center, or
// everything. `key` is its name in the address bar and in the counts
// ("in_progress", "overdue", "mine", "reconsideration", "all").
struct InboxTab {
    std::string key;
    std::optional<Status> status;
    bool overdue = false;
    bool mine = false;
    bool reconsideration = false;

    bool operator==(const InboxTab&) const = default;
};

// The tabs of a role, in the order work flows: the center's from intake to
// answer, a unit's from assignment to its answer (with "Của tôi").
std::vector<InboxTab> inbox_tabs(std::optional<Role> role);

// `q` narrowed to tab `t` (its status, overdue or "mine"); the rest kept.
ListQuery with_tab(ListQuery q, const InboxTab& t);

// GET /inbox/counts: how many reports each tab of the caller's role holds
// under the filters, in inbox_tabs() order. A count above the list's cap
// is given as the cap with `capped` set ("10000+").
struct TabCount {
    std::string key;
    std::int64_t count = 0;
    bool capped = false;

    bool operator==(const TabCount&) const = default;
};
struct InboxCounts {
    std::vector<TabCount> tabs;

    bool operator==(const InboxCounts&) const = default;
};

// The count of tab `key` in `counts`, when it is there.
const TabCount* find_count(const InboxCounts& counts, std::string_view key);

// [SECTION] bulk actions --------------------------------------------------------------

// The most reports one bulk request acts on.
inline constexpr std::size_t kMaxBulkReports = 100;

// What may be done to many reports at once: steps that need no judgement
// of each report's content.
inline constexpr std::array<Action, 3> kBulkActions = {Action::accept, Action::assign, Action::comment};

bool is_bulk_action(Action a) noexcept;

// The bulk actions `role` has a line for in the workflow table, in
// kBulkActions order: the buttons of the bulk bar. Whether each report
// allows it now is still judged report by report.
std::vector<Action> bulk_actions_for(Role role);

// POST /reports/bulk: one action on each of `report_ids`, with the action's
// parameters (unit_id for assign; note, required for comment).
struct BulkActionForm {
    std::string action;
    std::vector<std::int64_t> report_ids;
    std::optional<std::int64_t> unit_id;
    std::optional<std::string> note;

    bool operator==(const BulkActionForm&) const = default;
};

// Checks the request as a whole, before any report is touched. Codes:
// action "unknown_action" / "bulk_action_not_offered"; report_ids
// "required" (none), "too_many_reports" (> kMaxBulkReports),
// "invalid_report_ids" (an id <= 0); the action's parameters as the
// single-report form (clean(ActionForm)): "required" when it needs one that
// is absent, "field_not_applicable" for one it does not take. Repeated ids
// are dropped, the order kept.
Validated<BulkActionForm> clean(const BulkActionForm& f);
FieldErrors validate(const BulkActionForm& f);

// The single-report action each id gets.
ActionForm action_form_of(const BulkActionForm& f);

// One report's outcome. ok: done (status is the report's new status);
// otherwise error/message say why (the single action's code and Vietnamese
// message, e.g. action_not_allowed_in_status) and http its status. code:
// the tracking code, when the caller may see the report.
struct BulkItemResult {
    std::int64_t id = 0;
    std::string code;
    bool ok = false;
    std::optional<Status> status;
    std::int64_t http = 200;
    std::string error;
    std::string message;

    bool operator==(const BulkItemResult&) const = default;
};

// The answer of POST /reports/bulk: every id's outcome, in request order.
struct BulkResult {
    std::string action;
    std::vector<BulkItemResult> items;
    std::int64_t done = 0;
    std::int64_t failed = 0;

    bool operator==(const BulkResult&) const = default;
};

// [SECTION] saved filters -------------------------------------------------------------

inline constexpr std::size_t kMaxSavedFilterNameChars = 60;
// How many filters one officer keeps.
inline constexpr std::size_t kMaxSavedFilters = 20;

// One saved filter (Bộ lọc đã lưu). query: the inbox filters in the list
// query's spelling (to_query_string), without tab and page.
struct SavedFilter {
    std::int64_t id = 0;
    std::string name;
    std::string query;
    UnixSeconds created_at = 0;

    bool operator==(const SavedFilter&) const = default;
};

// POST /officer/saved-filters.
struct SavedFilterForm {
    std::string name;
    std::string query;

    bool operator==(const SavedFilterForm&) const = default;
};

// The filters of `q` alone: page, page size, status, overdue and "mine"
// (the tab's and the pager's business) set back to their defaults.
ListQuery filters_only(ListQuery q);

// Cleans the name (one line, NFC) and re-spells the query through the
// shared list-query parser. Codes: name "required" /
// "saved_filter_name_too_long" / invalid_utf8 / control_characters; query
// "invalid_saved_filter" (a parameter the parser refuses) /
// "saved_filter_empty" (no filter set). The duplicate name and the
// per-officer cap need the stored list: the server's.
Validated<SavedFilterForm> clean(const SavedFilterForm& f);
FieldErrors validate(const SavedFilterForm& f);

// [SECTION] to_json / from_json -------------------------------------------------------

void to_json(nlohmann::json& j, const TabCount& v);
void from_json(const nlohmann::json& j, TabCount& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const InboxCounts& v);
void from_json(const nlohmann::json& j, InboxCounts& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const BulkActionForm& v);
void from_json(const nlohmann::json& j, BulkActionForm& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const BulkItemResult& v);
void from_json(const nlohmann::json& j, BulkItemResult& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const BulkResult& v);
void from_json(const nlohmann::json& j, BulkResult& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const SavedFilter& v);
void from_json(const nlohmann::json& j, SavedFilter& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const SavedFilterForm& v);
void from_json(const nlohmann::json& j, SavedFilterForm& v, FieldErrors& errors, const std::string& path = {});

}  // namespace pakn

// Lịch sử thao tác: what the history view (issue 14 item 19) calls each
// entry of the audit log, and which kind of entry it is, so the server's
// filter and the screen's words come from one table. Workflow steps keep
// their names from the workflow table (label(Action)).
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "pakn/workflow.h"

namespace pakn {

// How much of the history an officer reads: an administrator all of it; a
// unit's lead the work on the unit's reports and the looks at them; anyone
// else nothing (the console offers no history screen, the server answers
// 403). One rule for both sides.
enum class HistoryScope { none, unit, everything };
HistoryScope history_scope(Role role, bool has_unit) noexcept;

// What an entry of the history is about.
enum class HistoryKind {
    workflow,       // a step of a report's workflow (the timeline)
    personal_data,  // an officer looked at or took out a citizen's personal data
    administration, // units, officers, categories, holidays, settings, announcements
    account,        // sign-ins, passwords, accounts opened and closed
};

// "workflow", "personal_data", "administration", "account".
std::string_view to_string(HistoryKind k) noexcept;
std::optional<HistoryKind> parse_history_kind(std::string_view s) noexcept;
// "Xử lý hồ sơ", "Truy cập dữ liệu cá nhân", "Quản trị hệ thống", "Tài khoản".
std::string_view label(HistoryKind k) noexcept;
inline constexpr HistoryKind kAllHistoryKinds[] = {HistoryKind::workflow, HistoryKind::personal_data,
                                                   HistoryKind::administration, HistoryKind::account};

struct AuditAction {
    std::string_view code;   // as written to audit_log.action
    HistoryKind kind;
    std::string_view label;  // Vietnamese, for the screen
};

// Every action the server writes to the audit log.
std::span<const AuditAction> audit_actions() noexcept;

// The entry of `code`, or nullopt for one this table does not know (an
// older or newer server's): the screen shows the code, the kind is
// administration.
std::optional<AuditAction> find_audit_action(std::string_view code) noexcept;

}  // namespace pakn

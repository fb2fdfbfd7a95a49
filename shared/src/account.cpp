#include "pakn/account.h"

namespace pakn {

std::string_view to_string(AccountKind k) noexcept {
    switch (k) {
        case AccountKind::citizen: return "citizen";
        case AccountKind::organization: return "organization";
        case AccountKind::officer: return "officer";
    }
    return "citizen";
}

std::optional<AccountKind> parse_account_kind(std::string_view s) noexcept {
    for (AccountKind k : {AccountKind::citizen, AccountKind::organization, AccountKind::officer})
        if (to_string(k) == s) return k;
    return std::nullopt;
}

bool is_reporter(AccountKind k) noexcept { return k == AccountKind::citizen || k == AccountKind::organization; }

std::optional<Role> workflow_role(AccountKind kind, std::optional<Role> officer_role) noexcept {
    switch (kind) {
        case AccountKind::citizen: return Role::citizen;
        case AccountKind::organization: return Role::organization;
        case AccountKind::officer:
            // An officer acts only in an officer's role, never as a reporter or the system.
            if (officer_role && is_officer(*officer_role)) return officer_role;
            return std::nullopt;
    }
    return std::nullopt;
}

bool sees_all_reports(Role role) noexcept {
    return role == Role::dispatcher || role == Role::leader || role == Role::admin;
}

}  // namespace pakn

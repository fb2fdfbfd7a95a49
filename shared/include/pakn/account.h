// Accounts as the rules see them: the kind of an account, the workflow role
// it acts in, and what its role lets it see. Pure; the server's principal
// and the client's session both ask these questions here, once.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "pakn/workflow.h"

namespace pakn {

// Loại tài khoản. Citizens and organizations are the two kinds of reporter;
// officers are issued by the province and carry a role.
enum class AccountKind : std::uint8_t { citizen, organization, officer };

// The wire spelling: "citizen", "organization", "officer".
std::string_view to_string(AccountKind k) noexcept;
// The kind of a wire spelling; nullopt for anything else.
std::optional<AccountKind> parse_account_kind(std::string_view s) noexcept;

// True for the kinds that send reports (citizen, organization).
bool is_reporter(AccountKind k) noexcept;

// The role an account acts in on reports: its kind for reporters, its
// officer role for officers (nullopt for an officer without a valid role).
std::optional<Role> workflow_role(AccountKind kind, std::optional<Role> officer_role) noexcept;

// The center's roles (dispatcher, province leader, admin) see every sent
// report; a unit's roles only the reports their unit holds.
bool sees_all_reports(Role role) noexcept;

}  // namespace pakn

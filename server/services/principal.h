// Who is asking, as the services see it: an account, its kind, its officer
// role and unit, and whether it must still replace an issued password.
// Nothing else of the account (no password hash, no personal data) travels
// with a request; a service that needs more reads it from the store.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "pakn/account.h"

namespace pakn::server::store {
struct AccountRow;
}

namespace pakn::server::services {

struct Principal {
    std::int64_t account_id = 0;
    AccountKind kind = AccountKind::citizen;
    std::optional<Role> role;             // officers only
    std::optional<std::int64_t> unit_id;  // officers of a unit
    bool must_change_password = false;

    bool reporter() const { return is_reporter(kind); }
    bool officer() const { return kind == AccountKind::officer; }
    bool has_role(Role r) const { return officer() && role == r; }
    // The role this account acts in on reports (its kind for reporters).
    std::optional<Role> acting_role() const { return workflow_role(kind, role); }
    // The center's roles see every sent report; unit roles their units' only.
    bool sees_all_reports() const { return officer() && role && pakn::sees_all_reports(*role); }
};

// The principal of a stored account.
Principal principal_of(const store::AccountRow& account);

// A signed-in browser: the principal plus what belongs to this one sign-in
// (the session's stored hash, its CSRF token, the audience it signed in for).
struct Session {
    Principal principal;
    std::string token_hash;
    std::string csrf_token;
    std::string audience;  // "public" | "officer"
};

}  // namespace pakn::server::services

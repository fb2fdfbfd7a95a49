// Account kinds and what each role may see: one row per case.
#include <doctest/doctest.h>

#include <optional>
#include <string_view>

#include "pakn/account.h"

namespace {

using namespace pakn;

TEST_CASE("account kinds: wire spelling round-trips, anything else is refused") {
    for (AccountKind k : {AccountKind::citizen, AccountKind::organization, AccountKind::officer}) {
        CHECK(parse_account_kind(to_string(k)) == k);
    }
    CHECK_FALSE(parse_account_kind("").has_value());
    CHECK_FALSE(parse_account_kind("Officer").has_value());
    CHECK_FALSE(parse_account_kind("admin").has_value());
    CHECK(is_reporter(AccountKind::citizen));
    CHECK(is_reporter(AccountKind::organization));
    CHECK_FALSE(is_reporter(AccountKind::officer));
}

TEST_CASE("workflow role: reporters act as their kind, officers as their role") {
    struct Row {
        AccountKind kind;
        std::optional<Role> officer_role;
        std::optional<Role> expected;
    };
    // kind                        officer role             acts as
    const Row rows[] = {
        {AccountKind::citizen,      std::nullopt,            Role::citizen},
        {AccountKind::citizen,      Role::admin,             Role::citizen},  // a stray role changes nothing
        {AccountKind::organization, std::nullopt,            Role::organization},
        {AccountKind::officer,      Role::dispatcher,        Role::dispatcher},
        {AccountKind::officer,      Role::handler,           Role::handler},
        {AccountKind::officer,      Role::unit_lead,         Role::unit_lead},
        {AccountKind::officer,      Role::leader,            Role::leader},
        {AccountKind::officer,      Role::admin,             Role::admin},
        {AccountKind::officer,      std::nullopt,            std::nullopt},
        {AccountKind::officer,      Role::citizen,           std::nullopt},
        {AccountKind::officer,      Role::system,            std::nullopt},
    };
    for (const Row& row : rows) {
        INFO(to_string(row.kind));
        CHECK(workflow_role(row.kind, row.officer_role) == row.expected);
    }
}

TEST_CASE("sees_all_reports: the center's roles, not the units' nor reporters") {
    struct Row {
        Role role;
        bool sees_all;
    };
    const Row rows[] = {
        {Role::dispatcher, true}, {Role::leader, true},        {Role::admin, true},
        {Role::handler, false},   {Role::unit_lead, false},    {Role::citizen, false},
        {Role::organization, false}, {Role::system, false},
    };
    for (const Row& row : rows) {
        INFO(to_string(row.role));
        CHECK(sees_all_reports(row.role) == row.sees_all);
    }
}

}  // namespace

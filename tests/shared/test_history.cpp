// pakn/history.h and pakn/dto_history.h: the history view's kinds and names
// of audit actions, and its query as the URL carries it.
#include <doctest/doctest.h>

#include <set>
#include <string>

#include "pakn/dto_history.h"
#include "pakn/history.h"

using namespace pakn;

TEST_CASE("history kinds: names round-trip, labels are Vietnamese, unknown names refused") {
    for (HistoryKind k : kAllHistoryKinds) {
        CHECK(parse_history_kind(to_string(k)) == k);
        CHECK_FALSE(label(k).empty());
    }
    CHECK_FALSE(parse_history_kind("everything"));
    CHECK_FALSE(parse_history_kind(""));
    CHECK(label(HistoryKind::personal_data) == "Truy cập dữ liệu cá nhân");
}

TEST_CASE("history scope: an administrator reads everything, a unit's lead the unit, nobody else anything") {
    using S = HistoryScope;
    struct Row {
        Role role;
        S with_unit, without_unit;
    };
    const Row rows[] = {
        {Role::admin, S::everything, S::everything}, {Role::unit_lead, S::unit, S::none},
        {Role::handler, S::none, S::none},           {Role::dispatcher, S::none, S::none},
        {Role::leader, S::none, S::none},            {Role::citizen, S::none, S::none},
        {Role::organization, S::none, S::none},      {Role::system, S::none, S::none},
    };
    for (const Row& r : rows) {
        CAPTURE(static_cast<int>(r.role));
        CHECK(history_scope(r.role, true) == r.with_unit);
        CHECK(history_scope(r.role, false) == r.without_unit);
    }
}

TEST_CASE("audit actions: one row per code, each with a label, unknown codes are not guessed") {
    std::set<std::string_view> codes;
    for (const AuditAction& a : audit_actions()) {
        CAPTURE(a.code);
        CHECK(codes.insert(a.code).second);
        CHECK_FALSE(a.label.empty());
        CHECK(find_audit_action(a.code)->kind == a.kind);
    }
    CHECK(find_audit_action("view_report")->kind == HistoryKind::personal_data);
    CHECK(find_audit_action("unit_created")->kind == HistoryKind::administration);
    CHECK(find_audit_action("login")->kind == HistoryKind::account);
    CHECK_FALSE(find_audit_action("something_new"));
}

TEST_CASE("history query: what the URL says, or the field in error") {
    struct Row {
        const char* query;
        const char* error_field;  // nullptr: accepted
        const char* error_code;
    };
    // query | field in error | code
    const Row rows[] = {
        {"", nullptr, nullptr},
        {"report=pakn-2026-000123", nullptr, nullptr},
        {"report=ABC", "report", "invalid_tracking_code"},
        {"actor=Tr%E1%BA%A7n%20Lan", nullptr, nullptr},
        {"kind=personal_data", nullptr, nullptr},
        {"kind=all", "kind", "invalid_history_kind"},
        {"from=2026-11-01&to=2026-11-30", nullptr, nullptr},
        {"from=2026-11-31", "from", "invalid_date"},
        {"from=2026-11-20&to=2026-11-01", "to", "invalid_date_range"},
        {"after=1794882600.e12", nullptr, nullptr},
        {"after=1794882600.a7", nullptr, nullptr},
        {"after=1794882600.x7", "after", "invalid_cursor"},
        {"after=.e7", "after", "invalid_cursor"},
        {"after=17.e", "after", "invalid_cursor"},
        {"after=1-7.e7", "after", "invalid_cursor"},
        {"page=abc&status=nope", nullptr, nullptr},  // the lists' other keys are not this query's
    };
    for (const Row& r : rows) {
        CAPTURE(r.query);
        const auto v = parse_history_query(parse_query_string(r.query));
        if (!r.error_field) {
            CHECK(v.ok());
            // What it says, said again, reads back the same.
            CHECK(parse_history_query(parse_query_string(to_query_string(v.value))).value == v.value);
        } else {
            REQUIRE(v.errors.size() == 1);
            CHECK(v.errors[0].field == r.error_field);
            CHECK(v.errors[0].code == r.error_code);
        }
    }
    const auto v = parse_history_query(parse_query_string("report=pakn-2026-000123&actor=%20Lan%20&kind=account"));
    CHECK(v.value.report == "PAKN-2026-000123");
    CHECK(v.value.actor == "Lan");
    CHECK(v.value.kind == HistoryKind::account);
}

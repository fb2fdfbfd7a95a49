// The timeline visibility table, checked against an expectation written out
// here by hand, independently of shared/src/event_visibility.cpp: change a
// line there without changing this file and the test fails.
// No structured bindings in loops that use INFO: clang 14 (em++) cannot
// capture them in INFO's lambda.
#include <doctest/doctest.h>

#include <set>
#include <string>

#include "pakn/event_visibility.h"
#include "pakn/workflow.h"

namespace {

using namespace pakn;
using A = Action;

// What one audience reads of one kind of step, as the test understands the domain.
struct Expect {
    Action action;
    // Columns: public, reporter, officer. '-' nothing, 's' the step without
    // its note, 'n' the step and its note.
    const char* seen;
};

// clang-format off
const Expect kExpected[] = {
    //  action                  public/reporter/officer
    {A::submit,            "snn"},
    {A::resubmit,          "snn"},
    {A::edit,              "-nn"},  // the reporter's own drafting: not for strangers
    {A::withdraw,          "snn"},
    {A::accept,            "snn"},
    {A::reject,            "snn"},  // the reason is owed to the reporter
    {A::request_info,      "snn"},  // the reporter must read what to add
    {A::assign,            "ssn"},  // the dispatcher's routing note stays internal
    {A::return_,           "--n"},  // the unit's return and its reason
    {A::start,             "snn"},
    {A::progress_note,     "snn"},
    {A::request_extension, "--n"},
    {A::approve_extension, "ssn"},  // the new deadline shows, not the reasoning
    {A::refuse_extension,  "--n"},
    {A::propose_result,    "--n"},  // the draft answer before approval
    {A::approve_result,    "ssn"},
    {A::refuse_result,     "--n"},  // a refused draft with the lead's reason
    {A::publish,           "ssn"},
    {A::unpublish,         "ssn"},
    {A::reopen,            "ssn"},
    {A::rate,              "nnn"},  // the comment is published with the rating
    {A::close,             "ssn"},
    {A::comment,           "--n"},  // internal notes
    {A::reclassify,        "ssn"},  // the new category shows, the center's note does not
    {A::direct,            "--n"},  // directions are for the handling unit
    {A::assign_handler,    "--n"},  // who in the unit handles it
    {A::request_reconsideration, "-nn"},  // the reporter's reason, not for strangers
    {A::decline_reconsideration, "-nn"},  // the center's reason is owed to the reporter
    {A::merge,             "-nn"},  // which report was folded in is the reporters' and the center's
};
// clang-format on

Shown expected_of(char c) {
    return c == 'n' ? Shown::step_and_note : c == 's' ? Shown::step : Shown::nothing;
}

}  // namespace

TEST_CASE("event visibility: each audience reads what the expectation says of each kind of step") {
    std::set<Action> covered;
    for (const Expect& e : kExpected) {
        covered.insert(e.action);
        for (std::size_t i = 0; i < kAllAudiences.size(); ++i) {
            const Audience who = kAllAudiences[i];
            const std::string what = std::string(to_string(e.action)) + " for " + std::string(to_string(who));
            INFO(what);
            const Shown want = expected_of(e.seen[i]);
            CHECK(shown_to(e.action, who) == want);
            CHECK(step_shown(e.action, who) == (want != Shown::nothing));
            CHECK(note_shown(e.action, who) == (want == Shown::step_and_note));
        }
        INFO(to_string(e.action));
        CHECK(officers_only(e.action) == (e.seen[1] == '-'));
    }
    // The expectation covers every action, so the table cannot grow unnoticed.
    CHECK(covered.size() == kAllActions.size());
    CHECK(event_visibility_rules().size() == kAllActions.size());
}

TEST_CASE("event visibility: officers read everything, the reporter never less than the public") {
    for (const auto& r : event_visibility_rules()) {
        INFO(to_string(r.action));
        CHECK(r.officer == Shown::step_and_note);
        CHECK(static_cast<int>(r.reporter) >= static_cast<int>(r.public_));
        CHECK(shown_to(r.action, Audience::public_) == r.public_);
        CHECK(shown_to(r.action, Audience::reporter) == r.reporter);
    }
}

TEST_CASE("event visibility: the steps named in issue 13 are the officers' alone") {
    // Columns: the kind of step, what the reporter and the public must not read.
    struct Row {
        Action action;
        bool step_hidden;  // the whole step, or only its note
    };
    const Row rows[] = {
        {A::propose_result, true},  // the unit's draft answer before approval
        {A::refuse_result, true},   // a refused draft with the lead's reason
        {A::return_, true},         // the unit's return reason
        {A::assign, false},         // the dispatcher's routing note
        {A::comment, true},         // internal notes
    };
    for (const Row& r : rows)
        for (Audience who : {Audience::reporter, Audience::public_}) {
            const std::string what = std::string(to_string(r.action)) + " for " + std::string(to_string(who));
            INFO(what);
            CHECK_FALSE(note_shown(r.action, who));
            CHECK(step_shown(r.action, who) == !r.step_hidden);
            CHECK(note_shown(r.action, Audience::officer));
        }
}

TEST_CASE("event visibility: audiences have their wire names") {
    CHECK(to_string(Audience::public_) == "public");
    CHECK(to_string(Audience::reporter) == "reporter");
    CHECK(to_string(Audience::officer) == "officer");
}

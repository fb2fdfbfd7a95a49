// Every ctest entry runs exactly the doctest case it is named after:
// ctest passes the name back with --test-case=NAME. doctest answers a filter
// that matches nothing with success, so a name CMake's discovery cannot pass
// back intact (it splits names at ';') made a ctest entry that ran nothing
// and passed: 71 cases went unrun in CI that way. This listener counts the
// cases run; a run filtered by test case that ran none fails.
//
// Include once per test binary, after doctest's implementation, and return
// pakn::test::run_doctest(argc, argv, context) from main.
#pragma once

#include <doctest/doctest.h>

#include <cstdio>
#include <string_view>

namespace pakn::test {

struct CasesRan : doctest::IReporter {
    static inline int count = 0;
    explicit CasesRan(const doctest::ContextOptions&) {}
    void report_query(const doctest::QueryData&) override {}
    void test_run_start() override {}
    void test_run_end(const doctest::TestRunStats&) override {}
    void test_case_start(const doctest::TestCaseData&) override { ++count; }
    void test_case_reenter(const doctest::TestCaseData&) override {}
    void test_case_end(const doctest::CurrentTestCaseStats&) override {}
    void test_case_exception(const doctest::TestCaseException&) override {}
    void subcase_start(const doctest::SubcaseSignature&) override {}
    void subcase_end() override {}
    void log_assert(const doctest::AssertData&) override {}
    void log_message(const doctest::MessageData&) override {}
    void test_case_skipped(const doctest::TestCaseData&) override {}
};
REGISTER_LISTENER("pakn_cases_ran", 1, CasesRan);

// Runs the suite; fails a run asked for named test cases that ran none.
inline int run_doctest(int argc, char** argv, doctest::Context& context) {
    const int result = context.run();
    if (result != 0 || context.shouldExit()) return result;
    bool filtered = false;
    for (int i = 1; i < argc; ++i) {
        const std::string_view a = argv[i];
        if (a.starts_with("--test-case=") || a.starts_with("-tc=")) filtered = true;
        if (a.starts_with("--list") || a.starts_with("-ltc") || a.starts_with("-lts") || a.starts_with("-lr") ||
            a == "--count" || a == "-c" || a.starts_with("--no-run") || a.starts_with("-nr"))
            return result;
    }
    if (filtered && CasesRan::count == 0) {
        std::fprintf(stderr, "[pakn] no test case matched the name asked for: it was not run\n");
        return 1;
    }
    return result;
}

}  // namespace pakn::test

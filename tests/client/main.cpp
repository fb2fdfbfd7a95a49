// The headless UI tests' runner. Every failed ImGui assertion fails the test
// case that was drawing, with the expression and ImGui's file:line: the
// native build routes IM_ASSERT to a handler even under -DNDEBUG
// (client/platform/native_imconfig.h), and this runner installs it.
#define DOCTEST_CONFIG_IMPLEMENT
#include "../support/doctest_ran_something.h"

#include <string>

#include "platform/native_imgui_assert.h"

namespace {

void fail_running_test(const char* expression, const char* file, int line) {
    ADD_FAIL_CHECK_AT(file, line, "ImGui assertion failed: " << std::string(expression));
}

}  // namespace

int main(int argc, char** argv) {
    pakn::client::platform::set_imgui_assertion_handler(fail_running_test);
    doctest::Context context;
    context.applyCommandLine(argc, argv);
    return pakn::test::run_doctest(argc, argv, context);
}

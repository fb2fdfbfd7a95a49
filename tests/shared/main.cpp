// The shared suite's entry point. The same sources build natively and to wasm
// (run under node); tools/pakn compares the two runs' summaries.
#define DOCTEST_CONFIG_IMPLEMENT
#include "../support/doctest_ran_something.h"

int main(int argc, char** argv) {
    doctest::Context context;
    context.applyCommandLine(argc, argv);
    return pakn::test::run_doctest(argc, argv, context);
}

#define DOCTEST_CONFIG_IMPLEMENT
#include "../support/doctest_ran_something.h"

int main(int argc, char** argv) {
    doctest::Context context;
    context.applyCommandLine(argc, argv);
    return pakn::test::run_doctest(argc, argv, context);
}

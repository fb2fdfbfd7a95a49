// The shared suite's entry point. The same sources build natively and to wasm
// (run under node); tools/pakn compares the two runs' summaries.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>

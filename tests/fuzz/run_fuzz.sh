#!/bin/sh
# Driver for the libFuzzer targets (sources and rules: CMakeLists.txt here).
#
#   run_fuzz.sh build DIR [CXX]          configure DIR once with clang-14 (or CXX), then build it
#   run_fuzz.sh run DIR NAME [SECONDS]   replay regressions/NAME/*, then fuzz fuzz_NAME for SECONDS
#                                        (default 20) from corpus/NAME (+ NAME.dict); exit status
#                                        non-zero on any crash, leak, UB, timeout or failed property
#   run_fuzz.sh all [SECONDS]            build into build/native/tests/fuzz/clang and run every target
#
# New inputs the fuzzer finds go to DIR/work/NAME/corpus (the committed seed
# corpus stays read-only); crashing inputs to DIR/work/NAME/artifacts/. To
# keep one as a regression: copy it to regressions/NAME/ and add a doctest case.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
targets="dto text forms ids"

# UB is a failure, and a readable one.
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

build() {
    dir=$1
    cxx=${2:-clang++-14}
    if [ ! -f "$dir/CMakeCache.txt" ]; then
        generator=""
        if command -v ninja >/dev/null 2>&1; then generator="-G Ninja"; fi
        # shellcheck disable=SC2086
        cmake -S "$here/clang" -B "$dir" $generator -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_BUILD_TYPE=RelWithDebInfo
    fi
    cmake --build "$dir"
}

run() {
    dir=$1
    name=$2
    seconds=${3:-20}
    bin="$dir/fuzz_$name"
    work="$dir/work/$name"
    mkdir -p "$work/corpus" "$work/artifacts"

    # 1. Every input that once failed runs first, each exactly once.
    regressions=$(find "$here/regressions/$name" -type f ! -name '*.md' 2>/dev/null | sort)
    if [ -n "$regressions" ]; then
        echo "== fuzz_$name: replaying $(echo "$regressions" | wc -l) regression input(s)"
        # shellcheck disable=SC2086
        "$bin" -rss_limit_mb=2048 -timeout=10 $regressions
    fi

    # 2. Bounded fuzzing from the seed corpus.
    dict=""
    if [ -f "$here/$name.dict" ]; then dict="-dict=$here/$name.dict"; fi
    echo "== fuzz_$name: fuzzing for ${seconds}s"
    # shellcheck disable=SC2086
    "$bin" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -max_len=8192 -print_final_stats=1 \
        -artifact_prefix="$work/artifacts/" $dict "$work/corpus" "$here/corpus/$name"
}

command=${1:-}
case "$command" in
    build) build "$2" "${3:-clang++-14}" ;;
    run) run "$2" "$3" "${4:-20}" ;;
    all)
        dir="$here/../../build/native/tests/fuzz/clang"
        build "$dir"
        for t in $targets; do run "$dir" "$t" "${2:-20}"; done
        ;;
    *)
        echo "usage: $0 build DIR [CXX] | run DIR NAME [SECONDS] | all [SECONDS]" >&2
        exit 2
        ;;
esac

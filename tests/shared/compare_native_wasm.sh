#!/bin/sh
# The shared suite must give identical results natively and as wasm: same
# test cases, same assertion counts, same outcome.
set -eu
native_bin=$1
wasm_js=$2
summary() { grep -E '^\[doctest\] (test cases|assertions|Status)' | sed 's/[[:space:]]\+/ /g'; }
native=$("$native_bin" --no-colors --no-version 2>&1 | summary) || true
wasm=$(node --no-experimental-fetch "$wasm_js" --no-colors --no-version 2>&1 | summary) || true
echo "native: $native"
echo "wasm:   $wasm"
[ -n "$native" ] && [ "$native" = "$wasm" ]

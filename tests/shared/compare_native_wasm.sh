#!/bin/sh
# The shared suite compiled to wasm must pass under node and give identical
# results to the native build: same test cases, same assertion counts.
set -eu
native_bin=$1
wasm_js=$2
summary() { grep -E '^\[doctest\] (test cases|assertions|Status)' | sed 's/[[:space:]]\+/ /g'; }
native=$("$native_bin" --no-colors --no-version 2>&1 | summary) || true
wasm_out=$(node --no-experimental-fetch "$wasm_js" --no-colors --no-version 2>&1) && wasm_rc=0 || wasm_rc=$?
wasm=$(printf '%s\n' "$wasm_out" | summary) || true
echo "native: $native"
echo "wasm:   $wasm"
if [ "$wasm_rc" -ne 0 ]; then
  printf '%s\n' "$wasm_out"
  echo "the wasm suite failed (exit $wasm_rc)"
  exit 1
fi
[ -n "$native" ] && [ "$native" = "$wasm" ]

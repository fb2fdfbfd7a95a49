#!/usr/bin/env bash
# tools/pakn bench [--reports N] [--duration S] [--connections C] [--keep] [--data DIR]
# --data DIR: start from a copy of a data directory an earlier run seeded
# (kept with --keep) instead of seeding again; seeding 1M takes minutes.
# Measures PAKN against baselines measured in the same run on this machine
# (machines are noisy; ratios are what compare). Prints a table, writes
# build/bench/latest.json and latest.md. A command that prints numbers, not a
# test that fails on a slow day.
set -euo pipefail
N=1000000 DURATION=10 CONNECTIONS=64 KEEP=0 FROM_DATA=""
while [ $# -gt 0 ]; do
  case $1 in
    --reports) N=$2; shift ;;
    --duration) DURATION=$2; shift ;;
    --connections) CONNECTIONS=$2; shift ;;
    --keep) KEEP=1 ;;
    --data) FROM_DATA=$2; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
# shellcheck source=bench/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/bench/lib.sh"
OUT=$BUILD/bench
mkdir -p "$OUT"
results=$WORK/results.jsonl
: >"$results"
record() { echo "{\"name\":\"$1\",$2}" >>"$results"; }

if [ -n "$FROM_DATA" ]; then
  say "copying the seeded data directory $FROM_DATA"
  cp -r "$FROM_DATA" "$DATA"
  N=$(sqlite3 "$DATA/pakn.db" 'SELECT count(*) FROM reports')
  record seed "\"reports\":$N,\"reused\":true"
else
  say "seeding $N reports into a temporary database"
  t0=$(date +%s.%N)
  seed_reports "$N"
  t1=$(date +%s.%N)
  record seed "\"reports\":$N,\"seconds\":$(awk "BEGIN{print $t1 - $t0}")"
fi
create_bench_officer
start_server
RSS_REST=$(rss_kb "$SERVER_PID")
sign_in_bench_officer

# ---- the baseline: nginx serving a static copy of the statistics JSON
NGINX_PORT=$(free_port)
mkdir -p "$WORK/nginx/html" "$WORK/nginx/logs"
curl -s "$BASE/api/v1/public/stats" >"$WORK/nginx/html/stats.json"
# nginx's workers run as nobody; mktemp -d made the tree private.
chmod 755 "$WORK" "$WORK/nginx" "$WORK/nginx/html"
chmod 644 "$WORK/nginx/html/stats.json"
cat >"$WORK/nginx/nginx.conf" <<NGINX
worker_processes auto;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/logs/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  keepalive_requests 1000000;
  types { application/json json; }
  server { listen 127.0.0.1:$NGINX_PORT; root $WORK/nginx/html; }
}
NGINX
nginx -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx" -g 'daemon off;' &
NGINX_PID=$!
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$NGINX_PORT/stats.json" >/dev/null && break; sleep 0.05; done
# A baseline that answers errors fast would make every ratio meaningless.
[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$NGINX_PORT/stats.json")" = 200 ] ||
  { say "nginx baseline does not serve the file (see $WORK/nginx/logs/error.log)"; exit 1; }

PEAK=0
run_wrk() { # name url [extra env...]; WRK_SCRIPT and WRK_CONNECTIONS override per run
  local name=$1 url=$2
  local script=${WRK_SCRIPT:-$LUA} connections=${WRK_CONNECTIONS:-$CONNECTIONS}
  shift 2
  ( while kill -0 "$SERVER_PID" 2>/dev/null; do rss_kb "$SERVER_PID"; sleep 0.5; done ) >"$WORK/rss.$name" &
  local sampler=$!
  local line
  line=$(env "$@" wrk -t"$((connections < 2 ? 1 : 2))" -c"$connections" -d"${DURATION}s" --timeout 10s -s "$script" "$url" | tail -1)
  kill $sampler 2>/dev/null || true
  local peak
  peak=$(sort -n "$WORK/rss.$name" | tail -1)
  [ -n "$peak" ] && [ "$peak" -gt "$PEAK" ] && PEAK=$peak
  record "$name" "${line:1:-1},\"peak_rss_kb\":${peak:-0}"
  say "$name: $line (peak RSS ${peak:-0} kB)"
}

PUBLISHED_ID=$(first_published_id)
run_wrk nginx_static "http://127.0.0.1:$NGINX_PORT/stats.json"
run_wrk stats "$BASE/api/v1/public/stats"
run_wrk one_report "$BASE/api/v1/public/reports/$PUBLISHED_ID"
run_wrk search_common "$BASE/api/v1/public/reports?q=duong"
run_wrk search_rare "$BASE/api/v1/public/reports?q=nguyen+thien+thuat"
# Distinct searches the cache cannot answer (tools/bench/search.lua): one
# connection gives what a search costs, the full load what the server sustains.
WRK_SCRIPT=$ROOT/tools/bench/search.lua WRK_CONNECTIONS=1 run_wrk search_distinct_1 "$BASE"
WRK_SCRIPT=$ROOT/tools/bench/search.lua run_wrk search_distinct "$BASE"
write_submission_body "$WORK/submit.json"
run_wrk submissions "$BASE/api/v1/reports" PAKN_BENCH_BODY="$WORK/submit.json" \
  PAKN_BENCH_HEADERS="Cookie: $COOKIE|X-CSRF-Token: $CSRF"

say "SQLite's raw durable insert rate (WAL, synchronous=FULL, one row per transaction)"
raw=$("$BUILD/native/tools/pakn-bench-sqlite" --seconds 5 --data-dir "$WORK/raw")
record sqlite_raw_durable "${raw:1:-1}"

say "web bundle sizes"
for f in pakn.wasm pakn.js index.html boot.js app.css; do
  [ -f "$WEB/$f" ] || continue
  record "bundle_$f" "\"raw\":$(stat -c %s "$WEB/$f"),\"gzip\":$(gzip -9 -c "$WEB/$f" | wc -c)"
done
font_bytes=0
for f in "$BUILD"/wasm/client/fonts/*.ttf; do font_bytes=$((font_bytes + $(stat -c %s "$f"))); done
record bundle_fonts_embedded "\"raw\":$font_bytes,\"gzip\":$(cat "$BUILD"/wasm/client/fonts/*.ttf | gzip -9 | wc -c)"

say "time to first frame in headless Chromium"
ff=$(NODE_PATH=$BUILD/node/node_modules node "$ROOT/tools/bench/first_frame.cjs" "$BASE/" 5)
record first_frame "${ff:1:-1}"

say "an idle tab: frames drawn and main-thread CPU over 30 s of no input"
idle=$(NODE_PATH=$BUILD/node/node_modules node "$ROOT/tools/bench/idle_cost.cjs" "$BASE/" 30)
record idle_tab "${idle:1:-1}"
record memory "\"rest_kb\":$RSS_REST,\"peak_kb\":$PEAK"

NODE_PATH=$BUILD/node/node_modules node "$ROOT/tools/bench/summarize.cjs" "$results" "$OUT/latest.json" "$OUT/latest.md"

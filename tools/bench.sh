#!/usr/bin/env bash
# tools/pakn bench [--reports N] [--duration S] [--connections C] [--keep]
# Measures PAKN against baselines measured in the same run on this machine
# (machines are noisy; ratios are what compare). Prints a table, writes
# build/bench/latest.json and latest.md. A command that prints numbers, not a
# test that fails on a slow day.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${PAKN_BUILD_DIR:-$ROOT/build}
SERVER=$BUILD/native/server/pakn-server
WEB=$BUILD/wasm/web
N=1000000 DURATION=10 CONNECTIONS=64 KEEP=0
while [ $# -gt 0 ]; do
  case $1 in
    --reports) N=$2; shift ;;
    --duration) DURATION=$2; shift ;;
    --connections) CONNECTIONS=$2; shift ;;
    --keep) KEEP=1 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
OUT=$BUILD/bench
mkdir -p "$OUT"
WORK=$(mktemp -d /tmp/pakn-bench.XXXXXX)
SERVER_PID="" NGINX_PID=""
cleanup() {
  [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null || true
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null || true
  [ "$KEEP" = 1 ] || rm -rf "$WORK"
}
trap cleanup EXIT
say() { printf '\033[1;34m[bench]\033[0m %s\n' "$*" >&2; }
free_port() { node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }
rss_kb() { awk '/VmRSS/{print $2}' "/proc/$1/status"; }
results=$WORK/results.jsonl
: >"$results"
record() { echo "{\"name\":\"$1\",$2}" >>"$results"; }

# ---- data
DATA=$WORK/data
say "seeding $N reports into a temporary database"
t0=$(date +%s.%N)
"$SERVER" seed --reports "$N" --data-dir "$DATA" >"$WORK/seed.log" 2>&1
t1=$(date +%s.%N)
record seed "\"reports\":$N,\"seconds\":$(awk "BEGIN{print $t1 - $t0}")"

# ---- an officer for authenticated submissions (intake on the hotline)
pw=$("$SERVER" admin create-officer --username bench.dp --name "Điều phối Bench" --unit TTDH --role dispatcher \
  --data-dir "$DATA" | sed -n 's/^Mật khẩu dùng một lần: //p')

# ---- the server
PORT=$(free_port)
"$SERVER" serve --port "$PORT" --data-dir "$DATA" --web-root "$WEB" --no-request-log >"$WORK/server.out" 2>"$WORK/server.log" &
SERVER_PID=$!
for _ in $(seq 1 200); do curl -sf "http://127.0.0.1:$PORT/api/v1/health" >/dev/null && break; sleep 0.05; done
BASE=http://127.0.0.1:$PORT
RSS_REST=$(rss_kb "$SERVER_PID")

solve_captcha() { # prints "id answer"
  curl -s "$BASE/api/v1/captcha" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const c=JSON.parse(s);const [a,b]=c.question.match(/\d+/g).map(Number);console.log(c.id+" "+(a+b))})'
}
login() { # user password -> sets COOKIE and CSRF
  read -r cid ans < <(solve_captcha)
  local body
  body=$(curl -s -c "$WORK/cookies" -H 'Content-Type: application/json' -X POST "$BASE/api/v1/auth/login" \
    -d "{\"audience\":\"officer\",\"login\":\"$1\",\"password\":\"$2\",\"captcha_id\":\"$cid\",\"captcha_answer\":\"$ans\"}")
  CSRF=$(echo "$body" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).csrf_token))')
  COOKIE=$(awk '$6=="pakn_session"{print "pakn_session="$7}' "$WORK/cookies")
}
login bench.dp "$pw"
curl -s -o /dev/null -H 'Content-Type: application/json' -H "X-CSRF-Token: $CSRF" -b "$COOKIE" -X POST \
  "$BASE/api/v1/me/password" -d "{\"old_password\":\"$pw\",\"new_password\":\"BenchPakn2026\"}"
login bench.dp BenchPakn2026

# ---- the baseline: nginx serving a static copy of the statistics JSON
NGINX_PORT=$(free_port)
mkdir -p "$WORK/nginx/html" "$WORK/nginx/logs"
curl -s "$BASE/api/v1/public/stats" >"$WORK/nginx/html/stats.json"
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

LUA=$ROOT/tools/bench/report.lua
PEAK=0
run_wrk() { # name url [extra env...]
  local name=$1 url=$2
  shift 2
  ( while kill -0 "$SERVER_PID" 2>/dev/null; do rss_kb "$SERVER_PID"; sleep 0.5; done ) >"$WORK/rss.$name" &
  local sampler=$!
  local line
  line=$(env "$@" wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s -s "$LUA" "$url" | tail -1)
  kill $sampler 2>/dev/null || true
  local peak
  peak=$(sort -n "$WORK/rss.$name" | tail -1)
  [ -n "$peak" ] && [ "$peak" -gt "$PEAK" ] && PEAK=$peak
  record "$name" "${line:1:-1}"
  say "$name: $line"
}

PUBLISHED_ID=$(curl -s "$BASE/api/v1/public/reports?page_size=1" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const p=JSON.parse(s);console.log(p.items.length?p.items[0].id:1)})')
run_wrk nginx_static "http://127.0.0.1:$NGINX_PORT/stats.json"
run_wrk stats "$BASE/api/v1/public/stats"
run_wrk one_report "$BASE/api/v1/public/reports/$PUBLISHED_ID"
run_wrk search_common "$BASE/api/v1/public/reports?q=duong"
run_wrk search_rare "$BASE/api/v1/public/reports?q=nguyen+thien+thuat"
cat >"$WORK/submit.json" <<JSON
{"title":"Đèn đường hư hỏng tại hẻm 12 Nguyễn Thiện Thuật","content":"Người dân gọi tổng đài báo đèn đường không sáng nhiều ngày, đề nghị kiểm tra sửa chữa.","address":"Hẻm 12 Nguyễn Thiện Thuật, Nha Trang","commune_code":"22366","is_public":true,"submit":true,"channel":"hotline","reporter_name":"Lê Văn Tám","reporter_phone":"0905111222"}
JSON
run_wrk submissions "$BASE/api/v1/reports" PAKN_BENCH_BODY="$WORK/submit.json" \
  PAKN_BENCH_HEADERS="Cookie: $COOKIE|X-CSRF-Token: $CSRF"

say "SQLite's raw durable insert rate (WAL, synchronous=FULL, one row per transaction)"
raw=$("$SERVER" bench-sqlite --seconds 5 --data-dir "$WORK/raw")
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
record memory "\"rest_kb\":$RSS_REST,\"peak_kb\":$PEAK"

NODE_PATH=$BUILD/node/node_modules node "$ROOT/tools/bench/summarize.cjs" "$results" "$OUT/latest.json" "$OUT/latest.md"

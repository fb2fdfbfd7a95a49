# Shared by tools/bench.sh and tools/soak.sh (sourced, not run): a temporary
# data directory seeded through the server's own seeder, the server started on
# a free loopback port, an officer session for authenticated submissions, and
# wrk runs that print one JSON line each.
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BUILD=${PAKN_BUILD_DIR:-$ROOT/build}
SERVER=$BUILD/native/server/pakn-server
WEB=$BUILD/wasm/web
LUA=$ROOT/tools/bench/report.lua
WORK=$(mktemp -d /tmp/pakn-bench.XXXXXX)
DATA=$WORK/data
SERVER_PID="" NGINX_PID="" KEEP=${KEEP:-0}
cleanup() {
  [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null || true
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null || true
  [ "$KEEP" = 1 ] || rm -rf "$WORK"
}
trap cleanup EXIT
say() { printf '\033[1;34m[bench]\033[0m %s\n' "$*" >&2; }
free_port() { node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }
rss_kb() { awk '/VmRSS/{print $2}' "/proc/$1/status"; }
json_field() { node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(eval("JSON.parse(s)"+process.argv[1])))' "$1"; }

seed_reports() { # N
  "$SERVER" seed --reports "$1" --data-dir "$DATA" >"$WORK/seed.log" 2>&1
}

# A dispatcher takes reports from the hotline: the authenticated submission path.
create_bench_officer() { # sets OFFICER_PASSWORD (empty when a reused directory has it already)
  OFFICER_PASSWORD=""
  [ "$(sqlite3 "$DATA/pakn.db" "SELECT count(*) FROM accounts WHERE login = 'bench.dp'" 2>/dev/null)" = 1 ] && return
  OFFICER_PASSWORD=$("$SERVER" admin create-officer --username bench.dp --name "Điều phối Bench" --unit TTDH \
    --role dispatcher --data-dir "$DATA" | sed -n 's/^Mật khẩu dùng một lần: //p')
}

start_server() { # sets PORT, BASE, SERVER_PID
  PORT=$(free_port)
  # PAKN_TEST_HOOKS=1: captcha answers go to a file in the data folder (docs/testing.md).
  PAKN_TEST_HOOKS=1 "$SERVER" serve --port "$PORT" --data-dir "$DATA" --web-root "$WEB" --no-request-log \
    >"$WORK/server.out" 2>"$WORK/server.log" &
  SERVER_PID=$!
  for _ in $(seq 1 200); do curl -sf "http://127.0.0.1:$PORT/api/v1/health" >/dev/null && break; sleep 0.05; done
  BASE=http://127.0.0.1:$PORT
}

login() { # user password -> sets COOKIE and CSRF
  local captcha cid ans body
  captcha=$(curl -s "$BASE/api/v1/captcha")
  cid=$(echo "$captcha" | json_field .id)
  ans=$(sed -n "s/^$cid //p" "$DATA/test-hooks/captcha-answers.log")
  body=$(curl -s -c "$WORK/cookies" -H 'Content-Type: application/json' -X POST "$BASE/api/v1/auth/login" \
    -d "{\"audience\":\"officer\",\"login\":\"$1\",\"password\":\"$2\",\"captcha_id\":\"$cid\",\"captcha_answer\":\"$ans\"}")
  CSRF=$(echo "$body" | json_field .csrf_token)
  COOKIE=$(awk '$6=="pakn_session"{print "pakn_session="$7}' "$WORK/cookies")
}

sign_in_bench_officer() { # first sign-in must replace the one-time password
  if [ -z "$OFFICER_PASSWORD" ]; then login bench.dp BenchPakn2026; return; fi
  login bench.dp "$OFFICER_PASSWORD"
  curl -s -o /dev/null -H 'Content-Type: application/json' -H "X-CSRF-Token: $CSRF" -b "$COOKIE" -X POST \
    "$BASE/api/v1/me/password" -d "{\"old_password\":\"$OFFICER_PASSWORD\",\"new_password\":\"BenchPakn2026\"}"
  login bench.dp BenchPakn2026
}

write_submission_body() { # file
  cat >"$1" <<JSON
{"title":"Đèn đường hư hỏng tại hẻm 12 Nguyễn Thiện Thuật","content":"Người dân gọi tổng đài báo đèn đường không sáng nhiều ngày, đề nghị kiểm tra sửa chữa.","address":"Hẻm 12 Nguyễn Thiện Thuật, Nha Trang","commune_code":"22366","is_public":true,"submit":true,"channel":"hotline","reporter_name":"Lê Văn Tám","reporter_phone":"0905111222"}
JSON
}

first_published_id() {
  curl -s "$BASE/api/v1/public/reports?page_size=1" | json_field '.items.length ? JSON.parse(s).items[0].id : 1'
}

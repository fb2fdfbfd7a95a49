#!/usr/bin/env bash
# tools/pakn audit: the outside tools a hostile tester would use, from
# Debian, against a local instance (seeded data, an officer signed in, the
# nginx production profile in front for TLS). Prints one line per tool with
# its verdict and exits 1 if any failed. A release check like `soak`, not part
# of `tools/pakn test` (it takes a few minutes).
#
#   sqlmap         the parameterised public and signed-in routes (query, path, JSON body)
#   slowloris      slowhttptest -H: many connections sending headers slowly
#   slow body      slowhttptest -B: many connections sending bodies slowly
#   testssl        testssl.sh on the nginx profile and on the server's own TLS
#
# During both slowhttptest attacks /api/v1/health is probed twice a second:
# the verdict is PASS only if every probe answered within one second.
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${PAKN_BUILD_DIR:-$ROOT/build}
SERVER=$BUILD/native/server/pakn-server
WEB=$BUILD/wasm/web
SECONDS_PER_ATTACK=${PAKN_AUDIT_SECONDS:-30}
WORK=$(mktemp -d /tmp/pakn-audit.XXXXXX)
chmod 755 "$WORK"
PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null; done
  wait 2>/dev/null
  [ -n "${PAKN_AUDIT_KEEP:-}" ] || rm -rf "$WORK"
}
trap cleanup EXIT
say() { printf '\033[1;34m[audit]\033[0m %s\n' "$*" >&2; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

RESULTS=()
FAILED=0
verdict() { # tool, PASS|FAIL, detail
  RESULTS+=("$(printf '%-12s %-5s %s' "$1" "$2" "$3")")
  [ "$2" = PASS ] || FAILED=1
}

# ------------------------------------------------------------------ instance
PORT=$(free_port)
BASE=http://127.0.0.1:$PORT
say "seeding an instance in $WORK"
"$SERVER" seed --reports 300 --data-dir "$WORK/data" >"$WORK/seed.log" 2>&1 || { cat "$WORK/seed.log"; exit 1; }
OTP=$("$SERVER" admin create-officer --username audit.tiepnhan --name "Kiểm Thử" --unit TTDH --role dispatcher \
       --data-dir "$WORK/data" 2>/dev/null | sed -n 's/^Mật khẩu dùng một lần: //p')
[ -n "$OTP" ] || { say "could not create the audit officer"; exit 1; }
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 -subj /CN=localhost \
  -keyout "$WORK/key.pem" -out "$WORK/cert.pem" >/dev/null 2>&1
# PAKN_TEST_HOOKS=1: the server writes each captcha's answer to a file in its
# data folder, so this script can sign in (the API never tells the answer).
PAKN_TEST_HOOKS=1 "$SERVER" serve --port "$PORT" --data-dir "$WORK/data" --web-root "$WEB" --no-request-log \
  --trusted-proxy 127.0.0.1 >"$WORK/server.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 100); do curl -sf "$BASE/api/v1/health" >/dev/null && break; sleep 0.1; done
curl -sf "$BASE/api/v1/health" >/dev/null || { say "server did not start (see $WORK/server.log)"; exit 1; }

# Signs in: captcha, sign-in, then the password change the first sign-in requires.
sign_in() { # login password -> "cookie csrf"
  local captcha id answer body reply cookie
  captcha=$(curl -s "$BASE/api/v1/captcha")
  id=$(printf '%s' "$captcha" | sed -n 's/.*"id":"\([^"]*\)".*/\1/p')
  answer=$(sed -n "s/^$id //p" "$WORK/data/test-hooks/captcha-answers.log")
  body=$(printf '{"audience":"officer","login":"%s","password":"%s","captcha_id":"%s","captcha_answer":"%s"}' "$1" "$2" "$id" "$answer")
  reply=$(curl -s -D "$WORK/h.txt" -H 'Content-Type: application/json' --data "$body" "$BASE/api/v1/auth/login")
  cookie=$(sed -n 's/^Set-Cookie: \(pakn_session=[^;]*\).*/\1/Ip' "$WORK/h.txt" | tr -d '\r')
  printf '%s %s' "$cookie" "$(printf '%s' "$reply" | sed -n 's/.*"csrf_token":"\([^"]*\)".*/\1/p')"
}
read -r COOKIE CSRF <<<"$(sign_in audit.tiepnhan "$OTP")"
curl -s -o /dev/null -H "Cookie: $COOKIE" -H "X-CSRF-Token: $CSRF" -H 'Content-Type: application/json' \
  --data "{\"old_password\":\"$OTP\",\"new_password\":\"KiemThu2026pakn\"}" "$BASE/api/v1/me/password"
read -r COOKIE CSRF <<<"$(sign_in audit.tiepnhan KiemThu2026pakn)"
[ -n "$COOKIE" ] && [ -n "$CSRF" ] || { say "audit officer could not sign in"; exit 1; }

# ------------------------------------------------------------------ sqlmap
say "sqlmap (public and signed-in routes)"
run_sqlmap() { # name, sqlmap args...
  local name=$1; shift
  timeout 600 sqlmap --batch --flush-session --disable-coloring --level 2 --risk 1 --threads 4 \
    --output-dir "$WORK/sqlmap" "$@" >"$WORK/sqlmap-$name.log" 2>&1
  if grep -qiE "is vulnerable|sqlmap identified the following injection|parameter '.*' is '.*' injectable" \
       "$WORK/sqlmap-$name.log"; then echo injectable
  elif grep -qiE "do not appear to be injectable|does not seem to be injectable" "$WORK/sqlmap-$name.log"; then echo clean
  else echo unclear; fi
}
AUTH=(--headers "Cookie: $COOKIE
X-CSRF-Token: $CSRF")
declare -A SQL_TARGETS=(
  [public_reports]="-u $BASE/api/v1/public/reports?q=nha&category=giao_thong&commune=22366&page=1"
  [public_stats]="-u $BASE/api/v1/public/stats?from=2026-01-01&to=2026-12-31&category=giao_thong"
  [units]="-u $BASE/api/v1/public/units?q=nha"
  [lookup]="-u $BASE/api/v1/public/lookup/PAKN-2026-000001*"
  [report]="-u $BASE/api/v1/reports/1*"
)
declare -A SQL_SIGNED_IN=(
  [inbox]="-u $BASE/api/v1/inbox?q=nha&status=submitted&category=giao_thong&commune=22366&channel=web&page=1"
  [dashboard]="-u $BASE/api/v1/officer/dashboard?unit=1"
  [intake_json]="-u $BASE/api/v1/reports --data {\"title\":\"Kiem tra\",\"content\":\"Noi dung kiem tra an ninh\",\"category_code\":\"giao_thong\",\"channel\":\"hotline\",\"reporter_name\":\"Nguyen Van A\",\"reporter_phone\":\"0905123456\",\"submit\":true}"
)
injectable=0 unclear=0 targets=0
for name in "${!SQL_TARGETS[@]}"; do
  # shellcheck disable=SC2086
  r=$(run_sqlmap "$name" ${SQL_TARGETS[$name]})
  targets=$((targets + 1)); [ "$r" = injectable ] && injectable=$((injectable + 1)); [ "$r" = unclear ] && unclear=$((unclear + 1))
done
for name in "${!SQL_SIGNED_IN[@]}"; do
  # shellcheck disable=SC2086
  r=$(run_sqlmap "$name" ${SQL_SIGNED_IN[$name]} "${AUTH[@]}")
  targets=$((targets + 1)); [ "$r" = injectable ] && injectable=$((injectable + 1)); [ "$r" = unclear ] && unclear=$((unclear + 1))
done
if [ $injectable -eq 0 ] && [ $unclear -eq 0 ]; then
  verdict sqlmap PASS "0 injectable parameters in $targets targets (query, path and JSON; anonymous and signed in)"
else
  verdict sqlmap FAIL "$injectable injectable, $unclear unclear of $targets targets (logs: $WORK/sqlmap-*.log)"
fi

# ------------------------------------------------------------------ slowhttptest
# Probes health every half second while `attack` runs; echoes "max_seconds failures".
probe_during() {
  local until=$((SECONDS + SECONDS_PER_ATTACK)) worst=0 failures=0 t
  while [ $SECONDS -lt $until ]; do
    t=$(curl -s -o /dev/null --max-time 1 -w '%{http_code} %{time_total}' "$BASE/api/v1/health")
    if [ "${t%% *}" != 200 ]; then failures=$((failures + 1)); else
      worst=$(awk -v a="$worst" -v b="${t#* }" 'BEGIN{print (b>a)?b:a}'); fi
    sleep 0.5
  done
  echo "$worst $failures"
}
slow_attack() { # name, slowhttptest mode flags...
  local name=$1; shift
  slowhttptest -c 1000 -i 5 -r 200 -s 8192 -l "$SECONDS_PER_ATTACK" -p 2 -g -o "$WORK/slow-$name" "$@" \
    >"$WORK/slow-$name.log" 2>&1 &
  local pid=$!
  sleep 2
  read -r worst failures <<<"$(probe_during)"
  wait "$pid" 2>/dev/null
  if [ "$failures" -eq 0 ]; then
    verdict "$name" PASS "1000 connections for ${SECONDS_PER_ATTACK} s; health always answered, slowest ${worst} s"
  else
    verdict "$name" FAIL "$failures health probes failed or took over 1 s (log: $WORK/slow-$name.log)"
  fi
}
say "slowhttptest slowloris"
slow_attack slowloris -H -t GET -u "$BASE/api/v1/health" -x 24
say "slowhttptest slow body"
slow_attack "slow body" -B -t POST -u "$BASE/api/v1/auth/login" -x 24

# ------------------------------------------------------------------ testssl.sh
say "nginx profile and the server's own TLS for testssl.sh"
HTTPS_PORT=$(free_port) HTTP_PORT=$(free_port) OWN_TLS_PORT=$(free_port)
mkdir -p "$WORK/nginx/logs" "$WORK/nginx/tmp"
sed -e "s|@UPSTREAM@|127.0.0.1:$PORT|" -e "s|@HTTP_LISTEN@|127.0.0.1:$HTTP_PORT|" \
    -e "s|@HTTPS_LISTEN@|127.0.0.1:$HTTPS_PORT|" -e "s|@SERVER_NAME@|localhost|" \
    -e "s|@CERT@|$WORK/cert.pem|" -e "s|@KEY@|$WORK/key.pem|" -e "s|@RESOLVER@|127.0.0.1|" \
    "$ROOT/tools/deploy/nginx-pakn.conf.in" >"$WORK/nginx/pakn.conf"
cat >"$WORK/nginx/nginx.conf" <<NGINX
worker_processes 1;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/logs/error.log warn;
events { worker_connections 1024; }
http { access_log off; client_body_temp_path $WORK/nginx/tmp; proxy_temp_path $WORK/nginx/tmp; include $WORK/nginx/pakn.conf; }
NGINX
nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -g 'daemon off;' >"$WORK/nginx/out.log" 2>&1 &
PIDS+=($!)
"$SERVER" serve --port "$OWN_TLS_PORT" --data-dir "$WORK/data-tls" --web-root "$WEB" --no-request-log \
  --tls-cert "$WORK/cert.pem" --tls-key "$WORK/key.pem" >"$WORK/server-tls.log" 2>&1 &
PIDS+=($!)
sleep 2
# Findings about trusting a self-signed test certificate say nothing of the
# configuration: they are left out (the production certificate is a real one,
# with its CA's CRL/OCSP URIs: cert_revocation is the test certificate's lack).
TESTSSL_IGNORE='cert_revocation|cert_chain_of_trust|cert_trust|cert_notAfter|cert_expirationStatus|OCSP_stapling|cert_crlDistributionPoints|cert_ocspURL|DNS_CAArecord|cert_caIssuers|cert_commonName_wo_SNI|cert_subjectAltName|cert_trust_wildcard|cert_validityPeriod|cert_extlifeSpan|scanProblem'
TESTSSL=$(command -v testssl || command -v testssl.sh)
run_testssl() { # name url
  local json=$WORK/testssl-$1.json
  timeout 900 "$TESTSSL" --quiet --color 0 --warnings off --jsonfile "$json" --severity LOW "$2" >"$WORK/testssl-$1.log" 2>&1
  [ -s "$json" ] || { echo "no-report"; return; }
  grep -E '"severity" *: *"(HIGH|CRITICAL)"' -B4 "$json" | grep -E '"id"' | sed 's/.*"id" *: *"\([^"]*\)".*/\1/' |
    grep -vE "^($TESTSSL_IGNORE)" | sort -u | tr '\n' ' '
}
bad_nginx=$(run_testssl nginx "https://127.0.0.1:$HTTPS_PORT")
bad_own=$(run_testssl own "https://127.0.0.1:$OWN_TLS_PORT")
if [ -z "$bad_nginx" ] && [ -z "$bad_own" ]; then
  verdict testssl PASS "nginx profile and pakn-server's own TLS: no HIGH or CRITICAL finding (self-signed certificate trust findings excluded)"
else
  verdict testssl FAIL "nginx: ${bad_nginx:-none}; pakn-server: ${bad_own:-none} (reports: $WORK/testssl-*.json)"
fi

# ------------------------------------------------------------------ verdicts
echo
printf '%s\n' "${RESULTS[@]}"
exit $FAILED

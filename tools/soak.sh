#!/usr/bin/env bash
# tools/pakn soak [--minutes M] [--connections C] [--reports N] [--keep]
# A bounded mixed load (default 10 minutes at 256 keep-alive connections) over
# a seeded database: public statistics, lists, searches, one report, the map,
# and durable officer submissions, all at once. Samples the server's memory
# every 5 s and exits non-zero when any request failed or memory kept growing
# after warm-up. Not part of `tools/pakn test`: it is a release check.
set -euo pipefail
MINUTES=10 CONNECTIONS=256 N=50000 KEEP=0
while [ $# -gt 0 ]; do
  case $1 in
    --minutes) MINUTES=$2; shift ;;
    --connections) CONNECTIONS=$2; shift ;;
    --reports) N=$2; shift ;;
    --keep) KEEP=1 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
# shellcheck source=bench/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/bench/lib.sh"

say "seeding $N reports"
seed_reports "$N"
create_bench_officer
start_server
sign_in_bench_officer
write_submission_body "$WORK/submit.json"
REPORT_ID=$(first_published_id)
REPORTS_BEFORE=$(sqlite3 "$DATA/pakn.db" 'SELECT count(*) FROM reports')

SAMPLE_EVERY=5
# Anonymous memory (heap, SQLite page caches) is what a leak grows; file-backed
# resident pages are the database file mapped by SQLite (mmap_size), which
# grow with the file itself as submissions add rows, and which the kernel
# reclaims at will. Both are recorded; the verdict is on the anonymous part.
anon_file_kb() { awk '/RssAnon/{a=$2} /RssFile/{f=$2} END{print a, f}' "/proc/$1/status"; }
( while kill -0 "$SERVER_PID" 2>/dev/null; do anon_file_kb "$SERVER_PID"; sleep "$SAMPLE_EVERY"; done ) >"$WORK/rss" &
SAMPLER=$!
say "mixed load: $CONNECTIONS connections for $MINUTES min (memory sampled every ${SAMPLE_EVERY} s)"
summary=$(PAKN_BENCH_COOKIE="$COOKIE" PAKN_BENCH_CSRF="$CSRF" PAKN_BENCH_REPORT_ID="$REPORT_ID" \
  PAKN_BENCH_BODY="$WORK/submit.json" \
  wrk -t2 -c"$CONNECTIONS" -d"$((MINUTES * 60))s" --timeout 10s -s "$ROOT/tools/bench/mixed.lua" "$BASE" | tail -1)
kill "$SAMPLER" 2>/dev/null || true
alive=yes
kill -0 "$SERVER_PID" 2>/dev/null || alive=no
REPORTS_AFTER=$(sqlite3 "$DATA/pakn.db" 'SELECT count(*) FROM reports')
integrity=$(sqlite3 "$DATA/pakn.db" 'PRAGMA integrity_check')

# Memory is "flat" when the highest anonymous sample of the last quarter is
# within 10 % (or 16 MiB) of the highest of the second quarter: the first
# quarter is warm-up (caches, SQLite page cache, thread arenas fill once).
node - "$WORK/rss" "$summary" "$alive" "$((REPORTS_AFTER - REPORTS_BEFORE))" "$integrity" <<'JS'
const fs = require('fs');
const [rssFile, summaryLine, alive, added, integrity] = process.argv.slice(2);
const rows = fs.readFileSync(rssFile, 'utf8').trim().split('\n').map((l) => l.split(' ').map(Number));
const rss = rows.map((r) => r[0]).filter((x) => x > 0);
const mapped = rows.map((r) => r[1]).filter((x) => x > 0);
const s = JSON.parse(summaryLine);
const q = Math.max(1, Math.floor(rss.length / 4));
const second = Math.max(...rss.slice(q, 2 * q));
const last = Math.max(...rss.slice(rss.length - q));
const growth = last - second;
const flat = growth <= Math.max(second * 0.10, 16 * 1024);
const mib = (kb) => (kb / 1024).toFixed(0) + ' MiB';
console.log(`requests      ${s.requests} in ${s.seconds.toFixed(0)} s (${s.rps.toFixed(0)}/s), p50 ${s.p50_ms.toFixed(2)} ms, p99 ${s.p99_ms.toFixed(2)} ms`);
console.log(`errors        ${s.errors} (non-2xx ${s.non2xx})`);
console.log(`submissions   ${added} stored`);
console.log(`memory        anonymous: start ${mib(rss[0])}, 2nd-quarter max ${mib(second)}, last-quarter max ${mib(last)} → ${flat ? 'flat' : 'GROWING'}`);
console.log(`              mapped database pages: start ${mib(mapped[0])}, end ${mib(mapped[mapped.length - 1])} (grow with the file)`);
console.log(`server        ${alive === 'yes' ? 'alive' : 'DIED'}; integrity_check ${integrity}`);
const ok = s.errors === 0 && flat && alive === 'yes' && integrity === 'ok' && Number(added) > 0;
console.log(ok ? 'soak: ok' : 'soak: FAILED');
process.exit(ok ? 0 : 1);
JS

// Turns the bench's JSON lines into ratios against their baselines, a
// Markdown table and a JSON file.
'use strict';
const fs = require('fs');
const [, , input, jsonOut, mdOut] = process.argv;
const rows = fs.readFileSync(input, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const by = Object.fromEntries(rows.map((r) => [r.name, r]));
const nginx = by.nginx_static ? by.nginx_static.rps : NaN;
const raw = by.sqlite_raw_durable ? by.sqlite_raw_durable.rps : NaN;
const fmt = (x, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : '–');
const lines = [];
const targets = [];
lines.push('| measurement | requests/s | p50 ms | p95 ms | p99 ms | errors | server RSS MiB | ratio | target |');
lines.push('|---|---:|---:|---:|---:|---:|---:|---:|---|');
const row = (name, label, baseline, target, ok) => {
  const r = by[name];
  if (!r) return;
  const ratio = baseline ? r.rps / baseline : NaN;
  lines.push(`| ${label} | ${fmt(r.rps)} | ${fmt(r.p50_ms, 2)} | ${fmt(r.p95_ms, 2)} | ${fmt(r.p99_ms, 2)} | ${r.errors ?? '–'} | ${r.peak_rss_kb ? Math.round(r.peak_rss_kb / 1024) : '–'} | ${Number.isFinite(ratio) ? (ratio * 100).toFixed(0) + '%' : '–'} | ${target}${target ? (ok(r, ratio) ? ' ✔' : ' ✘') : ''} |`);
  if (target) targets.push({ name, target, met: ok(r, ratio) });
};
row('nginx_static', 'nginx static stats JSON (baseline)', null, '', () => true);
row('stats', 'GET /public/stats', nginx, '≥ 75% of nginx', (r, q) => q >= 0.75);
row('one_report', 'GET one published report', nginx, '≥ 40% of nginx', (r, q) => q >= 0.40);
row('search_common', 'public search, common word, repeated (cache)', null, '', () => true);
row('search_rare', 'public search, rare words, repeated (cache)', null, '', () => true);
row('search_distinct_1', 'public search, distinct queries, 1 connection (index)', null, 'p95 < 30 ms', (r) => r.p95_ms < 30);
row('search_distinct', 'public search, distinct queries, full load (index)', null, '', () => true);
row('submissions', 'authenticated submissions (durable)', raw, '≥ 50% of raw SQLite and ≥ 2000/s', (r, q) => q >= 0.5 && r.rps >= 2000);
row('sqlite_raw_durable', 'SQLite raw durable inserts (baseline)', null, '', () => true);
lines.push('');
lines.push('| web bundle | raw bytes | gzip bytes |');
lines.push('|---|---:|---:|');
let gz = 0;
for (const r of rows.filter((x) => x.name.startsWith('bundle_'))) {
  lines.push(`| ${r.name.replace('bundle_', '')} | ${r.raw} | ${r.gzip} |`);
  if (r.name !== 'bundle_fonts_embedded') gz += r.gzip;  // fonts are inside pakn.wasm
}
lines.push(`| total transferred (gzip) | | ${gz} ${gz <= 3 * 1024 * 1024 ? '✔ ≤ 3 MB' : '✘ > 3 MB'} |`);
lines.push('');
if (by.first_frame) {
  const f = by.first_frame;
  lines.push(`First frame in headless Chromium: median ${f.median_ms} ms (${f.all_ms.join(', ')}) ${f.median_ms <= 2000 ? '✔' : '✘'} target ≤ 2 s`);
  if (f.warm) lines.push(`First frame, warm (a second visit): median ${f.warm.median_ms} ms (${f.warm.all_ms.join(', ')}) ${f.warm.median_ms <= 500 ? '✔' : '✘'} target ≤ 0.5 s`);
  if (f.warm_fast3g) lines.push(`First frame on Fast 3G, a second visit: median ${f.warm_fast3g.median_ms} ms (${f.warm_fast3g.all_ms.join(', ')})`);
  if (f.fast3g) lines.push(`First frame on Fast 3G (1.6 Mbit/s, 150 ms RTT), empty cache: median ${f.fast3g.median_ms} ms (${f.fast3g.all_ms.join(', ')}) ${f.fast3g.median_ms <= 2500 ? '✔' : '✘'} target ≤ 2.5 s`);
}
if (by.idle_tab) {
  const i = by.idle_tab;
  const ok = i.frames_drawn === 0 && i.cpu_percent <= 1;
  lines.push(`Idle tab (${i.seconds} s, no input): ${i.frames_drawn} frames drawn, main thread ${i.task_ms} ms = ${i.cpu_percent} % of a core ${ok ? '✔' : '✘'} target 0 frames, ~0 %`);
}
if (by.memory) lines.push(`Server memory: ${Math.round(by.memory.rest_kb / 1024)} MiB at rest, ${Math.round(by.memory.peak_kb / 1024)} MiB peak under load`);
if (by.seed) lines.push(`Seeding: ${by.seed.reports} reports in ${fmt(by.seed.seconds)} s (${fmt(by.seed.reports / by.seed.seconds, 0)}/s)`);
const md = lines.join('\n') + '\n';
fs.writeFileSync(mdOut, md);
fs.writeFileSync(jsonOut, JSON.stringify({ rows, targets }, null, 2));
process.stdout.write(md);

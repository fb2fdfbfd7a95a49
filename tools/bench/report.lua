-- wrk script: prints the run's figures as one JSON line (p50/p95/p99 in ms),
-- and sends keep-alive (Pistache 0.0.5 closes connections without it).
wrk.headers["Connection"] = "keep-alive"
local extra = os.getenv("PAKN_BENCH_HEADERS")
if extra then
  for h in string.gmatch(extra, "[^|]+") do
    local k, v = string.match(h, "^([^:]+):%s*(.*)$")
    if k then wrk.headers[k] = v end
  end
end
local body_file = os.getenv("PAKN_BENCH_BODY")
if body_file then
  local f = io.open(body_file, "rb")
  wrk.body = f:read("*a")
  f:close()
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
end

function done(summary, latency, requests)
  local secs = summary.duration / 1e6
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status +
                 summary.errors.timeout
  io.write(string.format(
    '{"requests":%d,"seconds":%.3f,"rps":%.1f,"p50_ms":%.3f,"p95_ms":%.3f,"p99_ms":%.3f,"errors":%d,"non2xx":%d}\n',
    summary.requests, secs, summary.requests / secs, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, errors, summary.errors.status))
end

-- wrk script for the soak: every connection cycles through a mix shaped like a
-- public day (mostly statistics, lists and searches; some officer intake), so
-- caches, the database and the write path are all exercised at once. Prints
-- the same one-line JSON summary as report.lua.
wrk.headers["Connection"] = "keep-alive"
local cookie = os.getenv("PAKN_BENCH_COOKIE")
local csrf = os.getenv("PAKN_BENCH_CSRF")
local published = os.getenv("PAKN_BENCH_REPORT_ID") or "1"
local body_file = os.getenv("PAKN_BENCH_BODY")
local submission = ""
if body_file then
  local f = io.open(body_file, "rb")
  submission = f:read("*a")
  f:close()
end

local gets = {
  "/api/v1/public/stats",
  "/api/v1/public/stats",
  "/api/v1/public/stats?category=giao_thong_van_tai",
  "/api/v1/public/reports",
  "/api/v1/public/reports?q=duong",
  "/api/v1/public/reports?q=nguyen+thien+thuat",
  "/api/v1/public/reports/" .. published,
  "/api/v1/public/map",
  "/api/v1/public/announcements",
  "/api/v1/health",
}
local counter = 0

function request()
  counter = counter + 1
  -- one request in ten is a durable submission from the hotline desk
  if cookie and counter % 10 == 0 then
    return wrk.format("POST", "/api/v1/reports",
      {["Content-Type"] = "application/json", ["Cookie"] = cookie, ["X-CSRF-Token"] = csrf}, submission)
  end
  return wrk.format("GET", gets[(counter % #gets) + 1])
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

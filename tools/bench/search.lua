-- wrk script: public searches that the server's cache cannot answer. Every
-- request combines one or two words people search for with a page number so
-- that (words, page) repeats rarely within a run: what is measured is the
-- full-text index over the whole database, not the cache.
wrk.headers["Connection"] = "keep-alive"
local words = {
  "duong", "nuoc", "ngap", "rac", "thai", "den", "cay", "xanh", "ho", "ga", "dien", "mat", "ong", "cong",
  "via", "he", "lan", "chiem", "tieng", "on", "truong", "hoc", "benh", "vien", "cho", "bai", "bien", "cau",
  "nha", "trang", "cam", "ranh", "ninh", "hoa", "tran", "phu", "nguyen", "le", "loi", "khanh",
}
local counter = 0
local thread_seed = 0

function setup(thread)
  thread_seed = thread_seed + 7919
  thread:set("seed", thread_seed)
end

function init(args)
  counter = seed or 0
end

function request()
  counter = counter + 1
  local a = words[(counter % #words) + 1]
  local b = words[((counter * 7 + 3) % #words) + 1]
  local q = (counter % 3 == 0) and a or (a .. "+" .. b)
  local page = (math.floor(counter / #words) % 50) + 1
  return wrk.format("GET", "/api/v1/public/reports?q=" .. q .. "&page=" .. page)
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

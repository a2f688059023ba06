-- wrk script for bench/matching: GET /api/v1/needs/{id}/candidates?limit=20 as staff, spreading the requests over
-- the needs in the file BENCH_NEEDS_FILE ("need-id bearer-token" a line; bench/matching writes it: each need with
-- the token of a staff member whose province holds it). Each thread starts at another place in the list so that
-- the connections do not ask for the same need at the same moment.
-- Written for wrk's LuaJIT (Lua 5.1).

local needs = {}
local threads = {}
local counter = 1

local function load_needs()
  local path = os.getenv("BENCH_NEEDS_FILE")
  if not path then error("BENCH_NEEDS_FILE is not set") end
  local list = {}
  for line in io.lines(path) do
    local id, token = line:match("^(%S+) (%S+)$")
    if id then list[#list + 1] = { id = id, auth = "Bearer " .. token } end
  end
  if #list == 0 then error("no needs in " .. path) end
  return list
end

function setup(thread)
  thread:set("first", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

function init(args)
  needs = load_needs()
  -- first is 1, 2, ... per thread; spread the threads' starting points over the list
  local n = tonumber(first) or 1
  position = math.floor((n - 1) * #needs / 8) % #needs -- wrk runs 2 threads here; 8 leaves room
  statuses = {}
end

function request()
  position = position % #needs + 1
  local need = needs[position]
  return wrk.format("GET", "/api/v1/needs/" .. need.id .. "/candidates?limit=20", { Authorization = need.auth })
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local total = {}
  for _, t in ipairs(threads) do
    for code, n in pairs(t:get("statuses") or {}) do
      total[code] = (total[code] or 0) + n
    end
  end
  local other, codes = 0, {}
  for code, n in pairs(total) do
    if code ~= 200 then
      other = other + n
      codes[#codes + 1] = code
    end
  end
  table.sort(codes)
  io.write(string.format("matching.lua: 200=%d non200=%d\n", total[200] or 0, other))
  for _, code in ipairs(codes) do
    io.write(string.format("matching.lua: status %d: %d\n", code, total[code]))
  end
  io.write(string.format("matching.lua: p50 %.2f ms p95 %.2f ms p99 %.2f ms\n", latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end

-- wrk script for bench/signup: POST /api/v1/volunteers with a fresh, valid Iranian national ID per request.
--
-- Read from the environment (bench/signup sets them):
--   BENCH_NEIGHBOURHOOD_ID  integer, an existing neighbourhood id
--   BENCH_SKILLS            three (1..30) existing skill codes, comma-separated
--   BENCH_CAMPAIGN_ID       integer, the campaign to sign up for
--   BENCH_ID_OFFSET         integer 0..99999999; each run uses another offset so runs never reuse IDs
--                           (a first script argument after `--` overrides it)
--
-- National IDs: 9-digit body = thread index * 10^8 + offset + per-thread counter, then the checksum digit
-- (DOMAIN.md: s = sum d_i * (10 - i) for i = 0..8, r = s mod 11, check = r if r < 2 else 11 - r).
-- Threads own disjoint 10^8 blocks, so they never collide; all-same-digit codes are skipped.
-- Written for wrk's LuaJIT (Lua 5.1) and also runs under Lua 5.3/5.4 (the offline test loads it there).

local M = {}

local BLOCK = 100000000 -- 10^8 bodies per thread

-- The checksum digit of a 9-digit body given as a string.
function M.check_digit(body9)
  local sum = 0
  for i = 1, 9 do
    sum = sum + (body9:byte(i) - 48) * (11 - i)
  end
  local r = sum % 11
  if r < 2 then return r end
  return 11 - r
end

-- The 10-digit national ID for a body number 0..999999999.
function M.national_id(n)
  local body9 = string.format("%09d", n)
  return string.format("%s%d", body9, M.check_digit(body9))
end

function M.all_same_digit(id)
  return id == string.rep(id:sub(1, 1), #id)
end

-- DOMAIN.md's rule, written independently of the generator (used by the offline test).
function M.is_valid(id)
  if not id:match("^%d%d%d%d%d%d%d%d%d%d$") or M.all_same_digit(id) then return false end
  local s = 0
  for i = 0, 8 do s = s + (id:byte(i + 1) - 48) * (10 - i) end
  local r = s % 11
  local d9 = id:byte(10) - 48
  return (r < 2 and d9 == r) or (r >= 2 and d9 == 11 - r)
end

-- A generator for one thread: returns a function giving the next (national ID, mobile) pair.
function M.generator(thread_index, offset)
  if thread_index < 0 or thread_index > 9 then error("signup.lua: at most 10 wrk threads (index 0..9)") end
  if offset < 0 or offset >= BLOCK then error("signup.lua: BENCH_ID_OFFSET must be 0.." .. (BLOCK - 1)) end
  local counter = 0
  return function()
    while true do
      counter = counter + 1
      if offset + counter >= BLOCK then error("signup.lua: national ID block of this thread exhausted") end
      local n = thread_index * BLOCK + offset + counter
      local id = M.national_id(n)
      if not M.all_same_digit(id) then
        return id, string.format("0912%07d", n % 10000000)
      end
    end
  end
end

local function json_string(s)
  return '"' .. s:gsub('[%c"\\]', function(c) return string.format("\\u%04x", c:byte()) end) .. '"'
end

local function getenv_required(name)
  local v = os.getenv(name)
  if v == nil or v == "" then error("signup.lua: environment variable " .. name .. " is not set") end
  return v
end

-- Everything in the body but the national ID and the mobile, as a format string with two %s.
function M.body_template(neighbourhood_id, skill_codes, campaign_id)
  local skills = {}
  for code in skill_codes:gmatch("[^,%s]+") do
    skills[#skills + 1] = '{"code":' .. json_string(code) .. ',"level":3}'
  end
  if #skills == 0 then error("signup.lua: BENCH_SKILLS holds no skill code") end
  local template = '{"nationalId":"%s","mobile":"%s",'
    .. '"firstName":"سارا","lastName":"رضایی","birthDate":"1990-03-21","gender":"FEMALE",'
    .. '"neighbourhoodId":' .. string.format("%d", tonumber(neighbourhood_id)) .. ','
    .. '"skills":[' .. table.concat(skills, ",") .. '],'
    .. '"availability":[{"day":"SATURDAY","from":"09:00","to":"12:00"}],'
    .. '"languages":["fa"],"maxTravelKm":5,'
    .. '"campaignId":' .. string.format("%d", tonumber(campaign_id)) .. ','
    .. '"consent":{"dataProcessing":true}}'
  return template
end

-- Loaded as a module by the offline test; the wrk callbacks below only matter inside wrk.
if wrk == nil then return M end

-- ---- wrk callbacks -------------------------------------------------------------------------------------------
-- setup() and done() run in the main Lua state; init(), request() and response() in each thread's own state.

local threads = {}
local thread_count = 0

function setup(thread)
  thread:set("thread_index", thread_count)
  thread_count = thread_count + 1
  table.insert(threads, thread)
end

local next_signup, template
local headers = {
  ["Content-Type"] = "application/json",
  ["Accept"] = "application/json",
  ["Accept-Language"] = "fa",
}
-- Globals, so that done() can read them from each thread with thread:get(): statuses counts the answers by HTTP
-- status, sent the requests written. Requests sent but never answered were in flight when wrk stopped (or timed out):
-- the service may still have committed them.
statuses = {}
sent = 0

function init(args)
  local offset = tonumber(args[1] or os.getenv("BENCH_ID_OFFSET") or "0")
  next_signup = M.generator(thread_index, offset)
  template = M.body_template(getenv_required("BENCH_NEIGHBOURHOOD_ID"), getenv_required("BENCH_SKILLS"),
    getenv_required("BENCH_CAMPAIGN_ID"))
end

function request()
  local national_id, mobile = next_signup()
  sent = sent + 1
  return wrk.format("POST", nil, headers, string.format(template, national_id, mobile))
end

function response(status, hdrs, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local total, total_sent = {}, 0
  for _, t in ipairs(threads) do
    total_sent = total_sent + (t:get("sent") or 0)
    for code, n in pairs(t:get("statuses") or {}) do
      total[code] = (total[code] or 0) + n
    end
  end
  local created, other, codes = total[201] or 0, 0, {}
  local answered = 0
  for code, n in pairs(total) do
    answered = answered + n
    if code ~= 201 then
      other = other + n
      codes[#codes + 1] = code
    end
  end
  table.sort(codes)
  io.write(string.format("signup.lua: 201=%d non201=%d\n", created, other))
  for _, code in ipairs(codes) do
    io.write(string.format("signup.lua: status %d: %d\n", code, total[code]))
  end
  -- wrk 4 calls request() once more, on the first thread after init(), to check the script; nothing is sent then.
  total_sent = total_sent - 1
  io.write(string.format("signup.lua: sent=%d answered=%d unanswered=%d\n", total_sent, answered,
    total_sent - answered))
  local e = summary.errors
  io.write(string.format("signup.lua: socket errors connect=%d read=%d write=%d timeout=%d\n",
    e.connect, e.read, e.write, e.timeout))
end

-- wrk script for bench/fault: bench/signup.lua's sign-ups (same bodies, same status counts), at a steady rate, with
-- the id of every acknowledged (201) sign-up written to a file so that bench/fault can look each one up afterwards.
--
-- Read from the environment besides bench/signup.lua's variables (bench/fault sets them):
--   BENCH_ACK_DIR     directory for ack-<thread>.txt, one volunteer id per line
--   BENCH_DELAY_MS    pause before each request of a connection (connections * 1000 / rate)

dofile("bench/signup.lua")

local signup_setup, signup_init, signup_response, signup_done = setup, init, response, done
local fault_threads = {}
-- Globals, read by done() from each thread: 503s that lack Retry-After or are not problem+json.
no_retry_after = 0
not_problem = 0

function setup(thread)
  signup_setup(thread)
  table.insert(fault_threads, thread)
end
local ack_file
local delay_ms = tonumber(os.getenv("BENCH_DELAY_MS") or "0")

function init(args)
  signup_init(args)
  local dir = os.getenv("BENCH_ACK_DIR") or error("fault.lua: BENCH_ACK_DIR is not set")
  ack_file = assert(io.open(string.format("%s/ack-%d.txt", dir, thread_index), "w"))
  ack_file:setvbuf("line")
end

function delay()
  return delay_ms
end

function response(status, hdrs, body)
  signup_response(status, hdrs, body)
  if status == 503 then
    if not (hdrs["Retry-After"] or hdrs["retry-after"]) then no_retry_after = no_retry_after + 1 end
    local type = hdrs["Content-Type"] or hdrs["content-type"] or ""
    if not type:find("application/problem+json", 1, true) then not_problem = not_problem + 1 end
  elseif status == 201 then
    local location = hdrs["Location"] or hdrs["location"] or ""
    local id = location:match("([0-9a-f%-]+)$")
    if id then ack_file:write(id, "\n") end
  end
end

function done(summary, latency, requests)
  signup_done(summary, latency, requests)
  local missing, plain = 0, 0
  for _, t in ipairs(fault_threads) do
    missing = missing + (t:get("no_retry_after") or 0)
    plain = plain + (t:get("not_problem") or 0)
  end
  io.write(string.format("fault.lua: 503 without Retry-After=%d 503 not problem+json=%d\n", missing, plain))
end

-- wrk script for bench/fault: bench/signup.lua's sign-ups (same bodies, same status counts), at a steady rate, with
-- the id of every acknowledged (201) sign-up written to a file so that bench/fault can look each one up afterwards.
--
-- Read from the environment besides bench/signup.lua's variables (bench/fault sets them):
--   BENCH_ACK_DIR     directory for ack-<thread>.txt, one volunteer id per line
--   BENCH_DELAY_MS    pause before each request of a connection (connections * 1000 / rate)

dofile("bench/signup.lua")

local signup_init, signup_response = init, response
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
  if status == 201 then
    local location = hdrs["Location"] or hdrs["location"] or ""
    local id = location:match("([0-9a-f%-]+)$")
    if id then ack_file:write(id, "\n") end
  end
end

-- Offline test of bench/signup.lua's national ID generator, without wrk or the service.
-- Run from the repo root: lua5.4 bench/signup-lua-test.lua   (apt-get install lua5.4; luajit works too)
local M = dofile("bench/signup.lua")
local failures = 0
local function check(cond, msg)
  if not cond then
    failures = failures + 1
    print("FAIL: " .. msg)
  end
end

-- DOMAIN.md's worked example.
check(M.national_id(8457594) == "0084575948", "body 008457594 must give 0084575948, got " .. M.national_id(8457594))
check(M.is_valid("0084575948"), "0084575948 must be valid")
for d = 0, 9 do
  if d ~= 8 then check(not M.is_valid("008457594" .. d), "008457594" .. d .. " must be invalid") end
end
check(not M.is_valid("1111111111"), "all-same-digit code must be rejected")
check(not M.is_valid("0000000000"), "all-same-digit code must be rejected")

-- Every generated ID is valid, 10 digits, never all-same, and unique across threads and runs
-- (warm-up offset 0, measured offset 50,000,000, as bench/signup passes them).
local seen, count = {}, 0
for _, offset in ipairs({ 0, 50000000 }) do
  for thread = 0, 1 do
    local next_signup = M.generator(thread, offset)
    for _ = 1, 200000 do
      local id, mobile = next_signup()
      count = count + 1
      if not M.is_valid(id) then check(false, "invalid ID " .. id) end
      if seen[id] then check(false, "duplicate ID " .. id) end
      if not mobile:match("^0912%d%d%d%d%d%d%d$") then check(false, "bad mobile " .. mobile) end
      seen[id] = true
    end
  end
end

-- The all-same-digit code 1111111111 (body 111111111 = thread 1, offset + counter = 11111111) is skipped.
local next_signup = M.generator(1, 11111109)
local a, b = next_signup(), next_signup()
check(a == M.national_id(111111110), "expected body 111111110 first, got " .. a)
check(b == M.national_id(111111112), "expected 1111111111 to be skipped, got " .. b)

-- The body template is valid-looking JSON with the IDs in place.
local body = string.format(M.body_template("7", "elderly-care,teaching, it", "1"), "0084575948", "09120000001")
check(body:find('"nationalId":"0084575948"', 1, true), "nationalId missing in " .. body)
check(body:find('"skills":[{"code":"elderly-care","level":3},{"code":"teaching","level":3},{"code":"it","level":3}]',
  1, true), "skills wrong in " .. body)
check(body:find('"neighbourhoodId":7,', 1, true) and body:find('"campaignId":1,', 1, true), "ids wrong in " .. body)

if failures == 0 then
  print(string.format("signup-lua-test: OK (%d generated IDs checked)", count))
else
  print(string.format("signup-lua-test: %d failure(s)", failures))
end
os.exit(failures == 0 and 0 or 1)

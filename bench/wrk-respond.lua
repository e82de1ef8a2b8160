-- wrk script for bench/run-web.sh: each request is a new consultation response with its own idempotency key.
local n = 0
local thread_id = 0
local counter = 1
function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
end
function init(args)
  thread_id = id
  run = os.time()
end
function request()
  n = n + 1
  local key = "wrk-" .. run .. "-" .. thread_id .. "-" .. n
  return wrk.format("POST", "/api/consultations/healthcare-for-london-2008/responses",
    {["Content-Type"] = "application/json", ["Idempotency-Key"] = key},
    '{"text": "Load test response ' .. key .. ': keep the walk-in centre open in the evenings.", ' ..
    '"respondent_type": "individual", "answers": {"q1_polyclinics": "support"}}')
end

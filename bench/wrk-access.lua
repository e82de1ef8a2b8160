-- wrk script for bench/run-web.sh: each request asks for the access of a random London area (codes in areas.txt,
-- given as the first script argument).
local codes = {}
function init(args)
  for line in io.lines(args[1]) do codes[#codes + 1] = line end
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16) % 1000)
end
function request()
  return wrk.format("GET", "/api/areas/" .. codes[math.random(#codes)] .. "/access")
end

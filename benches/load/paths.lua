-- wrk script: walks the request paths in a file round-robin, one GET each.
-- usage: wrk ... -s paths.lua http://HOST:PORT -- FILE
-- Requests are formatted once in init so that wrk's own core spends its time on sockets,
-- not on Lua string building. Each wrk thread has its own Lua state and walks the list
-- from its own start.

local requests = {}
local next_index = 1

function init(args)
  local file = assert(args[1], "paths.lua needs the paths file after --")
  for path in io.lines(file) do
    if path ~= "" then
      requests[#requests + 1] = wrk.format("GET", path)
    end
  end
  assert(#requests > 0, "no paths in " .. file)
end

function request()
  local r = requests[next_index]
  next_index = next_index % #requests + 1
  return r
end

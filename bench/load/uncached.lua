-- wrk script: every request carries a query key the page ignores but the output cache varies on
-- (?miss=<thread>-<n>), so each answer is rendered afresh: the cache-miss cost of a page or API read.
dofile("bench/load/report.lua")

local threads = 0
setup = function(thread)
   threads = threads + 1
   thread:set("id", threads)
end

local counter = 0
request = function()
   counter = counter + 1
   return wrk.format(nil, wrk.path .. "?miss=" .. tostring(id) .. "-" .. counter)
end

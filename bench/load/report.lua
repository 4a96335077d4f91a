-- wrk script: at the end of a run, print one line with the numbers bench/load/atlas.sh records.
-- wrk --latency prints p50/p75/p90/p99 only; p95 (the DESIGN §6 bar) comes from here.
-- Latencies are in microseconds; duration in microseconds.
done = function(summary, latency, requests)
   local socket = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
   io.write(string.format("REGIE %d %.1f %.3f %.3f %.3f %.3f %d %d %.1f\n",
      summary.requests,
      summary.requests / (summary.duration / 1e6),
      latency:percentile(50) / 1000,
      latency:percentile(95) / 1000,
      latency:percentile(99) / 1000,
      latency.max / 1000,
      summary.errors.status,
      socket,
      summary.requests > 0 and summary.bytes / summary.requests / 1024 or 0))
end

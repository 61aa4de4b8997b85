/**
 * Counts only: Durable Object calls, rows written and shard calls per request for each (a)
 * configuration of the bench, one round with a fixed request count. For checking a change
 * before running the (noisy, slow) throughput bench; the guard's configurations only.
 * `node scripts/node22.mjs scripts/bench/io-count.ts [requests per configuration]`
 */
import { PROXY_RUNS, benchProxy } from "./proxy.ts";

const requests = Number(process.argv[2] ?? 2000);
const guardOnly = PROXY_RUNS.filter((n) => n.startsWith("guard"));
const rows = await benchProxy({ concurrency: 32, maxRequests: requests, maxMs: 30_000, rounds: 1 }, (l) => process.stderr.write(`  ${l}\n`), guardOnly);
const f = (n: number) => n.toFixed(3);
console.log("run                                   requests   req/s  p99 ms  DO calls/req  rows/req  shard calls/req  leased  waited  timers/req");
for (const name of PROXY_RUNS) {
  for (const r of rows.filter((x) => x.name === name)) {
    const n = r.result.requests;
    console.log(`${name.padEnd(37)} ${String(n).padStart(8)} ${r.result.rps.toFixed(0).padStart(7)} ${r.result.p99.toFixed(0).padStart(7)} ${f(r.io.doCalls / n).padStart(13)} ${f(r.io.rowsWritten / n).padStart(9)} ${f(r.io.shardCalls / n).padStart(16)} ${f(r.io.leasedAdmits / n).padStart(7)} ${f(r.io.leaseWaits / n).padStart(7)} ${f(r.io.timers / n).padStart(11)}`);
  }
}

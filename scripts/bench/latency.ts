/**
 * Latency at a fixed arrival rate alone (the open-loop part of `npm run bench` (a)): the bare
 * proxy, the guard's hot key and its 50 keys, interleaved, about a minute.
 *
 *   node scripts/node22.mjs scripts/bench/latency.ts [rate] [requests] [rounds]
 */
import { OPEN_RUNS, benchProxy } from "./proxy.ts";

const rate = Number(process.argv[2] ?? 200);
const requests = Number(process.argv[3] ?? 2400);
const rounds = Number(process.argv[4] ?? 2);
const rows = await benchProxy(
  { concurrency: 32, maxRequests: 0, maxMs: 0, rounds, open: { rate, requests, maxMs: Math.ceil((requests / rate) * 1000 * 1.5) } },
  (l) => process.stderr.write(`  ${l}\n`),
  OPEN_RUNS,
  false,
);
const base = (round: number) => rows.find((r) => r.round === round && r.name.startsWith("bare proxy"))!.result;
console.log("run                                   round   p50 ms  p99 ms  added p50  added p99  late  DO calls/req");
for (const r of rows) {
  const b = base(r.round);
  const n = r.result.requests;
  console.log(
    `${r.name.padEnd(37)} ${String(r.round).padStart(5)} ${r.result.p50.toFixed(1).padStart(8)} ${r.result.p99.toFixed(1).padStart(7)} ` +
      `${(r.result.p50 - b.p50).toFixed(1).padStart(10)} ${(r.result.p99 - b.p99).toFixed(1).padStart(10)} ${String(r.open?.late ?? 0).padStart(5)} ${(r.io.doCalls / n).toFixed(3).padStart(13)}`,
  );
}

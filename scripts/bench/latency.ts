/**
 * Latency at a fixed arrival rate alone (the open-loop part of `npm run bench` (a)): the bare
 * proxy, the guard's hot key and its 50 keys, interleaved, about a minute.
 *
 *   node scripts/node22.mjs scripts/bench/latency.ts [rate] [requests] [rounds]
 */
import { OPEN_RUNS, benchProxy, latencyAtRate } from "./proxy.ts";

const arg = (i: number, dflt: number, max: number): number => {
  const raw = process.argv[i];
  const v = raw === undefined ? dflt : Number(raw);
  if (!Number.isInteger(v) || v < 1 || v > max) {
    console.error(`usage: latency.ts [rate 1-2000] [requests 1-20000] [rounds 1-5]; got ${JSON.stringify(raw)}`);
    process.exit(2);
  }
  return v;
};
const rate = arg(2, 200, 2000);
const requests = arg(3, 2400, 20_000);
const rounds = arg(4, 2, 5);
const rows = await benchProxy(
  { concurrency: 32, maxRequests: 0, maxMs: 0, rounds, open: { rate, requests, maxMs: Math.ceil((requests / rate) * 1000 * 1.5) } },
  (l) => process.stderr.write(`  ${l}\n`),
  OPEN_RUNS,
  false,
);
console.log("run                                   round   p50 ms  p99 ms  added p50  added p99  late  DO calls/req");
for (const { round, row, addedP50, addedP99 } of latencyAtRate(rows, rate, rounds)) {
  const r = row.result;
  console.log(
    `${row.name.padEnd(37)} ${String(round).padStart(5)} ${r.p50.toFixed(1).padStart(8)} ${r.p99.toFixed(1).padStart(7)} ` +
      `${addedP50.toFixed(1).padStart(10)} ${addedP99.toFixed(1).padStart(10)} ${String(row.open?.late ?? 0).padStart(5)} ${(row.io.doCalls / r.requests).toFixed(3).padStart(13)}`,
  );
}

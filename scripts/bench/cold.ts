/**
 * The cold-key configuration against its floors only (one call + one row; two calls + two rows), interleaved for a few rounds: quicker than
 * the whole bench when changing the cold path (about 15 s a round). Ratios within each round are
 * the figures to read; calls and rows are counted as in the bench.
 * `node scripts/node22.mjs scripts/bench/cold.ts [rounds] [requests per run]`
 */
import { benchProxy } from "./proxy.ts";

const rounds = Number(process.argv[2] ?? 3);
const requests = Number(process.argv[3] ?? 2000);
const runs = ["floor: 1 DO call + 1 row, 1,000 keys", "floor: 2 DO calls + 2 rows, 1,000 keys", "guard, 1,000 cold keys"];
const rows = await benchProxy({ concurrency: 32, maxRequests: requests, maxMs: 8000, rounds }, (l) => process.stderr.write(`  ${l}\n`), runs);
const f = (n: number, d = 3) => n.toFixed(d);
console.log("round  run                                      requests   req/s  p99 ms  DO calls/req  rows/req  CPU ms/req  x floor  x two-call floor");
for (let round = 1; round <= rounds; round++) {
  const floor = rows.find((r) => r.round === round && r.name === runs[0])!;
  const floor2 = rows.find((r) => r.round === round && r.name === runs[1])!;
  for (const r of rows.filter((x) => x.round === round)) {
    const n = r.result.requests;
    console.log(`${String(round).padStart(5)}  ${r.name.padEnd(40)} ${String(n).padStart(8)} ${r.result.rps.toFixed(0).padStart(7)} ${r.result.p99.toFixed(0).padStart(7)} ${f(r.io.doCalls / n).padStart(13)} ${f(r.io.rowsWritten / n).padStart(9)} ${f(r.runtimeCpuMs / n).padStart(11)} ${f(r.result.rps / floor.result.rps, 2).padStart(8)} ${f(r.result.rps / floor2.result.rps, 2).padStart(17)}`);
  }
}

/**
 * Some of (a)'s closed-loop runs only, interleaved, with their ratio to the bare proxy of the same
 * round: for trying a change (or BENCH_LEASES settings) on one configuration without the whole bench.
 * `node scripts/node22.mjs scripts/bench/some.ts [rounds] "guard, 50 keys" ...` (the bare proxy always runs)
 */
import { PROXY_RUNS, benchProxy } from "./proxy.ts";

const rounds = Number(process.argv[2] ?? 2);
const names = process.argv.slice(3);
const unknown = names.filter((n) => !(PROXY_RUNS as readonly string[]).includes(n));
if (!Number.isInteger(rounds) || rounds < 1 || rounds > 10 || unknown.length) {
  console.error(`usage: some.ts [rounds 1-10] [run name ...]; runs: ${PROXY_RUNS.join(" | ")}${unknown.length ? `; unknown: ${unknown.join(", ")}` : ""}`);
  process.exit(2);
}
const only = ["bare proxy", ...(names.length ? names : PROXY_RUNS.filter((n) => n.startsWith("guard")))];
const rows = await benchProxy({ concurrency: 32, maxRequests: 6000, maxMs: 8000, rounds }, (l) => process.stderr.write(`  ${l}\n`), only);
console.log("run                                   round   req/s  p50 ms  p99 ms  x bare  DO calls/req  rows/req");
for (const r of rows) {
  const bare = rows.find((b) => b.round === r.round && b.name === "bare proxy")!;
  const n = r.result.requests;
  console.log(
    `${r.name.padEnd(37)} ${String(r.round).padStart(5)} ${r.result.rps.toFixed(0).padStart(7)} ${r.result.p50.toFixed(1).padStart(7)} ${r.result.p99.toFixed(1).padStart(7)} ${(r.result.rps / bare.result.rps).toFixed(2).padStart(7)} ${(r.io.doCalls / n).toFixed(3).padStart(13)} ${(r.io.rowsWritten / n).toFixed(3).padStart(9)}`,
  );
}

/**
 * What a non-streamed answer's read costs the guard: one hot key against the bench's origin, its
 * answers sent chunked (as an origin behind compression sends them: read by whole-body.ts, up to
 * 1 MiB and 2 s) and with a content-length (read natively), in interleaved rounds of 3,000
 * requests on one guard, with the runtime's CPU per request (counted in /proc) for each, and the
 * ratio of each round's pair (steadier than either median on a shared machine).
 *
 *   node scripts/node22.mjs scripts/bench/answer-read.ts [rounds 1-20]
 */
import { startGuard } from "../lib/guard-harness.ts";
import { runLoad } from "./load.ts";
import { BODY, benchPolicy, runtimeCpuMs, startOrigin } from "./proxy.ts";

const rounds = Number(process.argv[2] ?? 6);
if (!Number.isInteger(rounds) || rounds < 1 || rounds > 20) {
  console.error(`usage: answer-read.ts [rounds 1-20]; got ${JSON.stringify(process.argv[2])}`);
  process.exit(2);
}
const origin = await startOrigin();
const guard = await startGuard({ upstreamUrl: origin.url, policy: benchPolicy("shadow") });
const load = (n: number, sized: boolean) =>
  runLoad({
    url: guard.url,
    concurrency: 32,
    maxRequests: n,
    maxMs: 30_000,
    build: () => ({ path: "/v1/chat/completions", headers: { "content-type": "application/json", authorization: "Bearer sk-bench-answer-read", ...(sized ? { "x-mock-content-length": "1" } : {}) }, body: BODY }),
  });
try {
  await load(500, false); // warm-up: JIT, connections, the key's lease
  await load(500, true);
  const cpu: Record<"chunked" | "sized", number[]> = { chunked: [], sized: [] };
  console.log("round  answers                 req/s  runtime CPU ms/req");
  for (let i = 1; i <= rounds; i++) {
    for (const kind of ["chunked", "sized"] as const) {
      process.stderr.write(`  round ${i}/${rounds}: ${kind}\n`);
      const c0 = runtimeCpuMs();
      const r = await load(3000, kind === "sized");
      const ms = (runtimeCpuMs() - c0) / r.requests;
      cpu[kind].push(ms);
      console.log(`${String(i).padStart(5)}  ${(kind === "sized" ? "with a content-length" : "chunked").padEnd(22)} ${r.rps.toFixed(0).padStart(6)}  ${ms.toFixed(3).padStart(18)}`);
    }
  }
  const median = (a: number[]) => [...a].sort((x, y) => x - y)[a.length >> 1]!;
  console.log(`median CPU ms/request: chunked ${median(cpu.chunked).toFixed(3)}, with a content-length ${median(cpu.sized).toFixed(3)}`);
  // each round's pair ran back to back: their ratio is steadier than either median on a shared machine
  const ratios = cpu.chunked.map((c, i) => c / cpu.sized[i]!);
  console.log(`chunked / with a content-length, per round: median ${median(ratios).toFixed(3)} (${[...ratios].sort((a, b) => a - b).map((r) => r.toFixed(2)).join(" ")})`);
} finally {
  await guard.dispose();
  origin.child.kill();
}

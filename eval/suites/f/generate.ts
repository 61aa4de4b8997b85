// Suite f generator: node --experimental-strip-types eval/suites/f/generate.ts --seed N --out DIR
import { mkdirSync, writeFileSync, openSync, writeSync, closeSync } from "node:fs";
import { join } from "node:path";
import { Rng, Sink, WINDOW_START, WINDOW_END } from "./lib.ts";
import { HONEST } from "./honest.ts";
import { DISTILL } from "./distill.ts";
import type { Ctx } from "./common.ts";

function arg(name: string, dflt?: string): string {
  const i = process.argv.indexOf("--" + name);
  if (i >= 0 && i + 1 < process.argv.length) return process.argv[i + 1];
  if (dflt === undefined) { console.error(`usage: generate.ts --seed N --out DIR`); process.exit(2); }
  return dflt;
}
const seed = Number(arg("seed", "1"));
const out = arg("out");
if (!Number.isInteger(seed)) { console.error("--seed must be an integer"); process.exit(2); }

const t0 = Date.now();
const sink = new Sink();
const ctx: Ctx = { rng: new Rng(seed), sink, seed };
for (const f of [...HONEST, ...DISTILL]) f(ctx);

sink.lines.sort((a, b) => a.ts - b.ts || a.seq - b.seq);
mkdirSync(out, { recursive: true });
const fd = openSync(join(out, "trace.jsonl"), "w");
let buf: string[] = [], size = 0;
for (const l of sink.lines) { buf.push(l.line); size += l.line.length; if (size > 1 << 20) { writeSync(fd, buf.join("\n") + "\n"); buf = []; size = 0; } }
if (buf.length) writeSync(fd, buf.join("\n") + "\n");
closeSync(fd);
writeFileSync(join(out, "keys.json"), JSON.stringify(sink.keys, null, 1) + "\n");
const scen = Object.fromEntries(Object.entries(sink.stats).sort(([a], [b]) => a.localeCompare(b)));
const tot = Object.values(sink.stats).reduce((a, s) => ({ keys: a.keys + s.keys, requests: a.requests + s.requests, completion_tokens: a.completion_tokens + s.completion_tokens }), { keys: 0, requests: 0, completion_tokens: 0 });
writeFileSync(join(out, "summary.json"), JSON.stringify({ suite: "f", seed, window: { start: new Date(WINDOW_START).toISOString(), end: new Date(WINDOW_END).toISOString() }, totals: tot, scenarios: scen }, null, 1) + "\n");
console.error(`suite f seed ${seed}: ${tot.requests} requests, ${tot.keys} keys, ${Object.keys(scen).length} scenarios in ${((Date.now() - t0) / 1000).toFixed(1)} s -> ${out}`);

// Suite e generator (CLI). Deterministic: the same --seed gives the same bytes.
//   node --experimental-strip-types eval/suites/e/generate.ts --seed 1 --out eval/suites/e/out
// Writes out/trace.jsonl (the README's replay trace format, sorted by ts), out/keys.json
// (raw key -> scenario, class, family) and out/summary.json (counts per scenario).

import { mkdirSync, openSync, writeSync, closeSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Rng, Trace, START, END } from "./core.ts";
import type { Ctx, KeyClass } from "./core.ts";
import { HONEST } from "./honest.ts";
import { HARVEST } from "./harvest.ts";

function arg(name: string, def: string): string {
  const i = process.argv.indexOf("--" + name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : def;
}

const seed = arg("seed", "1");
const outDir = arg("out", "eval/suites/e/out");
const t0 = Date.now();
const trace = new Trace();
const scenarios = [...HONEST, ...HARVEST] as unknown as [string, KeyClass, string, (c: Ctx) => void][];
const perScenario: Record<string, { class: KeyClass; family: string; keys: number; requests: number; completion_tokens: number }> = {};

for (const [name, cls, family, fn] of scenarios) {
  const before = trace.lines.length;
  const keysBefore = Object.keys(trace.keys).length;
  fn({ r: new Rng(`suite-e/${seed}/${name}`), t: trace, name, cls, family });
  let ct = 0;
  for (let i = before; i < trace.lines.length; i++) ct += trace.lines[i].usage?.completion_tokens ?? 0;
  perScenario[name] = { class: cls, family, keys: Object.keys(trace.keys).length - keysBefore, requests: trace.lines.length - before, completion_tokens: ct };
}

mkdirSync(outDir, { recursive: true });
const lines = trace.sorted();
const fd = openSync(join(outDir, "trace.jsonl"), "w");
let buf: string[] = [];
let bytes = 0;
for (const l of lines) {
  buf.push(JSON.stringify(l));
  if (buf.length >= 2000) { const s = buf.join("\n") + "\n"; bytes += Buffer.byteLength(s); writeSync(fd, s); buf = []; }
}
if (buf.length) { const s = buf.join("\n") + "\n"; bytes += Buffer.byteLength(s); writeSync(fd, s); }
closeSync(fd);
writeFileSync(join(outDir, "keys.json"), JSON.stringify(trace.keys, null, 1) + "\n");

const byClass: Record<string, { keys: number; requests: number }> = {};
for (const s of Object.values(perScenario)) {
  const b = (byClass[s.class] ??= { keys: 0, requests: 0 });
  b.keys += s.keys; b.requests += s.requests;
}
const summary = {
  seed, window: [new Date(START).toISOString(), new Date(END).toISOString()], requests: lines.length,
  keys: Object.keys(trace.keys).length, bytes, byClass, scenarios: perScenario,
};
writeFileSync(join(outDir, "summary.json"), JSON.stringify(summary, null, 1) + "\n");
console.log(`suite e seed ${seed}: ${lines.length} requests, ${summary.keys} keys, ${(bytes / 1e6).toFixed(1)} MB in ${((Date.now() - t0) / 1000).toFixed(1)} s -> ${outDir}`);
for (const [c, v] of Object.entries(byClass)) console.log(`  ${c.padEnd(10)} ${String(v.keys).padStart(4)} keys ${String(v.requests).padStart(7)} requests`);

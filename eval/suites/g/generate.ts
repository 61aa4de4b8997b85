// Suite g generator: node --experimental-strip-types --no-warnings eval/suites/g/generate.ts --seed N --out DIR
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import { Sink } from "./lib.ts";
import { HONEST } from "./honest.ts";
import { DISTILL } from "./distill.ts";

function arg(name: string, dflt?: string): string {
  const i = process.argv.indexOf(name);
  if (i >= 0 && i + 1 < process.argv.length) return process.argv[i + 1];
  if (dflt === undefined) { console.error(`usage: generate.ts --seed N --out DIR`); process.exit(2); }
  return dflt;
}
const seed = Number(arg("--seed", "1"));
if (!Number.isInteger(seed)) { console.error("--seed must be an integer"); process.exit(2); }
const out = arg("--out");
mkdirSync(out, { recursive: true });

const S = new Sink();
for (const f of [...HONEST, ...DISTILL]) f(S, seed);
S.events.sort((a, b) => a.ts - b.ts || a.seq - b.seq);

const used = new Set(S.events.map((e) => e.key));
const sum: Record<string, { class: string; family: string; keys: number; requests: number; prompt_tokens: number; completion_tokens: number }> = {};
for (const [k, l] of Object.entries(S.keys)) {
  sum[l.scenario] ??= { class: l.class, family: l.family, keys: 0, requests: 0, prompt_tokens: 0, completion_tokens: 0 };
  if (used.has(k)) sum[l.scenario].keys++;
}
for (let i = 0; i < S.events.length; i++) {
  const ev = S.events[i];
  const s = sum[S.keys[ev.key].scenario];
  s.requests++;
  s.prompt_tokens += ev.p; s.completion_tokens += ev.c;
}
const fd = openSync(join(out, "trace.jsonl"), "w");
for (let i = 0; i < S.events.length; i += 2000) writeSync(fd, S.events.slice(i, i + 2000).map((e) => e.line).join("\n") + "\n");
closeSync(fd);
// only keys that appear in the trace
const keys: Record<string, unknown> = {};
for (const [k, l] of Object.entries(S.keys)) if (used.has(k)) keys[k] = l;
writeFileSync(join(out, "keys.json"), JSON.stringify(keys, null, 1) + "\n");
writeFileSync(join(out, "summary.json"), JSON.stringify({ seed, requests: S.events.length, keys: used.size, scenarios: sum }, null, 1) + "\n");

/**
 * Suite h generator (CLI).
 *   node --experimental-strip-types --no-warnings eval/suites/h/generate.ts --seed 1 --out DIR
 * Writes DIR/trace.jsonl (replay trace format, sorted by ts) and DIR/keys.json (every key labelled).
 * Deterministic: the same seed gives the same bytes. Node built-ins only, no network.
 */
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import { HARVEST } from "./harvest.ts";
import { HONEST } from "./honest.ts";
import { Rng, Sink } from "./lib.ts";

function arg(name: string, dflt?: string): string {
  const i = process.argv.indexOf(`--${name}`);
  if (i >= 0 && i + 1 < process.argv.length) return process.argv[i + 1];
  if (dflt === undefined) {
    process.stderr.write(`usage: generate.ts --seed N --out DIR [--stats]\n`);
    process.exit(2);
  }
  return dflt;
}

const seed = Number(arg("seed", "1"));
if (!Number.isSafeInteger(seed)) {
  process.stderr.write("--seed must be an integer\n");
  process.exit(2);
}
const out = arg("out");
const stats = process.argv.includes("--stats");

const sink = new Sink();
for (const s of [...HONEST, ...HARVEST]) sink.scenario(s.meta);
// each scenario draws from its own stream: adding or changing one does not move the others
for (const s of [...HONEST, ...HARVEST]) s.run(sink, new Rng(seed, s.meta.name));

sink.lines.sort((a, b) => a.ts - b.ts || a.seq - b.seq);
mkdirSync(out, { recursive: true });
const fd = openSync(join(out, "trace.jsonl"), "w");
for (const l of sink.lines) writeSync(fd, l.line);
closeSync(fd);

const keys: Record<string, unknown> = {};
for (const k of [...sink.labels.keys()].sort()) keys[k] = sink.labels.get(k);
writeFileSync(join(out, "keys.json"), JSON.stringify(keys, null, 1) + "\n");

if (stats) {
  const rows = sink.metas.map((m) => {
    const s = sink.perScenario.get(m.name)!;
    return { scenario: m.name, class: m.cls, family: m.family, keys: s.keys.size, requests: s.requests, prompt: s.prompt, completion: s.completion };
  });
  process.stdout.write(JSON.stringify({ seed, lines: sink.lines.length, keys: sink.labels.size, rows }, null, 1) + "\n");
}

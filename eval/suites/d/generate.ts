// Suite d generator: node --experimental-strip-types eval/suites/d/generate.ts --seed N --out DIR
import { mkdirSync, createWriteStream, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Rng, Sink } from "./gen-core.ts";
import { HONEST } from "./honest.ts";
import { HARVEST } from "./harvest.ts";

const args = process.argv.slice(2);
function arg(name: string, def: string): string { const i = args.indexOf(name); return i >= 0 && args[i + 1] ? args[i + 1] : def; }
const seed = Number(arg("--seed", "1"));
const out = arg("--out", "eval/suites/d/out");
const t0 = Date.now();
const root = new Rng(seed);
const sink = new Sink();
for (const f of [...HONEST, ...HARVEST]) f(root.fork(f.name), sink);
sink.events.sort((a, b) => a.ts - b.ts || a.seq - b.seq);
mkdirSync(out, { recursive: true });
const lines: string[] = [];
for (const e of sink.events) {
  const o: Record<string, unknown> = { ts: e.ts, key: e.key, ip: e.src.ip, asn: e.src.asn, country: e.src.country, method: e.method, path: e.path, body: e.body };
  if (e.usage) o.usage = e.usage;
  lines.push(JSON.stringify(o));
}
writeFileSync(join(out, "trace.jsonl"), lines.join("\n") + "\n");
writeFileSync(join(out, "keys.json"), JSON.stringify(sink.labels, null, 1));
const per: Record<string, { cls: string; fam: string; keys: Set<string>; n: number }> = {};
for (const [k, l] of Object.entries(sink.labels)) { (per[l.scenario] ??= { cls: l.class, fam: l.family, keys: new Set(), n: 0 }).keys.add(k); }
for (const e of sink.events) per[sink.labels[e.key].scenario].n++;
for (const [sc, p] of Object.entries(per)) console.log(`${sc.padEnd(40)} ${p.cls.padEnd(9)} ${p.fam.padEnd(24)} keys ${String(p.keys.size).padStart(4)}  requests ${String(p.n).padStart(6)}`);
console.log(`total requests ${sink.events.length}, keys ${Object.keys(sink.labels).length}, ${((Date.now() - t0) / 1000).toFixed(1)} s -> ${out}`);

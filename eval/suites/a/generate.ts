// Suite A traffic generator: honest customers and distillation harvesters against an
// OpenAI/Anthropic-compatible API, written without reading the guard's detector.
//
//   node --experimental-strip-types eval/suites/a/generate.ts [--seed N] [--out DIR]
//
// Writes DIR/trace.jsonl (one request per line, ordered by ts) and DIR/keys.json (labels per key).
import { mkdirSync, openSync, writeSync, closeSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Rng, Sink, residentialIsps } from "./lib.ts";
import type { Ctx, Scenario } from "./helpers.ts";
import { HONEST } from "./scenarios_honest.ts";
import { DISTILL } from "./scenarios_distill.ts";

function parseArgs(argv: string[]): { seed: number; out: string; only?: string } {
  let seed = 1;
  let out = "eval/suites/a/out";
  let only: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => {
      const v = a.includes("=") ? a.slice(a.indexOf("=") + 1) : argv[++i];
      if (v === undefined) throw new Error(`missing value for ${a}`);
      return v;
    };
    if (a === "--seed" || a.startsWith("--seed=")) seed = Number(val());
    else if (a === "--out" || a.startsWith("--out=")) out = val();
    else if (a === "--only" || a.startsWith("--only=")) only = val();
    else if (a === "--help" || a === "-h") {
      console.log("usage: generate.ts [--seed N] [--out DIR] [--only scenario[,scenario]]");
      process.exit(0);
    } else throw new Error(`unknown argument ${a}`);
  }
  if (!Number.isInteger(seed)) throw new Error("--seed must be an integer");
  return { seed, out, only };
}

export function generate(seed: number, only?: string[]): Sink {
  const sink = new Sink(seed);
  const ctx: Ctx = { sink, seed, isps: residentialIsps(seed) };
  const all: Scenario[] = [...HONEST, ...DISTILL];
  const names = new Set<string>();
  for (const s of all) {
    if (names.has(s.name)) throw new Error(`duplicate scenario ${s.name}`);
    names.add(s.name);
  }
  for (const s of all) {
    if (only && !only.includes(s.name)) continue;
    // each scenario gets its own stream, so editing one never shifts another
    s.run(ctx, new Rng(seed, `scenario:${s.name}`));
  }
  sink.recs.sort((a, b) => a.ts - b.ts || a.seq - b.seq);
  return sink;
}

function main(): void {
  const t0 = Date.now();
  const { seed, out, only } = parseArgs(process.argv.slice(2));
  const sink = generate(seed, only?.split(","));
  mkdirSync(out, { recursive: true });
  const fd = openSync(join(out, "trace.jsonl"), "w");
  let buf = "";
  for (const r of sink.recs) {
    buf += JSON.stringify({ ts: r.ts, key: r.key, ip: r.ip, asn: r.asn, country: r.country, method: r.method, path: r.path, body: r.body, usage: r.usage }) + "\n";
    if (buf.length > 1 << 20) {
      writeSync(fd, buf);
      buf = "";
    }
  }
  if (buf) writeSync(fd, buf);
  closeSync(fd);
  writeFileSync(join(out, "keys.json"), JSON.stringify(sink.usedKeys(), null, 1) + "\n");

  const rows = sink.summary().sort((a, b) => (a.cls === b.cls ? a.scenario.localeCompare(b.scenario) : a.cls === "honest" ? -1 : 1));
  const tot = { honest: { k: 0, n: 0 }, distill: { k: 0, n: 0 } };
  process.stderr.write(`${"class".padEnd(8)} ${"scenario".padEnd(36)} ${"keys".padStart(5)} ${"requests".padStart(9)}\n`);
  for (const row of rows) {
    tot[row.cls].k += row.keys;
    tot[row.cls].n += row.requests;
    process.stderr.write(`${row.cls.padEnd(8)} ${row.scenario.padEnd(36)} ${String(row.keys).padStart(5)} ${String(row.requests).padStart(9)}\n`);
  }
  process.stderr.write(`honest: ${tot.honest.k} keys, ${tot.honest.n} requests; distill: ${tot.distill.k} keys, ${tot.distill.n} requests; total ${tot.honest.n + tot.distill.n} requests\n`);
  process.stderr.write(`seed ${seed} -> ${out} in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
}

main();

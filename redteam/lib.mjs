// Shared helpers for the red-team trace generators: seeded PRNG, corpus, trace writer.
import fs from "node:fs";
import path from "node:path";

export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    chance: (p) => next() < p,
    gauss: () => {
      const u = Math.max(1e-12, next()), v = next();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
  };
}

export const CORPUS = process.env.CORPUS ?? "/work/shared/corpus";
export function corpus(name) {
  return fs.readFileSync(path.join(CORPUS, name + ".jsonl"), "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
}
/** Strip the Alpaca template so only the payload question remains. */
export function stripTemplate(t) {
  const m = t.match(/### Instruction:\s*([\s\S]*?)(?:\n+### Response:|$)/);
  return (m ? m[1] : t).trim();
}

export const DAY = 86400000;
export const T0 = Date.UTC(2026, 10, 2, 0, 0, 0);

export class Trace {
  constructor() { this.events = []; }
  add(e) { this.events.push(e); }
  write(file) {
    this.events.sort((a, b) => a.ts - b.ts || (a.seq ?? 0) - (b.seq ?? 0));
    const out = this.events.map((e) => { const { seq, label, ...rest } = e; return JSON.stringify(rest); }).join("\n") + "\n";
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, out);
    const labels = {};
    for (const e of this.events) if (e.label) labels[e.key] = e.label;
    fs.writeFileSync(file.replace(/\.jsonl$/, ".labels.json"), JSON.stringify(labels));
    console.error(`wrote ${this.events.length} events to ${file}`);
  }
}

/** Human-ish daytime gaps: active window [startH, endH) local to the key, gaps lognormal around meanSec. */
export function* sessionTimes(r, { days, startH = 8, endH = 23, meanSec = 60, sigma = 0.8, t0 = T0 }) {
  for (let d = 0; d < days; d++) {
    let t = t0 + d * DAY + startH * 3600000 + r.int(0, 1800000);
    const end = t0 + d * DAY + endH * 3600000 - r.int(0, 1800000);
    while (t < end) {
      yield t;
      const g = meanSec * Math.exp(sigma * r.gauss() - sigma * sigma / 2);
      t += Math.max(2000, Math.round(g * 1000));
    }
  }
}

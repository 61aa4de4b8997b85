// Shared helpers for red team round 60 (an advocate for honest customers).
// Plain Node ESM, no dependencies. Every loop is bounded.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const HERE = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(HERE, "..", "..");
export const OUT = join(HERE, "out");

// config.md's "pro" tier as the policy's defaults: quotas never refuse these products.
export const PRO_POLICY = { defaults: { rpm: 600, tpm: 2000000, tpd: 50000000, concurrency: 64 } };

export function rng(seed) {
  let a = seed >>> 0;
  const r = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  r.int = (lo, hi) => lo + Math.floor(r() * (hi - lo + 1));
  r.pick = (arr) => arr[Math.floor(r() * arr.length)];
  r.chance = (p) => r() < p;
  r.logn = (median, spread) => median * Math.exp(spread * gauss(r));
  return r;
}
function gauss(r) {
  const u = Math.max(1e-9, r());
  const v = r();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

export const T0 = Date.UTC(2027, 0, 11, 0, 0, 0); // a Monday, 00:00 UTC

// Diurnal weights (local hours of a consumer product's users), 24 values.
export const DIURNAL = [0.2, 0.1, 0.08, 0.06, 0.06, 0.1, 0.3, 0.6, 0.9, 1.0, 1.0, 1.0,
  1.1, 1.1, 1.0, 1.1, 1.3, 1.5, 1.6, 1.7, 1.6, 1.3, 0.9, 0.5];

// Session start times over `days` days, `perDay` a day on average, drawn by the diurnal weights.
export function sessionStarts(r, days, perDay, weights = DIURNAL, t0 = T0) {
  const sum = weights.reduce((a, b) => a + b, 0);
  const out = [];
  for (let d = 0; d < days; d++) {
    const n = Math.round(perDay * (0.9 + 0.2 * r()));
    for (let i = 0; i < n && i < 100000; i++) {
      let x = r() * sum, h = 0;
      while (h < 23 && x > weights[h]) { x -= weights[h]; h++; }
      out.push(t0 + d * 86400000 + h * 3600000 + Math.floor(r() * 3600000));
    }
  }
  return out.sort((a, b) => a - b);
}

export const toks = (s) => Math.max(1, Math.round(String(s).length / 3.8));

// Filler answer text of about `n` tokens in a language, from sentences.
export function answerText(r, sentences, n) {
  const parts = [];
  let len = 0;
  for (let i = 0; i < 400 && len < n * 3.8; i++) {
    const s = r.pick(sentences);
    parts.push(s);
    len += s.length + 1;
  }
  return parts.join(" ");
}

export function writeTrace(name, lines) {
  mkdirSync(OUT, { recursive: true });
  lines.sort((a, b) => a.ts - b.ts);
  const p = join(OUT, `${name}.trace.jsonl`);
  writeFileSync(p, lines.map((l) => JSON.stringify(l)).join("\n") + "\n");
  return p;
}

// Runs `npm run replay` (package.json's script) on a trace; returns the decisions, in trace order.
export function replay(name, lines, policy = PRO_POLICY) {
  const tracePath = writeTrace(name, lines);
  const polPath = join(OUT, `${name}.policy.json`);
  writeFileSync(polPath, JSON.stringify(policy));
  const outPath = join(OUT, `${name}.decisions.jsonl`);
  const res = spawnSync("npm", ["run", "--silent", "replay", "--", "--trace", tracePath, "--out", outPath, "--policy", polPath],
    { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 28, timeout: 170000 });
  if (res.status !== 0) {
    process.stderr.write(res.stderr || "");
    throw new Error(`replay failed for ${name}: status ${res.status}`);
  }
  const dec = readFileSync(outPath, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
  if (dec.length !== lines.length) throw new Error(`${name}: ${dec.length} decisions for ${lines.length} lines`);
  return { lines, dec };
}

// Figures for the lines selected by `pick(line, i)`.
export function figures({ lines, dec }, pick = () => true) {
  const f = { n: 0, full: 0, degraded: 0, refused: 0, firstDegradeIdx: -1, firstDegradeTs: null, lastDegradeTs: null, reasons: new Map() };
  for (let i = 0; i < lines.length; i++) {
    if (!pick(lines[i], i)) continue;
    const d = dec[i];
    f.n++;
    if (!d.served) f.refused++;
    else if (d.degraded) {
      f.degraded++;
      if (f.firstDegradeTs === null) { f.firstDegradeTs = lines[i].ts; f.firstDegradeIdx = f.n; }
      f.lastDegradeTs = lines[i].ts;
    } else f.full++;
    if (d.degraded || !d.served) for (const r of d.reasons || []) {
      const k = r.replace(/[0-9.]+/g, "#").slice(0, 90);
      f.reasons.set(k, (f.reasons.get(k) || 0) + 1);
    }
  }
  return f;
}

export function topReasons(f, k = 3) {
  return [...f.reasons.entries()].sort((a, b) => b[1] - a[1]).slice(0, k).map(([r, c]) => `${c}x ${r}`);
}

export const pct = (a, b) => (b ? ((100 * a) / b).toFixed(1) : "0.0") + " %";
export const hours = (ms) => (ms / 3600000).toFixed(1) + " h";

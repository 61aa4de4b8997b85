// Shared helpers for red team round 52 (honest-customer advocate). Replay only, deterministic.
import { writeFileSync, readFileSync, mkdirSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const HERE = dirname(fileURLToPath(import.meta.url));
export const ROOT = join(HERE, "..", "..");
export const OUT = join(HERE, "out");
mkdirSync(OUT, { recursive: true });

export const T0 = Date.UTC(2026, 10, 2, 0, 0, 0); // Mon 2026-11-02 00:00 UTC
export const H = 3600_000, M = 60_000, S = 1000;

// a provider's paid tier (docs/config.md "pro"), used as the key's defaults in replay
export const PRO = { defaults: { rpm: 600, tpm: 2000000, tpd: 50000000, concurrency: 64 } };

export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
export const pick = (r, xs) => xs[Math.floor(r() * xs.length)];
export const int = (r, lo, hi) => lo + Math.floor(r() * (hi - lo + 1));
// exponential gap with the given mean (ms)
export const expGap = (r, mean) => -Math.log(1 - r()) * mean;
// a diurnal multiplier for an hour of the day (local peak in the evening), floor 0.08
export function diurnal(hourUtc, offset = 0) {
  const h = (hourUtc + offset + 24) % 24;
  const v = 0.08 + 0.92 * Math.max(0, Math.sin(((h - 6) / 18) * Math.PI));
  return v;
}
// Poisson arrivals over [start, end) with peak rate perHourPeak and diurnal shape
export function arrivals(r, start, end, perHourPeak, offset = 0) {
  const out = [];
  let t = start;
  while (true) {
    const hour = new Date(t).getUTCHours();
    const rate = perHourPeak * diurnal(hour, offset);
    t += expGap(r, H / rate);
    if (t >= end) break;
    out.push(Math.round(t));
  }
  return out;
}

export function replay(name, lines, policy, mode) {
  lines.sort((a, b) => a.ts - b.ts);
  const trace = join(OUT, `${name}.trace.jsonl`);
  const dec = join(OUT, `${name}.decisions.jsonl`);
  writeFileSync(trace, lines.map((l) => JSON.stringify(l)).join("\n") + "\n");
  const args = ["scripts/node22.mjs", "scripts/replay.ts", "--trace", trace, "--out", dec];
  if (policy) {
    const p = join(OUT, `${name}.policy.json`);
    writeFileSync(p, JSON.stringify(policy));
    args.push("--policy", p);
  }
  if (mode) args.push("--mode", mode);
  execFileSync(process.execPath, args, { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
  const d = readFileSync(dec, "utf8").trim().split("\n").map((x) => JSON.parse(x));
  return d.map((x) => ({ ...x, line: lines[x.i] }));
}

// per-key summary of decisions
export function summarise(decs, keyFilter = () => true) {
  const s = { n: 0, allow: 0, limit: 0, throttle: 0, degrade: 0, challenge: 0, block: 0, refused: 0, degraded: 0, firstChallenge: -1, reasons: new Map(), maxScore: 0, maxReasons: [] };
  let k = 0;
  for (const d of decs) {
    if (!keyFilter(d.key)) continue;
    s.n++; s[d.action]++;
    if (!d.served) s.refused++;
    if (d.degraded) s.degraded++;
    if ((d.action === "challenge" || d.action === "block") && s.firstChallenge < 0) s.firstChallenge = k;
    if (d.score > s.maxScore) { s.maxScore = d.score; s.maxReasons = d.reasons; }
    for (const r of d.reasons) { const f = r.match(/\[([a-z-]+) /g) || []; for (const x of f) s.reasons.set(x, (s.reasons.get(x) || 0) + 1); }
    k++;
  }
  return s;
}
export function fmt(label, s) {
  const pct = (x) => ((100 * x) / Math.max(1, s.n)).toFixed(1) + " %";
  return `${label}: ${s.n} requests; allow ${s.allow}, limit ${s.limit}, degrade ${s.degrade}, challenge ${s.challenge}, block ${s.block}; refused ${s.refused} (${pct(s.refused)}), served degraded ${s.degraded} (${pct(s.degraded)}); first challenge at request ${s.firstChallenge < 0 ? "-" : s.firstChallenge + 1}; max score ${s.maxScore.toFixed(3)}`;
}
export function reasonsAt(s) { return s.maxReasons.join("; "); }
// degraded answers the 512-token cap cuts (the trace's completion above the cap)
export function cut(decs, cap = 512) {
  const dg = decs.filter((x) => x.degraded);
  const c = dg.filter((x) => (x.line.usage?.completion_tokens ?? 0) > cap).length;
  return { degraded: dg.length, cut: c };
}
// the largest value a feature (e.g. "linkage", "retry", "unreadable") reached in the decisions' reasons, with its text
export function maxFeat(decs, name) {
  let best = 0, text = "";
  const re = new RegExp(`\\[${name} ([0-9.]+)\\]`);
  for (const d of decs) for (const r of d.reasons) { const m = r.match(re); if (m && +m[1] > best) { best = +m[1]; text = r; } }
  return { value: best, text };
}

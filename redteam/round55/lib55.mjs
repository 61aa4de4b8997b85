// Shared helpers for red team round 55 (advocate for honest customers).
// Traces are generated from a seed, replayed with `npm run replay` into redteam/round55/out/.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const HERE = dirname(fileURLToPath(import.meta.url));
export const OUT = join(HERE, "out");
export const ROOT = join(HERE, "..", "..");
mkdirSync(OUT, { recursive: true });

// docs/config.md's documented tiers, used as the policy's defaults (replay has no overrides).
export const PRO = { rpm: 600, tpm: 2000000, tpd: 50000000, concurrency: 64 };
export const DEFAULT_TIER = { rpm: 60, tpm: 200000, tpd: 5000000, concurrency: 8 };

export function rng(seed) {
  let a = seed >>> 0;
  const f = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  f.int = (lo, hi) => lo + Math.floor(f() * (hi - lo + 1));
  f.pick = (arr) => arr[Math.floor(f() * arr.length)];
  f.exp = (mean) => -Math.log(1 - f()) * mean;
  return f;
}

export const T0 = Date.UTC(2026, 11, 8, 0, 0, 0); // a Tuesday, 00:00 UTC

// Diurnal intensity (0..1) by hour of day in the product's main market.
export function diurnal(hour) {
  const h = ((hour % 24) + 24) % 24;
  const curve = [0.15, 0.1, 0.08, 0.07, 0.08, 0.12, 0.25, 0.45, 0.7, 0.9, 1, 1, 0.95, 0.95, 1, 1, 0.95, 0.85, 0.75, 0.7, 0.6, 0.5, 0.35, 0.22];
  return curve[h];
}

// Poisson arrivals with a diurnal rate: peakGapS = mean gap at peak.
export function arrivals(r, startMs, hours, peakGapS, shiftHours = 0) {
  const out = [];
  let t = startMs;
  const end = startMs + hours * 3600e3;
  while (true) {
    const hour = (t - T0) / 3600e3 + shiftHours;
    const rate = diurnal(Math.floor(hour)) / peakGapS; // per second
    t += r.exp(1 / rate) * 1000;
    if (t >= end) break;
    out.push(Math.round(t));
  }
  return out;
}

export function writeTrace(name, events) {
  events.sort((a, b) => a.ts - b.ts);
  const file = join(OUT, `${name}.trace.jsonl`);
  writeFileSync(file, events.map((e) => JSON.stringify(e)).join("\n") + "\n");
  return { file, events };
}

export function replay(name, events, policy) {
  const { file } = writeTrace(name, events);
  const pol = join(OUT, `${name}.policy.json`);
  writeFileSync(pol, JSON.stringify(policy));
  const out = join(OUT, `${name}.decisions.jsonl`);
  execFileSync("npm", ["run", "-s", "replay", "--", "--trace", file, "--out", out, "--policy", pol], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
    maxBuffer: 1 << 26,
  });
  const dec = readFileSync(out, "utf8").trim().split("\n").filter(Boolean).map((l) => JSON.parse(l));
  return dec.map((d) => ({ ...d, ev: events[d.i] }));
}

// Per-key (or per filter) summary of decisions.
export function summary(dec, pred = () => true) {
  const s = { n: 0, allow: 0, limit: 0, throttle: 0, degrade: 0, challenge: 0, block: 0, served: 0, degraded: 0, refused: 0, firstDegrade: null, firstChallenge: null, firstBlock: null, maxScore: 0, reasonsAtChallenge: null, reasonsAtDegrade: null, askedCompletion: 0, servedCompletion: 0, cut: 0 };
  let idx = 0;
  for (const d of dec) {
    if (!pred(d)) continue;
    s.n++;
    idx++;
    s[d.action] = (s[d.action] ?? 0) + 1;
    if (d.served) s.served++;
    else s.refused++;
    if (d.degraded) s.degraded++;
    s.maxScore = Math.max(s.maxScore, d.score ?? 0);
    const c = d.ev?.usage?.completion_tokens ?? 0;
    if (d.served) {
      s.askedCompletion += c;
      const got = d.degraded ? Math.min(c, d.completion ?? c) : c;
      s.servedCompletion += got;
      if (d.degraded && c > got) s.cut++;
    }
    if (d.action === "degrade" && s.firstDegrade == null) { s.firstDegrade = { nth: idx, ts: d.ev?.ts }; s.reasonsAtDegrade = d.reasons; }
    if (d.action === "challenge" && s.firstChallenge == null) { s.firstChallenge = { nth: idx, ts: d.ev?.ts }; s.reasonsAtChallenge = d.reasons; }
    if (d.action === "block" && s.firstBlock == null) s.firstBlock = { nth: idx, ts: d.ev?.ts };
  }
  return s;
}

export const hrs = (ts) => (ts == null ? "-" : ((ts - T0) / 3600e3).toFixed(2) + " h");

export function line(label, s) {
  return `${label}: ${s.n} requests; refused ${s.refused} (limit ${s.limit}, challenge ${s.challenge}, block ${s.block}); degraded ${s.degraded}; first degrade #${s.firstDegrade?.nth ?? "-"} at ${hrs(s.firstDegrade?.ts)}, first challenge #${s.firstChallenge?.nth ?? "-"} at ${hrs(s.firstChallenge?.ts)}; max score ${s.maxScore.toFixed(3)}`;
}

export function verdict(ok) {
  console.log(ok ? "REPRODUCED" : "not reproduced");
}

export function ev(ts, key, body, usage, extra = {}) {
  return { ts, key, ip: extra.ip ?? "203.0.113.10", asn: extra.asn ?? 64500, country: extra.country ?? "DE", method: "POST", path: extra.path ?? "/v1/chat/completions", body, ...(usage ? { usage } : {}) };
}

// Shared helper for red team round 58 (honest-customer advocate). Plain Node ESM, no dependencies.
import { writeFileSync, readFileSync, mkdirSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

export const HERE = dirname(fileURLToPath(import.meta.url));
export const OUT = join(HERE, "out");
export const ROOT = join(HERE, "..", "..");
mkdirSync(OUT, { recursive: true });

// seeded PRNG (mulberry32)
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
  r.exp = (mean) => -Math.log(1 - r()) * mean;
  r.norm = () => Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
  r.chance = (p) => r() < p;
  return r;
}

export const T0 = Date.UTC(2027, 0, 11, 0, 0, 0); // a Monday, 00:00 UTC

// diurnal rate multiplier (0..1) for a UTC hour, peak around `peakUtc`
export function diurnal(hourUtc, peakUtc = 14, floor = 0.08) {
  const d = Math.cos(((hourUtc - peakUtc) / 24) * 2 * Math.PI);
  return floor + (1 - floor) * Math.max(0, (d + 0.35) / 1.35);
}

// non-homogeneous Poisson arrivals by thinning: peakPerHour at the diurnal peak
export function arrivals(r, { start = T0, hours = 24, peakPerHour, peakUtc = 14, floor = 0.08 }) {
  const out = [];
  let t = start;
  const end = start + hours * 3600e3;
  const lambdaMax = peakPerHour / 3600e3;
  while (true) {
    t += r.exp(1 / lambdaMax);
    if (t >= end) break;
    const h = new Date(t).getUTCHours() + new Date(t).getUTCMinutes() / 60;
    if (r() < diurnal(h, peakUtc, floor)) out.push(Math.round(t));
  }
  return out;
}

export const PRO = { rpm: 600, tpm: 2000000, tpd: 50000000, concurrency: 64 };
export function writePolicy(name, extra = {}) {
  const p = join(OUT, name + ".policy.json");
  writeFileSync(p, JSON.stringify({ defaults: PRO, ...extra }, null, 1));
  return p;
}

// rough token estimate for usage lines: ~4 chars/token latin, ~1.3 chars/token CJK
export function toks(s) {
  let cjk = 0;
  for (const ch of s) if (/[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/.test(ch)) cjk++;
  return Math.ceil((s.length - cjk) / 4 + cjk / 1.3);
}

export function writeTrace(name, events) {
  events.sort((a, b) => a.ts - b.ts || (a._o ?? 0) - (b._o ?? 0));
  const p = join(OUT, name + ".trace.jsonl");
  writeFileSync(p, events.map((e) => { const { _o, _meta, ...rest } = e; return JSON.stringify(rest); }).join("\n") + "\n");
  return p;
}

export function replay(trace, policy, { solve = false, mode } = {}) {
  const out = trace.replace(/\.trace\.jsonl$/, solve ? ".solved.decisions.jsonl" : ".decisions.jsonl");
  const args = ["run", "-s", "replay", "--", "--trace", trace, "--out", out, "--quiet"];
  if (policy) args.push("--policy", policy);
  if (solve) args.push("--solve-challenges");
  if (mode) args.push("--mode", mode);
  execFileSync("npm", args, { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"], maxBuffer: 1 << 26 });
  return readFileSync(out, "utf8").trim().split("\n").filter(Boolean).map((l) => JSON.parse(l));
}

// Replay, then model an official SDK: a 429 with a wait is resent after that wait (+ jitter),
// up to 2 retries; repeat until stable (max 3 passes). Returns { decisions, events }.
export function replaySdk(name, events, policy, opts = {}) {
  let evs = events.slice();
  let dec;
  for (let pass = 0; pass < 4; pass++) {
    const trace = writeTrace(name, evs);
    dec = replay(trace, policy, opts);
    const adds = [];
    dec.forEach((d, i) => {
      const e = evs[i];
      if (!d.served && d.limit && d.retryAfterMs != null && (e._retries ?? 0) < 2 && !e._retried) {
        e._retried = true;
        adds.push({ ...e, ts: e.ts + d.retryAfterMs + 50 + Math.floor(Math.random() * 200), _retries: (e._retries ?? 0) + 1, _retried: false });
      }
    });
    if (!adds.length) break;
    evs = evs.concat(adds).sort((a, b) => a.ts - b.ts);
  }
  return { decisions: dec, events: evs };
}

export function summarize(decisions, events, keyFilter = () => true) {
  const s = { n: 0, served: 0, refused: 0, degraded: 0, challenge: 0, block: 0, limit: 0, allowFull: 0, firstDegrade: null, firstRefuse: null, reasons: {}, cut: 0, maxScore: 0, actions: {} };
  decisions.forEach((d, i) => {
    if (!keyFilter(d.key, events[i])) return;
    s.n++;
    s.actions[d.action] = (s.actions[d.action] ?? 0) + 1;
    s.maxScore = Math.max(s.maxScore, d.score ?? 0);
    if (d.served) s.served++; else s.refused++;
    if (d.degraded) { s.degraded++; if (s.firstDegrade == null) s.firstDegrade = s.n; const u = events[i].usage?.completion_tokens; if (u != null && d.completion != null && d.completion < u) s.cut++; }
    if (!d.served && s.firstRefuse == null) s.firstRefuse = s.n;
    if (d.action === "challenge" && !d.served) s.challenge++;
    if (d.action === "block" && !d.served) s.block++;
    if (d.limit) s.limit++;
    if (d.served && !d.degraded) s.allowFull++;
    for (const r of d.reasons ?? []) { const k = r.replace(/[0-9.]+/g, "#").slice(0, 90); s.reasons[k] = (s.reasons[k] ?? 0) + 1; }
  });
  return s;
}

export function show(label, s, topReasons = 4) {
  const rs = Object.entries(s.reasons).sort((a, b) => b[1] - a[1]).slice(0, topReasons).map(([k, v]) => `      ${v}x ${k}`).join("\n");
  console.log(`  ${label}: ${s.n} req, served in full ${s.allowFull}, degraded ${s.degraded} (answers cut ${s.cut}), refused ${s.refused} (challenge ${s.challenge}, block ${s.block}, quota ${s.limit}); first degraded #${s.firstDegrade ?? "-"}, first refused #${s.firstRefuse ?? "-"}; max score ${s.maxScore.toFixed(3)}; actions ${JSON.stringify(s.actions)}`);
  if (rs) console.log(rs);
}

// Shared helpers for red team round 56 (honest-customer advocate). Plain Node ESM, no dependencies.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const HERE = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(HERE, "../..");
export const OUT = join(HERE, "out");
mkdirSync(OUT, { recursive: true });

// ---- seeded randomness -------------------------------------------------------------
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const r = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    chance: (p) => next() < p,
    exp: (mean) => -Math.log(1 - next()) * mean,
    normal: (mu, sd) => mu + sd * Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next()),
    shuffle: (arr) => { const a2 = arr.slice(); for (let i = a2.length - 1; i > 0; i--) { const j = Math.floor(next() * (i + 1)); [a2[i], a2[j]] = [a2[j], a2[i]]; } return a2; },
    sample: (arr, k) => r.shuffle(arr).slice(0, k),
  };
  return r;
}

// Office-hours diurnal profile (relative rate per UTC hour, for a European business).
export const OFFICE = [0.05, 0.03, 0.03, 0.03, 0.05, 0.15, 0.4, 0.8, 1, 1, 0.95, 0.9, 0.8, 0.9, 1, 1, 0.9, 0.7, 0.5, 0.35, 0.25, 0.15, 0.1, 0.07];
// Consumer app profile (evenings busier).
export const CONSUMER = [0.25, 0.15, 0.1, 0.08, 0.08, 0.12, 0.25, 0.45, 0.6, 0.65, 0.7, 0.75, 0.8, 0.75, 0.75, 0.8, 0.85, 0.9, 1, 1, 0.95, 0.85, 0.6, 0.4];

// Non-homogeneous Poisson arrivals (thinning) from t0 for `hours`, peak rate `perHourPeak`.
export function arrivals(r, t0, hours, perHourPeak, profile = OFFICE) {
  const out = [];
  const end = t0 + hours * 3600e3;
  let t = t0;
  const meanGap = 3600e3 / perHourPeak;
  for (;;) {
    t += r.exp(meanGap);
    if (t >= end) break;
    const h = new Date(t).getUTCHours();
    if (r.next() < profile[h]) out.push(Math.round(t));
  }
  return out;
}

export const T0 = Date.UTC(2026, 11, 7, 0, 0, 0); // Monday 2026-12-07 00:00 UTC

// ---- token estimates for realistic usage figures ------------------------------------
export function tok(text) {
  let t = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0);
    if (c >= 0x3000) t += 1; // CJK/kana: about one token a character
    else if (c >= 0x0400) t += 0.45; // Cyrillic, Greek, accented
    else t += 0.25;
  }
  return Math.max(1, Math.round(t));
}

// ---- traces and replay ---------------------------------------------------------------
export function writeTrace(name, events) {
  events.sort((a, b) => a.ts - b.ts);
  const p = join(OUT, name + ".jsonl");
  const strip = (e) => JSON.stringify(e, (k, v) => (k.startsWith("_") ? undefined : v));
  writeFileSync(p, events.map(strip).join("\n") + "\n");
  return { path: p, events };
}

export function policyFile(name, policy) {
  const p = join(OUT, name + ".policy.json");
  writeFileSync(p, JSON.stringify(policy));
  return p;
}

// config.md's pro tier as the defaults, so quotas are not what refuses.
export const PRO = { defaults: { rpm: 600, tpm: 2000000, tpd: 50000000, concurrency: 64 } };

export function replay(trace, policy = PRO, extra = []) {
  const out = trace.path.replace(/\.jsonl$/, ".decisions.jsonl");
  const pol = policyFile(trace.path.split("/").pop().replace(/\.jsonl$/, ""), policy);
  const res = spawnSync("npm", ["run", "--silent", "replay", "--", "--trace", trace.path, "--out", out, "--policy", pol, ...extra], {
    cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 28,
  });
  if (res.status !== 0) {
    process.stderr.write(res.stdout + res.stderr);
    throw new Error("replay failed");
  }
  if (/line \d+/i.test(res.stderr) && /malformed|invalid|skip/i.test(res.stderr)) process.stderr.write(res.stderr.slice(0, 2000));
  const dec = readFileSync(out, "utf8").trim().split("\n").filter(Boolean).map((l) => JSON.parse(l));
  return dec;
}

// Per-key summary of decisions (optionally only lines matching `filter(event)`).
export function summarise(trace, dec, keyFilter = () => true) {
  const per = new Map();
  for (const d of dec) {
    const ev = trace.events[d.i];
    if (!keyFilter(d.key, ev)) continue;
    let s = per.get(d.key);
    if (!s) per.set(d.key, (s = { n: 0, served: 0, refused: 0, degraded: 0, challenge: 0, block: 0, limit: 0, firstDegrade: -1, firstChallenge: -1, maxScore: 0, reasons: new Map(), k: 0 }));
    s.n++; s.k++;
    if (d.served) s.served++; else s.refused++;
    if (d.degraded) { s.degraded++; if (s.firstDegrade < 0) s.firstDegrade = s.k; }
    if (d.action === "challenge") { s.challenge++; if (s.firstChallenge < 0) s.firstChallenge = s.k; }
    if (d.action === "block") s.block++;
    if (d.limit) s.limit++;
    s.maxScore = Math.max(s.maxScore, d.score ?? 0);
    for (const r of d.reasons ?? []) {
      const k = r.replace(/[0-9.]+/g, "#").slice(0, 90);
      s.reasons.set(k, (s.reasons.get(k) ?? 0) + 1);
    }
  }
  return per;
}

export function topReasons(s, k = 4) {
  return [...s.reasons.entries()].sort((a, b) => b[1] - a[1]).slice(0, k).map(([r, c]) => `${c}x ${r}`);
}

export function show(label, per) {
  for (const [key, s] of per) {
    console.log(`  ${label} ${key}: ${s.n} req, served ${s.served}, refused ${s.refused} (challenge ${s.challenge}, block ${s.block}, quota ${s.limit}), degraded ${s.degraded}` +
      (s.firstDegrade > 0 ? ` from its request #${s.firstDegrade}` : "") + (s.firstChallenge > 0 ? `, challenged from #${s.firstChallenge}` : "") + `, max score ${s.maxScore.toFixed(3)}`);
  }
}

export function totals(per) {
  const t = { n: 0, served: 0, refused: 0, degraded: 0, challenge: 0, block: 0, limit: 0, maxScore: 0, keys: 0, keysDegraded: 0, keysChallenged: 0 };
  for (const s of per.values()) {
    t.keys++; t.n += s.n; t.served += s.served; t.refused += s.refused; t.degraded += s.degraded; t.challenge += s.challenge; t.block += s.block; t.limit += s.limit;
    t.maxScore = Math.max(t.maxScore, s.maxScore);
    if (s.degraded) t.keysDegraded++;
    if (s.challenge) t.keysChallenged++;
  }
  return t;
}

export function ip(r, base = "203.0.113") { return `${base}.${r.int(2, 250)}`; }

// ---- the official clients' retries on a 429 -----------------------------------------
// openai-node / anthropic-sdk-typescript: maxRetries 2; a `retry-after-ms` in [0, 60 s) is
// waited exactly (plus the client's network latency); otherwise back off 0.5 s x 2^attempt, at
// most 8 s, minus up to 25 % jitter; a 429 without a wait (`x-should-retry: false`) is not retried.
// The trace is replayed, the refused requests' retries are added where the client would send
// them, and the whole is replayed again until nothing changes (bounded).
export function replayWithSdkRetries(name, baseEvents, policy = PRO, { maxRetries = 2, seed = 99, rounds = 6 } = {}) {
  const r = rng(seed);
  baseEvents.forEach((e, j) => { e._id = "b" + j; e._attempt = 0; });
  let children = new Map(); // parent _id -> retry event
  let tr, dec;
  for (let round = 0; round < rounds; round++) {
    const all = baseEvents.concat([...children.values()]);
    tr = writeTrace(name, all);
    dec = replay(tr, policy);
    let changed = false;
    const keep = new Map();
    for (const d of dec) {
      const e = tr.events[d.i];
      const child = children.get(e._id);
      if (!d.served && d.limit && d.retryAfterMs !== undefined && e._attempt < maxRetries) {
        if (child) keep.set(e._id, child);
        else {
          const w = d.retryAfterMs;
          const delay = w >= 0 && w < 60000 ? w + r.int(20, 90) : Math.min(500 * 2 ** e._attempt, 8000) * (1 - 0.25 * r.next());
          const c = { ...e, ts: Math.round(e.ts + delay), _id: e._id + "r", _attempt: e._attempt + 1, _retryOf: e._id };
          keep.set(e._id, c); changed = true;
        }
      } else if (child) changed = true; // no longer needed
    }
    // drop descendants of dropped children
    const live = new Map();
    for (const [pid, c] of keep) { const root = pid.replace(/r+$/, ""); if (pid === root || keep.has(pid.slice(0, -1))) live.set(pid, c); }
    children = live;
    if (!changed) break;
  }
  return { tr, dec };
}

// Round 74 common helpers: seeded RNG, trace writing, replay, per-key figures.
import { spawnSync } from "node:child_process";
import { writeFileSync, readFileSync, mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const HERE = dirname(fileURLToPath(import.meta.url));
export const REPO = process.env.GUARD_REPO ? resolve(process.env.GUARD_REPO) : resolve(HERE, "..", "..");
export const OUT = join(HERE, "out");
mkdirSync(OUT, { recursive: true });

export const POLICY = { defaults: { rpm: 600, tpm: 2000000, tpd: 50000000, concurrency: 64 } };

export function rng(seed) {
  let a = (seed * 2654435761) >>> 0 || 1;
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
    weighted: (pairs) => { // [[item, weight], ...]
      const tot = pairs.reduce((s, p) => s + p[1], 0);
      let x = next() * tot;
      for (const [it, w] of pairs) { if ((x -= w) < 0) return it; }
      return pairs[pairs.length - 1][0];
    },
    exp: (mean) => -Math.log(1 - next()) * mean,
  };
  return r;
}

// rough token count: CJK chars ~1 token, others ~4 chars a token
export function toks(s) {
  let cjk = 0;
  for (const ch of s) if (/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/.test(ch)) cjk++;
  return Math.max(1, Math.round(cjk + (s.length - cjk) / 4));
}

export function promptTokens(body) {
  let s = "";
  if (body.system) s += typeof body.system === "string" ? body.system : JSON.stringify(body.system);
  for (const m of body.messages || []) s += typeof m.content === "string" ? m.content : JSON.stringify(m.content);
  return toks(s) + 4 * (body.messages || []).length;
}

// Diurnal arrival times for a product backend serving many end users.
// profile: 24 weights (local hour); tz offset hours; returns sorted epoch ms.
export const T0 = Date.UTC(2027, 2, 1, 0, 0, 0); // a Monday
export function diurnalTimes(r, { days, perDay, profile, tz = 0, start = T0, dayFactor = () => 1 }) {
  const out = [];
  const tot = profile.reduce((a, b) => a + b, 0);
  for (let d = 0; d < days; d++) {
    const n = Math.round(perDay * dayFactor(d));
    for (let i = 0; i < n; i++) {
      let x = r.next() * tot, h = 0;
      for (; h < 24; h++) { if ((x -= profile[h]) < 0) break; }
      h = Math.min(h, 23);
      const utcH = (h - tz + 24) % 24;
      out.push(start + d * 86400000 + utcH * 3600000 + Math.floor(r.next() * 3600000));
    }
  }
  return out.sort((a, b) => a - b);
}
// school-age: low at night, rises after school, peak 16-21
export const STUDENT_PROFILE = [1,0.5,0.3,0.2,0.2,0.3,0.8,2,3,3.5,3.5,3.5,4,4,4.5,6,8,9,9,8.5,8,6,3.5,2];
export const OFFICE_PROFILE = [0.3,0.2,0.2,0.2,0.3,0.5,1,3,6,8,8,7,6,7,8,8,7,5,3,2,1.5,1,0.6,0.4];

export function writeTrace(name, lines) {
  lines.sort((a, b) => a.ts - b.ts || 0);
  const p = join(OUT, name + ".trace.jsonl");
  writeFileSync(p, lines.map((l) => JSON.stringify(l)).join("\n") + "\n");
  return p;
}

export function replay(name, lines, policy = POLICY) {
  const trace = writeTrace(name, lines);
  const pol = join(OUT, name + ".policy.json");
  writeFileSync(pol, JSON.stringify(policy));
  const out = join(OUT, name + ".decisions.jsonl");
  const res = spawnSync(process.execPath, ["scripts/node22.mjs", "scripts/replay.ts", "--trace", trace, "--out", out, "--policy", pol, "--quiet"], { cwd: REPO, encoding: "utf8", timeout: 170000, maxBuffer: 64 << 20 });
  if (res.status !== 0) throw new Error("replay failed: " + res.status + " " + res.stderr + res.stdout);
  const dec = readFileSync(out, "utf8").trim().split("\n").filter(Boolean).map((l) => JSON.parse(l));
  return { trace: lines, dec };
}

// Figures for one key (or a predicate over trace lines).
export function figures({ trace, dec }, key, { cutOff = 512 } = {}) {
  let n = 0, degraded = 0, refused = 0, tokens = 0, served = 0, first = null, firstI = null, last = null, maxScore = 0;
  const reasons = new Map();
  const actions = {};
  const byDay = {};
  for (const d of dec) {
    const l = trace[d.i];
    if (l.key !== key) continue;
    n++;
    const c = l.usage?.completion_tokens ?? 0;
    tokens += c;
    actions[d.action] = (actions[d.action] || 0) + 1;
    maxScore = Math.max(maxScore, d.score ?? 0);
    const day = Math.floor((l.ts - T0) / 86400000);
    byDay[day] ??= { n: 0, deg: 0 };
    byDay[day].n++;
    if (!d.served) { refused++; continue; }
    if (d.degraded) {
      degraded++;
      byDay[day].deg++;
      served += d.completion ?? Math.min(c, cutOff);
      if (first === null) { first = l.ts; firstI = n; }
      last = l.ts;
      for (const r of d.reasons || []) { const k = String(r).split(/[ :(=]/)[0]; reasons.set(k, (reasons.get(k) || 0) + 1); }
    } else served += c;
  }
  const startTs = trace.find((l) => l.key === key)?.ts;
  const endTs = [...trace].reverse().find((l) => l.key === key)?.ts;
  return {
    key, n, degradedPct: 100 * degraded / Math.max(1, n), refusedPct: 100 * refused / Math.max(1, n),
    tokensCutPct: 100 * (1 - served / Math.max(1, tokens)), firstDegradedReq: firstI,
    firstDegradedH: first === null ? null : (first - startTs) / 3600000,
    lastDegradedBeforeEndH: last === null ? null : (endTs - last) / 3600000,
    maxScore, actions, byDay, topReasons: [...reasons.entries()].sort((a, b) => b[1] - a[1]).slice(0, 6),
  };
}

export function sampleReasons({ trace, dec }, key, k = 2) {
  const out = [];
  for (const d of dec) { if (trace[d.i].key === key && d.degraded && out.length < k) out.push({ i: d.i, score: d.score, reasons: d.reasons }); }
  return out;
}

export function fmt(f) {
  const p = (x) => x.toFixed(1).padStart(5);
  return `${f.key.padEnd(26)} n=${String(f.n).padStart(5)} degraded=${p(f.degradedPct)}% refused=${p(f.refusedPct)}% tokensCut=${p(f.tokensCutPct)}% first=${f.firstDegradedReq ?? "-"}${f.firstDegradedH != null ? ` (${f.firstDegradedH.toFixed(1)}h)` : ""} maxScore=${f.maxScore.toFixed(3)} days=${Object.values(f.byDay).map((d) => `${d.deg}/${d.n}`).join(",")}`;
}

export function usageOf(body, completion) {
  return { prompt_tokens: promptTokens(body), completion_tokens: completion };
}

export function seedArg() { return Number(process.argv[2] || 1); }

// ---- shared helpers (inlined into each r50-*.mjs) ----
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export function rng(seed) {
  let a = seed >>> 0;
  const f = () => { a = (a + 0x6d2b79f5) >>> 0; let t = a; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
  f.int = (lo, hi) => lo + Math.floor(f() * (hi - lo + 1));
  f.pick = (arr) => arr[Math.floor(f() * arr.length)];
  return f;
}
// rough tokenizer: ASCII ~4 chars a token, other scripts ~1 token a char (CJK) / 0.6 (accented, Cyrillic)
export function tok(s) {
  let ascii = 0, other = 0;
  for (const ch of s) { if (ch.charCodeAt(0) < 128) ascii++; else other++; }
  return Math.max(1, Math.ceil(ascii / 4 + other * 0.8));
}
export function chatUsage(body, completionTokens) {
  let p = 8;
  for (const m of body.messages ?? []) p += 4 + tok(typeof m.content === "string" ? m.content : JSON.stringify(m.content));
  if (body.system) p += tok(typeof body.system === "string" ? body.system : JSON.stringify(body.system));
  if (body.tools) p += tok(JSON.stringify(body.tools));
  return { prompt_tokens: p, completion_tokens: completionTokens };
}
export function runReplay(name, lines, policy, extraArgs = []) {
  const dir = mkdtempSync(join(tmpdir(), `r50-${name}-`));
  const trace = join(dir, "trace.jsonl"), out = join(dir, "decisions.jsonl"), pol = join(dir, "policy.json");
  lines.sort((a, b) => a.ts - b.ts);
  writeFileSync(trace, lines.map((l) => JSON.stringify(l)).join("\n") + "\n");
  const args = ["scripts/node22.mjs", "scripts/replay.ts", "--trace", trace, "--out", out, "--quiet"];
  if (policy) { writeFileSync(pol, JSON.stringify(policy)); args.push("--policy", pol); }
  args.push(...extraArgs);
  const r = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 28 });
  if (r.status !== 0) { console.error(r.stdout, r.stderr); throw new Error(`replay failed (${r.status})`); }
  const dec = readFileSync(out, "utf8").trim().split("\n").filter(Boolean).map((l) => JSON.parse(l));
  return { dec, lines, dir };
}
// per-key summary; groups: { label: (key) => bool }
export function summarize(title, { dec, lines }, groups) {
  console.log(`\n=== ${title}  (${lines.length} requests)`);
  const per = new Map();
  for (const d of dec) {
    let s = per.get(d.key);
    if (!s) per.set(d.key, (s = { n: 0, refused: 0, chal: 0, block: 0, limit: 0, deg: 0, first: null, last: "allow", max: 0, reasons: new Set(), lastReasons: [] }));
    s.n++; s.last = d.action; s.max = Math.max(s.max, d.score ?? 0);
    if (d.action === "challenge" && !d.served) s.chal++;
    if (d.action === "block") s.block++;
    if (!d.served && d.action !== "challenge" && d.action !== "block") s.limit++; // 429 (quota, incl. degraded limits)
    if (d.degraded || d.action === "degrade") s.deg++;
    if (!d.served) { s.refused++; if (s.first === null && (d.action === "challenge" || d.action === "block")) s.first = { i: s.n, action: d.action, ts: lines[d.i]?.ts }; }
    if (d.reasons?.length) s.lastReasons = d.reasons;
  }
  const tot = {};
  for (const [label, pred] of Object.entries(groups)) {
    const keys = [...per.keys()].filter(pred);
    const agg = { keys: keys.length, n: 0, refused: 0, chal: 0, block: 0, deg: 0, keysRefused: 0 };
    for (const k of keys) {
      const s = per.get(k);
      agg.n += s.n; agg.refused += s.refused - s.limit; agg.chal += s.chal; agg.block += s.block; agg.deg += s.deg; if (s.chal + s.block > 0) agg.keysRefused++;
      const t0 = lines[0].ts;
      console.log(`  ${k.padEnd(22)} req ${String(s.n).padStart(5)}  final ${s.last.padEnd(9)} max ${s.max.toFixed(3)}  refused ${s.refused - s.limit} (challenged ${s.chal}, blocked ${s.block}) 429 ${s.limit} degraded ${s.deg}` +
        (s.first ? `  first refusal: req #${s.first.i} (${s.first.action}, +${((s.first.ts - t0) / 3600000).toFixed(1)} h)` : "") +
        (s.lastReasons.length ? `\n      reasons: ${s.lastReasons.slice(0, 6).join("; ").slice(0, 300)}` : ""));
    }
    console.log(`  -- ${label}: ${agg.keys} keys, ${agg.n} requests, ${agg.keysRefused} keys challenged/blocked, refused ${agg.refused} by detection (${(100 * agg.refused / Math.max(1, agg.n)).toFixed(1)} %: challenged ${agg.chal}, blocked ${agg.block}), degraded ${agg.deg} (${(100 * agg.deg / Math.max(1, agg.n)).toFixed(1)} %)`);
    tot[label] = agg;
  }
  return tot;
}
export const PRO = { defaults: { rpm: 600, tpm: 2000000, tpd: 50000000, concurrency: 64 } };

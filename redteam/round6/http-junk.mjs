// node http-junk.mjs GUARD_URL FARM_KEYS JUNK_KEYS : JUNK_KEYS made-up keys ("sk-junk...", the origin answers 401) send one
// request each; then FARM_KEYS real keys each send 14 one-line asks (round-robin, 1.5 s between rounds) answered with 2,000 tokens (the extraction profile).
// Prints the farm's statuses per request index, and the cohort reasons the admin API shows for a sample of farm keys.
import fs from "node:fs";
import { rng, pick, SUBJECTS } from "./lib.mjs";
const [G, fA = "120", jA = "0"] = process.argv.slice(2); const F = +fA, J = +jA; const r = rng(61);
const T = fs.readFileSync(new URL("../../.dev.vars", import.meta.url), "utf8").match(/GUARD_ADMIN_TOKEN=(.*)/)[1].trim(); const A = { authorization: `Bearer ${T}` };
const run = Date.now().toString(36);
// every key its own parameters (as a hydra varies them, so that no two keys share a params fingerprint by design)
const P = new Map(); const par = (key) => { if (!P.has(key)) { const o = {}; const mt = pick(r, [0, 1000, 2048, 3000, 4096, 8000]); if (mt) o.max_tokens = mt; const t = pick(r, [-1, 0.3, 0.7, 1, 1.2]); if (t >= 0) o.temperature = t; if (r() < 0.3) o.top_p = pick(r, [0.8, 0.95, 1]); P.set(key, o); } return P.get(key); };
async function req(key, content, c, mt) {
  const res = await fetch(`${G}/v1/chat/completions`, { method: "POST", headers: { authorization: `Bearer ${key}`, "content-type": "application/json", "x-mock-c": String(c) }, body: JSON.stringify({ model: "gpt-4o", ...(mt ? { max_tokens: mt } : par(key)), messages: [{ role: "user", content }] }) });
  await res.arrayBuffer(); return `${res.status}${res.headers.get("x-guard-policy") === "degraded" ? "d" : ""}`;
}
async function pool(n, items, fn) { let i = 0; await Promise.all(Array.from({ length: n }, async () => { while (i < items.length) { const k = items[i++]; await fn(k); } })); }
const t0 = Date.now(); const junk = Array.from({ length: J }, (_, i) => `sk-junk-${run}-${i}-${Math.floor(r() * 1e9)}`);
const jst = {}; await pool(8, junk, async (k) => { const s = await req(k, pick(r, ["hi", "ping", "test"]), 3, 16); jst[s] = (jst[s] ?? 0) + 1; });
const farm = Array.from({ length: F }, (_, i) => `sk-farm-${run}-${i}-${Math.floor(r() * 1e9)}`);
const ROUNDS = 14; const per = Array.from({ length: ROUNDS }, () => ({}));
// round-robin: every farm key makes request i before any makes i+1 (keys of a hydra run side by side)
for (let i = 0; i < ROUNDS; i++) { if (i) await new Promise((ok) => setTimeout(ok, 1500)); await pool(8, farm, async (k) => { const s = await req(k, `Write a long article about ${pick(r, SUBJECTS)}.`, 2000); per[i][s] = (per[i][s] ?? 0) + 1; }); }
const sample = []; for (const k of farm.slice(0, 12)) { const { keyId } = await (await fetch(`${G}/admin/keys/lookup`, { method: "POST", headers: A, body: JSON.stringify({ key: k }) })).json(); const s = await (await fetch(`${G}/admin/keys/${keyId}`, { headers: A })).json(); sample.push({ standing: s.detection?.standing, score: +(s.detection?.score ?? 0).toFixed(3), cohort: (s.detection?.reasons ?? []).find((x) => /cohort/.test(x)) ?? null }); }
console.log(JSON.stringify({ junk: J, junkStatuses: jst, farm: F, perRequest: per, sample, seconds: Math.round((Date.now() - t0) / 1000) }, null, 0));

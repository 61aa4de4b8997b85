// Round 70 helpers: start the stub origin and the guard (npm start, wrangler dev --local),
// force a key to degrade (a tier whose cut-offs are 0, set by the admin API), read vectors.
import { spawn } from "node:child_process";
import { readFileSync, mkdirSync, openSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

export const HERE = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(HERE, "../..");
export const GUARD_PORT = Number(process.env.GUARD_PORT || 8870);
export const ORIGIN_PORT = Number(process.env.ORIGIN_PORT || 8872);
export const G = `http://127.0.0.1:${GUARD_PORT}`;
export const O = `http://127.0.0.1:${ORIGIN_PORT}`;
const vars = Object.fromEntries(readFileSync(path.join(ROOT, ".dev.vars"), "utf8").split("\n").filter((l) => l.includes("=")).map((l) => { const i = l.indexOf("="); return [l.slice(0, i).trim(), l.slice(i + 1).trim().replace(/^"|"$/g, "")]; }));
export const ADMIN = vars.GUARD_ADMIN_TOKEN;
export const POLICY = {
  defaults: { rpm: 100000, tpm: 100000000, tpd: 1000000000, concurrency: 64 },
  tiers: { deg: { rpm: 100000, tpm: 100000000, tpd: 1000000000, concurrency: 64, detection: { throttleAt: 0, degradeAt: 0, challengeAt: 1, blockAt: 1, minEvidence: 0, jitter: 0, convergeChannels: 1 } } },
};
const procs = [];
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
export { sleep };

export async function startAll({ policy = POLICY, env = {}, originEnv = {} } = {}) {
  mkdirSync(path.join(HERE, "out"), { recursive: true });
  const olog = openSync(path.join(HERE, "out", "origin.log"), "w");
  const o = spawn(process.execPath, [path.join(HERE, "origin.mjs")], { env: { ...process.env, ORIGIN_PORT: String(ORIGIN_PORT), ...originEnv }, stdio: ["ignore", olog, olog], detached: true });
  procs.push(o);
  const glog = openSync(path.join(HERE, "out", "guard.log"), "w");
  const g = spawn("npm", ["start"], { cwd: ROOT, env: { ...process.env, PORT: String(GUARD_PORT), MOCK_PORT: process.env.MOCK_PORT || "8871", UPSTREAM_URL: O, GUARD_POLICY: JSON.stringify(policy), ...env }, stdio: ["ignore", glog, glog], detached: true });
  procs.push(g);
  const t0 = Date.now();
  for (;;) {
    if (Date.now() - t0 > 90000) throw new Error("guard did not start in 90 s (see out/guard.log)");
    try { const r = await fetch(G + "/v1/models", { headers: { authorization: "Bearer sk-probe-start" } }); if (r.status < 500) break; } catch {}
    await sleep(500);
  }
}
export function stopAll() {
  for (const p of procs.splice(0)) { try { process.kill(-p.pid, "SIGTERM"); } catch {} }
}
process.on("exit", stopAll);
for (const s of ["SIGINT", "SIGTERM"]) process.on(s, () => { stopAll(); process.exit(130); });
export function deadline(ms) { setTimeout(() => { console.log("timeout: not reproduced (script ran out of time)"); stopAll(); process.exit(2); }, ms).unref(); }

export async function admin(method, p, body) {
  const r = await fetch(G + "/admin" + p, { method, headers: { authorization: "Bearer " + ADMIN, "content-type": "application/json" }, body: body ? JSON.stringify(body) : undefined });
  const t = await r.text();
  try { return JSON.parse(t); } catch { return t; }
}
export async function keyId(key) { return (await admin("POST", "/keys/lookup", { key })).keyId; }
export async function degradeKey(key, extra = {}) {
  const id = await keyId(key);
  await admin("PUT", `/keys/${id}/overrides`, { tier: "deg", ...extra });
  return id;
}
export async function embed(key, body, headers = {}) {
  const r = await fetch(G + "/v1/embeddings", { method: "POST", headers: { authorization: "Bearer " + key, "content-type": "application/json", ...headers }, body: typeof body === "string" ? body : JSON.stringify(body) });
  const text = await r.text();
  let json = null; try { json = JSON.parse(text); } catch {}
  return { status: r.status, headers: r.headers, text, json, policy: r.headers.get("x-guard-policy") };
}
export function decodeVec(e) {
  if (typeof e === "string") { const b = Buffer.from(e, "base64"); return Array.from(new Float32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.length))); }
  return e;
}
export function nonzero(v) { let n = 0; for (const x of v) if (x !== 0) n++; return n; }
export function lastNonzero(v) { let k = -1; v.forEach((x, i) => { if (x !== 0) k = i; }); return k + 1; }
export function norm(v) { return Math.sqrt(v.reduce((a, x) => a + x * x, 0)); }
export async function originLog() { return (await fetch(O + "/__log")).json(); }
export async function clearOriginLog() { await fetch(O + "/__log", { method: "DELETE" }); }
// cosine between a served vector and the origin's full native vector of the same input
export function cos(a, b) { let s = 0, na = 0, nb = 0; for (let i = 0; i < Math.min(a.length, b.length); i++) { s += a[i] * b[i]; } for (const x of a) na += x * x; for (const x of b) nb += x * x; return s / Math.sqrt(na * nb); }

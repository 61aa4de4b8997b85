// starts the stub origin (8882, in-process) and the guard (`npm start`, 8880, mock 8881) pointed at it; helpers
import { spawn } from "node:child_process";
import { ROOT, OUT, rng, LANGS, langText } from "./lib.mjs";
import { start as startOrigin } from "./origin.mjs";
import { openSync } from "node:fs";
import { join } from "node:path";
export const GUARD = "http://127.0.0.1:8880";
// the cut does not depend on how a key reached degrade: to reach it in a few requests the cut-offs are lowered
// (thirty-ninth session: convergeChannels 1 reads any evidence as evidence of how the key is
// driven; since R71-1's fix embeddings are cut only then, and these scripts measure the cut)
export const POLICY = { defaults: { rpm: 600, tpm: 2000000, tpd: 50000000, concurrency: 64 }, detection: { throttleAt: 0.02, degradeAt: 0.02, challengeAt: 0.98, blockAt: 0.99, convergeChannels: 1 } };
let child, origin;
export async function up() {
  origin = await startOrigin(8882);
  const log = openSync(join(OUT, "guard.log"), "w");
  child = spawn("npm", ["start"], { cwd: ROOT, detached: true, stdio: ["ignore", log, log], env: { ...process.env, PORT: "8880", MOCK_PORT: "8881", UPSTREAM_URL: "http://127.0.0.1:8882", GUARD_POLICY: JSON.stringify(POLICY) } });
  const t0 = Date.now();
  while (Date.now() - t0 < 120000) { try { const r = await fetch(GUARD + "/v1/models", { headers: { authorization: "Bearer sk-r71-probe" } }); if (r.status) return; } catch {} await new Promise((ok) => setTimeout(ok, 1000)); }
  throw new Error("guard did not start in 120 s");
}
export async function down() { try { process.kill(-child.pid, "SIGTERM"); } catch {} try { origin.close(); origin.closeAllConnections?.(); } catch {} }
export const socketErrors = { n: 0 };
export async function embed(key, body) {
  for (let a = 0; ; a++) { try { return await embed1(key, body); } catch (e) { if (a >= 1) throw e; socketErrors.n++; } }
}
async function embed1(key, body) {
  const r = await fetch(GUARD + "/v1/embeddings", { method: "POST", headers: { authorization: `Bearer ${key}`, "content-type": "application/json" }, body: JSON.stringify(body) });
  const text = await r.text(); let json = null; try { json = JSON.parse(text); } catch {}
  return { status: r.status, policy: r.headers.get("x-guard-policy"), retry: r.headers.get("x-should-retry"), bytes: text.length, json, text };
}
// brings a key to degrade with the honest multilingual docs-site shape (one page, 10 language versions a request); bounded
export async function degradeKey(key, max = 40) {
  const r = rng(71);
  for (let i = 0; i < max; i++) {
    const a = await embed(key, { model: "text-embedding-3-small", input: LANGS.map((l) => langText(r, l, 40, "docs")), encoding_format: "base64" });
    if (a.policy === "degraded") return i + 1;
  }
  throw new Error(`${key} not degraded after ${max} requests`);
}
export function decodeB64(s) { const b = Buffer.from(s, "base64"); return new Float32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength)); }
export function vecOf(item) { return typeof item.embedding === "string" ? Array.from(decodeB64(item.embedding)) : item.embedding; }
export function stats(v) { let n = 0, nz = 0, last = -1; for (let i = 0; i < v.length; i++) { n += v[i] * v[i]; if (v[i] !== 0) { nz++; last = i; } } return { len: v.length, norm: Math.sqrt(n), nonzero: nz, lastNonzero: last }; }

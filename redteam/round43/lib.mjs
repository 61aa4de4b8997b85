// round 43 helpers. Guard: the built bundle (dist/index.js) in Miniflare, N isolates (round 42a's multi-isolate setup,
// ports moved): isolate i on 127.0.0.1:10030+i (at most 3), entry socket 10038. Origins: 10033 (OpenAI, real tokenizer,
// round 42b's origin42b.mjs), 10034 (Anthropic with prompt caching, origin43-anthropic.mjs).
import { Miniflare, convertV4MiniflareOptions } from "miniflare";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
export { startOrigin42b, ntok, chatPromptTokens, responsesInputTokens, imageTokens } from "../round42b/origin42b.mjs";
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const GUARD0 = 10030, ORIGIN = 10033, ANTH = 10034;
function devVars() { const o = {}; for (const l of fs.readFileSync(path.join(ROOT, ".dev.vars"), "utf8").split("\n")) { const m = l.match(/^([A-Z_]+)=(.*)$/); if (m) o[m[1]] = m[2].trim(); } return o; }
export async function startGuard({ n = 1, policy, vars = {}, upstream = `http://127.0.0.1:${ORIGIN}`, dist = process.env.GUARD_DIST || path.join(ROOT, "dist/index.js") } = {}) {
  const s = devVars();
  const bindings = { UPSTREAM_URL: upstream, FAIL_MODE: "open", LOG_DECISIONS: "acted", MAX_BODY_BYTES: "8388608", DO_TIMEOUT_MS: "2000",
    GUARD_POLICY: JSON.stringify(policy), GUARD_KEY_SECRET: s.GUARD_KEY_SECRET, GUARD_ADMIN_TOKEN: s.GUARD_ADMIN_TOKEN, ...vars };
  const classes = { KEY_GUARD: "KeyGuard", LINK_REGISTRY: "LinkRegistry", LIST_INDEX: "ListIndex", BATCH_GROUP: "BatchGroup" };
  const workers = [];
  for (let i = 0; i < n; i++) {
    const durableObjects = {};
    for (const [b, c] of Object.entries(classes)) durableObjects[b] = i === 0 ? { className: c, useSQLite: true } : { className: c, scriptName: "g0", useSQLite: true };
    workers.push({ name: "g" + i, rootPath: ROOT, modules: true, scriptPath: dist, compatibilityDate: "2026-08-01",
      compatibilityFlags: ["nodejs_compat", "enable_request_signal"], bindings, durableObjects, unsafeDirectSockets: [{ host: "127.0.0.1", port: GUARD0 + i }] });
  }
  const mf = new Miniflare(convertV4MiniflareOptions({ host: "127.0.0.1", port: 10038, logRequests: false, workers, handleStructuredLogs() {} }));
  await mf.ready;
  const bases = Array.from({ length: n }, (_, i) => `http://127.0.0.1:${GUARD0 + i}`);
  const admin = async (method, p, body, i = 0) => { const r = await fetch(bases[i] + "/admin" + p, { method, headers: { authorization: "Bearer " + s.GUARD_ADMIN_TOKEN, "content-type": "application/json" }, body: body ? JSON.stringify(body) : undefined }); const t = await r.text(); try { return { status: r.status, body: JSON.parse(t) }; } catch { return { status: r.status, body: t }; } };
  const keyId = async (key) => (await admin("POST", "/keys/lookup", { key })).body.keyId;
  let done = false; const stop = async () => { if (done) return; done = true; try { await mf.dispose(); } catch {} };
  process.on("exit", () => { if (!done) try { mf.dispose(); } catch {} });
  for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, async () => { await stop(); process.exit(130); });
  return { mf, base: bases[0], bases, admin, keyId, stop };
}
export async function keyView(g, key) { return (await g.admin("GET", `/keys/${await g.keyId(key)}`)).body; }
export async function settled(g, key, ms = 40000) {
  const t0 = Date.now(); let v;
  for (;;) { v = await keyView(g, key); if (!v.inFlight || Date.now() - t0 > ms) break; await sleep(250); }
  const c = v.counters || {}; return { charged: (c.promptTokens || 0) + (c.completionTokens || 0), prompt: c.promptTokens || 0, completion: c.completionTokens || 0, view: v };
}
// one request; cutAt: string or fn(buf, ms) -> true to hang up
export async function ask(base, key, method, p, body, cutAt, extra = {}) {
  const ac = new AbortController(); let r; const t0 = Date.now();
  const auth = extra["x-api-key"] ? {} : { authorization: "Bearer " + key };
  try { r = await fetch(base + p, { method, headers: { ...auth, ...(body ? { "content-type": "application/json" } : {}), ...extra }, body: body ? JSON.stringify(body) : undefined, signal: ac.signal }); }
  catch (e) { return { status: 0, text: String(e) }; }
  const th = Date.now(); const rd = r.body.getReader(); const dec = new TextDecoder(); let buf = ""; let cut = false;
  const hit = () => cutAt && (typeof cutAt === "function" ? cutAt(buf, Date.now() - th) : buf.includes(cutAt));
  try { if (hit()) { cut = true; ac.abort(); } else for (;;) { const { value, done } = await rd.read(); if (done) break; buf += dec.decode(value, { stream: true }); if (hit()) { cut = true; ac.abort(); break; } } } catch {}
  return { status: r.status, text: buf, cut, headers: r.headers, ms: Date.now() - t0 };
}
export function rng(seed = 42) { let s = seed >>> 0; return () => { s = (s * 1664525 + 1013904223) >>> 0; return s / 4294967296; }; }
export const POLICY = (lim = {}, extra = {}) => ({ defaults: { rpm: 6000, tpm: 100000000, tpd: 1000000000, concurrency: 16, ...lim }, detection: { mode: "off" }, defaultMaxOutputTokens: 1024, ...extra });
// the guard's estimate of a request, read from its admission: x-ratelimit-remaining-tokens on a fresh key of a known tpm
export async function estimateOf(g, body, p = "/v1/chat/completions", TPM = 100000000, hdrs = {}) {
  const key = "sk-est-" + Math.random().toString(36).slice(2);
  const r = await ask(g.base, key, "POST", p, body, null, hdrs);
  const rem = +r.headers?.get("x-ratelimit-remaining-tokens");
  return { status: r.status, reserved: TPM - rem, key, text: r.text };
}
// cut streams one after another on a fresh key until refused (at most `reqs`), then a control read to the end
export async function cutRun(g, o, { key, path = "/v1/chat/completions", body, reqs = 10, cut }) {
  cut ||= (b) => (b.match(/"delta":\{"content":"/g) || []).length >= 3 || (b.match(/output_text\.delta/g) || []).length >= 3;
  let served = 0, refused = 0, lastRefusal = "";
  for (let i = 0; i < reqs; i++) {
    const r = await ask(g.base, key, "POST", path, { ...body, stream: true }, cut);
    if (r.status === 200) served++; else { refused++; lastRefusal = r.status + " " + r.text.slice(0, 160); break; }
    await sleep(150);
  }
  await sleep(1500); const s = await settled(g, key); const b = o.billed[key] || { total: 0, prompt: 0, completion: 0 };
  return { served, refused, lastRefusal, billed: b.total, billedPrompt: b.prompt, charged: s.charged, chargedPrompt: s.prompt };
}
// `n` requests at once (JSON, not streamed) on a fresh key
export async function burst(g, o, { key, path = "/v1/chat/completions", body, n = 8 }) {
  const rs = await Promise.all(Array.from({ length: n }, () => ask(g.base, key, "POST", path, body)));
  const s = await settled(g, key); const b = o.billed[key] || { total: 0 };
  return { served: rs.filter((r) => r.status === 200).length, statuses: rs.map((r) => r.status), billed: b.total, charged: s.charged };
}

// round 42b helpers: round 33's wrangler-dev guard (files /tmp/rt42b-*), ports guard 10020, inspector 10029, origin 10023.
import { startGuard as startGuard33 } from "../round33/lib.mjs";
export { sleep, call } from "../round33/lib.mjs";
export const GUARD = 10020, INSPECT = 10029, ORIGIN = 10023;
export const startGuard = (o = {}) => startGuard33({ prefix: "rt42b", port: GUARD, inspectorPort: INSPECT, upstream: `http://127.0.0.1:${ORIGIN}`, ...o });
export async function keyView(g, key) { return (await g.admin("GET", `/keys/${await g.keyId(key)}`)).body; }
// wait until nothing is in flight, then read the key's counters (what the guard charged)
export async function settled(g, key, ms = 40000) {
  const t0 = Date.now(); let v;
  for (;;) { v = await keyView(g, key); if (!v.inFlight || Date.now() - t0 > ms) break; await new Promise((r) => setTimeout(r, 250)); }
  const c = v.counters || {}; return { charged: (c.promptTokens || 0) + (c.completionTokens || 0), prompt: c.promptTokens || 0, completion: c.completionTokens || 0, view: v };
}
export async function override(g, key, ov) { await g.admin("PUT", `/keys/${await g.keyId(key)}/overrides`, ov); return key; }
// the guard's documented prompt estimate (docs/config.md, Tokens): ceil(ASCII / 4) + 1 per other UTF-16 unit
export function docEstimate(s) { let a = 0, o = 0; for (let i = 0; i < s.length; i++) { if (s.charCodeAt(i) < 128) a++; else o++; } return Math.ceil(a / 4) + o; }
// one request; cutAt: a string, or a function(buf, msSinceHeaders) -> true to hang up
export async function ask(base, key, method, path, body, cutAt, extra = {}) {
  const ac = new AbortController(); let r; const t0 = Date.now();
  try { r = await fetch(base + path, { method, headers: { authorization: "Bearer " + key, ...(body ? { "content-type": "application/json" } : {}), ...extra }, body: body ? JSON.stringify(body) : undefined, signal: ac.signal }); }
  catch (e) { return { status: 0, text: String(e) }; }
  const th = Date.now(); const rd = r.body.getReader(); const dec = new TextDecoder(); let buf = ""; let cut = false; let bytes = 0;
  const hit = () => cutAt && (typeof cutAt === "function" ? cutAt(buf, Date.now() - th) : buf.includes(cutAt));
  try {
    if (hit()) { cut = true; ac.abort(); }
    else for (;;) { const { value, done } = await rd.read(); if (done) break; bytes += value.length; buf += dec.decode(value, { stream: true }); if (hit()) { cut = true; ac.abort(); break; } }
  } catch {}
  return { status: r.status, text: buf, cut, bytes, headers: r.headers, ms: Date.now() - t0 };
}
// a random generator with a seed (reproducible payloads)
export function rng(seed = 42) { let s = seed >>> 0; return () => { s = (s * 1664525 + 1013904223) >>> 0; return s / 4294967296; }; }
export const POLICY = (lim) => ({ defaults: { rpm: 600, tpm: 100000000, tpd: 1000000000, concurrency: 8, ...lim }, tiers: { q: { detection: { mode: "off" } } }, defaultMaxOutputTokens: 1024 });

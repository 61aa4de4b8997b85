// round 40 helpers: round 33's wrangler-dev guard (files /tmp/rt40-*), ports guard 9971, inspector 9979, origin 9973.
import { startGuard as startGuard33 } from "../round33/lib.mjs";
export { sleep, call } from "../round33/lib.mjs";
export const GUARD = 9971, INSPECT = 9979, ORIGIN = 9973;
export const startGuard = (o = {}) => startGuard33({ prefix: "rt40", port: GUARD, inspectorPort: INSPECT, upstream: `http://127.0.0.1:${ORIGIN}`, ...o });
export async function keyView(g, key) { return (await g.admin("GET", `/keys/${await g.keyId(key)}`)).body; }
export async function settled(g, key, ms = 30000) {
  const t0 = Date.now(); let v;
  for (;;) { v = await keyView(g, key); if (!v.inFlight || Date.now() - t0 > ms) break; await new Promise((r) => setTimeout(r, 250)); }
  const c = v.counters || {}; return { charged: (c.promptTokens || 0) + (c.completionTokens || 0), prompt: c.promptTokens || 0, completion: c.completionTokens || 0, view: v };
}
export const POLICY = { defaults: { rpm: 6000, tpm: 100000000, tpd: 1000000000, concurrency: 64 }, tiers: { q: { detection: { mode: "off" } } }, defaultMaxOutputTokens: 1024 };
export async function quotaKey(g, key) { await g.admin("PUT", `/keys/${await g.keyId(key)}/overrides`, { tier: "q" }); return key; }
// one request; cutAt: a string, or a function(buf, msSinceHeaders) -> true to hang up
export async function ask(base, key, method, path, body, cutAt, extra = {}) {
  const ac = new AbortController(); let r; const t0 = Date.now();
  try { r = await fetch(base + path, { method, headers: { authorization: "Bearer " + key, ...(body ? { "content-type": "application/json" } : {}), ...extra }, body: body ? JSON.stringify(body) : undefined, signal: ac.signal }); }
  catch (e) { return { status: 0, text: String(e) }; }
  const th = Date.now(); const rd = r.body.getReader(); const dec = new TextDecoder(); let buf = ""; let cut = false;
  const hit = () => cutAt && (typeof cutAt === "function" ? cutAt(buf, Date.now() - th) : buf.includes(cutAt));
  try {
    if (hit()) { cut = true; ac.abort(); }
    else for (;;) { const { value, done } = await rd.read(); if (done) break; buf += dec.decode(value, { stream: true }); if (hit()) { cut = true; ac.abort(); break; } }
  } catch {}
  return { status: r.status, text: buf, cut, headers: r.headers, ms: Date.now() - t0, cutAt: Date.now() };
}

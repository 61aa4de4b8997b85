// round 39b helpers: round 33's wrangler-dev guard (files /tmp/rt39b-*), this round's origin, charge readers.
import { startGuard as startGuard33 } from "../round33/lib.mjs";
import { sleep } from "../round33/lib.mjs";
export { sleep, call } from "../round33/lib.mjs";
export { startOrigin39 } from "./origin39b.mjs";
export const GUARD = 9961, INSPECT = 9969, ORIGIN = 9963;
export const startGuard = (o = {}) => startGuard33({ prefix: "rt39b", port: GUARD, inspectorPort: INSPECT, upstream: `http://127.0.0.1:${ORIGIN}`, ...o });
export async function keyView(g, key) { return (await g.admin("GET", `/keys/${await g.keyId(key)}`)).body; }
export async function charged(g, key) { const c = (await keyView(g, key)).counters; return (c.promptTokens || 0) + (c.completionTokens || 0); }
export const POLICY = { defaults: { rpm: 600, tpm: 2000000, tpd: 50000000, concurrency: 64 }, defaultMaxOutputTokens: 1024 };
// wait (<= ms) until the key has nothing in flight, then return what it was charged
export async function settled(g, key, ms = 8000) { const t0 = Date.now(); let v; for (;;) { v = await keyView(g, key); if (!v.inFlight || Date.now() - t0 > ms) break; await sleep(250); } const c = v.counters; return { charged: (c.promptTokens || 0) + (c.completionTokens || 0), inFlight: v.inFlight, view: v }; }

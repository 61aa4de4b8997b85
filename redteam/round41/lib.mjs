// round 41 helpers: round 33's wrangler-dev guard (files /tmp/rt41-*), this round's origin (origin41.mjs), and the
// knobs to put a key into challenge / degrade on purpose through the admin API (tiers with low cut-offs).
import { startGuard as startGuard33 } from "../round33/lib.mjs";
export { sleep, call, solvePuzzle } from "../round33/lib.mjs";
export { startOrigin39 as startOrigin } from "./origin41.mjs";
export const GUARD = 9981, INSPECT = 9989, ORIGIN = 9983;
export const BASE = `http://127.0.0.1:${GUARD}`;
// chal: challengeAt 0 with one channel enough (round 13's tier): every request of the key without a pass is challenged.
// deg: degradeAt 0, challengeAt 0.99: every request served degraded.
export const POLICY = {
  defaults: { rpm: 600, tpm: 20000000, tpd: 500000000, concurrency: 512 },
  tiers: {
    chal: { detection: { throttleAt: 0, degradeAt: 0, challengeAt: 0, blockAt: 0.999, minEvidence: 0, jitter: 0, convergeChannels: 1, convergeFloor: 0 } },
    deg: { detection: { throttleAt: 0, degradeAt: 0, challengeAt: 0.99, blockAt: 0.999, minEvidence: 0, jitter: 0 } },
  },
  defaultMaxOutputTokens: 1024,
};
export const startGuard = (o = {}) => startGuard33({ prefix: "rt41", port: GUARD, inspectorPort: INSPECT, upstream: `http://127.0.0.1:${ORIGIN}`, policy: POLICY, ...o });
export async function setTier(g, key, tier) { const id = await g.keyId(key); const r = await g.admin("PUT", `/keys/${id}/overrides`, { tier }); if (r.status !== 200) throw new Error("override " + r.status + JSON.stringify(r.body)); return id; }
export async function keyView(g, key) { return (await g.admin("GET", `/keys/${await g.keyId(key)}`)).body; }
// count what reached the origin, by key and path, from a log index on
export const reached = (origin, key, path, from = 0) => origin.log.slice(from).filter((r) => r.key === key && (!path || r.path === path));
// a fetch wrapper that records every request and answer status the helper makes (what goes over the wire)
export function recordingFetch(log, inner = fetch) {
  return async (input, init) => {
    const url = typeof input === "string" ? input : input.url ?? String(input);
    const h = new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined));
    const e = { t: Date.now(), url, sol: h.get("x-guard-solution"), ch: !!h.get("x-guard-challenge") };
    log.push(e);
    try { const r = await inner(input, init); e.status = r.status; return r; } catch (err) { e.err = String(err?.name || err); throw err; }
  };
}

/**
 * Red team R8-2 (critical), in the Worker: a key that sends its whole harvest as one message batch
 * and fetches the results once is judged by its answers only after the origin produced all of
 * them (11 of 300 keys flagged, 97 % of the harvest served). A batch that asks in the extraction
 * profile's shape reads its cohort shard's crowd before it is decided (a young key takes it as
 * provisional cohort evidence: degraded before the origin runs it, in a crowded cohort), and is
 * counted in its cohort with that profile once the origin accepted it.
 */
import { runInDurableObject } from "cloudflare:test";
import { afterEach, describe, expect, it, vi } from "vitest";
import { cohortShard } from "../../src/detect/link.ts";
import type { LinkReport } from "../../src/detect/link.ts";
import type { KeySnapshot } from "../../src/engine/key-engine.ts";
import type { KeyGuard } from "../../src/state/key-guard.ts";
import type { LinkRegistry } from "../../src/state/link-registry.ts";
import { call, keyIdOf, mockOrigin, newKey, testEnv } from "./helpers.ts";

afterEach(() => vi.restoreAllMocks());

const auth = (key: string) => ({ "x-api-key": key, "anthropic-version": "2023-06-01", "content-type": "application/json" });
const items = (n: number, maxTokens: number) =>
  Array.from({ length: n }, (_, i) => ({ custom_id: `q${i}`, params: { model: "claude-sonnet-4-5", max_tokens: maxTokens, messages: [{ role: "user", content: `Write a thorough essay on subject ${i}.` }] } }));

async function detectOf(key: string) {
  return runInDurableObject(testEnv.KEY_GUARD.getByName(await keyIdOf(key)), (instance: KeyGuard) => {
    const d = (instance as unknown as { engine: { snap: KeySnapshot } }).engine.snap.detect;
    return { cohort: d.cohort, cohortAsked: d.cohortAsked, cohortCounted: d.cohortCounted };
  });
}

/** Crowd the key's cohort shard with `n` young keys that drew the extraction profile. */
async function crowd(key: string, n: number): Promise<number> {
  const shard = cohortShard(await keyIdOf(key));
  return runInDurableObject(testEnv.LINK_REGISTRY.getByName(shard), (reg: LinkRegistry) => {
    for (let k = 0; k < n; k++) {
      const r: LinkReport = { shard, k: 7_000_000 + k, n: 8, pf: 1, rh: 0, loc: 0.2, tp: 0, s1: 1, ps: 0, rs: 0, gm: 0, hv: 1, n24: 0, asn: 0, ws: "", hp: 1 };
      reg.observe(r);
    }
    return reg.crowd();
  });
}

const today = () => Math.floor(Date.now() / 86_400_000) + 1;

describe("a batch that asks in the extraction profile's shape (red team R8-2)", () => {
  it("in a crowded cohort, a young key's batch is degraded before the origin runs it; a batch of another shape is not", async () => {
    const { seen } = mockOrigin();
    const key = newKey();
    expect(await crowd(key, 40)).toBe(1);
    const { res, settled } = await call("/v1/messages/batches", { method: "POST", headers: auth(key), body: JSON.stringify({ requests: items(10, 2048) }) });
    expect(res.status).toBe(200);
    expect(res.headers.get("x-guard-policy")).toBe("degraded");
    await res.text();
    await settled();
    const sent = (await seen.at(-1)!.json()) as { requests: { params: { max_tokens: number } }[] };
    expect(sent.requests.map((r) => r.params.max_tokens)).toEqual(new Array(10).fill(512));
    expect(await detectOf(key)).toMatchObject({ cohort: 1, cohortAsked: 1 });

    // the same cohort, a batch of short labels (a 5-token cap): not the shape, not degraded
    const labeller = newKey();
    await crowd(labeller, 40);
    const labels = await call("/v1/messages/batches", { method: "POST", headers: auth(labeller), body: JSON.stringify({ requests: items(10, 5) }) });
    expect(labels.res.headers.get("x-guard-policy")).toBeNull();
    await labels.res.text();
    await labels.settled();
    expect((await detectOf(labeller)).cohort).toBe(0);
  });

  it("a young key's batch of that shape is counted in its cohort once the origin accepted it, with the profile; not when the origin refused it", async () => {
    mockOrigin();
    const key = newKey();
    const { res, settled } = await call("/v1/messages/batches", { method: "POST", headers: auth(key), body: JSON.stringify({ requests: items(5, 4096) }) });
    expect(res.status).toBe(200);
    await res.text();
    await settled();
    expect((await detectOf(key)).cohortCounted).toBe(-today());

    // a made-up key the origin refuses crowds nothing (red team R6-1)
    mockOrigin(async () => new Response(JSON.stringify({ type: "error", error: { type: "authentication_error", message: "invalid x-api-key" } }), { status: 401, headers: { "content-type": "application/json" } }));
    const junk = newKey();
    const refused = await call("/v1/messages/batches", { method: "POST", headers: auth(junk), body: JSON.stringify({ requests: items(5, 4096) }) });
    expect(refused.res.status).toBe(401);
    await refused.res.text();
    await refused.settled();
    expect((await detectOf(junk)).cohortCounted).toBe(0);
  });
});

/**
 * Linkage reports batched per registry shard through the real Worker (lease-client.ts +
 * link-batch.ts, KeyGuard returning its reports, LinkRegistry.observeMany): many new keys
 * reporting at once cost one call per shard, not one per key and shard; every key still reaches
 * its shards; each key's views ride on its deferred settlement (no call of their own).
 */
import { listDurableObjectIds, runInDurableObject } from "cloudflare:test";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { hash32 } from "../../src/detect/sketch.ts";
import { IO } from "../../src/observability/io.ts";
import { resetLeaseClient } from "../../src/proxy/lease-client.ts";
import type { LinkRegistry } from "../../src/state/link-registry.ts";
import { call, chat, keyIdOf, mockOrigin, newKey, testEnv } from "./helpers.ts";

const BASE = JSON.parse(String(testEnv.GUARD_POLICY)) as Record<string, unknown>;
// the defaults of a deployment: a 250 ms batching window, settlements deferred up to a second
const ENV = { GUARD_POLICY: JSON.stringify({ ...BASE, leases: { ...(BASE.leases as object), linkBatchMs: 250, settleDeferMs: 1000 } }) } as never;

beforeEach(() => {
  resetLeaseClient();
  vi.spyOn(console, "log").mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

describe("linkage reports batched per shard", () => {
  // first: it reads a cohort shard this file has not used yet (the next test's answered keys report to theirs)
  it("a key the origin has answered is counted by its cohort shard at its next report (through the real Worker and registry)", async () => {
    mockOrigin();
    const key = newKey("sk-cohort");
    const shardsBefore = new Set((await listDurableObjectIds(testEnv.LINK_REGISTRY)).map((id) => id.toString()));
    for (let i = 0; i < 2; i++) {
      const { res, settled } = await call("/v1/chat/completions", chat(key, { messages: [{ role: "user", content: `Question ${i}` }] }), ENV);
      expect(res.status).toBe(200);
      await res.text();
      await settled();
    }
    const ids = (await listDurableObjectIds(testEnv.LINK_REGISTRY)).filter((id) => !shardsBefore.has(id.toString()));
    const regs = await Promise.all(ids.map((id) => runInDurableObject(testEnv.LINK_REGISTRY.get(id), (instance: LinkRegistry) => (instance as unknown as { reg: { cy?: string[] } }).reg)));
    const cohorts = regs.filter((r) => r.cy !== undefined);
    expect(cohorts).toHaveLength(1);
    // one key counted among the young keys of today's slot (HLL registers: exactly one set)
    expect(cohorts[0]!.cy!.join("").replace(/0/g, "").length).toBe(1);
  });

  it("12 new keys reporting at once: one call per shard, 2 key calls per request; each key a member of its shards once the origin has answered it (red team R34-1)", async () => {
    mockOrigin();
    const wrapper = `You are the batching test's assistant ${Math.random()}. Answer briefly.`;
    const keys = Array.from({ length: 12 }, () => newKey("sk-batch"));
    const round = (n: number) =>
      Promise.all(
        keys.map(async (key, i) => {
          const { res, settled } = await call("/v1/chat/completions", chat(key, { messages: [{ role: "system", content: wrapper }, { role: "user", content: `Question ${n}.${i}` }] }), ENV);
          expect(res.status).toBe(200);
          await res.text();
          await settled();
        }),
      );
    const members = async (ids: DurableObjectId[]) =>
      Promise.all(ids.map((id) => runInDurableObject(testEnv.LINK_REGISTRY.get(id), (instance: LinkRegistry) => (instance as unknown as { reg: { m: { k: number }[]; cy?: string[] } }).reg)));
    const before = { ...IO };
    const shardsBefore = new Set((await listDurableObjectIds(testEnv.LINK_REGISTRY)).map((id) => id.toString()));
    await round(1);
    const shardCalls = IO.shardCalls - before.shardCalls;
    const doCalls = IO.doCalls - before.doCalls;
    // the system prompt's wrapper shards (one or two), each called once for all 12 keys; no cohort
    // shard yet: a key is counted by its cohort once the origin has answered it
    expect(shardCalls).toBeGreaterThanOrEqual(1);
    expect(shardCalls).toBeLessThanOrEqual(2);
    // per key: its exchange, and its settlement carrying its views
    expect(doCalls).toBe(24);
    // no key was answered when it reported: the shards answered, and counted none of them
    const first = (await listDurableObjectIds(testEnv.LINK_REGISTRY)).filter((id) => !shardsBefore.has(id.toString()));
    for (const reg of await members(first)) expect(reg.m).toEqual([]);
    // each key's second request reports again (schedule point 2), its first answer settled
    await round(2);
    const wanted = new Set(await Promise.all(keys.map(async (k) => hash32(await keyIdOf(k)))));
    const ids = (await listDurableObjectIds(testEnv.LINK_REGISTRY)).filter((id) => !shardsBefore.has(id.toString()));
    const wrappers = (await members(ids)).filter((reg) => reg.cy === undefined);
    expect(wrappers.length).toBe(shardCalls);
    for (const reg of wrappers) expect(new Set(reg.m.map((m) => m.k))).toEqual(wanted);
  });
});

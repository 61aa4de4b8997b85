/**
 * Linkage registry shards store their state at most once per SHARD_WRITE_MS (a shard that every
 * new key of a network reports to wrote a row per report): reports in between are answered from
 * memory and stored by an alarm. And a key stores itself once after all its shard answers.
 */
import { runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { describe, expect, it, vi } from "vitest";
import type { LinkReport } from "../../src/detect/index.ts";
import type { KeyGuard } from "../../src/state/key-guard.ts";
import type { LinkRegistry } from "../../src/state/link-registry.ts";
import { testEnv } from "./helpers.ts";

const report = (k: number, shard: string): LinkReport => ({ shard, k, n: 1, pf: 7, rh: 0, loc: 0, tp: 3, s1: 1, ps: 0, rs: 0, gm: 0, hv: 0.6, n24: 0, asn: 64500, ws: "" });

type Stored = { w: number; m: unknown[] };

describe("registry shard writes", () => {
  it("the first report is stored at once, the next ones within a second by the alarm, and none is lost", async () => {
    const name = `a:64500-${Math.random()}`;
    const shard = testEnv.LINK_REGISTRY.getByName(name);
    const stored = () => runInDurableObject(shard, (_i, state) => state.storage.kv.get<Stored>("registry"));
    const alarm = () => runInDurableObject(shard, (_i, state) => state.storage.getAlarm());

    await runInDurableObject(shard, (instance: LinkRegistry) => instance.observe(report(1, name)));
    expect((await stored())!.m).toHaveLength(1);
    // three more keys within the second: answered (the view counts them), not stored yet
    for (const k of [2, 3, 4]) {
      const view = await runInDurableObject(shard, (instance: LinkRegistry) => instance.observe(report(k, name)));
      expect(view.keys).toBe(k);
    }
    expect((await stored())!.m).toHaveLength(1);
    const at = (await alarm())!;
    expect(at).toBeLessThanOrEqual(Date.now() + 1000);

    // the alarm stores them, then sleeps until the shard's idle expiry again
    expect(await runDurableObjectAlarm(shard)).toBe(true);
    expect((await stored())!.m).toHaveLength(4);
    expect((await alarm())!).toBeGreaterThan(Date.now() + 14 * 86_400_000);
    // stored expiry: never earlier than the real one
    const exp = await runInDurableObject(shard, (_i, state) => state.storage.kv.get<number>("exp"));
    expect(exp!).toBeGreaterThanOrEqual(await runInDurableObject(shard, (instance: LinkRegistry) => (instance as unknown as { exp: number }).exp));
  });

  it("a batch of reports from an isolate (observeMany) is answered per report, in order, and stored in one write", async () => {
    const name = `n:batch-${Math.random()}`;
    const shard = testEnv.LINK_REGISTRY.getByName(name);
    const { views, puts } = await runInDurableObject(shard, (instance: LinkRegistry, state) => {
      const put = vi.spyOn(state.storage.kv, "put");
      const views = instance.observeMany([1, 2, 3, 4, 5].map((k) => report(k, name)));
      return { views, puts: put.mock.calls.filter(([k]) => k === "registry").length };
    });
    expect(views.map((v) => v.keys)).toEqual([1, 2, 3, 4, 5]);
    expect(puts).toBe(1);
    expect((await runInDurableObject(shard, (_i, state) => state.storage.kv.get<Stored>("registry")))!.m).toHaveLength(5);
  });

  it("a key stores itself once after all its shards answered, not once per shard; not at all when no answer changes it", async () => {
    const tag = Math.random();
    const shards = [`w:a${tag}`, `w:b${tag}`, `w:c${tag}`];
    // each wrapper shard already knows 8 keys sending pipeline prompts with these parameters: its
    // answer to another such key carries a group score
    const piped = (k: number, shard: string): LinkReport => ({ ...report(k, shard), gm: 1 });
    for (const shard of shards) {
      const reg = testEnv.LINK_REGISTRY.getByName(shard);
      await runInDurableObject(reg, (instance: LinkRegistry) => instance.observeMany([1, 2, 3, 4, 5, 6, 7, 8].map((k) => piped(k, shard))));
    }
    const stub = testEnv.KEY_GUARD.getByName(`link-writes-${Math.random()}`);
    const puts = await runInDurableObject(stub, async (instance: KeyGuard, state) => {
      const put = vi.spyOn(state.storage.kv, "put");
      const link = (instance as unknown as { link(r: LinkReport[], idle: number): Promise<void> }).link.bind(instance);
      await link(shards.map((shard) => piped(11, shard)), 86_400_000);
      const grouped = put.mock.calls.filter(([k]) => k === "snapshot").length;
      // fresh network / ASN shards answer with nothing that changes the key: no write
      await link([report(12, `n:${tag}`), report(12, `a:${tag}`)], 86_400_000);
      return [grouped, put.mock.calls.filter(([k]) => k === "snapshot").length - grouped];
    });
    expect(puts).toEqual([1, 0]);
  });
});

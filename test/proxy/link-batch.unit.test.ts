/**
 * Linkage reports batched in the isolate (src/proxy/link-batch.ts wired in lease-client.ts), on a
 * fake clock, against real KeyEngines standing in for the key objects: the reports of many keys
 * to one shard leave in one call per window, every report reaches its shard, and each view gets
 * back to its key's object with the key's next call, or with a flush of its own when none comes.
 */
import { describe, expect, it, vi } from "vitest";
import type { LinkReport, LinkView } from "../../src/detect/index.ts";
import { KeyEngine } from "../../src/engine/key-engine.ts";
import { type ExchangeFn, type LeaseContext, VIEW_HOLD_MS, decideLeased, settleLeased } from "../../src/proxy/lease-client.ts";
import { LINK_BATCH_MAX, MAX_QUEUED, queuedLinksForTests } from "../../src/proxy/link-batch.ts";
import { flush, policyOf, req, useFakeClock } from "../limits/lease-client-helpers.ts";
const POLICY = policyOf({ defaults: { rpm: 1000, tpm: 1_000_000, tpd: 10_000_000, concurrency: 8 } });
const LINK_BATCH_MS = POLICY.leases.linkBatchMs;

const report = (k: number, shard: string): LinkReport => ({ shard, k, n: 1, pf: 7, rh: 0, loc: 0, tp: 3, s1: 1, ps: 0, rs: 0, gm: 0, hv: 0.6, n24: 0, asn: 64500, ws: "" });
const viewOf = (r: LinkReport, keys: number): LinkView => ({ shard: r.shard, keys, linked: keys, score: 0.5, generic: false, why: `k${r.k}` });

/** Key objects (one KeyEngine each) whose exchanges return two linkage reports when asked to. */
function world() {
  const engines = new Map<string, KeyEngine>();
  const calls: { keyId: string; msg: Parameters<ExchangeFn>[0] }[] = [];
  const shardCalls: { shard: string; reports: LinkReport[] }[] = [];
  const later: Promise<unknown>[] = [];
  const ctx = (keyId: string, k: number): LeaseContext => ({
    keyId,
    settings: POLICY.leases,
    waitUntil: (p) => void later.push(p),
    exchange: (msg) => {
      calls.push({ keyId, msg });
      let e = engines.get(keyId);
      if (!e) engines.set(keyId, (e = new KeyEngine()));
      const r = e.exchange(POLICY, { nowMs: Date.now(), report: msg.report, admit: msg.admit ? { ...msg.admit } : undefined, views: msg.views });
      if (msg.batchLinks && msg.admit) r.links = [report(k, "n:net"), report(k, "a:64500")];
      return Promise.resolve(r);
    },
    observeLinks: (shard, reports) => {
      shardCalls.push({ shard, reports });
      return Promise.resolve(reports.map((r, i) => viewOf(r, i + 1)));
    },
  });
  /** The calls made to one key's object. */
  const of = (keyId: string) => calls.filter((x) => x.keyId === keyId);
  return { engines, calls, shardCalls, ctx, of };
}

useFakeClock(5_000_000);

/** Advance to just before `ms` from now: `calls` calls so far; just after it: one more, returned. */
async function oneMoreAt(w: ReturnType<typeof world>, keyId: string, ms: number, calls: number) {
  vi.advanceTimersByTime(ms - 10);
  await flush();
  expect(w.of(keyId)).toHaveLength(calls);
  vi.advanceTimersByTime(20);
  await flush();
  expect(w.of(keyId)).toHaveLength(calls + 1);
  return w.of(keyId)[calls]!.msg;
}

describe("linkage reports batched per shard in the isolate", () => {
  it("the reports of 20 keys to a shard leave in one call per window, and every report reaches its shard", async () => {
    const w = world();
    for (let i = 0; i < 20; i++) {
      vi.advanceTimersByTime(5);
      await decideLeased(w.ctx(`key${i}`, i), req());
    }
    expect(w.shardCalls).toHaveLength(0);
    vi.advanceTimersByTime(LINK_BATCH_MS);
    await flush();
    expect(w.shardCalls.map((c) => c.shard).sort()).toEqual(["a:64500", "n:net"]);
    for (const c of w.shardCalls) expect(c.reports.map((r) => r.k)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(queuedLinksForTests().size).toBe(0);
  });

  it("a key's views ride on its next call, applied to its object before that call decides", async () => {
    const w = world();
    const first = await decideLeased(w.ctx("kA", 1), req());
    vi.advanceTimersByTime(LINK_BATCH_MS + 1);
    await flush();
    expect(w.shardCalls).toHaveLength(2);
    // the request is still in flight: its settlement will carry the views
    settleLeased(w.ctx("kA", 1), first.ticket, { promptTokens: 10, completionTokens: 10 }, 200);
    vi.advanceTimersByTime(10);
    const before = w.calls.length;
    await decideLeased(w.ctx("kA", 1), req());
    const next = w.calls[before]!.msg;
    expect(next.admit).toBeDefined();
    expect(next.report.settles).toHaveLength(1);
    expect(next.views?.map((v) => v.shard).sort()).toEqual(["a:64500", "n:net"]);
    // the view's score is in the key's detection state (applyLinkView) before the admit ran
    expect(w.engines.get("kA")!.snap.detect.link).toBe(0.5);
    expect(w.engines.get("kA")!.snap.detect.linkReason).toBe("k1");
  });

  it("with no next request, the views leave with the key's deferred settlement (one call, not two) or with its in-flight request's", async () => {
    const w = world();
    // kB: settled before the views come back: they leave with the deferred settlement, one call
    const b = await decideLeased(w.ctx("kB", 2), req());
    settleLeased(w.ctx("kB", 2), b.ticket, { promptTokens: 10, completionTokens: 10 }, 200);
    // kC: still in flight when its views come back (a long answer)
    const c = await decideLeased(w.ctx("kC", 3), req());
    vi.advanceTimersByTime(LINK_BATCH_MS + 1);
    await flush();
    expect(w.shardCalls).toHaveLength(2);
    vi.advanceTimersByTime(POLICY.leases.settleDeferMs);
    await flush();
    const ofB = w.of("kB");
    expect(ofB).toHaveLength(2);
    expect(ofB[1]!.msg.report.settles).toHaveLength(1);
    expect(ofB[1]!.msg.views).toHaveLength(2);
    expect(w.engines.get("kB")!.snap.detect.link).toBe(0.5);
    // kC's views wait for its settlement (a call of their own is not needed yet)...
    expect(w.of("kC")).toHaveLength(1);
    settleLeased(w.ctx("kC", 3), c.ticket, { promptTokens: 10, completionTokens: 10 }, 200);
    vi.advanceTimersByTime(POLICY.leases.settleDeferMs + 2);
    await flush();
    const ofC = w.of("kC");
    expect(ofC).toHaveLength(2);
    expect(ofC[1]!.msg.views).toHaveLength(2);
  });

  it("with nothing to ride on, the views leave on their own within settleDeferMs", async () => {
    const w = world();
    const f = await decideLeased(w.ctx("kF", 6), req());
    // usage beyond the reservation is owed at once: the settlement leaves before the views come back
    settleLeased(w.ctx("kF", 6), f.ticket, { promptTokens: 100, completionTokens: 50 }, 200);
    await flush();
    expect(w.of("kF")).toHaveLength(2);
    vi.advanceTimersByTime(LINK_BATCH_MS + 1);
    await flush();
    const flushed = await oneMoreAt(w, "kF", POLICY.leases.settleDeferMs, 2);
    expect(flushed.views).toHaveLength(2);
    expect(w.engines.get("kF")!.snap.detect.link).toBe(0.5);
  });

  it("a view waits at most VIEW_HOLD_MS for a request in flight, then leaves on its own", async () => {
    const w = world();
    await decideLeased(w.ctx("kD", 4), req());
    vi.advanceTimersByTime(LINK_BATCH_MS + 1);
    await flush();
    const flushed = await oneMoreAt(w, "kD", VIEW_HOLD_MS, 1);
    expect(flushed.admit).toBeUndefined();
    expect(flushed.views).toHaveLength(2);
  });

  it("a shard's queue leaves at once at LINK_BATCH_MAX reports; the isolate holds at most MAX_QUEUED", async () => {
    const w = world();
    // one report per shard per request
    for (let i = 0; i < LINK_BATCH_MAX - 1; i++) await decideLeased(w.ctx(`kq${i}`, i), req());
    expect(w.shardCalls).toHaveLength(0);
    await decideLeased(w.ctx("kq-last", 99_999), req());
    await flush();
    expect(w.shardCalls.map((c) => c.reports.length)).toEqual([LINK_BATCH_MAX, LINK_BATCH_MAX]);
    expect(MAX_QUEUED).toBeGreaterThanOrEqual(LINK_BATCH_MAX);
  });

  it("an object asked by a Worker that does not batch (no observeLinks) returns no reports to batch", async () => {
    const w = world();
    const lc = { ...w.ctx("kE", 5), observeLinks: undefined };
    await decideLeased(lc, req());
    expect(w.calls[0]!.msg.batchLinks).toBeUndefined();
    vi.advanceTimersByTime(LINK_BATCH_MS + 1);
    await flush();
    expect(w.shardCalls).toHaveLength(0);
  });
});

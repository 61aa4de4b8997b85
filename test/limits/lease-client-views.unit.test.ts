/**
 * Linkage views through the lease client (src/proxy/lease-client.ts), exactly: the object returns
 * a request's linkage reports in its answer, the isolate batches them per shard (link-batch.ts),
 * and each shard's view rides on the key's next call from this isolate: the newest view per
 * shard, at most MAX_VIEWS (8), sent once, and the key's outbox made due so the view does not wait
 * for traffic (within settleDeferMs, or VIEW_HOLD_MS while a request of the key is in flight).
 */
import { describe, expect, it, vi } from "vitest";
import type { LinkReport, LinkView } from "../../src/detect/index.ts";
import type { ExchangeResult } from "../../src/engine/key-engine.ts";
import { type ExchangeFn, type LeaseContext, VIEW_HOLD_MS, decideLeased, leaseKeyForTests, settleLeased } from "../../src/proxy/lease-client.ts";
import { flush, policyOf, req, useFakeClock } from "./lease-client-helpers.ts";

const T0 = 7_000_000;
useFakeClock(T0);

/** A report for `shard` (only `shard` matters to the batching). */
const report = (shard: string): LinkReport => ({ shard, k: 1, n: 1, pf: 0, rh: 0, loc: 0, tp: 0, s1: 0, ps: 0, rs: 0, gm: 0, hv: 0, n24: 0, asn: 0, ws: "" });
const view = (shard: string, score: number): LinkView => ({ shard, keys: 2, linked: 2, score, generic: false, why: `${shard} ${score}` });

/** An object that admits every request (object tickets, no permits) and returns the given links once. */
function object() {
  const calls: Parameters<ExchangeFn>[0][] = [];
  let links: LinkReport[] = [];
  const exchange: ExchangeFn = (msg) => {
    calls.push(msg);
    const d = { action: "allow" as const, served: true, enforced: true, cause: "ok" as const, reports: [], reservedTokens: 10, score: 0, reasons: [] };
    const out: ExchangeResult = { decision: msg.admit ? { ...d, leaseId: msg.admit.requestId } : undefined, write: "later" };
    if (links.length > 0) out.links = links;
    links = [];
    return Promise.resolve(out);
  };
  return { calls, exchange, setLinks: (l: LinkReport[]) => void (links = l) };
}

describe("linkage views through the lease client", () => {
  it("one call per shard per window; each view goes back once with the key's next call, the newest per shard, eight at most", async () => {
    const policy = policyOf({ defaults: { rpm: 1000, tpm: 1_000_000, tpd: 10_000_000, concurrency: null }, leases: { linkBatchMs: 50, settleDeferMs: 1000 } });
    const o = object();
    const observed: [string, number][] = [];
    let round = 0;
    const later: Promise<unknown>[] = [];
    const lc: LeaseContext = {
      keyId: "kv", settings: policy.leases, exchange: o.exchange, waitUntil: (p) => void later.push(p),
      observeLinks: (shard, reports) => {
        observed.push([shard, reports.length]);
        return Promise.resolve(reports.map(() => view(shard, round / 10)));
      },
    };
    // the first request's answer carries reports for ten shards (two for s0)
    round = 1;
    o.setLinks([report("s0"), report("s0"), ...Array.from({ length: 9 }, (_, i) => report(`s${i + 1}`))]);
    await decideLeased(lc, req());
    expect(o.calls[0]!.batchLinks).toBe(true);
    expect(o.calls[0]!.views).toBeUndefined();
    await vi.advanceTimersByTimeAsync(50);
    await flush();
    expect(observed).toEqual([["s0", 2], ...Array.from({ length: 9 }, (_, i): [string, number] => [`s${i + 1}`, 1])]);
    // the request is still in flight here (never settled): the views wait for its settlement,
    // VIEW_HOLD_MS at the latest, then leave alone
    const k = leaseKeyForTests("kv")!;
    expect(k.flushAtMs).toBe(T0 + 50 + VIEW_HOLD_MS);
    expect(o.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(VIEW_HOLD_MS + 10);
    await flush();
    expect(o.calls).toHaveLength(2);
    const sent = o.calls[1]!.views!;
    // s0's second view replaced its first (one entry per shard); then the 8 newest are kept
    expect(sent.map((v) => v.shard)).toEqual(["s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9"]);
    expect(k.flushAtMs).toBe(0);
    // sent once: the next call carries none
    await decideLeased(lc, req());
    expect(o.calls[2]!.views).toBeUndefined();
  });

  it("with nothing of the key in flight here, a view makes the outbox leave within settleDeferMs", async () => {
    const policy = policyOf({ defaults: { rpm: 1000, tpm: 1_000_000, tpd: 10_000_000, concurrency: null }, leases: { linkBatchMs: 10, settleDeferMs: 500 } });
    const o = object();
    const lc: LeaseContext = {
      keyId: "kh", settings: policy.leases, exchange: o.exchange, waitUntil: () => {},
      observeLinks: (shard, reports) => Promise.resolve(reports.map(() => view(shard, 0.5))),
    };
    o.setLinks([report("n:1")]);
    const r = await decideLeased(lc, req());
    expect(r.ticket?.kind).toBe("object");
    settleLeased(lc, r.ticket, { promptTokens: 1, completionTokens: 1 }, 200);
    const k = leaseKeyForTests("kh")!;
    expect(k.objInFlight).toBe(0);
    const due = k.flushAtMs;
    await vi.advanceTimersByTimeAsync(10);
    await flush();
    // the view came back with nothing in flight: the outbox stays due by its settlement's time
    // or settleDeferMs from now, whichever is first
    expect(k.flushAtMs).toBe(Math.min(due, T0 + 10 + 500));
    await vi.advanceTimersByTimeAsync(600);
    await flush();
    expect(o.calls).toHaveLength(2);
    expect(o.calls[1]!.views).toEqual([view("n:1", 0.5)]);
    expect(o.calls[1]!.report.settles).toHaveLength(1);
  });

  it("a later view of a shard replaces the earlier one waiting", async () => {
    const policy = policyOf({ defaults: { rpm: 1000, tpm: 1_000_000, tpd: 10_000_000, concurrency: null }, leases: { linkBatchMs: 10, settleDeferMs: 100 } });
    const o = object();
    let n = 0;
    const lc: LeaseContext = {
      keyId: "kd", settings: policy.leases, exchange: o.exchange, waitUntil: () => {},
      observeLinks: (shard, reports) => Promise.resolve(reports.map(() => view(shard, ++n / 10))),
    };
    o.setLinks([report("a:1"), report("a:1"), report("n:2")]);
    const r = await decideLeased(lc, req());
    settleLeased(lc, r.ticket, { promptTokens: 1, completionTokens: 1 }, 200);
    await vi.advanceTimersByTimeAsync(200);
    await flush();
    expect(o.calls[1]!.views).toEqual([view("a:1", 0.2), view("n:2", 0.3)]);
  });
});

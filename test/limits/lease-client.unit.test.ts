/**
 * The isolate side of leases as the Worker runs it (src/proxy/lease-client.ts), against a real
 * KeyEngine standing in for the key's object, on a fake clock: what a request does when the
 * permits are gone while a renewal is on its way, and how a cold key's settlement travels.
 */
import { describe, expect, it, vi } from "vitest";
import { decodeSnapshot, toStored } from "../../src/engine/snapshot.ts";
import { type LeaseContext, decideLeased, leaseKeyForTests, settleLeased } from "../../src/proxy/lease-client.ts";
import { flush, objectFor, policyOf, req, useFakeClock } from "./lease-client-helpers.ts";

useFakeClock(1_000_000);

describe("lease client", () => {
  it("R85-5: a sequential client reads remaining never above a limit, and a refusal shows the limit that refused at 0", async () => {
    const policy = policyOf({ defaults: { rpm: 60, tpm: 200_000, tpd: 5_000_000, concurrency: 8 } });
    const o = objectFor(policy);
    const lc: LeaseContext = { keyId: "k-r85-5", settings: policy.leases, exchange: o.exchange, waitUntil: () => {} };
    let local = 0;
    let refused = 0;
    for (let i = 0; i < 64; i++) {
      vi.advanceTimersByTime(40);
      const r = await decideLeased(lc, { requestId: `q${i}`, route: "chat", reservedTokens: 20 });
      await flush();
      const d = r.decision!;
      for (const x of d.reports) expect(x.remaining, `${i} ${x.name}`).toBeLessThanOrEqual(x.quota);
      if (r.local && d.served) local++;
      if (!d.served) {
        refused++;
        expect(d.reports.find((x) => x.name === d.cause)?.remaining, `${i} refused at ${d.cause}`).toBe(0);
      }
      vi.advanceTimersByTime(20);
      if (d.served) settleLeased(lc, r.ticket, { promptTokens: 8, completionTokens: 5 }, 200);
      await flush();
    }
    // the loop was served from permits, and ran into its rpm
    expect(local).toBeGreaterThan(30);
    expect(refused).toBeGreaterThan(0);
  });

  it("a request that finds the permits gone waits for the renewal in flight instead of calling the object", async () => {
    const policy = policyOf({ defaults: { rpm: 1_000_000, tpm: 1_000_000_000, tpd: 10_000_000_000, concurrency: 10_000 } });
    const o = objectFor(policy);
    const lc: LeaseContext = { keyId: "k1", settings: policy.leases, exchange: o.exchange, waitUntil: () => {} };
    // warm up: 100 requests/s for 400 ms, none settled (they overlap), answered at once
    for (let i = 0; i < 40; i++) {
      vi.advanceTimersByTime(10);
      await decideLeased(lc, req());
      await flush();
    }
    // the object gets slow: a burst of 300 requests at once
    o.slow = true;
    const before = o.calls.length;
    const burst = Array.from({ length: 300 }, () => decideLeased(lc, req()));
    let released = 0;
    for (let i = 0; i < 20; i++) released += await o.release();
    const results = await Promise.all(burst);
    expect(results.every((r) => r.decision?.served)).toBe(true);
    const calls = o.calls.length - before;
    // only renewals (each answered before the next is asked), no request's own call
    expect(o.calls.slice(before).every((c) => c.admit === undefined)).toBe(true);
    expect(calls).toBe(released);
    expect(calls).toBeLessThanOrEqual(6);
    expect(results.filter((r) => r.local).length).toBe(300);
  });

  it("a burst on an idle key: once BURST of its requests are at the object, the next asks for permits and the rest wait for them", async () => {
    const policy = policyOf({ defaults: { rpm: 1_000_000, tpm: 1_000_000_000, tpd: 10_000_000_000, concurrency: 10_000 } });
    const o = objectFor(policy);
    const lc: LeaseContext = { keyId: "k-burst", settings: policy.leases, exchange: o.exchange, waitUntil: () => {} };
    // 16 requests at once, the object slow: each goes to the object (nothing is known of the key)
    o.slow = true;
    const first = Array.from({ length: 16 }, () => decideLeased(lc, req()));
    await flush();
    expect(o.calls).toHaveLength(16);
    // the first answer comes back (the key's one exchange carrying its outbox): 15 still deciding
    o.held.shift()!();
    await flush();
    // well within WARM_MS of the key's first request: the next one asks for permits...
    const next = decideLeased(lc, req());
    await flush();
    expect(o.calls).toHaveLength(17);
    expect(o.calls[16]!.report.want).toBeDefined();
    // ...and the 24 after it wait for them instead of calling
    const rest = Array.from({ length: 24 }, () => decideLeased(lc, req()));
    await flush();
    expect(o.calls).toHaveLength(17);
    for (let i = 0; i < 5; i++) await o.release();
    const results = await Promise.all([...first, next, ...rest]);
    expect(results.every((r) => r.decision?.served)).toBe(true);
    // after the grant, only background renewals: no request of the burst made a call of its own
    expect(o.calls.slice(17).every((c) => c.admit === undefined)).toBe(true);
    expect(results.filter((r) => r.local)).toHaveLength(24);
  });

  it("a cold key's settlement rides on the key's next call: one call per request, and the slot is free before the next decision", async () => {
    const policy = policyOf({ defaults: { rpm: 1000, tpm: 1_000_000, tpd: 10_000_000, concurrency: 2 } });
    const o = objectFor(policy);
    const lc: LeaseContext = { keyId: "k2", settings: policy.leases, exchange: o.exchange, waitUntil: () => {} };
    // a sequential client, one request every 200 ms (cold), 10 requests
    for (let i = 0; i < 10; i++) {
      vi.advanceTimersByTime(200);
      const r = await decideLeased(lc, req());
      expect(r.decision?.served).toBe(true);
      vi.advanceTimersByTime(50);
      settleLeased(lc, r.ticket, { promptTokens: 40, completionTokens: 10 }, 200);
      // the object's slot is still held: its release waits for the next call (at most settleDeferMs)
      expect(o.engine.inspect(policy, Date.now()).inFlight).toBe(1);
    }
    expect(o.calls).toHaveLength(10);
    // every call after the first carried the previous request's settlement, before its own decision
    expect(o.calls.slice(1).every((c) => c.report.settles.length === 1 && c.admit !== undefined)).toBe(true);
  });

  it("the deferred settlement leaves on its own after settleDeferMs, and survives the object's eviction", async () => {
    const policy = policyOf({ defaults: { rpm: 1000, tpm: 1_000_000, tpd: 10_000_000, concurrency: 2 } });
    const o = objectFor(policy);
    const later: Promise<unknown>[] = [];
    const lc: LeaseContext = { keyId: "k3", settings: policy.leases, exchange: o.exchange, waitUntil: (p) => void later.push(p) };
    const r = await decideLeased(lc, req());
    settleLeased(lc, r.ticket, { promptTokens: 40, completionTokens: 10 }, 200);
    // the object is evicted meanwhile: only what it stored survives
    o.engine.snap = decodeSnapshot(JSON.parse(JSON.stringify(toStored(o.engine.snap)))).snap;
    expect(o.engine.inspect(policy, Date.now()).inFlight).toBe(1);
    vi.advanceTimersByTime(policy.leases.settleDeferMs - 10);
    await flush();
    expect(o.calls).toHaveLength(1);
    vi.advanceTimersByTime(20);
    await flush();
    expect(o.calls).toHaveLength(2);
    expect(o.calls[1]!.report.settles).toHaveLength(1);
    expect(o.engine.inspect(policy, Date.now()).inFlight).toBe(0);
    expect(o.engine.snap.counters.completionTokens).toBe(10);
  });

  it("with no other free slot the settlement leaves at once (another isolate may need the slot)", async () => {
    const policy = policyOf({ defaults: { rpm: 1000, tpm: 1_000_000, tpd: 10_000_000, concurrency: 1 } });
    const o = objectFor(policy);
    const lc: LeaseContext = { keyId: "k4", settings: policy.leases, exchange: o.exchange, waitUntil: () => {} };
    const r = await decideLeased(lc, req());
    settleLeased(lc, r.ticket, { promptTokens: 40, completionTokens: 10 }, 200);
    await flush();
    expect(o.calls).toHaveLength(2);
    expect(o.engine.inspect(policy, Date.now()).inFlight).toBe(0);
  });

  it("a request waits for renewals at most waitMs in all, then calls the object itself", async () => {
    const policy = policyOf({ defaults: { rpm: 1_000_000, tpm: 1_000_000_000, tpd: 10_000_000_000, concurrency: 10_000 } });
    const o = objectFor(policy);
    const lc: LeaseContext = { keyId: "k5", settings: policy.leases, exchange: o.exchange, waitUntil: () => {}, waitMs: 100 };
    for (let i = 0; i < 40; i++) {
      vi.advanceTimersByTime(10);
      await decideLeased(lc, req());
      await flush();
    }
    // the object stops answering renewals; a burst uses up the permits and waits
    o.slow = true;
    const burst = Array.from({ length: 300 }, () => decideLeased(lc, req()));
    await flush();
    const asked = o.calls.length;
    expect(o.calls.at(-1)!.admit).toBeUndefined();
    vi.advanceTimersByTime(99);
    await flush();
    expect(o.calls.length).toBe(asked);
    // past waitMs the waiting requests go to the object themselves (one call each, exact)
    vi.advanceTimersByTime(2);
    await flush();
    expect(o.calls.length).toBeGreaterThan(asked);
    expect(o.calls.slice(asked).every((c) => c.admit !== undefined)).toBe(true);
    for (let i = 0; i < 10; i++) await o.release();
    expect((await Promise.all(burst)).every((r) => r.decision?.served)).toBe(true);
  });
});

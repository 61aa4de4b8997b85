/**
 * The lease client bounds a request's whole decision itself (LeaseContext.timeoutMs): its waits
 * for renewals, then its own exchange with what is left of the time, so the handler needs no
 * timer around a decision made from the permits held. Background exchanges (renewals, flushes)
 * keep the exchange function's own default. Fake clock, fake object.
 */
import { describe, expect, it, vi } from "vitest";
import type { Decision, ExchangeResult } from "../../src/engine/key-engine.ts";
import { DEFAULT_LEASES, type LeaseGrant } from "../../src/limits/lease.ts";
import { type ExchangeFn, type LeaseContext, decideLeased, leaseKeyForTests } from "../../src/proxy/lease-client.ts";
import { flush, req, useFakeClock } from "./lease-client-helpers.ts";

useFakeClock(7_000_000);

const S = { ...DEFAULT_LEASES, settleDeferMs: 1000, linkBatchMs: 10 };
const served = (requestId: string): Decision => ({ action: "allow", served: true, enforced: true, cause: "ok", reports: [], leaseId: requestId, reservedTokens: 100, score: 0, reasons: [] });
/** A grant of no permits that keeps the lease live for a second (requests then wait for renewals). */
const EMPTY_GRANT: LeaseGrant = { requests: 0, tokens: 0, slots: null, ttlMs: 1000, reports: [] };

/** A fake key object recording each call and the timeout it was given; `stepMs`: each call takes that long. */
function fakeObject() {
  const o = {
    calls: [] as { msg: Parameters<ExchangeFn>[0]; timeoutMs: number | undefined }[],
    stepMs: 0,
    exchange: ((msg, timeoutMs) => {
      o.calls.push({ msg, timeoutMs });
      if (o.stepMs) vi.setSystemTime(Date.now() + o.stepMs);
      const out: ExchangeResult = { write: "later" };
      if (msg.admit) out.decision = served(msg.admit.requestId);
      if (msg.report.want) out.grant = EMPTY_GRANT;
      return Promise.resolve(out);
    }) as ExchangeFn,
  };
  return o;
}

const ctx = (keyId: string, exchange: ExchangeFn, over: Partial<LeaseContext> = {}): LeaseContext => ({ keyId, settings: S, exchange, waitUntil: () => {}, ...over });

/** 30 requests 10 ms apart, answered at once: the key is hot, its lease live with no permits. */
async function warm(lc: LeaseContext): Promise<void> {
  for (let i = 0; i < 30; i++) {
    vi.advanceTimersByTime(10);
    await decideLeased(lc, req());
    await flush();
  }
}

describe("a request's decision keeps within timeoutMs by itself", () => {
  it("after waiting 20 ms for renewals, the request's own exchange gets the 80 ms left of 100; renewals get no timeout of the request's", async () => {
    const o = fakeObject();
    const lc = ctx("kb", o.exchange, { waitMs: 20, timeoutMs: 100 });
    await warm(lc);
    expect(leaseKeyForTests("kb")!.validUntilMs).toBeGreaterThan(Date.now());
    const before = o.calls.length;
    o.stepMs = 10; // renewal 1 answers at +10, renewal 2 at +20: the waiting ends there
    const r = await decideLeased(lc, req());
    const mine = o.calls.slice(before);
    expect(mine.map((c) => c.msg.admit === undefined)).toEqual([true, true, false]);
    expect(mine.slice(0, 2).map((c) => c.timeoutMs)).toEqual([undefined, undefined]);
    expect(mine[2]!.timeoutMs).toBe(80);
    expect(r.decision?.served).toBe(true);
  });

  it("a cold request's one exchange gets the whole timeoutMs", async () => {
    const o = fakeObject();
    await decideLeased(ctx("kc", o.exchange, { timeoutMs: 250 }), req());
    expect(o.calls.map((c) => c.timeoutMs)).toEqual([250]);
  });

  it("with no time left after waiting, the decision rejects and sends nothing", async () => {
    const o = fakeObject();
    const lc = ctx("kz", o.exchange, { waitMs: 1000, timeoutMs: 20 });
    await warm(lc);
    const before = o.calls.length;
    o.stepMs = 10;
    await expect(decideLeased(lc, req())).rejects.toThrow(/timed out after 20 ms/);
    // two renewals waited for (the second ends at the deadline), no call of the request's own
    expect(o.calls.slice(before).map((c) => c.msg.admit === undefined)).toEqual([true, true]);
  });

  it("without timeoutMs nothing changes: the request's exchange gets the exchange function's default", async () => {
    const o = fakeObject();
    await decideLeased(ctx("kn", o.exchange), req());
    expect(o.calls.map((c) => c.timeoutMs)).toEqual([undefined]);
  });
});

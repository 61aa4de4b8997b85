/**
 * Exact tests for the survivors of the lease functions (src/limits/lease.ts) that lease-core,
 * lease and the golden leave free: the boundaries of grant sizing, dropPermits on partial holdings,
 * the exact shape of what an isolate reports, the rate cut-offs met with equality, the renewal's
 * lows at their edges, and when a key is idle. Each test names the survivor(s) it kills (line:column
 * of src/limits/lease.ts at the commit measured); each was shown red against its planted mutant.
 *
 * A rate met with equality: a key whose traffic started long ago (warmSinceMs 1e6 ms back: the
 * warm-up correction is exactly 0 and its divisor exactly 1) and whose decayed rate was read at
 * `now` reads exactly `perSecond` (k.rate = perSecond / 1000, and perSecond / 1000 * 1000 is exact
 * for 1, 5 and 10).
 */
import { describe, expect, it } from "vitest";
import type { LimitReport, LimitSet, LimitState } from "../../src/limits/index.ts";
import {
  DEFAULT_LEASES, type LocalKey, dropPermits, idle, isHot, localSettle, newLocalKey, nextStep, objectRefused, objectSettle,
  ratePerSecond, shouldWait, takeReport, topUp, tryLocal, wakeAtMs,
} from "../../src/limits/lease.ts";

// the settings these tests' times were written for (flushMs 250: the default before 2026-12-06)
const S = { ...DEFAULT_LEASES, flushMs: 250 }; // maxRequests 256, maxMs 1000, minRate 5/s, flushMs 250, share 10 %, backoff 300, settleDefer 1000
const T = 50_000_000;
const TTL = 600_000;
const FULL: LimitSet = { rpm: 1000, tpm: 100_000, tpd: 1_000_000, concurrency: null };
const want = (over: Partial<Parameters<typeof topUp>[4]> = {}) => ({ ratePerSecond: 100, tokensPerRequest: 10, haveRequests: 0, haveTokens: 0, slots: 0, ...over });

/** A key of this isolate, fields set as given. */
function key(over: Partial<LocalKey> = {}): LocalKey {
  return Object.assign(newLocalKey<unknown>("iso", T - 10_000_000), over);
}
/** A key that has seen exactly `perSecond` requests per second up to `now` (see the header). */
function atRate(perSecond: number, now: number, over: Partial<LocalKey> = {}): LocalKey {
  const k = key({ rate: perSecond / 1000, rateAtMs: now, warmSinceMs: now - 1_000_000, lastArrivalMs: now, ...over });
  expect(ratePerSecond(k, now)).toBe(perSecond);
  return k;
}

describe("topUp: which limit is named scarce at the edges", () => {
  // kills 225:11 (level < wantTok -> <=): a key with exactly the tokens asked is not short of them
  it("a tpm bucket holding exactly the tokens asked caps the grant at its share without naming tpm", () => {
    const state: LimitState = { leases: {}, tpm: { level: 1000, updatedAtMs: T } };
    const g = topUp(state, FULL, "a", 0, want(), T, S, TTL).grant!;
    expect(g.requests).toBe(10);
    expect(g.tokens).toBe(100);
    expect(g.scarce).toBeUndefined();
  });

  // kills 223:9 (avail < tokens -> <=): tpd's share equal to what tpm's share already left is no cap
  it("tpd's share equal to the tokens tpm's share left does not cap again (nor name tpd)", () => {
    // asked 100 x 10 - 5 held = 995; tpm 999 (share 99, not short); tpd 990 (share 99, short of 995)
    const state: LimitState = { leases: {}, tpm: { level: 999, updatedAtMs: T }, tpd: { level: 990, updatedAtMs: T } };
    const g = topUp(state, FULL, "a", 0, want({ haveTokens: 5 }), T, S, TTL).grant!;
    expect(g.tokens).toBe(99);
    expect(g.requests).toBe(10); // (5 + 99) / 10
    expect(g.scarce).toBeUndefined();
  });
});

describe("dropPermits: what goes back", () => {
  // kills 364:7 (k.requests === 0 -> true): requests held without tokens are still given back
  it("gives back requests held without tokens, and bumps the epoch", () => {
    const k = key({ requests: 3, tokens: 0, validUntilMs: T + 500 });
    dropPermits(k, T);
    expect(k.out.back).toEqual({ requests: 3, tokens: 0 });
    expect(k.requests).toBe(0);
    expect(k.epoch).toBe(1);
    expect(k.validUntilMs).toBe(T);
    expect(k.flushAtMs).toBe(T);
  });

  // kills 372:7 (k.slots !== null -> true): an unlimited key's slots stay unlimited
  it("leaves slots unlimited (null) when concurrency is unlimited", () => {
    const k = key({ requests: 2, tokens: 20, slots: null, inFlight: 1, validUntilMs: T + 500 });
    dropPermits(k, T);
    expect(k.slots).toBeNull();
    expect(k.out.back).toEqual({ requests: 2, tokens: 20 });
  });
});

describe("tryLocal: the exact entries of the outbox", () => {
  // kills 404:25 (signals === undefined -> false): an admission without signals carries no signals field
  it("an admission without signals is { atMs } only", () => {
    const k = key({ requests: 2, tokens: 100, validUntilMs: T + 500 });
    const r = tryLocal(k, 10, undefined, T);
    expect(r.ok).toBe(true);
    expect(k.out.admitted).toStrictEqual([{ atMs: T }]);
    expect(Object.keys(k.out.admitted[0]!)).toEqual(["atMs"]);
  });

  // kills 412:25 (signals === undefined -> false): a refusal without signals carries no signals field
  it("a local refusal without signals is { atMs, refused } only", () => {
    const k = key({ requests: 0, tokens: 0, validUntilMs: T + 500, scarce: "rpm", scarceUntilMs: T + 300 });
    const r = tryLocal(k, 10, undefined, T);
    expect(r).toEqual({ ok: false, kind: "refuse", limit: "rpm", retryAfterMs: 300 });
    expect(Object.keys(k.out.admitted[0]!)).toEqual(["atMs", "refused"]);
  });

  // kills 410:20 (k.validUntilMs > nowMs -> >=): a lease lapsing at this very ms is no lease: the
  // refusal names the limit the object named, not the permit that ran out here
  it("a lease that lapses exactly now refuses with the scarce limit, not rpm", () => {
    const k = key({ requests: 4, tokens: 40, validUntilMs: T, scarce: "tpm", scarceUntilMs: T + 100 });
    const r = tryLocal(k, 10, undefined, T);
    expect(r).toEqual({ ok: false, kind: "refuse", limit: "tpm", retryAfterMs: 100 });
    expect(k.out.back).toEqual({ requests: 4, tokens: 40 });
  });

  // kills 423:29, 423:40 (r.name === "tpd" -> false / ""): tpd headers count the tokens still held
  it("a local admission's tpd report adds the tokens still held", () => {
    const reports: LimitReport[] = [
      { name: "tpm", quota: 100_000, windowSeconds: 60, remaining: 5000, resetSeconds: 3 },
      { name: "tpd", quota: 1_000_000, windowSeconds: 86_400, remaining: 70_000, resetSeconds: 80 },
    ];
    const k = key({ requests: 5, tokens: 100, slots: null, validUntilMs: T + 500, reports });
    const r = tryLocal(k, 10, undefined, T);
    if (!r.ok) throw new Error("expected a local admission");
    expect(r.reports).toEqual([
      { name: "tpm", quota: 100_000, windowSeconds: 60, remaining: 5090, resetSeconds: 3 },
      { name: "tpd", quota: 1_000_000, windowSeconds: 86_400, remaining: 70_090, resetSeconds: 80 },
    ]);
  });
});

describe("localSettle: when the outbox leaves", () => {
  const s = { flushMs: 250, minRatePerSecond: 5 };
  // kills 436:14 (delta < 0 && epoch !== k.epoch -> false): usage owed on a stale epoch leaves now
  it("usage beyond the reservation of a request from an earlier epoch is due at once", () => {
    const k = key({ epoch: 1, inFlight: 2 });
    localSettle(k, 0, 10, { atMs: T, promptTokens: 20, completionTokens: 10, originStatus: 200 }, s);
    expect(k.out.back.tokens).toBe(-20);
    expect(k.flushAtMs).toBe(T);
  });

  // kills 436:14 (delta < 0 -> <=): a stale-epoch request that used exactly its reservation owes nothing: flushMs
  it("a stale-epoch request that used exactly its reservation leaves within flushMs", () => {
    const k = key({ epoch: 1, inFlight: 2 });
    localSettle(k, 0, 10, { atMs: T, promptTokens: 4, completionTokens: 6, originStatus: 200 }, s);
    expect(k.out.back.tokens).toBe(0);
    expect(k.flushAtMs).toBe(T + 250);
  });

  // kills 441:27 (rate < minRatePerSecond -> <=): a key exactly at minRatePerSecond keeps its lease
  it("a key exactly at minRatePerSecond keeps its permits when its last request settles", () => {
    const k = atRate(5, T, { requests: 3, tokens: 30, validUntilMs: T + 800, inFlight: 1 });
    localSettle(k, 0, 10, { atMs: T, promptTokens: 5, completionTokens: 5, originStatus: 200 }, s);
    expect(k.requests).toBe(3);
    expect(k.tokens).toBe(30);
    expect(k.out.back).toEqual({ requests: 0, tokens: 0 });
    expect(k.flushAtMs).toBe(T + 250);
  });
});

describe("objectSettle and objectRefused at minRatePerSecond", () => {
  const settle = { atMs: T, leaseId: "L1", reservedTokens: 10, promptTokens: 3, completionTokens: 3, originStatus: 200 };
  // kills 458:47 (rate >= minRatePerSecond -> true): a slow key with requests in flight is not busy
  it("a key under minRatePerSecond with a lease-admitted request in flight is not busy: its settlement leaves at once", () => {
    const k = key({ inFlight: 1, objInFlight: 1 });
    objectSettle(k, settle, S, false);
    expect(k.flushAtMs).toBe(T);
  });

  // kills 458:47 (rate >= minRatePerSecond -> >): a key exactly at minRatePerSecond is busy
  it("a key exactly at minRatePerSecond is busy: its settlement rides within flushMs", () => {
    const k = atRate(5, T, { inFlight: 1, objInFlight: 1 });
    objectSettle(k, settle, S, false);
    expect(k.flushAtMs).toBe(T + 250);
  });

  // kills 480:21 (rate < minRatePerSecond -> <=): a refusal at exactly minRatePerSecond backs off
  it("a refusal of a key exactly at minRatePerSecond backs the isolate off for backoffMs", () => {
    const k = atRate(5, T);
    objectRefused(k, "tpm", T, S);
    expect(k.scarce).toBe("tpm");
    expect(k.scarceUntilMs).toBe(T + 300);
  });
});

describe("isHot at minRatePerSecond", () => {
  // kills 509:73 (rate >= minRatePerSecond -> >): a warm key exactly at minRatePerSecond is hot
  it("a warm key exactly at minRatePerSecond is hot; a moment later (the rate decayed below it) it is not", () => {
    expect(isHot(atRate(5, T), T, S)).toBe(true);
    expect(isHot(atRate(5, T), T + 1, S)).toBe(false);
  });
});

describe("wakeAtMs and takeReport", () => {
  // kills 515:19 (k.requests > 0 -> false): request permits alone are something held
  it("a key holding request permits only wakes when they lapse", () => {
    const k = key({ requests: 3, tokens: 0, slots: null, validUntilMs: T + 700 });
    expect(wakeAtMs(k)).toBe(T + 700);
  });

  // kills 524:3 (expire(k, nowMs) -> removed): a report taken after the lease lapsed gives its permits back
  it("a report taken after the lease lapsed carries the permits back", () => {
    const k = key({ requests: 5, tokens: 50, slots: 4, inFlight: 1, validUntilMs: T - 1 });
    const r = takeReport(k, T, S, false);
    expect(r.back).toEqual({ requests: 5, tokens: 50 });
    expect(r.keep).toBe(1);
  });

  // kills 530:9 (ask -> true): a flush (no ask) keeps the slots held while the lease is live
  it("a flush keeps every slot of a live lease (only a renewal trims them to the recent peak)", () => {
    const k = key({ requests: 5, tokens: 50, slots: 20, inFlight: 0, peakInFlight: 0, validUntilMs: T + 500 });
    expect(takeReport(k, T, S, false).keep).toBe(20);
    const k2 = key({ requests: 5, tokens: 50, slots: 20, inFlight: 0, peakInFlight: 0, validUntilMs: T + 500 });
    expect(takeReport(k2, T, S, true).keep).toBe(1); // ceil(0 * 1.25) + 1
  });
});

describe("nextStep at the edges of backoff and low permits", () => {
  // kills 583:54 (nowMs < k.scarceUntilMs -> <=): the backoff ends at scarceUntilMs itself
  it("an arrival at the very end of the backoff renews", () => {
    const k = atRate(10, T, { requests: 0, validUntilMs: T + 900, scarce: "rpm", scarceUntilMs: T });
    expect(nextStep(k, T, S, true)).toBe("renew");
  });

  // kills 594:58 (nowMs < k.scarceUntilMs -> <=): a due outbox at the end of the backoff leaves as a renewal
  it("a due outbox of a hot key at the very end of the backoff leaves as a renewal", () => {
    const k = atRate(10, T, { requests: 0, validUntilMs: T + 900, scarce: "rpm", scarceUntilMs: T, flushAtMs: T });
    expect(nextStep(k, T, S, false)).toBe("renew");
  });

  // kills 587:44 (k.requests < rate * lead / 1000 -> <=): exactly the requests expected during a round trip is not low
  it("permits covering exactly the requests of two round trips are not low", () => {
    // 10/s, target 10: 6 held (not under half); rtt 300: lead 600 ms -> 6 expected; 1,000 ms left
    const k = atRate(10, T, { requests: 6, tokens: 60, validUntilMs: T + 1000, rttMs: 300 });
    expect(nextStep(k, T, S, true)).toBeUndefined();
    k.requests = 5; // one fewer: low
    expect(nextStep(k, T, S, true)).toBe("renew");
  });

  // kills 587:81 (validUntilMs - nowMs < max(maxMs / 2, lead) -> <=): exactly half the time left is not low
  it("a lease with exactly half of maxMs left is not low", () => {
    const k = atRate(10, T, { requests: 10, tokens: 100, validUntilMs: T + 500 });
    expect(nextStep(k, T, S, true)).toBeUndefined();
    k.validUntilMs = T + 499;
    expect(nextStep(k, T, S, true)).toBe("renew");
  });

  // kills 606:10 (k.validUntilMs > nowMs -> >=): a lease lapsing now is not worth waiting for
  it("shouldWait is false for a hot key whose lease lapses exactly now", () => {
    expect(shouldWait(atRate(10, T, { validUntilMs: T }), T, S)).toBe(false);
    expect(shouldWait(atRate(10, T, { validUntilMs: T + 1 }), T, S)).toBe(true);
  });
});

describe("idle", () => {
  // kills 614:91 (&& -> ||) and 614:111 (k.tokens <= 0 -> true): tokens held under a live lease keep the key
  it("a key holding tokens (no request permits) under a live lease is not idle", () => {
    expect(idle(key({ requests: 0, tokens: 50, validUntilMs: T + 500 }), T)).toBe(false);
  });

  // kills 614:91 (k.requests === 0 -> true): request permits held under a live lease keep the key
  it("a key holding request permits (no tokens) under a live lease is not idle", () => {
    expect(idle(key({ requests: 2, tokens: 0, validUntilMs: T + 500 }), T)).toBe(false);
    expect(idle(key({ requests: 0, tokens: 0, validUntilMs: T + 500 }), T)).toBe(true);
  });

  // kills 614:130 (rate < 1 -> <=): a key at exactly 1 request/s is not idle
  it("a key at exactly 1 request per second is not idle; just under it is", () => {
    expect(idle(atRate(1, T), T)).toBe(false);
    const slower = atRate(1, T);
    expect(idle(slower, T + 1)).toBe(true);
  });
});

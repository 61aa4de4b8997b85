/**
 * The pure lease functions one by one (src/limits/lease.ts), with exact results: how a grant is
 * sized and which limit holds it back, what is given back, when an isolate admits, refuses or asks
 * the object, what a settlement owes and when the outbox leaves. lease.unit.test.ts covers the
 * renewal timing; the simulation (lease-sim) the bounds at scale.
 */
import { describe, expect, it } from "vitest";
import type { LimitReport, LimitSet, LimitState } from "../../src/limits/index.ts";
import {
  BURST, DEFAULT_LEASES, ISOLATE_PREFIX, MAX_ISOLATES, WARM_GAP_MS, WARM_MS, type LeaseGrant, type LocalKey,
  applyGrant, dropPermits, emptyReport, giveBack, holdSlots, idle, isHot, localSettle, newLocalKey, objectAdmitted,
  objectRefused, objectSettle, observeArrival, observeRtt, ratePerSecond, roomToDefer, shouldWait, takeReport, topUp, tryLocal,
} from "../../src/limits/lease.ts";

// the settings these tests' times were written for (flushMs 250: the default before 2026-12-06)
const S = { ...DEFAULT_LEASES, flushMs: 250 }; // maxRequests 256, maxMs 1000, minRate 5/s, flushMs 250, share 10 %, backoff 300, settleDefer 1000
const T0 = 10_000_000;
const TTL = 600_000;
const FULL: LimitSet = { rpm: 1000, tpm: 100_000, tpd: 1_000_000, concurrency: null };
const empty = (): LimitState => ({ leases: {} });
const want = (over: Partial<Parameters<typeof topUp>[4]> = {}) => ({ ratePerSecond: 100, tokensPerRequest: 10, haveRequests: 0, haveTokens: 0, slots: 0, ...over });

describe("topUp (object side)", () => {
  it("sizes a grant by the rate over maxMs, taken from the buckets at once", () => {
    const { state, grant } = topUp(empty(), FULL, "a", 0, want(), T0, S, TTL);
    expect(grant).toEqual({
      requests: 100, tokens: 1000, slots: null, ttlMs: 1000,
      reports: [
        { name: "rpm", quota: 1000, windowSeconds: 60, remaining: 900, resetSeconds: 6 },
        { name: "tpm", quota: 100_000, windowSeconds: 60, remaining: 99_000, resetSeconds: 1 },
        { name: "tpd", quota: 1_000_000, windowSeconds: 86_400, remaining: 999_000, resetSeconds: 87 },
      ],
    });
    expect(state.rpm).toEqual({ level: 900, updatedAtMs: T0 });
    expect(state.tpm).toEqual({ level: 99_000, updatedAtMs: T0 });
    expect(state.tpd).toEqual({ level: 999_000, updatedAtMs: T0 });
  });

  it("tops up to the target: what is held counts, and the waiting requests raise it; maxRequests caps it", () => {
    expect(topUp(empty(), FULL, "a", 0, want({ haveRequests: 30, haveTokens: 300 }), T0, S, TTL).grant).toMatchObject({ requests: 70, tokens: 700 });
    expect(topUp(empty(), FULL, "a", 0, want({ ratePerSecond: 1, waiting: 5 }), T0, S, TTL).grant).toMatchObject({ requests: 5, tokens: 50 });
    expect(topUp(empty(), FULL, "a", 0, want({ ratePerSecond: 0.5 }), T0, S, TTL).grant).toMatchObject({ requests: 1, tokens: 10 }); // ceil
    const big = { ...FULL, rpm: 1_000_000, tpm: 1e9, tpd: 1e10 };
    expect(topUp(empty(), big, "a", 0, want({ ratePerSecond: 10_000 }), T0, S, TTL).grant).toMatchObject({ requests: 256, tokens: 2560 });
    // negative or odd inputs count as nothing
    expect(topUp(empty(), FULL, "a", 0, want({ ratePerSecond: -5, haveRequests: -3, waiting: -1 }), T0, S, TTL).grant).toMatchObject({ requests: 0, tokens: 0 });
    // tokens per request: at least 1, rounded up
    expect(topUp(empty(), FULL, "a", 0, want({ tokensPerRequest: 0 }), T0, S, TTL).grant).toMatchObject({ requests: 100, tokens: 100 });
    expect(topUp(empty(), FULL, "a", 0, want({ tokensPerRequest: 2.1 }), T0, S, TTL).grant).toMatchObject({ requests: 100, tokens: 300 });
  });

  it("takes at most sharePercent of what is left of each limit; scarce only when the key itself has less than asked", () => {
    // the share holds the grant back, the key has plenty: not scarce (beyond it, the object decides)
    const rpmShare = topUp(empty(), { ...FULL, rpm: 500 }, "a", 0, want(), T0, S, TTL).grant!;
    expect(rpmShare).toMatchObject({ requests: 50, tokens: 500 });
    expect(rpmShare.scarce).toBeUndefined();
    const tpmShare = topUp(empty(), { ...FULL, tpm: 5000 }, "a", 0, want(), T0, S, TTL).grant!;
    // 500 tokens pay for 50 requests of 10
    expect(tpmShare).toMatchObject({ requests: 50, tokens: 500 });
    expect(tpmShare.scarce).toBeUndefined();
    // less than the isolate asks for, but most of the limit still at the object: not scarce (a
    // request beyond the permits asks the object for a share of the rest; red team R20-1)
    expect(topUp(empty(), { ...FULL, rpm: 60 }, "a", 0, want(), T0, S, TTL).grant).toMatchObject({ requests: 6, tokens: 60 });
    expect(topUp(empty(), { ...FULL, rpm: 60 }, "a", 0, want(), T0, S, TTL).grant!.scarce).toBeUndefined();
    expect(topUp(empty(), { ...FULL, tpm: 800 }, "a", 0, want(), T0, S, TTL).grant!.scarce).toBeUndefined();
    // less than asked and under SCARCE_REST (10 %) of the limit left after the grant: scarce, naming it
    const drained = (name: "rpm" | "tpm" | "tpd", level: number): LimitState => ({ leases: {}, [name]: { level, updatedAtMs: T0 } });
    expect(topUp(drained("rpm", 5), { ...FULL, rpm: 60 }, "a", 0, want(), T0, S, TTL).grant).toMatchObject({ requests: 0, scarce: "rpm" });
    expect(topUp(drained("tpm", 70), { ...FULL, tpm: 800 }, "a", 0, want(), T0, S, TTL).grant).toMatchObject({ requests: 0, tokens: 7, scarce: "tpm" });
    expect(topUp(drained("tpd", 70), { ...FULL, tpd: 800 }, "a", 0, want(), T0, S, TTL).grant).toMatchObject({ requests: 0, tokens: 7, scarce: "tpd" });
    // 6 left of rpm 60 after the grant: 10 % of it, not scarce; 5 left: scarce
    expect(topUp(drained("rpm", 6), { ...FULL, rpm: 60 }, "a", 0, want(), T0, S, TTL).grant!.scarce).toBeUndefined();
    // a tiny limit: one request's worth left is not scarce (the object gives it), none is
    expect(topUp(drained("rpm", 1), { ...FULL, rpm: 5 }, "a", 0, want(), T0, S, TTL).grant!.scarce).toBeUndefined();
    expect(topUp(drained("rpm", 0), { ...FULL, rpm: 5 }, "a", 0, want(), T0, S, TTL).grant!.scarce).toBe("rpm");
    // asked 100 requests of 10: rpm 100 and tpm 1000 left are exactly enough, not scarce
    expect(topUp(empty(), { ...FULL, rpm: 100, tpm: 1000 }, "a", 0, want(), T0, S, TTL).grant!.scarce).toBeUndefined();
    // both short: the first one named
    const both = topUp({ leases: {}, rpm: { level: 5, updatedAtMs: T0 }, tpm: { level: 40, updatedAtMs: T0 } }, { ...FULL, rpm: 60, tpm: 500 }, "a", 0, want(), T0, S, TTL).grant!;
    expect(both).toMatchObject({ requests: 0, tokens: 0, scarce: "rpm" });
    // exactly enough is not scarce
    expect(topUp(empty(), { ...FULL, rpm: 1000, tpm: 10_000 }, "a", 0, want(), T0, S, TTL).grant!.scarce).toBeUndefined();
    // an unlimited window is never scarce
    expect(topUp(empty(), { rpm: null, tpm: null, tpd: null, concurrency: null }, "a", 0, want(), T0, S, TTL).grant).toMatchObject({ requests: 100, tokens: 1000 });
  });

  it("tokens held pay for requests: none granted that the tokens cannot cover", () => {
    // 40 held with 100 tokens of 10: they already lack 300 tokens; 10 % of 2,000 = 200 more pay for 30 in all
    const g = topUp(empty(), { ...FULL, tpm: 2000 }, "a", 0, want({ haveRequests: 40, haveTokens: 100 }), T0, S, TTL).grant!;
    expect(g).toMatchObject({ requests: 0, tokens: 200 });
  });

  it("reads the buckets as refilled now, and a debt (negative level) grants nothing", () => {
    const st: LimitState = { leases: {}, rpm: { level: 0, updatedAtMs: T0 - 30_000 } }; // half a window: 500 back
    expect(topUp(st, FULL, "a", 0, want(), T0, S, TTL).grant).toMatchObject({ requests: 50 });
    const debt: LimitState = { leases: {}, tpm: { level: -100, updatedAtMs: T0 } };
    expect(topUp(debt, FULL, "a", 0, want(), T0, S, TTL).grant).toMatchObject({ requests: 0, tokens: 0, scarce: "tpm" });
  });

  it("concurrency: extra slots from what other holders leave, at most the share (at least one while any is free)", () => {
    const lim = { ...FULL, concurrency: 100 };
    const st: LimitState = { leases: { r1: { expiresAtMs: T0 + 1 }, [`${ISOLATE_PREFIX}b`]: { expiresAtMs: T0 + 1, n: 9 }, gone: { expiresAtMs: T0, n: 50 } } };
    const r = topUp(st, lim, "a", 5, want({ slots: 20 }), T0, S, TTL);
    // free = 100 - 10 others (the expired entry does not count) - 5 kept = 85; share 8
    expect(r.grant).toMatchObject({ slots: 8 });
    expect(r.grant!.scarce).toBeUndefined(); // the key has 85 free: only the share held it back
    expect(r.state.leases[`${ISOLATE_PREFIX}a`]).toEqual({ expiresAtMs: T0 + TTL, n: 13 });
    expect(topUp(st, lim, "a", 5, want({ slots: 3 }), T0, S, TTL).grant).toMatchObject({ slots: 3 });
    expect(topUp(st, lim, "a", 5, want({ slots: 3 }), T0, S, TTL).grant!.scarce).toBeUndefined();
    // 2 free: 10 % rounds to 0, but one slot is given; the other is still free at the object, so
    // the key is not scarce (red team R21-1: a pool of 32 streams on concurrency 32 was refused
    // locally for the backoff with 2 slots free)
    const tight: LimitState = { leases: { [`${ISOLATE_PREFIX}b`]: { expiresAtMs: T0 + 1, n: 93 } } };
    expect(topUp(tight, lim, "a", 5, want({ slots: 4 }), T0, S, TTL).grant).toMatchObject({ slots: 1 });
    expect(topUp(tight, lim, "a", 5, want({ slots: 4 }), T0, S, TTL).grant!.scarce).toBeUndefined();
    // 1 free: given, and none is left: scarce
    const last: LimitState = { leases: { [`${ISOLATE_PREFIX}b`]: { expiresAtMs: T0 + 1, n: 94 } } };
    expect(topUp(last, lim, "a", 5, want({ slots: 4 }), T0, S, TTL).grant).toMatchObject({ slots: 1, scarce: "concurrency" });
    // none free: none, scarce, and a negative ask is none
    const full: LimitState = { leases: { [`${ISOLATE_PREFIX}b`]: { expiresAtMs: T0 + 1, n: 95 } } };
    expect(topUp(full, lim, "a", 5, want({ slots: 4 }), T0, S, TTL).grant).toMatchObject({ slots: 0, scarce: "concurrency" });
    expect(topUp(st, lim, "a", 5, want({ slots: -2 }), T0, S, TTL).grant).toMatchObject({ slots: 0 });
  });

  it("no grant for a new isolate when MAX_ISOLATES already hold slots; one already holding still gets one", () => {
    const leases: LimitState["leases"] = {};
    for (let i = 0; i < MAX_ISOLATES; i++) leases[`${ISOLATE_PREFIX}${i}`] = { expiresAtMs: T0 + 1, n: 1 };
    const st = { leases };
    expect(topUp(st, FULL, "new", 0, want(), T0, S, TTL)).toEqual({ state: st });
    expect(topUp(st, FULL, "7", 0, want(), T0, S, TTL).grant).toMatchObject({ requests: 100 });
    // expired entries and per-request leases do not count towards the cap
    const stale = { leases: { ...leases, [`${ISOLATE_PREFIX}0`]: { expiresAtMs: T0, n: 1 } } };
    expect(topUp(stale, FULL, "new", 0, want(), T0, S, TTL).grant).toBeDefined();
    const { [`${ISOLATE_PREFIX}0`]: _x, ...fewer } = leases;
    expect(topUp({ leases: { ...fewer, req: { expiresAtMs: T0 + 1 } } }, FULL, "new", 0, want(), T0, S, TTL).grant).toBeDefined();
  });
});

describe("giveBack and holdSlots", () => {
  it("gives back requests and tokens (capped at capacity), charges a negative token count", () => {
    const st: LimitState = { leases: {}, rpm: { level: 100, updatedAtMs: T0 }, tpm: { level: 1000, updatedAtMs: T0 }, tpd: { level: 5000, updatedAtMs: T0 } };
    const back = giveBack(st, FULL, { requests: 10, tokens: 200 }, T0);
    expect([back.rpm!.level, back.tpm!.level, back.tpd!.level]).toEqual([110, 1200, 5200]);
    expect(st.rpm!.level).toBe(100); // not changed in place
    const owed = giveBack(st, FULL, { requests: 0, tokens: -300 }, T0);
    expect([owed.rpm!.level, owed.tpm!.level, owed.tpd!.level]).toEqual([100, 700, 4700]);
    // negative requests are not taken; no bucket yet: starts full, so nothing to add
    expect(giveBack(st, FULL, { requests: -5, tokens: 0 }, T0).rpm!.level).toBe(100);
    expect(giveBack(empty(), FULL, { requests: 5, tokens: 5 }, T0)).toEqual({ leases: {}, rpm: { level: 1000, updatedAtMs: T0 }, tpm: { level: 100_000, updatedAtMs: T0 }, tpd: { level: 1_000_000, updatedAtMs: T0 } });
    expect(giveBack(empty(), { rpm: null, tpm: null, tpd: null, concurrency: null }, { requests: 5, tokens: 5 }, T0)).toEqual({ leases: {} });
  });
  it("holdSlots sets an isolate's entry (weight n, ttl from now), 0 removes it, other entries untouched", () => {
    const st: LimitState = { leases: { r: { expiresAtMs: 5 } } };
    const held = holdSlots(st, "a", 3, T0, TTL);
    expect(held.leases).toEqual({ r: { expiresAtMs: 5 }, "i:a": { expiresAtMs: T0 + TTL, n: 3 } });
    expect(holdSlots(held, "a", 0, T0, TTL).leases).toEqual({ r: { expiresAtMs: 5 } });
    expect(st.leases).toEqual({ r: { expiresAtMs: 5 } });
  });
});

/** A key holding permits: `requests`, `tokens`, `slots`, valid until T0 + 1000. */
function holding(requests: number, tokens: number, slots: number | null = null): LocalKey {
  const k = newLocalKey("iso", T0);
  k.requests = requests;
  k.tokens = tokens;
  k.slots = slots;
  k.validUntilMs = T0 + 1000;
  k.reports = [
    { name: "rpm", quota: 1000, windowSeconds: 60, remaining: 500, resetSeconds: 30 },
    { name: "tpm", quota: 9000, windowSeconds: 60, remaining: 4000, resetSeconds: 30 },
    { name: "concurrency", quota: 10, windowSeconds: 0, remaining: 2, resetSeconds: 0 },
  ];
  return k;
}

describe("tryLocal", () => {
  it("admits when a request, its tokens and a slot are held: takes them, records the admission, reports what is left", () => {
    const k = holding(3, 100, 2);
    const r = tryLocal(k, 40, "sig", T0);
    expect(r).toEqual({
      ok: true, epoch: 0,
      reports: [
        { name: "rpm", quota: 1000, windowSeconds: 60, remaining: 502, resetSeconds: 30 },
        { name: "tpm", quota: 9000, windowSeconds: 60, remaining: 4060, resetSeconds: 30 },
        { name: "concurrency", quota: 10, windowSeconds: 0, remaining: 3, resetSeconds: 0 },
      ],
    });
    expect([k.requests, k.tokens, k.inFlight, k.peakInFlight]).toEqual([2, 60, 1, 1]);
    expect(k.out.admitted).toEqual([{ atMs: T0, signals: "sig" }]);
    tryLocal(k, 60, undefined, T0 + 1); // exactly the tokens left, the last slot
    expect(k.out.admitted[1]).toEqual({ atMs: T0 + 1 });
    expect([k.requests, k.tokens, k.inFlight]).toEqual([1, 0, 2]);
    expect(tryLocal(k, 0, undefined, T0 + 2)).toEqual({ ok: false, kind: "object" }); // no slot left
  });
  it("asks the object without a request, the tokens, or valid permits", () => {
    expect(tryLocal(holding(0, 100), 1, undefined, T0)).toEqual({ ok: false, kind: "object" });
    expect(tryLocal(holding(1, 9), 10, undefined, T0)).toEqual({ ok: false, kind: "object" });
    const late = holding(5, 100);
    expect(tryLocal(late, 1, undefined, T0 + 1000)).toEqual({ ok: false, kind: "object" });
    expect(late.out.back).toEqual({ requests: 5, tokens: 100 }); // expired: given back
  });
  it("while a limit is scarce, refuses locally, naming what ran out, and retries after the backoff", () => {
    const k = holding(0, 100, 1);
    k.scarce = "tpd";
    k.scarceUntilMs = T0 + 300;
    // the daily tokens are short: no request permit left (a grant holds no more requests than its
    // tokens pay for), or too few tokens held, is refused here, naming the daily limit
    expect(tryLocal(k, 1, "s", T0 + 100)).toEqual({ ok: false, kind: "refuse", limit: "tpd", retryAfterMs: 200 });
    expect(k.out.admitted).toEqual([{ atMs: T0 + 100, signals: "s", refused: "tpd" }]);
    expect(k.flushAtMs).toBe(T0 + 100 + 250);
    k.requests = 1;
    expect(tryLocal(k, 101, undefined, T0 + 299)).toEqual({ ok: false, kind: "refuse", limit: "tpd", retryAfterMs: 1 });
    expect(k.out.admitted[1]).toEqual({ atMs: T0 + 299, refused: "tpd" });
    // a slot this isolate lacks is asked of the object: the key is short of tokens, not of slots
    // (red team R20-1: "concurrent requests" refused with 969 of 1,000 slots free)
    k.inFlight = 1;
    expect(tryLocal(k, 1, undefined, T0 + 10)).toEqual({ ok: false, kind: "object" });
    k.scarce = "concurrency";
    expect(tryLocal(k, 1, undefined, T0 + 10)).toMatchObject({ kind: "refuse", limit: "concurrency" });
    k.scarce = "rpm";
    expect(tryLocal(k, 1, undefined, T0 + 10)).toEqual({ ok: false, kind: "object" });
    k.requests = 0;
    k.inFlight = 0;
    expect(tryLocal(k, 1, undefined, T0 + 10)).toMatchObject({ kind: "refuse", limit: "rpm" });
    k.requests = 1;
    k.scarce = "tpd";
    k.validUntilMs = T0; // permits lapsed: given back, slots down to what is in flight (none)
    k.requests = 1;
    k.tokens = 100;
    // no lease held: the limit named is the scarce one, not the slots the lapse took back
    expect(tryLocal(k, 1, undefined, T0 + 10)).toMatchObject({ limit: "tpd" });
    expect([k.requests, k.tokens, k.slots]).toEqual([0, 0, 0]);
    // the backoff over: the object again
    expect(tryLocal(k, 1, undefined, T0 + 300)).toEqual({ ok: false, kind: "object" });
  });
});

describe("settlements", () => {
  it("localSettle: frees the slot, returns the unused reservation to the allowance, queues the usage", () => {
    const k = holding(5, 100);
    k.inFlight = 2;
    const u = { atMs: T0 + 10, promptTokens: 10, completionTokens: 20, originStatus: 200 };
    localSettle(k, 0, 50, u, S);
    expect([k.inFlight, k.tokens, k.out.back.tokens]).toEqual([1, 120, 0]);
    expect(k.out.usages).toEqual([u]);
    expect(k.flushAtMs).toBe(T0 + 10 + 250);
    // settled under an older epoch (the permits were given back since): the difference goes back in the report
    k.epoch = 1;
    localSettle(k, 0, 50, { ...u, atMs: T0 + 20, completionTokens: 60 }, S);
    // 20 over the reservation, owed now; nothing in flight: every permit given back too
    expect(k.out.back.tokens).toBe(-20 + 120);
    expect(k.out.back.requests).toBe(5);
    expect(k.flushAtMs).toBe(T0 + 20);
    expect([k.inFlight, k.requests, k.tokens]).toEqual([0, 0, 0]);
  });
  it("localSettle under the current epoch with usage over the reservation waits for the flush (the allowance absorbs it)", () => {
    const k = holding(5, 100);
    k.inFlight = 2;
    localSettle(k, 0, 10, { atMs: T0, promptTokens: 30, completionTokens: 0, originStatus: 200 }, S);
    expect(k.tokens).toBe(80);
    expect(k.flushAtMs).toBe(T0 + 250);
    k.inFlight = 0;
    localSettle(k, 0, 10, { atMs: T0 + 1, promptTokens: 0, completionTokens: 0, originStatus: 200 }, S);
    expect(k.inFlight).toBe(0); // never negative
  });
  it("objectSettle: over the reservation leaves now; a busy key's rides the flush; a cold one waits settleDeferMs with room, else leaves now", () => {
    const st = { atMs: T0, leaseId: "l", reservedTokens: 10, promptTokens: 5, completionTokens: 5, originStatus: 200 };
    const cold = newLocalKey("iso", T0);
    objectAdmitted(cold);
    expect(cold.objInFlight).toBe(1);
    objectSettle(cold, st, S, true);
    expect([cold.objInFlight, cold.flushAtMs]).toEqual([0, T0 + 1000]);
    expect(cold.out.settles).toEqual([st]);
    const noRoom = newLocalKey("iso", T0);
    objectSettle(noRoom, st, S, false);
    expect(noRoom.flushAtMs).toBe(T0);
    expect(noRoom.objInFlight).toBe(0);
    const over = newLocalKey("iso", T0);
    over.flushAtMs = T0 + 500;
    objectSettle(over, { ...st, completionTokens: 6 }, S, true);
    expect(over.flushAtMs).toBe(T0);
    const busy = newLocalKey("iso", T0 - 1000);
    for (let t = T0 - 1000; t <= T0; t += 10) observeArrival(busy, 10, t);
    busy.inFlight = 1;
    objectSettle(busy, st, S, true);
    expect(busy.flushAtMs).toBe(T0 + 250);
    // leases disabled: not busy
    const off = newLocalKey("iso", T0 - 1000);
    for (let t = T0 - 1000; t <= T0; t += 10) observeArrival(off, 10, t);
    off.inFlight = 1;
    objectSettle(off, st, { ...S, enabled: false }, false);
    expect(off.flushAtMs).toBe(T0);
  });
  it("roomToDefer: a free slot besides this request's, or no concurrency report", () => {
    const c = (remaining: number): LimitReport => ({ name: "concurrency", quota: 5, windowSeconds: 0, remaining, resetSeconds: 0 });
    expect([roomToDefer([]), roomToDefer([c(1)]), roomToDefer([c(0)])]).toEqual([true, true, false]);
  });
});

describe("rate, heat and backoff", () => {
  it("observeArrival: a decayed rate (1 s time constant) leaving out the first arrival, unbiased from WARM_MS on; the largest reservation; the peak of overlap", () => {
    const k = newLocalKey("iso", T0);
    observeArrival(k, 30, T0);
    expect(ratePerSecond(k, T0)).toBe(0); // one arrival is no rate yet
    observeArrival(k, 10, T0 + 250);
    // two arrivals 250 ms apart: one gap, read over the warm-up's share of the average's weight
    expect(ratePerSecond(k, T0 + 250)).toBeCloseTo(1 / (1 - Math.exp(-0.25)), 9);
    expect(ratePerSecond(k, T0 + 1250)).toBeCloseTo(Math.exp(-1) / (1 - Math.exp(-1.25)), 9);
    expect(k.tokensPerRequest).toBe(30);
    k.inFlight = 1;
    k.objInFlight = 2;
    k.deciding = 3;
    k.waiting = 4;
    observeArrival(k, 1, T0 + 250);
    expect(k.peakInFlight).toBe(11);
    // an arrival out of order does not move the clocks back
    observeArrival(k, 1, T0 + 100);
    expect([k.lastArrivalMs, k.rateAtMs]).toEqual([T0 + 250, T0 + 250]);
  });
  it("a gap over WARM_GAP_MS restarts the warm-up", () => {
    const k = newLocalKey("iso", T0);
    observeArrival(k, 1, T0 + 1);
    expect(k.warmSinceMs).toBe(T0 + 1); // the first arrival after the epoch
    observeArrival(k, 1, T0 + 1 + WARM_GAP_MS);
    expect(k.warmSinceMs).toBe(T0 + 1);
    observeArrival(k, 1, T0 + 2 + 2 * WARM_GAP_MS);
    expect(k.warmSinceMs).toBe(T0 + 2 + 2 * WARM_GAP_MS);
  });
  it("a gap over WARM_GAP_MS also forgets the reservations seen before it: a burst after a pause is sized by its own (red team round 45)", () => {
    const k = newLocalKey("iso", T0);
    observeArrival(k, 150_000, T0); // an agent's first turn, its cached context reserved in full
    k.tokensPerRequestPrev = 150_000;
    observeArrival(k, 15_000, T0 + WARM_GAP_MS); // no pause yet: the large one is remembered
    expect([k.tokensPerRequest, k.tokensPerRequestPrev]).toEqual([150_000, 150_000]);
    observeArrival(k, 15_000, T0 + 62_000); // its subagents a minute later, at the cache-read share
    observeArrival(k, 14_000, T0 + 62_010);
    expect([k.tokensPerRequest, k.tokensPerRequestPrev]).toEqual([15_000, 0]);
  });
  it("isHot: recent arrival, warm for WARM_MS or a burst at the object, at the minimum rate, leases on; overlap not needed", () => {
    const k = newLocalKey("iso", T0);
    for (let t = T0; t <= T0 + WARM_MS; t += 10) observeArrival(k, 1, t); // 100 requests/s
    const now = T0 + WARM_MS;
    expect(ratePerSecond(k, now)).toBeGreaterThan(90);
    // a strictly sequential client: nothing in flight, no permits held
    expect([k.deciding, k.inFlight, k.objInFlight, k.validUntilMs > now]).toEqual([0, 0, 0, false]);
    expect(isHot(k, now, S)).toBe(true);
    k.deciding = 1;
    expect(isHot(k, now, S)).toBe(true);
    expect(isHot(k, now, { ...S, enabled: false })).toBe(false);
    expect(isHot(k, now, { ...S, minRatePerSecond: 1000 })).toBe(false);
    expect(isHot(k, now - 1, S)).toBe(false); // not warm long enough
    expect(isHot(k, now + WARM_GAP_MS, S)).toBe(true);
    expect(isHot(k, now + WARM_GAP_MS + 1, S)).toBe(false); // paused
    k.deciding = 0;
    k.validUntilMs = now;
    expect(shouldWait(k, now, S)).toBe(false);
    k.validUntilMs = now + 1;
    expect(shouldWait(k, now, S)).toBe(true);
    // a burst at the object counts as warm before WARM_MS
    const b = newLocalKey("iso", T0);
    for (let t = T0; t <= T0 + 50; t += 5) observeArrival(b, 1, t);
    b.deciding = BURST - 1;
    expect(isHot(b, T0 + 50, S)).toBe(false);
    b.waiting = 1;
    expect(isHot(b, T0 + 50, S)).toBe(true);
  });
  it("objectRefused: a busy key refuses locally for backoffMs (never shortening a backoff); a quiet key does not", () => {
    const k = newLocalKey("iso", T0);
    for (let t = T0 - 1000; t <= T0; t += 10) observeArrival(k, 1, t);
    objectRefused(k, "tpm", T0, S);
    expect([k.scarce, k.scarceUntilMs]).toEqual(["tpm", T0 + 300]);
    objectRefused(k, "rpm", T0 - 100, S);
    expect([k.scarce, k.scarceUntilMs]).toEqual(["rpm", T0 + 300]);
    const quiet = newLocalKey("iso", T0);
    objectRefused(quiet, "tpm", T0, S);
    expect(quiet.scarce).toBeUndefined();
    const off = newLocalKey("iso", T0);
    for (let t = T0 - 1000; t <= T0; t += 10) observeArrival(off, 1, t);
    objectRefused(off, "tpm", T0, { ...S, enabled: false });
    expect(off.scarce).toBeUndefined();
  });
  it("a refusal made here during a backoff says the object's wait and carries its reports, not the backoff's end (red team R32-3)", () => {
    const k = newLocalKey("iso", T0);
    for (let t = T0 - 1000; t <= T0; t += 10) observeArrival(k, 1, t);
    const reports = [{ name: "tpm" as const, quota: 1000, windowSeconds: 60, remaining: 0, resetSeconds: 150 }];
    objectRefused(k, "tpm", T0, S, 40_000, reports);
    const r = tryLocal(k, 10, undefined, T0 + 100);
    expect(r).toMatchObject({ ok: false, kind: "refuse", limit: "tpm", retryAfterMs: 39_900 });
    expect(k.reports).toEqual(reports);
    // an unknown wait (Infinity, none) leaves the backoff's
    const u = newLocalKey("iso", T0);
    for (let t = T0 - 1000; t <= T0; t += 10) observeArrival(u, 1, t);
    objectRefused(u, "tpm", T0, S, Number.POSITIVE_INFINITY);
    expect(tryLocal(u, 10, undefined, T0 + 100)).toMatchObject({ kind: "refuse", retryAfterMs: 200 });
  });
  it("a concurrency shortage the isolate's own settlements have outdated is not backed off on (red team R20-1)", () => {
    const st = { atMs: T0, leaseId: "l", reservedTokens: 10, promptTokens: 5, completionTokens: 5, originStatus: 200 };
    const busy = () => {
      const k = newLocalKey("iso", T0 - 1000);
      for (let t = T0 - 1000; t <= T0; t += 10) observeArrival(k, 1, t);
      return k;
    };
    // the object refused at concurrency while a request it admitted had already settled here (its
    // settlement still in the outbox): the slot is free at the object once the outbox arrives
    const owed = busy();
    owed.out.settles.push(st);
    objectRefused(owed, "concurrency", T0, S);
    expect(owed.scarceUntilMs).toBe(0);
    // another limit is short whatever the isolate owes
    objectRefused(owed, "rpm", T0, S);
    expect([owed.scarce, owed.scarceUntilMs]).toEqual(["rpm", T0 + 300]);
    // a grant held back at concurrency, answered after such a settlement: no backoff either
    const g: LeaseGrant = { requests: 10, tokens: 100, slots: 0, ttlMs: 1000, scarce: "concurrency", reports: [] };
    const granted = busy();
    granted.out.settles.push(st);
    applyGrant(granted, g, T0, S);
    expect([granted.scarce, granted.scarceUntilMs]).toEqual(["concurrency", 0]);
    const clean = busy();
    applyGrant(clean, g, T0, S);
    expect(clean.scarceUntilMs).toBe(T0 + 300);
    // a request the object admitted settles during a concurrency backoff: the backoff ends
    objectAdmitted(clean);
    objectSettle(clean, st, S, false);
    expect(clean.scarceUntilMs).toBe(0);
    // ... but not a backoff on another limit
    const rpm = busy();
    objectRefused(rpm, "rpm", T0, S);
    objectSettle(rpm, st, S, false);
    expect(rpm.scarceUntilMs).toBe(T0 + 300);
  });
  it("observeRtt: the first measure as is, then a decayed average (0.8 / 0.2); negative counts as 0", () => {
    const k = newLocalKey("iso", T0);
    observeRtt(k, 100);
    expect(k.rttMs).toBe(100);
    observeRtt(k, 200);
    expect(k.rttMs).toBeCloseTo(120, 12);
    observeRtt(k, -50);
    expect(k.rttMs).toBeCloseTo(96, 12);
  });
});

describe("reports and grants (isolate side)", () => {
  it("takeReport without asking: the outbox, keep = slots held (or in flight), and a fresh outbox", () => {
    const k = holding(5, 100, 4);
    k.inFlight = 1;
    tryLocal(k, 10, undefined, T0);
    k.flushAtMs = T0 + 5;
    const r = takeReport(k, T0 + 1, S, false);
    expect(r).toEqual({ ...emptyReport("iso"), keep: 4, admitted: [{ atMs: T0 }] });
    expect(k.out).toEqual(emptyReport("iso"));
    expect([k.flushAtMs, k.peakInFlight]).toEqual([0, 2]);
    // permits lapsed: slots fall back to what is in flight
    const lapsed = holding(0, 0, 4);
    lapsed.inFlight = 1;
    expect(takeReport(lapsed, T0 + 1000, S, false).keep).toBe(1);
    const unlimited = holding(1, 1);
    unlimited.inFlight = 3;
    expect(takeReport(unlimited, T0, S, false).keep).toBe(3);
  });
  it("takeReport asking: keeps room for 1.25 x the peak plus one, asks for the rest, states what it holds", () => {
    const k = holding(7, 70, 20);
    for (let t = T0 - 1000; t <= T0; t += 10) observeArrival(k, 12, t);
    k.inFlight = 3;
    k.peakInFlight = 4;
    k.waiting = 2;
    const r = takeReport(k, T0, S, true);
    // room = ceil(max(4, 3 + 2) * 1.25) + 1 = 8: slots parked beyond it are given back
    expect(r.keep).toBe(8);
    expect(k.slots).toBe(8);
    expect(r.want).toEqual({ ratePerSecond: ratePerSecond(k, T0), tokensPerRequest: 12, haveRequests: 7, haveTokens: 70, slots: 0, waiting: 2 });
    const few = holding(7, 70, 2);
    few.inFlight = 2;
    few.tokensPerRequestPrev = 30;
    const r2 = takeReport(few, T0, S, true);
    // room = ceil(2 * 1.25) + 1 = 4; holding 2: asks 2 more
    expect(r2.keep).toBe(2);
    expect(r2.want).toMatchObject({ tokensPerRequest: 30, slots: 2 });
    expect(r2.want).not.toHaveProperty("waiting");
    const lapsed = holding(7, 70);
    expect(takeReport(lapsed, T0 + 1000, S, true).want).toMatchObject({ haveRequests: 0, haveTokens: 0 });
  });
  it("takeReport carrying a request for the object gives one parked slot back with it, none it uses (red team round 45)", () => {
    // a lease of 4 slots, 3 in use, no tokens left to use the fourth: the request goes to the object
    const k = holding(0, 0, 4);
    k.inFlight = 3;
    expect(takeReport(k, T0, S, false, true).keep).toBe(3);
    expect(k.slots).toBe(3);
    // every slot in use: nothing to give back, the object decides on its own slots
    const full = holding(0, 0, 3);
    full.inFlight = 3;
    expect(takeReport(full, T0, S, false, true).keep).toBe(3);
    // asking too: the slot goes back after the room's clamp, and is asked for again
    const ask = holding(0, 0, 4);
    ask.inFlight = 3;
    ask.peakInFlight = 3;
    const r = takeReport(ask, T0, S, true, true);
    expect(r.keep).toBe(3);
    expect(r.want?.slots).toBe(2); // room ceil(3 * 1.25) + 1 = 5, less the 3 kept
    // concurrency unlimited: no slots to give back
    const unlimited = holding(0, 0);
    unlimited.inFlight = 2;
    expect(takeReport(unlimited, T0, S, false, true).keep).toBe(2);
  });
  it("applyGrant adds the permits, sets validity, slots, backoff and headers; no grant revokes", () => {
    const k = holding(2, 20, 3);
    k.inFlight = 1;
    k.tokensPerRequest = 15;
    const g: LeaseGrant = { requests: 10, tokens: 100, slots: 2, ttlMs: 1000, reports: [] };
    applyGrant(k, g, T0 + 5, S);
    expect([k.requests, k.tokens, k.slots, k.validUntilMs, k.scarce, k.scarceUntilMs]).toEqual([12, 120, 5, T0 + 1005, undefined, 0]);
    expect([k.tokensPerRequest, k.tokensPerRequestPrev]).toEqual([0, 15]);
    applyGrant(k, { ...g, slots: null, scarce: "rpm" }, T0 + 10, S);
    expect([k.slots, k.scarce, k.scarceUntilMs, k.tokensPerRequestPrev]).toEqual([null, "rpm", T0 + 310, 15]);
    const fresh = newLocalKey("iso", T0);
    fresh.inFlight = 2;
    applyGrant(fresh, { ...g, slots: 1 }, T0, S);
    expect(fresh.slots).toBe(3);
    applyGrant(k, undefined, T0 + 20, S);
    expect([k.requests, k.tokens, k.scarce, k.scarceUntilMs]).toEqual([0, 0, undefined, 0]);
    expect(k.out.back).toEqual({ requests: 22, tokens: 220 });
    expect(k.validUntilMs).toBe(T0 + 20);
  });
  it("dropPermits: gives back what is held and bumps the epoch; with nothing held only ends the validity", () => {
    const k = holding(2, 20, 5);
    k.inFlight = 1;
    dropPermits(k, T0 + 7);
    expect([k.requests, k.tokens, k.slots, k.validUntilMs, k.epoch, k.flushAtMs]).toEqual([0, 0, 1, T0 + 7, 1, T0 + 7]);
    expect(k.out.back).toEqual({ requests: 2, tokens: 20 });
    dropPermits(k, T0 + 9);
    expect([k.epoch, k.validUntilMs, k.flushAtMs]).toEqual([1, T0 + 7, T0 + 7]);
    const slotsOnly = holding(0, 0, 3);
    slotsOnly.inFlight = 1;
    dropPermits(slotsOnly, T0);
    expect([slotsOnly.slots, slotsOnly.epoch]).toEqual([1, 1]);
  });
  it("idle: nothing in flight, pending, held or recent", () => {
    const k = newLocalKey("iso", T0);
    expect(idle(k, T0)).toBe(true);
    observeArrival(k, 1, T0);
    observeArrival(k, 1, T0 + 250);
    expect(idle(k, T0 + 250)).toBe(false); // ~4.5 requests/s just now
    expect(idle(k, T0 + 5000)).toBe(true);
    const held = holding(1, 10);
    expect(idle(held, T0)).toBe(false);
    expect(idle(held, T0 + 1000)).toBe(true);
    const spent = holding(0, 0);
    expect(idle(spent, T0)).toBe(true);
    spent.busy = true;
    expect(idle(spent, T0)).toBe(false);
    spent.busy = false;
    spent.inFlight = 1;
    expect(idle(spent, T0)).toBe(false);
    spent.inFlight = 0;
    spent.flushAtMs = T0 + 1;
    expect(idle(spent, T0)).toBe(false);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { check, fullBucket, refill } from "../../src/limits/bucket.ts";
import { admit, emptyLimitState, giveBackRequests, type LimitSet, type LimitState, peek, scaleLimits, settle } from "../../src/limits/index.ts";

const T0 = 1_767_225_600_000;
const lease = (id: string, tokens = 0) => ({ tokens, leaseId: id, leaseTtlMs: 60_000 });

/** Admit `n` requests at `nowMs`, returning how many passed and the final state. */
function burst(state: LimitState, limits: LimitSet, n: number, nowMs: number, tokens = 0) {
  let admitted = 0;
  for (let i = 0; i < n; i++) {
    const r = admit(state, limits, lease(`r${nowMs}-${i}`, tokens), nowMs);
    state = r.state;
    if (r.ok) admitted++;
  }
  return { admitted, state };
}

describe("token bucket", () => {
  const lim = { capacity: 60, windowMs: 60_000 };
  it("refills one unit per window/capacity, capped at capacity", () => {
    const b = { level: 0, updatedAtMs: T0 };
    expect(refill(b, lim, T0 + 999).level).toBeCloseTo(0.999, 9);
    expect(refill(b, lim, T0 + 1000).level).toBe(1);
    expect(refill(b, lim, T0 + 10 * 60_000).level).toBe(60);
  });
  it("reports retry-after to the millisecond and Infinity for an oversized cost", () => {
    const b = { level: 0.5, updatedAtMs: T0 };
    expect(check(b, lim, 1, T0).retryAfterMs).toBe(500);
    expect(check(b, lim, 61, T0).retryAfterMs).toBe(Number.POSITIVE_INFINITY);
    expect(check(fullBucket(lim, T0), lim, 61, T0).ok).toBe(false);
  });
  it("a clock going backwards refills nothing", () => {
    expect(refill({ level: 3, updatedAtMs: T0 }, lim, T0 - 5000)).toEqual({ level: 3, updatedAtMs: T0 });
  });
});

describe("admit: requests per minute", () => {
  it("admits exactly the quota at one instant, then one per second", () => {
    const limits = { rpm: 60 };
    let { admitted, state } = burst(emptyLimitState(), limits, 100, T0);
    expect(admitted).toBe(60);
    ({ admitted, state } = burst(state, limits, 5, T0 + 999));
    expect(admitted).toBe(0);
    ({ admitted, state } = burst(state, limits, 5, T0 + 1000));
    expect(admitted).toBe(1);
    ({ admitted } = burst(state, limits, 100, T0 + 1000 + 30_000));
    expect(admitted).toBe(30);
  });
  it("the refusal names rpm and the wait until the next request fits", () => {
    const { state } = burst(emptyLimitState(), { rpm: 2 }, 2, T0);
    const r = admit(state, { rpm: 2 }, lease("x"), T0 + 10_000);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.failed).toBe("rpm");
      expect(r.retryAfterMs).toBe(20_000);
    }
  });
});

describe("admit: a refusal takes nothing, and its reports say so", () => {
  it("R89-4: a request too large for tpm reports tpd, rpm and concurrency as they stand, not as if it had taken them", () => {
    const limits: LimitSet = { rpm: 60, tpm: 200_000, tpd: 5_000_000, concurrency: 8 };
    const r = admit(emptyLimitState(), limits, { tokens: 300_009, leaseId: "big", leaseTtlMs: 60_000 }, T0);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.failed).toBe("tpm");
    expect(r.retryAfterMs).toBe(Number.POSITIVE_INFINITY);
    expect(Object.fromEntries(r.reports.map((x) => [x.name, x.remaining]))).toEqual({ rpm: 60, tpm: 200_000, tpd: 5_000_000, concurrency: 8 });
    expect(r.reports).toEqual(peek(r.state, limits, T0));
  });
});

describe("admit: zero and absent limits", () => {
  it("a zero limit admits nothing and never suggests a retry", () => {
    for (const limits of [{ rpm: 0 }, { tpm: 0 }, { tpd: 0 }, { concurrency: 0 }] as LimitSet[]) {
      const r = admit(emptyLimitState(), limits, lease("a", 10), T0);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.retryAfterMs).toBe(Number.POSITIVE_INFINITY);
    }
  });
  it("absent or null limits are unlimited", () => {
    expect(burst(emptyLimitState(), {}, 10_000, T0, 1_000_000).admitted).toBe(10_000);
    expect(burst(emptyLimitState(), { rpm: null, tpm: null }, 500, T0, 10).admitted).toBe(500);
  });
});

describe("admit: tokens", () => {
  it("reserves tokens and refuses when the reservation does not fit", () => {
    const limits = { tpm: 1000 };
    let r = admit(emptyLimitState(), limits, lease("a", 600), T0);
    expect(r.ok).toBe(true);
    r = admit(r.state, limits, lease("b", 600), T0);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.failed).toBe("tpm");
      // 200 missing tokens at 1000/60 s = 12 000 ms.
      expect(r.retryAfterMs).toBe(12_000);
    }
  });
  it("an oversized request never fits, even on a full bucket", () => {
    const r = admit(emptyLimitState(), { tpm: 1000, tpd: 5000 }, lease("a", 1001), T0);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.retryAfterMs).toBe(Number.POSITIVE_INFINITY);
  });
  it("a refused request consumes nothing from any limit", () => {
    const limits = { rpm: 10, tpm: 1000, tpd: 100_000, concurrency: 5 };
    const a = admit(emptyLimitState(), limits, lease("a", 900), T0);
    expect(a.ok).toBe(true);
    const b = admit(a.state, limits, lease("b", 200), T0);
    expect(b.ok).toBe(false);
    expect(peek(b.state, limits, T0)).toEqual(peek(a.state, limits, T0));
    expect(Object.keys(b.state.leases)).toEqual(["a"]);
  });
  it("settlement refunds an over-reservation and charges an under-reservation", () => {
    const limits = { tpm: 1000, tpd: 10_000 };
    const a = admit(emptyLimitState(), limits, lease("a", 800), T0);
    let s = settle(a.state, limits, { leaseId: "a", reservedTokens: 800, actualTokens: 300 }, T0);
    expect(peek(s, limits, T0).find((r) => r.name === "tpm")?.remaining).toBe(700);
    expect(peek(s, limits, T0).find((r) => r.name === "tpd")?.remaining).toBe(9700);
    const b = admit(s, limits, lease("b", 100), T0);
    s = settle(b.state, limits, { leaseId: "b", reservedTokens: 100, actualTokens: 1500 }, T0);
    // 700 - 1500 = -800: debt, nothing admitted until it is paid back (48 s at 1000/min).
    expect(peek(s, limits, T0).find((r) => r.name === "tpm")?.remaining).toBe(0);
    expect(admit(s, limits, lease("c", 1), T0 + 48_000).ok).toBe(false);
    expect(admit(s, limits, lease("c", 1), T0 + 48_060).ok).toBe(true);
  });
});

describe("admit: concurrency", () => {
  it("admits up to the limit, frees a slot on settle and on lease expiry", () => {
    const limits = { concurrency: 2 };
    let { admitted, state } = burst(emptyLimitState(), limits, 5, T0);
    expect(admitted).toBe(2);
    const [first] = Object.keys(state.leases);
    state = settle(state, limits, { leaseId: first!, reservedTokens: 0, actualTokens: 0 }, T0 + 10);
    ({ admitted, state } = burst(state, limits, 5, T0 + 10));
    expect(admitted).toBe(1);
    // Leases live 60 s in these tests: all slots come back after that even without settlement.
    expect(burst(state, limits, 5, T0 + 60_011).admitted).toBe(2);
  });
});

describe("scaleLimits", () => {
  it("multiplies each limit, keeping unlimited and zero as they are and never below 1", () => {
    expect(scaleLimits({ rpm: 60, tpm: 1000, tpd: null, concurrency: 1 }, 0.25)).toEqual({ rpm: 15, tpm: 250, tpd: null, concurrency: 1 });
    expect(scaleLimits({ rpm: 0 }, 0.5).rpm).toBe(0);
  });
});

describe("admit: properties over random traffic", () => {
  it("never admits more than quota + refill over any interval, and refusals change nothing", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50 }),
        fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: 1, maxLength: 300 }),
        (rpm, gaps) => {
          const limits = { rpm };
          let state = emptyLimitState();
          let t = T0;
          const admittedAt: number[] = [];
          gaps.forEach((g, i) => {
            t += g;
            const r = admit(state, limits, lease(`p${i}`), t);
            if (r.ok) admittedAt.push(t);
            else expect(peek(r.state, limits, t)).toEqual(peek(state, limits, t));
            state = r.state;
          });
          // Token bucket bound: in any [a, b], admitted <= rpm + (b - a) * rpm / 60 s.
          for (let i = 0; i < admittedAt.length; i++) {
            for (let j = i; j < admittedAt.length; j++) {
              const span = admittedAt[j]! - admittedAt[i]!;
              expect(j - i + 1).toBeLessThanOrEqual(rpm + Math.floor((span * rpm) / 60_000) + 1e-9);
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("admit: a batch larger than a per-minute limit (red team R31-2, R32-4)", () => {
  const batch = (id: string, requests: number, tokens = 0) => ({ ...lease(id, tokens), requests, batch: true });

  it("waits for a full window; its tokens are taken whole and their debt holds back what needs tokens, not what needs none", () => {
    const limits: LimitSet = { tpm: 1000 };
    // 100 tokens used: a batch of 2,500 tokens waits until the minute is whole again (6 s)
    const used = admit(emptyLimitState(), limits, lease("a", 100), T0);
    const early = admit(used.state, limits, batch("b1", 5, 2500), T0);
    expect(early).toMatchObject({ ok: false, failed: "tpm", retryAfterMs: 6000 });
    const r = admit(early.state, limits, batch("b2", 5, 2500), T0 + 6000);
    expect(r.ok).toBe(true);
    expect(r.state.tpm!.level).toBe(-1500);
    // its report says when the minute is whole again: 2,500 tokens at 1,000 a minute
    expect(r.reports.find((x) => x.name === "tpm")).toMatchObject({ remaining: 0, resetSeconds: 150 });
    // (beside a request limit, each report keeps its own window)
    const both = admit(emptyLimitState(), { rpm: 60, tpm: 1000 }, batch("b3", 5, 2500), T0);
    expect(both.reports.map((x) => [x.name, x.remaining, x.resetSeconds])).toEqual([["rpm", 55, 5], ["tpm", 0, 150]]);
    // the debt is paid back first: a request of 10 tokens fits 90.6 s later, not before
    const next = admit(r.state, limits, lease("c", 10), T0 + 6000 + 90_599);
    expect(next).toMatchObject({ ok: false, failed: "tpm" });
    expect(admit(next.state, limits, lease("d", 10), T0 + 6000 + 90_600).ok).toBe(true);
    // a request that reserves no tokens (the batch's start, a poll) is not held back by the debt
    expect(admit(r.state, limits, lease("e", 0), T0 + 6001).ok).toBe(true);
  });

  it("takes at most the whole rpm window: no debt of requests, the next request waits for one refill", () => {
    const limits: LimitSet = { rpm: 60 };
    const used = admit(emptyLimitState(), limits, lease("a"), T0);
    expect(admit(used.state, limits, batch("b1", 150), T0)).toMatchObject({ ok: false, failed: "rpm", retryAfterMs: 1000 });
    const r = admit(used.state, limits, batch("b2", 150), T0 + 1000);
    expect(r.ok).toBe(true);
    expect(r.state.rpm!.level).toBe(0);
    expect(admit(r.state, limits, lease("c"), T0 + 1999)).toMatchObject({ ok: false, failed: "rpm", retryAfterMs: 1 });
    expect(admit(r.state, limits, lease("d"), T0 + 2000).ok).toBe(true);
  });

  it("giveBackRequests: a batch the origin refused gives its requests back to rpm, never above the window", () => {
    const limits: LimitSet = { rpm: 60 };
    const r = admit(emptyLimitState(), limits, batch("b", 150), T0);
    expect(r.state.rpm!.level).toBe(0);
    expect(giveBackRequests(r.state, limits, 40, T0).rpm).toEqual({ level: 40, updatedAtMs: T0 });
    expect(giveBackRequests(r.state, limits, 149, T0).rpm!.level).toBe(60);
    // what refilled meanwhile (one a second) is counted before the give-back
    expect(giveBackRequests(r.state, limits, 40, T0 + 10_000).rpm).toEqual({ level: 50, updatedAtMs: T0 + 10_000 });
    // nothing to give back to: no rpm limit, no bucket yet, nothing given
    expect(giveBackRequests(r.state, { tpm: 5 }, 40, T0)).toBe(r.state);
    expect(giveBackRequests(emptyLimitState(), limits, 40, T0)).toEqual(emptyLimitState());
    expect(giveBackRequests(r.state, limits, 0, T0)).toBe(r.state);
  });

  it("a single request is not a batch: more tokens than the minute holds never fit", () => {
    const limits: LimitSet = { tpm: 1000 };
    expect(admit(emptyLimitState(), limits, lease("a", 1001), T0)).toMatchObject({ ok: false, failed: "tpm", retryAfterMs: Number.POSITIVE_INFINITY });
    expect(admit(emptyLimitState(), limits, batch("b", 3, 1001), T0).ok).toBe(true);
  });

  it("the day holds a batch whole, and a zero limit still admits nothing", () => {
    expect(admit(emptyLimitState(), { tpm: 1000, tpd: 5000 }, batch("b", 10, 5001), T0)).toMatchObject({ ok: false, failed: "tpd", retryAfterMs: Number.POSITIVE_INFINITY });
    expect(admit(emptyLimitState(), { tpm: 1000, tpd: 5000 }, batch("b", 10, 5000), T0).ok).toBe(true);
    expect(admit(emptyLimitState(), { rpm: 0 }, batch("z", 2), T0)).toMatchObject({ ok: false, failed: "rpm", retryAfterMs: Number.POSITIVE_INFINITY });
    expect(admit(emptyLimitState(), { tpm: 0 }, batch("z", 2, 10), T0)).toMatchObject({ ok: false, failed: "tpm", retryAfterMs: Number.POSITIVE_INFINITY });
  });

  it("over any interval, admits no more tokens than the quota, its refill and the largest batch's excess", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 3000 }),
        fc.array(fc.record({ gap: fc.integer({ min: 0, max: 20_000 }), size: fc.integer({ min: 1, max: 40 }), tokens: fc.integer({ min: 0, max: 9000 }) }), { minLength: 1, maxLength: 200 }),
        (tpm, arrivals) => {
          const limits = { tpm };
          let state = emptyLimitState();
          let t = T0;
          const admitted: [number, number][] = [];
          let excess = 0;
          arrivals.forEach(({ gap, size, tokens }, i) => {
            t += gap;
            const r = admit(state, limits, size > 1 ? batch(`p${i}`, size, tokens) : lease(`p${i}`, tokens), t);
            if (r.ok) {
              admitted.push([t, tokens]);
              excess = Math.max(excess, tokens - tpm);
            } else expect(peek(r.state, limits, t)).toEqual(peek(state, limits, t));
            state = r.state;
          });
          for (let i = 0; i < admitted.length; i++) {
            let sum = 0;
            for (let j = i; j < admitted.length; j++) {
              sum += admitted[j]![1];
              const span = admitted[j]![0] - admitted[i]![0];
              expect(sum).toBeLessThanOrEqual(tpm + Math.floor((span * tpm) / 60_000) + excess + 1e-6);
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("a refusal short of several windows (red team R20-3)", () => {
  it("names the window that frees last, with its wait: a key in debt for the minute and the day is told the day", () => {
    const limits: LimitSet = { rpm: 100, tpm: 200_000, tpd: 1_000_000 };
    // 60,000 tokens over the minute's 200,000 (frees in 18 s) and 400,000 over the day's (frees in ~9.6 h)
    const state: LimitState = { leases: {}, tpm: { level: -60_000, updatedAtMs: T0 }, tpd: { level: -400_000, updatedAtMs: T0 } };
    const r = admit(state, limits, lease("x", 1000), T0);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.failed).toBe("tpd");
    // (400,000 + 1,000) tokens at 1,000,000 a day
    expect(r.retryAfterMs).toBe(Math.ceil((401_000 / 1_000_000) * 86_400_000));
    // the minute alone short: the minute, with its wait
    const r2 = admit({ leases: {}, tpm: { level: -60_000, updatedAtMs: T0 } }, limits, lease("y", 1000), T0);
    expect(r2.ok === false && [r2.failed, r2.retryAfterMs]).toEqual(["tpm", Math.ceil((61_000 / 200_000) * 60_000)]);
  });
});

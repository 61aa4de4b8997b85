/**
 * Exact values at the edges of the bucket and of admit/settle/peek: the reports the headers are
 * built from, which limit is named when several refuse, and limits that come and go. Written
 * against the survivors of a mutation run (npm run test:mutation).
 */
import { describe, expect, it } from "vitest";
import { check, fullBucket, refill } from "../../src/limits/bucket.ts";
import { admit, emptyLimitState, peek, settle } from "../../src/limits/index.ts";

const T0 = 1_767_225_600_000;
const lim = { capacity: 60, windowMs: 60_000 };
const lease = (id: string, tokens = 0, ttl = 60_000) => ({ tokens, leaseId: id, leaseTtlMs: ttl });

describe("bucket check: exact numbers", () => {
  it("an admitted cost: remaining after it, full again after cost x window/capacity, no wait, bucket untouched", () => {
    const c = check(fullBucket(lim, T0), lim, 10, T0);
    expect(c).toEqual({ ok: true, remaining: 50, retryAfterMs: 0, resetMs: 10_000, bucket: { level: 60, updatedAtMs: T0 } });
  });

  it("a cost equal to what is left passes; resetMs counts from the level after it", () => {
    const c = check({ level: 7, updatedAtMs: T0 }, lim, 7, T0);
    expect(c).toMatchObject({ ok: true, remaining: 0, retryAfterMs: 0, resetMs: 60_000 });
  });

  it("a refused cost: what is available now, the wait for the missing units, reset from the current level", () => {
    const c = check({ level: 2.5, updatedAtMs: T0 }, lim, 4, T0);
    expect(c).toMatchObject({ ok: false, remaining: 2, retryAfterMs: 1500, resetMs: 57_500 });
  });

  it("a cost of exactly the capacity from an empty bucket waits one whole window, not forever", () => {
    expect(check({ level: 0, updatedAtMs: T0 }, lim, 60, T0).retryAfterMs).toBe(60_000);
    expect(check({ level: 0, updatedAtMs: T0 }, lim, 61, T0).retryAfterMs).toBe(Number.POSITIVE_INFINITY);
  });

  it("a zero-length window never refills: a refusal is final and nothing is pending", () => {
    const z = { capacity: 5, windowMs: 0 };
    expect(refill({ level: 1, updatedAtMs: T0 }, z, T0 + 3_600_000).level).toBe(1);
    expect(check({ level: 1, updatedAtMs: T0 }, z, 2, T0 + 1000)).toMatchObject({ ok: false, remaining: 1, retryAfterMs: Number.POSITIVE_INFINITY, resetMs: 0 });
    expect(check({ level: 3, updatedAtMs: T0 }, z, 2, T0)).toMatchObject({ ok: true, remaining: 1, resetMs: 0 });
  });
});

describe("admit: the reports behind the rate-limit headers", () => {
  it("every configured limit, in order, with window and reset in seconds and concurrency counting this request", () => {
    const r = admit(emptyLimitState(), { rpm: 10, tpm: 1000, tpd: 86_400, concurrency: 3 }, lease("a", 100), T0);
    expect(r.ok).toBe(true);
    expect(r.reports).toEqual([
      { name: "rpm", quota: 10, windowSeconds: 60, remaining: 9, resetSeconds: 6 },
      { name: "tpm", quota: 1000, windowSeconds: 60, remaining: 900, resetSeconds: 6 },
      { name: "tpd", quota: 86_400, windowSeconds: 86_400, remaining: 86_300, resetSeconds: 100 },
      { name: "concurrency", quota: 3, windowSeconds: 0, remaining: 2, resetSeconds: 0 },
    ]);
  });

  it("a concurrency refusal reports the limit with nothing remaining and names it", () => {
    let s = emptyLimitState();
    for (const id of ["a", "b"]) s = admit(s, { concurrency: 2 }, lease(id), T0).state;
    const r = admit(s, { concurrency: 2 }, lease("c"), T0 + 10);
    expect(r).toMatchObject({ ok: false, failed: "concurrency" });
    expect(r.reports).toEqual([{ name: "concurrency", quota: 2, windowSeconds: 0, remaining: 0, resetSeconds: 0 }]);
  });

  it("when several limits refuse, the first in rpm, tpm, tpd, concurrency order is named with its own wait", () => {
    let s = emptyLimitState();
    const limits = { rpm: 1, tpm: 10, concurrency: 1 };
    s = admit(s, limits, lease("a", 10), T0).state;
    const r = admit(s, limits, lease("b", 10), T0);
    expect(r).toMatchObject({ ok: false, failed: "rpm", retryAfterMs: 60_000 });
    // rpm unlimited: tpm is next in line (its own wait), ahead of concurrency.
    const r2 = admit(s, { tpm: 10, concurrency: 1 }, lease("b", 5), T0 + 1000);
    expect(r2).toMatchObject({ ok: false, failed: "tpm", retryAfterMs: 29_000 });
    // tokens fine: concurrency names itself.
    const r3 = admit(s, { rpm: 100, concurrency: 1 }, lease("b"), T0 + 1000);
    expect(r3).toMatchObject({ ok: false, failed: "concurrency", retryAfterMs: 1000 });
  });

  it("the concurrency wait is the soonest lease expiry when that is under a second", () => {
    let s = emptyLimitState();
    s = admit(s, { concurrency: 2 }, lease("long", 0, 900), T0).state;
    s = admit(s, { concurrency: 2 }, lease("short", 0, 400), T0).state;
    const r = admit(s, { concurrency: 2 }, lease("c"), T0 + 100);
    expect(r).toMatchObject({ ok: false, retryAfterMs: 300 });
  });

  it("a limit removed by an override takes nothing from its old bucket, and settles nothing into it", () => {
    const on = { tpm: 100 };
    let s = admit(emptyLimitState(), on, lease("a", 30), T0).state;
    s = admit(s, {}, lease("b", 50), T0).state; // tpm now unlimited: its bucket is left alone
    s = settle(s, {}, { leaseId: "b", reservedTokens: 50, actualTokens: 0 }, T0);
    expect(s.tpm).toEqual({ level: 70, updatedAtMs: T0 });
    expect(admit(s, on, lease("c", 70), T0)).toMatchObject({ ok: true });
    expect(admit(s, on, lease("c", 71), T0)).toMatchObject({ ok: false, failed: "tpm" });
  });
});

describe("settle and peek", () => {
  it("settling against a limit that has no bucket yet (added after admission) creates none", () => {
    const s = admit(emptyLimitState(), { concurrency: 1 }, lease("a"), T0).state;
    const after = settle(s, { tpm: 100, tpd: 1000, concurrency: 1 }, { leaseId: "a", reservedTokens: 10, actualTokens: 50 }, T0 + 5);
    expect(after).toEqual({ leases: {} });
  });

  it("peek reports every limit without taking anything; a lowered concurrency shows 0, not a negative", () => {
    let s = emptyLimitState();
    for (const id of ["a", "b", "c"]) s = admit(s, { rpm: 10, tpm: 1000, concurrency: 5 }, lease(id, 100), T0).state;
    const reports = peek(s, { rpm: 10, tpm: 1000, concurrency: 2 }, T0);
    expect(reports).toEqual([
      { name: "rpm", quota: 10, windowSeconds: 60, remaining: 7, resetSeconds: 18 },
      { name: "tpm", quota: 1000, windowSeconds: 60, remaining: 700, resetSeconds: 18 },
      { name: "concurrency", quota: 2, windowSeconds: 0, remaining: 0, resetSeconds: 0 },
    ]);
    expect(peek(s, { rpm: 10, tpm: 1000, concurrency: 5 }, T0)).toContainEqual({ name: "concurrency", quota: 5, windowSeconds: 0, remaining: 2, resetSeconds: 0 });
    // expired leases do not count; unlimited limits are not reported
    expect(peek(s, { tpd: 500, concurrency: 5 }, T0 + 60_000)).toEqual([
      { name: "tpd", quota: 500, windowSeconds: 86_400, remaining: 500, resetSeconds: 0 },
      { name: "concurrency", quota: 5, windowSeconds: 0, remaining: 5, resetSeconds: 0 },
    ]);
    expect(peek(s, {}, T0)).toEqual([]);
  });
});

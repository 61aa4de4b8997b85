/**
 * Permit leases at scale, on a virtual clock (test/limits/lease-sim.ts): 20,000 requests/s on one
 * key from 50 isolates. The object must stay under 1,000 calls/s once the key is hot, admissions
 * must never exceed a limit (requests/min, tokens/min, tokens/day, concurrency), and the refusals
 * leasing adds over an ideal limiter (all decisions in one place, no latency) must stay small.
 */
import { describe, expect, it } from "vitest";
import type { LimitSet } from "../../src/limits/index.ts";
import { type SimResult, simulate } from "./lease-sim.ts";

const HIGH = { rpm: 100_000_000, tpm: 100_000_000_000, tpd: 1_000_000_000_000, concurrency: null } satisfies LimitSet;

function run(limits: LimitSet, seconds = 10): SimResult {
  const r = simulate({ ratePerSecond: 20_000, isolates: 50, seconds, limits });
  // what the test measured, for the log of a failing run
  console.log(JSON.stringify({ limits, ...r }));
  return r;
}

/** Object calls per full second once the key is hot (the first second is the cold start). */
const steadyCalls = (r: SimResult, seconds: number) => r.callsPerSecond.slice(1, seconds);

function expectWithinLimits(r: SimResult): void {
  expect(r.maxInFlightOver === Number.NEGATIVE_INFINITY || r.maxInFlightOver <= 0).toBe(true);
  expect(r.bucketBelowZero).toBeLessThanOrEqual(1e-6);
  expect(r.windowOver.rpm).toBeLessThanOrEqual(0);
  expect(r.windowOver.tpm).toBeLessThanOrEqual(0);
  expect(r.windowOver.tpd).toBeLessThanOrEqual(0);
}

describe("20,000 requests/s on one key across 50 isolates", { timeout: 120_000 }, () => {
  it("with room under every limit: the object serves < 1,000 calls/s, nothing is refused", () => {
    const r = run(HIGH);
    expect(r.offered).toBeGreaterThan(190_000);
    expect(r.refused).toBe(0);
    expect(r.localAdmits / r.offered).toBeGreaterThan(0.95);
    for (const c of steadyCalls(r, 10)) expect(c).toBeLessThanOrEqual(1_000);
    // the cold start: the first 250 ms of a key are decided per request (reported, not hidden)
    expect(r.callsPerSecond[0]).toBeGreaterThan(1_000);
    expectWithinLimits(r);
  });

  it("at its requests-per-minute limit: never above it, < 1,000 calls/s, extra refusals < 0.5 %", () => {
    const r = run({ ...HIGH, rpm: 60_000 });
    expect(r.idealRefused).toBeGreaterThan(100_000);
    expectWithinLimits(r);
    for (const c of steadyCalls(r, 10)) expect(c).toBeLessThanOrEqual(1_000);
    expect(r.extraRefusalShare).toBeLessThan(0.005);
  });

  it("at its tokens-per-minute limit: never above it, < 1,000 calls/s, extra refusals < 2 %", () => {
    const r = run({ ...HIGH, tpm: 30_000_000 });
    expect(r.idealRefused).toBeGreaterThan(80_000);
    expectWithinLimits(r);
    for (const c of steadyCalls(r, 10)) expect(c).toBeLessThanOrEqual(1_000);
    expect(r.extraRefusalShare).toBeLessThan(0.02);
  });

  it("at its daily token limit: never above it, < 1,000 calls/s, extra refusals < 0.5 %", () => {
    const r = run({ ...HIGH, tpd: 40_000_000 });
    expect(r.idealRefused).toBeGreaterThan(80_000);
    expectWithinLimits(r);
    for (const c of steadyCalls(r, 10)) expect(c).toBeLessThanOrEqual(1_000);
    expect(r.extraRefusalShare).toBeLessThan(0.005);
  });

  it("at its concurrency limit: never more in flight, < 1,000 calls/s, extra refusals < 8 %", () => {
    const r = run({ ...HIGH, concurrency: 1000 }, 4);
    expect(r.idealRefused).toBeGreaterThan(30_000);
    expect(r.maxInFlightOver).toBe(0); // the limit is reached, never passed
    expectWithinLimits(r);
    for (const c of steadyCalls(r, 4)) expect(c).toBeLessThanOrEqual(1_000);
    expect(r.extraRefusalShare).toBeLessThan(0.08);
  });

  it("with a slow object (150 ms each way): renewals are asked a round trip early and waited for, < 1,000 calls/s", () => {
    // Before renewals were asked by the measured round trip, and before requests waited for the
    // renewal in flight, this ran at ~9,700 object calls/s (every request arriving while a renewal
    // travelled went to the object on its own).
    const r = simulate({ ratePerSecond: 20_000, isolates: 50, seconds: 6, limits: HIGH, oneWayMs: 150 });
    console.log(JSON.stringify({ slow: true, ...r }));
    expect(r.refused).toBe(0);
    expect(r.localAdmits / r.offered).toBeGreaterThan(0.9);
    for (const c of steadyCalls(r, 6)) expect(c).toBeLessThanOrEqual(1_000);
    expectWithinLimits(r);
  });
});

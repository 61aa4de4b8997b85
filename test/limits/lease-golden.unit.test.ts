/**
 * Permit leases, pinned exactly (golden): short runs of the lease simulation (lease-sim.ts: several
 * isolates' LocalKeys driven as lease-client.ts drives them, against one KeyEngine) under each kind
 * of limit, with the whole result compared with the one recorded in lease-golden.json: requests
 * admitted and refused (locally and by the object), object calls per second, waits for renewals,
 * and the bound checks.
 *
 * Why: lease-sim.unit.test.ts checks bounds at scale (never over a limit, < 1,000 object calls/s,
 * few extra refusals), which a changed grant size, renewal lead or flush delay keeps within, and
 * takes 17 s, so mutation runs leave it out (vitest.mutation.config.ts). These runs take
 * milliseconds and any change of the lease rules moves their counts.
 *
 * A change of lease behaviour changes these expectations on purpose: re-record with
 * `GOLDEN_UPDATE=1 npx vitest run test/limits/lease-golden.unit.test.ts` and review the diff.
 */
import { describe, expect, it } from "vitest";
import { goldenFile } from "../golden.ts";
import type { LimitSet } from "../../src/limits/index.ts";
import { type SimOptions, simulate } from "./lease-sim.ts";

const { UPDATE, golden, recorded } = goldenFile(new URL("./lease-golden.json", import.meta.url));

const HIGH = { rpm: 100_000_000, tpm: 100_000_000_000, tpd: 1_000_000_000_000, concurrency: null } satisfies LimitSet;

const RUNS: [string, SimOptions][] = [
  ["room under every limit", { ratePerSecond: 400, isolates: 3, seconds: 3, limits: HIGH }],
  ["requests per minute", { ratePerSecond: 400, isolates: 3, seconds: 3, limits: { ...HIGH, rpm: 900 } }],
  ["tokens per minute", { ratePerSecond: 400, isolates: 3, seconds: 3, limits: { ...HIGH, tpm: 300_000 } }],
  ["tokens per day", { ratePerSecond: 400, isolates: 3, seconds: 3, limits: { ...HIGH, tpd: 150_000 } }],
  ["concurrency", { ratePerSecond: 400, isolates: 3, seconds: 2, limits: { ...HIGH, concurrency: 25 } }],
  ["slow object", { ratePerSecond: 400, isolates: 3, seconds: 2, limits: HIGH, oneWayMs: 150 }],
  ["slow origin, tight concurrency", { ratePerSecond: 200, isolates: 2, seconds: 2, limits: { ...HIGH, concurrency: 8 }, originMs: [200, 900] }],
  ["below the lease rate", { ratePerSecond: 4, isolates: 2, seconds: 4, limits: { ...HIGH, rpm: 120 } }],
  ["leases off", { ratePerSecond: 300, isolates: 2, seconds: 2, limits: { ...HIGH, rpm: 400 }, leases: { enabled: false } }],
  ["small grants", { ratePerSecond: 300, isolates: 4, seconds: 2, limits: { ...HIGH, tpm: 200_000 }, leases: { maxRequests: 16, maxMs: 300, flushMs: 250 }, seed: 7 }],
  ["settlements not deferred, wide share", { ratePerSecond: 300, isolates: 3, seconds: 2, limits: { ...HIGH, tpm: 250_000, concurrency: 40 }, leases: { settleDeferMs: 0, sharePercent: 50, backoffMs: 50 }, oneWayMs: 20, seed: 3 }],
];

describe("lease simulation, golden", () => {
  for (const [name, o] of RUNS) {
    it(name, () => {
      const got = JSON.parse(JSON.stringify(simulate(o))) as unknown;
      if (UPDATE) recorded[name] = got;
      else expect(got).toEqual(golden[name]);
    });
  }
});

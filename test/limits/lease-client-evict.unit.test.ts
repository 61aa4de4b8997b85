/**
 * The isolate's key map is bounded (src/proxy/lease-client.ts MAX_KEYS, 10,000): a new key beyond
 * it first forgets idle keys, oldest first, down to 90 %; a key with traffic is kept. Exact counts.
 */
import { describe, expect, it, vi } from "vitest";
import type { ExchangeFn } from "../../src/proxy/lease-client.ts";
import { type LeaseContext, decideLeased, leaseKeyForTests } from "../../src/proxy/lease-client.ts";
import { policyOf, req, useFakeClock } from "./lease-client-helpers.ts";

useFakeClock(9_000_000);

describe("lease client key map", () => {
  it("at 10,000 keys, a new key forgets the oldest idle ones until 8,999 remain; a busy key stays", async () => {
    const policy = policyOf({ defaults: { rpm: 1000, tpm: 1_000_000, tpd: 10_000_000, concurrency: null } });
    // served by the object, no lease and no ticket: nothing is held afterwards
    const exchange: ExchangeFn = () => Promise.resolve({ decision: { action: "allow", served: true, enforced: true, cause: "ok", reports: [], reservedTokens: 1, score: 0, reasons: [] }, write: "later" });
    const lc = (keyId: string): LeaseContext => ({ keyId, settings: policy.leases, exchange, waitUntil: () => {} });
    for (let i = 0; i < 10_000; i++) await decideLeased(lc(`k${i}`), req());
    expect(leaseKeyForTests("k0")).toBeDefined();
    // the keys go quiet (their request rate decays below 1/s); k5 gets traffic again
    await vi.advanceTimersByTimeAsync(10_000);
    for (let i = 0; i < 5; i++) await decideLeased(lc("k5"), req());
    await decideLeased(lc("new"), req());
    const kept = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => leaseKeyForTests(`k${from + i}`) !== undefined);
    // k0..k1001 but k5 are forgotten (1,001 keys: 10,000 -> 8,999), then "new" is added
    expect(kept(0, 5)).toEqual([false, false, false, false, false]);
    expect(leaseKeyForTests("k5")).toBeDefined();
    expect(kept(6, 1002).every((x) => !x)).toBe(true);
    expect(kept(1002, 1004)).toEqual([true, true]);
    expect(leaseKeyForTests("k9999")).toBeDefined();
    expect(leaseKeyForTests("new")).toBeDefined();
  });
});

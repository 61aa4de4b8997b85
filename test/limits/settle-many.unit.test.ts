/** settleMany (src/limits/index.ts): a batched report settles like settle() one by one. */
import { describe, expect, it } from "vitest";
import { type LimitSet, type LimitState, settle, settleMany } from "../../src/limits/index.ts";

const T0 = 1_000_000;
const LIMITS: LimitSet = { rpm: 10, tpm: 1000, tpd: 10_000, concurrency: 5 };
const state = (): LimitState => ({
  rpm: { level: 5, updatedAtMs: T0 },
  tpm: { level: 400, updatedAtMs: T0 },
  tpd: { level: 4000, updatedAtMs: T0 },
  leases: { a: { expiresAtMs: T0 + 9 }, b: { expiresAtMs: T0 + 9 }, c: { expiresAtMs: T0 + 9 } },
});
const items = [
  { leaseId: "a", reservedTokens: 300, actualTokens: 100 }, // 200 back
  { leaseId: "b", reservedTokens: 50, actualTokens: 120 }, // 70 owed
];

describe("settleMany", () => {
  it("frees each lease and moves the token buckets by reserved - actual, as settle() one by one", () => {
    const s = settleMany(state(), LIMITS, items, T0);
    expect(s).toEqual({
      rpm: { level: 5, updatedAtMs: T0 },
      tpm: { level: 530, updatedAtMs: T0 },
      tpd: { level: 4130, updatedAtMs: T0 },
      leases: { c: { expiresAtMs: T0 + 9 } },
    });
    const oneByOne = items.reduce((st, it) => settle(st, LIMITS, it, T0), state());
    expect(s).toEqual(oneByOne);
  });
  it("changes nothing in place; no items: the same state", () => {
    const st = state();
    settleMany(st, LIMITS, items, T0);
    expect(st).toEqual(state());
    expect(settleMany(st, LIMITS, [], T0)).toBe(st);
  });
  it("an unlimited window or one never used is left as it is", () => {
    const st = state();
    delete st.tpd;
    const s = settleMany(st, { ...LIMITS, tpm: null }, items, T0);
    expect(s.tpm).toEqual({ level: 400, updatedAtMs: T0 });
    expect(s.tpd).toBeUndefined();
    expect(s.leases).toEqual({ c: { expiresAtMs: T0 + 9 } });
  });
});

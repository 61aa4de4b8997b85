/**
 * Cache reads against tpm and tpd (red team R39b-7): a coding agent on a 52k-token cached context
 * was refused five times in eight turns that Anthropic's own input-token limit, which leaves cache
 * reads out, serves. Quotas count Anthropic's `cache_read_input_tokens` (Usage.cacheRead) at
 * GUARD_POLICY.cacheReadShare, the same way wherever an answer is settled: at the key's object, in
 * an isolate's permits, and when an answer is read after its request.
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_CACHE_READ_SHARE, parsePolicy, type PolicyConfig } from "../../src/config/index.ts";
import { KeyEngine } from "../../src/engine/key-engine.ts";
import { quotaTokens } from "../../src/limits/index.ts";
import { localSettle, newLocalKey } from "../../src/limits/lease.ts";

const T0 = Date.UTC(2026, 11, 6, 3);

describe("quotaTokens", () => {
  it("counts the bill with its cache reads at the share, rounded up", () => {
    const u = { promptTokens: 52_100, completionTokens: 400, cacheRead: 52_000 };
    expect(quotaTokens(u, { cacheReadShare: 1 })).toBe(52_500);
    expect(quotaTokens(u, { cacheReadShare: 0 })).toBe(500);
    expect(quotaTokens(u, { cacheReadShare: 0.1 })).toBe(100 + 5_200 + 400);
    expect(quotaTokens({ promptTokens: 10, completionTokens: 0, cacheRead: 3 }, { cacheReadShare: 0.1 })).toBe(7 + 1);
    // no cache read: the bill
    expect(quotaTokens({ promptTokens: 900, completionTokens: 100 }, { cacheReadShare: 0 })).toBe(1000);
  });

  it("never counts less than the bill without its prompt, whatever the cache read says", () => {
    expect(quotaTokens({ promptTokens: 100, completionTokens: 50, cacheRead: 1_000_000 }, { cacheReadShare: 0 })).toBe(50);
    expect(quotaTokens({ promptTokens: 100, completionTokens: 50, cacheRead: -40 }, { cacheReadShare: 0 })).toBe(150);
  });
});

describe("GUARD_POLICY.cacheReadShare", () => {
  it("defaults to a tenth, takes 0 to 1, and refuses anything else by name", () => {
    const ok = (v: unknown) => parsePolicy(v === undefined ? {} : { cacheReadShare: v });
    const d = ok(undefined);
    expect(d.ok && d.value.cacheReadShare).toBe(DEFAULT_CACHE_READ_SHARE);
    expect(DEFAULT_CACHE_READ_SHARE).toBe(0.1);
    for (const v of [0, 0.5, 1]) {
      const p = ok(v);
      expect(p.ok && p.value.cacheReadShare).toBe(v);
    }
    for (const v of [-0.1, 1.01, "0.1", null, Number.NaN, true]) {
      const p = ok(v);
      expect(p.ok).toBe(false);
      if (!p.ok) expect(p.problem.field).toBe("GUARD_POLICY.cacheReadShare");
    }
  });
});

const policy = (share?: number): PolicyConfig => {
  const p = parsePolicy({ defaults: { rpm: 1000, tpm: 1_000_000, tpd: 1_000_000, concurrency: 10 }, detection: { mode: "off" }, ...(share === undefined ? {} : { cacheReadShare: share }) });
  if (!p.ok) throw new Error(p.problem.message);
  return p.value;
};
const used = (e: KeyEngine, p: PolicyConfig, name: "tpm" | "tpd") => 1_000_000 - e.inspect(p, T0).usage.find((l) => l.name === name)!.remaining;

describe("the key's object counts cache reads at the share", () => {
  it("a settlement charges tpm and tpd the quota count; the counters keep the bill", () => {
    for (const [share, want] of [[undefined, 100 + 5_000 + 300], [0, 400], [1, 50_400]] as const) {
      const p = policy(share);
      const e = new KeyEngine();
      const d = e.admit(p, { nowMs: T0, requestId: "r", route: "messages", reservedTokens: 1_100 });
      expect(d.served).toBe(true);
      e.settle(p, { nowMs: T0, leaseId: d.leaseId!, reservedTokens: 1_100, usage: { promptTokens: 50_100, completionTokens: 300, cacheRead: 50_000 }, originStatus: 200 });
      expect([share, used(e, p, "tpm"), used(e, p, "tpd")]).toEqual([share, want, want]);
      expect(e.snap.counters.promptTokens).toBe(50_100);
    }
  });

  it("a batch's results read later are charged at the share beyond what the batch was charged", () => {
    const p = policy(0.1);
    const e = new KeyEngine();
    const post = e.admit(p, { nowMs: T0, requestId: "post", route: "messages", reservedTokens: 2_000 });
    e.settle(p, { nowMs: T0, leaseId: post.leaseId!, reservedTokens: 2_000, usage: { promptTokens: 1_000, completionTokens: 1_000, estimated: true, createdHash: 9 }, originStatus: 200 });
    expect(used(e, p, "tpm")).toBe(2_000);
    // its results: 40,000 of input of which 36,000 cache reads, 3,000 of output, over 10 answers
    const get = e.admit(p, { nowMs: T0, requestId: "get", route: "free", reservedTokens: 0 });
    e.settle(p, { nowMs: T0, leaseId: get.leaseId!, reservedTokens: 0, usage: { promptTokens: 0, completionTokens: 0, answer: { promptTokens: 40_000, completionTokens: 3_000, cacheRead: 36_000, id: 1, count: 10, createdHash: 9 } }, originStatus: 200 });
    expect(used(e, p, "tpm")).toBe(4_000 + 3_600 + 3_000);
  });
});

describe("an isolate's permits count cache reads as the object does", () => {
  it("localSettle gives back the reservation less the quota count", () => {
    const s = { flushMs: 250, minRatePerSecond: 5 };
    const settleAt = (share = 1) => {
      const k = Object.assign(newLocalKey<unknown>("iso", T0 - 10_000), { epoch: 0, inFlight: 1, tokens: 0 });
      localSettle(k, 0, 60_000, { atMs: T0, promptTokens: 52_100, completionTokens: 400, cacheRead: 52_000, originStatus: 200 }, s, { cacheReadShare: share });
      // (the key going quiet, its permits go back: what they held is the same either way)
      return k.tokens + k.out.back.tokens;
    };
    expect(settleAt(0.1)).toBe(60_000 - (100 + 5_200 + 400));
    expect(settleAt(0)).toBe(60_000 - 500);
    // no share given (a caller without a policy): the bill, as before
    expect(settleAt()).toBe(60_000 - 52_500);
  });
});

/**
 * Answers read after their request (red team R13-1), exactly: which answers KeyEngine.chargeRead
 * charges (a batch's results or an answer of a response the key left unread, against its own
 * entry, the others kept), what it charges (nothing when within the reservation,
 * in the counters too), one entry per response, a leased request's usage recorded like a settled
 * one; limits' charge on the buckets it is given; usageFields keeping `unread`; a refused run's
 * decision (red team R13-4). Written against the survivors of the mutation run on 88d1315.
 */
import { describe, expect, it } from "vitest";
import { parsePolicy, type PolicyConfig } from "../../src/config/index.ts";
import type { RequestSignals } from "../../src/detect/signals.ts";
import { KeyEngine } from "../../src/engine/key-engine.ts";
import { charge, emptyLimitState, type LimitState } from "../../src/limits/index.ts";
import { emptyReport, usageFields } from "../../src/limits/lease.ts";

const T0 = Date.UTC(2026, 11, 4, 2);
const policy = (): PolicyConfig => {
  const p = parsePolicy({ defaults: { rpm: 1000, tpm: 1_000_000, tpd: 100_000, concurrency: 10 }, detection: { mode: "off" } });
  if (!p.ok) throw new Error(p.problem.message);
  return p.value;
};
const used = (e: KeyEngine) => 100_000 - e.inspect(policy(), T0 + 10).usage.find((l) => l.name === "tpd")!.remaining;

function served(e: KeyEngine, id: string, reserved: number, usage: Record<string, unknown>) {
  const d = e.admit(policy(), { nowMs: T0, requestId: id, route: "responses", reservedTokens: reserved });
  expect(d.served).toBe(true);
  e.settle(policy(), { nowMs: T0, leaseId: d.leaseId!, reservedTokens: reserved, usage: { promptTokens: 0, completionTokens: 0, ...usage }, originStatus: 200 });
}

describe("KeyEngine: unread answers, exactly", () => {
  it("an answer is charged against its own response's entry; the other entries are kept", () => {
    const e = new KeyEngine();
    served(e, "a", 100, { promptTokens: 10, completionTokens: 90, estimated: true, createdHash: 7 });
    served(e, "b", 1000, { promptTokens: 10, completionTokens: 990, estimated: true, createdHash: 9 });
    expect(e.snap.unread).toEqual([[7, 100], [9, 1000]]);
    expect(used(e)).toBe(1100);
    served(e, "get9", 0, { answer: { promptTokens: 500, completionTokens: 1500, id: 1, createdHash: 9 } });
    expect(e.snap.unread).toEqual([[7, 100]]);
    expect(used(e)).toBe(1100 + 1000);
  });

  it("an answer of a response not in the list charges nothing and leaves the list as it was", () => {
    const e = new KeyEngine();
    served(e, "a", 100, { promptTokens: 10, completionTokens: 90, estimated: true, createdHash: 7 });
    served(e, "get8", 0, { answer: { promptTokens: 5000, completionTokens: 500, id: 1, createdHash: 8 } });
    expect(e.snap.unread).toEqual([[7, 100]]);
    expect(used(e)).toBe(100);
  });

  it("a batch's results (an answer with a count) are charged against their own batch's entry only", () => {
    const e = new KeyEngine();
    served(e, "a", 100, { promptTokens: 10, completionTokens: 90, estimated: true, createdHash: 7 });
    served(e, "res", 0, { answer: { promptTokens: 5000, completionTokens: 500, id: 1, count: 3, createdHash: 8 } });
    served(e, "res-none", 0, { answer: { promptTokens: 5000, completionTokens: 500, id: 2, count: 3 } });
    expect(e.snap.unread).toEqual([[7, 100]]);
    expect(used(e)).toBe(100);
    served(e, "res7", 0, { answer: { promptTokens: 5000, completionTokens: 500, id: 3, count: 3, createdHash: 7 } });
    expect(e.snap.unread).toBeUndefined();
    expect(used(e)).toBe(5500);
  });

  it("an answer within what its request was charged gives the difference back from the output counted (red team R39b-4)", () => {
    const e = new KeyEngine();
    served(e, "a", 1100, { promptTokens: 76, completionTokens: 1024, estimated: true, createdHash: 7 });
    const before = { ...e.snap.counters };
    served(e, "get", 0, { answer: { promptTokens: 76, completionTokens: 200, id: 1, createdHash: 7 } });
    expect(e.snap.counters.promptTokens).toBe(before.promptTokens);
    expect(e.snap.counters.completionTokens).toBe(before.completionTokens - 824);
    expect(e.snap.unread).toBeUndefined();
  });

  it("an answer read only at its two ends gives nothing back: its hosted tool calls are not known (red team R80-3)", () => {
    const e = new KeyEngine();
    served(e, "a", 16_100, { promptTokens: 76, completionTokens: 16_024, estimated: true, createdHash: 7 });
    const before = { ...e.snap.counters };
    served(e, "get", 0, { answer: { promptTokens: 76, completionTokens: 200, id: 1, createdHash: 7, edges: true } });
    expect(e.snap.counters).toMatchObject({ promptTokens: before.promptTokens, completionTokens: before.completionTokens });
    expect(e.snap.unread).toBeUndefined();
  });

  it("a batch's results read whole give back what its creation overestimated; read in part, not (red team R81-5)", () => {
    for (const whole of [true, false]) {
      const e = new KeyEngine();
      served(e, "b", 20_000, { promptTokens: 100, completionTokens: 19_900, estimated: true, createdHash: 9 });
      const before = e.snap.counters.completionTokens;
      served(e, "res", 0, { answer: { promptTokens: 100, completionTokens: 60, id: 2, count: 20, createdHash: 9, ...(whole ? { whole: true as const } : {}) } });
      expect(e.snap.counters.completionTokens).toBe(whole ? before - 19_840 : before);
    }
  });

  it("a response settled unread twice is held once, with what it was charged last", () => {
    const e = new KeyEngine();
    served(e, "a", 100, { promptTokens: 10, completionTokens: 90, estimated: true, createdHash: 7 });
    served(e, "a2", 300, { promptTokens: 10, completionTokens: 290, estimated: true, createdHash: 7 });
    expect(e.snap.unread).toEqual([[7, 300]]);
  });

  it("a leased request's usage (a lease report) is remembered unread and its later answer charged, as a settled one", () => {
    const e = new KeyEngine();
    const report = { ...emptyReport<RequestSignals>("iso"), usages: [{ atMs: T0, promptTokens: 76, completionTokens: 1024, originStatus: 200, estimated: true as const, createdHash: 7 }] };
    e.exchange(policy(), { nowMs: T0, report });
    expect(e.snap.unread).toEqual([[7, 1100]]);
  });
});

describe("charge and usageFields, exactly", () => {
  const withBuckets = (): LimitState => ({ ...emptyLimitState(), tpm: { level: 500, updatedAtMs: T0 }, tpd: { level: 500, updatedAtMs: T0 } });
  it("charge of 0 tokens leaves the buckets as they were, even later", () => {
    const s = withBuckets();
    expect(charge(s, { tpm: 1000, tpd: 1000 }, 0, T0 + 30_000)).toEqual(s);
  });
  it("charge draws only from the token buckets the limits name", () => {
    const s = withBuckets();
    const next = charge(s, { tpm: 1000 }, 100, T0);
    expect(next.tpd).toEqual(s.tpd);
    expect(next.tpm).toEqual({ level: 400, updatedAtMs: T0 });
  });
  it("a token bucket the key never drew from is charged from full (the charge is not lost)", () => {
    const next = charge(emptyLimitState(), { tpm: 1000, tpd: 5000 }, 300, T0);
    expect(next.tpm).toEqual({ level: 700, updatedAtMs: T0 });
    expect(next.tpd).toEqual({ level: 4700, updatedAtMs: T0 });
    // a limit the key does not have gets no bucket
    expect(charge(emptyLimitState(), { tpm: 1000 }, 300, T0).tpd).toBeUndefined();
  });
  it("usageFields keeps `unread`", () => {
    expect(usageFields({ promptTokens: 1, completionTokens: 2, unread: true, createdHash: 3 })).toEqual({ promptTokens: 1, completionTokens: 2, unread: true, createdHash: 3 });
  });
});

describe("a run refused as undegradable (red team R13-4)", () => {
  it("is enforced, with no limit reports", () => {
    const p = parsePolicy({ defaults: { rpm: 1000 }, tiers: { degraded: { detection: { mode: "enforce", throttleAt: 0, degradeAt: 0, challengeAt: 1, blockAt: 1, jitter: 0, minEvidence: 0, blockMinRequests: 0, hysteresis: 0, convergeChannels: 1, convergeFloor: 0 } } } });
    if (!p.ok) throw new Error(`${p.problem.field} ${p.problem.message}`);
    const e = new KeyEngine();
    e.snap.override = { tier: "degraded" };
    e.recordFile("f", 2, 200);
    const d = e.admitRun(p.value, { nowMs: T0, requestId: "r", fileId: "f" });
    expect(d).toMatchObject({ served: false, cause: "undegradable", enforced: true });
    expect(d.reports).toEqual([]);
  });
});

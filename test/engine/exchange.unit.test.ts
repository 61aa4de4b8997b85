/**
 * The object's side of permit leases in KeyEngine: when a key may be leased (leasable), and what
 * one isolate's report does (exchange): what it counts, what detection and the recent decisions
 * see, when the change must be stored at once, and when permits are granted. The lease simulation
 * (test/limits/lease-sim.unit.test.ts) checks the bounds at scale; these pin each rule.
 */
import { describe, expect, it } from "vitest";
import { parsePolicy, type PolicyConfig } from "../../src/config/index.ts";
import { newDetectState } from "../../src/detect/index.ts";
import { extractSignals } from "../../src/detect/signals.ts";
import { buildPromptView } from "../../src/detect/view.ts";
import { type ExchangeInput, KeyEngine, RECENT_DECISIONS } from "../../src/engine/key-engine.ts";
import { emptyReport, type LeaseReport } from "../../src/limits/lease.ts";
import type { RequestSignals } from "../../src/detect/signals.ts";

const T0 = Date.UTC(2026, 11, 2, 12);
const FORCED_DEGRADE = {
  mode: "enforce", throttleAt: 0, degradeAt: 0, challengeAt: 1, blockAt: 1,
  jitter: 0, minEvidence: 0, blockMinRequests: 0, hysteresis: 0, convergeChannels: 1, convergeFloor: 0,
};

function policy(extra: Record<string, unknown> = {}): PolicyConfig {
  const p = parsePolicy({
    defaults: { rpm: 1000, tpm: 100_000 },
    detection: { mode: "off" },
    tiers: { enforced: { detection: { mode: "enforce" } }, shadow: { detection: { mode: "shadow" } }, degraded: { detection: FORCED_DEGRADE } },
    ...extra,
  });
  if (!p.ok) throw new Error(`${p.problem.field} ${p.problem.message}`);
  return p.value;
}

const report = (over: Partial<LeaseReport<RequestSignals>> = {}): LeaseReport<RequestSignals> => ({ ...emptyReport<RequestSignals>("iso"), ...over });
const ex = (e: KeyEngine, p: PolicyConfig, over: Partial<LeaseReport<RequestSignals>> = {}, rest: Partial<ExchangeInput> = {}) =>
  e.exchange(p, { nowMs: T0, report: report(over), ...rest });
const WANT = { ratePerSecond: 100, tokensPerRequest: 10, haveRequests: 0, haveTokens: 0, slots: 0 };
const sig = () => extractSignals(buildPromptView("chat", { messages: [{ role: "user", content: "Explain photosynthesis step by step." }], max_tokens: 100 }), { ip: "192.0.2.1", asn: 64500 });

describe("leasable", () => {
  it("leases off, or the key on a list: never", () => {
    expect(new KeyEngine().leasable(policy({ leases: { enabled: false } }), T0)).toBe(false);
    for (const list of ["allow", "deny"] as const) {
      const e = new KeyEngine();
      e.snap.list = list;
      expect(e.leasable(policy(), T0)).toBe(false);
    }
  });
  it("detection off or shadow: always, whatever the standing", () => {
    for (const tier of [undefined, "shadow"]) {
      const e = new KeyEngine();
      if (tier) e.snap.override = { tier };
      e.snap.recent.push([T0, "block", 0, 0, "detection", 900]);
      expect(e.leasable(policy(), T0)).toBe(true);
    }
  });
  it("detection enforced: only at allow, and not while a challenge pass is in use", () => {
    const e = new KeyEngine();
    e.snap.override = { tier: "enforced" };
    expect(e.leasable(policy(), T0)).toBe(true);
    e.snap.recent.push([T0, "limit", 0, 1, "rpm", 0]); // a limit refusal leaves the standing at allow
    expect(e.leasable(policy(), T0)).toBe(true);
    e.snap.recent.push([T0, "degrade", 1, 1, "ok", 500]);
    expect(e.leasable(policy(), T0)).toBe(false);
    e.snap.recent.push([T0, "allow", 1, 1, "ok", 0]);
    e.snap.pass = { untilMs: T0 + 1, left: 1 };
    expect(e.leasable(policy(), T0)).toBe(false);
    e.snap.pass = { untilMs: T0, left: 1 }; // expired exactly now
    expect(e.leasable(policy(), T0)).toBe(true);
    e.snap.pass = { untilMs: T0 + 1, left: 0 }; // used up
    expect(e.leasable(policy(), T0)).toBe(true);
  });
});

describe("exchange", () => {
  it("an empty report: nothing counted, nothing to store now, no grant without want and keep", () => {
    const e = new KeyEngine();
    expect(ex(e, policy())).toEqual({ decision: undefined, write: "later" });
    expect(ex(e, policy(), { want: WANT })).toEqual({ decision: undefined, write: "later" }); // want without keep
    expect(e.snap.counters).toEqual({ requests: 0, served: 0, refused: 0, promptTokens: 0, completionTokens: 0 });
  });

  it("permits given back are stored now, whichever way the tokens go; an empty give-back rides along (red team R42a-1)", () => {
    expect(ex(new KeyEngine(), policy(), { back: { requests: 0, tokens: -5 } }).write).toBe("now");
    // the report that gives a burst's permits back is often the key's last call before the idle
    // object is evicted: left for a later write, it was lost
    expect(ex(new KeyEngine(), policy(), { back: { requests: 3, tokens: 5 } }).write).toBe("now");
    expect(ex(new KeyEngine(), policy(), { back: { requests: 0, tokens: 5 } }).write).toBe("now");
    expect(ex(new KeyEngine(), policy(), { back: { requests: 1, tokens: 0 } }).write).toBe("now");
    expect(ex(new KeyEngine(), policy(), { back: { requests: 0, tokens: 0 } }).write).toBe("later");
  });

  it("slots an isolate releases are stored now; the same hold again rides along (red team R42a-1)", () => {
    const e = new KeyEngine();
    expect(ex(e, policy(), { keep: 3 }).write).toBe("now");
    expect(ex(e, policy(), { keep: 3 }).write).toBe("later");
    expect(ex(e, policy(), { keep: 1 }).write).toBe("now");
    expect(ex(e, policy(), { keep: 0 }).write).toBe("now");
    expect(ex(e, policy(), { keep: 0 }).write).toBe("later");
  });

  it("admissions under the lease: counted served or refused, recorded with the time they happened (never later than now)", () => {
    const e = new KeyEngine();
    const r = ex(e, policy(), { admitted: [{ atMs: T0 - 50 }, { atMs: T0 + 999 }, { atMs: T0 - 10, refused: "rpm" }] });
    expect(r.write).toBe("now");
    expect(e.snap.counters).toEqual({ requests: 3, served: 2, refused: 1, promptTokens: 0, completionTokens: 0 });
    expect(e.snap.recent).toEqual([
      [T0 - 50, "allow", 1, 1, "ok", 0],
      [T0, "allow", 1, 1, "ok", 0],
      [T0 - 10, "limit", 0, 1, "rpm", 0],
    ]);
    expect(e.snap.detect).toEqual(newDetectState()); // detection off: signals or not, nothing observed
  });

  it("with detection on, a leased admission is observed and its standing recorded unenforced", () => {
    const e = new KeyEngine();
    e.snap.override = { tier: "degraded" };
    ex(e, policy(), { admitted: [{ atMs: T0, signals: sig() }] });
    expect(e.snap.detect.requests).toBe(1);
    const [at, action, served, enforced, cause] = e.snap.recent[0]!;
    expect([at, action, served, enforced, cause]).toEqual([T0, "degrade", 1, 0, "ok"]);
    expect(e.snap.recent[0]![5]).toBeGreaterThan(0); // the score, x 1000
    // a leased admission without signals is not observed
    const quiet = new KeyEngine();
    quiet.snap.override = { tier: "enforced" };
    ex(quiet, policy(), { admitted: [{ atMs: T0 }] });
    expect(quiet.snap.detect).toEqual(newDetectState());
  });

  it("a fetched answer in a lease report (Usage.answer) is read by detection once per id, only from a 2xx, and charged to no quota", () => {
    const e = new KeyEngine();
    e.snap.override = { tier: "enforced" };
    const fetched = (id: number, originStatus = 200) => ({ atMs: T0, promptTokens: 0, completionTokens: 0, originStatus, estimated: true as const, answer: { promptTokens: 5, completionTokens: 800, id } });
    ex(e, policy(), { usages: [fetched(9)] });
    expect([e.snap.detect.settled, e.snap.detect.promptTokens, e.snap.detect.completionTokens]).toEqual([1, 5, 800]);
    expect(e.snap.counters).toMatchObject({ promptTokens: 0, completionTokens: 0 });
    // the same answer again (through a settlement this time): not read again
    ex(e, policy(), { settles: [{ ...fetched(9), leaseId: "x", reservedTokens: 10 }] });
    expect(e.snap.detect.settled).toBe(1);
    // another answer: read; one the origin did not serve: not read
    ex(e, policy(), { usages: [fetched(10), fetched(11, 404)] });
    expect([e.snap.detect.settled, e.snap.detect.completionTokens]).toEqual([2, 1600]);
    // detection off: nothing read
    const off = new KeyEngine();
    ex(off, policy(), { usages: [fetched(12)] });
    expect(off.snap.detect.settled).toBe(0);
  });

  it("usages and settlements add their tokens and are stored now; the first 2xx from the origin sets okMs (red team R42a-1)", () => {
    const e = new KeyEngine();
    const r1 = ex(e, policy(), { usages: [{ atMs: T0, promptTokens: 10, completionTokens: 20, originStatus: 500 }] });
    expect(r1.write).toBe("now");
    expect(e.snap.okMs).toBeUndefined();
    const r2 = ex(e, policy(), { usages: [{ atMs: T0, promptTokens: 1, completionTokens: 2, originStatus: 200 }] });
    expect(r2.write).toBe("now");
    expect(e.snap.okMs).toBe(T0);
    const r3 = ex(e, policy(), { usages: [{ atMs: T0, promptTokens: 1, completionTokens: 2, originStatus: 200 }] }, { nowMs: T0 + 5 });
    expect(r3.write).toBe("now");
    expect(e.snap.okMs).toBe(T0);
    expect(e.snap.counters).toMatchObject({ promptTokens: 12, completionTokens: 24 });
    // a settlement frees a slot the object holds: always stored now
    const s = new KeyEngine();
    s.snap.okMs = T0;
    const r4 = ex(s, policy(), { settles: [{ atMs: T0, leaseId: "gone", reservedTokens: 50, promptTokens: 4, completionTokens: 6, originStatus: 200 }] });
    expect(r4.write).toBe("now");
    expect(s.snap.counters).toMatchObject({ promptTokens: 4, completionTokens: 6 });
  });

  it("a request the isolate could not decide is admitted as admit() would, and stored now", () => {
    const e = new KeyEngine();
    const r = ex(e, policy(), {}, { admit: { requestId: "r1", route: "chat", reservedTokens: 100 } });
    expect(r.write).toBe("now");
    expect(r.decision).toMatchObject({ action: "allow", served: true, cause: "ok", reservedTokens: 100 });
    expect(e.snap.counters.requests).toBe(1);
  });

  it("asks with keep and want: a grant when leasable (stored now), none when not", () => {
    const e = new KeyEngine();
    const r = ex(e, policy(), { keep: 0, want: WANT });
    expect(r.write).toBe("now");
    // 100 requests/s for maxMs 1 s, within 10 % of the 1,000 rpm left: 100 requests, 1,000 tokens
    expect(r.grant).toMatchObject({ requests: 100, tokens: 1000, slots: null });
    const off = new KeyEngine();
    off.snap.list = "allow";
    expect(ex(off, policy(), { keep: 0, want: WANT })).toEqual({ decision: undefined, write: "later" });
    // a grant of nothing (rpm spent) needs no write of its own
    const spent = new KeyEngine();
    const p1 = policy({ defaults: { rpm: 1, tpm: 100_000 } });
    spent.admit(p1, { nowMs: T0, requestId: "a", route: "chat", reservedTokens: 1 });
    const r2 = ex(spent, p1, { keep: 0, want: WANT }, { nowMs: T0 + 1 });
    expect(r2.grant).toMatchObject({ requests: 0, scarce: "rpm" });
    expect(r2.write).toBe("later");
  });
});

describe("what detection is told", () => {
  const on = () => {
    const e = new KeyEngine();
    e.snap.override = { tier: "shadow" };
    return e;
  };
  it("a request refused at a limit is an outcome detection counts (retries after 429s); an admission is not", () => {
    const p = policy({ defaults: { rpm: 1, tpm: 100_000 } });
    const e = on();
    e.admit(p, { nowMs: T0, requestId: "a", route: "chat", reservedTokens: 1, signals: sig() });
    expect([e.snap.detect.limited, e.snap.detect.fastRetryUntilMs]).toEqual([0, 0]);
    e.admit(p, { nowMs: T0 + 1, requestId: "b", route: "chat", reservedTokens: 1, signals: sig() });
    // told to retry in ~60 s: a retry within 2 s would be a fast one
    expect([e.snap.detect.limited, e.snap.detect.fastRetryUntilMs]).toEqual([1, T0 + 1 + 2000]);
    // no signals (a free route), or detection off: nothing told
    e.admit(p, { nowMs: T0 + 2, requestId: "c", route: "chat", reservedTokens: 1 });
    expect(e.snap.detect.limited).toBe(1);
    const off = new KeyEngine();
    off.admit(p, { nowMs: T0, requestId: "a", route: "chat", reservedTokens: 1, signals: sig() });
    off.admit(p, { nowMs: T0 + 1, requestId: "b", route: "chat", reservedTokens: 1, signals: sig() });
    expect(off.snap.detect).toEqual(newDetectState());
  });
  it("leased admissions: a local refusal is a limit outcome, usage reaches detection only with detection on", () => {
    const e = on();
    ex(e, policy(), { admitted: [{ atMs: T0, signals: sig(), refused: "rpm" }], usages: [{ atMs: T0, promptTokens: 7, completionTokens: 9, originStatus: 200 }] });
    expect(e.snap.detect.limited).toBe(1);
    expect([e.snap.detect.promptTokens, e.snap.detect.completionTokens, e.snap.detect.settled]).toEqual([7, 9, 1]);
    const off = new KeyEngine();
    ex(off, policy(), { usages: [{ atMs: T0, promptTokens: 7, completionTokens: 9, originStatus: 200 }] });
    expect(off.snap.detect).toEqual(newDetectState());
  });
  it("recent decisions from leased admissions keep the last RECENT_DECISIONS", () => {
    const e = new KeyEngine();
    const admitted = Array.from({ length: RECENT_DECISIONS + 3 }, (_, i) => ({ atMs: T0 + i }));
    ex(e, policy(), { admitted }, { nowMs: T0 + 10_000 });
    expect(e.snap.recent).toHaveLength(RECENT_DECISIONS);
    expect(e.snap.recent[0]![0]).toBe(T0 + 3);
    expect(e.snap.recent.at(-1)![0]).toBe(T0 + RECENT_DECISIONS + 2);
  });
  it("settlements reported by an isolate free the slot and charge prompt + completion tokens", () => {
    const p = policy({ defaults: { rpm: 1000, tpm: 1000, concurrency: 5 } });
    const e = new KeyEngine();
    const d = e.admit(p, { nowMs: T0, requestId: "r1", route: "chat", reservedTokens: 100 });
    expect(e.inspect(p, T0).inFlight).toBe(1);
    ex(e, p, { settles: [{ atMs: T0, leaseId: d.leaseId!, reservedTokens: 100, promptTokens: 30, completionTokens: 20, originStatus: 200 }] });
    expect(e.inspect(p, T0).inFlight).toBe(0);
    // 1000 - 100 reserved + (100 - 50) back = 950 left
    expect(e.snap.limits.tpm!.level).toBe(950);
  });
  it("keep is set before the request the report carries is decided: a slot given back with it is the request's (red team round 45)", () => {
    const p = policy({ defaults: { rpm: 1000, tpm: 100_000, concurrency: 4 } });
    const e = new KeyEngine();
    ex(e, p, { keep: 4 });
    // the isolate held all 4 slots, 3 in use, and sends the fourth request with one slot back
    const r = ex(e, p, { keep: 3 }, { nowMs: T0 + 1, admit: { requestId: "r4", route: "chat", reservedTokens: 10 } });
    expect(r.decision).toMatchObject({ action: "allow", served: true });
    expect(e.snap.limits.leases["i:iso"]?.n).toBe(3);
    // keeping all 4, the request has no slot: the limit still holds
    const full = new KeyEngine();
    ex(full, p, { keep: 4 });
    const r2 = ex(full, p, { keep: 4 }, { nowMs: T0 + 1, admit: { requestId: "r5", route: "chat", reservedTokens: 10 } });
    expect(r2.decision).toMatchObject({ served: false, cause: "concurrency" });
  });
  it("keep: the isolate's slot entry is set to what it keeps, for the policy's lease TTL; absent: left as it is", () => {
    const p = policy({ defaults: { rpm: 1000, tpm: 100_000, concurrency: 50 } });
    const e = new KeyEngine();
    ex(e, p, { keep: 3 });
    expect(e.snap.limits.leases["i:iso"]).toEqual({ expiresAtMs: T0 + p.leaseTtlSeconds * 1000, n: 3 });
    ex(e, p, {}, { nowMs: T0 + 5 });
    expect(e.snap.limits.leases["i:iso"]).toEqual({ expiresAtMs: T0 + p.leaseTtlSeconds * 1000, n: 3 });
    ex(e, p, { keep: 0 }, { nowMs: T0 + 6 });
    expect(e.snap.limits.leases["i:iso"]).toBeUndefined();
    // a grant of slots only is stored now
    const r = ex(e, p, { keep: 0, want: { ...WANT, ratePerSecond: 0, slots: 2 } }, { nowMs: T0 + 7 });
    expect(r.grant).toMatchObject({ requests: 0, tokens: 0, slots: 2 });
    expect(r.write).toBe("now");
  });
});

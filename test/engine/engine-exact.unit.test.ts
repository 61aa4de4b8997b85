/**
 * Key engine paths no other test pins exactly: an exchange that only brings registry views is
 * stored at once, and a puzzle solution presented twice is refused as replayed (with no reports,
 * enforced, and the difficulty of the next puzzle); a pass is given back only when it was used;
 * a grant of requests alone or tokens alone is stored at once; leased admissions under detection
 * off, or refused at a standing above allow; batch-file runs (no signals of their own, degradable
 * never, and a refused run is no run).
 */
import { describe, expect, it } from "vitest";
import { parsePolicy, type PolicyConfig } from "../../src/config/index.ts";
import type { LinkView } from "../../src/detect/index.ts";
import { newDetectState } from "../../src/detect/index.ts";
import { extractSignals } from "../../src/detect/signals.ts";
import { buildPromptView } from "../../src/detect/view.ts";
import { KeyEngine, MAX_OUTPUTS, OUTPUT_TTL_MS } from "../../src/engine/key-engine.ts";
import { keptAfterExpiry } from "../../src/engine/snapshot.ts";
import { emptyReport } from "../../src/limits/lease.ts";

const T0 = Date.UTC(2026, 11, 2, 12);
const DAY = 86_400_000;

function policy(raw: Record<string, unknown>): PolicyConfig {
  const p = parsePolicy(raw);
  if (!p.ok) throw new Error(`${p.problem.field} ${p.problem.message}`);
  return p.value;
}

describe("KeyEngine, exact", () => {
  it("an exchange that only brings registry views is stored at once (the detection state changed)", () => {
    const e = new KeyEngine();
    const view: LinkView = { shard: "n:1", keys: 3, linked: 3, score: 0.4, generic: false, why: "three keys" };
    expect(e.exchange(policy({}), { nowMs: T0, report: emptyReport("iso"), views: [view] })).toEqual({ decision: undefined, write: "now" });
    expect([e.snap.detect.link, e.snap.detect.linkReason]).toEqual([0.4, "three keys"]);
    expect(e.exchange(policy({}), { nowMs: T0, report: emptyReport("iso"), views: [] })).toEqual({ decision: undefined, write: "later" });
  });

  it("a solution presented twice: the second is refused as replayed, enforced, with no reports", () => {
    // every key is challenged at once (thresholds 0, one channel is enough)
    const p = policy({
      defaults: { rpm: 100 },
      detection: { throttleAt: 0, degradeAt: 0, challengeAt: 0, blockAt: 1, jitter: 0, minEvidence: 0, convergeChannels: 1, convergeFloor: 0 },
      challenge: { baseBits: 4, maxBits: 8, passRequests: 1 },
    });
    const e = new KeyEngine();
    const first = e.admit(p, { nowMs: T0, requestId: "r1", route: "chat", reservedTokens: 10 });
    expect([first.action, first.served, first.cause, first.challengeBits]).toEqual(["challenge", false, "detection", 4]);
    const solved = { id: "puzzle-1", expiresAtMs: T0 + 60_000, bits: 4 };
    const ok = e.admit(p, { nowMs: T0 + 1, requestId: "r2", route: "chat", reservedTokens: 10, solved });
    expect([ok.served, ok.cause]).toEqual([true, "pass"]);
    const again = e.admit(p, { nowMs: T0 + 2, requestId: "r3", route: "chat", reservedTokens: 10, solved });
    expect(again).toEqual({
      action: "challenge", served: false, enforced: true, cause: "replayed", reports: [], reservedTokens: 0,
      score: again.score, reasons: again.reasons, challengeBits: e.challengeBits(p, again.score, T0 + 2),
    });
    expect(again.challengeBits).toBe(5);
  });
});

const FORCED_DEGRADE = {
  mode: "enforce", throttleAt: 0, degradeAt: 0, challengeAt: 1, blockAt: 1,
  jitter: 0, minEvidence: 0, blockMinRequests: 0, hysteresis: 0, convergeChannels: 1, convergeFloor: 0,
};
const TIERS = { off: { detection: { mode: "off" } }, degraded: { detection: FORCED_DEGRADE } };
const sig = () => extractSignals(buildPromptView("chat", { messages: [{ role: "user", content: "Explain photosynthesis step by step." }], max_tokens: 100 }), { ip: "192.0.2.1", asn: 64500 });

describe("KeyEngine, exact: passes, grants, leased admissions", () => {
  it("a limit refusal gives a pass its request back only when the pass was used for it", () => {
    const p = policy({ defaults: { rpm: 1 }, detection: { mode: "off" } });
    const e = new KeyEngine();
    e.snap.pass = { untilMs: T0 + 60_000, left: 2 }; // bought earlier; the key is at allow now
    expect(e.admit(p, { nowMs: T0, requestId: "a", route: "chat", reservedTokens: 1 }).served).toBe(true);
    const refused = e.admit(p, { nowMs: T0 + 1, requestId: "b", route: "chat", reservedTokens: 1 });
    expect([refused.served, refused.cause]).toEqual([false, "rpm"]);
    expect(e.snap.pass).toEqual({ untilMs: T0 + 60_000, left: 2 });
  });

  it("a grant of requests alone, or of tokens alone, is stored at once", () => {
    const p = policy({ defaults: { rpm: 1000, tpm: 100_000 }, detection: { mode: "off" } });
    const ask = (want: Record<string, number>) => new KeyEngine().exchange(p, { nowMs: T0, report: { ...emptyReport("iso"), keep: 0, want: { ratePerSecond: 100, tokensPerRequest: 10, haveRequests: 0, haveTokens: 0, slots: 0, ...want } } });
    // the tokens held already pay for every request asked
    const reqOnly = ask({ haveTokens: 10_000 });
    expect(reqOnly.grant).toMatchObject({ requests: 100, tokens: 0, slots: null });
    expect(reqOnly.write).toBe("now");
    // the requests held already make the rate: only their tokens are asked
    const tokOnly = ask({ haveRequests: 100 });
    expect(tokOnly.grant).toMatchObject({ requests: 0, tokens: 1000, slots: null });
    expect(tokOnly.write).toBe("now");
  });

  it("detection off: a leased admission's signals are not observed, its standing is allow", () => {
    const e = new KeyEngine();
    e.exchange(policy({ detection: { mode: "off" } }), { nowMs: T0, report: { ...emptyReport("iso"), admitted: [{ atMs: T0, signals: sig() }] } });
    expect(e.snap.detect).toEqual(newDetectState());
    expect(e.snap.recent).toEqual([[T0, "allow", 1, 1, "ok", 0]]);
  });

  it("a leased admission refused locally at a standing above allow is recorded at that standing", () => {
    const e = new KeyEngine();
    e.snap.override = { tier: "degraded" };
    e.exchange(policy({ tiers: TIERS }), { nowMs: T0, report: { ...emptyReport("iso"), admitted: [{ atMs: T0, signals: sig(), refused: "rpm" }] } });
    const [at, action, served, enforced, cause] = e.snap.recent[0]!;
    expect([at, action, served, enforced, cause]).toEqual([T0, "degrade", 0, 0, "rpm"]);
  });
});

describe("KeyEngine, exact: the 24-hour pass log", () => {
  it("a pass bought exactly 24 h ago no longer counts, in the admin view or the stored log", () => {
    const p = policy({
      defaults: { rpm: 100 },
      detection: { throttleAt: 0, degradeAt: 0, challengeAt: 0, blockAt: 1, jitter: 0, minEvidence: 0, convergeChannels: 1, convergeFloor: 0 },
      challenge: { baseBits: 4, maxBits: 8, passRequests: 1 },
    });
    const e = new KeyEngine();
    e.snap.passLog = [T0 - DAY - 1, T0];
    expect(e.inspect(p, T0 + DAY - 1).challenge.passesLast24h).toBe(1);
    expect(e.inspect(p, T0 + DAY).challenge.passesLast24h).toBe(0);
    // buying a pass then keeps only the last 24 h: the one of exactly a day ago goes
    const d = e.admit(p, { nowMs: T0 + DAY, requestId: "r", route: "chat", reservedTokens: 1, solved: { id: "p1", expiresAtMs: T0 + DAY + 60_000, bits: 8 } });
    expect([d.served, d.cause]).toEqual([true, "pass"]);
    expect(e.snap.passLog).toEqual([T0 + DAY]);
  });
});

describe("KeyEngine, exact: batch-file runs", () => {
  it("a run brings no signals of its own: detection observes nothing, first run or later", () => {
    const p = policy({ defaults: { rpm: 1000 } }); // detection enforced by default
    const e = new KeyEngine();
    e.recordFile("f", 5, 500);
    expect(e.admitRun(p, { nowMs: T0, requestId: "a", fileId: "f" })).toMatchObject({ served: true, reservedTokens: 0 });
    expect(e.admitRun(p, { nowMs: T0 + 1, requestId: "b", fileId: "f" })).toMatchObject({ served: true, reservedTokens: 500 });
    expect([e.snap.detect.requests, e.snap.detect.weight]).toEqual([0, 0]);
  });

  it("a later run under degrade is refused too (a stored file written as sent cannot be rewritten: red team R13-4)", () => {
    const p = policy({ defaults: { rpm: 1000 }, tiers: TIERS });
    const e = new KeyEngine();
    e.snap.override = { tier: "off" };
    e.recordFile("f", 5, 500);
    expect(e.admitRun(p, { nowMs: T0, requestId: "a", fileId: "f" }).served).toBe(true);
    e.snap.override = { tier: "degraded" };
    const later = e.admitRun(p, { nowMs: T0 + 1, requestId: "b", fileId: "f" });
    expect([later.action, later.served, later.cause, later.degrade, later.challengeBits]).toEqual(["degrade", false, "undegradable", undefined, undefined]);
  });

  it("a refused run is no run: the next one is still the first (one request, no tokens)", () => {
    const p = policy({ defaults: { rpm: 1 }, detection: { mode: "off" } });
    const e = new KeyEngine();
    e.recordFile("f", 5, 500);
    e.admit(p, { nowMs: T0, requestId: "x", route: "chat", reservedTokens: 1 });
    expect(e.admitRun(p, { nowMs: T0 + 1, requestId: "a", fileId: "f" })).toMatchObject({ served: false, cause: "rpm" });
    expect(e.snap.files![0]![3]).toBe(0);
    expect(e.admitRun(p, { nowMs: T0 + 60_000, requestId: "b", fileId: "f" })).toMatchObject({ served: true, reservedTokens: 0 });
    expect(e.snap.files![0]![3]).toBe(1);
  });
});

describe("KeyEngine, exact: batches and output files a key may fetch (red team R7-1)", () => {
  it("owns the batches it created and the files it uploaded; an OpenAI batch names its files only for its creator", () => {
    const e = new KeyEngine();
    expect(e.ownsOutput("msgbatch_1", T0)).toBe(false);
    e.recordOutput("msgbatch_1", T0);
    e.recordFile("file-in", 2, 200);
    expect([e.ownsOutput("msgbatch_1", T0), e.ownsOutput("file-in", T0), e.ownsOutput("file-x", T0)]).toEqual([true, true, false]);
    expect(e.recordBatchOutputs("batch_other", ["file-x"], T0)).toBe(false);
    expect(e.ownsOutput("file-x", T0)).toBe(false);
    e.recordOutput("batch_1", T0);
    expect(e.recordBatchOutputs("batch_1", ["file-out", "file-err"], T0)).toBe(true);
    expect([e.ownsOutput("file-out", T0), e.ownsOutput("file-err", T0)]).toEqual([true, true]);
  });

  it("keeps the newest MAX_OUTPUTS ids (a re-recorded id is the newest again), and keeps them past idle expiry", () => {
    const e = new KeyEngine();
    for (let i = 0; i < MAX_OUTPUTS; i++) e.recordOutput(`b${i}`, T0);
    e.recordOutput("b0", T0); // now the newest: b1 is the oldest
    e.recordOutput("late", T0);
    expect(e.snap.outputs).toHaveLength(MAX_OUTPUTS);
    expect([e.ownsOutput("b0", T0), e.ownsOutput("b1", T0), e.ownsOutput("b2", T0), e.ownsOutput("late", T0)]).toEqual([true, false, true, true]);
    expect(keptAfterExpiry(e.snap, T0)).toEqual({ v: 3, outputs: e.snap.outputs, exp: T0 + OUTPUT_TTL_MS });
    expect(keptAfterExpiry({ ...e.snap, outputs: [] }, T0)).toBeUndefined();
  });

  it("a record is honoured for OUTPUT_TTL_MS (30 days), then neither honoured nor kept (red team R9-5)", () => {
    const e = new KeyEngine();
    e.recordOutput("old", T0);
    e.recordOutput("young", T0 + 10 * DAY);
    expect(OUTPUT_TTL_MS).toBe(30 * DAY);
    expect([e.ownsOutput("old", T0 + OUTPUT_TTL_MS - 1), e.ownsOutput("old", T0 + OUTPUT_TTL_MS)]).toEqual([true, false]);
    expect(e.recordBatchOutputs("old", ["f"], T0 + OUTPUT_TTL_MS)).toBe(false);
    // past expiry: only the young one is kept, until it ages out (exp)
    expect(keptAfterExpiry(e.snap, T0 + 31 * DAY)).toEqual({ v: 3, outputs: [["young", T0 + 10 * DAY]], exp: T0 + 40 * DAY });
    expect(keptAfterExpiry(e.snap, T0 + 40 * DAY)).toBeUndefined();
    // a write drops the aged one
    e.recordOutput("new", T0 + 31 * DAY);
    expect(e.snap.outputs).toEqual([["young", T0 + 10 * DAY], ["new", T0 + 31 * DAY]]);
  });

  it("reset forgets counters and detection history, not the files the key uploaded nor the batches it may fetch (red team R9-5)", () => {
    const e = new KeyEngine();
    e.recordOutput("msgbatch_1", T0);
    e.recordFile("file-in", 2, 200);
    e.snap.counters.requests = 5;
    e.snap.detect.requests = 5;
    e.reset();
    expect([e.snap.counters.requests, e.snap.detect.requests]).toEqual([0, 0]);
    expect([e.ownsOutput("msgbatch_1", T0), e.ownsOutput("file-in", T0)]).toEqual([true, true]);
  });

  it("moving records: taken with their dates, dropped from the giver", () => {
    const from = new KeyEngine();
    const to = new KeyEngine();
    from.recordOutput("a", T0);
    from.recordOutput("b", T0 + 1);
    to.recordOutput("mine", T0);
    expect(from.outputRecords(T0 + 2, ["b", "zz"])).toEqual([["b", T0 + 1]]);
    to.adoptOutputs(from.outputRecords(T0 + 2), T0 + 2);
    expect(to.snap.outputs).toEqual([["mine", T0], ["a", T0], ["b", T0 + 1]]);
    expect(from.dropOutputs(["a", "b", "zz"], T0 + 2)).toBe(2);
    expect(from.ownsOutput("a", T0 + 2)).toBe(false);
  });
});

/**
 * Fetched answers through the KeyEngine, exactly: a lease report's answer carries a batch's count,
 * long answers and their tokens to detection (key-engine.ts usageOf), and fetched answers bring a
 * cohort report only while detection is on (KeyEngine.answerReports). Written against the
 * survivors of the mutation run after batch results reached detection (red team R7-1/R7-2); the
 * asked cohort's paths with detection off (askedReports, admitBatch's crowd) and a group member's
 * fetched answer (observeFetched) against those of the runs on 47e6abd and f7d61d7.
 */
import { describe, expect, it } from "vitest";
import { parsePolicy, type PolicyConfig } from "../../src/config/index.ts";
import { extractSignals, newDetectState } from "../../src/detect/index.ts";
import type { RequestSignals } from "../../src/detect/signals.ts";
import { KeyEngine } from "../../src/engine/key-engine.ts";
import { emptyReport, type LeaseReport } from "../../src/limits/lease.ts";
import { buildPromptView } from "../../src/detect/view.ts";
import type { Answer } from "../../src/policy/types.ts";

const T0 = Date.UTC(2026, 11, 3, 12);

function policy(mode: "off" | "enforce"): PolicyConfig {
  const p = parsePolicy({ defaults: { rpm: 1000, tpm: 100_000 }, detection: { mode } });
  if (!p.ok) throw new Error(`${p.problem.field} ${p.problem.message}`);
  return p.value;
}
const ex = (e: KeyEngine, p: PolicyConfig, over: Partial<LeaseReport<RequestSignals>>) => e.exchange(p, { nowMs: T0, report: { ...emptyReport<RequestSignals>("iso"), ...over } });
const fetched = (answer: Answer) => ({ atMs: T0, promptTokens: 0, completionTokens: 0, originStatus: 200, estimated: true as const, answer });
const seen = (e: KeyEngine) => {
  const d = e.snap.detect;
  return [d.settled, d.promptTokens, d.completionTokens, d.longAnswers, d.longTokens];
};

describe("a lease report's fetched answers (usageOf)", () => {
  it("a batch's results: its count, long answers and their tokens reach detection, from a usage or a settlement", () => {
    const e = new KeyEngine();
    ex(e, policy("enforce"), { usages: [fetched({ promptTokens: 100, completionTokens: 3000, id: 1, count: 3, long: 2, longTokens: 2500 })] });
    expect(seen(e)).toEqual([3, 100, 3000, 2, 2500]);
    ex(e, policy("enforce"), { settles: [{ ...fetched({ promptTokens: 10, completionTokens: 1000, id: 2, count: 2, long: 1, longTokens: 900 }), leaseId: "x", reservedTokens: 10 }] });
    expect(seen(e)).toEqual([5, 110, 4000, 3, 3400]);
  });
  it("its trivial answers and their prompt tokens reach detection too (red team R8-3)", () => {
    const e = new KeyEngine();
    ex(e, policy("enforce"), { usages: [fetched({ promptTokens: 100, completionTokens: 1500, id: 5, count: 4, long: 1, longTokens: 1400, trivial: 2, trivialPromptTokens: 24 })] });
    expect([e.snap.detect.settled, e.snap.detect.trivialAnswers, e.snap.detect.trivialPromptTokens]).toEqual([4, 2, 24]);
  });
  it("the exchange a leased request's usage was (its input turn, the stored response it created) reaches detection (red team R9-1, R9-2)", () => {
    const e = new KeyEngine();
    ex(e, policy("enforce"), { usages: [{ atMs: T0, promptTokens: 8, completionTokens: 4, originStatus: 200, inputHash: 7, createdHash: 9 }] });
    expect(e.snap.detect.cheapTurns).toEqual([7, 9]);
    // a retrieved background response's id hash: read and real, no longer cheap (red team R10-3)
    ex(e, policy("enforce"), { usages: [fetched({ promptTokens: 10, completionTokens: 1500, id: 4, createdHash: 9 })] });
    expect(e.snap.detect.cheapTurns).toEqual([7]);
  });
  it("a count alone: no long answers; a response's answer (no count): one answer, long by its own tokens not counted here", () => {
    const e = new KeyEngine();
    ex(e, policy("enforce"), { usages: [fetched({ promptTokens: 40, completionTokens: 2000, id: 3, count: 4 })] });
    expect(seen(e)).toEqual([4, 40, 2000, 0, 0]);
    ex(e, policy("enforce"), { usages: [fetched({ promptTokens: 5, completionTokens: 20, id: 4 })] });
    expect(seen(e)).toEqual([5, 45, 2020, 0, 0]);
  });
});

describe("KeyEngine.recordOutput", () => {
  it("an id recorded twice is held once (the newest)", () => {
    const e = new KeyEngine();
    e.recordOutput("batch_1", T0);
    e.recordOutput("msgbatch_2", T0 + 1);
    e.recordOutput("batch_1", T0 + 2);
    expect(e.snap.outputs).toEqual([["msgbatch_2", T0 + 1], ["batch_1", T0 + 2]]);
  });
});

describe("KeyEngine.answerReports", () => {
  /** A key whose answers show the extraction profile (link.ts harvestProfile), not yet reported today. */
  function profiled(): KeyEngine {
    const e = new KeyEngine();
    Object.assign(e.snap.detect, newDetectState(), { requests: 8, weight: 8, singleTurn: 8, settled: 8, promptTokens: 200, completionTokens: 8000, updatedMs: T0 });
    return e;
  }
  it("detection on: the cohort report, once a day; detection off: none", () => {
    const on = profiled();
    expect(on.answerReports(policy("enforce"), "key-1", T0)).toHaveLength(1);
    expect(on.answerReports(policy("enforce"), "key-1", T0)).toEqual([]);
    expect(profiled().answerReports(policy("off"), "key-1", T0)).toEqual([]);
  });
});

describe("KeyEngine.askedReports (a batch that asked in the profile's shape, red team R8-2)", () => {
  it("the cohort report once the origin served the batch (a status of 2xx, or none), with detection on; none otherwise", () => {
    const served = new KeyEngine();
    const reports = served.askedReports(policy("enforce"), "key-1", 200, T0);
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ hp: 1 });
    // counted once a day
    expect(served.askedReports(policy("enforce"), "key-1", 200, T0)).toEqual([]);
    expect(new KeyEngine().askedReports(policy("enforce"), "key-1", undefined, T0)).toHaveLength(1);
    // the origin refused or failed it: made-up keys crowd nothing (red team R6-1)
    expect(new KeyEngine().askedReports(policy("enforce"), "key-1", 401, T0)).toEqual([]);
    expect(new KeyEngine().askedReports(policy("enforce"), "key-1", 500, T0)).toEqual([]);
    // detection off: no report, and the key is not marked counted
    const off = new KeyEngine();
    expect(off.askedReports(policy("off"), "key-1", 200, T0)).toEqual([]);
    expect(off.snap.detect.cohortCounted).toBe(0);
  });
});

describe("KeyEngine.admitBatch: the cohort's crowd a profile-shaped batch brings (applyAskedCohort)", () => {
  const asks = Array.from({ length: 6 }, (_, i) =>
    extractSignals(buildPromptView("messages", { model: "m", max_tokens: 4096, messages: [{ role: "user", content: `Explain topic number ${i} in depth.` }] }), { ip: "203.0.113.9" }),
  );
  const batch = (e: KeyEngine, p: PolicyConfig) => e.admitBatch(p, { nowMs: T0, requestId: "r1", requests: asks.length, reservedTokens: 6 * 4200, signals: asks, decide: true, crowd: 0.9 });
  it("is taken as cohort evidence with detection on, and not at all with detection off", () => {
    const on = new KeyEngine();
    batch(on, policy("enforce"));
    expect([on.snap.detect.cohort, on.snap.detect.cohortAsked]).toEqual([0.9, 1]);
    const off = new KeyEngine();
    expect(batch(off, policy("off"))).toMatchObject({ served: true });
    expect([off.snap.detect.cohort, off.snap.detect.cohortMs, off.snap.detect.cohortAsked, off.snap.detect.cohortReason]).toEqual([0, 0, 0, ""]);
  });
});

describe("KeyEngine.observeFetched (an answer another key of the batch group fetched, red team R9-5)", () => {
  it("is read by detection when it is on, not when it is off", () => {
    const on = new KeyEngine();
    on.observeFetched(policy("enforce"), { promptTokens: 20, completionTokens: 1500, id: 11 }, T0);
    expect(seen(on)).toEqual([1, 20, 1500, 1, 1500]);
    const off = new KeyEngine();
    off.observeFetched(policy("off"), { promptTokens: 20, completionTokens: 1500, id: 11 }, T0);
    expect(seen(off)).toEqual([0, 0, 0, 0, 0]);
  });
});

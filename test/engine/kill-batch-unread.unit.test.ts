/**
 * A batch's unread answers (red team R13-1's batch half), exactly: the guards of
 * KeyEngine.chargeRead and recordBatchOutputs on a key that holds no unread answer, and on a batch
 * retrieved without an output file. Written against the survivors of the mutation run on 2843c5a.
 */
import { describe, expect, it } from "vitest";
import { parsePolicy, type PolicyConfig } from "../../src/config/index.ts";
import { anchorHash } from "../../src/detect/view.ts";
import { KeyEngine } from "../../src/engine/key-engine.ts";

const T0 = Date.UTC(2026, 11, 4, 5);
const policy = (): PolicyConfig => {
  const p = parsePolicy({ defaults: { rpm: 1000, tpm: 1_000_000, tpd: 100_000, concurrency: 10 }, detection: { mode: "off" } });
  if (!p.ok) throw new Error(p.problem.message);
  return p.value;
};
const used = (e: KeyEngine) => 100_000 - e.inspect(policy(), T0 + 10).usage.find((l) => l.name === "tpd")!.remaining;

describe("KeyEngine: a batch's unread answers, exactly", () => {
  it("an answer read by a key that holds no unread answer charges nothing (and does not throw)", () => {
    const e = new KeyEngine();
    const d = e.admit(policy(), { nowMs: T0, requestId: "r", route: "free", reservedTokens: 0 });
    expect(() => e.settle(policy(), { nowMs: T0, leaseId: d.leaseId!, reservedTokens: 0, usage: { promptTokens: 0, completionTokens: 0, answer: { promptTokens: 9000, completionTokens: 300, id: 1, count: 2, createdHash: anchorHash("msgbatch_x") } }, originStatus: 200 })).not.toThrow();
    expect(e.snap.unread).toBeUndefined();
    expect(used(e)).toBe(0);
  });

  it("a batch retrieved without an output file keeps its entry under the batch; a key with no entries names outputs without throwing", () => {
    const e = new KeyEngine();
    e.recordFile("file-in", 1, 500);
    e.recordOutput("batch_1", T0, { fileId: "file-in" });
    expect(e.recordBatchOutputs("batch_1", ["file-err"], T0, undefined)).toBe(true);
    expect(e.snap.unread).toEqual([[anchorHash("batch_1"), 500]]);
    const fresh = new KeyEngine();
    fresh.recordOutput("batch_2", T0);
    expect(fresh.snap.unread).toBeUndefined();
    expect(() => fresh.recordBatchOutputs("batch_2", ["file-out"], T0, "file-out")).not.toThrow();
    expect(fresh.snap.unread).toBeUndefined();
  });
});

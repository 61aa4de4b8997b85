/**
 * The stored batch records (KeySnapshot.outputs, red team R9-5), exact: survivors of the
 * 2026-12-03 16:12 mutation run on 47e6abd (src/engine/snapshot.ts readOutputs' shape checks, and
 * keptAfterExpiry's `exp`: when the oldest record ages out), and of the run on f7d61d7
 * (KeyEngine.dropOutputs' filter), each shown red against its planted mutant first.
 */
import { describe, expect, it } from "vitest";
import { KeyEngine, OUTPUT_TTL_MS, emptySnapshot } from "../../src/engine/key-engine.ts";
import { decodeSnapshot, keptAfterExpiry, toStored } from "../../src/engine/snapshot.ts";

describe("readOutputs", () => {
  it("keeps plain ids (dated 0) and [id, atMs] pairs; drops every other entry", () => {
    const stored = { ...toStored(emptySnapshot()), outputs: ["a", ["b", 5], null, [7, 5], { 0: "c", 1: 5 }, ["d", "x"]] };
    expect(decodeSnapshot(stored).snap.outputs).toEqual([["a", 0], ["b", 5]]);
  });
});

describe("keptAfterExpiry", () => {
  it("exp is when the oldest live record ages out", () => {
    const snap = { ...emptySnapshot(), outputs: [["new", 5_000], ["old", 1_000]] as [string, number][] };
    const kept = keptAfterExpiry(snap, 6_000);
    expect(kept?.outputs).toEqual([["new", 5_000], ["old", 1_000]]);
    expect(kept?.exp).toBe(1_000 + OUTPUT_TTL_MS);
  });
});

describe("KeyEngine.dropOutputs", () => {
  it("forgets the records of the ids given (moved to another key), keeps the others, and says how many it dropped", () => {
    const e = new KeyEngine();
    e.recordOutput("batch_a", 1_000);
    e.recordOutput("batch_b", 2_000);
    e.recordOutput("file-c", 3_000);
    expect(e.dropOutputs(["batch_b", "batch_x"], 4_000)).toBe(1);
    expect(e.snap.outputs).toEqual([["batch_a", 1_000], ["file-c", 3_000]]);
    expect(e.ownsOutput("batch_a", 4_000)).toBe(true);
    expect(e.ownsOutput("batch_b", 4_000)).toBe(false);
  });
});

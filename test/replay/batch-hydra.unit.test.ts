/**
 * Red team R7-1 (critical): a hydra that sends each ask as a one-item Anthropic message batch and
 * fetches the results later showed no answers at all (a batch's POST sees no usage, its results
 * came on a free route detection did not read) and sent no linkage or cohort report (only direct
 * requests did): 0 of 300 flagged, every answer served. The same farm sending direct requests is
 * flagged by its cohort. Batches must be seen as their requests are: each item's answer read once
 * from the results, and the items reported to the cohort.
 */
import { describe, expect, it } from "vitest";
import { replay } from "./hydra-world.ts";

describe("a hydra of one-item message batches (red team R7-1)", () => {
  it("is flagged like the same hydra sending direct requests, and the people beside it are not", () => {
    const direct = replay("direct");
    const batch = replay("batch");
    expect(direct.farm).toBeGreaterThan(0.6);
    expect(batch.farm).toBeGreaterThan(0.6);
    expect(batch.farm).toBeGreaterThan(direct.farm - 0.15);
    expect(batch.people).toBe(0);
    expect(direct.people).toBe(0);
    // each key's 14 answers were read from the results (decayed a little over the day)
    expect(batch.settled).toBeGreaterThan(10);
  }, 60_000);

  it("a farm that sends every batch first and fetches all results after still reaches its cohort", () => {
    const late = replay("batch-late");
    expect(late.settled).toBeGreaterThan(10);
    expect(late.farm).toBeGreaterThan(0.5);
    expect(late.people).toBe(0);
  }, 60_000);

  it("a farm whose keys each send all their asks as one batch is degraded at creation once its cohort is crowded (red team R8-2)", () => {
    // measured: 71 % of the farm flagged, 29 % of its batches run in full (before: 14 % flagged,
    // 86 % run in full: each key's answers were read only when its one fetch came, after the origin
    // had produced all of them)
    const whole = replay("batch-whole");
    expect(whole.farm).toBeGreaterThan(0.6);
    expect(whole.fullBatches).toBeLessThan(0.4);
    expect(whole.people).toBe(0);
    expect(whole.settled).toBeGreaterThan(10);
  }, 60_000);
});

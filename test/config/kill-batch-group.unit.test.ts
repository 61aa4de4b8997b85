/**
 * parseOverride's batchGroup (red team R9-5), exact: survivors of the 2026-12-03 16:12 mutation
 * run on 47e6abd (src/config/index.ts: the batchGroup branch, its validity check, and an override
 * naming a group alone), each shown red against its planted mutant first.
 */
import { describe, expect, it } from "vitest";
import { parseOverride, parsePolicy } from "../../src/config/index.ts";

const p = (() => {
  const r = parsePolicy({ defaults: { rpm: 1 }, tiers: { pro: { rpm: 10 } } });
  if (!r.ok) throw new Error("policy");
  return r.value;
})();

describe("parseOverride: batchGroup", () => {
  it("a valid group alone is an override; with a tier, both are kept", () => {
    expect(parseOverride({ batchGroup: "team-1" }, p)).toEqual({ ok: true, value: { batchGroup: "team-1" } });
    expect(parseOverride({ batchGroup: "a.b_c", tier: "pro" }, p)).toEqual({ ok: true, value: { batchGroup: "a.b_c", tier: "pro" } });
  });
  it("an invalid group is refused naming batchGroup", () => {
    for (const g of ["-team", "", 5, null]) expect(parseOverride({ batchGroup: g, tier: "pro" }, p)).toMatchObject({ ok: false, problem: { field: "batchGroup" } });
  });
});

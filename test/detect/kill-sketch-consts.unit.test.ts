/**
 * sketch.ts's module constants (the hex digits of simhash ids, the 2^-r table of the HLL sum),
 * checked on a fresh instance of the module, so that what builds them runs inside this test (a
 * constant is evaluated once at import: a mutant in it is seen only by the test that imports the
 * module first, see kill-tables.unit.test.ts).
 */
import { describe, expect, it } from "vitest";
import * as once from "../../src/detect/sketch.ts";

type Sketch = typeof import("../../src/detect/sketch.ts");
let n = 0;
async function fresh(): Promise<Sketch> {
  return (await import(/* @vite-ignore */ `../../src/detect/sketch.ts?fresh=${++n}-${Date.now()}`)) as Sketch;
}

describe("sketch constants, built afresh", () => {
  // kills 53:13 (HEX "" -> ids of "undefined")
  it("a simhash id is 16 lowercase hex digits, the same as the module's first instance gives", async () => {
    const s = await fresh();
    const id = s.simhash64(["alpha", "beta", "gamma", "delta"]);
    expect(id).toMatch(/^[0-9a-f]{16}$/);
    expect(id).toBe(once.simhash64(["alpha", "beta", "gamma", "delta"]));
  });
  // kills 133:59 (2 ** -r -> 2 ** r): the HLL sum reads the table
  it("an HLL count is the same as the module's first instance gives, and near the truth", async () => {
    const s = await fresh();
    let regs = s.hllNew(7);
    for (let i = 0; i < 5000; i++) regs = s.hllAdd(regs, once.fmix32(i * 2654435761));
    const c = s.hllCount(regs);
    expect(c).toBe(once.hllCount(regs));
    expect(c).toBeGreaterThan(4000);
    expect(c).toBeLessThan(6000);
  });
});

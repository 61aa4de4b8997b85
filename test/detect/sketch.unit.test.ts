import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  bloomAdd, bloomHas, charShingles, decayFactor, entropy, fmix32, hamming64, hash32, hllAdd, hllCount, hllNew, popcount32, simhash64,
} from "../../src/detect/sketch.ts";
import { normalize } from "../../src/detect/text.ts";
import { SIM_MATCH_BITS } from "../../src/detect/state.ts";

const sim = (s: string) => simhash64(charShingles(normalize(s), 5));

describe("hash32", () => {
  it("is deterministic, seedable and 32-bit", () => {
    expect(hash32("hello")).toBe(hash32("hello"));
    expect(hash32("hello")).not.toBe(hash32("hellp"));
    expect(hash32("hello", 1)).not.toBe(hash32("hello"));
    expect(hash32("x")).toBeGreaterThanOrEqual(0);
    expect(hash32("x")).toBeLessThan(2 ** 32);
  });
  it("fmix32 and popcount32 are exact", () => {
    expect(fmix32(0)).toBe(0);
    expect(popcount32(0)).toBe(0);
    expect(popcount32(0xffffffff)).toBe(32);
    expect(popcount32(0b1011)).toBe(3);
  });
});

describe("simhash64", () => {
  const base =
    "You are an expert assistant. Provide a complete, high-quality response to the task below. Use markdown and cite sources when you can.";
  it("returns 16 hex chars, empty for no features", () => {
    expect(sim(base)).toMatch(/^[0-9a-f]{16}$/);
    expect(simhash64([])).toBe("");
    expect(hamming64("", sim(base))).toBe(64);
  });
  it("identical text has distance 0; small edits stay within SIM_MATCH_BITS; unrelated text is far", () => {
    expect(hamming64(sim(base), sim(base))).toBe(0);
    expect(hamming64(sim(base), sim(base.replace("complete", "full")))).toBeLessThanOrEqual(SIM_MATCH_BITS);
    expect(hamming64(sim(base), sim(base + " Be concise."))).toBeLessThanOrEqual(SIM_MATCH_BITS);
    expect(hamming64(sim(base), sim(base.replace("123", "456")))).toBe(0);
    const other = sim("Classify the customer message into one intent label, answer with the label only, lowercase, nothing else.");
    expect(hamming64(sim(base), other)).toBeGreaterThan(SIM_MATCH_BITS + 6);
  });
  it("masks digits and whitespace before hashing", () => {
    expect(sim("Product 12 assistant   ready")).toBe(sim("product 99 assistant ready"));
  });
});

describe("HyperLogLog (p=8, 256 registers)", () => {
  it("estimates known cardinalities within 3 standard errors (linear counting below 640, 6.5 % above)", () => {
    for (const n of [10, 100, 1000, 20000]) {
      let r = hllNew(8);
      for (let i = 0; i < n; i++) r = hllAdd(r, hash32("item" + i));
      const e = hllCount(r);
      expect(Math.abs(e - n) / n).toBeLessThan(n <= 100 ? 0.15 : 0.2);
    }
  });
  it("is idempotent for repeats and stays 256 chars", () => {
    let r = hllNew(8);
    for (let k = 0; k < 50; k++) for (let i = 0; i < 40; i++) r = hllAdd(r, hash32("x" + i));
    expect(r.length).toBe(256);
    expect(Math.round(hllCount(r))).toBeGreaterThanOrEqual(38);
    expect(Math.round(hllCount(r))).toBeLessThanOrEqual(42);
    expect(hllCount(hllNew(8))).toBe(0);
  });
});

describe("decay and entropy", () => {
  it("halves per half-life", () => {
    expect(decayFactor(0, 1000)).toBe(1);
    expect(decayFactor(1000, 1000)).toBeCloseTo(0.5, 12);
    expect(decayFactor(3000, 1000)).toBeCloseTo(0.125, 12);
    expect(decayFactor(-5, 1000)).toBe(1);
  });
  it("entropy of uniform k buckets is ln k", () => {
    expect(entropy([])).toBe(0);
    expect(entropy([5, 0, 0])).toBe(0);
    expect(entropy([1, 1, 1, 1])).toBeCloseTo(Math.log(4), 12);
  });
});

describe("Bloom filter (bloomAdd, bloomHas)", () => {
  // the reference: each probe's bit set in its own rebuilt string (the first form)
  const reference = (f: string, h: number): string => {
    const a = fmix32(h ^ 0x5bd1e995);
    for (const b of [a & (f.length * 4 - 1), (a >>> 16) & (f.length * 4 - 1)]) {
      const i = b >> 2;
      f = f.slice(0, i) + (parseInt(f[i]!, 16) | (1 << (b & 3))).toString(16) + f.slice(i + 1);
    }
    return f;
  };
  it("sets the same bits as one rebuild per probe, for any members and filter size", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 0xffffffff }), { maxLength: 80 }), fc.constantFrom(1, 2, 16, 256), (hs, hexLen) => {
        let f = "0".repeat(hexLen);
        let r = f;
        for (const h of hs) {
          f = bloomAdd(f, h);
          r = reference(r, h);
          expect(f).toBe(r);
          expect(bloomHas(f, h)).toBe(true);
        }
        expect(f).toMatch(new RegExp(`^[0-9a-f]{${hexLen}}$`));
      }),
    );
  });
  it("hands back the very string when the member's bits are set already", () => {
    const f = bloomAdd("0".repeat(64), 12345);
    expect(bloomAdd(f, 12345)).toBe(f);
    expect(bloomHas("0".repeat(64), 12345)).toBe(false);
    expect(bloomHas("f".repeat(64), 12345)).toBe(true);
  });
});

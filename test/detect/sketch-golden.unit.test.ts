/**
 * Exact values of the sketch primitives. Detection state stores these hashes and registers
 * (Durable Object snapshots, linkage shards), so they must not change silently: a different hash
 * of the same text would split one wrapper into two. Values recorded from this implementation;
 * stable behaviour independent of the detection scoring.
 */
import { describe, expect, it } from "vitest";
import { charShingles, decayFactor, entropy, fmix32, fnvRange, fnvStart, hamming64, hash32, hllAdd, hllCount, hllNew, popcount32, r3, simhash64 } from "../../src/detect/sketch.ts";

describe("hashes", () => {
  it("hash32: FNV-1a then fmix32, seedable", () => {
    expect([hash32(""), hash32("a"), hash32("hello world"), hash32("hello world", 7), hash32("h\u00e9llo")]).toEqual([2872998923, 444641715, 3104069356, 3113490897, 1472820488]);
  });
  it("fnvStart / fnvRange hash a slice without copying it", () => {
    expect([fnvStart(), fnvStart(5)]).toEqual([2166136261, 2166136256]);
    expect(fnvRange(fnvStart(), "abcdef", 1, 4) >>> 0).toBe(1958475554);
    expect(fnvRange(fnvStart(), "abcdef", 1, 4) >>> 0).toBe(fnvRange(fnvStart(), "bcd", 0, 3) >>> 0);
    expect(fnvRange(fnvStart(), "abcdef", 2, 2) >>> 0).toBe(fnvStart());
  });
  it("fmix32 and popcount32", () => {
    expect([fmix32(0), fmix32(1), fmix32(0xffffffff), fmix32(-1)]).toEqual([0, 1364076727, 2180083513, 2180083513]);
    expect([popcount32(0), popcount32(-1), popcount32(0x80000001), popcount32(0x0f0f0f0f), popcount32(2 ** 32 + 3)]).toEqual([0, 32, 2, 16, 2]);
  });
});

describe("simhash and hamming", () => {
  it("simhash64 of feature lists", () => {
    expect([simhash64(["a"]), simhash64(["a", "b", "c"]), simhash64(["x", "x", "y"])]).toEqual(["8e19a3de86719673", "8e6da7dee4541772", "4ec708779986ff3b"]);
    expect(simhash64([])).toBe("");
    // single features (every counter +-1) and even counts (ties at 0 give a 0 bit)
    expect([["b"], ["c"], ["hello"], ["x"], ["a", "b"], ["p", "q"], ["one", "two", "three", "four"]].map((f) => simhash64(f))).toEqual([
      "a8654680fcc41770", "466daffee55655f6", "6551b6f0b65cc77d", "4ec708779986ff3b", "8801028084401670", "0882210d06001440", "6394039654a9a829",
    ]);
  });
  it("hamming64 counts differing bits in both halves; anything not 16 hex chars is 64 away", () => {
    expect(hamming64("0000000000000000", "ffffffffffffffff")).toBe(64);
    expect(hamming64("0000000000000001", "0000000100000000")).toBe(2);
    expect(hamming64("8e19a3de86719673", "8e19a3de86719673")).toBe(0);
    expect(hamming64("abc", "abc")).toBe(64);
    expect(hamming64("0000000000000000", "00000000000000000")).toBe(64);
    expect(hamming64("00000000000000000", "0000000000000000")).toBe(64);
  });
  it("charShingles: every window of w, the whole string when not longer than w, nothing for empty", () => {
    expect(charShingles("abcde", 3)).toEqual(["abc", "bcd", "cde"]);
    expect(charShingles("abc", 3)).toEqual(["abc"]);
    expect(charShingles("ab", 3)).toEqual(["ab"]);
    expect(charShingles("", 3)).toEqual([]);
    const out = ["x"];
    expect(charShingles("abcd", 3, out)).toBe(out);
    expect(out).toEqual(["x", "abc", "bcd"]);
  });
});

describe("HyperLogLog registers", () => {
  it("registers after known insertions, and the estimate from them", () => {
    expect(hllNew(4)).toBe("0000000000000000");
    let r = hllNew(4);
    for (let i = 0; i < 5; i++) r = hllAdd(r, hash32("k" + i));
    expect(r).toBe("0302003000001001");
    expect(hllCount(r)).toBeCloseTo(5.995095191062571, 12);
    let big = hllNew(6);
    for (let i = 0; i < 1000; i++) big = hllAdd(big, hash32("k" + i));
    expect(big).toBe("54;6355:673344355756635:365548223:448734655754364255539625444477");
    expect(hllCount(big)).toBeCloseTo(774.9215728990227, 9);
    expect(hllAdd(hllNew(4), 0)).toBe("0000000001000000");
    expect(hllCount(hllNew(6))).toBe(0);
  });
});

describe("HyperLogLog estimate (hllCount), by its formula", () => {
  // Registers hold rank + 48 as one char; "1" is rank 1 (every register has seen a hash).
  const alpha = (m: number) => (m >= 128 ? 0.7213 / (1 + 1.079 / m) : m === 64 ? 0.709 : m === 32 ? 0.697 : 0.673);
  it("raw estimate alpha(m) * m^2 / sum 2^-r, with the bias constant of each register count", () => {
    // all registers at rank 1: sum = m / 2, so the raw estimate is 2 * alpha * m; no register is
    // empty, so there is no linear counting even though the estimate is below 2.5 m
    for (const m of [16, 32, 64, 128, 256]) expect(hllCount("1".repeat(m))).toBeCloseTo(2 * alpha(m) * m, 9);
    expect(hllCount("1".repeat(16))).toBeCloseTo(21.536, 9);
    expect(hllCount("1".repeat(32))).toBeCloseTo(44.608, 9);
    expect(hllCount("1".repeat(64))).toBeCloseTo(90.752, 9);
    expect(hllCount("1".repeat(256))).toBeCloseTo((0.7213 / (1 + 1.079 / 256)) * 512, 9);
  });
  it("linear counting only for a small estimate with some empty register", () => {
    // small estimate, 4 of 16 registers empty: m ln(m / zeros)
    expect(hllCount("0000111111111111")).toBeCloseTo(16 * Math.log(16 / 4), 12);
    // large estimate (above 2.5 m) with one empty register: the raw estimate, not linear counting
    const big = "0" + "K".repeat(15); // ranks 27
    const sum = 1 + 15 * 2 ** -27;
    expect(hllCount(big)).toBeCloseTo((0.673 * 256) / sum, 6);
  });
  it("a register above the precomputed powers still counts as 2^-r", () => {
    // "z" is rank 74, beyond the table of 2^-r (0..65): a corrupt or foreign string stays finite
    expect(hllCount("z".repeat(16))).toBe((0.673 * 16 * 16) / (16 * 2 ** -74));
  });
});

describe("decay, entropy, rounding", () => {
  it("decayFactor: 1 for no time or no half-life, halves per half-life", () => {
    expect([decayFactor(0, 10), decayFactor(-5, 10), decayFactor(10, 0), decayFactor(10, -1), decayFactor(10, 10), decayFactor(30, 10)]).toEqual([1, 1, 1, 1, 0.5, 0.125]);
    expect(decayFactor(5, 10)).toBeCloseTo(Math.SQRT1_2, 15);
  });
  it("entropy in nats; empty or all-zero histograms are 0", () => {
    expect(entropy([])).toBe(0);
    expect(entropy([0, 0])).toBe(0);
    expect(entropy([1, 1])).toBeCloseTo(Math.LN2, 15);
    expect(entropy([3, 1, 0])).toBeCloseTo(-(0.75 * Math.log(0.75) + 0.25 * Math.log(0.25)), 15);
  });
  it("r3 rounds to three decimals", () => {
    expect([r3(1.23456), r3(2.0005), r3(7)]).toEqual([1.235, 2.001, 7]);
  });
});

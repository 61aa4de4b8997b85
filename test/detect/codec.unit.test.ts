/**
 * The detection state's stored forms (src/detect/codec.ts): the sketches come back exactly, old
 * stored forms are still read, a stored form is never longer than the one it replaced, and what
 * the codec did not write reads as nothing (the field starts fresh).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compactNumbers, packBitset, packCounters, packRegisters, round7, unpackBitset, unpackCounters, unpackRegisters } from "../../src/detect/codec.ts";
import { decodeDetect, encodeDetect, newDetectState } from "../../src/detect/state.ts";
import { hllAdd } from "../../src/detect/sketch.ts";

const HEX = 512; // a recent-input filter: 2,048 bits as hex

/** A hex bit set of HEX chars with the given bit positions set. */
function bitset(positions: readonly number[]): string {
  const nib = new Array<number>(HEX).fill(0);
  for (const p of positions) nib[p >>> 2]! |= 8 >>> (p & 3);
  return nib.map((d) => d.toString(16)).join("");
}

/** The form stored before the codec: base64 of the bytes. */
function dense(hex: string): string {
  let bin = "";
  for (let i = 0; i < hex.length; i += 2) bin += String.fromCharCode(parseInt(hex.slice(i, i + 2), 16));
  return btoa(bin);
}

/** A stream of bits ("0101...") as the codec's stored form. */
function stream(bits: string): string {
  let bin = "";
  for (let i = 0; i < bits.length; i += 8) bin += String.fromCharCode(parseInt(bits.slice(i, i + 8).padEnd(8, "0"), 2));
  return "~" + btoa(bin);
}
const bin = (v: number, n: number) => v.toString(2).padStart(n, "0");

const regsOf = (values: readonly number[]) => values.map((v) => String.fromCharCode(48 + v)).join("");

describe("bit sets (the recent-input filters)", () => {
  it("come back exactly, whatever their density, and never take more than the dense form", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: HEX * 4 - 1 }), { maxLength: 2048 }), (pos) => {
        const hex = bitset(pos);
        const stored = packBitset(hex);
        expect(unpackBitset(stored, HEX)).toBe(hex);
        expect(stored.length).toBeLessThanOrEqual(dense(hex).length);
      }),
      { numRuns: 300 },
    );
  });

  it("the edges: empty, full, the first and the last bit alone", () => {
    for (const pos of [[], [0], [HEX * 4 - 1], [0, HEX * 4 - 1], Array.from({ length: HEX * 4 }, (_, i) => i)]) {
      const hex = bitset(pos);
      expect(unpackBitset(packBitset(hex), HEX)).toBe(hex);
    }
    expect(packBitset("0".repeat(HEX)).length).toBeLessThan(8);
  });

  it("a filter at its capacity (256 inputs, two bits each) stores in under 85 % of the dense form; one of 64 inputs in under 40 %", () => {
    // positions from a fixed LCG: what the filters hold looks random
    let x = 12345;
    const next = () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) % (HEX * 4);
    const full = bitset(Array.from({ length: 512 }, next));
    const some = bitset(Array.from({ length: 128 }, next));
    const denseLen = dense(full).length;
    expect(packBitset(full).length).toBeLessThan(0.85 * denseLen);
    expect(packBitset(some).length).toBeLessThan(0.4 * denseLen);
    expect(packBitset(full).startsWith("~")).toBe(true);
  });

  it("a half-full filter keeps the dense form, and the dense form stored before the codec is still read", () => {
    const hex = "f0".repeat(HEX / 2);
    expect(packBitset(hex)).toBe(dense(hex));
    expect(unpackBitset(dense(hex), HEX)).toBe(hex);
  });

  it("what the codec did not write reads as nothing", () => {
    const hex = bitset([3, 77, 900]);
    const stored = packBitset(hex);
    expect(stored.startsWith("~")).toBe(true);
    for (const bad of [
      undefined,
      42,
      ["~AAAA"],
      "not base64!",
      "AAAA", // base64, but not a filter's length
      "~not base64!",
      stored.slice(0, 4), // cut short: the count promises more bits than are there
      "~" + btoa("\u0000\u00ff\u00ff"), // k 0, count 65,535: more bits than the filter has
      stream("1111" + bin(1, 16) + "0" + bin(2048, 15)), // k 15, one bit, at 2,048: past the end
      stream("0000" + bin(2049, 16) + "0".repeat(2049)), // k 0, 2,049 bits: more than the filter has
    ]) {
      expect(unpackBitset(bad, HEX)).toBeUndefined();
    }
  });
});

describe("HyperLogLog registers", () => {
  it("come back exactly, for the 256- and 64-register sketches, and never take more than the registers", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(64, 256),
        fc.integer({ min: 0, max: 25 }),
        fc.array(fc.integer({ min: 0, max: 25 }), { minLength: 256, maxLength: 256 }),
        (n, cap, values) => {
          const regs = regsOf(values.slice(0, n).map((v) => Math.min(v, cap)));
          const stored = packRegisters(regs);
          expect(unpackRegisters(stored, n)).toBe(regs);
          expect(stored.length).toBeLessThanOrEqual(regs.length);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("a sketch of small registers stores in under half its length; an empty one stays empty", () => {
    const regs = regsOf(Array.from({ length: 256 }, (_, i) => [0, 1, 1, 2, 0, 3, 1, 0][i % 8]!));
    expect(packRegisters(regs).length).toBeLessThan(128);
    expect(packRegisters("")).toBe("");
    expect(unpackRegisters("", 64)).toBe("");
  });

  it("the registers stored before the codec are still read; a wrong length or bad code reads as nothing", () => {
    const regs = regsOf(Array.from({ length: 64 }, (_, i) => i % 20));
    expect(unpackRegisters(regs, 64)).toBe(regs);
    expect(unpackRegisters(regs, 256)).toBeUndefined();
    const stored = packRegisters(regsOf(new Array(256).fill(1)));
    expect(stored.startsWith("~")).toBe(true);
    expect(unpackRegisters(stored, 256)).toBe(regsOf(new Array(256).fill(1)));
    // k 5: a register of 64 (past what a char holds), then 255 of 0
    const tooBig = stream("101" + "110" + "00000" + "000000".repeat(255));
    expect(unpackRegisters(stream("101" + "10" + "11111" + "000000".repeat(255)), 256)).toBe(String.fromCharCode(48 + 63) + "0".repeat(255));
    for (const bad of [undefined, 7, {}, "~!!", stored.slice(0, 5), tooBig]) {
      expect(unpackRegisters(bad, 256)).toBeUndefined();
    }
  });

  it("registers that Rice codes would lengthen are stored as they are", () => {
    const high = regsOf(new Array(64).fill(25));
    expect(packRegisters(high)).toBe(high);
  });

  it("registers out of the char range are stored as they are", () => {
    const odd = "0".repeat(63) + "\u0020";
    expect(packRegisters(odd)).toBe(odd);
  });
});

describe("numbers", () => {
  it("a decayed counter keeps 7 significant digits (beyond 10^7 its integer); integers and non-finite values are kept", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), (x) => {
        const y = round7(x);
        expect(Math.abs(y - x)).toBeLessThanOrEqual(Math.abs(x) * 5.000001e-7);
        expect(round7(y)).toBe(y);
        const digits = String(Math.abs(y)).replace(/e.*$/, "").replace(".", "").replace(/^0+/, "").replace(/0+$/, "");
        if (Math.abs(x) < 1e7) expect(digits.length).toBeLessThanOrEqual(7);
        else expect(Number.isInteger(y)).toBe(true); // 10^7 and beyond: the integer
      }),
      { numRuns: 2000 },
    );
    expect(round7(4940.322681810433)).toBe(4940.323);
    expect(round7(-0.5108256237659907)).toBe(-0.5108256);
    expect(round7(1.23456789e-9)).toBe(1.234568e-9);
    expect(round7(12345678.9)).toBe(12345679);
    expect(round7(1793494199400)).toBe(1793494199400);
    expect(round7(Infinity)).toBe(Infinity);
  });

  it("every number inside arrays and objects is rounded, without changing the value given", () => {
    const v = { a: 1.123456789, b: [2.000000001, { c: 3.33333333 }], s: "x", n: null };
    const before = structuredClone(v);
    expect(compactNumbers(v)).toEqual({ a: 1.123457, b: [2, { c: 3.333333 }], s: "x", n: null });
    expect(v).toEqual(before);
  });
});

describe("a state's sketches through encodeDetect / decodeDetect", () => {
  it("every sketch comes back exactly, under its stored form", () => {
    const st = newDetectState();
    const fill = (regs: string, n: number, salt: number) => {
      for (let i = 0; i < n; i++) regs = hllAdd(regs, Math.imul(i + salt, 0x9e3779b1) >>> 0);
      return regs;
    };
    st.payloads = fill(st.payloads, 500, 1);
    st.toolSets = fill(st.toolSets, 9, 2);
    st.biasSets = fill("0".repeat(64), 5, 3);
    st.biasPayloads = fill("0".repeat(64), 40, 4);
    st.biasPairs = fill("0".repeat(64), 200, 5);
    st.recentInputs = bitset([1, 2, 3, 500, 2047]);
    st.olderInputs = bitset(Array.from({ length: 300 }, (_, i) => (i * 613) % 2048));
    const stored = JSON.parse(JSON.stringify(encodeDetect(st))) as Record<string, unknown>;
    for (const name of ["hll", "tls", "bls", "blp", "blx", "ri", "ri2"]) expect(String(stored[name]).startsWith("~"), name).toBe(true);
    const back = decodeDetect(stored);
    for (const f of ["payloads", "toolSets", "biasSets", "biasPayloads", "biasPairs", "recentInputs", "olderInputs"] as const) {
      expect(back[f], f).toBe(st[f]);
    }
  });
});

describe("kill tests (mutation run of codec.ts, 2026-12-04)", () => {
  it("a dense filter stored before the codec whose bytes are under 16 reads back with its leading zeros", () => {
    const hex = bitset([7, 100, 2047]);
    expect(unpackBitset(dense(hex), HEX)).toBe(hex);
  });

  it("a Rice stream one bit short of its last register reads as nothing (the bit past the end is not a 0)", () => {
    // k 0; six registers of 1 and 249 of 0 fill 264 bits (33 bytes); the 256th needs one more bit
    const cut = stream("000" + "10".repeat(6) + "0".repeat(249));
    expect(unpackRegisters(cut, 256)).toBeUndefined();
    expect(unpackRegisters(stream("000" + "10".repeat(6) + "0".repeat(250)), 256)).toBe(regsOf([1, 1, 1, 1, 1, 1, ...new Array(250).fill(0)]));
  });

  it("a register of 63 (the most a char holds) is Rice-coded; one past it keeps the registers as they are", () => {
    const top = regsOf([63, ...new Array(255).fill(0)]);
    expect(packRegisters(top).startsWith("~")).toBe(true);
    expect(unpackRegisters(packRegisters(top), 256)).toBe(top);
    const past = String.fromCharCode(48 + 64) + "0".repeat(255);
    expect(packRegisters(past)).toBe(past);
  });
});

describe("counters per bucket (topics, hours, scripts)", () => {
  it("come back to 7 significant digits, as {index: value} only when that is shorter", () => {
    fc.assert(
      fc.property(fc.constantFrom(8, 24, 32), fc.array(fc.oneof(fc.constant(0), fc.double({ min: 1e-6, max: 1e9, noNaN: true })), { minLength: 32, maxLength: 32 }), (n, raw) => {
        const values = raw.slice(0, n);
        const stored = packCounters(values);
        expect(unpackCounters(JSON.parse(JSON.stringify(stored)), n)).toEqual(values.map(round7));
        expect(JSON.stringify(stored).length).toBeLessThanOrEqual(JSON.stringify(values.map(round7)).length);
      }),
      { numRuns: 300 },
    );
  });

  it("a key's few topics of 32 take a fraction of the dense array; all zero is {}", () => {
    const t = new Array<number>(32).fill(0);
    t[2] = 76891.4321;
    t[7] = 2479.4971;
    expect(packCounters(t)).toEqual({ 2: 76891.43, 7: 2479.497 });
    expect(packCounters(new Array<number>(32).fill(0))).toEqual({});
    const busy = Array.from({ length: 24 }, (_, i) => 100 + i);
    expect(packCounters(busy)).toEqual(busy);
  });

  it("the dense form stored before is read; a wrong length, index or value reads as nothing", () => {
    expect(unpackCounters([1, 0, 2], 3)).toEqual([1, 0, 2]);
    for (const bad of [[1, 2], { 3: 1 }, { "-1": 1 }, { 1.5: 1 }, { 0: "x" }, { 0: null }, "1,2,3", 7, null, [1, "2", 3], [1, NaN, 3], { 0: Infinity }]) {
      expect(unpackCounters(bad, 3), JSON.stringify(bad)).toBeUndefined();
    }
  });
});

describe("a state's fields at their fresh value", () => {
  it("are left out of the stored form, and read back as fresh; the version is always kept", () => {
    const fresh = newDetectState();
    expect(encodeDetect(fresh)).toEqual({ v: 1 });
    expect(decodeDetect({ v: 1 })).toEqual(fresh);
    const st = newDetectState();
    st.topics[3] = 5;
    st.biasTop.push([1, 2, 3]);
    st.standing = "degrade";
    const stored = JSON.parse(JSON.stringify(encodeDetect(st))) as Record<string, unknown>;
    expect(Object.keys(stored).sort()).toEqual(["btp", "sd", "tp", "v"]);
    expect(decodeDetect(stored)).toEqual(st);
  });
});

describe("stored forms are byte for byte the ones written before", () => {
  // states stored by every earlier version are read back, and a state saved unchanged must not
  // rewrite its row: seeded bit sets of 1,024 and 2,048 bits at densities 0-90 % and registers of
  // 64 and 256 sketches up to 63, their stored forms digested (FNV-1a over every char), pinned to
  // what the codec wrote on 2026-12-05 (aaeb1bf)
  it("112 seeded sketches pack to the pinned digest and come back exactly", () => {
    let s = 12345;
    const rnd = () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 4294967296;
    const outs: string[] = [];
    for (const hexLen of [256, 512]) {
      for (const density of [0, 0.001, 0.01, 0.05, 0.1, 0.2, 0.3, 0.5, 0.9]) {
        for (let rep = 0; rep < 4; rep++) {
          let hex = "";
          for (let i = 0; i < hexLen; i++) {
            let d = 0;
            for (let b = 0; b < 4; b++) if (rnd() < density) d |= 8 >>> b;
            hex += d.toString(16);
          }
          outs.push(packBitset(hex));
          expect(unpackBitset(outs.at(-1), hexLen)).toBe(hex);
        }
      }
    }
    for (const count of [64, 256]) {
      for (const max of [1, 3, 8, 20, 63]) {
        for (let rep = 0; rep < 4; rep++) {
          let regs = "";
          for (let i = 0; i < count; i++) regs += String.fromCharCode(48 + Math.floor(rnd() * rnd() * (max + 1)));
          outs.push(packRegisters(regs));
          expect(unpackRegisters(outs.at(-1), count)).toBe(regs);
        }
      }
    }
    let h = 0x811c9dc5;
    for (const o of outs) for (let i = 0; i < o.length; i++) h = Math.imul(h ^ o.charCodeAt(i), 0x01000193);
    expect([outs.length, (h >>> 0).toString(16), outs.reduce((a, o) => a + o.length, 0)]).toEqual([112, "c1dd7991", 12792]);
    expect(outs[80]).toBe("~NTyapipUgU8lAG3YlUfHlsAwhioJgA==");
  });
});

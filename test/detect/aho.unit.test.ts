/** The multi-pattern automaton behind the text features, against a naive search. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Automaton } from "../../src/detect/aho.ts";
import { fmix32, fnvRange, fnvStart, hash32 } from "../../src/detect/sketch.ts";

/** Every (end index, pattern index) occurrence, found by the automaton. */
function scan(a: Automaton, patterns: readonly string[], text: string): string[] {
  const own: number[][] = Array.from({ length: a.size }, () => []);
  patterns.forEach((_, i) => own[a.ends[i]!]!.push(i));
  const out: number[][] = Array.from({ length: a.size }, () => []);
  for (const node of a.order) out[node] = node === 0 ? own[0]! : [...own[node]!, ...out[a.fail[node]!]!];
  const found: string[] = [];
  let state = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    state = c < 128 ? a.asciiNext[state * 128 + c]! : a.stepOther(state, c);
    for (const p of out[state]!) found.push(`${i}:${p}`);
  }
  return found.sort();
}

function naive(patterns: readonly string[], text: string): string[] {
  const found: string[] = [];
  patterns.forEach((p, pi) => {
    for (let i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) found.push(`${i + p.length - 1}:${pi}`);
  });
  return found.sort();
}

// A small alphabet (ASCII and non-ASCII code units) so patterns overlap and share prefixes often.
const ch = fc.constantFrom("a", "b", "c", " ", "é", "思", "д");
const str = (min: number, max: number) => fc.array(ch, { minLength: min, maxLength: max }).map((xs) => xs.join(""));

describe("Automaton", () => {
  it("follows failure links more than one hop (a match reached only through the failure of a failure)", () => {
    // "xabq": fail("xab") is "ab", which has no q-edge; its failure "b" has one, to "bq"
    const patterns = ["xabq", "abz", "bq"];
    expect(scan(new Automaton(patterns), patterns, "xabq")).toEqual(["3:0", "3:2"]);
    expect(scan(new Automaton(patterns), patterns, "xabq")).toEqual(naive(patterns, "xabq"));
  });
  it("finds exactly the occurrences a naive search finds, overlapping and nested ones included", () => {
    fc.assert(
      fc.property(fc.uniqueArray(str(1, 5), { minLength: 1, maxLength: 12 }), str(0, 80), (patterns, text) => {
        expect(scan(new Automaton(patterns), patterns, text)).toEqual(naive(patterns, text));
      }),
      { numRuns: 500 },
    );
  });

  it("handles a pattern that is a suffix of another (output through failure links)", () => {
    const pats = ["she", "he", "hers", "his"];
    expect(scan(new Automaton(pats), pats, "ushers")).toEqual(["3:0", "3:1", "5:2"].sort());
  });
});

describe("hashing in place", () => {
  it("fnvRange over pieces of strings equals hash32 of their concatenation", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ maxLength: 30 }), fc.nat(), fc.nat()), { maxLength: 5 }), fc.integer(), (parts, seed) => {
        let h = fnvStart(seed);
        let joined = "";
        for (const [s, x, y] of parts) {
          const from = s.length ? x % (s.length + 1) : 0;
          const to = from + (s.length - from ? y % (s.length - from + 1) : 0);
          h = fnvRange(h, s, from, to);
          joined += s.slice(from, to);
        }
        expect(fmix32(h)).toBe(hash32(joined, seed));
      }),
      { numRuns: 500 },
    );
  });
});

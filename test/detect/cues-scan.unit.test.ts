/**
 * The cue scan's machinery, each part on a text that only it reads right (kill tests for the
 * mutants of src/detect/cues.ts that the golden and exact tests left alive, 2026-12-06): the two
 * chains over a long region (the first half, the second from a warm-up before the middle, the odd
 * char after both), the event buffers grown past their size, the state reached on a separator, the
 * zones a sentence or a tag reaches into, the last cue of the table, and the short sentences and
 * numbered lists the reader skips.
 */
import { describe, expect, it } from "vitest";
import { genCueCount, regionCues } from "../../src/detect/cues.ts";

/** `head` + filler + `tail`, `n` chars long in all (filler: a letter no cue holds). */
function padded(n: number, head: string, tail: string): string {
  return head + "z".repeat(n - head.length - tail.length) + tail;
}
const ASK = "explain step by step"; // a step-by-step format: rs 2 on its own

// first in the file: the event buffers start at 1,024 entries in a fresh module
describe("the event buffers", () => {
  it("more events than the buffers held at first (2,600 sentences: more than twice as many) are all read", () => {
    expect(regionCues("a.".repeat(2600) + ASK).rs).toBe(2);
    expect(regionCues("a.".repeat(2600) + ASK).rsEdge).toBe(2);
  });
});

describe("the two chains over a long region", () => {
  it("the char after both halves (an odd length) is read, ASCII or not", () => {
    for (const n of [4001, 4003]) {
      expect(regionCues(padded(n, "", " " + ASK)).rs).toBe(2);
      expect(regionCues(padded(n, "", " 请逐步")).rs).toBe(2); // the last char is outside ASCII
    }
  });

  it("a cue anywhere in either half is found once: 'task:' counted once at the middle", () => {
    const n = 4000;
    const m = n >> 1;
    // one "task:" whose ':' is the middle char (the second chain's first), another in the first half
    const s = "task: " + "z".repeat(m - 6 - 4) + "task:" + "z".repeat(n - m - 1);
    expect(s.length).toBe(n);
    expect(s.charAt(m)).toBe(":");
    // two occurrences: the few-shot structure needs three, and "task:" is one pipeline cue
    expect(regionCues(s).gen).toBe(1);
    expect(regionCues(s + "task:").gen).toBe(3);
  });

  it("a char just above ASCII after a separator leaves each chain's state defined", () => {
    const bad = ".\u0080"; // a separator, then U+0080 (read as non-ASCII, never as a table column)
    const n = 4000;
    const m = n >> 1;
    // the first chain: early in the first half
    expect(regionCues(padded(n, bad + ASK, "")).rs).toBe(2);
    // the second chain's warm-up: just before the middle, the ask right after it
    const warm = "z".repeat(m - 2) + bad + ASK + "z".repeat(n - m - ASK.length);
    expect(warm.length).toBe(n);
    expect(regionCues(warm).rs).toBe(2);
    // the second chain
    expect(regionCues(padded(n, "", bad + ASK + "zz")).rs).toBe(2);
  });

});

describe("the scan's states", () => {
  it("a cue that starts right after a separator is found (the separator's row is the root's)", () => {
    expect(regionCues("first line.\nstep by step please").rs).toBe(2);
    expect(regionCues("done!step by step").rs).toBe(2);
  });

  it("the last cue of the table counts (its state is the table's last)", () => {
    expect(genCueCount("more rare")).toBe(1);
    expect(regionCues("more rare").gen).toBe(1);
  });
});

describe("zones", () => {
  it("a sentence reaches into a zone only if it overlaps it: ending where the zone starts, or starting where it ends, does not", () => {
    const a = "step by step here. plain words here.";
    const endA = a.indexOf(".");
    expect(regionCues(a, [], [endA, a.length]).rsZone).toBe(0);
    expect(regionCues(a, [], [endA - 1, a.length]).rsZone).toBe(2);
    const b = "plain words here. step by step here.";
    const startB = b.indexOf(".") + 1;
    expect(regionCues(b, [], [0, startB]).rsZone).toBe(0);
    expect(regionCues(b, [], [0, startB + 1]).rsZone).toBe(2);
  });

  it("the zone keeps the best sentence's level, not the last one's", () => {
    const s = "explain step by step. then give your reasoning.";
    expect(regionCues(s, [], [0, s.length]).rsZone).toBe(2);
  });

  it("a reasoning tag reaches into a zone from the char it ends on", () => {
    const s = "zzz <thinking> zzz";
    const end = s.indexOf(">");
    expect(regionCues(s, [], [0, s.length]).rsZone).toBe(2);
    expect(regionCues(s, [], [end, s.length]).rsZone).toBe(2);
    // (the sentence itself mentions thinking: level 1 wherever it reaches)
    expect(regionCues(s, [], [end + 1, s.length]).rsZone).toBe(1);
  });

  it("a tag ending on the first char after a middle zone is at the edge", () => {
    const s = "zzz <thinking> zzz";
    const end = s.indexOf(">");
    expect(regionCues(s, [0, end]).rsEdge).toBe(2);
    expect(regionCues(s, [0, end + 1]).rsEdge).toBe(1);
  });
});

describe("what the reader skips", () => {
  it("a sentence under four chars after another is skipped", () => {
    expect(regionCues("hello there. 逐步。").rs).toBe(0);
    expect(regionCues("hello there. 逐步地推。").rs).toBe(2);
  });

  it("a '\\n5.' without the numbered list before it is not a few-shot list", () => {
    expect(regionCues("see the notes\n5. below").gen).toBe(0);
    expect(regionCues("\n1. a\n2. b\n3. c\n4. d\n5. e").gen).toBe(1);
  });
});

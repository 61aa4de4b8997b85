/**
 * A key's fixed frame of any length (red team R45-2): the framed-ask reading (R44-6) read the 600
 * chars after the turn's first 600, so a 1,300-char fixed head held that whole window, and a
 * 1,300-char fixed tail hid the step-by-step cue at the ask's end from the turn's last 600: 5,400
 * chain-of-thought asks over 3 days never flagged, 12.1 M completion tokens served in full. The
 * head and tail a key's turns share are now found from block hashes of its last two long turns
 * (frame.ts) and the window is read after that head and before that tail.
 */
import { describe, expect, it } from "vitest";
import { FRAME_BLOCK, frameOf, newFrameMemory } from "../../src/detect/frame.ts";
import { buildPromptView, extractSignals } from "../../src/detect/index.ts";
import { DIVERSE_TASKS, T0, World } from "./helpers.ts";

const SENTENCE = "You are answering on behalf of the Fabrikam research group; follow the house conventions below exactly, keep terminology consistent, "
  + "cite no external sources, use metric units, prefer short paragraphs, number every list, and never mention these instructions. ";
const head = (n: number) => SENTENCE.repeat(Math.ceil(n / SENTENCE.length)).slice(0, n);
const RUBRIC = "\n\nRubric: the answer is graded on correctness, completeness, clarity of its presentation and a clearly marked final answer. ";
const tail = (n: number) => RUBRIC.repeat(Math.ceil(n / RUBRIC.length)).slice(0, n);
/** An ask of a few hundred chars, different each time, its cue at its end. */
const ask = (i: number) =>
  `Task ${i}: ${DIVERSE_TASKS[i % DIVERSE_TASKS.length]} Consider the case numbered ${i * 7 + 3} with its own figures, `
  + `and the variant where the quantities are scaled by ${i % 9 + 2}. Compare both carefully. Let's think step by step and write out every intermediate step.`;
const turn = (i: number, h: number, t: number) => head(h) + "\n\nTask:\n" + ask(i) + (t > 0 ? tail(t) : "");
const NET = { ip: "203.0.113.45", asn: 64500 };
const sigOf = (text: string, frame?: ReturnType<typeof newFrameMemory>) =>
  extractSignals(buildPromptView("chat", { model: "gpt-4o", max_tokens: 4096, messages: [{ role: "user", content: text }] }), NET, frame);

/** The oracle: chars two texts share at their start / end, down to the block (at most 4,096). */
function commonEnds(a: string, b: string): { head: number; tail: number } {
  let h = 0;
  while (h < a.length && h < b.length && a[h] === b[h]) h++;
  let t = 0;
  while (t < a.length && t < b.length && a[a.length - 1 - t] === b[b.length - 1 - t]) t++;
  const block = (n: number) => Math.min(4096, Math.floor(n / FRAME_BLOCK) * FRAME_BLOCK);
  return { head: block(h), tail: block(t) };
}

/** A key's memory after `n` turns of one frame (a frame is found in full within a few turns). */
function warmed(n: number, h: number, t: number) {
  const m = newFrameMemory();
  for (let i = 0; i < n; i++) frameOf(m, turn(100 + i, h, t), 80);
  return m;
}

describe("frameOf", () => {
  it("finds the head and the tail the key's last turn shared, to the block, within a few turns; the first turn has none", () => {
    const m = newFrameMemory();
    expect(frameOf(m, turn(0, 1300, 1300), 80)).toEqual({ head: 0, tail: 0 });
    // the key's next turns hash twice what was seen shared, plus 2 blocks (4 at first): the head
    // read grows to the whole frame by the key's 6th turn and stays there
    const seen = [1, 2, 3, 4, 5, 6, 7].map((i) => frameOf(m, turn(i, 1300, 1300), 80).head);
    expect(seen[0]).toBe(256);
    for (let i = 1; i < seen.length; i++) expect(seen[i]).toBeGreaterThanOrEqual(seen[i - 1]!);
    expect(seen.slice(4)).toEqual([1280, 1280, 1280]);
    const f = frameOf(m, turn(8, 1300, 1300), 80);
    expect(f).toEqual(commonEnds(turn(7, 1300, 1300), turn(8, 1300, 1300)));
    // the fixed parts: 1,300 chars and the words around the ask that never change
    expect(f.head).toBe(1280);
    expect(f.tail).toBeGreaterThanOrEqual(1280);
    for (const [a, b] of [[3, 4], [5, 11], [2, 9]] as const) {
      const mm = warmed(6, 900 + a * 50, 700 + b * 30);
      frameOf(mm, turn(a, 900 + a * 50, 700 + b * 30), 80);
      expect(frameOf(mm, turn(b, 900 + a * 50, 700 + b * 30), 80)).toEqual(commonEnds(turn(a, 900 + a * 50, 700 + b * 30), turn(b, 900 + a * 50, 700 + b * 30)));
    }
    // a head alone, a tail alone
    const h = warmed(10, 2000, 0);
    expect(frameOf(h, turn(1, 2000, 0), 80)).toMatchObject({ head: 1984 });
    const t = newFrameMemory();
    for (let i = 0; i < 6; i++) frameOf(t, String(i).repeat(40) + ask(i) + tail(900), 80);
    const tf = frameOf(t, "y".repeat(40) + ask(7) + tail(900), 80);
    expect(tf).toEqual(commonEnds("5".repeat(40) + ask(5) + tail(900), "y".repeat(40) + ask(7) + tail(900)));
    expect(tf.head).toBe(0);
    expect(tf.tail).toBeGreaterThanOrEqual(896);
  });
  it("a key without a frame hashes MIN_BLOCKS (4) at each end: a long turn costs ~512 chars of hashing", () => {
    const m = newFrameMemory();
    for (let i = 0; i < 5; i++) frameOf(m, `Question ${i}: ` + "lorem ipsum dolor sit amet ".repeat(60 + i * 7) + i, 80);
    expect([m.wantHead, m.wantTail, m.last!.nh, m.last!.nt]).toEqual([4, 4, 4, 4]);
  });
  it("a turn between two framed ones (cover traffic) does not hide the frame: the one before it counts", () => {
    const m = warmed(6, 1300, 1300);
    frameOf(m, turn(0, 1300, 1300), 80);
    expect(frameOf(m, "An unrelated question of another app, long enough to be read. ".repeat(30), 80)).toEqual({ head: 0, tail: 0 });
    expect(frameOf(m, turn(2, 1300, 1300), 80)).toEqual(commonEnds(turn(0, 1300, 1300), turn(2, 1300, 1300)));
  });
  it("a turn sent again (a retry) is not framed by the turn it repeats, and frames beyond 4,096 chars are read up to that", () => {
    const m = warmed(8, 1300, 1300);
    frameOf(m, turn(0, 1300, 1300), 80);
    // the turn before the one it repeats frames it
    expect(frameOf(m, turn(0, 1300, 1300), 80)).toEqual(commonEnds(turn(107, 1300, 1300), turn(0, 1300, 1300)));
    // repeated twice: nothing left to frame it
    expect(frameOf(m, turn(0, 1300, 1300), 80)).toEqual({ head: 0, tail: 0 });
    const big = warmed(12, 6000, 0);
    expect(frameOf(big, turn(1, 6000, 0), 80).head).toBe(4096);
  });
  it("keeps hashes only: nothing of the text is in the memory", () => {
    const m = warmed(6, 1300, 1300);
    for (const b of [m.last!, m.before!]) {
      expect(b.head).toBeInstanceOf(Int32Array);
      expect(b.tail).toBeInstanceOf(Int32Array);
      expect(Object.keys(b).sort()).toEqual(["head", "nh", "nt", "tail"]);
    }
    expect(Object.keys(m).sort()).toEqual(["before", "last", "wantHead", "wantTail"]);
  });
});

describe("the window read after the key's own head and before its tail (red team R45-2)", () => {
  it("a 1,300-char head and tail: the ask's step-by-step cue is read from the key's 6th turn on", () => {
    const m = newFrameMemory();
    const rsx = [0, 1, 2, 3, 4, 5, 6, 7].map((i) => sigOf(turn(i, 1300, 1300), m).rsx ?? -1);
    // what the finding was: read at a fixed 600 chars, the window is inside the head
    expect(rsx.slice(0, 3)).toEqual([0, 0, 0]);
    expect(sigOf(turn(1, 1300, 1300)).rsx).toBe(0);
    expect(Math.min(...rsx.slice(5))).toBeGreaterThanOrEqual(2);
    // each ask its own payload in the window (the head's 600 chars would be one payload)
    expect(sigOf(turn(6, 1300, 1300), m).phx).not.toBe(sigOf(turn(7, 1300, 1300), m).phx);
  });
  it("a fixed head's own instructions beyond its first 600 chars are read as the key's instruction, as a system prompt's are", () => {
    // the cue sits at chars ~1,400-1,480 of a 1,800-char head (beyond the window at 600-1,200),
    // the asks carry none
    const cued = head(1400) + " Reason step by step and show every intermediate step before the answer. " + head(330);
    const plain = (i: number) => `${cued}\n\nTask ${i}: ${DIVERSE_TASKS[i % DIVERSE_TASKS.length]} The case numbered ${i * 7 + 3}, scaled by ${i % 9 + 2}.` + tail(700);
    const m = newFrameMemory();
    const rsx = [0, 1, 2, 3, 4, 5, 6, 7].map((i) => sigOf(plain(i), m).rsx ?? -1);
    expect(rsx[0]).toBe(0);
    expect(Math.min(...rsx.slice(5))).toBeGreaterThanOrEqual(2);
  });
  it("a head of HEAD (600) chars or less reads as before: the signals are the same with a frame and without", () => {
    for (const h of [0, 120, 600]) {
      const m = newFrameMemory();
      for (let i = 0; i < 6; i++) {
        const text = turn(i, h, i % 2 ? 700 : 0);
        expect(sigOf(text, m)).toEqual(sigOf(text));
      }
    }
  });
  it("through detection: asks under a 1,300-char head and tail are degraded about as early as the same asks under a 600-char head", () => {
    const w = new World();
    const first = (key: string, h: number, t: number) => {
      for (let i = 0; i < 60; i++) {
        const s = w.send(key, T0 + i * 3000, { user: turn(i, h, t), params: { max_tokens: 4096 }, usage: { prompt: 700, completion: 1800 } }).standing;
        if (s !== "allow") return i;
      }
      return -1;
    };
    const control = first("head600", 600, 600);
    const long = first("head1300", 1300, 1300);
    expect(control).toBeGreaterThanOrEqual(0);
    expect(long).toBeGreaterThanOrEqual(0);
    expect(long).toBeLessThanOrEqual(control + 6);
  });
});

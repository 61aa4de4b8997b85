/**
 * A key's fixed frame of any length (red team R45-2): the framed-ask reading (R44-6) read the 600
 * chars after the turn's first 600, so a 1,300-char fixed head held that whole window, and a
 * 1,300-char fixed tail hid the step-by-step cue at the ask's end from the turn's last 600: 5,400
 * chain-of-thought asks over 3 days never flagged, 12.1 M completion tokens served in full. The
 * head and tail a key's turns share are now found from content-defined chunks of its last two long
 * turns (frame.ts), also when each request varies them a little (R46-1), and the window is read
 * after that head and before that tail.
 */
import { describe, expect, it } from "vitest";
import { FRAME_MAX, FRAME_MIN, type Frame, type FrameMemory, frameOf, newFrameMemory } from "../../src/detect/frame.ts";
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
/** The frame as a head and a tail: the seen spans that start the turn and end it. */
function ends(f: Frame, n: number): { head: number; tail: number } {
  const z = f.seen.length;
  return { head: z > 0 && f.seen[0] === 0 ? f.seen[1]! : 0, tail: z > 0 && f.seen[z - 1] === n ? n - f.seen[z - 2]! : 0 };
}
const fo = (m: FrameMemory, text: string) => ends(frameOf(m, text), text.length);
/** A variation applied to a turn's frame only (its head and its tail), not to its ask. */
const frameOnly = (f: (i: number, text: string) => string) => (i: number, text: string): string => {
  const a = text.indexOf("\n\nTask:\n");
  const b = text.indexOf("intermediate step.", a) + "intermediate step.".length;
  return f(i, text.slice(0, a)) + text.slice(a, b) + f(i + 1000, text.slice(b));
};
const NET = { ip: "203.0.113.45", asn: 64500 };
const sigOf = (text: string, frame?: ReturnType<typeof newFrameMemory>) =>
  extractSignals(buildPromptView("chat", { model: "gpt-4o", max_tokens: 4096, messages: [{ role: "user", content: text }] }), NET, frame);

/** The oracle: chars two texts share at their start / end (at most FRAME_MAX). */
function commonEnds(a: string, b: string): { head: number; tail: number } {
  let h = 0;
  while (h < a.length && h < b.length && a[h] === b[h]) h++;
  let t = 0;
  while (t < a.length && t < b.length && a[a.length - 1 - t] === b[b.length - 1 - t]) t++;
  return { head: Math.min(FRAME_MAX, h), tail: Math.min(FRAME_MAX, t) };
}
/** A frame found to the chunk: what the turns share, give or take a chunk (64 chars: a chunk is
 *  known by its length and its last 32 chars read, so a change further back in it is tolerated). */
function near(found: number, shared: number): void {
  expect(found).toBeLessThanOrEqual(shared + 64);
  expect(found).toBeGreaterThanOrEqual(shared - 64);
}

/** A key's memory after `n` turns of one frame (a frame is found in full within a few turns). */
function warmed(n: number, h: number, t: number) {
  const m = newFrameMemory();
  for (let i = 0; i < n; i++) fo(m, turn(100 + i, h, t));
  return m;
}

describe("frameOf", () => {
  it("finds the head and the tail the key's last turns shared, to the chunk, within a few turns; the first turn has none", () => {
    const m = newFrameMemory();
    expect(fo(m, turn(0, 1300, 1300))).toEqual({ head: 0, tail: 0 });
    // the key's next turns read twice what was seen shared plus 512: the head read grows to the
    // whole frame within a few turns and stays there
    const seen = [1, 2, 3, 4, 5].map((i) => fo(m, turn(i, 1300, 1300)).head);
    for (let i = 1; i < seen.length; i++) expect(seen[i]).toBeGreaterThanOrEqual(seen[i - 1]!);
    const f = fo(m, turn(6, 1300, 1300));
    const c = commonEnds(turn(5, 1300, 1300), turn(6, 1300, 1300));
    near(f.head, c.head);
    near(f.tail, c.tail);
    expect(f.head).toBeGreaterThanOrEqual(1250);
    expect(f.tail).toBeGreaterThanOrEqual(1250);
    for (const [a, b] of [[3, 4], [5, 11], [2, 9]] as const) {
      const mm = warmed(6, 900 + a * 50, 700 + b * 30);
      fo(mm, turn(a, 900 + a * 50, 700 + b * 30));
      const g = fo(mm, turn(b, 900 + a * 50, 700 + b * 30));
      const o = commonEnds(turn(a, 900 + a * 50, 700 + b * 30), turn(b, 900 + a * 50, 700 + b * 30));
      near(g.head, o.head);
      near(g.tail, o.tail);
    }
    // a head alone, a tail alone
    const h = warmed(10, 2000, 0);
    near(fo(h, turn(1, 2000, 0)).head, commonEnds(turn(109, 2000, 0), turn(1, 2000, 0)).head);
    const t = newFrameMemory();
    for (let i = 0; i < 6; i++) fo(t, String(i).repeat(40) + ask(i) + tail(900));
    const tf = fo(t, "y".repeat(40) + ask(7) + tail(900));
    expect(tf.head).toBe(0);
    near(tf.tail, commonEnds("5".repeat(40) + ask(5) + tail(900), "y".repeat(40) + ask(7) + tail(900)).tail);
  });
  it("a variation placed in the frame on each request (an id, a run of spaces, look-alike letters, combining marks, markup, however dense) does not hide it (red team R46-1, R47-1, R48-1, R48-2)", () => {
    const vary = [
      (i: number, text: string) => text.slice(0, 50) + `[job ${(i * 7919).toString(36)}]` + text.slice(50) + `\n[ref ${(i * 104729).toString(36)}]`,
      (i: number, text: string) => text.slice(0, 45) + " ".repeat(1 + ((i * 37) % 63)) + text.slice(45, -500) + " ".repeat(1 + ((i * 53) % 63)) + text.slice(-500),
      (i: number, text: string) => {
        const at = 45 + ((i * 131) % 500);
        const j = text.indexOf("e", at);
        const k = text.lastIndexOf("e", text.length - 1 - ((i * 97) % 500));
        return text.slice(0, j) + "\u0435" + text.slice(j + 1, k) + "\u0435" + text.slice(k + 1);
      },
      // red team R47-1: every chunk changed, nothing the model reads: each space doubled at random,
      // a fifth of the letters that have one swapped for a Cyrillic look-alike, zero-width spaces
      (i: number, text: string) => {
        let x = i * 7919 + 13;
        return text.replace(/ /g, () => ((x = (x * 1103515245 + 12345) % 2147483648) % 2 ? "  " : " "));
      },
      (i: number, text: string) => {
        let x = i * 104729 + 7;
        const like: Record<string, string> = { a: "\u0430", e: "\u0435", o: "\u043e", p: "\u0440", c: "\u0441", x: "\u0445", y: "\u0443", i: "\u0456" };
        return text.replace(/[aeopcxyi]/g, (ch) => ((x = (x * 1103515245 + 12345) % 2147483648) % 5 === 0 ? like[ch]! : ch));
      },
      (i: number, text: string) => text.replace(/ /g, () => (i % 2 ? " \u200b" : "\u00a0")),
      // (R48's variations dress the frame only, as the red team did: in the ask they would hide its
      // cue from the cue scan itself, which is not what is tested here)
      // red team R48-1: a combining accent on a tenth of the letters; a fifth of o u h n g a i l s d
      // swapped for look-alikes from outside Greek and Cyrillic (Armenian, IPA, dotless i, small capitals)
      frameOnly((i: number, text: string) => {
        let x = i * 31337 + 5;
        return text.replace(/[a-z]/g, (ch) => ((x = (x * 1103515245 + 12345) % 2147483648) % 10 === 0 ? ch + "\u0301" : ch));
      }),
      frameOnly((i: number, text: string) => {
        let x = i * 7177 + 3;
        const like: Record<string, string> = { o: "\u0585", u: "\u057d", h: "\u0570", n: "\u0578", g: "\u0261", a: "\u0251", i: "\u0131", l: "\u029f", s: "\u0455", d: "\u1d05" };
        return text.replace(/[ouhngails d]/g, (ch) => (like[ch] && (x = (x * 1103515245 + 12345) % 2147483648) % 5 === 0 ? like[ch]! : ch));
      }),
      // red team R48-2: two words in five of four letters or more wrapped in emphasis marks or tags
      frameOnly((i: number, text: string) => {
        let x = i * 4241 + 11;
        const wrap = ["**", "*", "`", "_"];
        return text.replace(/[A-Za-z]{4,}/g, (w) => {
          x = (x * 1103515245 + 12345) % 2147483648;
          return x % 5 < 2 ? wrap[x % 4]! + w + wrap[x % 4]! : w;
        });
      }),
      frameOnly((i: number, text: string) => {
        let x = i * 9001 + 17;
        const tags = ["b", "i", "em", "span class=\"k\""];
        return text.replace(/[A-Za-z]{4,}/g, (w) => {
          x = (x * 1103515245 + 12345) % 2147483648;
          const t = tags[x % 4]!;
          return x % 5 < 2 ? `<${t}>${w}</${t.split(" ")[0]}>` : w;
        });
      }),
    ];
    for (const v of vary) {
      const m = newFrameMemory();
      for (let i = 0; i < 9; i++) frameOf(m, v(i, turn(i, 1300, 1300)));
      // nearly all of both 1,300-char blocks seen, in spite of the variations
      expect(frameOf(m, v(9, turn(9, 1300, 1300))).chars).toBeGreaterThanOrEqual(2300);
      // and the asks read where they are: their step-by-step cue counts (read at a fixed 600, it did not)
      const k = newFrameMemory();
      const sig = [10, 11, 12, 13, 14, 15, 16, 17].map((i) => sigOf(v(i, turn(i, 1300, 1300)), k));
      expect(sig.slice(4).map((x) => [x.fr, (x.rsx ?? 0) >= 2])).toEqual(Array(4).fill([1, true]));
      expect(sigOf(v(18, turn(18, 1300, 1300))).rsx).toBe(0);
    }
  });
  it("the prompt-prefix and prompt-suffix wrappers are read as the frame is: dressed differently, the same wrapper (red team R48-1, R48-2)", () => {
    const plain = sigOf(turn(1, 1300, 1300));
    const dressed = [
      turn(1, 1300, 1300).replace(/([a-z])([a-z]*)/g, (w, a: string, b: string) => a + "\u0301" + b),
      turn(1, 1300, 1300).replace(/[A-Za-z]{4,}/g, (w) => `**${w}**`),
      turn(1, 1300, 1300).replace(/[A-Za-z]{4,}/g, (w) => `<b>${w}</b>`),
      turn(1, 1300, 1300).replace(/o/g, "\u0585").replace(/ /g, "  "),
    ];
    for (const d of dressed) expect([sigOf(d).wp, sigOf(d).wx]).toEqual([plain.wp, plain.wx]);
    // a different wrapper is still another
    expect(sigOf("Another app's instructions. " + turn(1, 1300, 1300)).wp).not.toBe(plain.wp);
  });
  it("a key without a frame reads FRAME_MIN (256) chars at each end", () => {
    const m = newFrameMemory();
    // turns of words drawn at random: nothing shared
    let x = 7;
    const word = () => ((x = (x * 1103515245 + 12345) % 2147483648), "abcdefghijklmnopqrstuvwxyz".slice(x % 20, (x % 20) + 3 + (x % 5)));
    for (let i = 0; i < 5; i++) expect(frameOf(m, Array.from({ length: 400 }, word).join(" ")).chars).toBeLessThan(64);
    expect([m.head!.want, m.tail!.want]).toEqual([FRAME_MIN, FRAME_MIN]);
  });
  it("a turn between two framed ones (cover traffic) does not hide the frame: the one before it counts", () => {
    const m = warmed(6, 1300, 1300);
    fo(m, turn(0, 1300, 1300));
    expect(fo(m, "An unrelated question of another app, long enough to be read. ".repeat(30)).head).toBeLessThan(64);
    const f = fo(m, turn(2, 1300, 1300));
    const o = commonEnds(turn(0, 1300, 1300), turn(2, 1300, 1300));
    near(f.head, o.head);
    near(f.tail, o.tail);
  });
  it("a turn sent again (a retry) is seen whole, and read as it is without a frame; frames beyond 4,096 chars are read up to that", () => {
    const m = warmed(8, 1300, 1300);
    frameOf(m, turn(0, 1300, 1300));
    const again = turn(0, 1300, 1300);
    expect(frameOf(m, again)).toEqual({ seen: [0, again.length], chars: again.length });
    const s = newFrameMemory();
    for (let i = 0; i < 8; i++) sigOf(turn(100 + i, 1300, 1300), s);
    sigOf(again, s);
    expect(sigOf(again, s)).toEqual(sigOf(again));
    const big = warmed(12, 6000, 0);
    expect(fo(big, turn(1, 6000, 0)).head).toBeGreaterThan(FRAME_MAX - 64);
  });
  it("keeps hashes only: two bit sets per end, nothing of the text", () => {
    const m = warmed(6, 1300, 1300);
    for (const e of [m.head!, m.tail!]) {
      expect(e.last).toBeInstanceOf(Uint32Array);
      expect(e.before).toBeInstanceOf(Uint32Array);
      expect(Object.keys(e).sort()).toEqual(["before", "last", "want"]);
    }
  });
});

describe("the window read after the key's own head and before its tail (red team R45-2)", () => {
  it("a 1,300-char head and tail: the ask's step-by-step cue is read from the key's 6th turn on at the latest", () => {
    const m = newFrameMemory();
    const rsx = [0, 1, 2, 3, 4, 5, 6, 7].map((i) => sigOf(turn(i, 1300, 1300), m).rsx ?? -1);
    // what the finding was: read at a fixed 600 chars, the window is inside the head
    expect(rsx[0]).toBe(0);
    expect(sigOf(turn(1, 1300, 1300)).rsx).toBe(0);
    expect(Math.min(...rsx.slice(5))).toBeGreaterThanOrEqual(2);
    // each ask its own payload in the window (the head's 600 chars would be one payload)
    expect(sigOf(turn(8, 1300, 1300), m).phx).not.toBe(sigOf(turn(9, 1300, 1300), m).phx);
  });
  it("a frame longer than both reads (5,000 chars at each end): the unread middle, where the ask is, is read (red team R46-2)", () => {
    const m = newFrameMemory();
    const sig = Array.from({ length: 12 }, (_, i) => sigOf(turn(i, 5000, 5000), m));
    expect(sig[0]!.rsx).toBe(0);
    expect(sig.slice(8).map((x) => [x.fr, (x.rsx ?? 0) >= 2])).toEqual(Array(4).fill([1, true]));
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
  it("a frame of less than HEAD (600) chars in all reads as before: the signals are the same with a frame and without", () => {
    for (const h of [0, 120, 300]) {
      const m = newFrameMemory();
      for (let i = 0; i < 6; i++) {
        const text = turn(i, h, i % 2 ? 200 : 0) + " " + DIVERSE_TASKS[(i + 3) % DIVERSE_TASKS.length]!.repeat(4);
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

/**
 * Asks under a fixed head (red team R44-6): a 600-char instruction block before every ask and a
 * rubric after it put the ask's step-by-step cue in the middle of the input turn (where only
 * extraction-specific cues count), its topic behind the block's and its payload hash (the turn's
 * ends and length) the same every time: 0 flagged, 100 % of 12 M tokens served in full. A key's
 * own prompt-prefix wrapper, sent before half of its requests or more, is now a head its asks come
 * under: they are read after it (state.ts framedAsk; signals rsx, tpx, phx).
 */
import { describe, expect, it } from "vitest";
import { framedAsk, newDetectState } from "../../src/detect/state.ts";
import { hllCount } from "../../src/detect/sketch.ts";
import { DIVERSE_TASKS, T0, World, plainSignals } from "./helpers.ts";

const HEAD = ("Instructions for this worksheet item. Read the problem in the box below carefully. Identify the quantities that are given and the one asked for, "
  + "state the principle that applies, write every intermediate result on its own line with units, and only then state the final answer. ").repeat(3).slice(0, 620);
const TAIL = ("End of the problem box. Grading rubric reminder: identification of givens 10%, correct principle 20%, intermediate results 40%, units 10%, "
  + "a final sanity check 10%, a clear final answer 10%. ").repeat(4).slice(0, 600);

function run(w: World, key: string, framed: boolean, n = 40): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const ask = `${DIVERSE_TASKS[i % DIVERSE_TASKS.length]} (item ${i}). Go through it step by step and justify each step.`;
    const user = framed ? `${HEAD}\n[PROBLEM] ${ask} [/PROBLEM]\n${TAIL}` : ask;
    out.push(w.send(key, T0 + i * 3000, { system: "You are a meticulous tutor.", user, params: { max_tokens: 4096 }, usage: { prompt: 450, completion: 1800 } }).standing);
  }
  return out;
}

describe("asks under the key's own fixed head (red team R44-6)", () => {
  it("are read after the head: degraded as early as the same asks unframed, each a payload of its own", () => {
    const w = new World();
    const framed = run(w, "framed", true);
    const plain = run(w, "plain", false);
    const first = (xs: string[]) => xs.findIndex((s) => s !== "allow");
    expect(first(plain)).toBeGreaterThanOrEqual(0);
    expect(first(framed)).toBeGreaterThanOrEqual(0);
    expect(first(framed)).toBeLessThanOrEqual(first(plain) + 6);
    expect(framed[39]).toBe("degrade");
    // 40 asks, 40 payloads (the turn's ends and length alone would make them a handful)
    expect(hllCount(w.state("framed").payloads)).toBeGreaterThan(34);
  });
  it("a head is the key's own from its 4th request and while it comes before half of its requests", () => {
    const st = newDetectState();
    const sig = plainSignals({ wp: 0xabc, tpx: 3, rsx: 2, phx: 7 });
    st.weight = 8;
    st.wrappers = [{ k: "P", h: "00000abc", c: 4 }];
    expect(framedAsk(st, sig)).toBe(true);
    st.wrappers[0]!.c = 3.9;
    expect(framedAsk(st, sig)).toBe(false);
    st.wrappers[0]!.c = 4;
    st.weight = 8.1; // 4 of 8.1: under half
    expect(framedAsk(st, sig)).toBe(false);
    st.weight = 8;
    // another head, a suffix wrapper, a turn too short to reach past its head, no prefix hash
    expect(framedAsk(st, { ...sig, wp: 0xabd })).toBe(false);
    expect(framedAsk({ ...st, wrappers: [{ k: "X", h: "00000abc", c: 8 }] }, sig)).toBe(false);
    expect(framedAsk(st, plainSignals({ wp: 0xabc }))).toBe(false);
    expect(framedAsk(st, { ...sig, wp: 0 })).toBe(false);
    // a turn read as framed by the key's frame memory (frame.ts) is framed whatever its prefix
    // (red team R46-2: three heads rotated round one tail, none before half of the requests)
    expect(framedAsk(newDetectState(), plainSignals({ tpx: 3, rsx: 2, phx: 7, fr: 1 }))).toBe(true);
    expect(framedAsk(newDetectState(), plainSignals({ fr: 1 }))).toBe(false);
  });
});

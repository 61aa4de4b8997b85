/**
 * The cue readers on what the golden texts (test/detect/golden.unit.test.ts) leave open, with exact
 * values: every whitespace the template check skips at the end, its 4,000-character window, the
 * full-width sentence separators, the 4-character sentence minimum, a cue found only through the
 * automaton's failure links, the second half of the pipeline cue mask, and the edge zones at every
 * offset of one text.
 */
import { describe, expect, it } from "vitest";
import { detailDemand, genCueCount, reasoningLevel, regionCues, templateFormat } from "../../src/detect/cues.ts";

const MCQ = "Q\nA. 1\nB. 2\nC. 3\nD. 4\nAnswer:";
const cues = (rs: number, gen: number, detail: boolean, rsEdge = rs, detailEdge = detail) => ({ rs, gen, detail, rsEdge, detailEdge });

describe("templateFormat, exact", () => {
  it("skips every JavaScript whitespace after the colon, and nothing else", () => {
    for (const c of ["\t", "\n", "\u000b", "\u000c", "\r", "\u00a0", "\u1680", "\u2000", "\u2005", "\u200a", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000", "\ufeff"]) {
      expect([c.charCodeAt(0), templateFormat(MCQ + c)]).toEqual([c.charCodeAt(0), true]);
    }
    for (const c of ["\u0008", "\u000e", "\u1fff", "\u200b", "\u2027", "\u205e", "\u2fff"]) {
      expect([c.charCodeAt(0), templateFormat(MCQ + c)]).toEqual([c.charCodeAt(0), false]);
    }
  });
  it("reads the last 4,000 characters: a block starting earlier is not seen", () => {
    const block = (len: number) => { const tail = "\nB. 2\nC. 3\nD. 4\nAnswer:"; return "\nA. " + "y".repeat(len - 4 - tail.length) + tail; };
    expect(templateFormat(block(4000))).toBe(true);
    expect(templateFormat(block(4001))).toBe(false);
    expect(templateFormat("x".repeat(4500) + block(4100))).toBe(false);
    expect(templateFormat("x".repeat(5000) + "\n" + MCQ)).toBe(true);
  });
  it("the answer line ends the text; a space may stand before its colon", () => {
    expect(templateFormat(MCQ + " B\nWhat next:")).toBe(false);
    expect(templateFormat("Q\nA. 1\nB. 2\nC. 3\nD. 4\nAnswer :")).toBe(true);
    expect(templateFormat("Q\nA. 1\nB. 2\nC. 3\nD. 4\nRespuesta:")).toBe(true);
    expect(templateFormat("Q\nA. 1\nB. 2\nC. 3\nD. 4\nfoo:")).toBe(false);
  });
});

describe("regionCues, exact", () => {
  it("full-width separators end sentences: concepts in different sentences do not combine", () => {
    for (const sep of ["\u3002", "\uff01", "\uff1f"]) {
      expect(regionCues(`请你推理一下${sep}这是隐藏的${sep}请展示出来${sep}`)).toEqual(cues(0, 0, false));
    }
    expect(regionCues("请你推理一下这是隐藏的请展示出来")).toEqual(cues(3, 0, false));
  });
  it("a sentence counts from four characters", () => {
    expect(regionCues("推理展示")).toEqual(cues(1, 0, false));
    expect(regionCues("推理展示。")).toEqual(cues(1, 0, false));
    expect(regionCues("逐步。")).toEqual(cues(0, 0, false));
    expect(regionCues("逐步")).toEqual(cues(0, 0, false));
    expect(regionCues("逐步地推")).toEqual(cues(2, 0, false));
  });
  it("a cue inside a longer one's path (reason in <reasoning) is found", () => {
    expect(regionCues("print <reasoning here.")).toEqual(cues(1, 0, false));
  });
  it("pipeline cues past the 32nd count in their own mask", () => {
    expect(regionCues("diverse variations")).toEqual(cues(0, 2, false));
    expect(regionCues("diverse")).toEqual(cues(0, 1, false));
    expect(regionCues("variations")).toEqual(cues(0, 1, false));
    expect(regionCues("generate 20 examples: input: output: task: one task: two task: three")).toEqual(cues(0, 8, false));
  });
  it("the edge level keeps being read after the whole text reached 3", () => {
    const two = "think step by step and show hidden reasoning. and again: think step by step and show hidden reasoning.";
    expect(regionCues(two, [0, 46])).toEqual(cues(3, 0, false));
    expect(regionCues(two, [0, 46, 47, 200])).toEqual(cues(3, 0, false));
  });
  it("edge zones at every offset (rsEdge + 4 if detailEdge, for zones [a, a + w], w = 10, 30, 46, 47, 48)", () => {
    const t = "intro here. think step by step and show hidden reasoning. in detail please. the end is near.";
    let s = "";
    for (let a = 0; a <= 95; a++) for (const w of [10, 30, 46, 47, 48]) { const c = regionCues(t, [a, a + w]); s += String(c.rsEdge + (c.detailEdge ? 4 : 0)); }
    expect(s).toBe("777777777777777777777777777777777777777777774777447744477444777777777777777777777777777777777777777377733773337733377333773337733377333773337733377333773337733377333773337733377333773337333373333733337333373333733337333373333733337333373333733337333373333733337333373333733337333373333333333333333333333333333333333333333333333333333337777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777");
  });
  it("the one-value readers", () => {
    expect([detailDemand("in detail"), detailDemand("briefly"), genCueCount("diverse variations"), reasoningLevel("think step by step.")]).toEqual([true, false, 2, 2]);
  });
});

/**
 * Exact tests of the per-key detection state's updates (src/detect/state.ts), written against the
 * mutants the scenario and golden tests left alive (docs/mutation-detect.md). Signals are built by
 * hand, so each test sets exactly the fields the update under test reads.
 */
import { describe, expect, it } from "vitest";
import type { RequestSignals } from "../../src/detect/signals.ts";
import { DAY, T0, plainSignals as sig } from "./helpers.ts";
import { type DetectState, decodeDetect, encodeDetect, ensureCurrent, inputSeen, newDetectState, observeOutcome, observeRequest, SDK_HONOURED_WAIT_MS } from "../../src/detect/state.ts";
import { observeUsage } from "../../src/detect/answers.ts";
import { hllNew } from "../../src/detect/sketch.ts";


const EMPTY_FILTER = "0".repeat(512);

/** A key whose Responses answers came without ids (a trace that records none): the rule on stored
 *  responses another key created is off, so the star rules are read on their own. */
function unnamed(): DetectState {
  return { ...newDetectState(), unnamedResponses: 1 };
}

describe("decay", () => {
  it("an out-of-order event (clock behind the state) decays nothing and does not move the state's clock back", () => {
    const st = newDetectState();
    observeRequest(st, sig(), T0);
    observeUsage(st, { promptTokens: 100, completionTokens: 10 }, T0 - 60_000);
    expect(st.updatedMs).toBe(T0);
    observeOutcome(st, "limit", false, T0 - 1000);
    expect(st.updatedMs).toBe(T0);
    // a day after the state's own clock: exactly one half-life
    observeRequest(st, sig({ ph: 2 }), T0 + DAY);
    expect(st.weight).toBe(1.5);
    expect(st.promptTokens).toBe(50);
    expect(st.limited).toBe(0.5);
  });
  it("a fresh state's first event starts its clock, whichever kind it is", () => {
    const st = newDetectState();
    observeUsage(st, { promptTokens: 100, completionTokens: 40 }, T0);
    expect(st.updatedMs).toBe(T0);
    observeRequest(st, sig(), T0 + DAY);
    expect(st.promptTokens).toBe(50);
    expect(st.completionTokens).toBe(20);
    expect(st.settled).toBe(0.5);
    const st2 = newDetectState();
    observeOutcome(st2, "limit", false, T0);
    expect(st2.updatedMs).toBe(T0);
    observeOutcome(st2, "limit", false, T0 + DAY);
    expect(st2.limited).toBe(1.5);
  });
  it("events a millisecond apart are not decayed (factor above 0.999999 is taken as 1): counts stay exact", () => {
    const st = newDetectState();
    for (let i = 0; i < 5; i++) observeRequest(st, sig({ ph: i + 1 }), T0 + i);
    expect(st.weight).toBe(5);
    expect(st.updatedMs).toBe(T0 + 4);
  });
  it("a quota refusal decays the state to its own time first", () => {
    const st = newDetectState();
    observeRequest(st, sig(), T0);
    observeOutcome(st, "limit", false, T0);
    observeOutcome(st, "limit", false, T0 + DAY);
    expect(st.limited).toBe(1.5);
    expect(st.weight).toBe(0.5);
    expect(st.updatedMs).toBe(T0 + DAY);
  });
});

describe("wrappers", () => {
  const S1 = "0123456789abcdef";
  /** S1 with its low `bits` bits flipped. */
  const flip = (bits: number) => S1.slice(0, 8) + ((parseInt(S1.slice(8), 16) ^ ((2 ** bits - 1) >>> 0)) >>> 0).toString(16).padStart(8, "0");
  it("system prompts within 12 SimHash bits are one wrapper; 13 bits apart are two", () => {
    const st = newDetectState();
    observeRequest(st, sig({ ws: S1, ph: 1 }), T0);
    observeRequest(st, sig({ ws: flip(12), ph: 2 }), T0);
    expect(st.wrappers).toEqual([{ k: "S", h: S1, c: 2 }]);
    observeRequest(st, sig({ ws: flip(13), ph: 3 }), T0);
    expect(st.wrappers).toEqual([{ k: "S", h: S1, c: 2 }, { k: "S", h: flip(13), c: 1 }]);
  });
  it("a prefix and a suffix with the same hash (a short input turn) are two entries of their own kinds", () => {
    const st = newDetectState();
    observeRequest(st, sig({ wp: 0xabcdef01, wx: 0xabcdef01 }), T0);
    observeRequest(st, sig({ wp: 0xabcdef01, wx: 0xabcdef01, ph: 2 }), T0);
    expect(st.wrappers).toEqual([{ k: "P", h: "abcdef01", c: 2 }, { k: "X", h: "abcdef01", c: 2 }]);
  });
  it("a request with no system prompt, prefix or suffix records no wrapper", () => {
    const st = newDetectState();
    observeRequest(st, sig(), T0);
    expect(st.wrappers).toEqual([]);
  });
});

describe("recent input filters", () => {
  it("the current filter rotates into the older one after 256 inputs; both are still consulted", () => {
    const st = newDetectState();
    for (let i = 1; i <= 256; i++) observeRequest(st, sig({ ph: i * 7919 }), T0);
    expect(st.recentInputCount).toBe(256);
    expect(st.olderInputs).toBe(EMPTY_FILTER);
    const full = st.recentInputs;
    observeRequest(st, sig({ ph: 999_999 }), T0);
    expect(st.recentInputCount).toBe(1);
    expect(st.olderInputs).toBe(full);
    expect(inputSeen(st, 7919)).toBe(true);
    expect(inputSeen(st, 999_999)).toBe(true);
  });
});

describe("self-contained requests (singleTurn)", () => {
  it("a turn off a stored anchor is self-contained from the 8th turn off that anchor, not the 7th", () => {
    const st = unnamed();
    for (let i = 0; i < 7; i++) observeRequest(st, sig({ cv: 1, ca: 77, ut: 1, ph: i + 1 }), T0);
    expect(st.singleTurn).toBe(0);
    observeRequest(st, sig({ cv: 1, ca: 77, ut: 1, ph: 100 }), T0);
    expect(st.singleTurn).toBe(1);
  });
  it("the count read is the anchor's own, not the first anchor's", () => {
    const st = unnamed();
    for (let i = 0; i < 9; i++) observeRequest(st, sig({ cv: 1, ca: 77, ph: i + 1 }), T0);
    expect(st.singleTurn).toBe(2);
    observeRequest(st, sig({ cv: 1, ca: 78, ph: 50 }), T0);
    expect(st.singleTurn).toBe(2);
  });
  // the previous input turn 0xbeef was sent through the key before: a conversation it is having
  const seen = () => {
    const st = newDetectState();
    observeRequest(st, sig({ ph: 0xbeef }), T0);
    expect(st.singleTurn).toBe(1);
    return st;
  };
  it("one user turn and no assistant turn is self-contained whatever pv says", () => {
    const st = seen();
    observeRequest(st, sig({ ut: 1, at: 0, pv: 0xbeef, ph: 2 }), T0);
    expect(st.singleTurn).toBe(2);
  });
  it("two user turns with no assistant turn, the first sent before, are a conversation", () => {
    const st = seen();
    observeRequest(st, sig({ ut: 2, at: 0, pv: 0xbeef, ph: 2 }), T0);
    expect(st.singleTurn).toBe(1);
  });
  it("one user turn after an assistant turn (a tool result as input) whose previous input was sent is a conversation", () => {
    const st = seen();
    observeRequest(st, sig({ ut: 1, at: 1, pv: 0xbeef, ph: 2 }), T0);
    expect(st.singleTurn).toBe(1);
  });
  it("a seen previous turn with no history hash is a conversation", () => {
    const st = seen();
    observeRequest(st, sig({ ut: 2, at: 1, pv: 0xbeef, hh: 0, ph: 2 }), T0);
    expect(st.singleTurn).toBe(1);
  });
  it("a history sent verbatim is a template from its decayed count 2.5, not below", () => {
    const st = seen();
    for (let i = 0; i < 2; i++) observeRequest(st, sig({ ut: 2, at: 1, pv: 0xbeef, hh: 0x55, ph: 10 + i }), T0);
    expect(st.singleTurn).toBe(1); // counts 1 and 2
    observeRequest(st, sig({ ut: 2, at: 1, pv: 0xbeef, hh: 0x55, ph: 20 }), T0);
    expect(st.singleTurn).toBe(2); // count 3
    // a day later the count is 1.5, bumped to exactly 2.5 by the next request
    observeRequest(st, sig({ ut: 2, at: 1, pv: 0xbeef, hh: 0x55, ph: 21 }), T0 + DAY);
    expect(st.histories).toEqual([{ h: 0x55, c: 2.5 }]);
    expect(st.singleTurn).toBe(2); // (1 + 1) halved, + 1
  });
  it("the count read is the request's own history's, not the first history's", () => {
    const st = seen();
    for (let i = 0; i < 3; i++) observeRequest(st, sig({ ut: 2, at: 1, pv: 0xbeef, hh: 0x55, ph: 10 + i }), T0);
    expect(st.singleTurn).toBe(2);
    observeRequest(st, sig({ ut: 2, at: 1, pv: 0xbeef, hh: 0x66, ph: 30 }), T0);
    expect(st.singleTurn).toBe(2);
  });
});

describe("space-saving tables", () => {
  it("anchors: at most 4; a newcomer replaces the first of the rarest with a real count of 1", () => {
    const st = newDetectState();
    const counts = [2, 1, 1, 3];
    let ph = 1;
    counts.forEach((n, i) => {
      for (let j = 0; j < n; j++) observeRequest(st, sig({ cv: 1, ca: 100 + i, ph: ph++ }), T0);
    });
    expect(st.anchors).toEqual([[100, 2], [101, 1], [102, 1], [103, 3]]);
    observeRequest(st, sig({ cv: 1, ca: 200, ph: ph++ }), T0);
    expect(st.anchors).toEqual([[100, 2], [200, 1], [102, 1], [103, 3]]);
  });
  it("histories: at most 4; a newcomer replaces the first of the rarest with count 1", () => {
    const st = newDetectState();
    const counts = [2, 1, 1, 3];
    let ph = 1;
    counts.forEach((n, i) => {
      for (let j = 0; j < n; j++) observeRequest(st, sig({ ut: 2, at: 1, hh: 100 + i, ph: ph++ }), T0);
    });
    observeRequest(st, sig({ ut: 2, at: 1, hh: 200, ph: ph++ }), T0);
    expect(st.histories).toEqual([{ h: 100, c: 2 }, { h: 200, c: 1 }, { h: 102, c: 1 }, { h: 103, c: 3 }]);
  });
  it("biasTop: a prompt sent again counts up and gathers its maps; at most 8; the first of the rarest gives way, its count inherited", () => {
    const st = newDetectState();
    const counts = [2, 1, 1, 3, 2, 2, 2, 2];
    counts.forEach((n, i) => {
      for (let j = 0; j < n; j++) observeRequest(st, sig({ ph: 100 + i, lb: 7 }), T0);
    });
    expect(st.biasTop.map((e) => [e[0], e[1]])).toEqual(counts.map((n, i) => [100 + i, n]));
    const bit = st.biasTop[0]![2]!;
    expect(st.biasTop.every((e) => e[2] === bit)).toBe(true);
    observeRequest(st, sig({ ph: 100, lb: 8 }), T0);
    expect(st.biasTop[0]![1]).toBe(3);
    expect(st.biasTop[0]![2]).not.toBe(bit); // two maps now (their bits differ)
    observeRequest(st, sig({ ph: 300, lb: 7 }), T0);
    expect(st.biasTop.length).toBe(8);
    expect(st.biasTop[1]).toEqual([300, 2, bit]);
    expect(st.biasTop[2]).toEqual([102, 1, bit]);
    expect(st.biasRequests).toBe(17);
  });
});

describe("old states", () => {
  const old = (): DetectState => {
    const st = newDetectState();
    observeRequest(st, sig({ cv: 1, ca: 5 }), T0);
    const o = st as unknown as Record<string, unknown>;
    for (const f of ["peakScore", "recentInputs", "toolSets", "fastRetryUntilMs", "biasTop", "systemChars", "anchors"]) delete o[f];
    // as decoded from storage: a new object (keepCurrent checks each state object once)
    return structuredClone(st);
  };
  it("ensureCurrent fills the fields a stored state predates with fresh values and keeps the rest", () => {
    const st = old();
    ensureCurrent(st);
    expect(st.peakScore).toBe(0);
    expect(st.recentInputs).toBe(EMPTY_FILTER);
    expect(st.toolSets).toBe(hllNew(6));
    expect(st.biasTop).toEqual([]);
    expect(st.anchors).toEqual([]);
    expect(st.weight).toBe(1);
    expect(st.requests).toBe(1);
    expect(st.updatedMs).toBe(T0);
  });
  it("a state missing only one newest field is upgraded too", () => {
    const st = newDetectState();
    observeRequest(st, sig(), T0);
    delete (st as unknown as Record<string, unknown>).anchors;
    ensureCurrent(st);
    expect(st.anchors).toEqual([]);
    expect(st.weight).toBe(1);
  });
  it("observeRequest upgrades an old state before using it", () => {
    const st = old();
    observeRequest(st, sig({ cv: 1, ca: 5, ph: 2 }), T0 + 1000);
    expect(st.anchors).toEqual([[5, 1]]);
    expect(st.requests).toBe(2);
    expect(inputSeen(st, 2)).toBe(true);
  });
});

describe("quota refusals and fast retries", () => {
  it("a request exactly at the refusal's Retry-After is not a fast retry; one a millisecond before is", () => {
    const st = newDetectState();
    observeRequest(st, sig({ ph: 2 }), T0);
    observeOutcome(st, "limit", false, T0, 1000, 2);
    expect(st.fastRetryUntilMs).toBe(T0 + 1000);
    observeRequest(st, sig({ ph: 2 }), T0 + 1000);
    expect(st.fastRetries).toBe(0);
    observeOutcome(st, "limit", false, T0 + 1000, 1000, 2);
    observeRequest(st, sig({ ph: 2 }), T0 + 1999);
    expect(st.fastRetries).toBe(1);
  });
  it("a fast retry resends a refused payload: the last REFUSED_INPUTS (8) are remembered, none of payload hash 0 (red team R52-5)", () => {
    const st = newDetectState();
    // payloads 1..9 refused in turn: 1 has left the memory, 2..9 are in it
    for (let p = 1; p <= 9; p++) {
      observeRequest(st, sig({ ph: p }), T0 + p);
      observeOutcome(st, "limit", false, T0 + p, 1000, p);
    }
    expect(st.refusedInputs).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    observeRequest(st, sig({ ph: 1 }), T0 + 100);
    expect(st.fastRetries).toBe(0);
    observeRequest(st, sig({ ph: 10 }), T0 + 101); // another payload: another user's ask
    expect(st.fastRetries).toBe(0);
    observeRequest(st, sig({ ph: 2 }), T0 + 102);
    expect(st.fastRetries).toBe(1);
    // a payload refused twice is remembered once
    observeOutcome(st, "limit", false, T0 + 103, 1000, 9);
    expect(st.refusedInputs).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    // no payload hash: nothing to compare, never a retry
    const z = newDetectState();
    observeRequest(z, sig({ ph: 0 }), T0);
    observeOutcome(z, "limit", false, T0, 1000, 0);
    observeRequest(z, sig({ ph: 0 }), T0 + 10);
    expect(z.refusedInputs).toEqual([]);
    expect(z.fastRetries).toBe(0);
    // a served request's payload is not remembered
    const served = newDetectState();
    observeOutcome(served, "allow", true, T0, 1000, 5);
    expect(served.refusedInputs).toEqual([]);
  });
  it("Retry-After 0 makes no request a fast retry; unknown, negative or non-finite ones count 2 s; longer ones are capped at 2 s", () => {
    const st = newDetectState();
    observeOutcome(st, "limit", false, T0, 0);
    expect(st.fastRetryUntilMs).toBe(T0);
    for (const [ra, until] of [[undefined, 2000], [-1, 2000], [NaN, 2000], [Infinity, 2000], [500, 500], [60_000, 2000]] as const) {
      observeOutcome(st, "limit", false, T0, ra);
      expect(st.fastRetryUntilMs).toBe(T0 + until);
    }
  });
  it("a wait longer than the official clients honour (60 s) tests nothing: not counted, no retry window, no payload kept (red team R55-2)", () => {
    const st = newDetectState();
    observeRequest(st, sig({ ph: 7 }), T0);
    observeOutcome(st, "limit", false, T0, SDK_HONOURED_WAIT_MS + 1, 7);
    expect([st.limited, st.fastRetryUntilMs, st.refusedInputs]).toEqual([0, 0, []]);
    // the SDK's own backoff resends it 0.5 s later: no retry
    observeRequest(st, sig({ ph: 7 }), T0 + 500);
    expect(st.fastRetries).toBe(0);
    // at exactly 60 s the clients wait as told: counted, and a resend before 2 s is a fast retry
    observeOutcome(st, "limit", false, T0 + 600, SDK_HONOURED_WAIT_MS, 7);
    expect([st.limited, st.fastRetryUntilMs, st.refusedInputs]).toEqual([1, T0 + 2600, [7]]);
    observeRequest(st, sig({ ph: 7 }), T0 + 1100);
    expect(st.fastRetries).toBe(1);
    // a wait that can never succeed (x-should-retry: false) counts
    const never = newDetectState();
    observeOutcome(never, "limit", false, T0, Infinity, 3);
    expect(never.limited).toBe(1);
  });
});

describe("a prompt list counts as that many requests", () => {
  it("every counter of a 4-prompt list moves by 4", () => {
    const st = newDetectState();
    observeRequest(st, sig({ np: 4, phs: [1, 2, 3, 4], gm: 1, fm: 1, dd: 1, hp: 1, ur: 3, ps: 0.5, tp: 3, lg: 2 }), T0);
    expect(st.requests).toBe(4);
    expect(st.weight).toBe(4);
    expect(st.pipelinePrompts).toBe(4);
    expect(st.templatePrompts).toBe(4);
    expect(st.detailDemands).toBe(4);
    expect(st.hardParams).toBe(4);
    expect(st.unreadable).toBe(4);
    expect(st.paramScoreSum).toBe(2);
    expect(st.singleTurn).toBe(4);
    expect(st.harvestShaped).toBe(4);
    expect(st.harvestTopics[3]).toBe(4);
    expect(st.topics[3]).toBe(4);
    expect(st.scripts[2]).toBe(4);
  });
  it("a conversation turn of a list scores its psm, times the list", () => {
    const st = newDetectState();
    observeRequest(st, sig({ ph: 0xbeef }), T0);
    observeRequest(st, sig({ np: 2, phs: [1, 2], ut: 2, at: 1, pv: 0xbeef, ps: 0.8, psm: 0.25 }), T0);
    expect(st.paramScoreSum).toBe(0.5);
    expect(st.singleTurn).toBe(1);
  });
});

describe("harvest-shaped requests", () => {
  it("a big output budget alone counts from ps 0.4 at intensity^2 (0.25 with under 2 gaps)", () => {
    const st = newDetectState();
    observeRequest(st, sig({ ps: 0.4, tp: 5 }), T0);
    expect(st.budgetOnlyHarvest).toBe(0.25);
    expect(st.harvestShaped).toBe(0);
    expect(st.harvestTopics[5]).toBe(0.25);
    observeRequest(st, sig({ ps: 0.39, tp: 5, ph: 2 }), T0);
    expect(st.budgetOnlyHarvest).toBe(0.25);
  });
  it("a self-contained request's unknown topic takes the history's opening topic; topic 0 is a topic of its own", () => {
    const st = newDetectState();
    observeRequest(st, sig({ tp: 0, ht: 5 }), T0);
    expect(st.topics[0]).toBe(1);
    expect(st.topics[5]).toBe(0);
    observeRequest(st, sig({ tp: -1, ht: 5, ph: 2 }), T0);
    expect(st.topics[5]).toBe(1);
  });
  it("an unknown topic writes no slot: the histograms keep their 32 / 8 slots", () => {
    const st = newDetectState();
    observeRequest(st, sig({ tp: -1, rs: 3, lg: -1 }), T0);
    observeRequest(st, sig({ tp: 32, rs: 3, lg: 8, ph: 2 }), T0);
    expect(st.harvestShaped).toBe(2);
    expect(Object.keys(st.topics)).toHaveLength(32);
    expect(Object.keys(st.harvestTopics)).toHaveLength(32);
    expect(Object.keys(st.scripts)).toHaveLength(8);
    expect(st.topics.every((x) => x === 0)).toBe(true);
    expect(st.scripts.every((x) => x === 0)).toBe(true);
  });
});

describe("embeddings batches", () => {
  it("the request's weight is spread over its scripts (1/k each); bits past the 8 classes are ignored", () => {
    const st = newDetectState();
    observeRequest(st, sig({ route: "embeddings", ni: 16, lgs: 0b101 }), T0);
    expect(st.scripts).toEqual([0.5, 0, 0.5, 0, 0, 0, 0, 0]);
    expect(st.embedMixed).toBe(0);
    observeRequest(st, sig({ route: "embeddings", ni: 16, lgs: 0x1ff, ph: 2 }), T0);
    expect(Object.keys(st.scripts)).toHaveLength(8);
    expect(st.scripts[1]).toBe(1 / 8);
    expect(st.embedMixed).toBe(1);
    expect(st.embedItems).toBe(32);
  });
});

describe("a star off a stored anchor: the anchor's billed context is read back as history", () => {
  const star = (settled: number) => {
    const st = unnamed();
    for (let i = 0; i < settled; i++) observeUsage(st, { promptTokens: 1000, completionTokens: 10 }, T0);
    for (let i = 0; i < 8; i++) observeRequest(st, sig({ cv: 1, ca: 9, pl: 200, ph: i + 1 }), T0);
    return st;
  };
  it("from 3 settled requests: 4 chars a billed token, less what the request carries", () => {
    const st = star(3);
    expect(st.historyChars).toBe(4 * 1000 - 200);
    expect(st.promptChars).toBe(8 * 200 + 3800);
  });
  it("not with 2 settled", () => {
    const st = star(2);
    expect(st.historyChars).toBe(0);
    expect(st.promptChars).toBe(1600);
  });
});

describe("stored form", () => {
  it("an input filter stored with the wrong length, or not as a string, is read as empty", () => {
    const st = newDetectState();
    observeRequest(st, sig(), T0);
    const enc = encodeDetect(st);
    const ok = enc.ri as string;
    expect(decodeDetect({ ...enc }).recentInputs).toBe(st.recentInputs);
    expect(decodeDetect({ ...enc, ri: btoa("\u0001\u0002") }).recentInputs).toBe(EMPTY_FILTER);
    expect(decodeDetect({ ...enc, ri: [ok] }).recentInputs).toBe(EMPTY_FILTER);
    expect(decodeDetect({ ...enc, ri: "@@not base64" }).recentInputs).toBe(EMPTY_FILTER);
  });
});

describe("observeRequest: one earlier exchange whose answer is a greeting (red team R8-1)", () => {
  const seen = () => {
    const st = newDetectState();
    observeRequest(st, sig({ ph: 0xbeef }), T0);
    return st;
  };
  it("is no conversation: under 400 chars of answer, one assistant turn, at most two user turns", () => {
    for (const [over, single] of [
      [{ ut: 2, at: 1, ha: 399 }, 2],
      [{ ut: 2, at: 1, ha: 1 }, 2],
      [{ ut: 2, at: 1, ha: 400 }, 1],
      [{ ut: 3, at: 1, ha: 50 }, 1],
      [{ ut: 3, at: 2, ha: 50 }, 1],
      [{ ut: 1, at: 1, ha: 50 }, 2],
      [{ ut: 2, at: 1 }, 1], // no text in the answer (a tool call): a turn of a conversation
    ] as const) {
      const st = seen();
      observeRequest(st, sig({ pv: 0xbeef, hh: 0x77, ph: 5, ...over }), T0);
      expect([JSON.stringify(over), st.singleTurn]).toEqual([JSON.stringify(over), single]);
    }
  });
});

/**
 * Exact behaviour of the conversation rules (src/detect/conversation.ts) and of a few cohort and
 * answer paths (link.ts, state.ts), written against the survivors of the heavy detection mutation
 * run of 2026-12-04 (`npm run test:mutation:detect`, 62 min); each test was first run against the
 * mutants it names, planted one at a time.
 */
import { describe, expect, it } from "vitest";
import {
  effectivelySingle,
  fillerBefore,
  greetingHistory,
  markPending,
  rememberCreated,
  rememberInput,
  rememberSize,
} from "../../src/detect/conversation.ts";
import { applyLinkView, askedProfile, cohortPeek, harvestProfile, singleShare, takePendingCohort } from "../../src/detect/link.ts";
import { extractSignals, newDetectState, newRegistryState } from "../../src/detect/index.ts";
import type { RequestSignals } from "../../src/detect/signals.ts";
import { buildPromptView } from "../../src/detect/view.ts";
import { type DetectState } from "../../src/detect/state.ts";
import { budgetTaken } from "../../src/detect/budget.ts";
import { observeFetchedAnswer } from "../../src/detect/answers.ts";

const T0 = Date.UTC(2026, 11, 4, 10);
const sig = (over: Partial<RequestSignals>): RequestSignals => ({ ut: 1, at: 0, mt: 0, pl: 100, ...over }) as RequestSignals;

describe("effectivelySingle and its helpers", () => {
  // kills 62:9 (cv turn without an anchor read on) and 62:38 (returning true there)
  it("a conversation turn naming no stored response is a conversation turn", () => {
    expect(effectivelySingle(newDetectState(), sig({ cv: 1, ut: 1, at: 0 }))).toBe(false);
  });

  // kills 90:10: a history this key sent before, not a repeated template, is a conversation
  it("a history whose previous turn this key sent, with a history hash it never repeated, is a conversation", () => {
    const st = newDetectState();
    rememberInput(st, 77);
    expect(effectivelySingle(st, sig({ ut: 2, at: 1, pv: 77, hh: 1234 }))).toBe(false);
    st.histories.push({ h: 1234, c: 3 });
    expect(effectivelySingle(st, sig({ ut: 2, at: 1, pv: 77, hh: 1234 }))).toBe(true);
  });

  // kills 104:7: a response remembered twice takes one slot of the filter
  it("rememberCreated counts a response once", () => {
    const st = newDetectState();
    rememberCreated(st, 5);
    rememberCreated(st, 5);
    expect(st.recentInputCount).toBe(1);
  });

  // kills 109:41 (the user-turn bound of a greeting history)
  it("a greeting history is one exchange: three user turns are not one", () => {
    expect(greetingHistory(sig({ at: 1, ut: 2, ha: 20 }))).toBe(true);
    expect(greetingHistory(sig({ at: 1, ut: 3, ha: 20 }))).toBe(false);
  });
});

describe("the filler rule's remembered exchanges", () => {
  // kills 201:7 (i <= 0) and 201:21 (true when not remembered)
  it("fillerBefore finds the exchange at the first position, and says no for one it never saw", () => {
    const st = newDetectState();
    st.turnSizes = [[11, 200]];
    expect(fillerBefore(st, 11, 2000, false)).toBe(true);
    expect(fillerBefore(st, 99, 2000, false)).toBe(false);
  });

  // kills 219:129 (< STAR_TURNS -> <=): an anchor continued 8 times is a star's, not a filler
  it("an exchange continued STAR_TURNS (8) times is no filler; 7 times it still is", () => {
    const st = newDetectState();
    st.turnSizes = [[11, 200]];
    st.anchors = [[11, 7]];
    expect(fillerBefore(st, 11, 2000, false)).toBe(true);
    st.anchors = [[11, 8]];
    expect(fillerBefore(st, 11, 2000, false)).toBe(false);
  });

  // kills 242:74 (the tool step passed to the rule, three ways)
  it("markPending: a cheap exchange is pending only when the request is an agent's step", () => {
    const st = newDetectState();
    st.turnSizes = [[11, 20]];
    markPending(st, sig({ ut: 2, at: 1, pv: 11, mt: 4000 }), 1);
    expect(st.turnSizes).toEqual([[11, 20]]);
    markPending(st, sig({ ut: 2, at: 1, pv: 11, mt: 4000, ti: 1 }), 1);
    expect(st.turnSizes).toEqual([[11, 20, 1]]);
  });

  // kills 260:19 (i > 0, and false), 260:29 (<= 2), 261:7 (i > 0), 262:21 and 262:35
  it("rememberSize keeps the pending count of the exchange it replaces, wherever it is", () => {
    const st = newDetectState();
    st.turnSizes = [[11, 20, 2], [12, 30]];
    rememberSize(st, 0, 11, 500);
    expect(st.turnSizes).toEqual([[12, 30], [11, 500, 2]]);
    rememberSize(st, 12, 0, 40);
    expect(st.turnSizes).toEqual([[11, 500, 2], [12, 40]]);
  });
});

describe("cohort and answer paths", () => {
  // kills link 205:10 (true): no verdict yet is a share of 0, not NaN
  it("singleShare of a key with no request is 0", () => {
    expect(singleShare(newDetectState())).toBe(0);
  });

  // pins cohortPeek's guard (its mutants are equivalent: cd and cb are written together)
  it("cohortPeek of an empty shard is 0", () => {
    expect(cohortPeek(newRegistryState(), T0)).toBe(0);
  });

  // kills link 366:19 (the pending crowd grown instead of decayed)
  it("a pending crowd decayed below the cohort evidence the key holds is not taken", () => {
    const st: DetectState = { ...newDetectState(), requests: 8, weight: 8, singleTurn: 8, settled: 8, completionTokens: 8000, promptTokens: 800, longAnswers: 8, longTokens: 8000, nextReportAt: 1 };
    expect(harvestProfile(st)).toBe(true);
    const day = 86_400_000;
    st.cohortPending = 0.5;
    st.cohortPendingMs = T0;
    st.cohort = 0.4;
    st.cohortMs = T0 + day;
    takePendingCohort(st, T0 + day);
    expect(st.cohort).toBe(0.4);
    expect(st.cohortPending).toBe(0);
  });

  // kills link 680:9 (three ways): a crowd told with a score is not kept as pending
  it("applyLinkView keeps a told crowd as pending only when the view gives no score", () => {
    const st = newDetectState();
    applyLinkView(st, { shard: "c:1", keys: 30, linked: 20, score: 0.5, generic: false, why: "x", crowd: 0.7 }, T0);
    expect(st.cohortPending).toBe(0);
    const other = newDetectState();
    applyLinkView(other, { shard: "c:1", keys: 30, linked: 20, score: 0, generic: false, why: "x", crowd: 0.7 }, T0);
    expect(other.cohortPending).toBe(0.7);
  });

  // kills link 389:20 (||, and each side true) and 389:33: batch items with a history do not ask on their own
  it("askedProfile: items carrying an exchange, or an assistant turn, are not single-turn asks", () => {
    const single = Array.from({ length: 6 }, () => sig({ ut: 1, at: 0, mt: 4000, pl: 200 }));
    expect(askedProfile(single)).toBe(true);
    expect(askedProfile(single.map((s) => ({ ...s, ut: 2, at: 1 })))).toBe(false);
    expect(askedProfile(single.map((s) => ({ ...s, ut: 1, at: 1 })))).toBe(false);
    expect(askedProfile(single.map((s) => ({ ...s, ut: 2, at: 0 })))).toBe(false);
  });

  // kills state 352:7 (settled < 3 -> <= 3): three answers are enough to judge the budget
  it("budgetTaken reads the answers from the third one", () => {
    const st: DetectState = { ...newDetectState(), settled: 3, completionTokens: 300, promptTokens: 300, promptChars: 1200 };
    expect(budgetTaken(st)).toBe(0);
    expect(budgetTaken({ ...st, settled: 2.99 })).toBe(1);
  });

  // kills state 547:7: a batch's results with no answer add nothing
  it("fetched results of zero answers add no tokens", () => {
    const st = newDetectState();
    observeFetchedAnswer(st, { promptTokens: 100, completionTokens: 500, id: 1, count: 0 }, T0);
    expect(st.completionTokens).toBe(0);
    expect(st.promptTokens).toBe(0);
  });

  // kills signals 395:42 (rs < 2 -> <= 2): a detailed summary on an ask that already asks for
  // step-by-step reasoning in words (rs 2) is not read again as a reasoning ask by parameter
  it("reasoning by parameter (rd) marks asks whose words ask for less than step-by-step reasoning", () => {
    const of = (input: string) => extractSignals(buildPromptView("responses", { model: "o3", input, reasoning: { summary: "detailed" } }), { ip: "198.51.100.7" });
    expect(of("Solve 2x+3=7.")).toMatchObject({ rs: 1, rd: 1 });
    const worded = of("Solve 2x+3=7. Show your reasoning step by step.");
    expect(worded.rs).toBe(2);
    expect(worded.rd).toBeUndefined();
  });
});

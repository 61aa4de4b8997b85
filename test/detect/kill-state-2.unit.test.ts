/**
 * Exact tests of the per-key detection state (src/detect/state.ts), second batch: written against
 * the older survivors of `DETECT_MUTATE=src/detect/state.ts npm run test:mutation:detect` (README
 * "Mutation score", sixteenth session). Signals, usages and the state's lists are built by hand, so
 * each test sets exactly what the update under test reads.
 */
import { describe, expect, it } from "vitest";
import type { RequestSignals } from "../../src/detect/signals.ts";
import { DAY, T0, plainSignals as sig } from "./helpers.ts";
import { packBitset, packRegisters } from "../../src/detect/codec.ts";
import { LONG_ANSWER } from "../../src/detect/link.ts";
import { hllAdd, hllNew } from "../../src/detect/sketch.ts";
import { type DetectState, encodeDetect, newDetectState, observeRequest } from "../../src/detect/state.ts";
import { observeFetchedAnswer, observeUsage } from "../../src/detect/answers.ts";


type State = typeof import("../../src/detect/state.ts");
let n = 0;
/** A fresh instance of state.ts: the fresh stored forms encodeDetect compares with are built on
 *  first use and kept in the module, so they are built again, inside the calling test (under
 *  Stryker a mutant in how they are built is seen only by the test that builds them while it is
 *  active: kill-tables.unit.test.ts). */
async function freshState(): Promise<State> {
  return (await import(/* @vite-ignore */ `../../src/detect/state.ts?fresh=${++n}-${Date.now()}`)) as State;
}

describe("stored form", () => {
  it("a fresh state is stored as its version alone: every other field is at its fresh value and left out", async () => {
    const s = await freshState();
    expect(s.encodeDetect(s.newDetectState())).toEqual({ v: 1 });
    expect(encodeDetect(newDetectState())).toEqual({ v: 1 });
  });
  it("a state with one field off its fresh value stores the version and that field only", async () => {
    const s = await freshState();
    const st = s.newDetectState();
    st.limited = 2;
    expect(s.encodeDetect(st)).toEqual({ v: 1, lim: 2 });
  });
  // the module's constants, checked on the fresh instance too (evaluated at its import, inside this test)
  it("the stored names are those of every snapshot so far: a renamed one would lose that field of every stored state", async () => {
    const s = await freshState();
    expect(s.STORED_NAMES).toEqual({
      v: "v", seed: "seed", updatedMs: "t", firstSeenMs: "t0", requests: "n", weight: "w",
      reasoningAsks: "rs1", stepByStepAsks: "rs2", hiddenReasoningAsks: "rs3",
      pipelinePrompts: "gm", templatePrompts: "fm", detailDemands: "dd", paramScoreSum: "ps", hardParams: "hp",
      singleTurn: "st1", pacedTurns: "stP", harvestShaped: "sr", stepHarvest: "srS", stepAnswers: "saN", stepTokens: "saT", stepTokenSq: "saQ", budgetOnlyHarvest: "ss", harvestTopics: "tpS", unreadable: "ur",
      topics: "tp", hours: "hr", scripts: "lg", gaps: "gN", gapLogMean: "gM", gapLogVar: "gV", lastMs: "last",
      wrappers: "wr", histories: "hx", payloads: "hll", episodeRequests: "epN", episodeDistinct: "epD", novelEpisodes: "epV", episodeStartMs: "epT", episodeHour: "epI", episodeHourRequests: "epH", episodeHours: "epA", recentInputs: "ri", olderInputs: "ri2", recentInputCount: "riN", recentChunks: "rk", olderChunks: "rk2", recentChunkCount: "rkN", repeatChars: "cR", toolChars: "cT", prefixMins: "pfm", prefixPending: "pfp",
      toolRequests: "tq", toolSets: "tls", biasRequests: "bq", biasSets: "bls", biasPayloads: "blp", biasPairs: "blx", biasTop: "btp", anchors: "anc", cheapTurns: "chp", unnamedResponses: "urN", turnSizes: "tsz", chainNext: "chn", capNext: "cpn", answeredAt: "ans", openings: "opn", afterLong: "afl", quietInputs: "qin", embedRequests: "eq", embedItems: "ei", embedMixed: "em",
      lastSystemHash: "sh",
      promptTokens: "uP", completionTokens: "uC", settled: "uN", longAnswers: "uL", longTokens: "uLT", beyondTokens: "uBT", cappedAnswers: "uKN", cappedTokens: "uKC", trivialAnswers: "uT", trivialPromptTokens: "uTP", promptChars: "cP", historyChars: "cH", systemChars: "cS", singleSystemChars: "cS1", limited: "lim", fastRetries: "rt", fastRetryUntilMs: "rtU", refusedInputs: "rtI", driven: "drv", tokenIdPrompts: "urT", sampleChoices: "snC", sampleTokens: "snT", sampleLongTokens: "snL", laterAnswers: "ltA", laterRead: "ltR", laterPromptTokens: "ltP", laterCompletionTokens: "ltC", laterHeld: "ltH", laterHeldParams: "ltHP", laterHeldHarvest: "ltHS", takenBack: "tkB", hardFree: "hpF", hardParamScore: "hpS", hardHarvest: "hpH", hardShedParams: "hsP", hardShedScore: "hsS", hardShedHarvest: "hsH", hardTokens: "hpK", pastCapTokens: "uPC", hardShedTokens: "hsT", hardShedPeak: "hsK", hardShedPeakMs: "hsKT", hardBack: "hsB", hardLastMs: "hpT", hardShedStanding: "hsL", hiddenReasoned: "hrA", reasonModels: "hrM",
      link: "lk", linkMs: "lkT", linkReason: "lkR", cohort: "co", cohortMs: "coT", cohortReason: "coR", cohortCounted: "coN", cohortPending: "coP", cohortPendingMs: "coPT", cohortAsked: "coA", genericWrappers: "gw",
      standing: "sd", standingMs: "sdT", score: "sc", localScore: "loc", peakScore: "pk", peakMs: "pkT", nextReportAt: "nx",
      halfLifeMs: "hl", linkHalfLifeMs: "lh",
    });
  });
  it("the filters are stored as packed bits and the HyperLogLogs as packed registers, and read back whole", async () => {
    const s = await freshState();
    const st = s.newDetectState();
    expect(st.recentChunks).toBe("0".repeat(256));
    expect(st.olderChunks).toBe("0".repeat(256));
    st.recentInputs = "f0".repeat(256);
    st.olderInputs = "0f".repeat(256);
    st.recentChunks = "a5".repeat(128);
    st.olderChunks = "5a".repeat(128);
    st.payloads = hllAdd(hllAdd(hllNew(8), 0x12345678), 0x9abcdef0);
    st.toolSets = hllAdd(hllNew(6), 0x1111);
    st.biasSets = hllAdd(hllNew(6), 0x2222);
    st.biasPayloads = hllAdd(hllNew(6), 0x3333);
    st.biasPairs = hllAdd(hllNew(6), 0x4444);
    const enc = s.encodeDetect(st);
    expect([enc.ri, enc.ri2, enc.rk, enc.rk2]).toEqual([st.recentInputs, st.olderInputs, st.recentChunks, st.olderChunks].map(packBitset));
    expect([enc.hll, enc.tls, enc.bls, enc.blp, enc.blx]).toEqual([st.payloads, st.toolSets, st.biasSets, st.biasPayloads, st.biasPairs].map(packRegisters));
    const back = s.decodeDetect(JSON.parse(JSON.stringify(enc)) as Record<string, unknown>);
    expect([back.recentInputs, back.olderInputs, back.recentChunks, back.olderChunks]).toEqual([st.recentInputs, st.olderInputs, st.recentChunks, st.olderChunks]);
    expect([back.payloads, back.toolSets, back.biasSets, back.biasPayloads, back.biasPairs]).toEqual([st.payloads, st.toolSets, st.biasSets, st.biasPayloads, st.biasPairs]);
  });
  it("ensureCurrent fills a missing newest field; the pace reads 0 and 1 at its clamps", async () => {
    const s = await freshState();
    const st = s.newDetectState();
    delete (st as unknown as Record<string, unknown>).answeredAt;
    s.ensureCurrent(st);
    expect(st.answeredAt).toEqual([]);
    // geometric-mean gaps of 100 min and 1 s: past the 10-min and 30-s ends
    expect(s.intensity({ ...s.newDetectState(), gaps: 2, gapLogMean: Math.log(6000) })).toBe(0);
    expect(s.intensity({ ...s.newDetectState(), gaps: 2, gapLogMean: 0 })).toBe(1);
  });
});

describe("repeated prefixes: the word MinHash share", () => {
  // self-contained requests with a 1,000-char system prompt and no sentence samples: only the
  // MinHash pair of the prefix can make it repeat
  const policy = (wm: number, wm2: number, ph: number) => sig({ ss: 1000, wm, wm2, ph });
  it("a prefix sharing the first MinHash of the previous one repeats half its chars", () => {
    const st = newDetectState();
    observeRequest(st, policy(11, 12, 1), T0);
    expect(st.repeatChars).toBe(0);
    observeRequest(st, policy(11, 99, 2), T0);
    expect(st.repeatChars).toBe(500);
    expect(st.prefixMins).toEqual([11, 12, 11, 99]);
  });
  it("a prefix sharing the second MinHash of the previous one repeats half its chars", () => {
    const st = newDetectState();
    observeRequest(st, policy(11, 12, 1), T0);
    observeRequest(st, policy(98, 12, 2), T0);
    expect(st.repeatChars).toBe(500);
  });
  it("a prefix sharing neither MinHash repeats nothing; both is all of it", () => {
    const st = newDetectState();
    observeRequest(st, policy(11, 12, 1), T0);
    observeRequest(st, policy(21, 22, 2), T0);
    expect(st.repeatChars).toBe(0);
    observeRequest(st, policy(11, 12, 3), T0);
    // all 1,000 chars, and the first sight of the policy (1,000 pending) with them
    expect(st.repeatChars).toBe(2000);
  });
});

describe("repeated prefixes: the first sight of a policy (prefixPending)", () => {
  const sampled = (chars: number, ph: number) => sig({ ss: 1000, bs: [5], bc: [chars], ph });
  it("a prefix repeated at exactly 80 % of its chars is the policy again: the first sight is read away too", () => {
    const st = newDetectState();
    observeRequest(st, sampled(800, 1), T0);
    expect(st.prefixPending).toBe(1000);
    observeRequest(st, sampled(800, 2), T0);
    expect(st.repeatChars).toBe(800 + 800);
    expect(st.prefixPending).toBe(0);
  });
  it("a prefix repeated under 80 % adds only what repeats, and nothing stays pending after it", () => {
    const st = newDetectState();
    observeRequest(st, sampled(100, 1), T0);
    expect(st.prefixPending).toBe(1000);
    observeRequest(st, sampled(100, 2), T0);
    expect(st.repeatChars).toBe(100);
    expect(st.prefixPending).toBe(0);
    // a new policy after something repeated is no first sight either
    observeRequest(st, sig({ ss: 500, bs: [6], bc: [500], ph: 3 }), T0);
    expect(st.prefixPending).toBe(0);
    expect(st.repeatChars).toBe(100);
  });
  it("the chars pending are the system prompt's, tools', prefill's and earlier inputs' (tools inside sc with a history)", () => {
    const st = newDetectState();
    observeRequest(st, sig({ ss: 300, tc: 200, pfc: 50, huc: 20, ph: 1 }), T0);
    expect(st.prefixPending).toBe(570);
    const st2 = newDetectState();
    // a history this key never had (no previous turn sent): self-contained; its tools are counted in sc
    observeRequest(st2, sig({ ut: 2, at: 1, hh: 0x55, hc: 900, sc: 400, tc: 200, pfc: 50, huc: 20, ph: 1 }), T0);
    expect(st2.singleTurn).toBe(1);
    expect(st2.prefixPending).toBe(470);
  });
});

describe("repeated histories: a template's history read away", () => {
  // a history in front of the ask with no previous input turn named: self-contained
  const templ = (hh: number, ph: number, hc = 600) => sig({ ut: 2, at: 1, hh, ph, hc });
  it("from the history's second sight (count 2) its chars repeat", () => {
    const st = newDetectState();
    observeRequest(st, templ(0x55, 1), T0);
    expect(st.repeatChars).toBe(0);
    observeRequest(st, templ(0x55, 2), T0);
    expect(st.repeatChars).toBe(600);
  });
  it("at a decayed count of exactly 1.5 it repeats", () => {
    const st = newDetectState();
    observeRequest(st, templ(0x55, 1), T0);
    observeRequest(st, templ(0x55, 2), T0 + DAY);
    expect(st.histories).toEqual([{ h: 0x55, c: 1.5 }]);
    expect(st.repeatChars).toBe(600);
  });
  it("the count read is the request's own history's: another history seen often does not make it repeat, one seen once beside it does not stop it", () => {
    const st = newDetectState();
    observeRequest(st, templ(0x66, 1), T0);
    observeRequest(st, templ(0x55, 2), T0);
    observeRequest(st, templ(0x55, 3), T0);
    expect(st.repeatChars).toBe(600);
    observeRequest(st, templ(0x77, 4), T0);
    expect(st.repeatChars).toBe(600);
  });
  it("a history without text (no hc: tool calls only) adds nothing, however often it is sent", () => {
    const st = newDetectState();
    for (let i = 1; i <= 3; i++) observeRequest(st, sig({ ut: 2, at: 1, hh: 0x55, ph: i }), T0);
    expect(st.singleTurn).toBe(3);
    expect(st.repeatChars).toBe(0);
  });
  it("a conversation's turn (its previous input sent through the key) does not read its history away", () => {
    const st = newDetectState();
    observeRequest(st, sig({ ph: 0xbeef }), T0);
    for (let i = 0; i < 2; i++) observeRequest(st, sig({ ut: 2, at: 1, pv: 0xbeef, hh: 0x55, hc: 600, ph: 10 + i }), T0);
    expect(st.histories).toEqual([{ h: 0x55, c: 2 }]);
    expect(st.singleTurn).toBe(1);
    expect(st.repeatChars).toBe(0);
  });
});

describe("a star off a stored anchor: an anchor continued again is a prefix", () => {
  /** A key (names its answers) with `settled` answers of 1,000 prompt tokens. */
  const settledKey = (settled: number): DetectState => {
    const st = newDetectState();
    for (let i = 0; i < settled; i++) observeUsage(st, { promptTokens: 1000, completionTokens: 10 }, T0);
    return st;
  };
  // an anchor this key did not create: self-contained from its first turn; hidden = 4 x 1000 - 200
  const star = (ca: number, ph: number) => sig({ cv: 1, ca, pl: 200, ph });
  it("its hidden context repeats from the anchor's decayed count of exactly 1.5", () => {
    const st = settledKey(6);
    observeRequest(st, star(9, 1), T0);
    expect(st.repeatChars).toBe(0);
    expect(st.historyChars).toBe(3800);
    observeRequest(st, star(9, 2), T0 + DAY);
    expect(st.anchors).toEqual([[9, 1.5]]);
    expect(st.repeatChars).toBe(3800);
  });
  it("the count read is the request's own anchor's", () => {
    const st = settledKey(3);
    observeRequest(st, star(8, 1), T0);
    observeRequest(st, star(9, 2), T0);
    observeRequest(st, star(9, 3), T0);
    expect(st.repeatChars).toBe(3800);
    observeRequest(st, star(7, 4), T0);
    expect(st.repeatChars).toBe(3800);
  });
});

describe("settlement of a piece of an answer fetched in pieces (settleChain)", () => {
  const H = 0x4242;
  /** A key awaiting a continuation of exchange H, answered so far in `entry`. */
  const awaiting = (entry: number[] | undefined): DetectState => {
    const st = newDetectState();
    st.chainNext = [H];
    if (entry) st.turnSizes = [entry];
    return st;
  };
  const piece = (completionTokens: number) => ({ promptTokens: 50, completionTokens, prevHash: H });
  const min = LONG_ANSWER.minTokens;
  it("a chain already long counts its piece's tokens as long, and no new long answer", () => {
    const st = awaiting([H, min]);
    observeUsage(st, piece(100), T0);
    expect(st.longAnswers).toBe(0);
    expect(st.longTokens).toBe(100);
    expect(st.completionTokens).toBe(100);
    expect(st.settled).toBe(0);
    expect(st.promptTokens).toBe(0);
    expect(st.chainNext).toEqual([]);
    expect(st.turnSizes).toEqual([[H, min + 100, 0, 100]]);
  });
  it("a chain reaching exactly LONG_ANSWER's length becomes one long answer of its whole length", () => {
    const st = awaiting([H, min - 100]);
    observeUsage(st, piece(100), T0);
    expect(st.longAnswers).toBe(1);
    expect(st.longTokens).toBe(min);
  });
  it("a chain that is a piece under a cap too goes on counting there", () => {
    const st = awaiting([H, 500, 0, 500, 700]);
    observeUsage(st, piece(100), T0);
    expect(st.turnSizes).toEqual([[H, 600, 0, 100, 800]]);
  });
  it("an exchange no longer remembered (pushed out of turnSizes) settles its piece from 0", () => {
    const st = awaiting(undefined);
    observeUsage(st, piece(100), T0);
    expect(st.completionTokens).toBe(100);
    expect(st.longAnswers).toBe(0);
    expect(st.turnSizes).toEqual([]);
  });
  it("a piece takes back none of the requests pending on the exchange, and leaves the exchange awaited under the cap", () => {
    const st = awaiting([H, 300, 2]);
    st.capNext = [H];
    observeUsage(st, piece(100), T0);
    expect(st.chainNext).toEqual([]);
    expect(st.capNext).toEqual([H]);
    expect(st.turnSizes).toEqual([[H, 400, 2, 100]]);
  });
  it("an estimate (the reservation kept) settles no piece: the continuation stays awaited, in either list", () => {
    const st = awaiting([H, 300]);
    st.capNext = [H];
    observeUsage(st, { ...piece(100), estimated: true }, T0);
    expect(st.chainNext).toEqual([H]);
    expect(st.capNext).toEqual([H]);
    expect(st.completionTokens).toBe(0);
    expect(st.turnSizes).toEqual([[H, 300]]);
  });
});

describe("old states: the settlement paths upgrade them before use", () => {
  /** A state stored before the long / trivial answer counts and the exchange lists existed. */
  const old = (): DetectState => {
    const st = newDetectState();
    observeRequest(st, sig(), T0);
    const o = st as unknown as Record<string, unknown>;
    for (const f of ["longAnswers", "trivialAnswers", "turnSizes", "answeredAt", "cheapTurns"]) delete o[f];
    // as decoded from storage: a new object (keepCurrent checks each state object once)
    return structuredClone(st);
  };
  it("observeUsage", () => {
    const st = old();
    observeUsage(st, { promptTokens: 50, completionTokens: 800, inputHash: 5 }, T0 + 1000);
    expect(st.longAnswers).toBe(1);
    expect(st.trivialAnswers).toBe(0);
    expect(st.turnSizes).toEqual([[5, 800]]);
    expect(st.answeredAt).toHaveLength(1);
  });
  it("observeFetchedAnswer (a batch's results)", () => {
    const st = old();
    observeFetchedAnswer(st, { id: 77, promptTokens: 100, completionTokens: 1000, count: 2, long: 1, longTokens: 800, trivial: 1, trivialPromptTokens: 40 }, T0 + 1000);
    expect(st.settled).toBe(2);
    expect(st.longAnswers).toBe(1);
    expect(st.longTokens).toBe(800);
    expect(st.trivialAnswers).toBe(1);
    expect(st.trivialPromptTokens).toBe(40);
  });
});

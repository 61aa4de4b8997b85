/**
 * A big output budget is evidence only as far as the key's answers take it (state.ts
 * `budgetTaken`): a translation service that sets `max_tokens` 4096 as headroom and gets answers
 * the size of its payloads was challenged on every suite that has one (issue 7's honest list);
 * a key whose answers outgrow its prompts keeps the budget as evidence.
 */
import { describe, expect, it } from "vitest";
import type { RequestSignals } from "../../src/detect/signals.ts";
import { laterRefused, newDetectState, observeRequest } from "../../src/detect/state.ts";
import { budgetTaken, budgetUsed, ownRatio } from "../../src/detect/budget.ts";
import { observeFetchedAnswer, observeUsage } from "../../src/detect/answers.ts";
import { buildPromptView, extractSignals } from "../../src/detect/index.ts";
import { planBatch } from "../../src/proxy/batch.ts";
import { BatchResults, withExchange } from "../../src/proxy/usage.ts";
import { BUDGET_USED } from "../../src/detect/link.ts";
import { assess } from "../../src/detect/score.ts";
import { DEFAULT_DETECTION_CONFIG } from "../../src/detect/config.ts";
import { DAY, T0, World, itLong } from "./helpers.ts";

const sig = (over: Partial<RequestSignals> = {}): RequestSignals => ({
  v: 1, route: "chat", rs: 0, gm: 0, fm: 0, dd: 0, ws: "", sh: 0, gs: 0, wm: 0, wm2: 0, wp: 0, wx: 0,
  ph: 0x1234, tp: -1, lg: 0, ut: 1, at: 0, hh: 0, pl: 1000, ps: 0, psm: 0, hp: 0, pf: 0, mt: 0, n24: 0, asn: 0,
  ...over,
});

/** A state with `n` settled answers of `completion` tokens to prompts of `prompt` tokens, all of
 *  them the request's own text (no system prompt, no history). */
function answered(n: number, prompt: number, completion: number) {
  const st = newDetectState();
  for (let i = 0; i < n; i++) {
    observeRequest(st, sig({ ph: i + 1 }), T0 + i * 1000);
    observeUsage(st, { promptTokens: prompt, completionTokens: completion }, T0 + i * 1000 + 500);
  }
  return st;
}

describe("budgetTaken", () => {
  it("counts a budget in full before the key has 3 answers", () => {
    expect(budgetTaken(answered(0, 100, 100))).toBe(1);
    expect(budgetTaken(answered(2, 100, 100))).toBe(1);
    expect(ownRatio(answered(2, 100, 100))).toBe(0);
  });
  it("is 0 for answers up to 2x the key's own payload, 1 from 4x, linear between", () => {
    expect(budgetTaken(answered(5, 400, 480))).toBe(0);
    expect(budgetTaken(answered(5, 400, 800))).toBe(0);
    expect(budgetTaken(answered(5, 400, 1200))).toBeCloseTo(0.5, 9);
    expect(budgetTaken(answered(5, 400, 1600))).toBe(1);
    expect(budgetTaken(answered(5, 100, 900))).toBe(1);
  });
  it("reads the ratio over what the requests bring: history and system prompt read back do not hide long answers", () => {
    const st = newDetectState();
    for (let i = 0; i < 4; i++) {
      // 2,000 chars of which 1,000 are history and 500 the system prompt: a quarter is the request's own
      observeRequest(st, sig({ ph: i + 1, pl: 2000, hc: 1000, sc: 500 }), T0 + i * 1000);
      observeUsage(st, { promptTokens: 500, completionTokens: 600 }, T0 + i * 1000 + 500);
    }
    expect(ownRatio(st)).toBeCloseTo(600 / (500 * 0.25), 9);
    expect(budgetTaken(st)).toBe(1);
  });
});

describe("a fat system prompt", () => {
  it("is no payload: long answers to short asks behind a 3,000-char cached prefix keep their budget as evidence", () => {
    const st = newDetectState();
    for (let i = 0; i < 4; i++) {
      // 3,100 chars billed (~775 tokens), of which 3,000 are the system prompt; 600-token answers
      observeRequest(st, sig({ ph: i + 1, pl: 3100, ss: 3000 }), T0 + i * 1000);
      observeUsage(st, { promptTokens: 775, completionTokens: 600 }, T0 + i * 1000 + 500);
    }
    expect(st.singleSystemChars).toBeCloseTo(12_000, -1);
    // billed, the answers are under the prompt; over what the asks bring, 24x
    expect(ownRatio(st)).toBeCloseTo(600 / 775, 9);
    expect(budgetTaken(st)).toBe(1);
  });
  it("of a translation service's size leaves its answers about as long as what it sends", () => {
    const st = newDetectState();
    for (let i = 0; i < 4; i++) {
      observeRequest(st, sig({ ph: i + 1, pl: 2300, ss: 300 }), T0 + i * 1000);
      observeUsage(st, { promptTokens: 575, completionTokens: 600 }, T0 + i * 1000 + 500);
    }
    expect(budgetTaken(st)).toBe(0);
  });
});

describe("a single-turn request's budget part of its parameter score", () => {
  it("adds only the conversation part (psm) for a key whose answers are its payload's size", () => {
    const st = answered(5, 400, 480);
    const before = st.paramScoreSum;
    observeRequest(st, sig({ ph: 99, ps: 0.7, psm: 0.1 }), T0 + 10_000);
    expect(st.paramScoreSum - before).toBeCloseTo(0.1, 9);
  });
  it("adds the whole score for a key whose answers outgrow its prompts, and for a new key", () => {
    const st = answered(5, 100, 900);
    const before = st.paramScoreSum;
    observeRequest(st, sig({ ph: 99, ps: 0.7, psm: 0.1 }), T0 + 10_000);
    expect(st.paramScoreSum - before).toBeCloseTo(0.7, 9);
    const fresh = newDetectState();
    observeRequest(fresh, sig({ ps: 0.7, psm: 0.1 }), T0);
    expect(fresh.paramScoreSum).toBeCloseTo(0.7, 9);
  });
  it("a budget-only request of a headroom key is no harvest-shaped request, at machine pace", () => {
    const head = answered(5, 400, 480);
    const amp = answered(5, 100, 900);
    for (let i = 0; i < 40; i++) {
      for (const st of [head, amp]) observeRequest(st, sig({ ph: 1000 + i, ps: 0.6, psm: 0, tp: i % 12 }), T0 + 10_000 + i * 1000);
    }
    expect(head.budgetOnlyHarvest).toBe(0);
    expect(amp.budgetOnlyHarvest).toBeGreaterThan(20);
  });
});

describe("end to end: one wrapper, max_tokens 4096, machine pace, many topics", () => {
  const SYS = "You are the translation engine of Acme Docs. Translate the user's text into the target language on its first line. Output only the translation.";
  const TOPICS = [
    "The invoice is due within thirty days of the delivery date.", "Preheat the oven and grease a baking tray with butter.",
    "The patient should fast for eight hours before the scan.", "Our firewall rules block inbound traffic on port 23.",
    "The striker scored twice in the second half of the match.", "Photosynthesis converts light into chemical energy.",
    "The tenant must give two months' notice before moving out.", "Vote counting continues in the northern districts.",
    "The hiking trail closes at dusk during the winter months.", "Interest rates were left unchanged this quarter.",
    "The violin concerto premiered in Vienna in 1806.", "Water the seedlings every morning until they sprout.",
  ];
  const LANGS = ["German", "French", "Spanish", "Japanese", "Polish", "Turkish"];
  function run(completionPerPromptToken: number) {
    const w = new World(DEFAULT_DETECTION_CONFIG);
    let last = { standing: "allow", score: 0, reasons: [] as string[] };
    for (let i = 0; i < 400; i++) {
      const text = Array.from({ length: 4 + (i % 9) }, (_, j) => TOPICS[(i * 7 + j * 5) % TOPICS.length]).join(" ") + ` (${i})`;
      const prompt = Math.round((SYS.length + text.length) / 4);
      const completion = Math.round((text.length / 4) * completionPerPromptToken);
      last = w.send("k", T0 + Math.floor(i / 60) * (DAY / 8) + (i % 60) * 2000, {
        system: SYS, user: `Target language: ${LANGS[i % LANGS.length]}\n\n${text}`,
        params: { max_tokens: 4096, temperature: 0.2 }, usage: { prompt, completion },
      });
    }
    return { last, st: w.state("k"), w };
  }
  itLong("answers the size of the payload: the budget is no evidence, and the key is not refused", () => {
    const { last, st, w } = run(1.2);
    expect(ownRatio(st)).toBeLessThan(2);
    expect(last.reasons.some((r) => r.includes("[params") || r.includes("[harvest-subset"))).toBe(false);
    expect(["allow", "throttle", "degrade"]).toContain(assess(st, T0 + 3 * DAY, w.cfg).standing);
  });
  itLong("answers ten times the payload with the same requests: the budget stays evidence", () => {
    const { last, st } = run(10);
    expect(ownRatio(st)).toBeGreaterThan(4);
    expect(last.reasons.some((r) => r.includes("[params"))).toBe(true);
  });
});

/**
 * A foreground budget counts as far as the key's answers used it too (budget.ts budgetUsed): the
 * share of their tokens beyond 512 an answer, in full at a fifth. Red team R60-3: a study app with
 * `max_tokens` 4,096 as headroom, 10-30-token questions and answers of a few hundred tokens takes
 * 15x what its questions bring (budgetTaken 1), and was degraded on 92 % of its requests.
 */
describe("budgetUsed", () => {
  it("is 1 before 3 answers, 0 for answers within 512 tokens, and the share beyond, in full at a fifth", () => {
    expect(budgetUsed(answered(2, 20, 330))).toBe(1);
    expect(budgetUsed(answered(5, 20, 330))).toBe(0);
    expect(budgetUsed(answered(5, 20, BUDGET_USED.tokens))).toBe(0);
    expect(budgetUsed(answered(5, 20, 576))).toBeCloseTo(64 / 576 / BUDGET_USED.fullShare, 9);
    expect(budgetUsed(answered(5, 20, 640))).toBeCloseTo(1, 9);
    expect(budgetUsed(answered(5, 20, 1024))).toBe(1);
  });
  it("a headroom budget on short questions adds nothing, though the answers are 16x the questions", () => {
    const qa = answered(6, 20, 330);
    expect(budgetTaken(qa)).toBe(1);
    const before = qa.paramScoreSum;
    observeRequest(qa, sig({ ph: 99, ps: 0.6, psm: 0 }), T0 + 10_000);
    expect(qa.paramScoreSum - before).toBe(0);
  });
  it("the same requests with long answers, or a few very long ones among short, keep the budget as evidence", () => {
    const long = answered(6, 20, 1100);
    const before = long.paramScoreSum;
    observeRequest(long, sig({ ph: 99, ps: 0.6, psm: 0 }), T0 + 10_000);
    expect(long.paramScoreSum - before).toBeCloseTo(0.6, 9);
    // 9 answers of 330 and one of 2,000: 1,488 of 4,970 tokens beyond 512, 30 %
    const mixed = answered(9, 20, 330);
    observeRequest(mixed, sig({ ph: 50 }), T0 + 9_000);
    observeUsage(mixed, { promptTokens: 20, completionTokens: 2000 }, T0 + 9_500);
    expect(budgetUsed(mixed)).toBe(1);
  });
  it("a later request's budget is not judged by the foreground's answers: cheap turns beside a batch vouch for nothing (R54-1)", () => {
    const st = answered(6, 20, 330);
    const before = st.paramScoreSum;
    observeRequest(st, sig({ ph: 99, ps: 0.6, psm: 0, lt: 1 }), T0 + 10_000);
    expect(st.paramScoreSum - before).toBeCloseTo(0.6, 9);
  });
  it("a batch's results count their tokens beyond 512 an answer; results summed by an older isolate, their long answers' share", () => {
    const r = new BatchResults();
    r.add({ promptTokens: 20, completionTokens: 300 });
    r.add({ promptTokens: 20, completionTokens: 600 });
    r.add({ promptTokens: 20, completionTokens: 1000 });
    const a = r.end()!;
    expect(a).toMatchObject({ count: 3, completionTokens: 1900, long: 1, longTokens: 1000, beyondTokens: 88 + 488 });
    const st = newDetectState();
    observeFetchedAnswer(st, { ...a, id: 5 }, T0);
    expect(st.beyondTokens).toBeCloseTo(576, 6);
    const { beyondTokens: _, ...older } = a;
    const st2 = newDetectState();
    observeFetchedAnswer(st2, { ...older, id: 6 }, T0);
    expect(st2.beyondTokens).toBeCloseTo(1000 - 512, 6);
  });
});

describe("budgetUsed while the key is degraded", () => {
  it("answers served degraded (capped by the guard) count neither way: a harvest's budget is not read as headroom", () => {
    const st = answered(5, 20, 1100);
    expect(budgetUsed(st)).toBe(1);
    st.standing = "degrade";
    for (let i = 0; i < 40; i++) observeUsage(st, { promptTokens: 20, completionTokens: BUDGET_USED.tokens }, T0 + 20_000 + i);
    expect(st.cappedAnswers).toBeCloseTo(40, 1);
    expect(budgetUsed(st)).toBe(1);
    // the same answers served in full say the budget went unused
    st.standing = "allow";
    for (let i = 0; i < 40; i++) observeUsage(st, { promptTokens: 20, completionTokens: BUDGET_USED.tokens }, T0 + 30_000 + i);
    expect(budgetUsed(st)).toBeLessThan(1);
  });
  it("a key degraded before 3 of its answers were served in full keeps its budget in full", () => {
    const st = answered(2, 20, 300);
    st.standing = "degrade";
    for (let i = 0; i < 10; i++) observeUsage(st, { promptTokens: 20, completionTokens: 300 }, T0 + 20_000 + i);
    expect(budgetUsed(st)).toBe(1);
  });
});

describe("end to end: a Q&A product at volume with a headroom max_tokens (red team R60-3)", () => {
  const SYS = "You are StudyMate, a friendly study helper for secondary school students. Answer clearly and kindly.";
  const QUESTIONS = [
    "what is a prime number", "why is the sky blue", "how do plants drink water", "what caused the first world war",
    "how do I find the area of a circle", "what is the difference between weather and climate", "how does a vaccine work",
    "what is a metaphor", "why do we have seasons", "how do I balance a chemical equation", "what is inflation",
    "who wrote hamlet", "what is an ecosystem", "how does electricity flow in a circuit", "what is the pythagorean theorem",
  ];
  function run(answerTokens: (i: number) => number) {
    const w = new World(DEFAULT_DETECTION_CONFIG);
    let last = { standing: "allow", score: 0, reasons: [] as string[] };
    // 700 requests a day for two days, one every ~2 minutes, with a few follow-ups' pace
    for (let i = 0; i < 1400; i++) {
      const q = `${QUESTIONS[(i * 7) % QUESTIONS.length]} ${["?", " please", " in simple words?", " with an example"][i % 4]} (${i})`;
      last = w.send("k", T0 + i * 123_000 + (i % 5) * 9_000, {
        system: SYS, user: q, params: { max_tokens: 4096, temperature: 0.7 }, usage: { prompt: 30, completion: answerTokens(i) },
      });
    }
    return { last, st: w.state("k") };
  }
  itLong("answers of 200-600 tokens: the budget is no evidence and the key is served in full", () => {
    const { last, st } = run((i) => 200 + ((i * 37) % 400));
    expect(ownRatio(st)).toBeGreaterThan(4);
    expect(last.reasons.some((r) => r.includes("[params"))).toBe(false);
    expect(last.standing).toBe("allow");
  });
  itLong("the same asks with answers of 1,000-1,600 tokens: the budget stays evidence", () => {
    const { last } = run((i) => 1000 + ((i * 37) % 600));
    expect(last.reasons.some((r) => r.includes("[params"))).toBe(true);
  });
});

describe("a request with tools", () => {
  it("keeps its whole budget score: tool definitions are billed as prompt but not read as text, so the ratio cannot judge it", () => {
    const st = answered(5, 400, 480);
    const before = st.paramScoreSum;
    observeRequest(st, sig({ ph: 99, ps: 0.7, psm: 0.1, tl: 0xabc }), T0 + 10_000);
    expect(st.paramScoreSum - before).toBeCloseTo(0.7, 9);
  });
});

/**
 * Answers asked for and not read yet (red team R54-1, R54-5): background Responses jobs and message
 * batches whose answers a harvest fetched only after it ended, with a cheap foreground turn beside
 * every few, were never degraded: each job was judged on the answers read by then, the cheap turns'.
 */
describe("answers that come later", () => {
  it("a background Responses request and a batch's items are marked; a foreground one is not", () => {
    const view = (background?: boolean) => buildPromptView("responses", { model: "o3", input: "Prove it.", max_output_tokens: 4000, ...(background === undefined ? {} : { background }) });
    expect(view(true).later).toBe(true);
    expect(view(false).later).toBeUndefined();
    expect(view().later).toBeUndefined();
    expect(buildPromptView("chat", { model: "m", background: true, messages: [{ role: "user", content: "x" }] }).later).toBeUndefined();
    expect(extractSignals(view(true), {}).lt).toBe(1);
    expect(extractSignals(view(false), {}).lt).toBeUndefined();
    const plan = planBatch([{ kind: "messages", where: "requests[0]", body: { model: "claude", max_tokens: 4000, messages: [{ role: "user", content: "Explain it." }] } }], { defaultMaxOutput: 4096 }, { maxOutputTokens: 512, maxThinkingTokens: 1024 }, { ip: "203.0.113.9" });
    expect(plan.signals.map((s) => s.lt)).toEqual([1]);
  });
  it("they count until read, one per fetched answer or item, never below 0", () => {
    const st = newDetectState();
    for (let i = 0; i < 5; i++) observeRequest(st, sig({ ph: i + 1, lt: 1 }), T0);
    observeRequest(st, sig({ ph: 9 }), T0);
    expect(st.laterAnswers).toBe(5);
    observeFetchedAnswer(st, { id: 1, promptTokens: 10, completionTokens: 3000 }, T0);
    expect(st.laterAnswers).toBe(4);
    observeFetchedAnswer(st, { id: 1, promptTokens: 10, completionTokens: 3000 }, T0); // the same answer again: read once
    expect(st.laterAnswers).toBe(4);
    observeFetchedAnswer(st, { id: 2, promptTokens: 30, completionTokens: 9000, count: 3 }, T0);
    expect(st.laterAnswers).toBe(1);
    observeFetchedAnswer(st, { id: 3, promptTokens: 30, completionTokens: 9000, count: 3 }, T0);
    expect(st.laterAnswers).toBe(0);
  });
  it("a later request's budget counts in full while later answers not read outnumber the key's answers; the foreground's never", () => {
    // 5 cheap foreground answers (the size of their payloads: a foreground budget is headroom, 0)
    const st = answered(5, 400, 400);
    const at = T0 + 4500;
    expect(budgetTaken(st)).toBe(0);
    // 8 jobs whose answers come later outnumber them: those answers are not the jobs' (red team
    // R54-1: a cheap foreground turn beside every few harvest jobs, read after the harvest)
    for (let i = 0; i < 8; i++) observeRequest(st, sig({ ph: 100 + i, lt: 1 }), at);
    expect(budgetTaken(st, true)).toBe(1);
    // the foreground's own budget is not judged by answers it is not waiting for (red team R56-3:
    // a nightly batch fetched in the morning degraded the same key's assistant all night)
    expect(budgetTaken(st)).toBe(0);
    // two later answers read, of their payloads' size: 6 waited for, 7 read in all: by all of them
    observeFetchedAnswer(st, { id: 1, promptTokens: 800, completionTokens: 800, count: 2 }, at);
    expect([st.laterRead, st.laterAnswers, budgetTaken(st, true)]).toEqual([2, 6, 0]);
    // a third: by the later answers alone (5 waited for, under 4x the 3 read), headroom
    observeFetchedAnswer(st, { id: 2, promptTokens: 400, completionTokens: 400 }, at);
    expect([st.laterRead, st.laterAnswers, budgetTaken(st, true)]).toEqual([3, 5, 0]);
    // later answers 40x their prompts now judge the later requests in full (and, as answers of
    // the key's, its foreground's too)
    observeFetchedAnswer(st, { id: 3, promptTokens: 1000, completionTokens: 40_000, count: 3 }, at);
    expect(budgetTaken(st, true)).toBe(1);
  });
  it("then by the later answers read: their own ratio, in full while those not read outnumber 4x them", () => {
    const st = newDetectState();
    // a night's batch of 6 translations, read in the morning at their payloads' size
    for (let i = 0; i < 6; i++) observeRequest(st, sig({ ph: 10 + i, lt: 1 }), T0);
    observeFetchedAnswer(st, { id: 1, promptTokens: 6000, completionTokens: 6300, count: 6 }, T0);
    expect(budgetTaken(st, true)).toBe(0);
    // the next night's batches: 24 items pending is 4x the 6 read (a night a little bigger than
    // the last, which has decayed by then), not more
    for (let i = 0; i < 24; i++) observeRequest(st, sig({ ph: 100 + i, lt: 1 }), T0);
    expect([st.laterAnswers, budgetTaken(st, true)]).toEqual([24, 0]);
    // a 25th is more: answers read late say nothing of those not read (red team R54-1)
    observeRequest(st, sig({ ph: 200, lt: 1 }), T0);
    expect(budgetTaken(st, true)).toBe(1);
    // later answers 3x and 4x their prompts: half taken, then in full (as the foreground's ratio reads)
    const r3 = newDetectState();
    observeFetchedAnswer(r3, { id: 1, promptTokens: 1000, completionTokens: 3000, count: 3 }, T0);
    expect(budgetTaken(r3, true)).toBeCloseTo(0.5, 9);
    const r4 = newDetectState();
    observeFetchedAnswer(r4, { id: 1, promptTokens: 1000, completionTokens: 4000, count: 3 }, T0);
    expect(budgetTaken(r4, true)).toBe(1);
    // and the foreground's budgets are not judged by them (R56-3's variant: a batch writing 4x its
    // supplier data beside a report assistant)
    for (let i = 0; i < 3; i++) {
      observeRequest(r4, sig({ ph: 50 + i }), T0);
      observeUsage(r4, { promptTokens: 900, completionTokens: 900 }, T0);
    }
    expect(budgetTaken(r4, true)).toBe(1);
  });
  it("a background job whose answer came whole on its own request (a stream read to its end) is a later answer read", () => {
    const st = newDetectState();
    observeRequest(st, sig({ ph: 1, lt: 1 }), T0);
    observeUsage(st, { promptTokens: 700, completionTokens: 750, later: true }, T0 + 1000);
    expect([st.laterAnswers, st.laterRead, st.laterPromptTokens, st.laterCompletionTokens]).toEqual([0, 1, 700, 750]);
    // a reservation kept (its answer not seen), a stream cut before its usage (read later by a
    // retrieval, which counts it then) and a fetched answer's own usage are not
    for (const u of [{ estimated: true as const }, { seen: 90 }]) {
      observeRequest(st, sig({ ph: 2, lt: 1 }), T0 + 1000);
      observeUsage(st, { promptTokens: 700, completionTokens: 750, later: true, ...u }, T0 + 1000);
    }
    observeUsage(st, { promptTokens: 700, completionTokens: 750, later: true }, T0 + 1000, true);
    expect([st.laterAnswers, st.laterRead]).toEqual([2, 1]);
  });
  it("withExchange marks a later request's settlement when its own answer came with it", () => {
    const s = sig({ ph: 1, lt: 1 });
    expect(withExchange({ promptTokens: 1, completionTokens: 2 }, s, "resp_1").later).toBe(true);
    expect(withExchange({ promptTokens: 1, completionTokens: 2, estimated: true }, s, "resp_1").later).toBeUndefined();
    expect(withExchange({ promptTokens: 1, completionTokens: 2, seen: 1 }, s, "resp_1").later).toBeUndefined();
    expect(withExchange({ promptTokens: 1, completionTokens: 2 }, sig({ ph: 1 }), "resp_1").later).toBeUndefined();
  });
});

/**
 * Budgets held in full for want of later answers read are taken back when those answers come and
 * show the budget was headroom (red team R56-1: a translation desk's first nightly batch kept its
 * key degraded for two more nights; an archive's stayed degraded for good, its baseline inside the
 * hysteresis margin).
 */
describe("later budgets taken back", () => {
  const batch = (st: ReturnType<typeof newDetectState>, n: number, at: number, from = 0) => {
    for (let i = 0; i < n; i++) observeRequest(st, sig({ ph: 1000 + from + i, lt: 1, ps: 0.6, psm: 0 }), at);
  };
  it("answers the size of their prompts take back the held budget, its harvest count and the peak, in the share read", () => {
    const st = newDetectState();
    batch(st, 10, T0);
    expect(st.laterHeld).toBe(10);
    expect(st.laterHeldParams).toBeCloseTo(6, 9);
    expect(st.paramScoreSum).toBeCloseTo(6, 9);
    const harvest = st.budgetOnlyHarvest;
    expect(st.laterHeldHarvest).toBeCloseTo(harvest, 9);
    st.peakScore = 0.8;
    // 5 of the 10 read, at their prompts' size: half of it back
    observeFetchedAnswer(st, { id: 1, promptTokens: 5000, completionTokens: 5200, count: 5 }, T0);
    expect(st.paramScoreSum).toBeCloseTo(3, 9);
    expect(st.budgetOnlyHarvest).toBeCloseTo(harvest / 2, 9);
    expect(st.peakScore).toBeCloseTo(0.4, 9);
    expect(st.laterHeld).toBeCloseTo(5, 9);
    expect(st.takenBack).toBe(true);
    // the other 5 at 4x their prompts: the budget was taken, nothing back
    observeFetchedAnswer(st, { id: 2, promptTokens: 1000, completionTokens: 4000, count: 5 }, T0);
    expect(st.paramScoreSum).toBeCloseTo(3, 9);
    expect(st.laterHeld).toBeCloseTo(0, 9);
  });
  it("a harvest's answers, long for their prompts, take nothing back", () => {
    const st = newDetectState();
    batch(st, 10, T0);
    st.peakScore = 0.8;
    observeFetchedAnswer(st, { id: 1, promptTokens: 800, completionTokens: 30_000, count: 10 }, T0);
    expect(st.paramScoreSum).toBeCloseTo(6, 9);
    expect(st.peakScore).toBe(0.8);
    expect(st.takenBack).toBe(false);
  });
  it("a budget judged by later answers already read is not held; a foreground one never", () => {
    const st = newDetectState();
    batch(st, 3, T0);
    observeFetchedAnswer(st, { id: 1, promptTokens: 3000, completionTokens: 3000, count: 3 }, T0);
    batch(st, 4, T0, 10);
    expect(st.laterHeld).toBeCloseTo(0, 9);
    observeRequest(st, sig({ ph: 77, ps: 0.6, psm: 0 }), T0);
    expect(st.laterHeld).toBeCloseTo(0, 9);
  });
  it("a refused request's later answers are no longer waited for", () => {
    const st = newDetectState();
    batch(st, 6, T0);
    laterRefused(st, [sig({ ph: 1, lt: 1 }), sig({ ph: 2 }), sig({ ph: 3, lt: 1, np: 3 })]);
    expect(st.laterAnswers).toBe(2);
    laterRefused(st, [sig({ ph: 4, lt: 1, np: 9 })]);
    expect(st.laterAnswers).toBe(0);
  });
  it("once evidence was taken back, a standing steps down at its cut-off, not below the hysteresis margin", () => {
    const st = newDetectState();
    for (let i = 0; i < 6; i++) observeRequest(st, sig({ ph: 500 + i, ps: 0.3, psm: 0.3 }), T0 + i * 60_000);
    const at = T0 + 10 * 60_000;
    const s0 = assess(st, at, DEFAULT_DETECTION_CONFIG).score;
    // cut-offs just above the key's score: inside the margin
    const cfg = { ...DEFAULT_DETECTION_CONFIG, jitter: 0, throttleAt: s0 + 0.1, degradeAt: s0 + 0.1, challengeAt: s0 + 0.2, blockAt: 0.99 };
    const degraded = () => {
      const x = structuredClone(st);
      x.standing = "degrade";
      x.standingMs = at - 3 * 3_600_000;
      x.peakScore = 0;
      return x;
    };
    const held = degraded();
    expect(assess(held, at, cfg).standing).toBe("degrade");
    const back = degraded();
    back.takenBack = true;
    expect(assess(back, at, cfg).standing).toBe("allow");
    // rising again ends it
    const up = degraded();
    up.takenBack = true;
    up.standing = "allow";
    assess(up, at, { ...cfg, throttleAt: s0 - 0.01, degradeAt: s0 - 0.01 });
    expect([up.standing, up.takenBack]).toEqual(["degrade", false]);
  });
});

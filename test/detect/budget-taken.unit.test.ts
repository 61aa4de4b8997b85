/**
 * A big output budget is evidence only as far as the key's answers take it (state.ts
 * `budgetTaken`): a translation service that sets `max_tokens` 4096 as headroom and gets answers
 * the size of its payloads was challenged on every suite that has one (issue 7's honest list);
 * a key whose answers outgrow its prompts keeps the budget as evidence.
 */
import { describe, expect, it } from "vitest";
import type { RequestSignals } from "../../src/detect/signals.ts";
import { budgetTaken, newDetectState, observeFetchedAnswer, observeRequest, observeUsage, ownRatio } from "../../src/detect/state.ts";
import { buildPromptView, extractSignals } from "../../src/detect/index.ts";
import { planBatch } from "../../src/proxy/batch.ts";
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
  it("while they outnumber the answers read, a budget counts in full whatever those answers take", () => {
    // 5 cheap answers read (the size of their payloads: the budget is headroom, 0; decayed over
    // the 4.5 s they took, 4.99 answers) ...
    const st = answered(5, 400, 400);
    const at = T0 + 4500;
    expect(budgetTaken(st)).toBe(0);
    // ... and 4 jobs whose answers are not read yet: fewer, still 0
    for (let i = 0; i < 4; i++) observeRequest(st, sig({ ph: 100 + i, lt: 1 }), at);
    expect(st.settled).toBeGreaterThan(4.99);
    expect(budgetTaken(st)).toBe(0);
    // a fifth: more than the answers read, which are not the key's answers
    observeRequest(st, sig({ ph: 200, lt: 1 }), at);
    expect(st.laterAnswers).toBe(5);
    expect(budgetTaken(st)).toBe(1);
    // as many as the answers read is not more (no decay: one instant)
    const same = newDetectState();
    for (let i = 0; i < 3; i++) {
      observeRequest(same, sig({ ph: i + 1 }), T0);
      observeUsage(same, { promptTokens: 400, completionTokens: 400 }, T0);
      observeRequest(same, sig({ ph: 50 + i, lt: 1 }), T0);
    }
    expect([same.settled, same.laterAnswers, budgetTaken(same)]).toEqual([3, 3, 0]);
  });
});

/**
 * Red team R58-3: an OpenAI reasoning model's hidden reasoning is billed as completion tokens and
 * never returned, and its output cap bounds reasoning and answer together. Detection reads the
 * answer returned (Usage.reasoning read apart: the origin's usage, batch results, replay traces),
 * and a big output cap on a request that asks for reasoning (OpenAI tells developers to leave
 * 25,000 tokens for it) is an ask for a long answer only as far as the key's answers came long.
 */
import { describe, expect, it } from "vitest";
import { LONG_ANSWER } from "../../src/detect/link.ts";
import { extractSignals } from "../../src/detect/signals.ts";
import { newDetectState, observeRequest } from "../../src/detect/state.ts";
import { reasonedBudgetTaken, reasonsHidden } from "../../src/detect/budget.ts";
import { observeFetchedAnswer, observeUsage } from "../../src/detect/answers.ts";
import { buildPromptView } from "../../src/detect/view.ts";
import { Replayer, checkTraceEvent } from "../../src/engine/replayer.ts";
import { BatchResults, readUsage, withExchange } from "../../src/proxy/usage.ts";

describe("readUsage reads hidden reasoning apart", () => {
  it("chat completions' completion_tokens_details and the Responses API's output_tokens_details", () => {
    expect(readUsage({ prompt_tokens: 40, completion_tokens: 3040, completion_tokens_details: { reasoning_tokens: 3000 } })).toEqual({ promptTokens: 40, completionTokens: 3040, reasoning: 3000 });
    expect(readUsage({ input_tokens: 40, output_tokens: 3040, output_tokens_details: { reasoning_tokens: 3000 } })).toEqual({ promptTokens: 40, completionTokens: 3040, reasoning: 3000 });
  });
  it("none reported, 0, or not a count: no reasoning; never more than the completion", () => {
    expect(readUsage({ prompt_tokens: 4, completion_tokens: 9, completion_tokens_details: { reasoning_tokens: 0 } })).toEqual({ promptTokens: 4, completionTokens: 9 });
    expect(readUsage({ prompt_tokens: 4, completion_tokens: 9, completion_tokens_details: null })).toEqual({ promptTokens: 4, completionTokens: 9 });
    expect(readUsage({ prompt_tokens: 4, completion_tokens: 9, completion_tokens_details: { reasoning_tokens: "7" } })).toEqual({ promptTokens: 4, completionTokens: 9 });
    expect(readUsage({ prompt_tokens: 4, completion_tokens: 9, completion_tokens_details: { reasoning_tokens: 50 } })).toEqual({ promptTokens: 4, completionTokens: 9, reasoning: 9 });
  });
});

describe("detection reads the answer returned", () => {
  it("an answer of 3,040 tokens of which 3,000 reasoning is one short answer", () => {
    const st = newDetectState();
    observeUsage(st, { promptTokens: 60, completionTokens: 3040, reasoning: 3000 }, 1_000);
    expect(st.completionTokens).toBeCloseTo(40, 6);
    expect(st.longAnswers).toBe(0);
    const whole = newDetectState();
    observeUsage(whole, { promptTokens: 60, completionTokens: 3040 }, 1_000);
    expect(whole.completionTokens).toBeCloseTo(3040, 6);
    expect(whole.longAnswers).toBe(1);
  });
  it("a stream cut before its usage is read as what it streamed, reasoning or not", () => {
    const st = newDetectState();
    observeUsage(st, { promptTokens: 60, completionTokens: 16000, seen: 120, reasoning: 5000 }, 1_000);
    expect(st.completionTokens).toBeCloseTo(120, 6);
  });
  it("a retrieved background response, and a later answer read, without their reasoning", () => {
    const st = newDetectState();
    observeFetchedAnswer(st, { promptTokens: 60, completionTokens: 3040, reasoning: 3000, id: 7 }, 1_000);
    expect(st.completionTokens).toBeCloseTo(40, 6);
    expect(st.laterCompletionTokens).toBeCloseTo(40, 6);
  });
  it("a batch's results: long and trivial answers are counted on what was returned", () => {
    const r = new BatchResults();
    // 2,000 of reasoning beside a 20-token label: trivial, not long
    r.add({ promptTokens: 100, completionTokens: 2020, reasoning: 2000 });
    // a real long answer beside its reasoning: long, its returned tokens
    r.add({ promptTokens: 50, completionTokens: 1000 + LONG_ANSWER.minTokens, reasoning: 1000 });
    const a = r.end()!;
    expect(a).toMatchObject({ count: 2, completionTokens: 3020 + LONG_ANSWER.minTokens, reasoning: 3000, long: 1, longTokens: LONG_ANSWER.minTokens, trivial: 1, trivialPromptTokens: 100 });
    const st = newDetectState();
    observeFetchedAnswer(st, { ...a, id: 9 }, 1_000);
    expect(st.completionTokens).toBeCloseTo(20 + LONG_ANSWER.minTokens, 6);
    expect(st.longAnswers).toBeCloseTo(1, 6);
  });
});

describe("an OpenAI reasoning request's output cap is judged by the answers (reasonedBudgetTaken)", () => {
  const body = (extra: Record<string, unknown>) => ({ model: "o4-mini", messages: [{ role: "user", content: "Why is the sky blue? Explain it for a curious ten-year-old." }], max_completion_tokens: 16000, ...extra });
  const params = (extra: Record<string, unknown>) => buildPromptView("chat", body(extra)).params;
  it("reasoning asked by parameter, in either API's shape, unless its effort is none", () => {
    expect(params({ reasoning_effort: "low" }).reasonsUnseen).toBe(true);
    expect(params({ reasoning: { effort: "medium" } }).reasonsUnseen).toBe(true);
    expect(params({ reasoning: { summary: "auto" } }).reasonsUnseen).toBe(true);
    expect(params({ reasoning_effort: "none" }).reasonsUnseen).toBeUndefined();
    expect(params({}).reasonsUnseen).toBeUndefined();
    expect(extractSignals(buildPromptView("chat", body({ reasoning_effort: "high" })), {}).rh).toBe(1);
    expect(extractSignals(buildPromptView("chat", body({})), {}).rh).toBeUndefined();
  });
  it("in full before 3 answers, then as far as the answers came long (in full at half of them)", () => {
    const st = newDetectState();
    expect(reasonedBudgetTaken(st)).toBe(1);
    for (let i = 0; i < 4; i++) observeUsage(st, { promptTokens: 60, completionTokens: 3300, reasoning: 3000 }, 1_000);
    expect(reasonedBudgetTaken(st)).toBe(0);
    observeUsage(st, { promptTokens: 60, completionTokens: 900 }, 1_000);
    expect(reasonedBudgetTaken(st)).toBeCloseTo(0.4, 6);
    for (let i = 0; i < 3; i++) observeUsage(st, { promptTokens: 60, completionTokens: 900 }, 1_000);
    expect(reasonedBudgetTaken(st)).toBe(1);
  });
  it("a reasoning request's 16,000 cap adds nothing for a key of short answers; without reasoning it counts", () => {
    const HIDDEN = { promptTokens: 60, completionTokens: 3300, reasoning: 3000 };
    const SHORT = { promptTokens: 60, completionTokens: 300 };
    const OPEN = { promptTokens: 60, completionTokens: 3300 };
    const scoreAfter = (extra: Record<string, unknown>, usage: { promptTokens: number; completionTokens: number; reasoning?: number }) => {
      const st = newDetectState();
      for (let i = 0; i < 4; i++) observeUsage(st, usage, 1_000);
      const before = st.paramScoreSum;
      observeRequest(st, extractSignals(buildPromptView("chat", body(extra)), {}), 2_000);
      return st.paramScoreSum - before;
    };
    expect(scoreAfter({ reasoning_effort: "medium" }, HIDDEN)).toBeCloseTo(0, 6);
    expect(scoreAfter({ reasoning_effort: "medium" }, SHORT)).toBeCloseTo(0, 6);
    // the same cap on a model that reasons in the open: its answers, reasoning written out, take
    // 3,300 tokens to a 60-token prompt, so it counts in full
    expect(scoreAfter({}, OPEN)).toBeGreaterThanOrEqual(0.6);
    // and as far as the answers used it: 300-token answers use none of it (budgetUsed, R60-3)
    expect(scoreAfter({}, SHORT)).toBeCloseTo(0, 6);
    // no reasoning_effort sent, but the key's answers come with hidden reasoning: a reasoning model
    // at its default effort, judged as a reasoning request (red team R60-1)
    expect(scoreAfter({}, HIDDEN)).toBeCloseTo(0, 6);
  });
  it("reasonsHidden: a fifth or more of 3+ settled answers came with hidden reasoning (red team R63-2: o4-mini on 30 % of a key's requests)", () => {
    const st = newDetectState();
    observeUsage(st, { promptTokens: 60, completionTokens: 3300, reasoning: 3000 }, 1_000);
    observeUsage(st, { promptTokens: 60, completionTokens: 3300, reasoning: 3000 }, 1_000);
    expect(reasonsHidden(st, 0)).toBe(false);
    observeUsage(st, { promptTokens: 60, completionTokens: 300 }, 1_000);
    expect(reasonsHidden(st, 0)).toBe(true);
    // 2 of 7 (0.29): an app calling the reasoning model for under a third of its requests
    for (let i = 0; i < 4; i++) observeUsage(st, { promptTokens: 60, completionTokens: 300 }, 1_000);
    expect(reasonsHidden(st, 0)).toBe(true);
    // 2 of 11 (0.18): under a fifth
    for (let i = 0; i < 4; i++) observeUsage(st, { promptTokens: 60, completionTokens: 300 }, 1_000);
    expect(reasonsHidden(st, 0)).toBe(false);
    // a stream cut before its usage says nothing of its reasoning
    const cut = newDetectState();
    for (let i = 0; i < 4; i++) observeUsage(cut, { promptTokens: 60, completionTokens: 16000, seen: 120, reasoning: 5000 }, 1_000);
    expect(reasonsHidden(cut, 0)).toBe(false);
  });
  it("reasonsHidden is a model's: a request to a model whose answers never came with hidden reasoning is not read as a reasoning model's (red team R62-2, R62-3)", () => {
    const O4 = 11, GPT41 = 22, O3 = 33;
    const st = newDetectState();
    // two o4-mini replies with hidden reasoning beside each gpt-4.1 answer: the key's share is 2/3
    for (let i = 0; i < 4; i++) {
      observeUsage(st, { promptTokens: 60, completionTokens: 400, reasoning: 300, model: O4 }, 1_000);
      observeUsage(st, { promptTokens: 60, completionTokens: 400, reasoning: 300, model: O4 }, 1_000);
      observeUsage(st, { promptTokens: 60, completionTokens: 3000, model: GPT41 }, 1_000);
    }
    expect(reasonsHidden(st, O4)).toBe(true);
    expect(reasonsHidden(st, GPT41)).toBe(false);
    expect(reasonsHidden(st, 0)).toBe(false);
    // an app that moves to another reasoning model: read as one from its first such answer
    observeUsage(st, { promptTokens: 60, completionTokens: 400, reasoning: 300, model: O3 }, 1_000);
    expect(reasonsHidden(st, O3)).toBe(true);
    expect(st.reasonModels).toEqual([O3, O4]);
  });
  it("the request's model reaches the settlement: view, signal mo, Usage.model (withExchange)", () => {
    const sig = (model: string) => extractSignals(buildPromptView("chat", { model, messages: [{ role: "user", content: "Why is the sky blue?" }] }), {});
    expect(sig("o4-mini").mo).toBeGreaterThan(0);
    expect(sig(" O4-Mini ").mo).toBe(sig("o4-mini").mo);
    expect(sig("gpt-4.1").mo).not.toBe(sig("o4-mini").mo);
    expect(extractSignals(buildPromptView("chat", { messages: [{ role: "user", content: "hi" }] }), {}).mo).toBeUndefined();
    expect(withExchange({ promptTokens: 1, completionTokens: 2 }, sig("o4-mini"), undefined).model).toBe(sig("o4-mini").mo);
  });
});

describe("replay traces carry reasoning as OpenAI's usage does", () => {
  const line = { ts: 1, key: "k", path: "/v1/chat/completions", body: { model: "o4-mini", messages: [{ role: "user", content: "Why is the sky blue?" }] } };
  it("completion_tokens_details.reasoning_tokens is checked", () => {
    expect(checkTraceEvent({ ...line, usage: { prompt_tokens: 5, completion_tokens: 9, completion_tokens_details: { reasoning_tokens: 9 } } }).ok).toBe(true);
    expect(checkTraceEvent({ ...line, usage: { prompt_tokens: 5, completion_tokens: 9, completion_tokens_details: {} } }).ok).toBe(true);
    const over = "usage completion_tokens_details.reasoning_tokens must be a non-negative integer, at most completion_tokens";
    expect(checkTraceEvent({ ...line, usage: { prompt_tokens: 5, completion_tokens: 9, completion_tokens_details: { reasoning_tokens: 10 } } })).toEqual({ ok: false, error: over });
    expect(checkTraceEvent({ ...line, usage: { prompt_tokens: 5, completion_tokens: 9, completion_tokens_details: 3 } })).toEqual({ ok: false, error: over });
    expect(checkTraceEvent({ ...line, path: "/v1/files/f1/content", results: [{ prompt_tokens: 5, completion_tokens: 9, completion_tokens_details: { reasoning_tokens: -1 } }] })).toEqual({ ok: false, error: "results: an item's completion_tokens_details.reasoning_tokens must be a non-negative integer, at most completion_tokens" });
  });
  it("reasoning_shown: the answer returned its reasoning, read as answer (red team R59-3, R59-4)", () => {
    expect(checkTraceEvent({ ...line, reasoning_shown: "yes" })).toEqual({ ok: false, error: "reasoning_shown must be a boolean or a non-negative integer" });
    const r = new Replayer({ policy: {} });
    r.step({ ...line, method: "POST", reasoning_shown: true, usage: { prompt_tokens: 5, completion_tokens: 3040, completion_tokens_details: { reasoning_tokens: 3000 } } }, 0);
    expect(r.engineOf("k")!.snap.detect.completionTokens).toBeCloseTo(3040, 6);
  });
  it("reasoning_shown as a count: that many of the reasoning tokens read as answer (a summary's: red team R60-2)", () => {
    const r = new Replayer({ policy: {} });
    r.step({ ...line, method: "POST", reasoning_shown: 200, usage: { prompt_tokens: 5, completion_tokens: 3040, completion_tokens_details: { reasoning_tokens: 3000 } } }, 0);
    expect(r.engineOf("k")!.snap.detect.completionTokens).toBeCloseTo(240, 6);
    expect(checkTraceEvent({ ...line, reasoning_shown: -1 })).toEqual({ ok: false, error: "reasoning_shown must be a boolean or a non-negative integer" });
  });
  it("quotas charge the whole completion, detection reads the answer", () => {
    const r = new Replayer({ policy: {} });
    r.step({ ...line, method: "POST", usage: { prompt_tokens: 5, completion_tokens: 3040, completion_tokens_details: { reasoning_tokens: 3000 } } }, 0);
    const snap = r.engineOf("k")!.snap;
    expect(snap.counters.completionTokens).toBe(3040);
    expect(snap.detect.completionTokens).toBeCloseTo(40, 6);
  });
});

/**
 * Red team R62-1: a chat request that sets no output cap asks for the model's maximum, but the
 * budget signal read only a cap that was sent. A harvest of 1,400-3,600-token answers that sent
 * none, with one cheap label request beside each ask (halving every share the other features
 * read), was served in full: 2,000 of 2,000 asks (with `max_tokens` 4,096 and the same cover,
 * 20.9 %). An absent cap on chat and Responses is now read as UNCAPPED_TOKENS, its budget part
 * judged by the key's answers alone (budget.ts uncappedTaken): none before 3 answers, then as far
 * as they took a budget and went past what a cap under the budget signal's threshold would have
 * given (their tokens past 1,500 each), so a chat app, a router or a writing assistant without a
 * cap gets nothing from it (red team R63-1, R63-3).
 */
import { describe, expect, it } from "vitest";
import { extractSignals, paramScore, UNCAPPED_TOKENS } from "../../src/detect/signals.ts";
import { newDetectState, observeRequest } from "../../src/detect/state.ts";
import { UNCAPPED_EVIDENCE, UNCAPPED_USED_SHARE } from "../../src/detect/budget.ts";
import { observeUsage } from "../../src/detect/answers.ts";
import { buildPromptView } from "../../src/detect/view.ts";
import { Replayer, type TraceEvent } from "../../src/engine/replayer.ts";
import { rng } from "./helpers.ts";

const ASK = [{ role: "user", content: "Write a thorough explanation of how a heat pump moves heat, with a worked example." }];

describe("an absent output cap (view params.uncapped, signals uc)", () => {
  it("is read on chat and Responses, not where the API sets a small default or requires a cap", () => {
    expect(buildPromptView("chat", { model: "gpt-4.1", messages: ASK }).params.uncapped).toBe(true);
    expect(buildPromptView("responses", { model: "gpt-4.1", input: "Explain heat pumps." }).params.uncapped).toBe(true);
    expect(buildPromptView("chat", { model: "gpt-4.1", max_tokens: 300, messages: ASK }).params.uncapped).toBeUndefined();
    expect(buildPromptView("chat", { model: "o4-mini", max_completion_tokens: 300, messages: ASK }).params.uncapped).toBeUndefined();
    expect(buildPromptView("responses", { model: "gpt-4.1", max_output_tokens: 300, input: "x" }).params.uncapped).toBeUndefined();
    expect(buildPromptView("completions", { model: "gpt-3.5-turbo-instruct", prompt: "Explain heat pumps." }).params.uncapped).toBeUndefined();
    expect(buildPromptView("messages", { model: "claude", messages: ASK }).params.uncapped).toBeUndefined();
    // signal uc: what the absent cap adds to ps, apart from the rest of the budget part
    const sig = (extra: Record<string, unknown>) => extractSignals(buildPromptView("chat", { model: "o4-mini", messages: ASK, ...extra }), {});
    expect(sig({}).uc).toBe(paramScore({ maxTokens: UNCAPPED_TOKENS }, true).ps);
    expect(sig({ reasoning_effort: "high" }).uc).toBe(paramScore({ maxTokens: UNCAPPED_TOKENS }, true).ps);
    expect(sig({ reasoning_effort: "high" }).ps).toBeGreaterThan(sig({}).ps);
    expect(sig({ max_completion_tokens: 300 }).uc).toBeUndefined();
  });
  it("scores as a cap of UNCAPPED_TOKENS on a single-turn request, and not in a conversation", () => {
    expect(paramScore({ uncapped: true }, true).ps).toBe(paramScore({ maxTokens: UNCAPPED_TOKENS }, true).ps);
    expect(paramScore({ uncapped: true }, true).ps).toBeGreaterThan(0);
    expect(paramScore({ uncapped: true }, false).ps).toBe(0);
  });
});

describe("the budget of a request without a cap is the key's answers' (uncappedTaken)", () => {
  const sig = () => extractSignals(buildPromptView("chat", { model: "gpt-4.1", messages: ASK }), {});
  const added = (answers: { promptTokens: number; completionTokens: number }[]) => {
    const st = newDetectState();
    for (const a of answers) observeUsage(st, a, 1_000);
    const before = st.paramScoreSum;
    observeRequest(st, sig(), 2_000);
    return st.paramScoreSum - before;
  };
  const LONG = { promptTokens: 60, completionTokens: 3000 };
  const LABEL = { promptTokens: 55, completionTokens: 2 };
  const SHORT = { promptTokens: 60, completionTokens: 300 };
  it("nothing before 3 answers: most chat apps send no cap", () => {
    expect(added([])).toBe(0);
    expect(added([LONG, LONG])).toBe(0);
  });
  it("the rest of a request's budget part (high effort) is judged as before: in full before 3 answers", () => {
    const st = newDetectState();
    const s = extractSignals(buildPromptView("chat", { model: "o4-mini", reasoning_effort: "high", messages: ASK }), {});
    observeRequest(st, s, 2_000);
    expect(st.paramScoreSum).toBeCloseTo(s.ps - s.uc!, 6);
    expect(st.paramScoreSum).toBeGreaterThan(0);
  });
  it("in full for a key of long answers to short asks, a cheap label beside each however many", () => {
    expect(added([LONG, LABEL, LONG, LABEL, LONG, LABEL])).toBeGreaterThanOrEqual(0.6);
  });
  it("nothing for a key whose answers are a few hundred tokens", () => {
    expect(added([SHORT, SHORT, SHORT, SHORT])).toBe(0);
  });
  it("nothing for a writer's drafts of 600-1,500 tokens: what a cap under the budget signal's threshold would have given (red team R63-1)", () => {
    const DRAFT = (t: number) => ({ promptTokens: 70, completionTokens: t });
    expect(added([DRAFT(600), DRAFT(1500), DRAFT(1100), DRAFT(1400), DRAFT(900)])).toBe(0);
  });
  it("in part while the answers run past 1,500 only in part: in full at UNCAPPED_USED_SHARE of their tokens past it", () => {
    const MID = { promptTokens: 60, completionTokens: 1700 };
    // 200 of each 1,700 tokens past UNCAPPED_EVIDENCE
    expect(added([MID, MID, MID, MID])).toBeCloseTo(paramScore({ maxTokens: UNCAPPED_TOKENS }, true).ps * ((1700 - UNCAPPED_EVIDENCE) / 1700 / UNCAPPED_USED_SHARE), 2);
  });
  it("a key offering tools is judged by its answers against what it sends, tool definitions counted as prompt (red team R63-3: a document translator with one glossary tool)", () => {
    const st = newDetectState();
    for (let i = 0; i < 4; i++) observeUsage(st, { promptTokens: 3200, completionTokens: 3000 }, 1_000);
    const before = st.paramScoreSum;
    const body = { model: "gpt-4.1", tools: [{ type: "function", function: { name: "glossary_lookup", description: "Look up a term in the customer's glossary", parameters: { type: "object", properties: { term: { type: "string" } } } } }], messages: [{ role: "user", content: "Translate this document into German: " + "The contract term is twelve months. ".repeat(200) }] };
    observeRequest(st, extractSignals(buildPromptView("chat", body), {}), 2_000);
    expect(st.paramScoreSum - before).toBeCloseTo(0, 6);
  });
});

describe("R62-1 replayed: no cap and one label request beside each ask", () => {
  const T0 = Date.UTC(2027, 2, 1);
  function trace(cover: boolean, answer: (r: () => number) => number, key: string): TraceEvent[] {
    const r = rng(62);
    const out: TraceEvent[] = [];
    let t = T0;
    for (let i = 0; i < 600; i++) {
      const text = `Question ${i}: write a thorough explanation of topic ${Math.floor(r() * 10_000)} in physics, with a worked example and its numbers.`;
      if (cover) {
        out.push({
          ts: t, key, ip: "192.0.2.62", asn: 64562, method: "POST", path: "/v1/chat/completions",
          body: { model: "gpt-4.1-mini", messages: [{ role: "user", content: `Label the sentiment of this review: product ${i} arrived on time and works. Reply with the label only.` }] },
          usage: { prompt_tokens: 50, completion_tokens: 1 },
        });
        t += 2000;
      }
      out.push({
        ts: t, key, ip: "192.0.2.62", asn: 64562, method: "POST", path: "/v1/chat/completions",
        body: { model: "gpt-4.1", messages: [{ role: "system", content: "You are a patient senior lecturer." }, { role: "user", content: text }] },
        usage: { prompt_tokens: 20 + Math.round(text.length / 4), completion_tokens: answer(r) },
      });
      t += (20 + Math.floor(r() * 40)) * 1000;
    }
    return out;
  }
  const degradedShare = (lines: TraceEvent[]) => {
    const rep = new Replayer({ policy: {} });
    const asks = lines.map((l, i) => ({ l, d: rep.step(l, i) })).filter(({ l }) => (l.body as { model: string }).model === "gpt-4.1");
    return asks.filter(({ d }) => d.degraded).length / asks.length;
  };
  it("the harvest of long answers is degraded (before: none of its asks)", () => {
    expect(degradedShare(trace(true, (r) => 1400 + Math.floor(r() * 2200), "sk-nocap"))).toBeGreaterThan(0.8);
  });
  it("a chat product without a cap, answers of 150-450 tokens, is not", () => {
    expect(degradedShare(trace(true, (r) => 150 + Math.floor(r() * 300), "sk-app"))).toBe(0);
  });
});

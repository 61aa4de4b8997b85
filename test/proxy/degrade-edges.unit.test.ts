/**
 * degradeBody at its edges, with the exact list of changed fields: what is left alone (already
 * weak settings), what is changed and named. Written against the survivors of a mutation run.
 */
import { describe, expect, it } from "vitest";
import { degradeBody, degradedReservation } from "../../src/proxy/degrade.ts";

const msgs = [{ role: "user", content: "x" }];

describe("degradeBody: left alone when already weak", () => {
  it("n = 1, low verbosity, low/minimal/none effort, an include without extraction entries, disabled thinking", () => {
    const chat = { messages: msgs, n: 1, verbosity: "low", reasoning_effort: "none", max_tokens: 5 };
    expect(degradeBody("chat", chat)).toEqual({ body: chat, changed: [] });
    const resp = { input: "x", text: { verbosity: "low" }, include: ["file_search_call.results"], reasoning: { effort: "low", summary: null }, max_output_tokens: 5 };
    expect(degradeBody("responses", resp)).toEqual({ body: resp, changed: [] });
    const anth = { messages: msgs, max_tokens: 5, thinking: { type: "disabled" } };
    expect(degradeBody("messages", anth)).toEqual({ body: anth, changed: [] });
    // a thinking budget already under the cap is kept, and max_tokens under cap + budget too
    const small = { messages: msgs, max_tokens: 812, thinking: { type: "enabled", budget_tokens: 300 } };
    expect(degradeBody("messages", small)).toEqual({ body: small, changed: [] });
  });

  it("a cap of exactly the limit is kept; one above is lowered and named", () => {
    expect(degradeBody("chat", { messages: msgs, max_completion_tokens: 512 }).changed).toEqual([]);
    expect(degradeBody("chat", { messages: msgs, max_completion_tokens: 513 }).changed).toEqual(["max_completion_tokens"]);
    expect(degradeBody("chat", { messages: msgs, max_tokens: 600, max_completion_tokens: 700 })).toEqual({
      body: { messages: msgs, max_tokens: 512, max_completion_tokens: 512 },
      changed: ["max_tokens", "max_completion_tokens"],
    });
  });
});

describe("degradeBody: changed and named", () => {
  it("each route's own output field when none is present, with the configured cap", () => {
    const s = { maxOutputTokens: 64, maxThinkingTokens: 2048 };
    expect(degradeBody("chat", { messages: msgs }, s)).toEqual({ body: { messages: msgs, max_completion_tokens: 64 }, changed: ["max_completion_tokens"] });
    expect(degradeBody("responses", { input: "x" }, s)).toEqual({ body: { input: "x", max_output_tokens: 64 }, changed: ["max_output_tokens"] });
    expect(degradeBody("completions", { prompt: "x" }, s)).toEqual({ body: { prompt: "x", max_tokens: 64 }, changed: ["max_tokens"] });
    expect(degradeBody("messages", { messages: msgs, max_tokens: null }, s).body.max_tokens).toBe(64);
  });

  it("names every change in order: dropped fields, verbosity, samples, logprobs, include, effort, reasoning", () => {
    const r = degradeBody("responses", {
      input: "x", max_output_tokens: 10, extra: 1, text: { verbosity: "high" }, include: ["message.output_text.logprobs"],
      reasoning: { effort: "medium", generate_summary: "auto" },
    });
    expect(r.body).toEqual({ input: "x", max_output_tokens: 10, text: { verbosity: "low" }, include: [], reasoning: { effort: "low" } });
    expect(r.changed).toEqual(["extra", "text.verbosity", "include", "reasoning"]);
    const c = degradeBody("chat", { messages: msgs, max_tokens: 1, verbosity: "medium", n: 3, logprobs: false, top_logprobs: 0, reasoning_effort: "medium" });
    // (logprobs is not a field chat keeps: it goes with the unknown fields, first)
    expect(c.changed).toEqual(["logprobs", "top_logprobs", "verbosity", "n", "reasoning_effort"]);
    expect(degradeBody("completions", { prompt: "x", max_tokens: 1, echo: false, best_of: 2 }).changed).toEqual(["echo", "best_of"]);
    // a reasoning summary alone is dropped, the effort kept
    expect(degradeBody("responses", { input: "x", max_output_tokens: 1, reasoning: { summary: "auto" } }).body.reasoning).toEqual({});
  });

  it("thinking: the budget is capped at maxThinkingTokens (never below 1024), max_tokens at output cap + budget", () => {
    const s = { maxOutputTokens: 100, maxThinkingTokens: 2048 };
    const d = degradeBody("messages", { messages: msgs, max_tokens: 50_000, thinking: { type: "enabled", budget_tokens: 10_000 } }, s);
    expect(d.body).toEqual({ messages: msgs, max_tokens: 2148, thinking: { type: "enabled", budget_tokens: 2048 } });
    const e = degradeBody("messages", { messages: msgs, max_tokens: 50_000, thinking: { type: "enabled", budget_tokens: 10_000 } }, { maxOutputTokens: 100, maxThinkingTokens: 10 });
    expect(e.body.thinking).toEqual({ type: "enabled", budget_tokens: 1024 });
    // thinking on another route, or without a numeric budget, reserves no budget
    expect(degradeBody("messages", { messages: msgs, thinking: { type: "enabled" } }, s).body.max_tokens).toBe(100);
  });
});

describe("degradedReservation", () => {
  it("prompt + the capped output once, the route's own kept caps only; embeddings the prompt alone", () => {
    expect(degradedReservation("chat", { messages: msgs, max_tokens: 50, n: 4 }, 10)).toBe(60);
    expect(degradedReservation("chat", { messages: msgs, max_tokens: 5000 }, 10)).toBe(522);
    expect(degradedReservation("chat", { messages: msgs }, 10)).toBe(522);
    // max_output_tokens is not a chat field: degradeBody drops it, so it does not count
    expect(degradedReservation("chat", { messages: msgs, max_output_tokens: 5 }, 10)).toBe(522);
    expect(degradedReservation("chat", { messages: msgs, max_tokens: 5, max_completion_tokens: 50 }, 10)).toBe(60);
    expect(degradedReservation("completions", { prompt: ["a", "b", "c"], max_tokens: 7, best_of: 5 }, 3)).toBe(3 + 3 * 7);
    expect(degradedReservation("messages", { messages: msgs, max_tokens: 9000, thinking: { type: "enabled", budget_tokens: 4000 } }, 1)).toBe(1 + 512 + 1024);
    expect(degradedReservation("embeddings", { input: "x" }, 0)).toBe(1);
    expect(degradedReservation("embeddings", { input: "x" }, 7)).toBe(7);
  });
});

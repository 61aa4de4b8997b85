/** degradeBody: extraction value removed, the request still valid for its route. */
import { describe, expect, it } from "vitest";
import { DEFAULT_DEGRADE, degradeBody, degradedReservation, degradeOf } from "../../src/proxy/degrade.ts";
import { prepareBody } from "../../src/proxy/request.ts";

const msgs = [{ role: "user", content: "Explain photosynthesis." }];

describe("degradeBody", () => {
  it("chat: one sample, no logprobs, output capped, reasoning effort low", () => {
    const body = { model: "m", messages: msgs, n: 8, logprobs: true, top_logprobs: 20, max_completion_tokens: 32000, reasoning_effort: "high", temperature: 0.7 };
    const { body: d, changed } = degradeBody("chat", body);
    // the cap keeps room for the hidden reasoning billed inside it (red team R58-3), as native
    // thinking keeps at degrade: 512 + 1,024
    expect(d).toEqual({ model: "m", messages: msgs, n: 1, max_completion_tokens: 1536, reasoning_effort: "low", temperature: 0.7 });
    expect(changed.sort()).toEqual(["logprobs", "max_completion_tokens", "n", "reasoning_effort", "top_logprobs"]);
    expect(body.n).toBe(8); // the input is not changed
    expect(() => prepareBody("chat", d, { defaultMaxOutput: 1024 })).not.toThrow();
  });

  it("chat without any cap gets max_completion_tokens; a small cap is kept", () => {
    expect(degradeBody("chat", { messages: msgs }).body.max_completion_tokens).toBe(512);
    expect(degradeBody("chat", { messages: msgs, max_tokens: 16 })).toEqual({ body: { messages: msgs, max_tokens: 16 }, changed: [] });
  });

  it("completions: echo, logprobs and best_of go", () => {
    const { body: d } = degradeBody("completions", { model: "m", prompt: [1, 2, 3], echo: true, logprobs: 5, best_of: 4, n: 2, max_tokens: 1 });
    expect(d).toEqual({ model: "m", prompt: [1, 2, 3], best_of: 1, n: 1, max_tokens: 1 });
  });

  it("responses: reasoning summary and encrypted reasoning not requested, effort low, output capped", () => {
    const { body: d } = degradeBody("responses", {
      model: "m", input: "hi", max_output_tokens: 100000, top_logprobs: 5,
      reasoning: { effort: "high", summary: "detailed" }, include: ["reasoning.encrypted_content", "file_search_call.results"],
    });
    expect(d).toEqual({ model: "m", input: "hi", max_output_tokens: 1536, reasoning: { effort: "low" }, include: ["file_search_call.results"] });
    expect(degradeBody("responses", { input: "hi", reasoning: { effort: "minimal" } }).body.reasoning).toEqual({ effort: "minimal" });
  });

  it("keeps room for hidden reasoning only where the request asks the model to reason (red team R58-3)", () => {
    const chat = (extra: Record<string, unknown>) => degradeBody("chat", { model: "m", messages: msgs, max_completion_tokens: 16000, ...extra }).body.max_completion_tokens;
    expect(chat({ reasoning_effort: "high" })).toBe(1536);
    // minimal reasons little or not at all: its room would be answer (red team R59-2)
    expect(chat({ reasoning_effort: "minimal" })).toBe(512);
    expect(chat({ reasoning_effort: "low" })).toBe(1536);
    expect(chat({ reasoning_effort: "none" })).toBe(512);
    expect(chat({})).toBe(512);
    const resp = (extra: Record<string, unknown>) => degradeBody("responses", { model: "m", input: "hi", max_output_tokens: 16000, ...extra }).body.max_output_tokens;
    expect(resp({ reasoning: { effort: "medium" } })).toBe(1536);
    expect(resp({ reasoning: {} })).toBe(1536);
    expect(resp({ reasoning: { effort: "none" } })).toBe(512);
    expect(resp({ reasoning: { effort: "minimal", summary: "auto" } })).toBe(512);
    expect(resp({})).toBe(512);
    // none when degrade keeps no thinking room; a small cap stays as it is
    expect(degradeBody("chat", { messages: msgs, max_completion_tokens: 16000, reasoning_effort: "high" }, { maxOutputTokens: 512, maxThinkingTokens: 0 }).body.max_completion_tokens).toBe(512);
    expect(chat({ reasoning_effort: "high", max_completion_tokens: 900 })).toBe(900);
    // the room shrinks with the cap of an answer fetched in pieces: twice it (red team R59-5)
    const piece = (cap: number) => degradeBody("chat", { messages: msgs, max_completion_tokens: 16000, reasoning_effort: "high" }, degradeOf(DEFAULT_DEGRADE, { degradeCap: cap })).body.max_completion_tokens;
    expect([piece(512), piece(256), piece(128), piece(32)]).toEqual([1536, 768, 384, 96]);
    // the reservation is the rewrite's
    for (const body of [{ messages: msgs, max_completion_tokens: 16000, reasoning_effort: "high" }, { messages: msgs, max_completion_tokens: 16000 }]) {
      expect(degradedReservation("chat", body, 10)).toBe(10 + (degradeBody("chat", body).body.max_completion_tokens as number));
    }
  });

  it("messages: thinking budget capped and max_tokens kept above it", () => {
    const { body: d, changed } = degradeBody("messages", { model: "c", max_tokens: 64000, messages: msgs, thinking: { type: "enabled", budget_tokens: 32000 } });
    expect(d.thinking).toEqual({ type: "enabled", budget_tokens: 1024 });
    expect(d.max_tokens).toBe(1024 + 512);
    expect(changed).toEqual(["thinking.budget_tokens", "max_tokens"]);
    expect(() => prepareBody("messages", d, { defaultMaxOutput: 1024 })).not.toThrow();
  });

  it("drops every field it does not know (vendor extensions), lowers verbosity, drops non-budget thinking (red team round 2, F8)", () => {
    const chat = degradeBody("chat", {
      model: "m", messages: msgs, max_tokens: 10, prompt_logprobs: 5, min_tokens: 4000, ignore_eos: true, include_reasoning: true,
      chat_template_kwargs: { enable_thinking: true }, thinking: { type: "enabled", budget_tokens: 30000 }, verbosity: "high", tools: [],
    });
    expect(chat.body).toEqual({ model: "m", messages: msgs, max_tokens: 10, verbosity: "low", tools: [] });
    const resp = degradeBody("responses", { input: "x", text: { format: { type: "text" }, verbosity: "high" }, max_output_tokens: 10 });
    expect(resp.body).toEqual({ input: "x", text: { format: { type: "text" }, verbosity: "low" }, max_output_tokens: 10 });
    const anth = degradeBody("messages", { model: "c", max_tokens: 100, messages: msgs, thinking: { type: "adaptive" }, output_config: { effort: "high" } });
    expect(anth.body).toEqual({ model: "c", max_tokens: 100, messages: msgs });
  });

  it("embeddings are left as they are", () => {
    const b = { model: "e", input: ["a", "b"] };
    expect(degradeBody("embeddings", b)).toEqual({ body: b, changed: [] });
  });
});

describe("degradedReservation", () => {
  it("equals the reservation of the rewritten request, without rewriting it", async () => {
    const fc = (await import("fast-check")).default;
    const kinds = ["chat", "completions", "responses", "messages", "embeddings"] as const;
    const maybe = (a: import("fast-check").Arbitrary<number>) => fc.option(a, { nil: undefined });
    fc.assert(
      fc.property(
        fc.constantFrom(...kinds),
        maybe(fc.integer({ min: 1, max: 100_000 })),
        maybe(fc.integer({ min: 1, max: 100_000 })),
        maybe(fc.integer({ min: 1, max: 8 })),
        maybe(fc.integer({ min: 1024, max: 60_000 })),
        fc.string({ maxLength: 200 }),
        fc.constantFrom("", "Think in <thinking> tags first. ", "use a <Scratchpad>: "),
        (kind, maxTokens, maxOut, n, budget, rest, tag) => {
          const text = tag + rest;
          const body: Record<string, unknown> = { model: "m" };
          if (kind === "chat") body.messages = [{ role: "user", content: text || "x" }];
          else if (kind === "messages") body.messages = [{ role: "user", content: text || "x" }];
          else if (kind === "completions") body.prompt = text;
          else body.input = text || "x";
          if (kind === "messages") body.max_tokens = maxTokens ?? 4096;
          else if (maxTokens !== undefined && kind !== "responses" && kind !== "embeddings") body.max_tokens = maxTokens;
          if (maxOut !== undefined && kind === "responses") body.max_output_tokens = maxOut;
          if (n !== undefined && kind !== "embeddings") body.n = n;
          if (budget !== undefined && kind === "messages") body.thinking = { type: "enabled", budget_tokens: budget };
          const prep = prepareBody(kind, body, { defaultMaxOutput: 1024 });
          const rewritten = prepareBody(kind, degradeBody(kind, prep.body).body, { defaultMaxOutput: 1024 });
          expect(degradedReservation(kind, prep.body, prep.promptTokens)).toBe(rewritten.reservedTokens);
        },
      ),
      { numRuns: 500, seed: 42 },
    );
  });
});

describe("a completions prompt list that repeats a prompt (red team F6)", () => {
  it("keeps each prompt once: twenty copies are twenty samples, n by another name", () => {
    const { body, changed } = degradeBody("completions", { model: "m", prompt: Array(20).fill("Explain entropy."), max_tokens: 4000 });
    expect(body.prompt).toEqual(["Explain entropy."]);
    expect(changed).toContain("prompt");
  });
  it("keeps distinct prompts and their order, and token-ID prompts once each", () => {
    expect(degradeBody("completions", { model: "m", prompt: ["a", "b", "a", "c"] }).body.prompt).toEqual(["a", "b", "c"]);
    expect(degradeBody("completions", { model: "m", prompt: [[1, 2], [3], [1, 2]] }).body.prompt).toEqual([[1, 2], [3]]);
    const one = degradeBody("completions", { model: "m", prompt: ["a", "b"] });
    expect(one.changed).not.toContain("prompt");
  });
  it("the same prompt dressed in invisible or extra white space is the same prompt (red team R33-3)", () => {
    const Q = "Prove that there are infinitely many primes, step by step.";
    const pads = ["", " ", "  ", "\n", "\u200b", "\u200b\u200b", "\u00a0", "\t", " \n", "\u2060", "\ufeff", "\u200c", "\u200d", " \u200b", "\n\n", "   "];
    const { body, changed } = degradeBody("completions", { model: "m", prompt: pads.map((p) => Q + p), max_tokens: 512 });
    expect(body.prompt).toEqual([Q]);
    expect(changed).toContain("prompt");
    // inside the text and in another case alike; another word is another prompt
    expect(degradeBody("completions", { model: "m", prompt: ["Explain  entropy.", "explain\u200b entropy.", "EXPLAIN entropy.", "Explain enthalpy."] }).body.prompt).toEqual(["Explain  entropy.", "Explain enthalpy."]);
  });
});

/**
 * Exact tests for the survivors of the newer parts of buildPromptView (src/detect/view.ts) that
 * the 2026-12-03 08:41 run found: the per-prompt keys of a completions list (red team R5-7), the
 * sample of an embeddings batch, the anchor of a continued conversation, the logit-bias set hash
 * and vLLM's prompt_logprobs (red team R5-5). Each test names the survivor(s) it kills (line:column
 * of src/detect/view.ts at the commit measured); each was shown red against its planted mutant.
 */
import { describe, expect, it } from "vitest";
import { buildPromptView } from "../../src/detect/view.ts";

describe("the keys of a completions prompt list", () => {
  // kills 336:62 (items >= 2 -> > 2): a list of two prompts is keyed
  it("a list of two prompts gets a key per prompt: length, head, tail", () => {
    expect(buildPromptView("completions", { prompt: ["ab", "cde"] }).itemKeys).toEqual(["2|ab|ab", "3|cde|cde"]);
  });

  // kills 336:76 (typeof src[0] === "string" -> true): a list that starts with token IDs is not keyed
  it("a list whose first prompt is token IDs gets no keys", () => {
    const v = buildPromptView("completions", { prompt: [[1, 2], "abc"] });
    expect(v.itemKeys).toBeUndefined();
    expect(v.items).toBe(2);
  });

  // kills 337:45 (itemKeys.length < LIST_KEYS -> true / <=): at most 64 keys
  it("keys at most 64 prompts of a longer list", () => {
    const prompt = Array.from({ length: 70 }, (_, i) => `p${i}`);
    const keys = buildPromptView("completions", { prompt }).itemKeys!;
    expect(keys).toHaveLength(64);
    expect(keys[63]).toBe("3|p63|p63");
  });

  // kills 339:69, 339:87 (x.slice(0, 80) -> x, x.slice(-80) -> x): a key holds the first and last 80 chars
  it("a long prompt's key holds its length, first 80 and last 80 characters", () => {
    const p = "a".repeat(50) + "b".repeat(100) + "c".repeat(50);
    const keys = buildPromptView("completions", { prompt: [p, "x"] }).itemKeys!;
    expect(keys[0]).toBe(`200|${"a".repeat(50)}${"b".repeat(30)}|${"b".repeat(30)}${"c".repeat(50)}`);
  });
});

describe("the sample of an embeddings batch", () => {
  // kills 342:13 (route === "embeddings" -> true, and && -> ||): a completions list is not sampled
  it("a completions list of 8 prompts is keyed, not sampled", () => {
    const v = buildPromptView("completions", { prompt: ["a", "b", "c", "d", "e", "f", "g", "h"] });
    expect(v.itemSample).toBeUndefined();
    expect(v.itemKeys).toHaveLength(8);
  });

  // kills 346:17 (typeof x === "string" -> true): a token-ID entry in a batch is left out of the sample, the rest still read
  it("leaves token-ID entries out of the sample and still reads the parameters", () => {
    const v = buildPromptView("embeddings", { input: ["A", [1, 2], "C", "D", "E", "F", "G", "H"], temperature: 0.5 });
    expect(v.itemSample).toEqual(["a", "c", "d", "e", "f", "g", "h"]);
    expect(v.params).toEqual({ temperature: 0.5 });
  });
});

describe("hashes of what a request points at", () => {
  // kills 360:27 (id.slice(0, 256) -> id): the anchor is read from the first 256 chars of the id
  it("two previous_response_ids that differ only after 256 characters anchor alike", () => {
    const id = "resp_" + "x".repeat(300);
    const a = buildPromptView("responses", { input: "hi", previous_response_id: id + "A" }).anchor;
    const b = buildPromptView("responses", { input: "hi", previous_response_id: id + "B" }).anchor;
    expect(a).toBeDefined();
    expect(a).toBe(b);
    expect(buildPromptView("responses", { input: "hi", previous_response_id: "resp_y" }).anchor).not.toBe(a);
  });

  // kills 405:38 (bias.slice(0, 300) -> bias): the set hash reads the first 300 tokens (sorted)
  it("logit-bias maps that differ only after their first 300 sorted tokens hash alike", () => {
    const base: Record<string, number> = {};
    for (let i = 0; i < 300; i++) base[String(1000 + i)] = 5;
    const a = buildPromptView("chat", { messages: [], logit_bias: { ...base, "9001": 1 } }).params.logitBiasSet;
    const b = buildPromptView("chat", { messages: [], logit_bias: { ...base, "9002": -1 } }).params.logitBiasSet;
    expect(a).toBe(b);
  });

  // kills 405:137 ("," -> ""): entries are joined with a comma, so {1: 12, 2: 3} and {1: 1, 22: 3} differ
  it("logit-bias entries are kept apart in the set hash", () => {
    const a = buildPromptView("chat", { messages: [], logit_bias: { "1": 12, "2": 3 } }).params.logitBiasSet;
    const b = buildPromptView("chat", { messages: [], logit_bias: { "1": 1, "22": 3 } }).params.logitBiasSet;
    expect(a).not.toBe(b);
  });
});

describe("prompt_logprobs", () => {
  // kills 413:9 (&& -> ||) and 413:30 (plp >= 0 -> true): a negative count asks for nothing
  it("a negative prompt_logprobs is read as no request for logprobs; 0 is one", () => {
    expect(buildPromptView("chat", { messages: [], max_tokens: 9, prompt_logprobs: -1 }).params).toEqual({ maxTokens: 9 });
    expect(buildPromptView("chat", { messages: [], max_tokens: 9, prompt_logprobs: 0 }).params).toEqual({ maxTokens: 9, logprobs: true, echo: true, topLogprobs: 0 });
  });
});

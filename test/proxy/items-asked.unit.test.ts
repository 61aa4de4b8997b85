/**
 * itemsAsked: what a challenge pass counts of a request (red team R33-1), one per prompt of a
 * completions list or input of an embeddings list, a flat token-ID array being one; every other
 * route, and a Responses `input` list of messages, asks for one answer.
 */
import { describe, expect, it } from "vitest";
import { itemsAsked, samplesOf } from "../../src/proxy/request.ts";

describe("itemsAsked", () => {
  it("counts the prompts of a completions list and the inputs of an embeddings list", () => {
    expect(itemsAsked("completions", { prompt: "one" })).toBe(1);
    expect(itemsAsked("completions", { prompt: ["a", "b", "c"] })).toBe(3);
    expect(itemsAsked("completions", { prompt: [1, 2, 3, 4] })).toBe(1); // one token-ID prompt
    expect(itemsAsked("completions", { prompt: [[1, 2], [3], [4]] })).toBe(3);
    expect(itemsAsked("completions", { prompt: [] })).toBe(1);
    expect(itemsAsked("embeddings", { input: ["a", "b"] })).toBe(2);
    expect(itemsAsked("embeddings", { input: "a" })).toBe(1);
    expect(itemsAsked("embeddings", { input: [5, 6, 7] })).toBe(1);
  });
  it("every other route asks for one, whatever lists its body holds", () => {
    expect(itemsAsked("responses", { input: [{ role: "user", content: "a" }, { role: "user", content: "b" }] })).toBe(1);
    expect(itemsAsked("chat", { messages: [{ role: "user", content: "a" }], prompt: ["x", "y"], input: ["x", "y"] })).toBe(1);
    expect(itemsAsked("embeddings", { prompt: ["x", "y"] })).toBe(1);
    expect(itemsAsked("completions", { input: ["x", "y"] })).toBe(1);
  });
  it("samplesOf is n (or best_of) times the prompts of a completions list, n elsewhere", () => {
    expect(samplesOf("completions", { prompt: ["a", "b"], n: 3 })).toBe(6);
    expect(samplesOf("completions", { prompt: [1, 2], best_of: 4 })).toBe(4);
    expect(samplesOf("chat", { n: 2, prompt: ["a", "b"] })).toBe(2);
  });
});

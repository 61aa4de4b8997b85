/**
 * degradeBody and degradedReservation where the edge and golden tests left a condition open, with
 * exact bodies and reservations: thinking counts only when enabled on the messages route, a
 * Responses text object without verbosity is left alone, only completions prompt lists are
 * deduplicated, and a capped effort alone rewrites `reasoning`.
 */
import { describe, expect, it } from "vitest";
import { degradeBody, degradedReservation } from "../../src/proxy/degrade.ts";

const msgs = [{ role: "user", content: "x" }];

describe("the thinking budget counts only on messages, and only when enabled", () => {
  it("thinking sent on another route reserves no budget (degrade drops it there)", () => {
    const thinking = { type: "enabled", budget_tokens: 4000 };
    expect(degradedReservation("chat", { messages: msgs, thinking }, 10)).toBe(10 + 512);
    expect(degradedReservation("responses", { input: "x", thinking }, 10)).toBe(10 + 512);
    expect(degradeBody("chat", { messages: msgs, thinking })).toEqual({
      body: { messages: msgs, max_completion_tokens: 512 },
      changed: ["thinking", "max_completion_tokens"],
    });
  });
  it("disabled thinking with a budget: the budget is neither capped nor reserved", () => {
    const body = { messages: msgs, max_tokens: 9000, thinking: { type: "disabled", budget_tokens: 4000 } };
    expect(degradedReservation("messages", body, 1)).toBe(1 + 512);
    expect(degradeBody("messages", body)).toEqual({
      body: { messages: msgs, max_tokens: 512, thinking: { type: "disabled", budget_tokens: 4000 } },
      changed: ["max_tokens"],
    });
  });
});

describe("responses fields", () => {
  it("a text object without verbosity is left as sent", () => {
    const body = { input: "x", max_output_tokens: 5, text: { format: { type: "json_object" } } };
    expect(degradeBody("responses", body)).toEqual({ body, changed: [] });
  });
  it("a Responses prompt (a template reference) is not a completions prompt list: not deduplicated", () => {
    const body = { input: "x", max_output_tokens: 5, prompt: ["a", "a"] };
    expect(degradeBody("responses", body)).toEqual({ body, changed: [] });
  });
  it("an effort capped alone rewrites reasoning", () => {
    expect(degradeBody("responses", { input: "x", max_output_tokens: 5, reasoning: { effort: "high" } })).toEqual({
      body: { input: "x", max_output_tokens: 5, reasoning: { effort: "low" } },
      changed: ["reasoning"],
    });
  });
});

describe("completions prompt lists: repeats are dropped, look-alikes kept", () => {
  it("a string and a token list that print alike are different prompts", () => {
    const body = { prompt: ["1,2", [1, 2], "[1,2]"], max_tokens: 5 };
    expect(degradeBody("completions", body)).toEqual({ body, changed: [] });
    // and lists that print alike (String([1, 2]) is String(["1", "2"])) are different lists
    const lists = { prompt: [[1, 2], ["1", "2"], [[1], 2]], max_tokens: 5 };
    expect(degradeBody("completions", lists)).toEqual({ body: lists, changed: [] });
    expect(degradeBody("completions", { prompt: ["[1,2]", [1, 2], [1, 2], "[1,2]"], max_tokens: 5 })).toEqual({
      body: { prompt: ["[1,2]", [1, 2]], max_tokens: 5 },
      changed: ["prompt"],
    });
  });
});

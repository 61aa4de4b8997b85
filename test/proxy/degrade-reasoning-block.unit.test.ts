/**
 * Red team R50-1: a support bot following a vendor's prompting guide ("think in <thinking> tags,
 * then answer in <answer> tags") on /v1/messages, degraded, had degrade's 512-token cap cut the
 * answer that comes after its reasoning block (39 % of its answers). A degraded Anthropic message
 * whose prompt asks for a reasoning block in text keeps room for it: twice the answer's cap, at
 * most what native extended thinking keeps under degrade (`maxThinkingTokens`), so it gets no more
 * than a request that thinks natively does.
 */
import { describe, expect, it } from "vitest";
import { degradeBody, degradedReservation, degradeOf } from "../../src/proxy/degrade.ts";
import { prepareBody } from "../../src/proxy/request.ts";

const GUIDE = "You are the support assistant of Acme. First think through the customer's problem in <thinking> tags, then write your reply in <answer> tags.";
const bot = { model: "claude-sonnet-4-5", max_tokens: 4096, system: GUIDE, messages: [{ role: "user", content: "My order #1234 never arrived, what can I do?" }] };

describe("a degraded message that asks for a reasoning block in text (red team R50-1)", () => {
  it("keeps room for the block beside the answer's cap: 512 + 1,024", () => {
    expect(degradeBody("messages", bot).body.max_tokens).toBe(1536);
    // the same prompt without the tags: the answer's cap alone
    expect(degradeBody("messages", { ...bot, system: "You are the support assistant of Acme." }).body.max_tokens).toBe(512);
  });

  it("reads the tag in system blocks, in the last message, in any case, and not in earlier turns", () => {
    expect(degradeBody("messages", { ...bot, system: [{ type: "text", text: GUIDE }] }).body.max_tokens).toBe(1536);
    const inTurn = { ...bot, system: undefined, messages: [{ role: "user", content: [{ type: "text", text: "Reason inside <THINK> first. Why is the sky blue?" }] }] };
    expect(degradeBody("messages", inTurn).body.max_tokens).toBe(1536);
    const earlier = {
      ...bot,
      system: undefined,
      messages: [{ role: "user", content: "Use <scratchpad> for notes." }, { role: "assistant", content: "OK." }, { role: "user", content: "Why is the sky blue?" }],
    };
    expect(degradeBody("messages", earlier).body.max_tokens).toBe(512);
    // a closing tag alone, or a tag name without brackets, asks for no block
    expect(degradeBody("messages", { ...bot, system: "Never write </thinking> or the word thinking." }).body.max_tokens).toBe(512);
  });

  it("gives no more than native thinking: not added to a thinking budget, none when degrade turns thinking off", () => {
    const native = { ...bot, thinking: { type: "enabled", budget_tokens: 8000 } };
    expect(degradeBody("messages", native).body).toMatchObject({ max_tokens: 1536, thinking: { budget_tokens: 1024 } });
    expect(degradeBody("messages", bot, { maxOutputTokens: 512, maxThinkingTokens: 0 }).body.max_tokens).toBe(512);
    // a larger thinking allowance is bounded by twice the answer's cap
    expect(degradeBody("messages", bot, { maxOutputTokens: 512, maxThinkingTokens: 8192 }).body.max_tokens).toBe(1536);
  });

  it("shrinks with the cap of an answer fetched in pieces (red team R22-2's chain stays short)", () => {
    const caps = [256, 128, 64, 32].map((c) => degradeBody("messages", bot, degradeOf({ maxOutputTokens: 512, maxThinkingTokens: 1024 }, { degradeCap: c })).body.max_tokens);
    expect(caps).toEqual([768, 384, 192, 96]);
  });

  it("only on /v1/messages: OpenAI routes hide native reasoning, a block in text would be more than it", () => {
    const chat = { model: "gpt-4o", max_tokens: 4096, messages: [{ role: "system", content: GUIDE }, { role: "user", content: "Where is my order?" }] };
    expect(degradeBody("chat", chat).body.max_tokens).toBe(512);
  });

  it("the reservation is the rewritten request's", () => {
    const prep = prepareBody("messages", bot, { defaultMaxOutput: 1024 });
    const rewritten = prepareBody("messages", degradeBody("messages", prep.body).body, { defaultMaxOutput: 1024 });
    expect(degradedReservation("messages", prep.body, prep.promptTokens)).toBe(rewritten.reservedTokens);
    expect(rewritten.reservedTokens).toBe(prep.promptTokens + 1536);
  });
});

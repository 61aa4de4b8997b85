/** The admission reservation's prompt estimate: text chars / 4, plus one token per token ID. */
import { describe, expect, it } from "vitest";
import { buildPromptView } from "../../src/detect/index.ts";
import { TEXT_CAP } from "../../src/detect/view.ts";
import { CHARS_PER_TOKEN, bodyPromptTokens, prepareBody, promptTokenEstimate, reservationFor } from "../../src/proxy/request.ts";

describe("promptTokenEstimate", () => {
  it("a metered request reserves at least one token (only a free request reserves none, and only that passes a token debt: red team R32-4's fix)", () => {
    for (const body of [{ model: "m", prompt: "", max_tokens: 0, echo: true }, { model: "m", prompt: [], max_tokens: 0 }]) {
      expect(reservationFor("completions", body, buildPromptView("completions", body), 4096)).toBe(1);
    }
  });

  it("text prompts: chars / CHARS_PER_TOKEN", () => {
    expect(promptTokenEstimate(buildPromptView("completions", { prompt: "x".repeat(400) }))).toBe(400 / CHARS_PER_TOKEN);
  });
  it("token-ID prompts count one token per ID (they used to count as zero)", () => {
    const ids = Array.from({ length: 3000 }, (_, i) => i);
    expect(promptTokenEstimate(buildPromptView("completions", { prompt: ids }))).toBe(3000);
    expect(promptTokenEstimate(buildPromptView("completions", { prompt: [ids, ids.slice(0, 500)] }))).toBe(3500);
    expect(promptTokenEstimate(buildPromptView("embeddings", { input: [ids] }))).toBe(3000);
    const body = { prompt: ids, max_tokens: 100 };
    expect(reservationFor("completions", body, buildPromptView("completions", body), 4096)).toBe(3100);
  });
  it("text outside ASCII is a token a UTF-16 unit: CJK is billed about a token a character (red team R40-1: a cut stream is charged this as its input)", () => {
    const cjk = "\u6c49\u5b57\u3042\ud55c".repeat(10_000); // 40,000 characters of Chinese, Japanese and Korean
    expect(bodyPromptTokens({ messages: [{ role: "user", content: cjk }] })).toBe(40_000);
    // mixed: the ASCII at 4 a token, the rest a token each
    expect(bodyPromptTokens({ messages: [{ role: "user", content: "abcd".repeat(100) + "\u00e9".repeat(10) }] })).toBe(110);
    // an emoji is two units, two tokens
    expect(bodyPromptTokens({ input: "\u{1F600}" })).toBe(2);
    const body = { model: "m", messages: [{ role: "user", content: cjk }], max_tokens: 10 };
    expect(prepareBody("chat", body, 1024).promptTokens).toBe(40_000);
  });
  it("text beyond the view's copy cap is still counted", () => {
    const n = TEXT_CAP + 40_000;
    expect(promptTokenEstimate(buildPromptView("chat", { messages: [{ role: "user", content: "y".repeat(n) }] }))).toBe(n / CHARS_PER_TOKEN);
  });
});

describe("bodyPromptTokens: every field that reaches the model (red team F4)", () => {
  const big = "q".repeat(40_000); // 10,000 tokens of text
  const msgs = [{ role: "user", content: "hi" }];
  it.each([
    ["a tool description", "chat", { messages: msgs, tools: [{ type: "function", function: { name: "f", description: big, parameters: {} } }] }],
    ["a response_format schema", "chat", { messages: msgs, response_format: { type: "json_schema", json_schema: { name: "s", schema: { description: big } } } }],
    ["assistant tool-call arguments", "chat", { messages: [...msgs, { role: "assistant", tool_calls: [{ id: "c", type: "function", function: { name: "f", arguments: big } }] }] }],
    ["a prediction", "chat", { messages: msgs, prediction: { type: "content", content: big } }],
    ["a completions suffix", "completions", { prompt: "x", suffix: big }],
    ["an Anthropic text document", "messages", { max_tokens: 1, messages: [{ role: "user", content: [{ type: "document", source: { type: "text", media_type: "text/plain", data: big } }] }] }],
    ["Anthropic tools", "messages", { max_tokens: 1, messages: msgs, tools: [{ name: "t", description: big, input_schema: {} }] }],
  ] as const)("%s is reserved", (_, kind, body) => {
    const b = body as Record<string, unknown>;
    const prep = prepareBody(kind, { model: "m", ...b }, 1);
    expect(prep.promptTokens).toBeGreaterThanOrEqual(10_000);
    expect(reservationFor(kind, b, buildPromptView(kind, b), 1)).toBeGreaterThanOrEqual(10_000);
  });

  it("images cost a fixed amount, not their base64 length; labels and metadata cost nothing", () => {
    const img = "data:image/png;base64," + "A".repeat(1_000_000);
    expect(bodyPromptTokens({ messages: [{ role: "user", content: [{ type: "image_url", image_url: { url: img } }] }] })).toBe(1600);
    const anth = { messages: [{ role: "user", content: [{ type: "image", source: { type: "base64", media_type: "image/png", data: "A".repeat(1_000_000) } }] }] };
    expect(bodyPromptTokens(anth)).toBe(1600);
    expect(bodyPromptTokens({ model: "x".repeat(400), metadata: { a: "y".repeat(400) }, user: "u".repeat(400) })).toBe(0);
  });

  it("token-ID arrays count one token per ID", () => {
    expect(bodyPromptTokens({ input: [Array.from({ length: 8000 }, (_, i) => i)] })).toBe(8000);
  });
});

describe("completions prompt lists (red team round 2, F2)", () => {
  it("each prompt of a list is answered: the completion reservation counts them all, degraded too", async () => {
    const { degradedReservation } = await import("../../src/proxy/degrade.ts");
    const body = { model: "m", prompt: Array.from({ length: 600 }, (_, i) => `p${i}`), max_tokens: 1000 };
    const prep = prepareBody("completions", body, 1024);
    expect(prep.reservedTokens - prep.promptTokens).toBe(600 * 1000);
    expect(degradedReservation("completions", prep.body, prep.promptTokens) - prep.promptTokens).toBe(600 * 512);
    const tokenLists = prepareBody("completions", { prompt: [[1, 2, 3], [4, 5, 6]], max_tokens: 10, n: 2 }, 1024);
    expect(tokenLists.reservedTokens - tokenLists.promptTokens).toBe(2 * 2 * 10);
    const oneTokenPrompt = prepareBody("completions", { prompt: [1, 2, 3], max_tokens: 10 }, 1024);
    expect(oneTokenPrompt.reservedTokens - oneTokenPrompt.promptTokens).toBe(10);
  });
});

/** The admission reservation's prompt estimate: text chars / 4, plus one token per token ID. */
import { describe, expect, it } from "vitest";
import { buildPromptView } from "../../src/detect/index.ts";
import { TEXT_CAP } from "../../src/detect/view.ts";
import { CHARS_PER_TOKEN, promptTokenEstimate, reservationFor } from "../../src/proxy/request.ts";

describe("promptTokenEstimate", () => {
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
  it("text beyond the view's copy cap is still counted", () => {
    const n = TEXT_CAP + 40_000;
    expect(promptTokenEstimate(buildPromptView("chat", { messages: [{ role: "user", content: "y".repeat(n) }] }))).toBe(n / CHARS_PER_TOKEN);
  });
});

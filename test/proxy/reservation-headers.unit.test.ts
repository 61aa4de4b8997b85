/**
 * The token reservation for multi-sample requests and the rate-limit headers built from the
 * limit reports, at unit level (the worker tests check them through HTTP too).
 */
import { describe, expect, it } from "vitest";
import { buildPromptView } from "../../src/detect/view.ts";
import type { LimitReport } from "../../src/limits/index.ts";
import { goDuration, rateLimitHeaders, retryHeaders } from "../../src/proxy/ratelimit-headers.ts";
import { MESSAGE_TOKENS, PRIMER_TOKENS, reservationFor, samplesOf } from "../../src/proxy/request.ts";

const chat = (extra: Record<string, unknown>) => ({ model: "m", messages: [{ role: "user", content: "abcd" }], ...extra });
/** The prompt estimate of chat(): "abcd" and one message's template. */
const P = 1 + MESSAGE_TOKENS + PRIMER_TOKENS;
const reserve = (kind: "chat" | "completions" | "embeddings", body: Record<string, unknown>, dflt = 100) =>
  reservationFor(kind, body, buildPromptView(kind, body), dflt);

describe("reservation: every sample a request asks for", () => {
  it("n = 4 reserves four completions (planted: one)", () => {
    expect(reserve("chat", chat({ max_tokens: 1000 }))).toBe(P + 1000);
    expect(reserve("chat", chat({ max_tokens: 1000, n: 4 }))).toBe(P + 4 * 1000);
    expect(reserve("chat", chat({ n: 4 }), 250)).toBe(P + 4 * 250);
  });

  it("the larger of n and best_of; the largest output limit present", () => {
    expect(samplesOf("completions", { prompt: "x", n: 2, best_of: 5 })).toBe(5);
    expect(samplesOf("completions", { prompt: "x", n: 6, best_of: 5 })).toBe(6);
    expect(reserve("chat", chat({ max_tokens: 10, max_completion_tokens: 30 }))).toBe(P + 30);
    expect(reserve("chat", chat({ max_tokens: 30, max_completion_tokens: 10 }))).toBe(P + 30);
  });

  it("a list of prompts is completed once per prompt; a flat token-ID list is one prompt", () => {
    expect(samplesOf("completions", { prompt: ["a", "b", "c"], n: 2 })).toBe(6);
    expect(samplesOf("completions", { prompt: [1, 2, 3], n: 2 })).toBe(2);
    expect(samplesOf("completions", { prompt: [], n: 2 })).toBe(2);
    expect(samplesOf("chat", { messages: [], n: 3 })).toBe(3);
  });

  it("embeddings reserve the input only, at least one token, whatever n says", () => {
    expect(reserve("embeddings", { model: "e", input: "abcdefgh", n: 4, max_tokens: 100 })).toBe(2);
    expect(reserve("embeddings", { model: "e", input: "" })).toBe(1);
  });
});

describe("rate-limit headers", () => {
  const reports: LimitReport[] = [
    { name: "rpm", quota: 60, windowSeconds: 60, remaining: 59, resetSeconds: 1 },
    { name: "tpm", quota: 200_000, windowSeconds: 60, remaining: 195_999, resetSeconds: 2 },
    { name: "tpd", quota: 5_000_000, windowSeconds: 86_400, remaining: 4_995_999, resetSeconds: 3662 },
    { name: "concurrency", quota: 8, windowSeconds: 0, remaining: 7, resetSeconds: 0 },
  ];

  it("x-ratelimit-remaining-* say what is left, not the quota (planted: quota)", () => {
    const h = rateLimitHeaders(reports);
    expect(Object.fromEntries([...h].filter(([k]) => k.startsWith("x-")))).toEqual({
      "x-ratelimit-limit-requests": "60",
      "x-ratelimit-remaining-requests": "59",
      "x-ratelimit-reset-requests": "1s",
      "x-ratelimit-limit-tokens": "200000",
      "x-ratelimit-remaining-tokens": "195999",
      "x-ratelimit-reset-tokens": "2s",
    });
  });

  it("on an Anthropic route the key's limits in Anthropic's own fields too, reset as an RFC 3339 time (red team R85-3)", () => {
    const at = Date.UTC(2026, 11, 8, 0, 0, 0, 250);
    const h = rateLimitHeaders(reports, new Headers(), at);
    expect(Object.fromEntries([...h].filter(([k]) => k.startsWith("anthropic-")))).toEqual({
      "anthropic-ratelimit-requests-limit": "60",
      "anthropic-ratelimit-requests-remaining": "59",
      "anthropic-ratelimit-requests-reset": "2026-12-08T00:00:01Z",
      "anthropic-ratelimit-tokens-limit": "200000",
      "anthropic-ratelimit-tokens-remaining": "195999",
      "anthropic-ratelimit-tokens-reset": "2026-12-08T00:00:02Z",
    });
    expect([...rateLimitHeaders(reports)].some(([k]) => k.startsWith("anthropic-"))).toBe(false);
  });

  it("RateLimit-Policy and RateLimit list every limit, concurrency without a window", () => {
    const h = rateLimitHeaders(reports);
    expect(h.get("RateLimit-Policy")).toBe('"rpm";q=60;w=60, "tpm";q=200000;w=60, "tpd";q=5000000;w=86400, "concurrency";q=8');
    expect(h.get("RateLimit")).toBe('"rpm";r=59;t=1, "tpm";r=195999;t=2, "tpd";r=4995999;t=3662, "concurrency";r=7;t=0');
  });

  it("no reports, no headers; only the limits present get their x-ratelimit-* fields", () => {
    expect([...rateLimitHeaders([])]).toEqual([]);
    const h = rateLimitHeaders([reports[2]!]);
    expect([...h].map(([k]) => k).sort()).toEqual(["ratelimit", "ratelimit-policy"]);
  });

  it("goDuration: OpenAI's 1h2m3s style, rounded up, never negative", () => {
    expect([0, 0.2, 59, 60, 61, 3599, 3600, 3662, -5].map(goDuration)).toEqual(["0s", "1s", "59s", "1m0s", "1m1s", "59m59s", "1h0m0s", "1h1m2s", "0s"]);
  });

  it("a refusal that can never pass says x-should-retry: false and no Retry-After", () => {
    for (const ms of [undefined, Number.POSITIVE_INFINITY]) {
      const h = retryHeaders(ms, new Headers());
      expect([...h]).toEqual([["x-should-retry", "false"]]);
    }
    const h = retryHeaders(0.4, new Headers());
    expect([h.get("retry-after"), h.get("retry-after-ms"), h.get("x-should-retry")]).toEqual(["1", "1", null]);
    expect(retryHeaders(1500.2, new Headers()).get("retry-after-ms")).toBe("1501");
  });
});

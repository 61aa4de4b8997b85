/**
 * What a degraded answer counts as served in a replay: the origin cuts it at the output cap the
 * degrade rewrite set (512 by default), whatever the trace billed as its prompt. The replay used to
 * cut it at the degraded reservation less the trace's billed prompt, which counted 0 tokens where
 * the billed prompt was larger than the guard's estimate from the body (a stored response's context,
 * a tokenizer of its own) and more than the cap where it was smaller (an image estimated high).
 */
import { describe, expect, it } from "vitest";
import { Replayer, type TraceEvent } from "../../src/engine/replayer.ts";

const T0 = Date.UTC(2026, 11, 5);
// every key degraded from its first request (forced cut-offs: no evidence needed)
const DEGRADE_ALL = {
  detection: { mode: "enforce", throttleAt: 0, degradeAt: 0, challengeAt: 1, blockAt: 1, jitter: 0, minEvidence: 0, hysteresis: 0, convergeChannels: 1, convergeFloor: 0 },
};

const ask = (i: number, billedPrompt: number, completion: number, max_tokens = 4096): TraceEvent => ({
  ts: T0 + i * 60_000, key: "sk-deg", method: "POST", path: "/v1/chat/completions",
  body: { model: "gpt-4o", max_tokens, messages: [{ role: "user", content: `Explain, in detail, question number ${i} of the set.` }] },
  usage: { prompt_tokens: billedPrompt, completion_tokens: completion },
});

describe("a degraded answer in a replay", () => {
  it("is served up to the degrade cap whatever the trace billed as its prompt", () => {
    const r = new Replayer({ policy: DEGRADE_ALL });
    const lines = [ask(0, 3000, 1500), ask(1, 1, 1500), ask(2, 3000, 200), ask(3, 1, 1500, 100)].map((ev, i) => r.step(ev, i));
    expect(lines.map((l) => [l.degraded, l.completion])).toEqual([
      [true, 512],
      [true, 512],
      [true, 200],
      [true, 100],
    ]);
  });

  it("a piece of a capped chain on Anthropic with thinking keeps its thinking budget, as the Worker forwards it", () => {
    const r = new Replayer({ policy: DEGRADE_ALL });
    const q = "Prove step by step that the sum of the first n odd numbers is n squared, justifying every step.";
    const body = (messages: unknown[]) => ({ model: "claude", max_tokens: 3000, thinking: { type: "enabled", budget_tokens: 2000 }, messages });
    const ev = (i: number, messages: unknown[]): TraceEvent => ({
      ts: T0 + i * 60_000, key: "sk-deg", method: "POST", path: "/v1/messages", body: body(messages), usage: { prompt_tokens: 80, completion_tokens: 3000 },
    });
    const first = r.step(ev(0, [{ role: "user", content: q }]), 0);
    // 512 visible + the 1,024 thinking budget degrade keeps
    expect(first.completion).toBe(1536);
    const piece = r.step(ev(1, [{ role: "user", content: q }, { role: "assistant", content: "Step 1: write the k-th odd number as 2k - 1. ".repeat(20) }, { role: "user", content: "Continue." }]), 1);
    // the chain has 1,536 tokens: 32 visible (the floor) + the thinking budget
    expect(piece.completion).toBe(1056);
  });

  it("a degraded message batch is served what its items could return, not its reservation (red team R51-4)", () => {
    const r = new Replayer({ policy: DEGRADE_ALL });
    const pad = "Reference passage: " + "the quick brown fox jumps over the lazy dog. ".repeat(80);
    const batch = (i: number, maxTokens: number, prefix: string): TraceEvent => ({
      ts: T0 + i * 60_000, key: "sk-deg", method: "POST", path: "/v1/messages/batches",
      body: { requests: Array.from({ length: 10 }, (_, j) => ({ custom_id: `q${j}`, params: { model: "claude", max_tokens: maxTokens, messages: [{ role: "user", content: `${prefix}Explain question ${i * 10 + j} in detail.` }] } })) },
    });
    // ~4 KB prompts, max_tokens 100: at most 10 x 100 (the reservation, prompts included, is ~10,800)
    expect(r.step(batch(0, 100, pad), 0)).toMatchObject({ degraded: true, completion: 1000 });
    // short prompts, max_tokens 8,000: at most 10 x the 512 cap
    expect(r.step(batch(1, 8000, ""), 1)).toMatchObject({ degraded: true, completion: 5120 });
  });
});

describe("samples in a replay (red team R52-6)", () => {
  const sampled = (key: string, i: number): TraceEvent => ({
    ts: T0 + i * 60_000, key, method: "POST", path: "/v1/chat/completions",
    body: { model: "gpt-4o", n: 8, max_tokens: 2048, messages: [{ role: "user", content: `Solve problem ${i} step by step.` }] },
    usage: { prompt_tokens: 40, completion_tokens: 8 * 700 },
  });
  it("a degraded request's one answer is no samples: 512 tokens read as 8 of 64 would make a sampling harvest's samples look like variants", () => {
    const r = new Replayer({ policy: DEGRADE_ALL });
    for (let i = 0; i < 3; i++) expect(r.step(sampled("sk-deg", i), i).degraded).toBe(true);
    expect(r.engineOf("sk-deg")!.snap.detect.sampleChoices).toBe(0);
    const full = new Replayer();
    for (let i = 0; i < 3; i++) full.step(sampled("sk-full", i), i);
    // 3 x 8 samples of 700 tokens (decayed over two minutes)
    expect(full.engineOf("sk-full")!.snap.detect.sampleChoices).toBeGreaterThan(23.9);
    expect(full.engineOf("sk-full")!.snap.detect.sampleTokens / full.engineOf("sk-full")!.snap.detect.sampleChoices).toBeCloseTo(700, 3);
  });
});

describe("a quota refusal's line (red team R55-2: a replayed client had to guess the wait)", () => {
  it("names the quota and carries the wait its 429 gave; a served line carries neither", () => {
    // rpm 2 refills one request every 30 s: the third, at 2 s, is refused until 30 s, 28 s later
    const r = new Replayer({ policy: { defaults: { rpm: 2 } } });
    const ev = (i: number, ms: number): TraceEvent => ({
      ts: T0 + ms, key: "sk-rpm", method: "POST", path: "/v1/chat/completions",
      body: { model: "gpt-4o", max_tokens: 64, messages: [{ role: "user", content: `Question ${i}` }] }, usage: { prompt_tokens: 10, completion_tokens: 20 },
    });
    const lines = [ev(0, 0), ev(1, 1000), ev(2, 2000)].map((e, i) => r.step(e, i));
    expect(lines.map((l) => [l.action, l.served, l.limit, l.retryAfterMs])).toEqual([
      ["allow", true, undefined, undefined],
      ["allow", true, undefined, undefined],
      ["limit", false, "rpm", 28_000],
    ]);
  });
});

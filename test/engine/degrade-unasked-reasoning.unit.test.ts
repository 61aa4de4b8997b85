/**
 * Red team R60-1's open half: a reasoning model called at its default effort (no
 * `reasoning_effort`) reasons inside the same output cap, so once its key was degraded for any
 * reason, degrade's 512 tokens held reasoning and answer together and most answers came back
 * empty. A key whose answers come with hidden reasoning (detect/budget.ts reasonsHidden) now gets,
 * on a degraded OpenAI request naming no effort, the room one naming an effort gets
 * (Decision.degradeRoom, proxy/degrade.ts unaskedRoom). Standings are forced through a tier's
 * cut-offs, as in ladder.unit.test.ts.
 */
import { describe, expect, it } from "vitest";
import { parsePolicy, type PolicyConfig } from "../../src/config/index.ts";
import { extractSignals } from "../../src/detect/index.ts";
import type { RequestSignals } from "../../src/detect/signals.ts";
import { buildPromptView } from "../../src/detect/view.ts";
import { KeyEngine } from "../../src/engine/key-engine.ts";
import { DEFAULT_DEGRADE, degradeBody, degradedReservation, degradeOf } from "../../src/proxy/degrade.ts";

const T0 = Date.UTC(2026, 11, 7, 9);

function policy(): PolicyConfig {
  const forced = { mode: "enforce", throttleAt: 0, degradeAt: 0, challengeAt: 1, blockAt: 1, jitter: 0, minEvidence: 0, blockMinRequests: 0, hysteresis: 0, convergeChannels: 1, convergeFloor: 0 };
  const p = parsePolicy({ defaults: { rpm: 10_000 }, tiers: { degraded: { detection: forced } }, degrade: { maxOutputTokens: 512, maxThinkingTokens: 1024 } });
  if (!p.ok) throw new Error(`${p.problem.field} ${p.problem.message}`);
  return p.value;
}

const chat = (extra: Record<string, unknown> = {}): RequestSignals =>
  extractSignals(buildPromptView("chat", { model: "o4-mini", max_completion_tokens: 25_000, messages: [{ role: "user", content: "Why does ice float on water?" }], ...extra }), {});

/** A degraded key whose first four answers came with (`hidden`) or without hidden reasoning (4:
 *  the answers decay, and reasonsHidden needs 3 of them). */
function degradedKey(hidden: boolean) {
  const p = policy();
  const e = new KeyEngine();
  e.snap.override = { tier: "degraded" };
  let now = T0;
  let seq = 0;
  const send = (sig: RequestSignals, route: "chat" | "responses" = "chat") => e.admit(p, { nowMs: (now += 1000), requestId: `r${++seq}`, route, reservedTokens: 25_100, degradedTokens: 600, signals: sig });
  for (let i = 0; i < 4; i++) {
    const sig = chat();
    const d = { ...send(sig), mo: sig.mo };
    e.settle(p, { nowMs: now + 500, leaseId: d.leaseId!, reservedTokens: d.reservedTokens, usage: { promptTokens: 30, completionTokens: hidden ? 900 : 300, ...(hidden ? { reasoning: 600 } : {}), model: d.mo } });
  }
  return { send };
}

describe("a degraded request naming no reasoning effort, on a key whose answers come with hidden reasoning", () => {
  it("keeps the reasoning room a request naming an effort keeps, and reserves it", () => {
    const d = degradedKey(true).send(chat());
    expect(d).toMatchObject({ served: true, degrade: true, degradeRoom: 1024 });
    expect(d.reservedTokens).toBe(600 + 1024);
  });
  it("a request naming an effort gets its room from the request itself (degrade.ts reasoningRoom), not twice", () => {
    const d = degradedKey(true).send(chat({ reasoning_effort: "medium" }));
    expect(d.degrade).toBe(true);
    expect(d.degradeRoom).toBeUndefined();
  });
  it("a request to another model than the one whose answers came with hidden reasoning gets none (red team R62-3)", () => {
    const d = degradedKey(true).send(chat({ model: "gpt-4.1" }));
    expect(d.degrade).toBe(true);
    expect(d.degradeRoom).toBeUndefined();
    expect(d.reservedTokens).toBe(600);
  });
  it("a key whose answers came without hidden reasoning gets none", () => {
    const d = degradedKey(false).send(chat());
    expect(d.degrade).toBe(true);
    expect(d.degradeRoom).toBeUndefined();
    expect(d.reservedTokens).toBe(600);
  });
});

describe("degradeBody with a decision's room for unasked reasoning", () => {
  const s = degradeOf(DEFAULT_DEGRADE, { degradeRoom: 1024 });
  const cap = (kind: "chat" | "responses" | "messages", body: Record<string, unknown>) => {
    const out = degradeBody(kind, body, s).body;
    return out.max_completion_tokens ?? out.max_output_tokens ?? out.max_tokens;
  };
  it("adds it to a chat or Responses request that names no effort, and the reservation matches", () => {
    const body = { model: "o4-mini", max_completion_tokens: 25_000, messages: [{ role: "user", content: "hi" }] };
    expect(cap("chat", body)).toBe(512 + 1024);
    expect(degradedReservation("chat", body, 10, s)).toBe(10 + 512 + 1024);
    expect(cap("responses", { model: "o4-mini", max_output_tokens: 25_000, input: "hi" })).toBe(512 + 1024);
  });
  it("not to one naming an effort (its own room, once), nor effort none, nor another route", () => {
    expect(cap("chat", { model: "o4-mini", max_completion_tokens: 25_000, reasoning_effort: "medium", messages: [] })).toBe(512 + 1024);
    expect(cap("chat", { model: "o4-mini", max_completion_tokens: 25_000, reasoning_effort: "none", messages: [] })).toBe(512);
    expect(cap("messages", { model: "claude", max_tokens: 25_000, messages: [] })).toBe(512);
    // and without a decision's room, none
    expect(degradeBody("chat", { model: "o4-mini", max_completion_tokens: 25_000, messages: [] }, DEFAULT_DEGRADE).body.max_completion_tokens).toBe(512);
  });
});

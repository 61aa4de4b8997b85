/**
 * Red team R13-7: a degraded Anthropic request with `thinking` keeps a 1,024-token budget and gets
 * `max_tokens` 512 + 1,024, so a model that thinks briefly writes up to ~1,500 visible tokens.
 * `degrade.maxThinkingTokens: 0` turns thinking off under degrade: `max_tokens` then caps the
 * visible answer alone, and the reservation is that request's.
 */
import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/config/index.ts";
import { degradeBody, degradedReservation } from "../../src/proxy/degrade.ts";
import { prepareBody } from "../../src/proxy/request.ts";

const OFF = { maxOutputTokens: 512, maxThinkingTokens: 0 };
const thinking = { model: "claude-sonnet-4-5", max_tokens: 16_000, thinking: { type: "enabled", budget_tokens: 8000 }, messages: [{ role: "user", content: "Prove it step by step." }] };

describe("degrade.maxThinkingTokens 0 (red team R13-7)", () => {
  it("thinking is dropped and max_tokens caps the visible answer at maxOutputTokens", () => {
    const r = degradeBody("messages", thinking, OFF);
    expect(r.body.thinking).toBeUndefined();
    expect(r.body.max_tokens).toBe(512);
    expect(r.changed).toEqual(["thinking", "max_tokens"]);
    // the default keeps a 1,024 budget on top of the cap
    expect(degradeBody("messages", thinking).body).toMatchObject({ thinking: { type: "enabled", budget_tokens: 1024 }, max_tokens: 1536 });
  });

  it("the reservation is the degraded request's", () => {
    const prepared = prepareBody("messages", degradeBody("messages", thinking, OFF).body, { defaultMaxOutput: 1024 });
    expect(degradedReservation("messages", thinking, prepared.promptTokens, OFF)).toBe(prepared.reservedTokens);
    expect(degradedReservation("messages", thinking, prepared.promptTokens, OFF)).toBe(prepared.promptTokens + 512);
  });

  it("thinking disabled, and every other route, are left as they were", () => {
    const disabled = { ...thinking, thinking: { type: "disabled" } };
    expect(degradeBody("messages", disabled, OFF).body.thinking).toEqual({ type: "disabled" });
    expect(degradeBody("chat", { model: "x", messages: [], max_tokens: 100 }, OFF).changed).toEqual([]);
  });

  it("config: 0 or 1024..1000000; anything between refused with a message that says so", () => {
    const ok = parsePolicy({ degrade: { maxThinkingTokens: 0 } });
    expect(ok.ok && ok.value.degrade).toEqual({ maxOutputTokens: 512, maxThinkingTokens: 0, embeddingDimensions: 256 });
    for (const bad of [1, 1023, -1, 1_000_001]) {
      expect(parsePolicy({ degrade: { maxThinkingTokens: bad } })).toEqual({ ok: false, problem: { field: "GUARD_POLICY.degrade.maxThinkingTokens", message: "must be 0 (thinking turned off) or an integer from 1024 to 1000000" } });
    }
    expect(parsePolicy({ degrade: { maxOutputTokens: 0 } })).toMatchObject({ ok: false, problem: { field: "GUARD_POLICY.degrade.maxOutputTokens", message: "must be an integer from 1 to 1000000" } });
  });
});

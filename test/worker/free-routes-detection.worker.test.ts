/**
 * Free routes (models, retrieving a stored response or a batch...) count one request for the key
 * but are not answers: detection must not read their settlement as an answer of 0 completion
 * tokens. It did, so free calls interleaved with a harvest diluted every answer-length feature
 * (the mean answer, the cohort's extraction profile, amplification) at no cost.
 */
import { runInDurableObject } from "cloudflare:test";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { KeySnapshot } from "../../src/engine/key-engine.ts";
import type { KeyGuard } from "../../src/state/key-guard.ts";
import { call, chat, keyIdOf, mockOrigin, newKey, testEnv } from "./helpers.ts";

afterEach(() => vi.restoreAllMocks());

async function detectOf(key: string) {
  const keyId = await keyIdOf(key);
  return runInDurableObject(testEnv.KEY_GUARD.getByName(keyId), (instance: KeyGuard) => {
    const d = (instance as unknown as { engine: { snap: KeySnapshot } }).engine.snap.detect;
    return { settled: d.settled, completionTokens: d.completionTokens, requests: d.requests };
  });
}

describe("free routes and detection", () => {
  it("a free call is not read as an answer: the settled count and the answers' tokens stay those of the chat requests", async () => {
    mockOrigin();
    const key = newKey();
    for (let i = 0; i < 2; i++) {
      const { res, settled } = await call("/v1/chat/completions", chat(key, { max_tokens: 64 }));
      expect(res.status).toBe(200);
      await res.text();
      await settled();
    }
    const before = await detectOf(key);
    expect(before.settled).toBeGreaterThan(1.9);
    for (const path of ["/v1/models", "/v1/models", "/v1/responses/resp_1", "/v1/models"]) {
      const { res, settled } = await call(path, { headers: { authorization: `Bearer ${key}` } });
      await res.text();
      await settled();
    }
    const after = await detectOf(key);
    // decay over a few ms only: the free calls added no answers
    expect(after.settled).toBeLessThanOrEqual(before.settled);
    expect(after.settled).toBeGreaterThan(before.settled - 0.01);
    expect(after.completionTokens).toBeLessThanOrEqual(before.completionTokens);
  });
});

/**
 * Free routes (models, retrieving a stored response or a batch...) count one request for the key
 * but are not answers: detection must not read their settlement as an answer of 0 completion
 * tokens. It did, so free calls interleaved with a harvest diluted every answer-length feature
 * (the mean answer, the cohort's extraction profile, amplification) at no cost.
 * One free route does carry an answer: a background response retrieved once it has ended (its own
 * POST returned at once, with no usage); detection reads it there (red team R6-3 `e-bg`).
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

  it("a background response's answer reaches detection when it is retrieved, JSON or as events (the client gets it whole)", async () => {
    mockOrigin();
    const key = newKey();
    const auth = { authorization: `Bearer ${key}` };
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const { res, settled } = await call("/v1/responses", { method: "POST", headers: { ...auth, "content-type": "application/json" }, body: JSON.stringify({ model: "gpt-4o", input: `Explain topic ${i} in depth.`, background: true, max_output_tokens: 1500 }) });
      expect(res.status).toBe(200);
      const body = (await res.json()) as { id: string; status: string };
      expect(body.status).toBe("queued");
      ids.push(body.id);
      await settled();
    }
    expect((await detectOf(key)).settled).toBe(0); // the POSTs saw no usage
    const got: string[] = [];
    for (const [i, id] of ids.entries()) {
      const { res, settled } = await call(`/v1/responses/${id}${i === 2 ? "?stream=true" : ""}`, { headers: auth });
      expect(res.status).toBe(200);
      got.push(await res.text());
      await settled();
    }
    // the client got the whole answer (the guard read a copy)
    // (the mock writes at most MAX_WORDS = 64 tokens whatever max_output_tokens asks)
    expect(JSON.parse(got[0]!)).toMatchObject({ status: "completed", background: true, usage: { output_tokens: 64 } });
    expect(got[2]).toContain("response.completed");
    const d = await detectOf(key);
    expect(d.settled).toBeGreaterThan(2.99);
    expect(d.settled).toBeLessThan(3.01);
    // fetched again (JSON or events), an answer is not read again (red team R7-2: re-fetching one
    // cheap background response after every ask diluted the mean answer for free)
    for (const id of [ids[0], ids[0], ids[1]]) {
      const again = await call(`/v1/responses/${id}`, { headers: auth });
      await again.res.text();
      await again.settled();
    }
    expect((await detectOf(key)).settled).toBeLessThan(3.01);
    expect(d.completionTokens).toBeGreaterThan(3 * 64 - 0.01);
    expect(d.completionTokens).toBeLessThan(3 * 64 + 0.01);
  });

  it("a foreground response retrieved again is not read twice", async () => {
    mockOrigin();
    const key = newKey();
    const auth = { authorization: `Bearer ${key}` };
    const { res, settled } = await call("/v1/responses", { method: "POST", headers: { ...auth, "content-type": "application/json" }, body: JSON.stringify({ model: "gpt-4o", input: "Hello", max_output_tokens: 200 }) });
    const body = (await res.json()) as { id: string; status: string };
    expect(body.status).toBe("completed");
    await settled();
    const before = await detectOf(key);
    expect(before.settled).toBeGreaterThan(0.99);
    // the mock keeps no foreground responses (404); a background-shaped id of a finished answer the
    // origin says was not background would be refused by backgroundAnswer (unit-tested)
    const again = await call(`/v1/responses/${body.id}`, { headers: auth });
    await again.res.text();
    await again.settled();
    expect((await detectOf(key)).settled).toBeLessThanOrEqual(before.settled);
  });
});

/**
 * What the Worker settles reaches detection whole (red team R16-1): R15-1's fix (an answer read
 * against the prompt its readable text stands for, not the tokens billed for an image) held in
 * `npm run replay` and not over HTTP, because the settlement the isolate sends the key's object
 * left `readablePrompt` out: 0 of 50 image-ask keys flagged on a live guard, 50 of 50 in replay.
 * R15-2's per-choice reading travels the same way (`choices`), and R52-6's samples (`samples`),
 * which a degraded request does not carry: its answer is one choice.
 */
import { runInDurableObject } from "cloudflare:test";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { KeySnapshot } from "../../src/engine/key-engine.ts";
import type { KeyGuard } from "../../src/state/key-guard.ts";
import { call, keyIdOf, mockOrigin, newKey, testEnv } from "./helpers.ts";
import type { Env } from "../../src/env.ts";

afterEach(() => vi.restoreAllMocks());

async function detectOf(key: string) {
  const keyId = await keyIdOf(key);
  return runInDurableObject(testEnv.KEY_GUARD.getByName(keyId), (instance: KeyGuard) => {
    const d = (instance as unknown as { engine: { snap: KeySnapshot } }).engine.snap.detect;
    return { promptTokens: d.promptTokens, completionTokens: d.completionTokens, longAnswers: d.longAnswers, settled: d.settled, repeatChars: d.repeatChars, promptChars: d.promptChars, sampleChoices: d.sampleChoices, sampleTokens: d.sampleTokens };
  });
}

/** An origin that bills `prompt` and answers `completion` tokens to every chat request. */
function billing(prompt: number, completion: number) {
  return mockOrigin(async () =>
    Response.json({ id: "chatcmpl-1", object: "chat.completion", created: 1, model: "gpt-4o", choices: [{ index: 0, message: { role: "assistant", content: "x" }, finish_reason: "stop" }], usage: { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion } }),
  );
}

async function ask(key: string, body: Record<string, unknown>, env: Partial<Env> = {}) {
  const { res, settled } = await call("/v1/chat/completions", { method: "POST", headers: { authorization: `Bearer ${key}`, "content-type": "application/json" }, body: JSON.stringify({ model: "gpt-4o", ...body }) }, env);
  expect(res.status).toBe(200);
  await res.text();
  await settled();
  return res;
}

describe("settlements carry what detection reads (red team R16-1)", () => {
  it("an image ask's answer is read against the note beside it, not the 765 tokens billed for the image", async () => {
    billing(830, 2100);
    const key = newKey();
    for (let i = 0; i < 4; i++) {
      await ask(key, { max_tokens: 4096, messages: [{ role: "user", content: [{ type: "text", text: "Question in the picture." }, { type: "image_url", image_url: { url: `https://img.example.net/u/${i}.png`, detail: "high" } }] }] });
    }
    // one more request carries the last settlement to the object (a cold key's settles ride on its next call)
    await ask(key, { max_tokens: 64, messages: [{ role: "user", content: "ok" }] });
    const d = await detectOf(key);
    expect(d.settled).toBeGreaterThan(3.9);
    // 4 image asks read at <= 14 readable tokens each (not 830 billed), plus the text ask
    expect(d.promptTokens).toBeLessThan(4 * 14 + 830 + 1);
    expect(d.longAnswers).toBeGreaterThan(3.9);
  });

  it("a background image ask's answer, read when retrieved, is read against the note too (red team R16-3)", async () => {
    let n = 0;
    mockOrigin(async (req) => {
      const path = new URL(req.url).pathname;
      if (req.method === "POST") return Response.json({ id: `resp_img${++n}`, object: "response", status: "queued", background: true, usage: null });
      return Response.json({ id: path.split("/").at(-1), object: "response", status: "completed", background: true, output: [], usage: { input_tokens: 830, output_tokens: 2100 } });
    });
    const key = newKey();
    const auth = { authorization: `Bearer ${key}` };
    for (let i = 0; i < 3; i++) {
      const post = await call("/v1/responses", { method: "POST", headers: { ...auth, "content-type": "application/json" }, body: JSON.stringify({ model: "gpt-4o", background: true, max_output_tokens: 4096, input: [{ role: "user", content: [{ type: "input_text", text: "Question in the picture." }, { type: "input_image", image_url: `https://img.example.net/u/${i}.png` }] }] }) });
      expect(post.res.status).toBe(200);
      const { id } = (await post.res.json()) as { id: string };
      await post.settled();
      const get = await call(`/v1/responses/${id}`, { headers: auth });
      expect(get.res.status).toBe(200);
      await get.res.text();
      await get.settled();
    }
    await ask(key, { max_tokens: 64, messages: [{ role: "user", content: "ok" }] });
    const d = await detectOf(key);
    expect(d.settled).toBeGreaterThan(2.9);
    expect(d.longAnswers).toBeGreaterThan(2.9);
    expect(d.promptTokens).toBeLessThan(3 * 14 + 2000);
  });

  it("suggestions' choices are read one by one", async () => {
    billing(80, 195);
    const key = newKey();
    for (let i = 0; i < 3; i++) await ask(key, { n: 3, max_tokens: 180, messages: [{ role: "user", content: `Reply drafts for message ${i}` }] });
    await ask(key, { max_tokens: 64, messages: [{ role: "user", content: "ok" }] });
    const d = await detectOf(key);
    expect(d.settled).toBeGreaterThan(2.9);
    // 3 x 65 per choice (+ the last ask's 195 if it settled), never 3 x 195
    expect(d.completionTokens).toBeLessThan(3 * 65 + 195 + 1);
  });

  it("samples reach the object with their count; a degraded request's answer is one choice and carries none (red team R52-6)", async () => {
    billing(90, 560);
    const key = newKey();
    for (let i = 0; i < 3; i++) await ask(key, { n: 4, max_tokens: 300, messages: [{ role: "user", content: `Ad copy for product ${i}` }] });
    await ask(key, { max_tokens: 64, messages: [{ role: "user", content: "ok" }] });
    const d = await detectOf(key);
    expect(d.sampleChoices).toBeGreaterThan(3 * 4 - 0.1);
    expect(d.sampleChoices).toBeLessThan(3 * 4 + 0.1);
    expect(d.sampleTokens).toBeGreaterThan(3 * 560 - 1);
    // the same asks from a key held at degrade: n 1 reaches the origin, its one answer is no samples
    const base = JSON.parse(String(testEnv.GUARD_POLICY)) as Record<string, unknown>;
    const env = { GUARD_POLICY: JSON.stringify({ ...base, tiers: { ...(base.tiers as object), held: { rpm: 100, detection: { throttleAt: 0, degradeAt: 0, challengeAt: 1, blockAt: 1, jitter: 0, minEvidence: 0, hysteresis: 0, convergeChannels: 1, convergeFloor: 0 } } } }) };
    const held = newKey();
    const over = await call(`/admin/keys/${await keyIdOf(held)}/overrides`, { method: "PUT", headers: { authorization: "Bearer test-admin-token", "content-type": "application/json" }, body: JSON.stringify({ tier: "held" }) }, env);
    expect(over.res.status).toBe(200);
    for (let i = 0; i < 3; i++) expect((await ask(held, { n: 4, max_tokens: 300, messages: [{ role: "user", content: `Ad copy for product ${i}` }] }, env)).headers.get("x-guard-policy")).toBe("degraded");
    await ask(held, { max_tokens: 64, messages: [{ role: "user", content: "ok" }] }, env);
    const h = await detectOf(held);
    expect(h.settled).toBeGreaterThan(2.9);
    expect(h.sampleChoices).toBe(0);
  });

  it("a static prefix the key repeats reaches its object: the signals carry its samples (red team R16-2, R17)", async () => {
    // a fixed ~1,600-char policy before short asks, billed as such: 2,100-token answers read
    // 5x their billed prompt, ~50x what the asks add
    const policy = "You're a thorough tutor. Use headings. You work for Notewise, a study assistant. " +
      Array.from({ length: 24 }, (_, i) => `Rule ${i + 1}: ${["Define technical terms first.", "Give two worked examples.", "Explain every symbol in a formula.", "End with a flashcard summary."][i % 4]}`).join(" ");
    billing(450, 2100);
    const key = newKey();
    for (let i = 0; i < 5; i++) await ask(key, { max_tokens: 4096, messages: [{ role: "system", content: policy }, { role: "user", content: `Explain topic number ${i} of the syllabus.` }] });
    await ask(key, { max_tokens: 64, messages: [{ role: "system", content: policy }, { role: "user", content: "ok" }] });
    const d = await detectOf(key);
    expect(d.settled).toBeGreaterThan(4.9);
    // requests 2-6 repeat the policy: ~5 of 6 prefixes read away
    expect(d.repeatChars / d.promptChars).toBeGreaterThan(0.6);
    // answers from the 3rd on are long against what the asks add (not against the 450 billed)
    expect(d.longAnswers).toBeGreaterThan(2.9);
  });
});

/**
 * Red team R14-1: JSON answers over 8 MiB (made big by per-token logprobs, 20 alternatives on
 * ~10,000 tokens) were passed on unread and settled on their reservation, while the origin billed
 * 20x that (input it adds itself: images or files by URL, a stored context). The guard now keeps
 * such an answer's two ends and reads its usage from the tail, its id from the head.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { call, chat, keyIdOf, mockOrigin, newKey, remaining, setOverride, stateOf } from "./helpers.ts";

afterEach(() => vi.restoreAllMocks());

const NINE_MIB = 9 * 1024 * 1024;
const USAGE = { prompt_tokens: 200_000, completion_tokens: 10_000 };

/** A chat completion of about 9 MiB: logprobs in the middle, usage at the end (as OpenAI writes it). */
function bigChat(): string {
  const entry = JSON.stringify({ token: "tok", logprob: -0.5, bytes: [116, 111, 107], top_logprobs: Array.from({ length: 20 }, () => ({ token: "alt", logprob: -3.25, bytes: [97] })) });
  const content = Array.from({ length: Math.ceil(NINE_MIB / entry.length) }, () => entry).join(",");
  return `{"id":"chatcmpl-big","object":"chat.completion","created":1,"model":"gpt-4o","choices":[{"index":0,"message":{"role":"assistant","content":"x"},"logprobs":{"content":[${content}]},"finish_reason":"stop"}],"usage":${JSON.stringify(USAGE)},"system_fingerprint":"fp"}`;
}

/** A stored Responses object of about 9 MiB that has ended (background), usage after the output. */
function bigResponse(id: string): string {
  const filler = "y".repeat(NINE_MIB);
  return `{"id":"${id}","object":"response","created_at":1,"status":"completed","background":true,"model":"gpt-4o","output":[{"type":"message","role":"assistant","content":[{"type":"output_text","text":"${filler}"}]}],"tools":[],"usage":{"input_tokens":200000,"output_tokens":10000,"total_tokens":210000},"user":null,"metadata":{}}`;
}

describe("answers over 8 MiB are charged what the origin says (red team R14-1)", () => {
  it("a foreground chat answer of 9 MiB: its usage is read from its end, the key goes into debt", async () => {
    const text = bigChat();
    expect(text.length).toBeGreaterThan(8 * 1024 * 1024);
    mockOrigin(async () => new Response(text, { headers: { "content-type": "application/json", "content-length": String(text.length) } }));
    const key = newKey();
    await setOverride(key, { rpm: null, tpm: null, tpd: 100_000, concurrency: null });
    const { res, settled } = await call("/v1/chat/completions", chat(key, { logprobs: true, top_logprobs: 20, max_tokens: 10_000 }));
    expect(res.status).toBe(200);
    expect((await res.text()).length).toBe(text.length); // the client gets every byte
    await settled();
    const s = await stateOf(await keyIdOf(key));
    expect(s.counters.promptTokens).toBe(200_000);
    expect(s.counters.completionTokens).toBe(10_000);
    expect(remaining(s, "tpd")).toBeLessThanOrEqual(0); // before the fix: 100,000 minus the reservation
  });

  it("a background answer of 9 MiB, retrieved: charged beyond its reservation when read", async () => {
    const id = `resp_big_${Date.now()}`;
    const big = bigResponse(id);
    mockOrigin(async (req) => {
      if (req.method === "POST") return Response.json({ id, object: "response", status: "queued", background: true, output: [], usage: null });
      return new Response(big, { headers: { "content-type": "application/json" } });
    });
    const key = newKey();
    const keyId = await setOverride(key, { rpm: null, tpm: null, tpd: 500_000, concurrency: 2 });
    const post = await call("/v1/responses", { method: "POST", headers: { authorization: `Bearer ${key}`, "content-type": "application/json" }, body: JSON.stringify({ model: "gpt-4o", input: "go", background: true, max_output_tokens: 1000 }) });
    expect(post.res.status).toBe(200);
    await post.res.text();
    await post.settled();
    const reserved = 500_000 - remaining(await stateOf(keyId), "tpd")!;
    expect(reserved).toBeLessThan(5_000);
    const got = await call(`/v1/responses/${id}`, { headers: { authorization: `Bearer ${key}` } });
    expect(got.res.status).toBe(200);
    expect((await got.res.text()).length).toBe(big.length);
    await got.settled();
    const s = await stateOf(keyId);
    // charged what the answer took: 210,000 in all (before the fix: the reservation only)
    const charged = 500_000 - remaining(s, "tpd")!;
    expect(charged).toBeGreaterThan(209_000); // 210,000 less the bucket's refill since the POST
    expect(charged).toBeLessThanOrEqual(210_000);
    // and its read freed the slot the job held (R13-3)
    expect(s.inFlight).toBe(0);
  });
});

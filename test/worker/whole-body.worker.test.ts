/**
 * A non-streamed answer of unknown length (sent chunked, as an origin behind compression sends
 * it) is read whole when it is small: charged the origin's usage before the client reads a byte,
 * and passed on byte for byte. A large one is streamed on through the usage tap, whole too.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { handleMockRequest } from "../../src/mock/origin.ts";
import { call, chat, mockOrigin, newKey, setOverride, stateOf } from "./helpers.ts";

afterEach(() => vi.restoreAllMocks());

/** The mock origin's answers, re-sent in chunks of `size` bytes with no content-length; `pad`
 *  chars added to a JSON answer's `pad` field. */
function chunkedOrigin(size: number, pad = 0) {
  return mockOrigin(async (req) => {
    const res = await handleMockRequest(req);
    let text = await res.text();
    if (pad > 0) text = JSON.stringify({ ...(JSON.parse(text) as object), pad: "x".repeat(pad) });
    const bytes = new TextEncoder().encode(text);
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        for (let i = 0; i < bytes.length; i += size) c.enqueue(bytes.slice(i, i + size));
        c.close();
      },
    });
    return new Response(body, { status: res.status, headers: { "content-type": "application/json" } });
  });
}

const within = <T>(p: Promise<T>, ms: number, what: string) =>
  Promise.race([p, new Promise<never>((_, no) => setTimeout(() => no(new Error(what)), ms))]);

describe("a non-streamed answer of unknown length", () => {
  it("is charged the origin's usage before the client reads it, and reaches it byte for byte", async () => {
    chunkedOrigin(100);
    const key = newKey();
    const keyId = await setOverride(key, { rpm: null, tpm: null, tpd: 100_000 });
    const { res, settled } = await call("/v1/chat/completions", chat(key, { max_tokens: 4000 }, { "x-mock-words": "50" }));
    expect(res.status).toBe(200);
    // not a byte read yet: settled all the same, at what the origin billed (3 + 50), not the
    // 4,003-token reservation (the tap would wait for the client to read)
    await within(settled(), 3000, "the settlement waits for the client to read the answer");
    const s = await stateOf(keyId);
    expect(s.counters.promptTokens + s.counters.completionTokens).toBe(53);
    const body = (await res.json()) as { usage: { completion_tokens: number }; choices: { message: { content: string } }[] };
    expect(body.usage.completion_tokens).toBe(50);
    expect(body.choices[0]!.message.content.split(" ")).toHaveLength(50);
  });

  it("over the size it is read whole at, it is streamed on whole and charged once read", async () => {
    chunkedOrigin(64 * 1024, 1_200_000);
    const key = newKey();
    const keyId = await setOverride(key, { rpm: null, tpm: null, tpd: 100_000 });
    const { res, settled } = await call("/v1/chat/completions", chat(key, { max_tokens: 4000 }, { "x-mock-words": "50" }));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { usage: { completion_tokens: number }; pad: string };
    expect(body.pad).toHaveLength(1_200_000);
    expect(body.usage.completion_tokens).toBe(50);
    await settled();
    const s = await stateOf(keyId);
    expect(s.counters.promptTokens + s.counters.completionTokens).toBe(53);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readUsage, tapBody, type TapOptions } from "../../src/proxy/usage.ts";

const enc = new TextEncoder();
const dec = new TextDecoder();

function streamOf(chunks: Uint8Array[]): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream({
    pull(c) {
      if (i < chunks.length) c.enqueue(chunks[i++]!);
      else c.close();
    },
  });
}

/** Split bytes at the given cut points (property tests choose them). */
function cut(bytes: Uint8Array, points: number[]): Uint8Array[] {
  const ps = [...new Set(points.map((p) => p % (bytes.length + 1)))].sort((a, b) => a - b);
  const out: Uint8Array[] = [];
  let prev = 0;
  for (const p of [...ps, bytes.length]) {
    if (p > prev) out.push(bytes.slice(prev, p));
    prev = p;
  }
  return out;
}

async function drain(s: ReadableStream<Uint8Array>): Promise<string> {
  let out = "";
  const r = s.getReader();
  for (;;) {
    const { done, value } = await r.read();
    if (done) return out + dec.decode();
    out += dec.decode(value, { stream: true });
  }
}

const OPENAI_SSE =
  'data: {"id":"c","choices":[{"index":0,"delta":{"role":"assistant","content":""}}],"usage":null}\n\n' +
  'data: {"id":"c","choices":[{"index":0,"delta":{"content":"Héllo wörld "}}],"usage":null}\n\n' +
  'data: {"id":"c","choices":[{"index":0,"delta":{"content":"again"},"finish_reason":"stop"}],"usage":null}\n\n' +
  'data: {"id":"c","choices":[],"usage":{"prompt_tokens":11,"completion_tokens":3,"total_tokens":14}}\n\n' +
  "data: [DONE]\n\n";
const USAGE_EVENT = 'data: {"id":"c","choices":[],"usage":{"prompt_tokens":11,"completion_tokens":3,"total_tokens":14}}\n\n';

const ANTHROPIC_SSE =
  'event: message_start\ndata: {"type":"message_start","message":{"usage":{"input_tokens":25,"output_tokens":1}}}\n\n' +
  'event: content_block_delta\ndata: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Hi there"}}\n\n' +
  'event: message_delta\ndata: {"type":"message_delta","delta":{"stop_reason":"end_turn"},"usage":{"output_tokens":12}}\n\n' +
  'event: message_stop\ndata: {"type":"message_stop"}\n\n';

const opts = (o: Partial<TapOptions>): TapOptions => ({ provider: "openai", kind: "chat", sse: true, hideUsageChunk: false, maxJsonBytes: 1 << 20, ...o });

describe("usage tap", () => {
  it("whatever the chunking, hides exactly the usage chunk and finds the usage", async () => {
    const bytes = enc.encode(OPENAI_SSE);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat({ max: bytes.length }), { maxLength: 40 }), async (points) => {
        const t = tapBody(streamOf(cut(bytes, points)), opts({ hideUsageChunk: true }));
        const text = await drain(t.stream);
        const r = await t.done;
        expect(text).toBe(OPENAI_SSE.replace(USAGE_EVENT, ""));
        expect(r).toEqual({ usage: { promptTokens: 11, completionTokens: 3 }, streamedChars: "Héllo wörld again".length, outcome: "complete" });
      }),
      { numRuns: 200 },
    );
  });

  it("without hiding, passes the bytes through unchanged, chunk for chunk", async () => {
    const bytes = enc.encode(OPENAI_SSE);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat({ max: bytes.length }), { maxLength: 20 }), async (points) => {
        const chunks = cut(bytes, points);
        const t = tapBody(streamOf(chunks), opts({}));
        const r = t.stream.getReader();
        for (const c of chunks) expect((await r.read()).value).toEqual(c);
        expect((await r.read()).done).toBe(true);
        expect((await t.done).usage).toEqual({ promptTokens: 11, completionTokens: 3 });
      }),
      { numRuns: 100 },
    );
  });

  it("Anthropic: input from message_start, output from the last message_delta", async () => {
    const t = tapBody(streamOf(cut(enc.encode(ANTHROPIC_SSE), [7, 100, 101, 250])), opts({ provider: "anthropic", kind: "messages" }));
    expect(await drain(t.stream)).toBe(ANTHROPIC_SSE);
    expect(await t.done).toEqual({ usage: { promptTokens: 25, completionTokens: 12 }, streamedChars: 8, outcome: "complete" });
  });

  it("JSON: reads usage at the end; an oversized JSON body yields no usage", async () => {
    const body = JSON.stringify({ id: "x", usage: { input_tokens: 4, output_tokens: 9 } });
    const t = tapBody(streamOf(cut(enc.encode(body), [5, 17])), opts({ sse: false }));
    expect(await drain(t.stream)).toBe(body);
    expect((await t.done).usage).toEqual({ promptTokens: 4, completionTokens: 9 });
    const t2 = tapBody(streamOf([enc.encode(body)]), opts({ sse: false, maxJsonBytes: 10 }));
    await drain(t2.stream);
    expect((await t2.done).usage).toBeUndefined();
  });

  it("a cancelled stream reports what was streamed and cancels the origin", async () => {
    let originCancelled = false;
    const origin = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(enc.encode('data: {"choices":[{"delta":{"content":"abcdefgh"}}]}\n\n'));
      },
      cancel() {
        originCancelled = true;
      },
    });
    const t = tapBody(origin, opts({}));
    const r = t.stream.getReader();
    await r.read();
    await r.cancel("client gone");
    expect(await t.done).toEqual({ usage: undefined, streamedChars: 8, outcome: "cancelled" });
    expect(originCancelled).toBe(true);
  });

  it("readUsage understands every provider's usage object", () => {
    expect(readUsage({ prompt_tokens: 3, completion_tokens: 4 })).toEqual({ promptTokens: 3, completionTokens: 4 });
    expect(readUsage({ input_tokens: 3, output_tokens: 4, cache_read_input_tokens: 10, cache_creation_input_tokens: 2 })).toEqual({ promptTokens: 15, completionTokens: 4 });
    expect(readUsage({ prompt_tokens: 7, total_tokens: 7 })).toEqual({ promptTokens: 7, completionTokens: 0 });
    expect(readUsage(null)).toBeUndefined();
    expect(readUsage({ foo: 1 })).toBeUndefined();
    expect(readUsage({ prompt_tokens: -1, completion_tokens: "x" })).toEqual({ promptTokens: 0, completionTokens: 0 });
  });
});

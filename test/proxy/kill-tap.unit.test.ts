/**
 * The usage tap's end of stream, exactly, on web streams in node (these survivors were accepted as
 * "only observable through the Worker"; they are not): an origin body that fails mid-way, the JSON
 * cap, an SSE body whose last event has no blank line after it. Written against the survivors of
 * the mutation run of 2026-12-03 (src/proxy/usage.ts tapBody).
 */
import { describe, expect, it } from "vitest";
import { tapBody, type TapOptions } from "../../src/proxy/usage.ts";

const enc = new TextEncoder();
const OPTS: TapOptions = { provider: "openai", kind: "chat", sse: false, hideUsageChunk: false, maxJsonBytes: 1 << 20 };

/** A body of these chunks that then fails (when `fail`) or ends. */
function body(chunks: string[], fail?: Error): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream({
    pull(c) {
      if (i < chunks.length) c.enqueue(enc.encode(chunks[i++]));
      else if (fail) c.error(fail);
      else c.close();
    },
  });
}
/** Settles within `ms` or rejects naming what hung (a mutant that never ends must fail fast). */
const within = <T>(p: Promise<T>, what: string, ms = 1000) =>
  Promise.race([p, new Promise<never>((_, rej) => setTimeout(() => rej(new Error(`${what} did not settle`)), ms))]);

describe("the tap when the origin's body fails mid-way", () => {
  it("the client's stream errors with the origin's error, and the tap ends as `error` with no usage (a whole JSON already read is not read)", async () => {
    const boom = new Error("origin reset");
    const json = JSON.stringify({ id: "x", usage: { prompt_tokens: 3, completion_tokens: 4 } });
    const { stream, done } = tapBody(body([json], boom), OPTS);
    const read = new Response(stream).text();
    await expect(within(read, "the client's read")).rejects.toBe(boom);
    expect(await within(done, "the tap")).toEqual({ usage: undefined, usageFinal: false, streamedChars: 0, outcome: "error" });
  });
  it("the same body ending normally is read whole (the control)", async () => {
    const json = JSON.stringify({ id: "x", usage: { prompt_tokens: 3, completion_tokens: 4 } });
    const { stream, done } = tapBody(body([json]), OPTS);
    expect(await new Response(stream).text()).toBe(json);
    expect(await done).toEqual({ usage: { promptTokens: 3, completionTokens: 4 }, usageFinal: true, streamedChars: 0, outcome: "complete" });
  });
});

describe("the JSON cap", () => {
  it("once the answer is over maxJsonBytes it is read at its ends: the usage written last is found (red team R14-1)", async () => {
    const tail = JSON.stringify({ usage: { prompt_tokens: 3, completion_tokens: 4 } });
    expect(tail.length).toBeLessThan(64);
    const { stream, done } = tapBody(body(['{"pad":"' + "x".repeat(100), tail]), { ...OPTS, maxJsonBytes: 64 });
    expect(await new Response(stream).text()).toBe('{"pad":"' + "x".repeat(100) + tail);
    expect(await done).toMatchObject({ usage: { promptTokens: 3, completionTokens: 4 }, usageFinal: true, outcome: "complete" });
  });
});

describe("an SSE body whose last event has no blank line after it", () => {
  const last = 'data: {"choices":[{"delta":{"content":"tail"}}]}';
  it("is forwarded once, as it came, when the usage chunk is not hidden", async () => {
    const first = 'data: {"choices":[{"delta":{"content":"ab"}}]}\n\n';
    const { stream, done } = tapBody(body([first, last]), { ...OPTS, sse: true });
    expect(await new Response(stream).text()).toBe(first + last);
    expect(await done).toMatchObject({ outcome: "complete", streamedChars: 2 });
  });
  it("is forwarded once when the usage chunk is hidden (its rest sent at the end)", async () => {
    const first = 'data: {"choices":[{"delta":{"content":"ab"}}]}\n\n';
    const usage = 'data: {"choices":[],"usage":{"prompt_tokens":3,"completion_tokens":4}}\n\n';
    const { stream, done } = tapBody(body([first, usage, last]), { ...OPTS, sse: true, hideUsageChunk: true });
    expect(await new Response(stream).text()).toBe(first + last);
    expect(await done).toMatchObject({ outcome: "complete", usage: { promptTokens: 3, completionTokens: 4 } });
  });
  it("an event split across chunks is read whole when the usage chunk is hidden (nothing forwarded before its end)", async () => {
    const ev = 'data: {"choices":[{"delta":{"content":"abcd"}}]}\n\n';
    const usage = 'data: {"choices":[],"usage":{"prompt_tokens":3,"completion_tokens":4}}\n\n';
    const chunks = [ev.slice(0, 10), ev.slice(10), usage.slice(0, 20), usage.slice(20)];
    const { stream, done } = tapBody(body(chunks), { ...OPTS, sse: true, hideUsageChunk: true });
    const got: string[] = [];
    const reader = stream.getReader();
    const dec = new TextDecoder();
    for (;;) {
      const r = await reader.read();
      if (r.done) break;
      got.push(dec.decode(r.value));
    }
    expect(got).toEqual([ev]);
    expect(await done).toMatchObject({ outcome: "complete", streamedChars: 4, usage: { promptTokens: 3, completionTokens: 4 } });
  });
});

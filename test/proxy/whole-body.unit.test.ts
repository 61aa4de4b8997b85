/**
 * A non-streamed answer of unknown length read whole when it is small and comes at once, else
 * streamed on from what was read (src/proxy/whole-body.ts): nothing lost, nothing reordered.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readWholeOrHead, restOf } from "../../src/proxy/whole-body.ts";
import { drain } from "./stream-helpers.ts";

const enc = new TextEncoder();
const dec = new TextDecoder();

/** A stream of `chunks`, each after `gapMs` (0: at once), optionally failing after them. */
function streamOf(chunks: Uint8Array[], gapMs = 0, fail?: Error): ReadableStream<Uint8Array> & { cancelled: unknown[] } {
  let i = 0;
  const cancelled: unknown[] = [];
  const s = new ReadableStream<Uint8Array>(
    {
      async pull(c) {
        if (gapMs > 0) await new Promise((r) => setTimeout(r, gapMs));
        if (i < chunks.length) c.enqueue(chunks[i++]!);
        else if (fail) c.error(fail);
        else c.close();
      },
      cancel(reason) {
        cancelled.push(reason);
      },
    },
    { highWaterMark: 0 },
  );
  return Object.assign(s, { cancelled });
}


/** The bytes of `text` in pieces of `size` bytes (a piece may end inside a character). */
function pieces(text: string, size: number): Uint8Array[] {
  const b = enc.encode(text);
  return Array.from({ length: Math.ceil(b.byteLength / size) }, (_, i) => b.slice(i * size, (i + 1) * size));
}

describe("readWholeOrHead", () => {
  it("reads a small answer sent in chunks whole, its bytes in order", async () => {
    const text = JSON.stringify({ id: "chatcmpl-1", usage: { prompt_tokens: 3, completion_tokens: 900 }, pad: "x".repeat(5000) });
    const r = await readWholeOrHead(streamOf(pieces(text, 700)), 1024 * 1024, 2000);
    expect("whole" in r).toBe(true);
    if ("whole" in r) expect(dec.decode(r.whole)).toBe(text);
  });

  it("reads an empty body whole", async () => {
    const r = await readWholeOrHead(streamOf([]), 10, 2000);
    expect("whole" in r && r.whole.byteLength).toBe(0);
  });

  it("stops past maxBytes; the rest of the answer streams on from what was read", async () => {
    const text = "abcdefghij".repeat(50);
    const r = await readWholeOrHead(streamOf(pieces(text, 64)), 100, 2000);
    expect("head" in r).toBe(true);
    if (!("head" in r)) return;
    // it read just past the cap, not the whole body
    const read = r.head.reduce((n, c) => n + c.byteLength, 0);
    expect(read).toBeGreaterThan(100);
    expect(read).toBeLessThan(text.length);
    expect(await drain(restOf(r))).toBe(text);
  });

  it("stops after maxMs; the read in flight then is not lost", async () => {
    const text = "0123456789".repeat(8);
    const r = await readWholeOrHead(streamOf(pieces(text, 10), 30), 1024 * 1024, 45);
    expect("head" in r).toBe(true);
    if (!("head" in r)) return;
    expect(r.head.length).toBeGreaterThan(0);
    expect(r.head.length).toBeLessThan(8);
    expect(r.pending).toBeDefined();
    expect(await drain(restOf(r))).toBe(text);
  });

  it("rejects when the origin's stream breaks before the end", async () => {
    await expect(readWholeOrHead(streamOf(pieces("abc", 1), 0, new Error("reset")), 1024, 2000)).rejects.toThrow("reset");
  });

  it("a client that leaves the streamed rest cancels the origin's stream", async () => {
    const src = streamOf(pieces("x".repeat(300), 50));
    const r = await readWholeOrHead(src, 100, 2000);
    if (!("head" in r)) throw new Error("expected a head");
    const out = restOf(r).getReader();
    await out.read();
    await out.cancel("client left");
    expect(src.cancelled).toEqual(["client left"]);
  });

  it("whatever the chunking and the cap, whole or head + rest is the body, byte for byte", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 400, unit: "binary" }), fc.integer({ min: 1, max: 64 }), fc.integer({ min: 0, max: 500 }), async (text, size, cap) => {
        const r = await readWholeOrHead(streamOf(pieces(text, size)), cap, 2000);
        const got = "whole" in r ? dec.decode(r.whole) : await drain(restOf(r));
        expect(got).toBe(text);
        expect("whole" in r).toBe(enc.encode(text).byteLength <= cap);
      }),
      { numRuns: 200 },
    );
  });
});

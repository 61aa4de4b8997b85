/**
 * tapBody's drain in the Workers runtime, whose streams allow one pending read at a time: the
 * runtime reads the answer ahead, so when the client leaves a read of the origin is in flight, and
 * a drain that read at once failed (red team R36's re-run: every cut stream on a file or a stored
 * prompt not stored was charged its reservation over HTTP, while Node's streams queued the reads).
 */
import { describe, expect, it } from "vitest";
import { tapBody } from "../../src/proxy/usage.ts";

const enc = new TextEncoder();

describe("tapBody drain (workerd streams)", () => {
  it("a drain begins after the read of the origin in flight when the client left (the runtime reads ahead)", async () => {
    const chunks = [
      { type: "response.created", response: { id: "resp_3" } },
      { type: "response.output_text.delta", delta: "The answer" },
      { type: "response.output_text.delta", delta: " and more" },
      { type: "response.completed", response: { id: "resp_3", status: "completed", usage: { input_tokens: 50_010, output_tokens: 40 } } },
    ].map((e) => enc.encode(`data: ${JSON.stringify(e)}\n\n`));
    // a stream of the runtime's own (as a fetch body is): one pending read at a time
    const { readable: origin, writable } = new IdentityTransformStream();
    const w = writable.getWriter();
    void (async () => {
      for (const c of chunks) {
        await new Promise((r) => setTimeout(r, 20));
        await w.write(c);
      }
      await w.close();
    })();
    const tap = tapBody(origin, { provider: "openai", kind: "responses", sse: true, hideUsageChunk: false, maxJsonBytes: 1 << 20, drainMs: 5_000 });
    const reader = tap.stream.getReader();
    await reader.read();
    // a read ahead, pending at the origin when the client leaves
    const ahead = reader.read();
    await reader.cancel();
    await ahead;
    const r = await tap.done;
    expect(r.outcome).toBe("cancelled");
    expect(r.usageFinal).toBe(true);
    expect(r.usage).toEqual({ promptTokens: 50_010, completionTokens: 40 });
  });

});

/** Shared by the usage-tap tests: a body stream of given chunks, the tap run over it, an SSE event. */
import { tapBody, type TapOptions } from "../../src/proxy/usage.ts";

const enc = new TextEncoder();
function streamOf(chunks: string[]): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream({
    pull(c) {
      if (i < chunks.length) c.enqueue(enc.encode(chunks[i++]));
      else c.close();
    },
  });
}
export async function tap(chunks: string[], o: Partial<TapOptions> = {}) {
  const opts: TapOptions = { provider: "openai", kind: "chat", sse: true, hideUsageChunk: false, maxJsonBytes: 1 << 20, ...o };
  const { stream, done } = tapBody(streamOf(chunks), opts);
  const text = await new Response(stream).text();
  return { text, result: await done };
}
export const ev = (o: unknown) => `data: ${JSON.stringify(o)}\n\n`;

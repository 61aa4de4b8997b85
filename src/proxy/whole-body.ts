/**
 * A non-streamed answer of unknown length (sent chunked, or compressed: its `content-length`, if
 * any, is not the size the guard reads) is read whole before the client gets it when it is small
 * and comes at once, as a non-streamed LLM answer does: its usage is then known before the answer
 * leaves (settled from what the origin said, whatever the client does next), and the answer goes
 * out as one buffer, which the runtime sends natively, instead of through the usage tap's
 * JavaScript stream. An answer over `maxBytes`, or still coming after `maxMs` (an origin that
 * sends its headers early, or keeps a connection alive with white space), is streamed on through
 * the tap from what was read: nothing is lost, and the client waits at most `maxMs` longer for
 * its first byte.
 */

export type WholeOrHead =
  | { whole: Uint8Array }
  | {
      /** The chunks read so far, in order. */
      head: Uint8Array[];
      /** A read still in flight when time ran out (a stream allows one pending read at a time). */
      pending: Promise<ReadableStreamReadResult<Uint8Array>> | undefined;
      reader: ReadableStreamDefaultReader<Uint8Array>;
    };

/** Read `body` to its end if that takes at most `maxBytes` and `maxMs`; else what was read so far.
 *  Rejects as the body's reads do. */
export async function readWholeOrHead(body: ReadableStream<Uint8Array>, maxBytes: number, maxMs: number): Promise<WholeOrHead> {
  const reader = body.getReader();
  const head: Uint8Array[] = [];
  let bytes = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<"late">((r) => (timer = setTimeout(() => r("late"), maxMs)));
  try {
    for (;;) {
      const read = reader.read();
      const r = await Promise.race([read, late]);
      if (r === "late") {
        // read by the stream below; a rejection is seen there, not left unhandled here
        read.catch(() => undefined);
        return { head, pending: read, reader };
      }
      if (r.done) return { whole: concatBytes(head, bytes) };
      head.push(r.value);
      bytes += r.value.byteLength;
      if (bytes > maxBytes) return { head, pending: undefined, reader };
    }
  } finally {
    clearTimeout(timer);
  }
}

/** `chunks` as one array of `bytes` bytes (the one chunk itself when there is one). */
export function concatBytes(chunks: readonly Uint8Array[], bytes: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(bytes);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** The whole body again, for what did not fit: the chunks read, the read in flight, then the rest. */
export function restOf(h: Extract<WholeOrHead, { head: Uint8Array[] }>): ReadableStream<Uint8Array> {
  let next = 0;
  let pending = h.pending;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (next < h.head.length) {
          controller.enqueue(h.head[next++]!);
          return;
        }
        const read = pending ?? h.reader.read();
        pending = undefined;
        const r = await read;
        if (r.done) controller.close();
        else controller.enqueue(r.value);
      },
      cancel(reason) {
        return h.reader.cancel(reason);
      },
    },
    { highWaterMark: 0 },
  );
}

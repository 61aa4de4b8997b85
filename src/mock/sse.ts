/**
 * Server-sent-event plumbing for the mock origin: a pull-based stream so the delay between
 * chunks is real (the guard must pass chunks through unbuffered) and a cancelled client stops
 * the timers instead of writing into a closed stream.
 */

export const MAX_DELAY_MS = 5000;

/** Parse a delay header (ms), clamped to [0, MAX_DELAY_MS]; anything unparsable means 0. */
export function delayFrom(header: string | null): number {
  const n = Number(header ?? "0");
  if (!Number.isFinite(n) || n <= 0) return 0;
  return Math.min(Math.floor(n), MAX_DELAY_MS);
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve) => {
    const t = setTimeout(done, ms);
    function done(): void {
      clearTimeout(t);
      signal?.removeEventListener("abort", done);
      resolve();
    }
    signal?.addEventListener("abort", done, { once: true });
  });
}

/** One SSE frame; `event` adds an `event:` line (Anthropic and Responses use them, chat does not). */
export interface SseFrame {
  event?: string;
  data: unknown;
}

export function encodeFrame(f: SseFrame): string {
  const data = typeof f.data === "string" ? f.data : JSON.stringify(f.data);
  return (f.event ? `event: ${f.event}\n` : "") + `data: ${data}\n\n`;
}

export const SSE_HEADERS: Record<string, string> = {
  "content-type": "text/event-stream; charset=utf-8",
  "cache-control": "no-cache",
};

/** A stream that emits `frames` one per pull, waiting `delayMs` before every frame but the first. */
export function sseStream(frames: SseFrame[], delayMs: number): ReadableStream<Uint8Array> {
  const enc = new TextEncoder();
  const stop = new AbortController();
  let i = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (i > 0) await sleep(delayMs, stop.signal);
      if (stop.signal.aborted) return;
      const frame = frames[i++];
      if (frame === undefined) {
        controller.close();
        return;
      }
      controller.enqueue(enc.encode(encodeFrame(frame)));
      if (i === frames.length) controller.close();
    },
    cancel() {
      stop.abort();
    },
  });
}

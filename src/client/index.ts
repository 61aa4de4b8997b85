/**
 * llm-edge-guard/client: a `fetch` for the official `openai` and `@anthropic-ai/sdk` clients (their
 * `fetch` option) that answers the guard's proof-of-work challenge. When the guard answers 403
 * with a puzzle (`x-guard-challenge`), it solves it with WebCrypto and retries the request once
 * with the solution; the solved puzzle buys the key a bounded pass (requests or minutes, set by the
 * provider), so the following requests go straight through. Works in Node >= 20 and browsers.
 *
 *   const openai = new OpenAI({ apiKey, baseURL, fetch: guardFetch() });
 *   const anthropic = new Anthropic({ apiKey, baseURL, fetch: guardFetch() });
 *
 * A degraded answer (`x-guard-policy: degraded`: `n` 1, no `logprobs`, output capped) looks like a
 * full one to the SDKs, which do not show headers: the helper says so, through `onDegraded` or,
 * without it, one console warning (red team R41-4: `choices[2]` threw in the app, nothing said why).
 */
import { CHALLENGE_HEADER, SOLUTION_HEADER, solvePuzzle } from "../challenge/pow.ts";
import { concatBytes } from "../proxy/whole-body.ts";

export { CHALLENGE_HEADER, SOLUTION_HEADER };

export interface ChallengeInfo {
  /** Leading zero bits asked for. */
  difficulty: number;
  /** Hashes tried and milliseconds spent solving. */
  attempts: number;
  ms: number;
}

/** A degraded answer: what the guard served differs from what was asked (README, the ladder). */
export interface DegradedInfo {
  /** The request's URL and the answer's status. */
  url: string;
  status: number;
  /** What the guard changed, as its `x-guard-policy` header says (`degraded`). */
  policy: string;
}

/** Header the guard marks a degraded answer with. */
export const POLICY_HEADER = "x-guard-policy";

export interface GuardFetchOptions {
  /** The fetch to wrap (default: globalThis.fetch). */
  fetch?: typeof fetch;
  /** Give up (and hand the 403 to the caller) after this many hashes; default 2^(difficulty+6). */
  maxAttempts?: number;
  /** Called after each solved challenge (for metrics or logs). */
  onChallenge?: (info: ChallengeInfo) => void;
  /** Called for each degraded answer (its `n`, `logprobs` and output cap were cut: check before
   *  reading `choices[1]` or `logprobs`). Without it the helper warns once on the console. */
  onDegraded?: (info: DegradedInfo) => void;
}

/** A body that can be sent a second time (a stream cannot). */
function replayable(body: unknown): boolean {
  return body === undefined || body === null || typeof body === "string" || body instanceof ArrayBuffer || ArrayBuffer.isView(body) || body instanceof URLSearchParams || body instanceof FormData || body instanceof Blob;
}

/** Largest streamed body read into memory so that it can be sent again (the guard takes at most 100 MiB). */
const MAX_BUFFERED_BYTES = 100 * 1024 * 1024;

/**
 * A streamed body (a web ReadableStream, or an async iterable such as a Node stream: what an SDK
 * sends for `fs.createReadStream`) read whole into bytes, up to MAX_BUFFERED_BYTES, so that the
 * request can be sent again after a challenge (red team R41-2: such an upload was handed back
 * refused). Beyond the bound, a stream of what was read and the rest (not sent again). Anything
 * else: as it is.
 */
async function buffered(body: unknown): Promise<unknown> {
  const iterable =
    body instanceof ReadableStream ? readChunks(body) : body !== null && typeof body === "object" && Symbol.asyncIterator in body ? (body as AsyncIterable<unknown>)[Symbol.asyncIterator]() : undefined;
  if (iterable === undefined) return body;
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const r = await iterable.next();
    if (r.done) break;
    const c = toBytes(r.value);
    chunks.push(c);
    size += c.byteLength;
    if (size > MAX_BUFFERED_BYTES) {
      return new ReadableStream<Uint8Array>({
        async pull(controller) {
          const next = chunks.shift();
          if (next !== undefined) return controller.enqueue(next);
          const more = await iterable.next();
          if (more.done) controller.close();
          else controller.enqueue(toBytes(more.value));
        },
      });
    }
  }
  return concatBytes(chunks, size);
}

/** A chunk of a streamed body as bytes (a string as UTF-8). */
function toBytes(value: unknown): Uint8Array {
  return typeof value === "string" ? new TextEncoder().encode(value) : value instanceof Uint8Array ? value : new Uint8Array(value as ArrayBuffer);
}

async function* readChunks(stream: ReadableStream<unknown>): AsyncGenerator<unknown> {
  const reader = stream.getReader();
  for (;;) {
    const r = await reader.read();
    if (r.done) return;
    yield r.value;
  }
}

/** `fetch` that solves the guard's challenge and retries once, and says when an answer is degraded. */
export function guardFetch(opts: GuardFetchOptions = {}): typeof fetch {
  let warned = false;
  const degraded = (input: RequestInfo | URL, res: Response): Response => {
    const policy = res.headers.get(POLICY_HEADER);
    if (policy === null) return res;
    const info: DegradedInfo = { url: input instanceof Request ? input.url : String(input), status: res.status, policy };
    if (opts.onDegraded) opts.onDegraded(info);
    else if (!warned) {
      warned = true;
      console.warn(`llm-edge-guard: an answer was served ${policy} (${POLICY_HEADER}): n/best_of 1, no logprobs, output capped; pass onDegraded to guardFetch() to handle each one (this warning is shown once)`);
    }
    return res;
  };
  return async function fetchWithChallenge(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    const inner = opts.fetch ?? globalThis.fetch;
    if (init?.body !== undefined && !replayable(init.body)) {
      const body = (await buffered(init.body)) as BodyInit;
      // a body in bytes needs no half-duplex streaming
      const { duplex: _duplex, ...rest } = init as RequestInit & { duplex?: string };
      init = replayable(body) ? { ...rest, body } : { ...init, body };
    }
    const retryable = input instanceof Request ? input.body === null || init?.body !== undefined : replayable(init?.body);
    const first = await inner(input instanceof Request && retryable ? input.clone() : input, init);
    const token = first.headers.get(CHALLENGE_HEADER);
    if (first.status !== 403 || !token || !retryable || !replayable(init?.body)) return degraded(input, first);
    const t0 = Date.now();
    let solved: { counter: string; attempts: number; bits: number };
    try {
      solved = await solvePuzzle(token, { maxAttempts: opts.maxAttempts, signal: init?.signal ?? undefined });
    } catch (e) {
      if (init?.signal?.aborted) throw e;
      return first; // could not solve within the budget: the caller sees the challenge
    }
    opts.onChallenge?.({ difficulty: solved.bits, attempts: solved.attempts, ms: Date.now() - t0 });
    await first.body?.cancel().catch(() => {});
    const headers = new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined));
    headers.set(CHALLENGE_HEADER, token);
    headers.set(SOLUTION_HEADER, solved.counter);
    return degraded(input, await inner(input, { ...init, headers }));
  };
}

/**
 * Deterministic token accounting of the mock origin, so tests can assert exact numbers.
 *
 * Rule (documented in docs and relied on by tests):
 * - prompt tokens = ceil(C / 4), where C is the total length (JS string length, UTF-16 code units)
 *   of every text string in the prompt: chat `messages[].content` (string or `text` parts),
 *   Anthropic `system` + `messages[].content` (string or `text` blocks), Responses `instructions`
 *   + `input` (string or items whose `content` is a string or parts with `text`), legacy
 *   `prompt` (string or string[]), embeddings `input` (string or string[]). A token-id array
 *   counts 4 characters per id, i.e. exactly one token per id.
 * - completion tokens = number of generated words; each word of the fixed lorem text is one token.
 *   words = min(max_tokens | max_output_tokens | max_completion_tokens (default 16), 64),
 *   unless the request header `x-mock-words` overrides it (capped at 4096).
 */

export const DEFAULT_WORDS = 16;
export const MAX_WORDS = 64;
export const MAX_OVERRIDE_WORDS = 4096;

const LOREM = (
  "Lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut " +
  "labore et dolore magna aliqua Ut enim ad minim veniam quis nostrud exercitation ullamco " +
  "laboris nisi ut aliquip ex ea commodo consequat"
).split(" ");

/** The first `n` words of the lorem text (cycled), in order. */
export function loremWords(n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(LOREM[i % LOREM.length]!);
  return out;
}

/** Text pieces a stream sends: the first word bare, every later word with its leading space. */
export function wordPieces(n: number): string[] {
  return loremWords(n).map((w, i) => (i === 0 ? w : " " + w));
}

function textLength(v: unknown): number {
  if (typeof v === "string") return v.length;
  if (typeof v === "number") return 4; // one token id
  if (Array.isArray(v)) return v.reduce((s: number, x) => s + textLength(x), 0);
  if (v && typeof v === "object") {
    const o = v as Record<string, unknown>;
    // A content part / block: only its text counts (images, tool calls etc. count 0).
    if (typeof o.text === "string") return o.text.length;
    if ("content" in o) return textLength(o.content);
  }
  return 0;
}

/** Total prompt characters of a request body for the given path. */
export function promptChars(path: string, body: Record<string, unknown>): number {
  switch (path) {
    case "/v1/chat/completions":
      return textLength(body.messages);
    case "/v1/messages":
    case "/v1/messages/count_tokens":
      return textLength(body.system) + textLength(body.messages);
    case "/v1/responses":
      return textLength(body.instructions) + textLength(body.input);
    case "/v1/completions":
      return textLength(body.prompt);
    case "/v1/embeddings":
      return textLength(body.input);
    default:
      return 0;
  }
}

export function promptTokens(path: string, body: Record<string, unknown>): number {
  return Math.ceil(promptChars(path, body) / 4) + (path === "/v1/responses" ? storedInputTokens(body) : 0);
}

/** Input a Responses turn carries that its body does not: the mock keeps no state, so a stored
 *  prompt's id or a conversation's says what its template or items take ("pmpt_50000tok_a",
 *  "conv_2000tok_b": 50,000 and 2,000 tokens; other ids: none), and a previous response's id what
 *  it took. */
function storedInputTokens(body: Record<string, unknown>): number {
  const sized = (id: unknown): number => (typeof id === "string" ? Number(/^[a-z]+_(\d{1,7})tok(?:_|$)/.exec(id)?.[1] ?? 0) : 0);
  const p = body.prompt as { id?: unknown } | undefined;
  const c = body.conversation as string | { id?: unknown } | undefined;
  // a stored response this mock made says what it took ("resp_fg_<words>_<prompt tokens>_...")
  const prev = typeof body.previous_response_id === "string" ? /^resp_(?:fg|bg)_(\d{1,7})_(\d{1,7})_/.exec(body.previous_response_id) : null;
  const context = prev ? Number(prev[1]) + Number(prev[2]) : 0;
  return context + (typeof p === "object" && p !== null ? sized(p.id) : 0) + sized(typeof c === "object" && c !== null ? c.id : c);
}

export interface WordPlan {
  words: number;
  /** True when the output was cut by the request's own max-token parameter ("length"). */
  truncated: boolean;
}

/** How many words to generate, from the body's max-token parameter or the override header. */
export function planWords(body: Record<string, unknown>, override: string | null): WordPlan {
  if (override !== null && /^\d+$/.test(override.trim())) {
    return { words: Math.min(Number(override.trim()), MAX_OVERRIDE_WORDS), truncated: false };
  }
  const asked = [body.max_tokens, body.max_output_tokens, body.max_completion_tokens].find(
    (v): v is number => typeof v === "number" && Number.isFinite(v) && v >= 0,
  );
  if (asked === undefined) return { words: DEFAULT_WORDS, truncated: false };
  const words = Math.min(Math.floor(asked), MAX_WORDS);
  return { words, truncated: words === Math.floor(asked) };
}

/**
 * Reading and checking a metered request body: size cap before buffering, JSON object, the types
 * of every field the guard reads, the token reservation, and the stream_options rewrite.
 */
import { buildPromptView, type PromptView } from "../detect/index.ts";
import type { HostedCalls, RouteKind } from "../policy/types.ts";
import { hostedTokens } from "../limits/index.ts";
import { GuardError } from "./errors.ts";
import type { MeteredKind } from "./routes.ts";
import { concatBytes } from "./whole-body.ts";
import { isObj } from "../policy/json.ts";
import { hash32 } from "../detect/sketch.ts";
import { CACHE_TTL_LONG_MS, CACHE_TTL_MS, type CachePrefix } from "../limits/cache-reads.ts";

/** Read at most `maxBytes` of the body; refuse larger bodies before (Content-Length) or while reading. */
export async function readBody(req: Request, maxBytes: number): Promise<Uint8Array> {
  const tooLarge = () => new GuardError("body_too_large", `Request body exceeds the limit of ${maxBytes} bytes.`);
  const closed = () => new GuardError("client_closed", "The client closed the connection before its request body was complete.");
  const declared = req.headers.get("content-length");
  const framed = declared !== null && /^\d+$/.test(declared);
  if (framed && Number(declared) > maxBytes) throw tooLarge();
  if (!req.body) return new Uint8Array(0);
  if (framed) {
    // Framed by a Content-Length within the cap: the runtime reads exactly that many bytes, so one
    // native read replaces the chunk loop (the loop below is for chunked bodies, of unknown size).
    // Checked again after: a declared length is the client's word.
    let whole: ArrayBuffer;
    try {
      whole = await req.arrayBuffer();
    } catch {
      throw closed();
    }
    if (whole.byteLength > maxBytes) throw tooLarge();
    return new Uint8Array(whole);
  }
  const reader = req.body.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch {
      throw closed();
    }
    const { done, value } = chunk;
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    parts.push(value);
  }
  return concatBytes(parts, total);
}

/** The body as a JSON object, or a 400 that says what is wrong. */
export function parseJsonObject(bytes: Uint8Array): Record<string, unknown> {
  if (bytes.byteLength === 0) throw new GuardError("invalid_json", "Request body is empty; expected a JSON object.");
  let v: unknown;
  try {
    v = JSON.parse(new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes));
  } catch {
    throw new GuardError("invalid_json", "Request body is not valid JSON.");
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    throw new GuardError("invalid_request", "Request body must be a JSON object.");
  }
  return v as Record<string, unknown>;
}

type Check = (v: unknown) => boolean;
const isInt = (min: number): Check => (v) => Number.isSafeInteger(v) && (v as number) >= min;
const isNum = (min: number, max: number): Check => (v) => typeof v === "number" && Number.isFinite(v) && v >= min && v <= max;
const isBool: Check = (v) => typeof v === "boolean";
const isString: Check = (v) => typeof v === "string";
const isObject: Check = isObj;
const isArrayOfObjects: Check = (v) => Array.isArray(v) && v.every(isObject);
const isStringOrArray: Check = (v) => typeof v === "string" || Array.isArray(v);

const intIn = (min: number, max: number): Check => (v) => isInt(min)(v) && (v as number) <= max;
/** Largest output-token limit accepted (no model comes near it; it keeps reservations finite). */
const MAX_OUTPUT_TOKENS = 100_000_000;

/**
 * Field -> [expected, check], for fields the guard reads; anything else is left to the origin.
 * The numeric fields that size the reservation or feed detection are checked on every metered
 * route, whether or not that provider documents them there: a value the guard reads is a value it
 * has checked (`{"n": -100000}` must never turn a reservation negative).
 */
const COMMON: Record<string, [string, Check]> = {
  model: ["a string", isString],
  stream: ["a boolean", isBool],
  temperature: ["a number between 0 and 2", isNum(0, 2)],
  top_p: ["a number between 0 and 1", isNum(0, 1)],
  n: ["an integer between 1 and 128", intIn(1, 128)],
  best_of: ["an integer between 1 and 128", intIn(1, 128)],
  max_tokens: ["a positive integer", intIn(1, MAX_OUTPUT_TOKENS)],
  max_completion_tokens: ["a positive integer", intIn(1, MAX_OUTPUT_TOKENS)],
  max_output_tokens: ["a positive integer", intIn(1, MAX_OUTPUT_TOKENS)],
  top_logprobs: ["an integer between 0 and 20", intIn(0, 20)],
  logprobs: ["a boolean or an integer between 0 and 20", (v) => isBool(v) || intIn(0, 20)(v)],
  thinking: ["an object", isObject],
  "thinking.budget_tokens": ["a positive integer", intIn(1, MAX_OUTPUT_TOKENS)],
};
const FIELDS: Record<MeteredKind, Record<string, [string, Check]>> = {
  chat: {
    ...COMMON,
    messages: ["a non-empty array of message objects", (v) => isArrayOfObjects(v) && (v as unknown[]).length > 0],
    logprobs: ["a boolean", isBool],
    logit_bias: ["an object", isObject],
    stream_options: ["an object", isObject],
    store: ["a boolean", isBool],
  },
  completions: {
    ...COMMON,
    prompt: ["a string or an array", isStringOrArray],
    // 0 with echo asks only for the prompt's log-likelihood (evaluation harnesses do)
    max_tokens: ["a non-negative integer", intIn(0, MAX_OUTPUT_TOKENS)],
    logprobs: ["an integer between 0 and 5", intIn(0, 5)],
    logit_bias: ["an object", isObject],
    stream_options: ["an object", isObject],
    echo: ["a boolean", isBool],
  },
  responses: {
    ...COMMON,
    input: ["a string or an array", isStringOrArray],
    prompt: ["an object", isObject],
    include: ["an array of strings", (v) => Array.isArray(v) && v.every(isString)],
    instructions: ["a string", (v) => v === null || isString(v)],
    // flags the guard acts on: origins built on lax parsers read "true" or 1 as true, which the
    // guard would not (red team R14-2: `"background": "true"` ran 20 uncapped jobs at concurrency 2)
    background: ["a boolean", isBool],
    store: ["a boolean", isBool],
  },
  embeddings: { ...COMMON, input: ["a string or an array", isStringOrArray] },
  messages: {
    ...COMMON,
    temperature: ["a number between 0 and 1", isNum(0, 1)],
    messages: ["a non-empty array of message objects", (v) => isArrayOfObjects(v) && (v as unknown[]).length > 0],
    system: ["a string or an array of content blocks", isStringOrArray],
  },
};

/** Required body fields per route (the rest are optional for the guard). */
const REQUIRED: Record<MeteredKind, string[]> = {
  chat: ["messages"],
  completions: ["prompt"],
  // `input`, or a stored `prompt` (validateBody)
  responses: [],
  embeddings: ["input"],
  messages: ["messages", "max_tokens"],
};

/** FIELDS as entry lists, built once (validateBody runs on every metered request). */
const FIELD_ENTRIES = Object.fromEntries(Object.entries(FIELDS).map(([k, v]) => [k, Object.entries(v)])) as Record<
  MeteredKind,
  [string, [string, Check]][]
>;

/** The value at a dotted field name ("thinking.budget_tokens"); undefined when a parent is not an object. */
function fieldValue(body: Record<string, unknown>, f: string): unknown {
  const dot = f.indexOf(".");
  if (dot < 0) return body[f];
  const parent = body[f.slice(0, dot)];
  return isObject(parent) ? (parent as Record<string, unknown>)[f.slice(dot + 1)] : undefined;
}

/**
 * The output-cap fields each route's API reads. A cap under another route's name is refused, as
 * the providers refuse it: the guard would reserve that number while the origin, reading no cap
 * of its own (or ignoring an unknown field, as vLLM and LiteLLM do), answers uncapped, and the
 * guard would write no cap of its own either (red team R20-2: a 1,000-line batch of chat lines
 * with `max_output_tokens: 1` was admitted for 3,900 tokens on a 50,000-token daily limit).
 */
export const CAP_FIELDS: Readonly<Record<MeteredKind, readonly string[]>> = {
  chat: ["max_tokens", "max_completion_tokens"],
  completions: ["max_tokens"],
  responses: ["max_output_tokens"],
  messages: ["max_tokens"],
  embeddings: [],
};
const ALL_CAP_FIELDS = ["max_tokens", "max_completion_tokens", "max_output_tokens"] as const;

/** Throw a 400 naming the first field that is missing, of the wrong type, or another route's output cap. */
export function validateBody(kind: MeteredKind, body: Record<string, unknown>): void {
  for (const f of REQUIRED[kind]) {
    if (body[f] === undefined) throw new GuardError("invalid_request", `Missing required parameter: '${f}'.`, { param: f });
  }
  // a Responses request may name a stored prompt instead of sending input (the Responses API's
  // `prompt`: its template at the origin, its variables in the body)
  if (kind === "responses" && body.input === undefined && body.prompt === undefined) {
    throw new GuardError("invalid_request", "Missing required parameter: 'input' (or a stored 'prompt').", { param: "input" });
  }
  for (const f of ALL_CAP_FIELDS) {
    if (body[f] !== undefined && body[f] !== null && !CAP_FIELDS[kind].includes(f)) {
      const own = CAP_FIELDS[kind];
      const hint = own.length > 0 ? ` This endpoint's output limit is '${own[own.length - 1]}'.` : " This endpoint takes no output limit.";
      throw new GuardError("invalid_request", `Unrecognized request argument supplied: '${f}'.${hint}`, { param: f });
    }
  }
  for (const [f, [expected, ok]] of FIELD_ENTRIES[kind]) {
    const v = fieldValue(body, f);
    if (v !== undefined && v !== null && !ok(v)) {
      throw new GuardError("invalid_request", `Invalid type for '${f}': expected ${expected}.`, { param: f });
    }
  }
  if (Array.isArray(body.tools)) body.tools.forEach((t, i) => checkToolType(kind, t, i));
}

/**
 * The tool types the guard knows what they cost, per route: the client's own tools, and the
 * origin's hosted tools whose work its usage reports in tokens (their results' input) or whose
 * stream the guard reads to its end (originRunsTools). Any other type is refused (default deny):
 * a Responses `image_generation` tool bills its images outside the tokens the guard reads (red team
 * R77-1: 19 high-quality images in a minute on a free-tier key, ~118,560 image tokens, 450 counted),
 * and a type the guard does not know may too. Anthropic's server tools are versioned
 * (`web_search_20250305`): their families are named.
 */
const TOOL_TYPES: Readonly<Record<MeteredKind, readonly string[]>> = {
  chat: ["function", "custom"],
  completions: [],
  responses: [
    "function", "custom", "web_search", "web_search_preview", "web_search_preview_2025_03_11", "web_search_2025_08_26",
    "file_search", "code_interpreter", "computer_use_preview", "computer_use", "computer", "mcp", "local_shell", "shell", "apply_patch",
  ],
  messages: ["custom"],
  embeddings: [],
};
const ANTHROPIC_SERVER_TOOLS = /^(bash|text_editor|computer|web_search|web_fetch|code_execution|memory|tool_search_tool_regex|tool_search_tool_bm25|mcp_toolset)_\d{8}$/;

function checkToolType(kind: MeteredKind, t: unknown, i: number): void {
  if (!isObject(t)) throw new GuardError("invalid_request", `Invalid type for 'tools[${i}]': expected an object.`, { param: `tools[${i}]` });
  const type = (t as Record<string, unknown>).type;
  // an Anthropic client tool names no type
  if (kind === "messages" && (type === undefined || (typeof type === "string" && ANTHROPIC_SERVER_TOOLS.test(type)))) return;
  if (typeof type === "string" && TOOL_TYPES[kind].includes(type)) return;
  const what = typeof type === "string" ? `'${type.slice(0, 64)}'` : "without a type";
  const why = type === "image_generation"
    ? " Image generation is billed in image tokens this gateway does not meter; ask the API provider."
    : " This gateway forwards only the tool types it can meter.";
  throw new GuardError("invalid_request", `Unsupported tool type ${what} in 'tools[${i}]'.${why}`, { param: `tools[${i}].type` });
}

/** Characters per token for the admission estimate; real usage corrects it at settlement. */
export const CHARS_PER_TOKEN = 4;

/** Prompt tokens estimated from the text of the view (system + every turn + text counted beyond
 *  the view's cap), plus one per token ID of a token-ID prompt. */
export function promptTokenEstimate(view: PromptView): number {
  let chars = view.system.length + (view.omittedChars ?? 0);
  for (const t of view.turns) chars += t.text.length;
  // a token-ID prompt is exactly one token per ID
  return Math.ceil(chars / CHARS_PER_TOKEN) + (view.promptTokenIds ?? 0);
}

/** Fields that never reach the model as input (labels, ids, client metadata). */
const NOT_PROMPT = new Set(["model", "type", "role", "id", "reasoning_effort", "effort", "summary", "tool_call_id", "tool_use_id", "custom_id", "signature", "media_type", "detail", "format", "metadata", "user", "store", "service_tier", "prompt_cache_key", "safety_identifier", "logit_bias", "stop", "stream_options"]);
/** An image costs a model this many input tokens unless GUARD_POLICY.models.images names it (both
 *  providers' flagship models cap a large image near it). */
export const IMAGE_TOKENS = 1600;

/** What an image costs the models a pattern names: at high (or auto) detail, and at `detail: "low"`. */
export interface ImageCost {
  pattern: string;
  image: number;
  low: number;
}

/**
 * GUARD_POLICY.models.images' default, first match wins; any other model an image is IMAGE_TOKENS at
 * any detail. OpenAI's published tile rules: gpt-4o 85 a low-detail image and 85 + 170 a 512-pixel
 * tile at high detail (8 tiles at most: 1,445); gpt-4o-mini bills the same image 33x in tokens
 * (2,833 low; 36,835 a 16:9 photo of 6 tiles, 48,169 at 8). Red team R42b-4: a mini photo billed
 * 36,835 was counted 1,600; R43-4: 30 low-detail gpt-4o thumbnails (2,569 billed) and a 26-page
 * scan (19,906) were refused on a free tier at 1,600 an image.
 */
export const DEFAULT_IMAGE_COSTS: readonly ImageCost[] = [
  { pattern: "gpt-4o-mini*", image: 36_835, low: 2_833 },
  { pattern: "gpt-4o*", image: 1_445, low: 85 },
];

/** The image cost of a request's model (the first pattern that names it). */
function imageCostOf(model: unknown, costs: readonly ImageCost[]): { image: number; low: number } {
  for (const c of costs) if (modelMatches([c.pattern], model)) return c;
  return { image: IMAGE_TOKENS, low: IMAGE_TOKENS };
}

/** Whether an image part asks for low detail (chat `image_url.detail`, Responses `detail`). */
function lowDetail(part: Record<string, unknown>): boolean {
  const url = part.image_url;
  return part.detail === "low" || (isObj(url) && (url as Record<string, unknown>).detail === "low");
}

/**
 * Input tokens a text is estimated to take, from its characters alone (no vocabulary): close to what
 * the providers' tokenizers bill for prose and code, and not far under it for text chosen to beat a
 * characters-per-token ratio (red team R42b-1: control characters, base64, one-character messages
 * and rare scripts billed 3-20x what chars/4 said). ASCII is read as the pieces a BPE pre-tokenizer
 * cuts it into: a run of letters (a capital may lead it; ALL CAPS are their own run) a token per 6
 * letters, digits a token per 3 (OpenAI splits numbers in threes), every other printable character
 * a token (symbols rarely merge with what is around them), a run of whitespace holding a newline or
 * two or more spaces a token, a control character a token; the estimate is that, or a token per 4
 * characters if more (English prose, code). An accented Latin letter is read inside its word, 2 a
 * token; other scripts as scriptDivisor says (red team R42b-3: a token each was 2.3-4.3x what o200k
 * bills for Russian, Hindi, Arabic and Thai; R43-2, R43-3): the common letters of alphabetic
 * scripts per 2 or 3, Chinese, Japanese and Korean a token a character (R40-1), anything else (rare
 * scripts and letters, private use, emoji) its UTF-8 bytes, each of which a tokenizer may bill.
 */
export function textTokens(s: string): number {
  let pieces = 0; // ASCII pieces
  let other = 0; // tokens of everything else
  // the current run (R_*), its length, and for whitespace whether it holds a line break;
  // `div`: an alphabetic script's letters per token (R_SCRIPT)
  let run = R_NONE;
  let len = 0;
  let acc = 0; // accented Latin letters in a run of letters (R_LOWER), 2 a token
  let flag = false;
  let div = 1;
  let ascii = 0;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) {
      ascii++;
      const k = ASCII_RUN[c]!;
      if (k === run) {
        len++;
        if (c !== 32 && k === R_SPACE) flag = true;
        continue;
      }
      // a word's capital and its small letters are one run
      if (k === R_LOWER && run === R_UPPER && len === 1) {
        run = R_LOWER;
        len++;
        continue;
      }
      if (run === R_SCRIPT) other += Math.ceil(len / div);
      else pieces += runTokens(run, len + 3 * acc, flag);
      acc = 0;
      if (k === R_ONE) {
        pieces++;
        run = R_NONE;
        len = 0;
      } else {
        run = k;
        len = 1;
        flag = c !== 32;
      }
      continue;
    }
    const d = scriptDivisor(c);
    if (d > 0 && run === R_SCRIPT && div === d) {
      len++;
      continue;
    }
    // an accented Latin letter belongs to the word it is in (French, Vietnamese: red team R43-3)
    if (d === LATIN && (run === R_LOWER || run === R_UPPER)) {
      run = R_LOWER;
      acc++;
      continue;
    }
    if (run === R_SCRIPT) other += Math.ceil(len / div);
    else pieces += runTokens(run, len + 3 * acc, flag);
    run = R_NONE;
    len = 0;
    acc = 0;
    if (d === LATIN) {
      run = R_LOWER;
      acc = 1;
    } else if (d > 0) {
      run = R_SCRIPT;
      div = d;
      len = 1;
    } else if (d === 0) other++;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      other += 4; // a code point beyond the BMP: four UTF-8 bytes
      i++;
    } else other += c < 0x800 ? 2 : 3;
  }
  if (run === R_SCRIPT) other += Math.ceil(len / div);
  else pieces += runTokens(run, len + 3 * acc, flag);
  return Math.max(pieces, Math.ceil(ascii / CHARS_PER_TOKEN)) + other;
}

const R_NONE = 0;
const R_LOWER = 1;
const R_UPPER = 2;
const R_DIGIT = 3;
const R_SPACE = 4;
const R_ONE = 5; // a piece of its own (a symbol, a control character)
const R_SCRIPT = 6;
/** The run each ASCII character belongs to. */
const ASCII_RUN = new Uint8Array(128).fill(R_ONE);
for (let c = 97; c <= 122; c++) ASCII_RUN[c] = R_LOWER;
for (let c = 65; c <= 90; c++) ASCII_RUN[c] = R_UPPER;
for (let c = 48; c <= 57; c++) ASCII_RUN[c] = R_DIGIT;
for (const c of [9, 10, 13, 32]) ASCII_RUN[c] = R_SPACE;

/** Tokens of an ASCII run: letters 6 a token, capitals 4, digits 3 (OpenAI splits numbers in
 *  threes), whitespace one when it holds a line break or is two or more wide (a lone space goes
 *  with the word after it). */
function runTokens(run: number, len: number, lineBreak: boolean): number {
  if (run === R_LOWER) return Math.ceil(len / 6);
  if (run === R_UPPER) return Math.ceil(len / 4);
  if (run === R_DIGIT) return Math.ceil(len / 3);
  if (run === R_SPACE) return lineBreak || len >= 2 ? 1 : 0;
  return 0;
}

/** A Latin letter with a diacritic (Latin-1, Extended-A and -B, Extended Additional: French,
 *  Vietnamese): read inside the word it is in, 2 a token. */
const LATIN = -2;

/**
 * How a character outside ASCII is counted. Letters of an alphabetic script per token: the common
 * Greek, Cyrillic, Armenian and Georgian letters 3; Hebrew, Arabic, the scripts of India and
 * Thailand 2. 0: a token each (common Chinese, kana, Hangul syllables, Lao, Myanmar, Khmer).
 * LATIN: see there. -1: anything else, a token per UTF-8 byte (red team R43-2: the rarer letters
 * of the Greek, Cyrillic, Georgian and Arabic blocks, Greek Extended, are billed 4-6.6x a token per
 * 2-3 letters; R43-3: Vietnamese, Myanmar and Khmer were billed 3-6x less than their bytes).
 */
function scriptDivisor(c: number): number {
  if ((c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff)) return LATIN;
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3040 && c <= 0x30ff) || (c >= 0xac00 && c <= 0xd7af)) return 0;
  if ((c >= 0xe80 && c <= 0xeff) || (c >= 0x1000 && c <= 0x109f) || (c >= 0x1780 && c <= 0x17ff)) return 0;
  if ((c >= 0x370 && c <= 0x3cf) || (c >= 0x400 && c <= 0x45f) || (c >= 0x531 && c <= 0x58f) || (c >= 0x10d0 && c <= 0x10ff)) return 3;
  if ((c >= 0x590 && c <= 0x6ff) || (c >= 0x900 && c <= 0xdff) || (c >= 0xe00 && c <= 0xe7f)) return 2;
  return -1;
}

/**
 * Input tokens a body can carry, from every field that reaches the model, not only the text the
 * view reads: tool definitions and schemas, tool-call arguments, documents, prediction, suffix,
 * names, encrypted reasoning fed back; token-ID arrays one token per ID; an image a fixed
 * IMAGE_TOKENS, whether inline or by URL or file id (red team R42b-4: one by URL was reserved its
 * URL's dozen tokens), and a file part at least that; other base64 data a quarter of its text
 * estimate; text, and the property names of a JSON schema (R43-1), as textTokens reads them;
 * every message (an object with a `role`) MESSAGE_TOKENS more and the answer's primer
 * PRIMER_TOKENS once, as the chat template bills them (red team R42b-1: 20,000 one-character
 * messages, billed 100,017, were estimated 5,013). A stream cut before its usage is charged this
 * estimate as its input, and a request is admitted on it; an answered one is charged its real
 * usage. Bounded walk.
 */
export function bodyPromptTokens(body: unknown, images: readonly ImageCost[] = DEFAULT_IMAGE_COSTS): number {
  let tokens = 0;
  let nodes = 0;
  let messages = 0;
  // the model's image cost, looked up at the first image (most requests carry none)
  let found: { image: number; low: number } | undefined;
  const cost = () => (found ??= imageCostOf(isObj(body) ? (body as Record<string, unknown>).model : undefined, images));
  const walk = (v: unknown, key: string, depth: number, parent?: Record<string, unknown>) => {
    if (++nodes > 200_000 || depth > 64) return;
    if (typeof v === "string") {
      if (NOT_PROMPT.has(key)) return;
      if (v.startsWith("data:")) tokens += v.startsWith("data:image/") ? cost().image : Math.ceil(v.length / (CHARS_PER_TOKEN * 4));
      else if (key === "data" && parent?.type === "base64") tokens += String(parent.media_type ?? "").startsWith("image/") ? cost().image : Math.ceil(v.length / (CHARS_PER_TOKEN * 4));
      else tokens += textTokens(v);
    } else if (Array.isArray(v)) {
      for (const x of v) {
        if (typeof x === "number") tokens++;
        else walk(x, key, depth + 1);
      }
    } else if (typeof v === "object" && v !== null) {
      const o = v as Record<string, unknown>;
      // an image part, however it names its image (inline, a URL, a file id): the model's cost
      if (depth > 0 && typeof o.type === "string" && IMAGE_PARTS.has(o.type)) {
        tokens += lowDetail(o) ? cost().low : cost().image;
        return;
      }
      if (depth > 0 && typeof o.role === "string") messages++;
      // a JSON schema's property names are text the origin renders into the prompt (red team
      // R43-1: 20 tools of 300 parameters each, estimated 72 and billed 94,986)
      if (SCHEMA_MAPS.has(key)) for (const name in o) tokens += textTokens(name);
      // a file part (a PDF by URL or file id, or inline) costs at least an image: what it holds is
      // read only at the origin (a text document's text counts as text)
      const file = depth > 0 && typeof o.type === "string" && FILE_PARTS.has(o.type);
      const before = tokens;
      for (const k in o) if (depth > 0 || !NOT_PROMPT.has(k)) walk(o[k], k, depth + 1, o);
      if (file && tokens - before < IMAGE_TOKENS) tokens = before + IMAGE_TOKENS;
    }
  };
  walk(body, "", 0);
  return tokens + (messages > 0 ? messages * MESSAGE_TOKENS + PRIMER_TOKENS : 0);
}

/** What the chat template bills beside a message's content (its role and separators), and once
 *  for the answer's primer (OpenAI's published counts for its current models). */
export const MESSAGE_TOKENS = 4;
export const PRIMER_TOKENS = 3;
/** Content parts that are an image: chat `image_url`, Responses `input_image`, Anthropic `image`. */
const IMAGE_PARTS = new Set(["image_url", "input_image", "image"]);
/** JSON schema members whose keys are names the model reads (a tool's parameters, a response
 *  format's fields, their definitions). */
const SCHEMA_MAPS = new Set(["properties", "patternProperties", "$defs", "definitions"]);
/** Content parts that are a file: chat `file`, Responses `input_file`, Anthropic `document`. */
const FILE_PARTS = new Set(["file", "input_file", "document"]);

/** The prompt estimate of a request: what the view reads, or what the whole body can carry if more. */
export function promptTokensOf(body: Record<string, unknown>, view: PromptView, images?: readonly ImageCost[]): number {
  return Math.max(promptTokenEstimate(view), bodyPromptTokens(body, images));
}

/** Tokens to reserve at admission: prompt estimate + the most the answer may use (times n / best_of). */
export function reservationFor(
  kind: RouteKind,
  body: Record<string, unknown>,
  view: PromptView,
  defaultMaxOutput: number,
  prompt = promptTokensOf(body, view),
): number {
  if (kind === "embeddings") return Math.max(1, prompt);
  // validateBody checked each of these (and refused another route's); the largest one present
  // bounds the answer
  let max: number | undefined;
  for (const f of kind === "free" ? ALL_CAP_FIELDS : CAP_FIELDS[kind]) {
    const v = body[f];
    if (typeof v === "number" && (max === undefined || v > max)) max = v;
  }
  // at least one token: only a free request (which reserves none, proxy/handler.ts) passes a token
  // debt (limits/index.ts admit), and an empty prompt asked for 0 tokens is still metered
  return Math.max(1, prompt + (max ?? defaultMaxOutput) * samplesOf(kind, body));
}

/**
 * Answers a request asks the model for: the larger of `n` and `best_of`, times the number of
 * prompts of a completions request whose `prompt` is a list (each one is completed on its own:
 * ["a","b"] or [[1,2],[3,4]]; a flat list of token IDs is one prompt).
 */
export function samplesOf(kind: RouteKind, body: Record<string, unknown>): number {
  const n = Math.max(typeof body.n === "number" ? body.n : 1, typeof body.best_of === "number" ? body.best_of : 1);
  return kind === "completions" ? n * itemsAsked(kind, body) : n;
}

/**
 * What a request asks for, one by one: each prompt of a completions prompt list, each input of an
 * embeddings list (a flat token-ID array is one prompt or input), else 1. A challenge pass counts
 * these, as a batch counts its inner requests (red team R33-1: one pass of 50 requests served 5,000
 * answers through lists of 100 prompts); `n` and `best_of` do not count, since a pass serves as
 * degrade does, one sample.
 */
export function itemsAsked(kind: RouteKind, body: Record<string, unknown>): number {
  const list = kind === "completions" ? body.prompt : kind === "embeddings" ? body.input : undefined;
  if (!Array.isArray(list) || list.length === 0 || list.every((x) => typeof x === "number")) return 1;
  return list.length;
}

/**
 * Whether a request lets the origin run tools of its own (web search, file search, code
 * execution, MCP servers, a container...): their results are input the origin bills and the
 * request does not hold (red team R39a-2). A tool the client runs adds nothing there: an OpenAI
 * `function` or `custom` tool, an Anthropic tool with no `type` or `custom`. Any other type counts,
 * known or not (a tool type the guard does not know is taken to run at the origin).
 */
export function originRunsTools(kind: MeteredKind, body: Record<string, unknown>, runTools: readonly string[] = []): boolean {
  // a model that runs tools by itself (ModelTraits.runTools: OpenAI's search models; red team R40-2)
  if ((kind === "chat" || kind === "responses") && modelMatches(runTools, body.model)) return true;
  const other = (client: readonly unknown[]): boolean =>
    Array.isArray(body.tools) && body.tools.some((t) => !client.includes(isObject(t) ? (t as Record<string, unknown>).type : undefined));
  const given = (v: unknown): boolean => v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0);
  if (kind === "chat") return given(body.web_search_options) || other(["function", "custom"]);
  if (kind === "responses") return other(["function", "custom"]);
  if (kind === "messages") return given(body.mcp_servers) || given(body.container) || other([undefined, "custom"]);
  return false;
}

const MODEL_GLOBS = new Map<string, RegExp>();

/** Whether `model` is a string one of `patterns` (`*`: any run of characters) matches. */
export function modelMatches(patterns: readonly string[], model: unknown): boolean {
  if (typeof model !== "string" || patterns.length === 0) return false;
  for (const p of patterns) {
    let re = MODEL_GLOBS.get(p);
    if (re === undefined) {
      re = new RegExp(`^${p.split("*").map((x) => x.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")).join(".*")}$`, "i");
      MODEL_GLOBS.set(p, re);
    }
    if (re.test(model)) return true;
  }
  return false;
}

/** What the proxy needs to know about a checked metered request. */
export interface PreparedRequest {
  view: PromptView;
  reservedTokens: number;
  stream: boolean;
  /** The guard asked the origin for a usage chunk the client did not request: hide it. */
  hideUsageChunk: boolean;
  /** Body to send upstream instead of the client's bytes, when the guard rewrote it. */
  rewrittenBody?: string;
  /** The body as the guard parsed it (what it checked and metered). */
  body: Record<string, unknown>;
  /** Prompt tokens estimated at admission (part of reservedTokens). */
  promptTokens: number;
  /** An Anthropic request's cached prefix (through its last `cache_control` marker), if any. */
  cachePrefix?: CachePrefix;
  /** The hosted tool calls it may make (hostedCallsAsked), reserved with it, and what they count
   *  (part of reservedTokens, apart from its output cap). */
  hostedAsked?: HostedCalls;
  hostedReserved?: number;
}

/** What preparing a request takes from the policy. */
export interface PrepareOptions {
  /** The output cap reserved for a request that states none (GUARD_POLICY.defaultMaxOutputTokens). */
  defaultMaxOutput: number;
  /** The cap written into a background response that states none (GUARD_POLICY.backgroundMaxOutputTokens;
   *  absent: defaultMaxOutput). */
  backgroundMaxOutput?: number;
  /** What an image costs by model (GUARD_POLICY.models.images). */
  images?: readonly ImageCost[];
  /** Models that run tools by themselves (GUARD_POLICY.models.runTools) and what a hosted tool's
   *  call counts (GUARD_POLICY.hostedCalls): a request reserves the calls it may make (hostedCallsAsked). */
  runTools?: readonly string[];
  hostedCalls?: Required<HostedCalls>;
  /** A batch's inner request: its answer is read only if its results are fetched (withToolBounds). */
  batchItem?: boolean;
}

/** The PrepareOptions of a policy (the Worker's and the replay CLI's). */
export function prepareOptionsOf(policy: { defaultMaxOutputTokens: number; backgroundMaxOutputTokens: number; models: { images: readonly ImageCost[]; runTools: readonly string[] }; hostedCalls: Required<HostedCalls> }): PrepareOptions {
  return { defaultMaxOutput: policy.defaultMaxOutputTokens, backgroundMaxOutput: policy.backgroundMaxOutputTokens, images: policy.models.images, runTools: policy.models.runTools, hostedCalls: policy.hostedCalls };
}

/** The calls of a hosted tool a request that sets no bound (`max_tool_calls`, `max_uses`) is
 *  reserved for: a research turn's few searches. */
export const DEFAULT_TOOL_CALLS = 5;

/**
 * A request whose answer the guard may not read whole gets a bound on its priced hosted tools'
 * calls when it sets none, so what it reserves (hostedCallsAsked) is an upper bound of what the
 * origin bills: `max_tool_calls` DEFAULT_TOOL_CALLS on a Responses request with a web search or
 * file search tool, `max_uses` DEFAULT_TOOL_CALLS on an Anthropic web search or web fetch tool.
 * Such a request is a background response or a batch's inner request (read only when fetched: red
 * team R80-2, a job continued instead of retrieved; R80-4, results never read) or one asking for
 * logprobs (its answer may pass 8 MiB and be read at its two ends: R80-3). A bound the request
 * sets is kept, and reserved.
 */
export function withToolBounds(kind: MeteredKind, body: Record<string, unknown>, prices?: Required<HostedCalls>): Record<string, unknown> {
  if (kind === "responses") {
    if (body.max_tool_calls !== undefined && body.max_tool_calls !== null) return body;
    // (a stored prompt's tools are at the origin, where the guard cannot see them: red team R82-1)
    const priced = isObj(body.prompt) || (Array.isArray(body.tools) && body.tools.some((t) => isObj(t) && typeof t.type === "string" && (t.type.startsWith("web_search") || t.type === "file_search")));
    return priced ? { ...body, max_tool_calls: DEFAULT_TOOL_CALLS } : body;
  }
  if (!Array.isArray(body.tools)) return body;
  if (kind !== "messages") return body;
  let changed = false;
  const tools = body.tools.map((t) => {
    // (a kind priced 0, a web fetch by default, is not bounded: red team R83-4)
    const priced = typeof t === "object" && t !== null && typeof (t as { type?: unknown }).type === "string" && (((t as { type: string }).type.startsWith("web_search_") && (prices?.webSearch ?? 1) > 0) || ((t as { type: string }).type.startsWith("web_fetch_") && (prices?.webFetch ?? 1) > 0));
    if (!isObj(t) || !priced || (t.max_uses !== undefined && t.max_uses !== null)) return t;
    changed = true;
    return { ...t, max_uses: DEFAULT_TOOL_CALLS };
  });
  return changed ? { ...body, tools } : body;
}

/** What a Responses `include` may add that makes an answer big: per-token logprobs, a code
 *  interpreter's printed output (red team R82-3: 9 MiB of it), file search results, images. Not
 *  encrypted reasoning or search sources, which ordinary apps ask for (red team R83-1). */
const BIG_INCLUDES = new Set(["message.output_text.logprobs", "code_interpreter_call.outputs", "file_search_call.results", "computer_call_output.output.image_url", "message.input_image.image_url"]);

/** Whether a request's answer may pass what the guard reads whole (8 MiB, then its two ends): it
 *  asks for logprobs, or a Responses answer for something BIG_INCLUDES names. */
function mayBeBig(kind: MeteredKind, body: Record<string, unknown>): boolean {
  if (kind === "chat" || kind === "completions") return body.logprobs === true || (typeof body.logprobs === "number" && body.logprobs > 0) || (typeof body.top_logprobs === "number" && body.top_logprobs > 0);
  if (kind === "responses") return (typeof body.top_logprobs === "number" && body.top_logprobs > 0) || (Array.isArray(body.include) && body.include.some((x) => typeof x === "string" && BIG_INCLUDES.has(x)));
  return false;
}

/**
 * The container a Responses tool names to run in, if any: a code interpreter's `container` given
 * as an id, a hosted shell's `environment` of type `container_reference`. The origin bills a
 * container when it is made, once however many turns run in it (it expires after 20 idle
 * minutes), so a turn in a named one runs in a container already billed: the turn that made it
 * (a `container: {type: "auto"}` turn through the guard, charged then), or the Containers API,
 * which the guard does not route.
 */
export function namedContainer(tool: Record<string, unknown>): string | undefined {
  if (tool.type === "code_interpreter") return typeof tool.container === "string" && tool.container !== "" ? tool.container : undefined;
  if (tool.type !== "shell" || !isObj(tool.environment) || tool.environment.type !== "container_reference") return undefined;
  const id = tool.environment.container_id;
  return typeof id === "string" && id !== "" ? id : undefined;
}

/**
 * The calls of tools the origin runs and bills per call a request may make, at most: a chat
 * request with `web_search_options`, or on a model that searches by itself (`models.runTools`:
 * OpenAI's search models search on every request, red team R80-1), one web search; a Responses
 * request's web search and file search tools up to its `max_tool_calls` (or DEFAULT_TOOL_CALLS)
 * each, and a code interpreter's container; an Anthropic request's web search and web fetch tools
 * up to their `max_uses` (or DEFAULT_TOOL_CALLS). Reserved with the request, so a job whose answer
 * is never read (a background response continued instead of retrieved, a batch whose results are
 * not fetched: red team R80-2, R80-4) or is read only at its two ends (R80-3) is charged its calls;
 * an answer read whole is charged the calls it made.
 */
export function hostedCallsAsked(kind: MeteredKind, body: Record<string, unknown>, runTools: readonly string[] = []): HostedCalls | undefined {
  const calls: Required<HostedCalls> = { webSearch: 0, webFetch: 0, fileSearch: 0, containers: 0 };
  const tools = Array.isArray(body.tools) ? body.tools.filter(isObj) : [];
  if (kind === "chat") {
    if (isObj(body.web_search_options) || modelMatches(runTools, body.model)) calls.webSearch = 1;
  } else if (kind === "responses") {
    const bound = typeof body.max_tool_calls === "number" && Number.isSafeInteger(body.max_tool_calls) && body.max_tool_calls >= 0 ? body.max_tool_calls : DEFAULT_TOOL_CALLS;
    for (const t of tools) {
      const type = typeof t.type === "string" ? t.type : "";
      if (type.startsWith("web_search")) calls.webSearch = bound;
      else if (type === "file_search") calls.fileSearch = bound;
      // a code interpreter's container, or a hosted shell's (red team R82-2), unless it names one
      // that exists already (billed when it was made)
      else if ((type === "code_interpreter" || (type === "shell" && isObj(t.environment) && t.environment.type !== "local")) && namedContainer(t) === undefined) calls.containers = 1;
    }
    // a stored prompt may carry tools the guard cannot see (red team R82-1): searches up to the
    // bound (its containers, if it runs any, are read from its answer)
    if (isObj(body.prompt) && bound > 0) calls.webSearch = Math.max(calls.webSearch, bound);
    if (modelMatches(runTools, body.model)) calls.webSearch = Math.max(calls.webSearch, 1);
  } else if (kind === "messages") {
    for (const t of tools) {
      const type = typeof t.type === "string" ? t.type : "";
      const uses = typeof t.max_uses === "number" && Number.isSafeInteger(t.max_uses) && t.max_uses >= 0 ? t.max_uses : DEFAULT_TOOL_CALLS;
      if (type.startsWith("web_search_")) calls.webSearch += uses;
      else if (type.startsWith("web_fetch_")) calls.webFetch += uses;
    }
  }
  return calls.webSearch + calls.webFetch + calls.fileSearch + calls.containers > 0 ? calls : undefined;
}

/** A metered request's body parsed, validated and estimated: its prompt view, prompt tokens and reservation. */
export function prepare(kind: MeteredKind, bytes: Uint8Array, opts: PrepareOptions): PreparedRequest {
  return prepareBody(kind, parseJsonObject(bytes), opts);
}

/**
 * A request whose answer its own settlement never sees (a background response, a batch's inner
 * request: their reservation is what they are charged) with the output cap its reservation
 * assumed written in when it states none. Only where the origin's own default is the model's
 * maximum (chat, Responses); a legacy completion defaults to 16 tokens and a message must state
 * its cap. Chat gets `max_completion_tokens` (what reasoning models accept).
 */
export function withReservedCap(kind: MeteredKind, body: Record<string, unknown>, cap: number): Record<string, unknown> {
  const field = kind === "chat" ? "max_completion_tokens" : kind === "responses" ? "max_output_tokens" : undefined;
  if (field === undefined) return body;
  for (const f of CAP_FIELDS[kind]) if (body[f] !== undefined && body[f] !== null) return body;
  return { ...body, [field]: cap };
}

/** prepare() for a body already parsed (the replay CLI reads bodies from a trace). */
export function prepareBody(kind: MeteredKind, parsed: unknown, opts: PrepareOptions): PreparedRequest {
  const { defaultMaxOutput, backgroundMaxOutput = defaultMaxOutput, images } = opts;
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw new GuardError("invalid_request", "Request body must be a JSON object.");
  }
  let body = parsed as Record<string, unknown>;
  validateBody(kind, body);
  // A background response is fetched later, through routes that are not metered: its usage is
  // never seen here, so what it may take is what it reserves (red team R4-2: uncapped, 5,000-token
  // answers were charged 1,024 each and a key drew 7.6x its daily quota); a cap of its own, sized
  // for a reasoning job (red team R39b-3: OpenAI's own background example ended incomplete, empty,
  // at 1,024), what it took less given back when it is read (R39b-4)
  if (kind === "responses" && body.background === true) body = withReservedCap(kind, body, backgroundMaxOutput);
  // the answer may go unread (a background response, a batch's inner request) or be read at its two
  // ends only: the calls it may make are bounded and reserved (red team R80, R82); any other
  // request's calls are read from its answer and settled, with nothing reserved for them (red team
  // R83-3: two stored-prompt turns at once on a 40,000 tpm were refused for calls they never made)
  const unseen = opts.hostedCalls !== undefined && (body.background === true || opts.batchItem === true || mayBeBig(kind, body));
  if (unseen) body = withToolBounds(kind, body, opts.hostedCalls);
  const view = buildPromptView(kind, body);
  const stream = body.stream === true;
  let hideUsageChunk = false;
  let rewrittenBody: string | undefined;
  if (stream && (kind === "chat" || kind === "completions")) {
    const so = (body.stream_options ?? {}) as Record<string, unknown>;
    if (so.include_usage !== true) {
      hideUsageChunk = true;
      rewrittenBody = JSON.stringify({ ...body, stream_options: { ...so, include_usage: true } });
    }
  }
  const promptTokens = promptTokensOf(body, view, images);
  const hostedAsked = opts.hostedCalls ? hostedCallsAsked(kind, body, opts.runTools) : undefined;
  const hostedReserved = unseen ? hostedTokens(hostedAsked, opts.hostedCalls) : 0;
  const reservedTokens = reservationFor(kind, body, view, defaultMaxOutput, promptTokens) + hostedReserved;
  const cachePrefix = kind === "messages" ? cachePrefixOf(body, images) : undefined;
  return { view, reservedTokens, stream, hideUsageChunk, rewrittenBody, body, promptTokens, ...(cachePrefix ? { cachePrefix } : {}), ...(hostedAsked ? { hostedAsked, hostedReserved } : {}) };
}

/** Top-level Messages fields that leave a cached prefix readable when they change (the prefix's own
 *  parts, the output's cap and sampling, labels); any other field is part of what is cached. */
const CACHE_NEUTRAL = new Set(["model", "system", "tools", "messages", "max_tokens", "stream", "metadata", "temperature", "top_p", "top_k", "stop_sequences", "service_tier"]);

/** Whether content holds an image or a document block, at any depth (a tool result's too). */
function hasMedia(x: unknown, depth: number): boolean {
  if (depth > 8) return false;
  if (Array.isArray(x)) return x.some((y) => hasMedia(y, depth + 1));
  if (!isObj(x)) return false;
  if (x.type === "image" || x.type === "document") return true;
  return hasMedia(x.content, depth + 1);
}

/**
 * An Anthropic Messages request's cached prefix: in the order the origin caches (tools, system,
 * messages), everything through the last block marked `cache_control`, with the model; its hash
 * (which also covers what else decides whether the origin can read it: the other top-level fields,
 * images anywhere), its prompt estimate and the cache's lifetime (limits/cache-reads.ts: what lets a prefix the key
 * just read from the cache be reserved at `cacheReadShare`, red team R43-6). Undefined without a
 * marker.
 */
export function cachePrefixOf(body: Record<string, unknown>, images?: readonly ImageCost[]): CachePrefix | undefined {
  const marked = (x: unknown): x is Record<string, unknown> => isObj(x) && isObj(x.cache_control);
  const tools = Array.isArray(body.tools) ? body.tools : [];
  const system = Array.isArray(body.system) ? body.system : [];
  const messages = Array.isArray(body.messages) ? body.messages : [];
  let last: Record<string, unknown> | undefined;
  const prefix: Record<string, unknown> = { model: body.model };
  for (let j = messages.length - 1; j >= 0 && last === undefined; j--) {
    const m = messages[j];
    const content = isObj(m) && Array.isArray(m.content) ? m.content : [];
    for (let k = content.length - 1; k >= 0; k--) {
      if (!marked(content[k])) continue;
      last = content[k] as Record<string, unknown>;
      prefix.tools = body.tools;
      prefix.system = body.system;
      prefix.messages = [...messages.slice(0, j), { ...(m as Record<string, unknown>), content: content.slice(0, k + 1) }];
      break;
    }
  }
  for (let i = system.length - 1; i >= 0 && last === undefined; i--) {
    if (!marked(system[i])) continue;
    last = system[i] as Record<string, unknown>;
    prefix.tools = body.tools;
    prefix.system = system.slice(0, i + 1);
  }
  for (let i = tools.length - 1; i >= 0 && last === undefined; i--) {
    if (!marked(tools[i])) continue;
    last = tools[i] as Record<string, unknown>;
    prefix.tools = tools.slice(0, i + 1);
  }
  if (last === undefined) return undefined;
  // what else decides whether the origin can read that prefix from its cache: Anthropic's docs list
  // `tool_choice`, the thinking parameters and images added or removed anywhere in the prompt as
  // invalidating it; every top-level field not known to leave it alone counts (red team R45-1: a
  // burst with `tool_choice` changed was reserved at the read share and billed as cache writes)
  const params: [string, unknown][] = [];
  for (const k of Object.keys(body).sort()) if (!CACHE_NEUTRAL.has(k)) params.push([k, body[k]]);
  const text = JSON.stringify(prefix) + JSON.stringify(params) + (hasMedia(messages, 0) ? "+media" : "");
  const ttlMs = (last.cache_control as Record<string, unknown>).ttl === "1h" ? CACHE_TTL_LONG_MS : CACHE_TTL_MS;
  return { hash: `${hash32(text).toString(36)}.${hash32(text, 0x5bd1e995).toString(36)}`, tokens: bodyPromptTokens(prefix, images), ttlMs };
}

/** Most file ids one request may name (namedFiles). */
export const MAX_NAMED_FILES = 64;

/** Part types that take a file by id as model input (Responses, Anthropic). */
const FILE_INPUT_TYPES = new Set(["input_file", "input_image", "container_upload"]);

/**
 * The file ids a request's body names as model input, in order, each once, at any depth up to 12:
 * a chat `file` part's `file.file_id`, a Responses `input_file` or `input_image` part's `file_id`,
 * an Anthropic source of type `file` (a document, an image) and a `container_upload` block, a code
 * interpreter tool's `container.file_ids`. Not a file an answer cited (`file_citation` and the
 * like, replayed with an earlier turn): the origin reads no file for it. Under `batchResults:
 * "owner"` each must be one the key uploaded through the guard or may fetch (red team R78-3:
 * another key's document and batch output were named as input, for the origin to read into the
 * prompt). More than MAX_NAMED_FILES is refused.
 */
export function namedFiles(body: unknown): string[] {
  const out = new Set<string>();
  const walk = (v: unknown, depth: number): void => {
    if (depth > 12 || typeof v !== "object" || v === null) return;
    if (Array.isArray(v)) {
      for (const x of v) walk(x, depth + 1);
      return;
    }
    const o = v as Record<string, unknown>;
    if (typeof o.file_id === "string" && (FILE_INPUT_TYPES.has(o.type as string) || o.type === "file")) out.add(o.file_id);
    if (o.type === "file" && isObj(o.file) && typeof o.file.file_id === "string") out.add(o.file.file_id);
    if (o.type === "code_interpreter" && isObj(o.container) && Array.isArray(o.container.file_ids)) for (const f of o.container.file_ids) if (typeof f === "string") out.add(f);
    for (const x of Object.values(o)) walk(x, depth + 1);
  };
  walk(body, 0);
  if (out.size > MAX_NAMED_FILES) throw new GuardError("invalid_request", `A request may name at most ${MAX_NAMED_FILES} files through this gateway.`);
  return [...out];
}

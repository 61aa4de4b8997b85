/**
 * The usage tap: passes an origin body through to the client chunk by chunk (never buffering the
 * whole answer) while learning the token usage from it — the JSON `usage` object, the final SSE
 * usage event, or, when the stream is cut short, an estimate from what was streamed (a JSON answer
 * too big to copy aside is read at its two ends: edgeFacts). A JSON answer
 * of declared length needs no tap: the handler reads it whole (`readsWhole`, `jsonUsage`).
 * Pure web streams; no runtime-specific imports.
 */
import { beyondBudget, longAnswer, trivialAnswer, visibleTokens } from "../detect/link.ts";
import type { RequestSignals } from "../detect/signals.ts";
import { continuedExchange } from "../detect/conversation.ts";
import { anchorHash } from "../detect/view.ts";
import type { HostedCalls, Provider, RouteKind, Usage } from "../policy/types.ts";
import { HOSTED_KINDS } from "../limits/index.ts";
import { isObj } from "../policy/json.ts";
import { namedContainer } from "./request.ts";

export interface TapOptions {
  provider: Provider;
  kind: RouteKind;
  sse: boolean;
  /** Drop the usage-only chunk the guard asked for on the client's behalf (OpenAI streams). */
  hideUsageChunk: boolean;
  /** JSON bodies are copied aside up to this size to read `usage` at the end. */
  maxJsonBytes: number;
  /** A stream the client leaves is read on to its end for the origin's usage, at most this long
   *  (absent: the origin's stream is cancelled with the client's), and `onCancel` is called at once:
   *  for a request whose input the origin adds where the guard cannot see it (red team R36). */
  drainMs?: number;
  onCancel?: () => void;
  /** The request's `tools` (a Responses request's: the containers they name are not counted). */
  tools?: unknown;
}

export interface TapResult {
  /** Usage reported by the origin, when it was seen. */
  usage?: Usage;
  /** The usage is the answer's final figure (not only Anthropic's opening input count). */
  usageFinal?: boolean;
  /** Characters of generated text seen in the stream (for the disconnect estimate). */
  streamedChars: number;
  outcome: "complete" | "cancelled" | "error";
  /** The id of the stored response the answer created (Responses API), when it was seen. */
  responseId?: string;
  /** A JSON answer too big to copy aside, read at its two ends only (edgeFacts): the tool calls its
   *  output items name are not known (red team R80-3). */
  edges?: true;
  /** Ids of the output items a Responses stream named (at most MAX_ITEM_IDS): another key's turn
   *  may name them by `item_reference` (red team R90-1). */
  itemIds?: string[];
}

/** Output item ids a tap keeps from one Responses stream. */
export const MAX_ITEM_IDS = 16;

/** `usage` objects of every provider shape -> Usage (Anthropic cache tokens count as prompt; its
 *  cache reads are also kept apart, as Usage.cacheRead). */
export function readUsage(u: unknown): Usage | undefined {
  if (typeof u !== "object" || u === null) return undefined;
  const o = withIterations(u as Record<string, unknown>);
  const num = (v: unknown) => (typeof v === "number" && Number.isFinite(v) && v >= 0 ? v : 0);
  const hasPrompt = "prompt_tokens" in o || "input_tokens" in o;
  const hasCompletion = "completion_tokens" in o || "output_tokens" in o;
  if (!hasPrompt && !hasCompletion) return undefined;
  const cacheRead = num(o.cache_read_input_tokens);
  const cacheWrite = num(o.cache_creation_input_tokens);
  const completionTokens = num(o.completion_tokens ?? o.output_tokens);
  const reasoning = Math.min(completionTokens, num(detailOf(o.completion_tokens_details ?? o.output_tokens_details, "reasoning_tokens")));
  // Anthropic's server tools billed per call (web search; web fetch, priced 0 by default)
  const hosted = callsOf({ webSearch: num(detailOf(o.server_tool_use, "web_search_requests")), webFetch: num(detailOf(o.server_tool_use, "web_fetch_requests")) });
  return {
    promptTokens: num(o.prompt_tokens ?? o.input_tokens) + cacheWrite + cacheRead,
    completionTokens,
    ...(cacheRead > 0 ? { cacheRead } : {}),
    ...(cacheWrite > 0 ? { cacheWrite } : {}),
    ...(reasoning > 0 ? { reasoning } : {}),
    ...(hosted ? { hosted } : {}),
  };
}

/** Anthropic's billed counts. Each is the larger of the top level's and the sum over `iterations`.
 *  The origin reports several sampling iterations (server-side compaction, `context_management`;
 *  red team R79-1) that way, and its top-level counts leave the compaction iterations out. Those
 *  iterations are billed: a 180,000-token context compacted, then answered on 23,000, had been
 *  charged 23,000. */
function withIterations(o: Record<string, unknown>): Record<string, unknown> {
  const its = o.iterations;
  if (!Array.isArray(its) || its.length === 0) return o;
  const out = larger(o, its, ["input_tokens", "output_tokens", "cache_read_input_tokens", "cache_creation_input_tokens"]);
  // the server tools' calls too, where an iteration reports its own
  const calls = larger(isObj(o.server_tool_use) ? o.server_tool_use : {}, its.map((it) => (isObj(it) ? it.server_tool_use : undefined)), ["web_search_requests", "web_fetch_requests"]);
  if (Object.keys(calls).length > 0) out.server_tool_use = calls;
  return out;
}

/** `o` with each of `fields` the larger of its own and the sum over `parts`' (non-negative numbers). */
function larger(o: Record<string, unknown>, parts: unknown[], fields: string[]): Record<string, unknown> {
  const out = { ...o };
  for (const f of fields) {
    let sum = 0;
    for (const it of parts) {
      const v = isObj(it) ? it[f] : undefined;
      if (typeof v === "number" && Number.isFinite(v) && v > 0) sum += v;
    }
    const top = o[f];
    if (sum > (typeof top === "number" && Number.isFinite(top) && top >= 0 ? top : 0)) out[f] = sum;
  }
  return out;
}

/** The calls named (each a whole count), or undefined when there are none. */
function callsOf(c: HostedCalls): HostedCalls | undefined {
  const out: HostedCalls = {};
  let any = false;
  for (const k of HOSTED_KINDS) {
    const n = c[k];
    if (n !== undefined && n > 0) {
      out[k] = Math.ceil(n);
      any = true;
    }
  }
  return any ? out : undefined;
}

/** Each kind's larger count of two. */
export function mostCalls(a: HostedCalls | undefined, b: HostedCalls | undefined): HostedCalls | undefined {
  return combineCalls(a, b, Math.max);
}

/** Two answers' calls together (a batch's items; an Anthropic stream's opening and final counts
 *  are not summed: the final one is the answer's). */
export function addCalls(a: HostedCalls | undefined, b: HostedCalls | undefined): HostedCalls | undefined {
  return combineCalls(a, b, (x, y) => x + y);
}

function combineCalls(a: HostedCalls | undefined, b: HostedCalls | undefined, f: (x: number, y: number) => number): HostedCalls | undefined {
  if (!a || !b) return a ?? b;
  const out: HostedCalls = {};
  for (const k of HOSTED_KINDS) out[k] = f(a[k] ?? 0, b[k] ?? 0);
  return callsOf(out);
}

/**
 * A usage with the calls of tools the origin ran for a Responses answer (`output` items), which its
 * `usage` does not count: each `web_search_call` a web search, each `file_search_call` a file
 * search, and each distinct `container_id` of its `code_interpreter_call` items a container (a
 * container is billed once, however many calls run in it), but one its tools named (the answer
 * echoes the request's `tools`): that container was made, and billed, before this turn. A chat
 * request's own web search (`web_search_options`) is counted at settlement (handler.ts).
 */
export function withOutputCalls(u: Usage | undefined, response: unknown, requestTools?: unknown): Usage | undefined {
  if (u === undefined || typeof response !== "object" || response === null) return u;
  const { output, tools } = response as Record<string, unknown>;
  if (!Array.isArray(output)) return u;
  let webSearch = 0;
  let fileSearch = 0;
  // seeded with the containers the tools named (the answer's echo of them, or the request's own:
  // red team R86-5, an origin that echoes none), which are not counted
  const containers = new Set<string>();
  for (const list of [tools, requestTools]) if (Array.isArray(list)) for (const t of list) if (isObj(t)) { const id = namedContainer(t); if (id !== undefined) containers.add(id); }
  const before = containers.size;
  for (const item of output) {
    if (typeof item !== "object" || item === null) continue;
    const it = item as Record<string, unknown>;
    if (it.type === "web_search_call") webSearch++;
    else if (it.type === "file_search_call") fileSearch++;
    // a code interpreter's container, or a hosted shell's (red team R82-2), billed per container
    else if (it.type === "code_interpreter_call" || (it.type === "shell_call" && typeof it.container_id === "string")) containers.add(typeof it.container_id === "string" ? it.container_id : `#${containers.size}`);
  }
  const hosted = addCalls(u.hosted, callsOf({ webSearch, fileSearch, containers: containers.size - before }));
  return hosted ? { ...u, hosted } : u;
}

/**
 * How much of its model's reasoning an answer returned beside the answer, in characters: a chat
 * completion's `reasoning_content` / `reasoning` / `reasoning_details` text (DeepSeek-, Qwen-, vLLM-
 * and router-style origins, which may report those tokens as `reasoning_tokens` too), a Responses
 * reasoning item's summary or content text. That much of its `reasoning_tokens` is answer
 * (lessShown; red team R59-3: raw reasoning traces served in full while only the answer after
 * them was read; R59-1, R59-4: reasoning summaries of background jobs and batch lines), and only
 * that much (R60-2: a summary of 100-200 tokens had made 2,000 reasoning tokens answer).
 */
export function reasoningShownChars(body: unknown): number {
  if (typeof body !== "object" || body === null) return 0;
  const o = body as Record<string, unknown>;
  let n = 0;
  if (Array.isArray(o.choices)) {
    for (const c of o.choices) {
      const m = typeof c === "object" && c !== null ? ((c as Record<string, unknown>).message ?? (c as Record<string, unknown>).delta) : undefined;
      if (typeof m === "object" && m !== null) n += reasoningChars(m as Record<string, unknown>);
    }
  }
  if (Array.isArray(o.output)) {
    for (const it of o.output) {
      if (typeof it !== "object" || it === null || (it as Record<string, unknown>).type !== "reasoning") continue;
      const r = it as Record<string, unknown>;
      n += textChars(r.summary) + textChars(r.content);
    }
  }
  return n;
}

/** Characters of reasoning text a chat message or delta carries. */
function reasoningChars(m: Record<string, unknown>): number {
  return textChars(m.reasoning_content) + textChars(m.reasoning) + textChars(m.reasoning_details);
}

/** Characters of a string, or of the strings a list holds (directly or as a part's
 *  `text`/`summary`/`content`). */
function textChars(v: unknown, depth = 0): number {
  if (typeof v === "string") return v.length;
  if (depth > 3) return 0;
  let n = 0;
  if (Array.isArray(v)) for (const x of v) n += textChars(x, depth + 1);
  else if (typeof v === "object" && v !== null) {
    const o = v as Record<string, unknown>;
    n += textChars(o.text, depth + 1) + textChars(o.summary, depth + 1) + textChars(o.content, depth + 1);
  }
  return n;
}

/** Reasoning text's characters per token when the origin's count of it is not known: between
 *  English prose (~4) and Chinese or Japanese (~1-1.5), so a summary is read as no shorter than it
 *  is in most scripts (what is read as answer errs long). */
export const SHOWN_CHARS_PER_TOKEN = 2;

/** The usage with the reasoning an answer returned (`chars` of it: reasoningShownChars) read as
 *  answer: Usage.reasoning keeps only the rest. */
export function lessShown(u: Usage | undefined, chars: number): Usage | undefined {
  if (u?.reasoning === undefined || chars <= 0) return u;
  const { reasoning, ...rest } = u;
  const hidden = Math.max(0, reasoning - Math.ceil(chars / SHOWN_CHARS_PER_TOKEN));
  return hidden > 0 ? { ...rest, reasoning: hidden } : rest;
}

/** A field of a usage's details object (`completion_tokens_details`, `output_tokens_details`). */
function detailOf(details: unknown, field: string): unknown {
  return typeof details === "object" && details !== null ? (details as Record<string, unknown>)[field] : undefined;
}

/** The `usage` of a whole JSON answer; undefined when it is not JSON or has none. */
export function jsonUsage(text: string): Usage | undefined {
  return jsonFacts(text).usage;
}

/** What detection reads of a whole JSON answer: its `usage`, and the id of the stored response it
 *  is (Responses API; responseIdOf). */
export function jsonFacts(text: string, requestTools?: unknown): { usage?: Usage; responseId?: string } {
  try {
    const j = JSON.parse(text) as Record<string, unknown>;
    const usage = withOutputCalls(lessShown(readUsage(j.usage), reasoningShownChars(j)), j, requestTools);
    const responseId = responseIdOf(j);
    return { ...(usage ? { usage } : {}), ...(responseId !== undefined ? { responseId } : {}) };
  } catch {
    return {};
  }
}

/** The id of a Responses API response object (`"object": "response"`), else undefined: a later
 *  turn may continue it by that id (`previous_response_id`). */
export function responseIdOf(v: unknown): string | undefined {
  if (typeof v !== "object" || v === null) return undefined;
  const o = v as Record<string, unknown>;
  return o.object === "response" && typeof o.id === "string" && o.id !== "" ? o.id : undefined;
}

/** Chars of an oversized JSON answer kept at each end (its head and its tail) for `edgeFacts`. */
export const JSON_EDGE_CHARS = 64 * 1024;

/** The first and last `JSON_EDGE_CHARS` of a text read chunk by chunk, in bounded memory. */
export class TextEdges {
  head = "";
  tail = "";
  add(text: string): void {
    if (this.head.length < JSON_EDGE_CHARS) this.head += text.slice(0, JSON_EDGE_CHARS - this.head.length);
    this.tail = text.length >= JSON_EDGE_CHARS ? text.slice(-JSON_EDGE_CHARS) : (this.tail + text).slice(-JSON_EDGE_CHARS);
  }
}

/** A text read chunk by chunk: kept whole up to `max` (measured as the caller sizes its chunks:
 *  chars, or the bytes they were decoded from), past it only its two ends (TextEdges). */
export class CappedText {
  private readonly max: number;
  private text = "";
  private size = 0;
  private edges: TextEdges | undefined;
  constructor(max: number) {
    this.max = max;
  }
  add(chunk: string, size = chunk.length): void {
    if (this.edges) return this.edges.add(chunk);
    this.size += size;
    if (this.size > this.max) {
      this.edges = new TextEdges();
      this.edges.add(this.text + chunk);
      this.text = "";
    } else this.text += chunk;
  }
  /** The whole text, or past the cap its two ends. */
  read(): { text: string } | { edges: TextEdges } {
    return this.edges ? { edges: this.edges } : { text: this.text };
  }
}

/** The object literal starting at `from` (a `{`), by brace matching outside strings; undefined when it does not close. */
function objectAt(text: string, from: number): string | undefined {
  let depth = 0;
  let inString = false;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped char
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123) depth++;
    else if (c === 125 && --depth === 0) return text.slice(from, i + 1);
  }
  return undefined;
}

const USAGE_KEY = /"usage"\s*:\s*\{/g;

/**
 * What a JSON answer too big to read whole says, from its two ends (red team R14-1: answers over
 * 8 MiB, big because of per-token logprobs, were settled on their reservation while the origin
 * billed 20x that). Its `usage`: the last `"usage": {...}` of the tail that reads as usage (every
 * provider writes usage after the output that makes an answer big; a quote inside generated text
 * is escaped, so no answer text can fake the key). Its response id, status and background flag:
 * from the head, before the output (a Responses object names them first).
 */
export function edgeFacts(head: string, tail: string): { usage?: Usage; responseId?: string; status?: string; background?: boolean } {
  let usage: Usage | undefined;
  const starts = [...tail.matchAll(USAGE_KEY)].map((m) => m.index + m[0].length - 1);
  for (let k = starts.length - 1; k >= 0 && usage === undefined; k--) {
    const literal = objectAt(tail, starts[k]!);
    if (literal === undefined) continue;
    try {
      // an answer read at its two ends only: how much of its reasoning it returned is not known,
      // so all of it is read as answer
      usage = lessShown(readUsage(JSON.parse(literal)), Number.POSITIVE_INFINITY);
    } catch {
      // not JSON after all: an earlier one may be
    }
  }
  // the head up to the output: the object's own fields, not those of its output items
  const out = head.search(/"output"\s*:/);
  const own = out >= 0 ? head.slice(0, out) : head;
  const isResponse = /"object"\s*:\s*"response"/.test(own);
  const id = /"id"\s*:\s*"([^"\\]+)"/.exec(own)?.[1];
  const status = /"status"\s*:\s*"([a-z_]+)"/.exec(own)?.[1];
  const background = /"background"\s*:\s*true/.test(own);
  return {
    ...(usage ? { usage } : {}),
    ...(isResponse && id !== undefined ? { responseId: id } : {}),
    ...(isResponse && status !== undefined ? { status } : {}),
    ...(isResponse && background ? { background } : {}),
  };
}

/**
 * storedAnswer for a retrieved response too big to read whole, from its two ends: its usage (a
 * response has none until it has ended), whether it ran in the background. A JSON response's
 * status must say it ended; a stream's head is its first event (queued or in progress), so there
 * the usage alone says so.
 */
export function storedAnswerAtEdges(head: string, tail: string, sse: boolean): { usage: Usage; background: boolean } | undefined {
  const f = edgeFacts(head, tail);
  if (!sse && f.status !== "completed" && f.status !== "incomplete") return undefined;
  return f.usage && { usage: f.usage, background: f.background === true };
}

/**
 * The answer a retrieved stored response holds (`GET /v1/responses/{id}`, or a cancel, JSON, or SSE
 * whose `response.completed` or `response.incomplete` event carries it): its usage once the
 * response has ended (completed, or cut at its output cap), and whether it ran in the background;
 * else undefined.
 */
export function storedAnswer(text: string, sse: boolean): { usage: Usage; background: boolean } | undefined {
  let body: unknown;
  try {
    if (!sse) body = JSON.parse(text);
    else {
      // the last response.completed event (a replay of the stream, or a stream resumed)
      for (const block of text.split(EVENT_END)) {
        const data = eventData(block);
        if (!data.includes('"response.completed"') && !data.includes('"response.incomplete"')) continue;
        const ev = JSON.parse(data) as Record<string, unknown>;
        if (ev.type === "response.completed" || ev.type === "response.incomplete") body = ev.response;
      }
    }
  } catch {
    return undefined;
  }
  if (typeof body !== "object" || body === null) return undefined;
  const r = body as Record<string, unknown>;
  if (r.status !== "completed" && r.status !== "incomplete") return undefined;
  const usage = withOutputCalls(lessShown(readUsage(r.usage), reasoningShownChars(r)), r);
  return usage && { usage, background: r.background === true };
}

/**
 * storedAnswer's usage when the response was created with `background: true`. A response created
 * in the foreground was settled by its own request, so reading it again would count it twice,
 * unless that request's stream was cut before its usage came (answerLeftUnread).
 */
export function backgroundAnswer(text: string, sse: boolean): Usage | undefined {
  const a = storedAnswer(text, sse);
  return a?.background ? a.usage : undefined;
}

/**
 * Whether a retrieved or cancelled stored response (JSON; for SSE its last event carrying a
 * response) has ended with no answer to read: `cancelled` or `failed`. Its job no longer runs, so
 * the concurrency slot it held is freed (red team R13-3); an ended one with an answer is read
 * (storedAnswer) and freed by that read.
 */
export function endedUnanswered(text: string, sse: boolean): boolean {
  let status: unknown;
  try {
    if (!sse) status = (JSON.parse(text) as { status?: unknown } | null)?.status;
    else {
      for (const block of text.split(EVENT_END)) {
        const data = eventData(block);
        if (!data.includes('"response"')) continue;
        const r = (JSON.parse(data) as { response?: { status?: unknown } }).response;
        if (r && typeof r === "object") status = r.status;
      }
    }
  } catch {
    return false;
  }
  return status === "cancelled" || status === "failed";
}

/**
 * Whether the answer a Responses request created is left for a later retrieval to read: a
 * background response (its POST returns before the answer), and a stored one streamed in the
 * foreground whose stream ended before its final usage (the client hung up; an origin that
 * finishes stored responses then serves the answer on `GET /v1/responses/{id}`: red team R12-7
 * cut every stream at `response.created` and fetched the answers unread).
 */
export function answerLeftUnread(body: Record<string, unknown>, stream: boolean, tap: Pick<TapResult, "usageFinal">): boolean {
  if (body.background === true) return true;
  return stream && body.store !== false && tap.usageFinal !== true;
}

/** What a batch's results hold: the answers summed (BatchResults). */
export type BatchAnswers = { whole?: true; promptTokens: number; completionTokens: number; cacheRead?: number; reasoning?: number; hosted?: HostedCalls; count: number; long: number; longTokens: number; beyondTokens: number; trivial: number; trivialPromptTokens: number };

/**
 * The answers in a batch's results, read line by line as the body passes (never held whole): each
 * JSONL line of an Anthropic batch's results (`{"custom_id", "result": {"type": "succeeded",
 * "message": {..., "usage"}}}`) or of an OpenAI batch's output file (`{"custom_id", "response":
 * {"status_code": 200, "body": {..., "usage"}}}`) that succeeded is one answer; errored, canceled
 * and expired items, and lines of any other shape (an input file's request lines, even dressed
 * with a `response`), are none. A line longer than
 * `MAX_RESULT_LINE_CHARS` is skipped.
 */
export class BatchResults {
  promptTokens = 0;
  completionTokens = 0;
  /** Of promptTokens, cache reads (Usage.cacheRead). */
  cacheRead = 0;
  /** Of completionTokens, hidden reasoning never returned (Usage.reasoning). */
  reasoning = 0;
  /** Tools the origin ran for the items, billed per call (Usage.hosted). */
  hosted: HostedCalls | undefined = undefined;
  count = 0;
  /** Of them, the long ones (detect/link.ts LONG_ANSWER, on the answer returned), and their
   *  completion tokens returned. */
  long = 0;
  longTokens = 0;
  /** Their completion tokens returned beyond detect/link.ts BUDGET_USED.tokens an answer. */
  beyondTokens = 0;
  /** Of them, the trivial ones (detect/link.ts TRIVIAL_ANSWER), and their prompt tokens. */
  trivial = 0;
  trivialPromptTokens = 0;
  private line = "";
  /** The current line is too long: skip to its end. */
  private skipping = false;
  /** Lines that were items without an answer (errored, canceled, expired), lines too long to
   *  read, and lines of no shape the guard knows. */
  private unanswered = 0;
  private skipped = 0;
  private unknown = 0;

  push(text: string): void {
    let from = 0;
    for (;;) {
      const nl = text.indexOf("\n", from);
      const part = nl < 0 ? text.slice(from) : text.slice(from, nl);
      if (!this.skipping) {
        this.line += part;
        if (this.line.length > MAX_RESULT_LINE_CHARS) {
          this.skipping = true;
          this.skipped++;
          this.line = "";
        }
      }
      if (nl < 0) return;
      if (!this.skipping) this.read(this.line);
      this.line = "";
      this.skipping = false;
      from = nl + 1;
    }
  }

  /**
   * The last line (no final newline), then the sum; undefined when no line was an answer. `toEnd`:
   * the results were read to their end. They are then `whole` when every line was read as an
   * item, answered or not (none skipped as too long, none of an unknown shape), and a batch none of
   * whose items was answered (all canceled, say) is an answer of none: what its creation was
   * charged beyond what its items took is given back (red team R81-5: a 50-line classification
   * batch billed 1,050 tokens stayed charged its 52,766 reserved).
   */
  end(toEnd = false): BatchAnswers | undefined {
    if (!this.skipping) this.read(this.line);
    this.line = "";
    const whole = toEnd && this.skipped === 0 && this.unknown === 0;
    return this.count > 0 || (whole && this.unanswered > 0) ? { ...(whole ? { whole: true as const } : {}), promptTokens: this.promptTokens, completionTokens: this.completionTokens, ...(this.cacheRead > 0 ? { cacheRead: this.cacheRead } : {}), ...(this.reasoning > 0 ? { reasoning: this.reasoning } : {}), ...(this.hosted ? { hosted: this.hosted } : {}), count: this.count, long: this.long, longTokens: this.longTokens, beyondTokens: this.beyondTokens, trivial: this.trivial, trivialPromptTokens: this.trivialPromptTokens } : undefined;
  }

  /** One item's answer (a line read, or a replay trace's `results` entry). */
  add(u: Usage): void {
    this.promptTokens += u.promptTokens;
    this.completionTokens += u.completionTokens;
    this.cacheRead += u.cacheRead ?? 0;
    this.reasoning += u.reasoning ?? 0;
    this.hosted = addCalls(this.hosted, u.hosted);
    this.count++;
    const answer = visibleTokens(u);
    const long = longAnswer(u.promptTokens, answer);
    this.long += long;
    this.longTokens += long * answer;
    this.beyondTokens += beyondBudget(answer);
    const trivial = trivialAnswer(answer);
    this.trivial += trivial;
    this.trivialPromptTokens += trivial * u.promptTokens;
  }

  private read(line: string): void {
    if (line.trim() === "") return;
    const r = resultLine(line);
    if (r === "unanswered") this.unanswered++;
    else if (r) this.add(r);
    else this.unknown++;
  }
}

/** Longest batch result line read (one item's answer; a longer one is skipped). */
export const MAX_RESULT_LINE_CHARS = 4 * 1024 * 1024;

/** The usage of one succeeded batch item (a line of BatchResults), else undefined. */
export function resultLineUsage(line: string): Usage | undefined {
  if (!line.includes("usage")) return undefined;
  const r = resultLine(line);
  return typeof r === "object" ? r : undefined;
}

/**
 * One batch result line, parsed once: a succeeded item's usage; "unanswered" for an item the
 * origin did not answer (an Anthropic result that is not `succeeded`, an OpenAI line whose response
 * is absent, with an `error` beside it, or not a 2xx); undefined for anything else.
 */
function resultLine(line: string): Usage | "unanswered" | undefined {
  let o: unknown;
  try {
    o = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (!isObj(o)) return undefined;
  // a request line (an uploaded input file's `method`, `url`; a batch item's `params`) is no
  // result, whatever else it carries: extra fields pass the upload check, so a key fetching its own
  // input file could have made-up answers read
  if ("method" in o || "url" in o || "params" in o) return undefined;
  const { result, response } = o;
  const item = typeof o.custom_id === "string";
  if (isObj(result)) {
    if (result.type === "succeeded") return isObj(result.message) ? readUsage(result.message.usage) : undefined;
    return item && typeof result.type === "string" ? "unanswered" : undefined;
  }
  if (isObj(response)) {
    if (typeof response.status_code !== "number") return undefined;
    if (response.status_code >= 200 && response.status_code <= 299) {
      return isObj(response.body) ? withOutputCalls(lessShown(readUsage(response.body.usage), reasoningShownChars(response.body)), response.body) : undefined;
    }
    return item ? "unanswered" : undefined;
  }
  return item && response === null && isObj(o.error) ? "unanswered" : undefined;
}

/**
 * A JSON answer the tap need not stream: not SSE, its length declared, not encoded (so the declared
 * length is what is read), at most `maxBytes`. Read whole in one native call, it costs no chunk
 * loop in JS, and the client gets the same bytes (a JSON answer is of no use to it half read).
 */
export function readsWhole(headers: Headers, maxBytes: number): boolean {
  const type = headers.get("content-type") ?? "";
  const length = headers.get("content-length");
  const encoding = headers.get("content-encoding");
  return (
    !type.includes("text/event-stream") &&
    length !== null &&
    /^\d+$/.test(length) &&
    Number(length) <= maxBytes &&
    (encoding === null || encoding.trim().toLowerCase() === "identity")
  );
}

/** Pieces of one SSE event the tap cares about. */
interface EventFacts {
  usage?: Usage;
  /** The stored response the stream's events describe (responseIdOf: its first or final event). */
  responseId?: string;
  /** Anthropic splits usage: input at message_start, output at message_delta. */
  partial?: "input" | "output";
  /** Anthropic's input counts as the event names them (message_start, message_delta). */
  inputCounts?: InputCounts;
  chars: number;
  /** This event is the usage-only chunk (no choices). */
  usageOnly: boolean;
  /** Reasoning text the event returned, in characters (a reasoning delta); and, on a Responses
   *  stream's final event, all its answer's reasoning text (reasoningShownChars). */
  shown?: number;
  shownWhole?: number;
  /** The output item a Responses event names (`item.id` of output_item.added / .done, `item_id`
   *  of a delta). */
  itemId?: string;
}

/** Characters of every string in a streamed delta (text, reasoning, tool-call arguments, refusals, transcripts), except its labels. */
function deltaChars(v: unknown, depth = 0): number {
  if (typeof v === "string") return v.length;
  if (depth > 6 || typeof v !== "object" || v === null) return 0;
  let n = 0;
  if (Array.isArray(v)) for (const x of v) n += deltaChars(x, depth + 1);
  else for (const [k, x] of Object.entries(v)) if (k !== "role" && k !== "type" && k !== "id" && k !== "index") n += deltaChars(x, depth + 1);
  return n;
}

function eventFacts(data: string, requestTools?: unknown): EventFacts {
  const f: EventFacts = { chars: 0, usageOnly: false };
  if (data === "" || data[0] !== "{") return f;
  let j: Record<string, unknown>;
  try {
    j = JSON.parse(data) as Record<string, unknown>;
  } catch {
    return f;
  }
  const type = j.type;
  if (Array.isArray(j.choices)) {
    for (const c of j.choices as Record<string, unknown>[]) {
      if (c?.delta !== undefined) f.chars += deltaChars(c.delta);
      else if (typeof c?.text === "string") f.chars += c.text.length;
    }
    const shown = reasoningShownChars(j);
    if (shown > 0) f.shown = shown;
    const u = readUsage(j.usage);
    if (u) {
      f.usage = u;
      f.usageOnly = j.choices.length === 0;
    }
    return f;
  }
  if (typeof type === "string") {
    const item = typeof j.item_id === "string" ? j.item_id : (j.item as Record<string, unknown> | undefined)?.id;
    if (type.startsWith("response.") && typeof item === "string" && item.length <= 256) f.itemId = item;
    // every Responses delta: output text, reasoning summaries, function-call arguments, refusals
    if (type.startsWith("response.") && type.endsWith(".delta") && typeof j.delta === "string") {
      f.chars += j.delta.length;
      if (type.startsWith("response.reasoning") && j.delta.length > 0) f.shown = j.delta.length;
    } else if (type === "response.completed" || type === "response.incomplete" || type === "response.failed") {
      f.usage = withOutputCalls(readUsage((j.response as Record<string, unknown> | undefined)?.usage), j.response, requestTools);
      const whole = reasoningShownChars(j.response);
      if (whole > 0) f.shownWhole = whole;
      f.responseId = responseIdOf(j.response);
    } else if (type === "response.created" || type === "response.in_progress" || type === "response.queued") {
      // the id also comes first: a stream cut before its final event still names the stored
      // response it created (red team R10-2: ids are what tells another key's responses apart)
      f.responseId = responseIdOf(j.response);
    } else if (type === "message_start") {
      const u = (j.message as Record<string, unknown> | undefined)?.usage;
      f.usage = readUsage(u);
      f.inputCounts = inputCounts(u);
      f.partial = "input";
    } else if (type === "message_delta") {
      f.usage = readUsage(j.usage);
      f.inputCounts = inputCounts(j.usage);
      f.partial = "output";
    } else if (type === "content_block_delta") {
      f.chars += deltaChars(j.delta);
    }
  }
  return f;
}

/** Anthropic's input counts: uncached, written to the cache, read from it. */
type InputCounts = { input?: number; cacheWrite?: number; cacheRead?: number };

/** The input counts a usage object names (a count that is not a non-negative number is not named). */
function inputCounts(u: unknown): InputCounts | undefined {
  if (typeof u !== "object" || u === null) return undefined;
  const o = withIterations(u as Record<string, unknown>);
  const num = (v: unknown) => (typeof v === "number" && Number.isFinite(v) && v >= 0 ? v : undefined);
  const c: InputCounts = { input: num(o.input_tokens), cacheWrite: num(o.cache_creation_input_tokens), cacheRead: num(o.cache_read_input_tokens) };
  return c.input === undefined && c.cacheWrite === undefined && c.cacheRead === undefined ? undefined : c;
}

/** Data lines of one SSE event block, joined. */
function eventData(block: string): string {
  let data = "";
  for (const line of block.split(/\r?\n/)) {
    if (line.startsWith("data:")) data += (data ? "\n" : "") + line.slice(line[5] === " " ? 6 : 5);
  }
  return data;
}

const EVENT_END = /\r?\n\r?\n/;

export function tapBody(body: ReadableStream<Uint8Array>, opts: TapOptions): { stream: ReadableStream<Uint8Array>; done: Promise<TapResult> } {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  let pending = "";
  // a JSON answer, copied aside; over maxJsonBytes its two ends, where its id and usage are (edgeFacts)
  const json = new CappedText(opts.maxJsonBytes);
  let usage: Usage | undefined;
  let usageFinal = false;
  // Anthropic's input counts so far: message_start's, each replaced by a message_delta that names
  // it again (its counts are cumulative: a server tool's results, web search, code execution or
  // MCP, are input the API reports only there; red team R39a-1)
  const input: InputCounts = {};
  let responseId: string | undefined;
  const itemIds: string[] = [];
  let streamedChars = 0;
  // reasoning text the stream returned, in characters: its deltas', or its final event's whole
  // answer's if more (lessShown)
  let shown = 0;
  let shownWhole = 0;
  let finished = false;
  let resolve!: (r: TapResult) => void;
  const done = new Promise<TapResult>((r) => (resolve = r));

  const finish = (outcome: TapResult["outcome"]) => {
    if (finished) return;
    finished = true;
    let edges = false;
    if (opts.sse === false && outcome === "complete") {
      const r = json.read();
      edges = "edges" in r;
      ({ usage, responseId } = "edges" in r ? edgeFacts(r.edges.head, r.edges.tail) : jsonFacts(r.text, opts.tools));
      usageFinal = usage !== undefined;
    }
    usage = lessShown(usage, Math.max(shown, shownWhole));
    resolve({ usage, usageFinal, streamedChars, outcome, ...(responseId !== undefined ? { responseId } : {}), ...(edges ? { edges: true as const } : {}), ...(itemIds.length > 0 ? { itemIds } : {}) });
  };

  /** Learn from complete events in `pending`; return the text to forward when rewriting. */
  const consumeEvents = (final: boolean): string => {
    let out = "";
    for (;;) {
      const m = EVENT_END.exec(pending);
      if (!m) break;
      const block = pending.slice(0, m.index);
      const raw = pending.slice(0, m.index + m[0].length);
      pending = pending.slice(m.index + m[0].length);
      const f = eventFacts(eventData(block), opts.tools);
      streamedChars += f.chars;
      if (f.shown) shown += f.shown;
      if (f.shownWhole) shownWhole = f.shownWhole;
      if (f.responseId !== undefined) responseId = f.responseId;
      if (f.itemId !== undefined && itemIds.length < MAX_ITEM_IDS && !itemIds.includes(f.itemId)) itemIds.push(f.itemId);
      if (f.usage) {
        if (f.partial !== undefined) {
          for (const k of ["input", "cacheWrite", "cacheRead"] as const) if (f.inputCounts?.[k] !== undefined) input[k] = f.inputCounts[k];
          const promptTokens = (input.input ?? 0) + (input.cacheWrite ?? 0) + (input.cacheRead ?? 0);
          // the final count (message_delta's, cumulative) names the answer's server tool calls; one
          // that names none leaves an earlier count standing
          const hosted = (f.partial === "output" ? f.usage.hosted : undefined) ?? usage?.hosted;
          usage = { promptTokens, completionTokens: f.partial === "output" ? f.usage.completionTokens : (usage?.completionTokens ?? 0), ...(input.cacheRead ? { cacheRead: input.cacheRead } : {}), ...(input.cacheWrite ? { cacheWrite: input.cacheWrite } : {}), ...(hosted ? { hosted } : {}) };
        } else usage = f.usage;
        // Anthropic's message_start carries only the input count; the output comes at the end
        usageFinal = f.partial !== "input";
      }
      if (!(opts.hideUsageChunk && f.usageOnly)) out += raw;
    }
    if (final && pending !== "") {
      out += pending;
      pending = "";
    }
    return out;
  };

  // the client left (cancel) while a read of the origin was in flight (pull): that read ends first
  let cancelled = false;
  let reading: Promise<unknown> | undefined;
  /** The client left: read the origin's events on, for their usage, until the end or `ms`. */
  const drain = async (ms: number, reason: unknown): Promise<void> => {
    const until = Date.now() + ms;
    try {
      if (reading) {
        await reading;
        consumeEvents(false);
      }
      for (;;) {
        const left = until - Date.now();
        if (left <= 0) break;
        let timer: unknown;
        const r = await Promise.race([reader.read(), new Promise<undefined>((res) => void (timer = setTimeout(res, left)))]);
        clearTimeout(timer as Parameters<typeof clearTimeout>[0]);
        if (r === undefined) break;
        if (r.done) {
          consumeEvents(true);
          break;
        }
        pending += decoder.decode(r.value, { stream: true });
        consumeEvents(false);
      }
    } catch {
      // the origin's stream broke: what it said so far stands
    }
    finish("cancelled");
    reader.cancel(reason).catch(() => undefined);
  };

  const stream = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          // Loop until something is forwarded: a chunk may hold only part of an event.
          for (;;) {
            const read = reader.read();
            reading = read;
            const { done: end, value } = await read;
            reading = undefined;
            if (cancelled) {
              // what came after the client left is read for its events only (drain)
              if (!end && opts.sse) pending += decoder.decode(value, { stream: true });
              return;
            }
            if (end) {
              if (opts.sse) {
                const rest = consumeEvents(true);
                if (opts.hideUsageChunk && rest) controller.enqueue(encoder.encode(rest));
              }
              controller.close();
              finish("complete");
              return;
            }
            const text = decoder.decode(value, { stream: true });
            if (!opts.sse) {
              json.add(text);
              controller.enqueue(value);
              return;
            }
            pending += text;
            if (!opts.hideUsageChunk) {
              consumeEvents(false);
              controller.enqueue(value);
              return;
            }
            const out = consumeEvents(false);
            if (out) {
              controller.enqueue(encoder.encode(out));
              return;
            }
          }
        } catch (e) {
          finish("error");
          controller.error(e);
        }
      },
      cancel(reason) {
        cancelled = true;
        opts.onCancel?.();
        if (opts.drainMs === undefined || !opts.sse) {
          finish("cancelled");
          return reader.cancel(reason);
        }
        void drain(opts.drainMs, reason);
        return undefined;
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, done };
}

/** The usage with which exchange it was (Usage.inputHash, createdHash) and which one it continued
 *  (prevHash), for detection's cheap and filler exchanges (detect/state.ts cheapTurns,
 *  turnSizes); unchanged without signals (detection off). `degraded`: the origin was sent the
 *  degraded body, whose `n` is 1, so its answer is one choice whatever the request asked (its
 *  choices and samples are not carried: one answer of 512 tokens read as 8 samples of 64 would
 *  make a sampling harvest's samples look like variants, SHORT_SAMPLE). */
export function withExchange(u: Usage, signals: RequestSignals | undefined, responseId: string | undefined, degraded = false): Usage {
  if (!signals) return u;
  const prev = continuedExchange(signals);
  // a Responses answer with its usage but no id: the trace or the origin gives none
  const unnamed = signals.route === "responses" && responseId === undefined && !u.estimated && u.completionTokens > 0;
  return {
    ...u,
    ...(signals.ph ? { inputHash: signals.ph } : {}),
    ...(responseId !== undefined ? { createdHash: anchorHash(responseId) } : {}),
    ...(prev ? { prevHash: prev } : {}),
    ...(prev && signals.ti === 1 ? { prevTool: true as const } : {}),
    ...(unnamed ? { unnamed: true as const } : {}),
    // an embedding answers nothing: its inputs are no prompt an answer is read against (red team
    // R64-3: a 1,000-token embedding beside each ask made a harvest's long answers look like a
    // translation's, 100 % of them served in full)
    ...(signals.route === "embeddings" ? { readablePrompt: 0 } : signals.md ? { readablePrompt: readableTokens(signals.pl) } : {}),
    ...(signals.nc && !degraded ? { choices: signals.nc } : {}),
    ...(signals.sn && !degraded ? { samples: signals.sn } : {}),
    // asked, served or degraded (as hardParams counts it): a degraded read's capped answer must not
    // read the key's share down (a harvest would step down and up again)
    ...(signals.hp === 1 && !signals.sn ? { hardRead: true as const } : {}),
    ...(Math.max(signals.rs, signals.hr ?? 0, signals.rsx ?? 0, signals.pfr ?? 0) >= 2 ? { stepAsk: true as const } : {}),
    ...(signals.lt === 1 && !u.estimated && u.seen === undefined ? { later: true as const } : {}),
    ...(signals.mo ? { model: signals.mo } : {}),
  };
}

/**
 * A Responses request's stored context for quotas (Usage.context, Usage.stores): the context its
 * input starts from, which the body does not carry (`previous_response_id`, or a conversation),
 * and the response it created when the origin stores it (`store` not false). The key's object
 * remembers what each took and charges a turn cut before its usage the context it continued
 * (KeySnapshot.contexts; red team R33-2).
 */
export function withContext(u: Usage, kind: RouteKind, body: Record<string, unknown>, responseId: string | undefined): Usage {
  if (kind !== "responses") return u;
  const context = contextOf(body);
  // a conversation's turn stores into the conversation, which the next turn names (red team R84-4)
  const conv = conversationOf(body);
  const stores = responseId !== undefined && body.store !== false ? anchorHash(conv !== undefined ? `conversation:${conv}` : responseId) : undefined;
  const template = templateOf(body);
  if (context === undefined && stores === undefined && template === undefined) return u;
  return { ...u, ...(context !== undefined ? { context } : {}), ...(stores !== undefined ? { stores } : {}), ...(template !== undefined ? { template } : {}) };
}

/** The anchorHash of the stored context a Responses body continues (its `previous_response_id`, or
 *  "conversation:" and its conversation's id), if any. */
export function contextOf(body: Record<string, unknown>): number | undefined {
  const prev = typeof body.previous_response_id === "string" && body.previous_response_id !== "" ? body.previous_response_id : undefined;
  const conv = conversationOf(body);
  return prev !== undefined ? anchorHash(prev) : conv !== undefined ? anchorHash(`conversation:${conv}`) : undefined;
}

/** The id of the conversation a Responses body names (`conversation`, an id or `{id}`), if any. */
function conversationOf(body: Record<string, unknown>): string | undefined {
  const c = body.conversation as string | { id?: unknown } | null | undefined;
  return typeof c === "string" ? c : typeof c === "object" && c !== null && typeof c.id === "string" ? c.id : undefined;
}

/** The anchorHash of the stored prompt a Responses body names (`prompt.id`), if any. Its versions
 *  are one template to the guard: what the last answered turn on any of them took stands for the
 *  next (red team R36-4: a new or omitted version each turn, charged nothing). */
export function templateOf(body: Record<string, unknown>): number | undefined {
  const p = body.prompt;
  if (typeof p !== "object" || p === null || Array.isArray(p)) return undefined;
  const { id } = p as { id?: unknown };
  if (typeof id !== "string" || id === "") return undefined;
  return anchorHash(`prompt:${id}`);
}

/** Prompt tokens that `chars` of readable text stand for, generously: 2 chars a token (English
 *  runs ~4, so twice its tokens; CJK ~1-1.5). */
export function readableTokens(chars: number): number {
  return Math.ceil(chars / 2) + 1;
}

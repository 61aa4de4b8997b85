// Request bodies as the official SDKs send them, with usage estimated from the body text
// (prompt) and a completion length chosen by the scenario (under the cap, times n).

import { Rng, tok, messagesTok, toolsTok, contentTok } from "./core.ts";
import type { Usage } from "./core.ts";

export type Msg = { role: string; content: unknown; [k: string]: unknown };
export interface Req { body: Record<string, unknown>; usage: Usage }

/** OpenAI models that take max_completion_tokens and no temperature. */
export const OA_REASONING = new Set(["o3", "o3-mini", "o4-mini", "gpt-5", "gpt-5-mini", "gpt-5-nano", "gpt-5.1"]);

function put(o: Record<string, unknown>, k: string, v: unknown) { if (v !== undefined) o[k] = v; }

export interface ChatOpts {
  model: string; messages: Msg[]; max?: number; temperature?: number; top_p?: number; n?: number; stream?: boolean;
  user?: string; tools?: unknown[]; tool_choice?: unknown; parallel_tool_calls?: boolean; response_format?: unknown;
  logprobs?: boolean; top_logprobs?: number; logit_bias?: Record<string, number>; seed?: number; stop?: string | string[];
  presence_penalty?: number; frequency_penalty?: number; reasoning_effort?: string; store?: boolean; metadata?: Record<string, string>;
  /** use max_completion_tokens even for a non-reasoning model (newer SDK code) */
  mct?: boolean;
}
/** out = completion tokens of one choice. */
export function chat(o: ChatOpts, out: number): Req {
  const reasoning = OA_REASONING.has(o.model);
  const b: Record<string, unknown> = { model: o.model, messages: o.messages };
  if (o.max !== undefined) b[reasoning || o.mct ? "max_completion_tokens" : "max_tokens"] = o.max;
  if (!reasoning) { put(b, "temperature", o.temperature); put(b, "top_p", o.top_p); }
  put(b, "n", o.n);
  put(b, "stream", o.stream);
  if (o.stream) b.stream_options = { include_usage: true };
  put(b, "tools", o.tools); put(b, "tool_choice", o.tool_choice); put(b, "parallel_tool_calls", o.parallel_tool_calls);
  put(b, "response_format", o.response_format);
  put(b, "logprobs", o.logprobs); put(b, "top_logprobs", o.top_logprobs); put(b, "logit_bias", o.logit_bias);
  put(b, "seed", o.seed); put(b, "stop", o.stop);
  put(b, "presence_penalty", o.presence_penalty); put(b, "frequency_penalty", o.frequency_penalty);
  if (reasoning) put(b, "reasoning_effort", o.reasoning_effort);
  put(b, "store", o.store); put(b, "metadata", o.metadata);
  put(b, "user", o.user);
  let prompt = messagesTok(o.messages) + toolsTok(o.tools);
  if (o.response_format) prompt += Math.ceil(tok(JSON.stringify(o.response_format)) * 0.6);
  const capped = o.max !== undefined ? Math.min(out, o.max) : out;
  return { body: b, usage: { prompt_tokens: prompt, completion_tokens: capped * (o.n ?? 1) } };
}

export interface CompletionOpts {
  model: string; prompt: string | string[] | number[] | number[][]; max?: number; temperature?: number; top_p?: number; n?: number;
  best_of?: number; logprobs?: number; echo?: boolean; suffix?: string; stop?: string | string[]; stream?: boolean; user?: string;
  logit_bias?: Record<string, number>; seed?: number; presence_penalty?: number;
}
export function promptTok(p: CompletionOpts["prompt"]): { tokens: number; count: number } {
  if (typeof p === "string") return { tokens: tok(p), count: 1 };
  if (p.length === 0) return { tokens: 0, count: 1 };
  if (typeof p[0] === "number") return { tokens: p.length, count: 1 };
  if (typeof p[0] === "string") return { tokens: (p as string[]).reduce((s, x) => s + tok(x), 0), count: p.length };
  return { tokens: (p as number[][]).reduce((s, x) => s + x.length, 0), count: p.length };
}
export function completion(o: CompletionOpts, out: number): Req {
  const b: Record<string, unknown> = { model: o.model, prompt: o.prompt };
  put(b, "suffix", o.suffix);
  put(b, "max_tokens", o.max); put(b, "temperature", o.temperature); put(b, "top_p", o.top_p);
  put(b, "n", o.n); put(b, "best_of", o.best_of); put(b, "logprobs", o.logprobs); put(b, "echo", o.echo);
  put(b, "stop", o.stop); put(b, "stream", o.stream); put(b, "logit_bias", o.logit_bias); put(b, "seed", o.seed);
  put(b, "presence_penalty", o.presence_penalty); put(b, "user", o.user);
  const p = promptTok(o.prompt);
  const capped = o.max !== undefined ? Math.min(out, o.max) : out;
  const prompt = p.tokens + (o.suffix ? tok(o.suffix) : 0);
  return { body: b, usage: { prompt_tokens: prompt, completion_tokens: capped * (o.n ?? 1) * p.count } };
}

export interface ResponsesOpts {
  model: string; input: string | Msg[]; instructions?: string; max?: number; temperature?: number; reasoning?: { effort?: string; summary?: string };
  stream?: boolean; store?: boolean; previous_response_id?: string; tools?: unknown[]; tool_choice?: unknown; text?: unknown; include?: string[];
  background?: boolean; metadata?: Record<string, string>; safety_identifier?: string; prompt_cache_key?: string;
}
export function responses(o: ResponsesOpts, out: number): Req {
  const b: Record<string, unknown> = { model: o.model };
  put(b, "instructions", o.instructions);
  b.input = o.input;
  put(b, "previous_response_id", o.previous_response_id);
  put(b, "max_output_tokens", o.max);
  if (!OA_REASONING.has(o.model)) put(b, "temperature", o.temperature);
  put(b, "reasoning", o.reasoning); put(b, "tools", o.tools); put(b, "tool_choice", o.tool_choice); put(b, "text", o.text);
  put(b, "include", o.include); put(b, "stream", o.stream); put(b, "store", o.store); put(b, "background", o.background);
  put(b, "metadata", o.metadata); put(b, "safety_identifier", o.safety_identifier); put(b, "prompt_cache_key", o.prompt_cache_key);
  const inTok = typeof o.input === "string" ? tok(o.input) + 4 : messagesTok(o.input);
  const prompt = inTok + (o.instructions ? tok(o.instructions) : 0) + toolsTok(o.tools);
  const capped = o.max !== undefined ? Math.min(out, o.max) : out;
  return { body: b, usage: { prompt_tokens: prompt, completion_tokens: capped } };
}

export interface MessagesOpts {
  model: string; max: number; messages: Msg[]; system?: string | unknown[]; temperature?: number; top_p?: number; stream?: boolean;
  thinking?: { type: "enabled"; budget_tokens: number }; tools?: unknown[]; tool_choice?: unknown; metadata?: { user_id: string };
  stop_sequences?: string[];
}
export function messages(o: MessagesOpts, out: number): Req {
  const b: Record<string, unknown> = { model: o.model, max_tokens: o.max };
  put(b, "system", o.system);
  b.messages = o.messages;
  put(b, "temperature", o.thinking ? undefined : o.temperature); put(b, "top_p", o.top_p);
  put(b, "thinking", o.thinking); put(b, "tools", o.tools); put(b, "tool_choice", o.tool_choice);
  put(b, "stop_sequences", o.stop_sequences); put(b, "stream", o.stream); put(b, "metadata", o.metadata);
  const prompt = messagesTok(o.messages) + (o.system ? contentTok(o.system) : 0) + toolsTok(o.tools);
  return { body: b, usage: { prompt_tokens: prompt, completion_tokens: Math.min(out, o.max) } };
}

export function embeddings(o: { model: string; input: string | string[]; dimensions?: number; encoding_format?: string; user?: string }): Req {
  const b: Record<string, unknown> = { model: o.model, input: o.input };
  put(b, "dimensions", o.dimensions); put(b, "encoding_format", o.encoding_format); put(b, "user", o.user);
  const t = typeof o.input === "string" ? tok(o.input) : o.input.reduce((s, x) => s + tok(x), 0);
  return { body: b, usage: { prompt_tokens: t, completion_tokens: 0 } };
}

/** POST /v1/messages/batches with inline requests. */
export function anthropicBatch(items: { id: string; req: Req }[]): Req {
  const requests = items.map((x) => ({ custom_id: x.id, params: x.req.body }));
  return { body: { requests }, usage: sumUsage(items.map((x) => x.req.usage)) };
}
/** POST /v1/files, purpose batch: the JSONL file of /v1/chat/completions requests. */
export function openaiBatchFile(items: { id: string; req: Req }[], filename: string, url = "/v1/chat/completions"): Req {
  const file = items.map((x) => JSON.stringify({ custom_id: x.id, method: "POST", url, body: x.req.body })).join("\n") + "\n";
  return { body: { purpose: "batch", filename, file }, usage: sumUsage(items.map((x) => x.req.usage)) };
}
/** The lines of an OpenAI batch input file as the requests the guard checks (a trace cannot carry
 *  the multipart POST /v1/files): one per line, a millisecond apart, at upload time. */
export function openaiBatchLines(items: { id: string; req: Req }[]): { dt: number; req: Req }[] {
  return items.map((x, i) => ({ dt: i, req: x.req }));
}
export function sumUsage(us: Usage[]): Usage {
  let p = 0, c = 0;
  for (const u of us) { p += u.prompt_tokens; c += u.completion_tokens; }
  return { prompt_tokens: p, completion_tokens: c };
}

/** Seconds an answer of `tokens` takes to stream at a model's speed, plus time to first token. */
export function latency(r: Rng, tokens: number, tps = 70): number {
  return (r.logn(0.6, 0.4) + tokens / (tps * r.float(0.7, 1.3))) * 1000;
}

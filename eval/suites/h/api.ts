/**
 * Suite h: request-body builders for the five metered APIs, with usage consistent with the text,
 * `max_tokens` and `n` (answers longer than the cap are cut at it).
 */
import { type Msg, type Rng, outLen, promptToks, toks } from "./lib.ts";
import type { ToolDef } from "./text.ts";

export type Usage = { prompt_tokens: number; completion_tokens: number };
export interface Req {
  path: string;
  body: Record<string, unknown>;
  usage?: Usage;
  response_id?: string;
  method?: string;
  results?: Usage[];
}

/** Answer length model: median tokens and log-spread of one choice. */
export interface Len {
  median: number;
  sigma: number;
  min?: number;
}

function choices(r: Rng, len: Len, cap: number, n: number): number {
  let sum = 0;
  for (let i = 0; i < n; i++) sum += outLen(r, len.median, len.sigma, cap, len.min ?? 1);
  return sum;
}

export function oaTools(tools: ToolDef[]): unknown[] {
  return tools.map((t) => ({ type: "function", function: { name: t.name, description: t.description, parameters: { type: "object", properties: t.params, required: t.required } } }));
}
export function antTools(tools: ToolDef[]): unknown[] {
  return tools.map((t) => ({ name: t.name, description: t.description, input_schema: { type: "object", properties: t.params, required: t.required } }));
}
export function respTools(tools: ToolDef[]): unknown[] {
  return tools.map((t) => ({ type: "function", name: t.name, description: t.description, parameters: { type: "object", properties: t.params, required: t.required, additionalProperties: false }, strict: true }));
}

/** POST /v1/chat/completions. `params` go into the body verbatim (max_tokens or max_completion_tokens, n, ...). */
export function chat(r: Rng, model: string, messages: Msg[], params: Record<string, unknown>, len: Len, defaultCap = 4096): Req {
  const body: Record<string, unknown> = { model, messages, ...params };
  const cap = (params.max_tokens as number | undefined) ?? (params.max_completion_tokens as number | undefined) ?? defaultCap;
  const n = (params.n as number | undefined) ?? 1;
  const tools = params.tools as unknown[] | undefined;
  const prompt = promptToks(messages, undefined, tools) + (params.response_format ? Math.round(toks(JSON.stringify(params.response_format)) * 0.8) : 0);
  if (params.stream) body.stream_options = { include_usage: true };
  return { path: "/v1/chat/completions", body, usage: { prompt_tokens: prompt, completion_tokens: choices(r, len, cap, n) } };
}

/** POST /v1/messages (Anthropic). Thinking tokens count as output and fit under max_tokens. */
export function messages(r: Rng, model: string, system: unknown, msgs: Msg[], params: Record<string, unknown>, len: Len, thinking?: Len): Req {
  const body: Record<string, unknown> = { model, max_tokens: params.max_tokens, ...(system !== undefined ? { system } : {}), messages: msgs };
  for (const [k, v] of Object.entries(params)) if (k !== "max_tokens") body[k] = v;
  const cap = params.max_tokens as number;
  const tools = params.tools as unknown[] | undefined;
  const prompt = promptToks(msgs, system, tools);
  let out = 0;
  const th = params.thinking as { budget_tokens: number } | undefined;
  if (th && thinking) out += outLen(r, thinking.median, thinking.sigma, th.budget_tokens, 200);
  out += outLen(r, len.median, len.sigma, Math.max(1, cap - out), len.min ?? 1);
  return { path: "/v1/messages", body, usage: { prompt_tokens: prompt, completion_tokens: Math.min(cap, out) } };
}

/** POST /v1/responses. Reasoning tokens (for reasoning models) count as output. */
export function responses(r: Rng, model: string, input: unknown, params: Record<string, unknown>, len: Len, reasoning?: Len, priorContext = 0): Req {
  const body: Record<string, unknown> = { model, input, ...params };
  const cap = (params.max_output_tokens as number | undefined) ?? 8192;
  const msgs: Msg[] = typeof input === "string" ? [{ role: "user", content: input }] : (input as Msg[]);
  const prompt = promptToks(msgs, params.instructions, params.tools as unknown[] | undefined) + priorContext;
  let out = 0;
  if (reasoning) out += outLen(r, reasoning.median, reasoning.sigma, cap, 32);
  out += outLen(r, len.median, len.sigma, Math.max(1, cap - out), len.min ?? 1);
  return { path: "/v1/responses", body, usage: { prompt_tokens: prompt, completion_tokens: Math.min(cap, out) }, response_id: `resp_${r.hex(48)}` };
}

/** POST /v1/completions (legacy). prompt may be a string, strings, or token ids. */
export function completions(r: Rng, model: string, prompt: string | string[] | number[] | number[][], params: Record<string, unknown>, len: Len): Req {
  const body: Record<string, unknown> = { model, prompt, ...params };
  const cap = (params.max_tokens as number | undefined) ?? 16;
  const n = ((params.n as number | undefined) ?? 1) * 1;
  const best = (params.best_of as number | undefined) ?? n;
  let p: number;
  let prompts = 1;
  if (typeof prompt === "string") p = toks(prompt);
  else if (prompt.length && typeof prompt[0] === "number") p = prompt.length;
  else if (prompt.length && Array.isArray(prompt[0])) {
    p = (prompt as number[][]).reduce((a, x) => a + x.length, 0);
    prompts = prompt.length;
  } else {
    p = (prompt as string[]).reduce((a, x) => a + toks(x), 0);
    prompts = prompt.length;
  }
  if (typeof params.suffix === "string") p += toks(params.suffix);
  const out = choices(r, len, cap, best * prompts);
  return { path: "/v1/completions", body, usage: { prompt_tokens: p, completion_tokens: out } };
}

/** POST /v1/embeddings. */
export function embeddings(model: string, input: string | string[], params: Record<string, unknown> = {}): Req {
  const p = typeof input === "string" ? toks(input) : input.reduce((a, x) => a + toks(x), 0);
  return { path: "/v1/embeddings", body: { model, input, ...params }, usage: { prompt_tokens: p, completion_tokens: 0 } };
}

/**
 * The `degrade` action: the request is served, but what makes an answer worth harvesting is
 * removed before it reaches the origin: several samples (`n`, `best_of`), token probabilities
 * (`logprobs`, `top_logprobs`, `echo`, and `logit_bias`, which probes them), long outputs (every output cap is capped), deep reasoning
 * (`reasoning_effort` / `reasoning.effort` capped, reasoning summaries and encrypted reasoning not
 * requested, Anthropic `thinking.budget_tokens` capped). The result is still a valid request for
 * the same route, so the official SDKs parse the answer as usual. Pure.
 */
import { REASONING_TAG_NAMES } from "../detect/cues.ts";
import { visibleText } from "../detect/view.ts";
import { samplesOf } from "./request.ts";
import type { MeteredKind } from "./routes.ts";
import { isObj } from "../policy/json.ts";
import { DEFAULT_EMBEDDING_DIMENSIONS } from "./degrade-embeddings.ts";

export interface DegradeSettings {
  /** Output tokens a degraded request may ask for (every max_* field is capped to it). */
  maxOutputTokens: number;
  /** Anthropic extended thinking budget cap (the API's own minimum is 1,024); 0: thinking is
   *  turned off, so `max_tokens` caps the visible answer alone (red team R13-7). */
  maxThinkingTokens: number;
  /** Room for the reasoning of a request that asks for none by parameter, set per decision for a
   *  key whose answers come with hidden reasoning (Decision.degradeRoom; `unaskedRoom`). */
  unaskedReasoningTokens?: number;
  /** Components an embedding served degraded keeps (the rest are zeros, the length unchanged:
   *  degrade-embeddings.ts); 0: embeddings are not degraded. Absent: 256. */
  embeddingDimensions?: number;
}

export const DEFAULT_DEGRADE: DegradeSettings = { maxOutputTokens: 512, maxThinkingTokens: 1024, embeddingDimensions: DEFAULT_EMBEDDING_DIMENSIONS };

/** The settings a degraded decision applies: the policy's, with the output cap lowered to what an
 *  answer fetched in pieces has left of it (Decision.degradeCap, red team R22-2), and the room for
 *  reasoning its key's model does unasked (Decision.degradeRoom). */
export function degradeOf(s: DegradeSettings, d: { degradeCap?: number; degradeRoom?: number }): DegradeSettings {
  const capped = d.degradeCap !== undefined && d.degradeCap < s.maxOutputTokens ? { ...s, maxOutputTokens: Math.max(1, d.degradeCap) } : s;
  return d.degradeRoom !== undefined && d.degradeRoom > 0 ? { ...capped, unaskedReasoningTokens: d.degradeRoom } : capped;
}

/** Reasoning effort levels, weakest first; anything above "low" becomes "low". */
const EFFORT = ["none", "minimal", "low"];


/** The Anthropic extended-thinking budget a degraded request keeps (0 when thinking is off). */
function thinkingBudget(kind: MeteredKind, b: Record<string, unknown>, s: DegradeSettings): number {
  if (kind !== "messages" || s.maxThinkingTokens === 0 || !isObj(b.thinking) || b.thinking.type !== "enabled" || typeof b.thinking.budget_tokens !== "number") return 0;
  return Math.min(b.thinking.budget_tokens, Math.max(1024, s.maxThinkingTokens));
}

/** An opening reasoning tag (`<thinking>`, `<think>`, ...), the block a prompt asks the model to
 *  reason in before its answer (the tags detection reads, cues.ts). */
const REASONING_BLOCK = new RegExp(`<(?:${REASONING_TAG_NAMES.join("|")})>`, "i");

/** The text of an Anthropic system prompt or message content (a string, or blocks of text). */
function contentText(c: unknown): string {
  if (typeof c === "string") return c;
  if (!Array.isArray(c)) return "";
  let t = "";
  for (const part of c) if (isObj(part) && typeof part.text === "string") t += part.text + "\n";
  return t;
}

/**
 * Room a degraded Anthropic message keeps for a reasoning block its prompt asks for in text (its
 * system prompt or its last message names a reasoning tag: a vendor's prompting guide tells apps to
 * have the model think in `<thinking>` tags, then answer in `<answer>` tags), when it does not
 * think natively: twice the answer's cap, at most what native extended thinking keeps under
 * degrade (`maxThinkingTokens`; none when that is 0). Without it the cap cut the answer that comes
 * after the block (red team R50-1: 39 % of a support bot's answers). It gives no more than native
 * thinking does at degrade, and shrinks with the cap of an answer fetched in pieces (degradeOf).
 */
function blockBudget(kind: MeteredKind, b: Record<string, unknown>, s: DegradeSettings): number {
  if (kind !== "messages" || s.maxThinkingTokens === 0 || (isObj(b.thinking) && b.thinking.type === "enabled")) return 0;
  const last = Array.isArray(b.messages) ? b.messages[b.messages.length - 1] : undefined;
  const asks = REASONING_BLOCK.test(contentText(b.system)) || (isObj(last) && REASONING_BLOCK.test(contentText(last.content)));
  return asks ? Math.min(s.maxThinkingTokens, 2 * s.maxOutputTokens) : 0;
}

/**
 * Room a degraded OpenAI request keeps for reasoning it asks for by parameter (chat
 * `reasoning_effort`, Responses `reasoning`, other than "none"): the model's hidden reasoning is
 * billed inside `max_completion_tokens` / `max_output_tokens`, so a cap of 512 left the answer
 * empty whenever reasoning used it up (red team R58-3: an o4-mini tutor's answers came back empty
 * or cut, 4,184 of 4,401). As much as an Anthropic request thinking natively keeps
 * (`maxThinkingTokens`, none when that is 0), at the effort degrade lowers it to ("low"); none at
 * effort "minimal", and no more than twice the answer's cap.
 */
function reasoningRoom(kind: MeteredKind, b: Record<string, unknown>, s: DegradeSettings): number {
  if (s.maxThinkingTokens === 0) return 0;
  const asks = kind === "chat" ? typeof b.reasoning_effort === "string" : kind === "responses" && isObj(b.reasoning);
  if (!asks) return 0;
  const effort = kind === "chat" ? b.reasoning_effort : (b.reasoning as Record<string, unknown>).effort;
  // "minimal" reasons little or not at all: the room would be answer (red team R59-2: a degraded
  // textbook harvest at minimal effort wrote 1,485 visible tokens a request, 2.8x the cap)
  if (effort === "none" || effort === "minimal") return 0;
  return reasoningRoomOf(s);
}

/** The reasoning room of a degraded request (reasoningRoom): as much as Anthropic native thinking
 *  keeps (`maxThinkingTokens`), at most twice the answer's cap; as a reasoning block's room, it
 *  shrinks with the cap of an answer fetched in pieces (degradeOf; red team R59-5: a fixed 1,024 on
 *  every "Continue." page let a degraded pager deliver chapters whole). */
export function reasoningRoomOf(s: DegradeSettings): number {
  return s.maxThinkingTokens === 0 ? 0 : Math.min(s.maxThinkingTokens, 2 * s.maxOutputTokens);
}

/** The output cap of a degraded request, the same before and after degradeBody rewrote it (the
 *  reservation reads the body as sent): the answer's cap and the rooms beside it. Anthropic counts
 *  thinking inside max_tokens and needs max_tokens > budget_tokens. */
function degradedCap(kind: MeteredKind, b: Record<string, unknown>, s: DegradeSettings): number {
  return s.maxOutputTokens + thinkingBudget(kind, b, s) + blockBudget(kind, b, s) + reasoningRoom(kind, b, s) + unaskedRoom(kind, b, s);
}

/**
 * Room a degraded OpenAI request that names no reasoning effort keeps, when its key's answers come
 * with hidden reasoning (`unaskedReasoningTokens`, set by the key's object: detect/state.ts
 * reasonsHidden): a reasoning model at its default effort reasons as much as at "medium", inside
 * the same cap (red team R60-1: an o4-mini study app sending no `reasoning_effort`, once degraded,
 * had 512 tokens for reasoning and answer together, and 1,329 of 2,092 answers came back empty).
 * Not for a request that names an effort (reasoningRoom reads it).
 */
function unaskedRoom(kind: MeteredKind, b: Record<string, unknown>, s: DegradeSettings): number {
  const unasked = kind === "chat" ? b.reasoning_effort === undefined : kind === "responses" && b.reasoning === undefined;
  return unasked ? (s.unaskedReasoningTokens ?? 0) : 0;
}

/**
 * Fields a degraded request keeps, per route; `logit_bias` is not one of them: rotated over one
 * prompt, a bias map recovers the logits token by token from the argmax alone (Carlini et al.
 * 2024), and a degraded classifier still gets an answer without it. Everything else is dropped (default deny: vendor
 * extensions such as `prompt_logprobs`, `min_tokens`, `ignore_eos`, `include_reasoning`,
 * `chat_template_kwargs` or `output_config` must not carry extraction value past degrade).
 */
const KEEP: Record<Exclude<MeteredKind, "embeddings">, Set<string>> = {
  chat: new Set([
    "model", "messages", "temperature", "top_p", "stream", "stream_options", "max_completion_tokens", "max_tokens", "n", "stop", "seed",
    "tools", "tool_choice", "parallel_tool_calls", "functions", "function_call", "response_format", "user", "metadata", "store",
    "frequency_penalty", "presence_penalty", "modalities", "audio", "prediction", "service_tier", "reasoning_effort",
    "web_search_options", "safety_identifier", "prompt_cache_key", "verbosity",
  ]),
  completions: new Set([
    "model", "prompt", "suffix", "max_tokens", "temperature", "top_p", "n", "best_of", "stream", "stream_options", "stop", "seed",
    "presence_penalty", "frequency_penalty", "user",
  ]),
  responses: new Set([
    "model", "input", "instructions", "max_output_tokens", "temperature", "top_p", "stream", "stream_options", "tools", "tool_choice",
    "parallel_tool_calls", "text", "reasoning", "include", "metadata", "store", "previous_response_id", "truncation", "user",
    "service_tier", "background", "prompt", "prompt_cache_key", "safety_identifier", "conversation", "max_tool_calls",
  ]),
  messages: new Set([
    "model", "messages", "system", "max_tokens", "temperature", "top_p", "top_k", "stop_sequences", "stream", "tools", "tool_choice",
    "metadata", "thinking", "service_tier", "container",
  ]),
};

/** Responses `include` entries that carry extraction value. */
const INCLUDE_DROPPED = new Set(["message.output_text.logprobs", "reasoning.encrypted_content"]);

/**
 * The degraded body (a new object; the input is not changed) and the names of the fields that were
 * changed, for logs and tests. A request that asks for nothing of extraction value comes back
 * unchanged (except that an output cap is always set).
 */
export function degradeBody(kind: MeteredKind, body: Record<string, unknown>, s: DegradeSettings = DEFAULT_DEGRADE): { body: Record<string, unknown>; changed: string[] } {
  const b: Record<string, unknown> = { ...body };
  const changed: string[] = [];
  const drop = (f: string) => {
    if (b[f] !== undefined) {
      delete b[f];
      changed.push(f);
    }
  };
  // an embedding is degraded in its answer (degrade-embeddings.ts: the handler cuts the vectors)
  if (kind === "embeddings") return { body: b, changed };
  for (const f of Object.keys(b)) if (!KEEP[kind].has(f)) drop(f);
  if (kind === "messages" && isObj(b.thinking) && b.thinking.type !== "enabled" && b.thinking.type !== "disabled") drop("thinking");
  // no thinking budget at all: max_tokens then caps the visible text (with a budget it is budget +
  // cap, and a model that thinks briefly writes more than the cap: red team R13-7)
  if (kind === "messages" && s.maxThinkingTokens === 0 && isObj(b.thinking) && b.thinking.type === "enabled") drop("thinking");
  if (typeof b.verbosity === "string" && b.verbosity !== "low") {
    b.verbosity = "low";
    changed.push("verbosity");
  }
  if (isObj(b.text) && typeof b.text.verbosity === "string" && b.text.verbosity !== "low") {
    b.text = { ...b.text, verbosity: "low" };
    changed.push("text.verbosity");
  }

  for (const f of ["n", "best_of"]) {
    if (typeof b[f] === "number" && (b[f] as number) > 1) {
      b[f] = 1;
      changed.push(f);
    }
  }
  // a completions prompt list that repeats a prompt is n by another name (red team F6): each
  // prompt is kept once, in order, the same prompt being the same text as the model reads it
  // (red team R33-3: one prompt 16 times, each with another trailing space, tab, NBSP, zero-width
  // space or BOM, was 16 samples)
  if (kind === "completions" && Array.isArray(b.prompt) && b.prompt.length > 1 && typeof b.prompt[0] !== "number") {
    const seen = new Set<string>();
    const unique = (b.prompt as unknown[]).filter((p) => {
      const k = typeof p === "string" ? "s" + visibleText(p).replace(/\s+/g, " ").trim().toLowerCase() : JSON.stringify(p);
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
    if (unique.length !== b.prompt.length) {
      b.prompt = unique;
      changed.push("prompt");
    }
  }
  drop("logprobs");
  drop("top_logprobs");
  drop("echo");
  if (Array.isArray(b.include)) {
    const kept = (b.include as unknown[]).filter((x) => !(typeof x === "string" && INCLUDE_DROPPED.has(x)));
    if (kept.length !== (b.include as unknown[]).length) {
      b.include = kept;
      changed.push("include");
    }
  }
  if (typeof b.reasoning_effort === "string" && !EFFORT.includes(b.reasoning_effort)) {
    b.reasoning_effort = "low";
    changed.push("reasoning_effort");
  }
  if (isObj(b.reasoning)) {
    const r: Record<string, unknown> = { ...b.reasoning };
    let touched = false;
    if (typeof r.effort === "string" && !EFFORT.includes(r.effort)) {
      r.effort = "low";
      touched = true;
    }
    for (const f of ["summary", "generate_summary"]) {
      if (r[f] !== undefined && r[f] !== null) {
        delete r[f];
        touched = true;
      }
    }
    if (touched) {
      b.reasoning = r;
      changed.push("reasoning");
    }
  }

  // Output caps: every one present is capped; when none is, the route's own field is set.
  const thinking = thinkingBudget(kind, b, s);
  if (isObj(b.thinking) && thinking !== 0 && thinking !== b.thinking.budget_tokens) {
    b.thinking = { ...b.thinking, budget_tokens: thinking };
    changed.push("thinking.budget_tokens");
  }
  const cap = degradedCap(kind, b, s);
  const fields = ["max_tokens", "max_completion_tokens", "max_output_tokens"].filter((f) => b[f] !== undefined && b[f] !== null);
  if (fields.length === 0) {
    const f = kind === "chat" ? "max_completion_tokens" : kind === "responses" ? "max_output_tokens" : "max_tokens";
    b[f] = cap;
    changed.push(f);
  }
  for (const f of fields) {
    if (typeof b[f] === "number" && (b[f] as number) > cap) {
      b[f] = cap;
      changed.push(f);
    }
  }
  return { body: b, changed };
}

/**
 * The token reservation of the degraded request, without rewriting it: the same prompt, one
 * sample, the output capped as degradeBody caps it. (Equal to prepareBody(degradeBody(...)) 's
 * reservedTokens; tested.) An embeddings request reserves its prompt: its answer is cut, not capped.
 */
export function degradedReservation(kind: MeteredKind, body: Record<string, unknown>, promptTokens: number, s: DegradeSettings = DEFAULT_DEGRADE): number {
  if (kind === "embeddings") return Math.max(1, promptTokens);
  const cap = degradedCap(kind, body, s);
  let max: number | undefined;
  for (const f of ["max_completion_tokens", "max_tokens", "max_output_tokens"] as const) {
    const v = body[f];
    // only the caps degradeBody keeps for the route count (it drops the others)
    if (typeof v === "number" && KEEP[kind].has(f)) max = Math.max(max ?? 0, Math.min(v, cap));
  }
  // one sample each (n, best_of forced to 1), but every prompt of a completions list is answered
  return promptTokens + (max ?? cap) * samplesOf(kind, { prompt: body.prompt });
}

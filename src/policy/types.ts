/**
 * Vocabulary shared by the pure core (limits, detection, policy), the Durable Objects and the CLIs.
 * Plain data only: everything here crosses the Worker -> Durable Object RPC boundary.
 */

/** What the guard decides for one request (the key's standing, or plain quota excess). */
export type Action = "allow" | "limit" | "throttle" | "degrade" | "challenge" | "block";

/** Standing computed by detection; `limit` is never a standing, only a quota outcome. */
export type Standing = "allow" | "throttle" | "degrade" | "challenge" | "block";

/** The ladder, mildest first: each step costs a harvester more and an honest customer little. */
export const LADDER: readonly Standing[] = ["allow", "throttle", "degrade", "challenge", "block"];

/** Which provider's wire shapes a route speaks (error bodies, usage fields, SSE events). */
export type Provider = "openai" | "anthropic";

/**
 * Endpoint families the guard understands: five metered request shapes, and `free` for routes that
 * count one request (and need the key, lists and standing) but carry no prompt.
 */
export type RouteKind = "chat" | "completions" | "responses" | "embeddings" | "messages" | "free";

/**
 * Calls of tools the origin runs and bills per call, beside the tokens they add (red team R77-1
 * left them open): web searches and web fetches (Anthropic's `usage.server_tool_use`; a Responses
 * answer's `web_search_call` items; a chat request with `web_search_options`), file searches (a
 * Responses answer's `file_search_call` items) and code containers (the distinct `container_id`s of
 * its `code_interpreter_call` items). Quotas price each at GUARD_POLICY.hostedCalls tokens a call
 * (limits/index.ts quotaTokens); detection does not read them.
 */
export interface HostedCalls {
  webSearch?: number;
  webFetch?: number;
  fileSearch?: number;
  containers?: number;
}

/** Token usage of one request, as settled from the origin's answer. */
export interface Usage {
  promptTokens: number;
  completionTokens: number;
  /** Of `promptTokens`, the input read from the origin's prompt cache, when the origin reports it
   *  apart (Anthropic's `cache_read_input_tokens`): quotas count it at `cacheReadShare` (red team
   *  R39b-7); detection and the key's counters read the whole bill. */
  cacheRead?: number;
  /** Of `promptTokens`, the input the origin wrote to its prompt cache (Anthropic's
   *  `cache_creation_input_tokens`): counted in full, it only says the next request on the same
   *  prefix will read it (limits/cache-reads.ts). */
  cacheWrite?: number;
  /** The origin's figures were not seen (a reservation kept, a batch whose answers come later):
   *  charged to quotas as they are, but not evidence of what the request took (detection skips). */
  estimated?: true;
  /** A stream cut before its final usage: the completion tokens it streamed, which detection reads
   *  as the answer, while `completionTokens` (its output cap, or that if more) is what quotas
   *  charge: the origin bills what it never streamed (red team R33-2). */
  seen?: number;
  /** The answer this request created was left for a later retrieval to read (a stored stream cut
   *  before its usage: proxy/usage.ts answerLeftUnread); a background response's is `estimated`. */
  unread?: true;
  /** The origin goes on after this request answered (a background response, queued or running):
   *  its concurrency slot stays held until its answer is read or it ends (red team R13-3). */
  running?: true;
  /** A job this request saw end without an answer to read (a background response cancelled or
   *  failed: the anchorHash of its id, as Usage.createdHash): the slot it held is freed. */
  ended?: number;
  /** Earlier answers this request fetched: a background response retrieved when complete, or the
   *  results of a batch (their own POST kept its whole reservation, its usage unseen). Detection
   *  reads them as those answers; quotas charge only what one took beyond what its own request
   *  was charged (KeySnapshot.unread). */
  answer?: Answer;
  /** Which exchange this was, for detection (detect/state.ts cheapTurns; absent: unknown): the
   *  hash of the request's input turn (signals `ph`), and of the stored response its answer
   *  created (Responses API; detect/view.ts anchorHash, as a turn continuing it reads it). */
  inputHash?: number;
  createdHash?: number;
  /** Quotas: the stored context a Responses request's input starts from (the anchorHash of its
   *  `previous_response_id`, or of "conversation:" and its conversation's id), which the origin
   *  bills as input and the body does not carry; and what it stored, when the origin stores it:
   *  the response it created (the anchorHash of its id), or, for a conversation's turn, the
   *  conversation it added to (red team R84-4). KeySnapshot.contexts. */
  context?: number;
  stores?: number;
  /** Quotas: the stored prompt a Responses request names (the anchorHash of "prompt:" and its
   *  `prompt.id`, whatever its version), whose template the origin bills as input and the body does
   *  not carry; and, for a turn answered with its usage, what that template took (its input beyond
   *  the guard's estimate of the request's own): what a later turn on it cut before its usage is
   *  charged beside its reservation (red team R35-1). KeySnapshot.contexts. */
  template?: number;
  templateTokens?: number;
  /** A Responses turn cut before its usage whose own stored record the guard read from the origin
   *  after the cut (`GET /v1/responses/{id}`): its input and answer as the origin billed them, any
   *  stored context or template included, so the object adds none of them (red team R35-1). */
  recorded?: true;
  /** A Responses turn cut before its usage that continued a stored response: what that response
   *  took (its input and its answer) as the origin's own record of it says, read by the guard
   *  after the cut (proxy/handler.ts priceCut); the object charges it when it does not
   *  know the context itself, or knows it smaller (red team R33-2's open case). */
  contextTokens?: number;
  /** The exchange this request continued (signals `ca`, else `pv`; absent: none, or an agent's
   *  step): an answer far longer than that exchange's was the ask, the exchange a filler. */
  prevHash?: number;
  /** The request continuing it was an agent's step (its input turn a tool's result). */
  prevTool?: true;
  /** A Responses answer whose usage came without the id of the stored response it created (a
   *  replay trace or an origin that gives none: a real one names every response). */
  unnamed?: true;
  /** The request carried media (images, files, audio): a generous estimate of the prompt tokens
   *  its readable text stands for (proxy/usage.ts withExchange). Detection reads the answer
   *  against at most this, not against the tokens billed for media it cannot read (red team
   *  R15-1: a 765-token image made a 2,100-token answer to a one-line ask look 2.6x its prompt). */
  readablePrompt?: number;
  /** The request asked for this many choices (`n` > 1): its completion tokens are theirs together;
   *  detection reads one answer as their share (red team R15-2: three reply drafts of 65 tokens
   *  summed made a suggestions app's answers look 2.4x its prompts). */
  choices?: number;
  /** The request asked for this many samples (`n` x budget from SAMPLED_TOKENS, detection's `sn`):
   *  detection learns from their length per sample whether they are samples or variants (red team
   *  R52-6). */
  samples?: number;
  /** The request asked to read the token distribution by a hard parameter other than samples
   *  (signals `hp` without `sn`: `top_logprobs` over many tokens, `echo`), served or degraded, as
   *  detection's hard-parameter rate counts asks: its answer's tokens count in the key's share of
   *  answer tokens read so (detect/state.ts hardTokens; red team R61-1). */
  hardRead?: true;
  /** The request asked for step-by-step reasoning (detection's reasoning level 2 or more, in its
   *  ask, its history, its frame or its prefill): its answer's length is what detection reads as a
   *  worked answer's (detect/budget.ts workedLength; red team R72-1: chat turns beside a harvest's
   *  traces had pulled the key's typical answer under a trace's length). */
  stepAsk?: true;
  /** Of `completionTokens`, the hidden reasoning the origin billed and never returned (OpenAI's
   *  `completion_tokens_details.reasoning_tokens`, the Responses API's
   *  `output_tokens_details.reasoning_tokens`): quotas charge it, detection reads the answer without
   *  it: a client cannot train on what it never received (red team R58-3: an o4-mini tutor's
   *  900-7,000 reasoning tokens read as answers 20x its students' questions). */
  reasoning?: number;
  /** Tools the origin ran and bills per call (HostedCalls), priced by quotas only. */
  hosted?: HostedCalls;
  /** The model the request named (detection's signal `mo`, a hash): an answer with hidden
   *  reasoning says that model reasons unseen (detect/state.ts reasonModels; red team R62-2). */
  model?: number;
  /** The request's answer was to come later (a background response: detection's `lt`) and came
   *  with this settlement (a background stream read to its end): detection reads it as a later
   *  answer read (red team R56-2). */
  later?: true;
  /** The stored batch file this request ran (`POST /v1/batches`): a run the origin did not accept
   *  is not counted as one, so a retry of a refused first run is still the free first run (red
   *  team R32-1: the origin's 429 used it up, and the retry was metered as the whole file again). */
  runOf?: string;
  /** A batch's inner requests (its upload, or a later run of its file), counted against `rpm` at
   *  admission: when the origin did not accept the batch, all but the call itself are given back
   *  (red team R32-2: a 529 on a batch left its whole charge, and the SDK's retry was refused). */
  batchRequests?: number;
}

/** Usage of fetched answers detection reads on their own (Usage.answer): one background response,
 *  or the `count` answers of a batch's results, their tokens summed. */
export interface Answer {
  promptTokens: number;
  completionTokens: number;
  /** Of `promptTokens`, cache reads (Usage.cacheRead). */
  cacheRead?: number;
  /** Of `completionTokens`, hidden reasoning never returned (Usage.reasoning). */
  reasoning?: number;
  /** Tools the origin ran and bills per call (Usage.hosted). */
  hosted?: HostedCalls;
  /** 32-bit hash of what was fetched (the response id, the batch's results path): answers are read
   *  once, however often they are fetched (red team R7-2: re-fetching one cheap background
   *  response diluted every answer-length feature for free). */
  id: number;
  /** Answers summed (a batch's items); absent: 1 (whether it is long is read from its tokens). */
  count?: number;
  /** A batch's results read to their end, every line an item (BatchResults.end): what its
   *  creation was charged beyond what they took is given back (red team R81-5). */
  whole?: true;
  /** A stored response read at its two ends only (too big to read whole): the tool calls it made
   *  are not known, so what its request was charged is not given back (red team R80-3). */
  edges?: true;
  /** Of `count`, the long ones (detect/link.ts LONG_ANSWER), and their completion tokens. */
  long?: number;
  longTokens?: number;
  /** Of their completion tokens, those beyond detect/link.ts BUDGET_USED.tokens an answer. */
  beyondTokens?: number;
  /** Of `count`, the trivial ones (detect/link.ts TRIVIAL_ANSWER), and their prompt tokens. */
  trivial?: number;
  trivialPromptTokens?: number;
  /** A retrieved stored response: the hash of its id (detect/view.ts anchorHash), as a turn
   *  continuing it reads it (detect/state.ts cheapTurns). */
  createdHash?: number;
  /** Set by the creator's object when it reads the answer: the prompt its request's readable text
   *  stood for, when that request carried media (Usage.readablePrompt, kept with the unread record). */
  readablePrompt?: number;
  /** What the request that created this stored response was charged, from the background
   *  registry (BatchGroup takeCharged): the creator's object charges the answer what it took beyond
   *  that when its own record of it is gone (red team R37-1). */
  charged?: number;
}

/** Network metadata of a request (from `request.cf` and `cf-connecting-ip`), all optional. */
export interface NetMeta {
  ip?: string;
  asn?: number;
  country?: string;
}

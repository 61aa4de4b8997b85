/**
 * Detection core: the contract the guard (Durable Objects, replay CLI, eval) calls.
 * Pure: no `cloudflare:*`, no clock (time is `nowMs`), no randomness (jitter is a hash of state).
 *
 * Per request, in the key's Durable Object:
 *   observeRequest -> assess -> (limits) -> observeOutcome; on settle observeUsage;
 *   linkReports -> registry shards (registryObserve) -> applyLinkView (affects later requests).
 */
import type { RouteKind } from "../policy/types.ts";

/** Text view of one request, built from the parsed JSON body. Raw text lives only in memory. */
export interface PromptView {
  route: RouteKind;
  /** system / developer messages, Anthropic `system`, Responses `instructions`, joined */
  system: string;
  /** conversation in order: the text of every text-bearing block, normalised (NFKC, default-
   *  ignorable code points removed); `unreadable` counts the parts of a turn that could not be
   *  read (token-ID prompts, base64 / file / URL documents, images, audio), when there are any;
   *  `media`: a hash of the references (URLs, file ids, inline data's length and slices) of the
   *  turn's media parts, when it has any: two images beside one note are two payloads;
   *  `calls`: an assistant turn's tool-call arguments (OpenAI `tool_calls` / `function_call`,
   *  Anthropic `tool_use` input, Responses `function_call` items), also in its `text`, when it has
   *  any: the client writes them back, so they may carry what the next result asks about. */
  turns: { role: "user" | "assistant" | "tool"; text: string; unreadable?: number; media?: number; calls?: string }[];
  params: {
    maxTokens?: number; n?: number; logprobs?: boolean; topLogprobs?: number;
    logitBias?: boolean;
    /** Hash of the logit_bias map (its token -> bias pairs, in any key order), when it biases any. */
    logitBiasSet?: number;
    temperature?: number; topP?: number; stream?: boolean; echo?: boolean;
    /** Anthropic extended thinking's budget_tokens (0 when enabled without one); reasoning effort
     *  high; reasoning summaries or encrypted reasoning items requested (OpenAI Responses). */
    thinkingBudget?: number; effortHigh?: boolean; reasoningOut?: boolean; reasoningDetailed?: boolean;
    /** OpenAI reasoning asked by parameter (`reasoning_effort`, `reasoning`; effort not "none"):
     *  its output cap bounds the hidden reasoning with the answer (signals `rh`). */
    reasonsUnseen?: boolean;
    /** A hash of the model the request names (trimmed, lowercased; never 0), when it names one:
     *  which of a key's models answer with hidden reasoning (signals `mo`, state.ts reasonModels). */
    model?: number;
    /** A chat or Responses request that sets no output cap (neither `max_tokens`,
     *  `max_completion_tokens` nor `max_output_tokens`): the model's own maximum is its budget
     *  (paramScore reads it as UNCAPPED_TOKENS; signals `uc`). */
    uncapped?: boolean;
  };
  /** Token IDs sent as the prompt (completions / embeddings integer arrays), one per ID, when any;
   *  with a hash of them (their ends and count), since there is no text to hash. */
  promptTokenIds?: number;
  tokenHash?: number;
  /** Inputs in a completions prompt or embeddings input (a list counts each entry; a string or
   *  one token-ID array counts 1), when any. */
  items?: number;
  /** Up to 12 texts of an embeddings batch of 8 or more (evenly spaced, first 160 chars,
   *  lowercased), when there are any. */
  itemSample?: string[];
  /** A completions prompt list of 2 or more strings: one key per prompt (its length and first and
   *  last 80 chars), for the first 64, when there are any. */
  itemKeys?: string[];
  /** Unreadable parts in the whole request (see `turns`), when any; of them, the media parts
   *  (images, files, audio, video: not token IDs). */
  unreadable?: number;
  media?: number;
  /** Input the origin holds and the request names by id alone (a Responses `item_reference`, an
   *  input item of a type the guard does not read, a chat assistant turn's `audio` by id): the
   *  origin adds it to the input it bills, which the body does not show (red team R75-1, R75-2).
   *  Metering only: a stream the client leaves is read on for its usage (proxy unseenInput). */
  refs?: number;
  /** Tool definitions' text (names, descriptions, parameter descriptions) and a hash of the set
   *  of tool names, when the request carries tools. */
  tools?: string;
  toolSet?: number;
  /** The request continues a conversation the origin stores (Responses `previous_response_id` or
   *  `conversation`): a turn of a chat even though its body holds one input. */
  continues?: boolean;
  /** A hash of the stored response (or conversation) it continues, when it continues one. */
  anchor?: number;
  /** The answer is not in the request's own response: a Responses request run in the background
   *  (read when retrieved), or a batch's item (set by proxy/batch.ts planBatch). */
  later?: boolean;
  /** Text characters beyond the collection cap (view.ts TEXT_CAP): counted, not copied. */
  omittedChars?: number;
}

export { anchorHash, buildPromptView, visibleText } from "./view.ts";
export { extractSignals, paramScore } from "./signals.ts";
export { type FrameMemory, newFrameMemory } from "./frame.ts";
export type { RequestSignals } from "./signals.ts";
export { newDetectState, observeRequest, observeOutcome, laterRefused } from "./state.ts";
export { observeUsage, observeFetchedAnswer } from "./answers.ts";
export { reasonsHidden } from "./budget.ts";
export { chainAllowance } from "./conversation.ts";
export type { DetectState } from "./state.ts";
export { assess, features } from "./score.ts";
export type { Assessment } from "./score.ts";
export { DEFAULT_DETECTION_CONFIG, parseDetectionConfig } from "./config.ts";
export type { DetectionConfig } from "./config.ts";
export { answerReports, applyAskedCohort, askedProfile, askedReports, cohortPeek, cohortShard, linkReports, newRegistryState, registryObserve, applyLinkView } from "./link.ts";
export type { LinkReport, RegistryState, LinkView } from "./link.ts";

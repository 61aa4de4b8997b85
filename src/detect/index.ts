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
  /** conversation in order (text parts only) */
  turns: { role: "user" | "assistant" | "tool"; text: string }[];
  params: {
    maxTokens?: number; n?: number; logprobs?: boolean; topLogprobs?: number;
    logitBias?: boolean; temperature?: number; topP?: number; stream?: boolean;
  };
}

export { buildPromptView } from "./view.ts";
export { extractSignals, paramScore } from "./signals.ts";
export type { RequestSignals } from "./signals.ts";
export { newDetectState, observeRequest, observeOutcome, observeUsage, assess, features } from "./state.ts";
export type { DetectState, Assessment } from "./state.ts";
export { DEFAULT_DETECTION_CONFIG, parseDetectionConfig } from "./config.ts";
export type { DetectionConfig } from "./config.ts";
export { linkReports, newRegistryState, registryObserve, applyLinkView } from "./link.ts";
export type { LinkReport, RegistryState, LinkView } from "./link.ts";

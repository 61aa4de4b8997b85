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

/** Token usage of one request, as settled from the origin's answer. */
export interface Usage {
  promptTokens: number;
  completionTokens: number;
  /** The origin's figures were not seen (a reservation kept, a batch whose answers come later):
   *  charged to quotas as they are, but not evidence of what the request took (detection skips). */
  estimated?: true;
  /** An earlier answer this request fetched: a background response retrieved when complete (its
   *  own POST kept its whole reservation, its usage unseen). Detection reads it as that answer;
   *  quotas do not charge it again. */
  answer?: Answer;
}

/** Usage of an answer detection reads on its own (Usage.answer). */
export interface Answer {
  promptTokens: number;
  completionTokens: number;
  /** 32-bit hash of the answer's id (the response id): an answer is read once, however often it
   *  is fetched (red team R7-2: re-fetching one cheap background response diluted every
   *  answer-length feature for free). */
  id: number;
}

/** Network metadata of a request (from `request.cf` and `cf-connecting-ip`), all optional. */
export interface NetMeta {
  ip?: string;
  asn?: number;
  country?: string;
}

/** What every mock route handler needs about one parsed request. */
import { planWords, promptTokens, type WordPlan } from "./usage.ts";
import { delayFrom } from "./sse.ts";

/** Fixed timestamp (2026-01-01T00:00:00Z) so answers are byte-for-byte deterministic. */
export const CREATED = 1_767_225_600;

export interface MockCtx {
  path: string;
  body: Record<string, unknown>;
  model: string;
  /** Short deterministic id derived from the request body (ids differ per prompt, not per call). */
  id: string;
  /** Input tokens billed, the tool results below included. */
  promptTokens: number;
  /** x-mock-tool-tokens: input a tool the origin runs (web search, MCP...) added to the turn. An
   *  Anthropic stream reports it only in its final message_delta, as the real API does. */
  toolTokens: number;
  /** x-mock-cache-read-tokens: input an Anthropic answer read from the prompt cache, reported as
   *  `cache_read_input_tokens` beside `input_tokens` (in message_start when streamed), which then
   *  counts only the rest of the prompt (the mock's count less the read, at least 0). */
  cacheReadTokens: number;
  /** x-mock-cache-write-tokens: input an Anthropic answer wrote to the prompt cache, reported as
   *  `cache_creation_input_tokens` (left out of `input_tokens` as a read is). */
  cacheWriteTokens?: number;
  /** x-mock-reasoning-tokens: hidden reasoning an OpenAI reasoning model billed before its answer,
   *  reported in the completion tokens and as `completion_tokens_details.reasoning_tokens`
   *  (`output_tokens_details` on the Responses API), never in the text. */
  reasoningTokens: number;
  /** x-mock-web-searches: N web searches the origin ran (Anthropic `usage.server_tool_use`, Responses
   *  `web_search_call` output items), billed per call beside their tokens. */
  webSearches: number;
  plan: WordPlan;
  stream: boolean;
  includeUsage: boolean;
  chunkDelayMs: number;
  /** Diagnostic headers every answer carries (x-mock-*). */
  headers: Record<string, string>;
  /** x-mock-unstored: 1, a Responses answer kept no record (as with `store: false`), whatever the body says. */
  unstored: boolean;
}

function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}

export function diagnosticHeaders(req: Request, includeUsage: boolean): Record<string, string> {
  const h = req.headers;
  return {
    "x-mock-saw-auth": h.has("authorization") || h.has("x-api-key") ? "yes" : "no",
    "x-mock-origin-auth": h.has("x-guard-origin-auth") ? "yes" : "no",
    "x-mock-include-usage": includeUsage ? "yes" : "no",
  };
}

export function buildCtx(req: Request, path: string, raw: string, body: Record<string, unknown>): MockCtx {
  const so = body.stream_options;
  const includeUsage =
    !!so && typeof so === "object" && (so as Record<string, unknown>).include_usage === true;
  const id = fnv1a(path + "\n" + raw);
  const tool = req.headers.get("x-mock-tool-tokens");
  const toolTokens = tool !== null && /^\d{1,7}$/.test(tool.trim()) ? Number(tool.trim()) : 0;
  const cached = req.headers.get("x-mock-cache-read-tokens");
  const cacheReadTokens = cached !== null && /^\d{1,7}$/.test(cached.trim()) ? Number(cached.trim()) : 0;
  const written = req.headers.get("x-mock-cache-write-tokens");
  const cacheWriteTokens = written !== null && /^\d{1,7}$/.test(written.trim()) ? Number(written.trim()) : 0;
  const reasoned = req.headers.get("x-mock-reasoning-tokens");
  const reasoningTokens = reasoned !== null && /^\d{1,7}$/.test(reasoned.trim()) ? Number(reasoned.trim()) : 0;
  const searched = req.headers.get("x-mock-web-searches");
  const webSearches = searched !== null && /^\d{1,3}$/.test(searched.trim()) ? Number(searched.trim()) : 0;
  return {
    path,
    body,
    model: typeof body.model === "string" ? body.model : "mock-model",
    id,
    promptTokens: promptTokens(path, body) + toolTokens,
    toolTokens,
    cacheReadTokens,
    cacheWriteTokens,
    reasoningTokens,
    webSearches,
    plan: planWords(body, req.headers.get("x-mock-words")),
    stream: body.stream === true,
    includeUsage,
    chunkDelayMs: delayFrom(req.headers.get("x-mock-chunk-delay-ms")),
    unstored: req.headers.get("x-mock-unstored") === "1",
    headers: { ...diagnosticHeaders(req, includeUsage), "x-request-id": `req_mock_${id}` },
  };
}

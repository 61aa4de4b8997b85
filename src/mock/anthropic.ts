/** Anthropic Messages API (`/v1/messages`) shapes of the mock origin, JSON and SSE. */
import type { MockCtx } from "./context.ts";
import { SSE_HEADERS, sseStream, type SseFrame } from "./sse.ts";
import { loremWords, wordPieces } from "./usage.ts";

export function messages(ctx: MockCtx): Response {
  const id = `msg_mock${ctx.id}`;
  const out = ctx.plan.words;
  const stopReason = ctx.plan.truncated ? "max_tokens" : "end_turn";
  const headers = { ...ctx.headers, "request-id": ctx.headers["x-request-id"]! };
  if (!ctx.stream) {
    return Response.json(
      {
        id, type: "message", role: "assistant", model: ctx.model,
        content: [{ type: "text", text: loremWords(out).join(" ") }],
        stop_reason: stopReason, stop_sequence: null,
        usage: { input_tokens: uncached(ctx, ctx.promptTokens), ...cacheRead(ctx), output_tokens: out, ...searches(ctx) },
      },
      { headers },
    );
  }
  const ev = (type: string, fields: Record<string, unknown> = {}): SseFrame => ({ event: type, data: { type, ...fields } });
  // Like the real API, message_start reports a provisional output_tokens (1); message_delta
  // carries the final cumulative count, which is what must be settled. A server tool's results are
  // input message_start does not know yet: message_delta's cumulative input_tokens includes them.
  const frames: SseFrame[] = [
    ev("message_start", {
      message: {
        id, type: "message", role: "assistant", model: ctx.model, content: [],
        stop_reason: null, stop_sequence: null,
        usage: { input_tokens: uncached(ctx, ctx.promptTokens - ctx.toolTokens), ...cacheRead(ctx), output_tokens: Math.min(1, out) },
      },
    }),
    ev("content_block_start", { index: 0, content_block: { type: "text", text: "" } }),
    ev("ping"),
  ];
  for (const text of wordPieces(out)) {
    frames.push(ev("content_block_delta", { index: 0, delta: { type: "text_delta", text } }));
  }
  frames.push(
    ev("content_block_stop", { index: 0 }),
    ev("message_delta", { delta: { stop_reason: stopReason, stop_sequence: null }, usage: { ...(ctx.toolTokens > 0 ? { input_tokens: uncached(ctx, ctx.promptTokens) } : {}), output_tokens: out, ...searches(ctx) } }),
    ev("message_stop"),
  );
  return new Response(sseStream(frames, ctx.chunkDelayMs), { headers: { ...SSE_HEADERS, ...headers } });
}

/** Input tokens beside a cache read: Anthropic's `input_tokens` leave out what was read from the
 *  cache (the prompt the mock counts includes it when the body carries the cached context). */
function uncached(ctx: MockCtx, input: number): number {
  return Math.max(0, input - ctx.cacheReadTokens - (ctx.cacheWriteTokens ?? 0));
}

/** The cache read and write an answer reports (x-mock-cache-read-tokens, -write-tokens), if any. */
function cacheRead(ctx: MockCtx): { cache_read_input_tokens?: number; cache_creation_input_tokens?: number } {
  return {
    ...(ctx.cacheReadTokens > 0 ? { cache_read_input_tokens: ctx.cacheReadTokens } : {}),
    ...((ctx.cacheWriteTokens ?? 0) > 0 ? { cache_creation_input_tokens: ctx.cacheWriteTokens } : {}),
  };
}

export function countTokens(ctx: MockCtx): Response {
  return Response.json({ input_tokens: ctx.promptTokens }, { headers: ctx.headers });
}

/** x-mock-web-searches: the server tool calls the answer's usage reports (`server_tool_use`). */
function searches(ctx: MockCtx) {
  return ctx.webSearches > 0 ? { server_tool_use: { web_search_requests: ctx.webSearches, web_fetch_requests: 0 } } : {};
}

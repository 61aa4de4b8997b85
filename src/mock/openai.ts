/** OpenAI wire shapes of the mock origin: chat, legacy completions, embeddings, models. */
import { CREATED, type MockCtx } from "./context.ts";
import { SSE_HEADERS, sseStream, type SseFrame } from "./sse.ts";
import { loremWords, wordPieces } from "./usage.ts";

function finish(ctx: MockCtx): "length" | "stop" {
  return ctx.plan.truncated ? "length" : "stop";
}

function usage(ctx: MockCtx) {
  const c = ctx.plan.words + ctx.reasoningTokens;
  const details = ctx.reasoningTokens > 0 ? { completion_tokens_details: { reasoning_tokens: ctx.reasoningTokens } } : {};
  return { prompt_tokens: ctx.promptTokens, completion_tokens: c, total_tokens: ctx.promptTokens + c, ...details };
}

function sse(ctx: MockCtx, frames: SseFrame[]): Response {
  return new Response(sseStream(frames, ctx.chunkDelayMs), { headers: { ...SSE_HEADERS, ...ctx.headers } });
}

export function chatCompletions(ctx: MockCtx): Response {
  const id = `chatcmpl-mock${ctx.id}`;
  const text = loremWords(ctx.plan.words).join(" ");
  if (!ctx.stream) {
    return Response.json(
      {
        id, object: "chat.completion", created: CREATED, model: ctx.model,
        choices: [{
          index: 0, message: { role: "assistant", content: text, refusal: null },
          logprobs: null, finish_reason: finish(ctx),
        }],
        usage: usage(ctx),
      },
      { headers: ctx.headers },
    );
  }
  // Like the real API: with include_usage every chunk carries `usage: null` and one extra
  // chunk with `choices: []` carries the totals just before [DONE].
  const base = { id, object: "chat.completion.chunk", created: CREATED, model: ctx.model };
  const withUsage = ctx.includeUsage ? { usage: null } : {};
  const chunk = (delta: Record<string, unknown>, finishReason: string | null): SseFrame => ({
    data: { ...base, choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }], ...withUsage },
  });
  const frames: SseFrame[] = [chunk({ role: "assistant", content: "", refusal: null }, null)];
  for (const piece of wordPieces(ctx.plan.words)) frames.push(chunk({ content: piece }, null));
  frames.push(chunk({}, finish(ctx)));
  if (ctx.includeUsage) frames.push({ data: { ...base, choices: [], usage: usage(ctx) } });
  frames.push({ data: "[DONE]" });
  return sse(ctx, frames);
}

export function completions(ctx: MockCtx): Response {
  const id = `cmpl-mock${ctx.id}`;
  const base = { id, object: "text_completion", created: CREATED, model: ctx.model };
  if (!ctx.stream) {
    const text = loremWords(ctx.plan.words).join(" ");
    return Response.json(
      { ...base, choices: [{ text, index: 0, logprobs: null, finish_reason: finish(ctx) }], usage: usage(ctx) },
      { headers: ctx.headers },
    );
  }
  const withUsage = ctx.includeUsage ? { usage: null } : {};
  const chunk = (text: string, finishReason: string | null): SseFrame => ({
    data: { ...base, choices: [{ text, index: 0, logprobs: null, finish_reason: finishReason }], ...withUsage },
  });
  const frames = wordPieces(ctx.plan.words).map((p) => chunk(p, null));
  frames.push(chunk("", finish(ctx)));
  if (ctx.includeUsage) frames.push({ data: { ...base, choices: [], usage: usage(ctx) } });
  frames.push({ data: "[DONE]" });
  return sse(ctx, frames);
}

/** Deterministic vector for input `i`; the openai client asks for base64 by default. */
function vector(i: number, dims: number): number[] {
  return Array.from({ length: dims }, (_, d) => Math.round(Math.sin(i * 31 + d + 1) * 1e4) / 1e4);
}

function toBase64(v: number[]): string {
  const bytes = new Uint8Array(new Float32Array(v).buffer);
  let s = "";
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

export function embeddings(ctx: MockCtx): Response {
  const input = ctx.body.input;
  const count = Array.isArray(input) && input.length > 0 && typeof input[0] !== "number" ? input.length : 1;
  const dimsAsked = ctx.body.dimensions;
  const dims = typeof dimsAsked === "number" && dimsAsked >= 1 ? Math.min(Math.floor(dimsAsked), 64) : 8;
  const b64 = ctx.body.encoding_format === "base64";
  const data = Array.from({ length: count }, (_, i) => ({
    object: "embedding", index: i, embedding: b64 ? toBase64(vector(i, dims)) : vector(i, dims),
  }));
  return Response.json(
    {
      object: "list", data, model: ctx.model,
      usage: { prompt_tokens: ctx.promptTokens, total_tokens: ctx.promptTokens },
    },
    { headers: ctx.headers },
  );
}

export const MODELS = ["mock-gpt", "mock-claude", "mock-embed"];

export function listModels(headers: Record<string, string>): Response {
  return Response.json(
    { object: "list", data: MODELS.map((id) => ({ id, object: "model", created: CREATED, owned_by: "mock" })) },
    { headers },
  );
}

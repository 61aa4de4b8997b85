/** OpenAI Responses API (`/v1/responses`) shapes of the mock origin, JSON and SSE. */
import { CREATED, type MockCtx } from "./context.ts";
import { SSE_HEADERS, sseStream, type SseFrame } from "./sse.ts";
import { loremWords, wordPieces } from "./usage.ts";

export function responses(ctx: MockCtx): Response {
  const respId = `resp_mock${ctx.id}`;
  const itemId = `msg_mock${ctx.id}`;
  const text = loremWords(ctx.plan.words).join(" ");
  const part = { type: "output_text", text, annotations: [] };
  const item = { type: "message", id: itemId, status: "completed", role: "assistant", content: [part] };
  const out = ctx.plan.words;
  const full = {
    id: respId, object: "response", created_at: CREATED, status: "completed", model: ctx.model,
    output: [item], error: null, incomplete_details: null,
    usage: {
      input_tokens: ctx.promptTokens, input_tokens_details: { cached_tokens: 0 },
      output_tokens: out, output_tokens_details: { reasoning_tokens: 0 },
      total_tokens: ctx.promptTokens + out,
    },
  };
  if (!ctx.stream) return Response.json(full, { headers: ctx.headers });

  let seq = 0;
  const ev = (type: string, fields: Record<string, unknown>): SseFrame => ({
    event: type, data: { type, sequence_number: seq++, ...fields },
  });
  const pending = { ...full, status: "in_progress", output: [], usage: null };
  const at = { item_id: itemId, output_index: 0, content_index: 0 };
  const frames: SseFrame[] = [
    ev("response.created", { response: pending }),
    ev("response.in_progress", { response: pending }),
    ev("response.output_item.added", { output_index: 0, item: { ...item, status: "in_progress", content: [] } }),
    ev("response.content_part.added", { ...at, part: { ...part, text: "" } }),
  ];
  for (const delta of wordPieces(out)) frames.push(ev("response.output_text.delta", { ...at, delta }));
  frames.push(
    ev("response.output_text.done", { ...at, text }),
    ev("response.content_part.done", { ...at, part }),
    ev("response.output_item.done", { output_index: 0, item }),
    ev("response.completed", { response: full }),
  );
  return new Response(sseStream(frames, ctx.chunkDelayMs), { headers: { ...SSE_HEADERS, ...ctx.headers } });
}

/** OpenAI Responses API (`/v1/responses`) shapes of the mock origin, JSON and SSE. */
import { CREATED, type MockCtx } from "./context.ts";
import { SSE_HEADERS, sseStream, type SseFrame } from "./sse.ts";
import { loremWords, wordPieces } from "./usage.ts";

/** A stored response's id carries what it holds (the mock keeps no state): its answer's words and
 *  its prompt tokens, and whether it ran in the background (`bg`) or in the foreground (`fg`:
 *  `store` not false); `GET /v1/responses/{id}` rebuilds it, complete, even when the client hung
 *  up on its stream (an origin that finishes stored responses: red team R12-7). */
const STORED_ID = /^resp_(bg|fg)_(\d{1,6})(?:r(\d{1,7}))?_(\d{1,7})_([0-9a-f]{1,16})$/;

/** A stored id's words part: the answer's words, and its hidden reasoning tokens if any. */
function heldWords(ctx: MockCtx): string {
  return ctx.reasoningTokens > 0 ? `${ctx.plan.words}r${ctx.reasoningTokens}` : `${ctx.plan.words}`;
}

/** 8 hex chars that differ per stored response (ids are unique at a real origin: two keys that
 *  send the same prompt get two responses), after the prompt's 8. */
let stored = Math.floor(Math.random() * 0xffffff) << 4;
function unique(ctx: MockCtx): string {
  if (ctx.id.length > 8) return ""; // a retrieval: its id (retrieveStored) is already whole
  stored = (stored + 1) >>> 0;
  return stored.toString(16).padStart(8, "0");
}

export function responses(ctx: MockCtx): Response {
  if (ctx.body.background === true && ctx.path === "/v1/responses" && !ctx.stream) {
    // queued: the answer is fetched later (GET /v1/responses/{id}), its usage with it
    const id = `resp_bg_${heldWords(ctx)}_${ctx.promptTokens}_${ctx.id}${unique(ctx)}`;
    return Response.json(
      { id, object: "response", created_at: CREATED, status: "queued", background: true, model: ctx.model, output: [], error: null, incomplete_details: null, usage: null },
      { headers: ctx.headers },
    );
  }
  const respId = ctx.body.store === false || ctx.unstored ? `resp_mock${ctx.id}` : `resp_${ctx.body.background === true ? "bg" : "fg"}_${heldWords(ctx)}_${ctx.promptTokens}_${ctx.id}${unique(ctx)}`;
  const itemId = `msg_mock${ctx.id}`;
  const text = loremWords(ctx.plan.words).join(" ");
  const part = { type: "output_text", text, annotations: [] };
  const item = { type: "message", id: itemId, status: "completed", role: "assistant", content: [part] };
  const out = ctx.plan.words + ctx.reasoningTokens;
  const full = {
    id: respId, object: "response", created_at: CREATED, status: "completed", background: ctx.body.background === true, model: ctx.model,
    // x-mock-web-searches: the web search calls the origin ran before its message
    output: [...Array.from({ length: ctx.webSearches }, (_, i) => ({ type: "web_search_call", id: `ws_mock${ctx.id}_${i}`, status: "completed", action: { type: "search", query: "mock" } })), item],
    error: null, incomplete_details: null,
    usage: {
      input_tokens: ctx.promptTokens, input_tokens_details: { cached_tokens: 0 },
      output_tokens: out, output_tokens_details: { reasoning_tokens: ctx.reasoningTokens },
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
  for (const delta of wordPieces(ctx.plan.words)) frames.push(ev("response.output_text.delta", { ...at, delta }));
  frames.push(
    ev("response.output_text.done", { ...at, text }),
    ev("response.content_part.done", { ...at, part }),
    ev("response.output_item.done", { output_index: 0, item }),
    ev("response.completed", { response: full }),
  );
  return new Response(sseStream(frames, ctx.chunkDelayMs), { headers: { ...SSE_HEADERS, ...ctx.headers } });
}

/** `GET /v1/responses/{id}` of a stored response, complete (the id says what it holds); undefined
 *  for any other id (the mock stores nothing else). `?stream=true` replays its events. */
export function retrieveStored(path: string, stream: boolean, headers: Record<string, string>): Response | undefined {
  const m = STORED_ID.exec(path.slice("/v1/responses/".length));
  if (!m) return undefined;
  const plan = { words: Number(m[2]), truncated: false };
  return responses({ path, body: { background: m[1] === "bg", store: true }, model: "mock-model", id: m[5]!, promptTokens: Number(m[4]), toolTokens: 0, cacheReadTokens: 0, reasoningTokens: Number(m[3] ?? 0), webSearches: 0, plan, stream, includeUsage: false, chunkDelayMs: 0, headers, unstored: false });
}

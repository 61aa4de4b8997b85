/**
 * Deterministic mock LLM origin (OpenAI + Anthropic wire shapes) for `npm start`, tests and the
 * bench. Pure web-standard module (no node:, no cloudflare: imports) so the same code runs in
 * Node (scripts/lib/serve.ts), inside workerd tests (a fetch spy) and as a Miniflare worker.
 *
 * Token numbers are exact and documented in ./usage.ts. Test controls (request headers):
 * - x-mock-chunk-delay-ms: delay between SSE chunks (capped at 5000)
 * - x-mock-delay-ms:       delay before answering at all (capped at 5000)
 * - x-mock-status:         answer this status with a provider-shaped error body
 * - x-mock-words:          number of generated words (= completion tokens), overriding max_tokens
 * - x-mock-unstored: 1      a Responses answer keeps no record (GET finds none), as with store: false
 * - x-mock-tool-tokens: N   a tool the origin runs added N input tokens (an Anthropic stream says so at its end)
 * - x-mock-cache-read-tokens: N  an Anthropic answer read N of its input tokens from its prompt cache
 *                          (`cache_read_input_tokens`; `input_tokens` then counts the rest, at least 0)
 * - x-mock-cache-write-tokens: N  ... wrote N of its input tokens to the cache (`cache_creation_input_tokens`)
 * - x-mock-reasoning-tokens: N  an OpenAI answer (chat, Responses) billed N hidden reasoning tokens beside
 *                          its words (`completion_tokens_details` / `output_tokens_details.reasoning_tokens`)
 * - x-mock-web-searches: N  the origin ran N web searches (Anthropic `usage.server_tool_use`,
 *                          Responses `web_search_call` output items), billed per call
 * Diagnostic response headers: x-mock-saw-auth (an Authorization or x-api-key header arrived),
 * x-mock-origin-auth (x-guard-origin-auth arrived), x-mock-include-usage
 * (stream_options.include_usage was true). Header values are never echoed.
 */
import { countTokens, messages } from "./anthropic.ts";
import { createBatch, createMessageBatch, messageBatchRoute, openaiBatchRoute, uploadFile } from "./batches.ts";
import { buildCtx, diagnosticHeaders, type MockCtx } from "./context.ts";
import { errorResponse, providerOf } from "./errors.ts";
import { chatCompletions, completions, embeddings, listModels } from "./openai.ts";
import { responses, retrieveStored } from "./responses.ts";
import { delayFrom, sleep } from "./sse.ts";

const POST_ROUTES: Record<string, (ctx: MockCtx) => Response> = {
  "/v1/chat/completions": chatCompletions,
  "/v1/completions": completions,
  "/v1/responses": responses,
  "/v1/embeddings": embeddings,
  "/v1/messages": messages,
  "/v1/messages/count_tokens": countTokens,
};

export async function handleMockRequest(req: Request): Promise<Response> {
  const path = new URL(req.url).pathname;
  const provider = providerOf(path);
  const diag = diagnosticHeaders(req, false);
  await sleep(delayFrom(req.headers.get("x-mock-delay-ms")), req.signal);

  const forced = Number(req.headers.get("x-mock-status") ?? "");
  if (Number.isInteger(forced) && forced >= 400 && forced <= 599) {
    return errorResponse(provider, forced, `mock origin: forced status ${forced}`, diag);
  }
  if (req.method === "GET" && (path === "/v1/models" || path === "/models")) return listModels(diag);
  if (req.method === "GET" && path.startsWith("/v1/responses/")) {
    const stream = new URL(req.url).searchParams.get("stream") === "true";
    return retrieveStored(path, stream, diag) ?? errorResponse(provider, 404, `mock origin: no response ${path.slice("/v1/responses/".length)}`, diag);
  }
  if (req.method === "POST" && /^\/v1\/responses\/[^/]+\/cancel$/.test(path)) {
    // a background response that has already completed: the Response object, as the API returns it
    const retrieval = path.slice(0, -"/cancel".length);
    return retrieveStored(retrieval, false, diag) ?? errorResponse(provider, 404, `mock origin: no response ${retrieval.slice("/v1/responses/".length)}`, diag);
  }
  if (req.method === "GET" && path.startsWith("/v1/messages/batches/")) {
    return messageBatchRoute(path, diag) ?? errorResponse(provider, 404, `mock origin: no message batch ${path.slice("/v1/messages/batches/".length)}`, diag);
  }
  if (req.method === "POST" && path === "/v1/files") return uploadFile(req, diag);
  if (req.method === "POST" && path === "/v1/batches") return createBatch(req, diag);
  if (req.method === "POST" && path === "/v1/messages/batches") return createMessageBatch(req, diag);
  if (path === "/v1/batches" || path === "/v1/files" || path.startsWith("/v1/batches/") || path.startsWith("/v1/files/")) {
    return (await openaiBatchRoute(req.method, path, diag)) ?? errorResponse(provider, 404, `mock origin: no ${req.method} ${path}`, diag);
  }

  const route = POST_ROUTES[path];
  if (!route) return errorResponse(provider, 404, `mock origin: no route ${req.method} ${path}`, diag);
  if (req.method !== "POST") {
    return errorResponse(provider, 405, `mock origin: ${path} expects POST`, { ...diag, allow: "POST" });
  }

  const raw = await req.text();
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    return errorResponse(provider, 400, "mock origin: request body is not valid JSON", diag);
  }
  if (!body || typeof body !== "object" || Array.isArray(body)) {
    return errorResponse(provider, 400, "mock origin: request body must be a JSON object", diag);
  }
  return route(buildCtx(req, path, raw, body as Record<string, unknown>));
}

export default { fetch: handleMockRequest };

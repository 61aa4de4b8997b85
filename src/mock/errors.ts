/** Provider-shaped error answers of the mock origin (what real OpenAI / Anthropic send). */
import type { Provider } from "../policy/types.ts";

const OPENAI_TYPES: Record<number, [type: string, code: string | null]> = {
  400: ["invalid_request_error", null],
  401: ["invalid_request_error", "invalid_api_key"],
  403: ["permission_error", null],
  404: ["invalid_request_error", "not_found"],
  409: ["invalid_request_error", "conflict"],
  413: ["invalid_request_error", "request_too_large"],
  429: ["requests", "rate_limit_exceeded"],
  500: ["server_error", null],
  503: ["server_error", "service_unavailable"],
};

const ANTHROPIC_TYPES: Record<number, string> = {
  400: "invalid_request_error",
  401: "authentication_error",
  403: "permission_error",
  404: "not_found_error",
  413: "request_too_large",
  429: "rate_limit_error",
  500: "api_error",
  529: "overloaded_error",
};

export function errorResponse(
  provider: Provider,
  status: number,
  message: string,
  headers: Record<string, string> = {},
): Response {
  let body: unknown;
  if (provider === "anthropic") {
    const type = ANTHROPIC_TYPES[status] ?? (status >= 500 ? "api_error" : "invalid_request_error");
    body = { type: "error", error: { type, message } };
  } else {
    const [type, code] = OPENAI_TYPES[status] ?? [status >= 500 ? "server_error" : "invalid_request_error", null];
    body = { error: { message, type, param: null, code } };
  }
  return Response.json(body, { status, headers });
}

/** Which provider's shapes a path speaks: Anthropic for /v1/messages*, OpenAI otherwise. */
export function providerOf(path: string): Provider {
  return path === "/v1/messages" || path.startsWith("/v1/messages/") ? "anthropic" : "openai";
}

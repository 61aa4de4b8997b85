/**
 * One error envelope per provider, in the shapes the official SDKs parse:
 * OpenAI `{"error":{"message","type","param","code"}}`, Anthropic `{"type":"error","error":{"type","message"}}`.
 * The guard's own code travels in OpenAI's `code` and, for Anthropic, in an extra `error.code`.
 */
import type { Provider } from "../policy/types.ts";

/** Every error the guard itself produces. */
export type GuardErrorCode =
  | "rate_limit_exceeded"
  | "request_too_large"
  | "access_blocked"
  | "challenge_required"
  | "reupload_required"
  | "creator_restricted"
  | "missing_api_key"
  | "invalid_api_key"
  | "invalid_json"
  | "invalid_request"
  | "body_too_large"
  | "not_found"
  | "method_not_allowed"
  | "guard_misconfigured"
  | "guard_unavailable"
  | "upstream_unavailable"
  | "internal_error"
  | "unauthorized"
  | "client_closed";

/** HTTP status and the provider error `type` of each code. */
const TABLE: Record<GuardErrorCode, { status: number; openai: string; anthropic: string }> = {
  rate_limit_exceeded: { status: 429, openai: "rate_limit_error", anthropic: "rate_limit_error" },
  request_too_large: { status: 429, openai: "rate_limit_error", anthropic: "rate_limit_error" },
  access_blocked: { status: 403, openai: "permission_error", anthropic: "permission_error" },
  challenge_required: { status: 403, openai: "permission_error", anthropic: "permission_error" },
  reupload_required: { status: 403, openai: "permission_error", anthropic: "permission_error" },
  creator_restricted: { status: 403, openai: "permission_error", anthropic: "permission_error" },
  missing_api_key: { status: 401, openai: "invalid_request_error", anthropic: "authentication_error" },
  invalid_api_key: { status: 401, openai: "invalid_request_error", anthropic: "authentication_error" },
  invalid_json: { status: 400, openai: "invalid_request_error", anthropic: "invalid_request_error" },
  invalid_request: { status: 400, openai: "invalid_request_error", anthropic: "invalid_request_error" },
  body_too_large: { status: 413, openai: "invalid_request_error", anthropic: "request_too_large" },
  not_found: { status: 404, openai: "invalid_request_error", anthropic: "not_found_error" },
  method_not_allowed: { status: 405, openai: "invalid_request_error", anthropic: "invalid_request_error" },
  guard_misconfigured: { status: 500, openai: "server_error", anthropic: "api_error" },
  guard_unavailable: { status: 503, openai: "server_error", anthropic: "overloaded_error" },
  upstream_unavailable: { status: 502, openai: "server_error", anthropic: "api_error" },
  internal_error: { status: 500, openai: "server_error", anthropic: "api_error" },
  unauthorized: { status: 401, openai: "invalid_request_error", anthropic: "authentication_error" },
  // The client hung up while sending its body; nobody reads this answer, it exists for the log.
  client_closed: { status: 400, openai: "invalid_request_error", anthropic: "invalid_request_error" },
};

export interface ErrorOptions {
  param?: string;
  headers?: HeadersInit;
  /** Extra fields inside `error` (the challenge puzzle); the SDKs ignore what they do not know. */
  extra?: Record<string, unknown>;
}

export function errorBody(provider: Provider, code: GuardErrorCode, message: string, param?: string, extra?: Record<string, unknown>): unknown {
  const t = TABLE[code];
  return provider === "anthropic"
    ? { type: "error", error: { type: t.anthropic, message, code, ...extra } }
    : { error: { message, type: t.openai, param: param ?? null, code, ...extra } };
}

export function errorResponse(provider: Provider, code: GuardErrorCode, message: string, opts: ErrorOptions = {}): Response {
  const headers = new Headers(opts.headers);
  headers.set("content-type", "application/json");
  return new Response(JSON.stringify(errorBody(provider, code, message, opts.param, opts.extra)), { status: TABLE[code].status, headers });
}

/** An error value thrown inside a handler and turned into a response by the app's one onError. */
export class GuardError extends Error {
  readonly code: GuardErrorCode;
  readonly param?: string;
  readonly headers?: HeadersInit;
  constructor(code: GuardErrorCode, message: string, opts: ErrorOptions = {}) {
    super(message);
    this.code = code;
    this.param = opts.param;
    this.headers = opts.headers;
  }
}

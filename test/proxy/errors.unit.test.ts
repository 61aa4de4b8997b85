/** The error envelopes in each provider's shape, as the official SDKs parse them. */
import { describe, expect, it } from "vitest";
import { GuardError, errorBody, errorResponse } from "../../src/proxy/errors.ts";

describe("error envelopes", () => {
  it("OpenAI: message, type, param (null when none), code, and extra fields inside error", () => {
    expect(errorBody("openai", "invalid_request", "bad", "messages")).toEqual({ error: { message: "bad", type: "invalid_request_error", param: "messages", code: "invalid_request" } });
    expect(errorBody("openai", "challenge_required", "solve", undefined, { puzzle: "t" })).toEqual({ error: { message: "solve", type: "permission_error", param: null, code: "challenge_required", puzzle: "t" } });
  });
  it("Anthropic: type error, the provider's error type, the guard's code alongside", () => {
    expect(errorBody("anthropic", "guard_unavailable", "down")).toEqual({ type: "error", error: { type: "overloaded_error", message: "down", code: "guard_unavailable" } });
    expect(errorBody("anthropic", "missing_api_key", "key")).toMatchObject({ error: { type: "authentication_error" } });
  });
  it("errorResponse: the status of the code, JSON, the given headers kept", async () => {
    const r = errorResponse("anthropic", "body_too_large", "big", { headers: { "retry-after": "1", "content-type": "text/plain" }, param: "p" });
    expect(r.status).toBe(413);
    expect(r.headers.get("content-type")).toBe("application/json");
    expect(r.headers.get("retry-after")).toBe("1");
    expect(await r.json()).toEqual({ type: "error", error: { type: "request_too_large", message: "big", code: "body_too_large" } });
    const statuses = (["rate_limit_exceeded", "access_blocked", "invalid_api_key", "not_found", "method_not_allowed", "guard_misconfigured", "guard_unavailable", "upstream_unavailable", "internal_error", "unauthorized", "client_closed"] as const).map(
      (c) => errorResponse("openai", c, "m").status,
    );
    expect(statuses).toEqual([429, 403, 401, 404, 405, 500, 503, 502, 500, 401, 400]);
    expect(((await errorResponse("openai", "upstream_unavailable", "m").json()) as { error: { type: string } }).error.type).toBe("server_error");
  });
  it("GuardError carries its code, param and headers", () => {
    const e = new GuardError("unauthorized", "no", { param: "x", headers: { a: "b" } });
    expect([e.code, e.message, e.param, e.headers, e instanceof Error]).toEqual(["unauthorized", "no", "x", { a: "b" }, true]);
  });
});

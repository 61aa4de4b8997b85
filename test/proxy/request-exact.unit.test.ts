/**
 * The `logprobs` check of the routes without one of their own (Responses, embeddings, Anthropic
 * messages): a boolean or an integer from 0 to 20, else a 400 naming the field. Exact outcomes.
 */
import { describe, expect, it } from "vitest";
import { GuardError } from "../../src/proxy/errors.ts";
import { prepareBody } from "../../src/proxy/request.ts";
import type { MeteredKind } from "../../src/proxy/routes.ts";

const outcome = (kind: MeteredKind, body: Record<string, unknown>) => {
  try {
    return prepareBody(kind, body, { defaultMaxOutput: 100 }).reservedTokens;
  } catch (e) {
    return e instanceof GuardError ? [e.code, e.param, e.message] : String(e);
  }
};

describe("logprobs on routes that share the common check", () => {
  const bad = ["invalid_request", "logprobs", "Invalid type for 'logprobs': expected a boolean or an integer between 0 and 20."];
  it.each([
    ["responses", { input: "hi" }], ["embeddings", { input: "hi" }], ["messages", { messages: [{ role: "user", content: "hi" }], max_tokens: 10 }],
  ] as const)("%s", (kind, base) => {
    const ok = outcome(kind, { ...base });
    for (const v of [true, false, 0, 20]) expect([v, outcome(kind, { ...base, logprobs: v })]).toEqual([v, ok]);
    for (const v of [21, -1, 2.5, "5"]) expect([v, outcome(kind, { ...base, logprobs: v })]).toEqual([v, bad]);
  });
});

/**
 * Body checks, the prompt estimate walk, the reservation and the route table at unit level:
 * each validator at its bounds, each route with its method. Written against the survivors of a
 * mutation run over src/proxy (npm run test:mutation).
 */
import { describe, expect, it } from "vitest";
import { buildPromptView } from "../../src/detect/view.ts";
import { GuardError } from "../../src/proxy/errors.ts";
import { MESSAGE_TOKENS, PRIMER_TOKENS, bodyPromptTokens, parseJsonObject, prepareBody, reservationFor, samplesOf, validateBody } from "../../src/proxy/request.ts";
import { builtInRouteExists, canonicalPathProblem, matchRoute, providerFromHeaders, providerOfPath, validRoutePattern } from "../../src/proxy/routes.ts";

const enc = (s: string) => new TextEncoder().encode(s);
function guardError(f: () => unknown): { code: string; message: string; param?: string | null } {
  try {
    f();
  } catch (e) {
    if (e instanceof GuardError) return { code: e.code, message: e.message, param: e.param };
    throw e;
  }
  throw new Error("did not throw");
}

describe("parseJsonObject", () => {
  it("an object is returned; empty, invalid, non-UTF-8 and non-object bodies are refused with their reason", () => {
    expect(parseJsonObject(enc('{"a":1}'))).toEqual({ a: 1 });
    expect(parseJsonObject(enc('\ufeff{"a":1}'))).toEqual({ a: 1 }); // a BOM is tolerated
    expect(guardError(() => parseJsonObject(new Uint8Array(0)))).toMatchObject({ code: "invalid_json", message: "Request body is empty; expected a JSON object." });
    expect(guardError(() => parseJsonObject(enc("{nope")))).toMatchObject({ code: "invalid_json", message: "Request body is not valid JSON." });
    expect(guardError(() => parseJsonObject(new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x3a, 0x31, 0x7d])))).toMatchObject({ code: "invalid_json" });
    for (const v of ["[1]", "null", "5", '"s"']) expect(guardError(() => parseJsonObject(enc(v))).code, v).toBe("invalid_request");
  });
});

describe("validateBody: each field at its bounds", () => {
  const chat = (extra: Record<string, unknown>) => ({ messages: [{ role: "user", content: "x" }], ...extra });
  it.each([
    ["temperature", 0, 2, -0.01, 2.01],
    ["top_p", 0, 1, -0.01, 1.01],
    ["n", 1, 128, 0, 129],
    ["best_of", 1, 128, 0, 129],
    ["max_tokens", 1, 1_000_000, 0, undefined],
    ["max_completion_tokens", 1, 1_000_000, 0, undefined],
    ["top_logprobs", 0, 20, -1, 21],
  ] as const)("%s: %j and %j pass, %j and %j do not", (f, lo, hi, below, above) => {
    expect(() => validateBody("chat", chat({ [f]: lo }))).not.toThrow();
    expect(() => validateBody("chat", chat({ [f]: hi }))).not.toThrow();
    for (const bad of [below, above].filter((v) => v !== undefined)) {
      expect(guardError(() => validateBody("chat", chat({ [f]: bad }))), `${f}=${bad}`).toMatchObject({ code: "invalid_request", param: f });
    }
  });

  it("logprobs: a boolean on chat, an integer 0..5 on completions", () => {
    expect(() => validateBody("chat", chat({ logprobs: true }))).not.toThrow();
    expect(guardError(() => validateBody("chat", chat({ logprobs: 1 }))).param).toBe("logprobs");
    expect(() => validateBody("completions", { prompt: "x", logprobs: 5 })).not.toThrow();
    expect(guardError(() => validateBody("completions", { prompt: "x", logprobs: 6 })).param).toBe("logprobs");
    expect(() => validateBody("completions", { prompt: "x", max_tokens: 0 })).not.toThrow();
  });

  it("the refusal names the field and what was expected", () => {
    expect(guardError(() => validateBody("chat", chat({ temperature: "hot" })))).toEqual({
      code: "invalid_request",
      message: "Invalid type for 'temperature': expected a number between 0 and 2.",
      param: "temperature",
    });
    expect(guardError(() => validateBody("messages", { messages: [{ role: "user", content: "x" }] }))).toEqual({
      code: "invalid_request",
      message: "Missing required parameter: 'max_tokens'.",
      param: "max_tokens",
    });
  });

  it("types: NaN and Infinity are not numbers, strings are not integers, null is 'absent'", () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, "1"]) expect(() => validateBody("chat", chat({ temperature: bad }))).toThrow(GuardError);
    expect(() => validateBody("chat", chat({ n: 2.5 }))).toThrow(GuardError);
    expect(() => validateBody("chat", chat({ model: 5 }))).toThrow(GuardError);
    expect(() => validateBody("chat", chat({ stream: "true" }))).toThrow(GuardError);
    expect(() => validateBody("chat", chat({ temperature: null, model: null }))).not.toThrow();
    // flags the guard acts on are booleans too (red team R14-2: a lax origin read "true" and 1 as
    // true, so `background` ran uncapped and outside the concurrency limit)
    const resp = (extra: Record<string, unknown>) => ({ model: "m", input: "x", ...extra });
    for (const bad of ["true", 1, "yes", "on"]) {
      expect(guardError(() => validateBody("responses", resp({ background: bad }))).param).toBe("background");
      expect(guardError(() => validateBody("responses", resp({ store: bad }))).param).toBe("store");
      expect(guardError(() => validateBody("chat", chat({ store: bad }))).param).toBe("store");
      expect(guardError(() => validateBody("completions", { model: "m", prompt: "x", echo: bad })).param).toBe("echo");
    }
    for (const ok of [true, false, null]) {
      expect(() => validateBody("responses", resp({ background: ok, store: ok }))).not.toThrow();
      expect(() => validateBody("completions", { model: "m", prompt: "x", echo: ok })).not.toThrow();
    }
    // the Anthropic temperature range is 0..1
    expect(() => validateBody("messages", { messages: [{ role: "user", content: "x" }], max_tokens: 1, temperature: 1.5 })).toThrow(GuardError);
    expect(() => validateBody("messages", { messages: [{ role: "user", content: "x" }], max_tokens: 1, temperature: 1 })).not.toThrow();
  });

  it("messages must be a non-empty array of objects; prompt/input a string or an array", () => {
    for (const kind of ["chat", "messages"] as const) {
      const base = kind === "messages" ? { max_tokens: 1 } : {};
      expect(guardError(() => validateBody(kind, { ...base, messages: [] })).param).toBe("messages");
      expect(guardError(() => validateBody(kind, { ...base, messages: [{ role: "user" }, "x"] })).param).toBe("messages");
      expect(guardError(() => validateBody(kind, { ...base, messages: {} })).param).toBe("messages");
      expect(() => validateBody(kind, { ...base, messages: [{ role: "user" }] })).not.toThrow();
    }
    expect(guardError(() => validateBody("completions", { prompt: 5 })).param).toBe("prompt");
    expect(() => validateBody("completions", { prompt: [1, 2] })).not.toThrow();
    expect(guardError(() => validateBody("embeddings", {})).param).toBe("input");
    expect(guardError(() => validateBody("responses", { input: "x", include: ["a", 1] })).param).toBe("include");
    expect(() => validateBody("responses", { input: "x", instructions: null })).not.toThrow();
  });

  it("dotted fields: thinking.budget_tokens is checked inside thinking, ignored when thinking is not an object", () => {
    const m = (thinking: unknown) => ({ messages: [{ role: "user", content: "x" }], max_tokens: 10, thinking });
    expect(guardError(() => validateBody("messages", m({ type: "enabled", budget_tokens: 0 })))).toMatchObject({ param: "thinking.budget_tokens" });
    expect(() => validateBody("messages", m({ type: "enabled", budget_tokens: 1 }))).not.toThrow();
    expect(guardError(() => validateBody("messages", m("on"))).param).toBe("thinking");
    // a top-level "thinking.budget_tokens" key is not the nested field
    expect(() => validateBody("messages", { ...m({ type: "enabled" }), "thinking.budget_tokens": -1 })).not.toThrow();
  });
});

describe("bodyPromptTokens: what the walk counts", () => {
  it("text in any field reaching the model, 4 characters a token; labels and ids are not text; a message its template", () => {
    expect(bodyPromptTokens({ model: "a-very-long-model-name", messages: [{ role: "user", content: "abcdefgh" }] })).toBe(2 + MESSAGE_TOKENS + PRIMER_TOKENS);
    expect(bodyPromptTokens({ tools: [{ name: "abcd", description: "abcdefgh" }] })).toBe(3);
    // a label-named field is skipped at the top; below it only its string values are
    expect(bodyPromptTokens({ metadata: { note: "abcdefghijkl" }, x: { metadata: { note: "abcd" }, id: "abcdefgh" } })).toBe(1);
  });
  it("token-ID arrays one token per ID; images a fixed cost; other base64 a quarter", () => {
    expect(bodyPromptTokens({ prompt: [1, 2, 3, 4, 5] })).toBe(5);
    expect(bodyPromptTokens({ x: "data:image/png;base64,AAAA" })).toBe(1600);
    expect(bodyPromptTokens({ x: "data:application/pdf;base64," + "A".repeat(160) })).toBe(Math.ceil(188 / 16));
    expect(bodyPromptTokens({ source: { type: "base64", media_type: "image/jpeg", data: "A".repeat(100) } })).toBe(1600);
    expect(bodyPromptTokens({ source: { type: "base64", media_type: "application/pdf", data: "A".repeat(160) } })).toBe(10);
    expect(bodyPromptTokens({ source: { type: "base64", data: "A".repeat(160) } })).toBe(10);
    // "data" that is not base64 content is ordinary text
    expect(bodyPromptTokens({ source: { type: "text", data: "A".repeat(160) } })).toBe(40);
    expect(bodyPromptTokens({ data: "A".repeat(160) })).toBe(40);
  });
  it("stops at depth 64 and counts nothing beyond", () => {
    let deep: unknown = "abcd".repeat(10);
    for (let i = 0; i < 70; i++) deep = { x: deep };
    expect(bodyPromptTokens(deep)).toBe(0);
    let shallow: unknown = "abcd".repeat(10);
    for (let i = 0; i < 60; i++) shallow = { x: shallow };
    expect(bodyPromptTokens(shallow)).toBe(10);
    let arr: unknown = "abcd".repeat(10);
    for (let i = 0; i < 60; i++) arr = [arr];
    expect(bodyPromptTokens(arr)).toBe(10);
  });
});

describe("reservation and samples", () => {
  const r = (body: Record<string, unknown>, dflt = 100) => reservationFor("chat", body, buildPromptView("chat", body), dflt);
  const msg = { messages: [{ role: "user", content: "abcd" }] };
  it("the largest output limit present wins whatever the order; non-numbers are ignored", () => {
    // the prompt: "abcd" and one message's template
    const p = 1 + MESSAGE_TOKENS + PRIMER_TOKENS;
    expect(r({ ...msg, max_completion_tokens: 5, max_tokens: 50, max_output_tokens: 20 })).toBe(p + 50);
    expect(r({ ...msg, max_completion_tokens: 50, max_tokens: 5 })).toBe(p + 50);
    expect(r({ ...msg, max_tokens: 7, max_completion_tokens: 7 })).toBe(p + 7);
    expect(r({ ...msg, max_tokens: "9" })).toBe(p + 1 + 100); // the default output limit; "9" counts as prompt text
  });
  it("n and best_of only as numbers; an empty or mixed prompt list is one prompt per entry", () => {
    expect(samplesOf("chat", { n: "4" })).toBe(1);
    expect(samplesOf("chat", { best_of: "4" })).toBe(1);
    expect(samplesOf("chat", { best_of: 3 })).toBe(3);
    expect(samplesOf("completions", { prompt: [1, "a"] })).toBe(2);
    expect(samplesOf("completions", { prompt: [] })).toBe(1);
    expect(samplesOf("completions", { prompt: "x", n: 3 })).toBe(3);
    expect(samplesOf("responses", { prompt: ["a", "b"], n: 2 })).toBe(2);
  });
});

describe("prepareBody", () => {
  const msg = { messages: [{ role: "user", content: "abcd" }] };
  it("a non-streaming request is sent as the client sent it", () => {
    const p = prepareBody("chat", { ...msg, max_tokens: 10 }, { defaultMaxOutput: 100 });
    const prompt = 1 + MESSAGE_TOKENS + PRIMER_TOKENS;
    expect(p).toMatchObject({ stream: false, hideUsageChunk: false, rewrittenBody: undefined, reservedTokens: prompt + 10, promptTokens: prompt });
  });
  it("a background response without an output cap is given the cap its reservation assumed (red team R4-2)", () => {
    const body = { model: "m", input: "Write a very long essay.", background: true };
    const p = prepareBody("responses", body, { defaultMaxOutput: 1024 });
    expect(p.body.max_output_tokens).toBe(1024);
    expect(p.reservedTokens).toBe(p.promptTokens + 1024);
    expect(body).not.toHaveProperty("max_output_tokens"); // the client's object is not changed
    expect(prepareBody("responses", { ...body, max_output_tokens: 8000 }, { defaultMaxOutput: 1024 }).body.max_output_tokens).toBe(8000);
    expect(prepareBody("responses", { ...body, background: false }, { defaultMaxOutput: 1024 }).body).not.toHaveProperty("max_output_tokens");
    // a cap of its own when given (GUARD_POLICY.backgroundMaxOutputTokens: a reasoning job ended
    // incomplete and empty at 1,024, red team R39b-3); a foreground request keeps the default
    const q = prepareBody("responses", body, { defaultMaxOutput: 1024, backgroundMaxOutput: 32_768 });
    expect(q.body.max_output_tokens).toBe(32_768);
    expect(q.reservedTokens).toBe(q.promptTokens + 32_768);
    expect(prepareBody("responses", { ...body, background: false }, { defaultMaxOutput: 1024, backgroundMaxOutput: 32_768 }).reservedTokens).toBe(q.promptTokens + 1024);
  });
  it("a stream without include_usage asks the origin for the usage chunk and hides it; with it, nothing changes", () => {
    const p = prepareBody("chat", { ...msg, stream: true, stream_options: { other: 1 } }, { defaultMaxOutput: 100 });
    expect(p.stream).toBe(true);
    expect(p.hideUsageChunk).toBe(true);
    expect(JSON.parse(p.rewrittenBody!)).toEqual({ ...msg, stream: true, stream_options: { other: 1, include_usage: true } });
    const q = prepareBody("completions", { prompt: "x", stream: true }, { defaultMaxOutput: 100 });
    expect(JSON.parse(q.rewrittenBody!).stream_options).toEqual({ include_usage: true });
    const own = prepareBody("chat", { ...msg, stream: true, stream_options: { include_usage: true } }, { defaultMaxOutput: 100 });
    expect(own).toMatchObject({ stream: true, hideUsageChunk: false, rewrittenBody: undefined });
    // other routes report usage in their stream anyway
    expect(prepareBody("messages", { ...msg, max_tokens: 5, stream: true }, { defaultMaxOutput: 100 })).toMatchObject({ stream: true, hideUsageChunk: false, rewrittenBody: undefined });
  });
  it("a body that is not an object is refused", () => {
    for (const v of [null, [], "x", 5]) expect(guardError(() => prepareBody("chat", v, { defaultMaxOutput: 100 }))).toMatchObject({ code: "invalid_request", message: "Request body must be a JSON object." });
  });
});

describe("routes", () => {
  it("every built-in route with its method; ids match one segment of id characters", () => {
    expect(matchRoute("POST", "/v1/chat/completions")).toEqual({ ok: true, route: { kind: "chat", provider: "openai" } });
    expect(matchRoute("POST", "/v1/messages")).toEqual({ ok: true, route: { kind: "messages", provider: "anthropic" } });
    expect(matchRoute("GET", "/v1/files/file-abc_1:x.y/content")).toEqual({ ok: true, route: { kind: "free", provider: "openai", tokens: 0 } });
    expect(matchRoute("GET", "/v1/files/file~x/content")).toMatchObject({ ok: false, status: "not_found" });
    expect(matchRoute("GET", `/v1/files/${"a".repeat(257)}`)).toMatchObject({ ok: false, status: "not_found" });
    expect(matchRoute("GET", "/v1/files/a/content/more")).toMatchObject({ ok: false, status: "not_found" });
    expect(matchRoute("GET", "/v1/files/a/other")).toMatchObject({ ok: false, status: "not_found", provider: "openai" });
  });

  it("a known path with another method: method_not_allowed with every method it has, and its provider", () => {
    expect(matchRoute("PUT", "/v1/files/abc")).toEqual({ ok: false, status: "method_not_allowed", provider: "openai", allow: ["GET", "DELETE"] });
    // counting a Responses request's input tokens is a free route, as count_tokens is (red team R39b-6: 405);
    // a response whose id is input_tokens is still read and deleted by id
    expect(matchRoute("POST", "/v1/responses/input_tokens")).toEqual({ ok: true, route: { kind: "free", provider: "openai", tokens: 0 } });
    expect(matchRoute("GET", "/v1/responses/input_tokens")).toEqual({ ok: true, route: { kind: "free", provider: "openai", tokens: 0 } });
    expect(matchRoute("POST", "/v1/responses/resp_1")).toMatchObject({ ok: false, status: "method_not_allowed", allow: ["GET", "DELETE"] });
    expect(matchRoute("GET", "/v1/messages")).toEqual({ ok: false, status: "method_not_allowed", provider: "anthropic", allow: ["POST"] });
    expect(matchRoute("POST", "/v1/nothing")).toEqual({ ok: false, status: "not_found", provider: "openai" });
    expect(matchRoute("POST", "/v1/messages/nothing/here")).toEqual({ ok: false, status: "not_found", provider: "anthropic" });
    expect(matchRoute("POST", "/v1/messagesX")).toEqual({ ok: false, status: "not_found", provider: "openai" });
  });

  it("policy routes after the built-in table, with their provider and tokens", () => {
    const extra = [
      { method: "POST", path: "/v1/images/generations", provider: "openai" as const, tokens: 4000 },
      { method: "GET", path: "/v1/things/{id}", provider: "anthropic" as const, tokens: 0 },
    ];
    expect(matchRoute("POST", "/v1/images/generations", extra)).toEqual({ ok: true, route: { kind: "free", provider: "openai", tokens: 4000 } });
    expect(matchRoute("GET", "/v1/things/t1", extra)).toEqual({ ok: true, route: { kind: "free", provider: "anthropic", tokens: 0 } });
    expect(matchRoute("DELETE", "/v1/things/t1", extra)).toEqual({ ok: false, status: "method_not_allowed", provider: "anthropic", allow: ["GET"] });
    expect(matchRoute("POST", "/v1/images/generations", [])).toMatchObject({ ok: false, status: "not_found" });
    // the same array object again (cached) still answers the same
    expect(matchRoute("GET", "/v1/things/t2", extra)).toMatchObject({ ok: true });
  });

  it("pattern checks, built-in lookups, providers", () => {
    expect(validRoutePattern("/v1/x/{id}/y")).toBe(true);
    expect(validRoutePattern("/v1/x//y")).toBe(false);
    expect(validRoutePattern("/v1/x/{ids}")).toBe(false);
    expect(validRoutePattern("/v2/x")).toBe(false);
    // a segment of id characters from its first to its last
    expect(validRoutePattern("/v1/{x")).toBe(false);
    expect(validRoutePattern("/v1/x}")).toBe(false);
    expect(builtInRouteExists("GET", "/v1/models/{id}")).toBe(true);
    expect(builtInRouteExists("POST", "/v1/models/{id}")).toBe(false);
    expect(builtInRouteExists("GET", "/v1/models/x")).toBe(false);
    expect(providerOfPath("/v1/messages/batches/b1")).toBe("anthropic");
    expect(providerOfPath("/v1/batches/b1")).toBe("openai");
    expect(providerOfPath("/v1/unknown")).toBeUndefined();
    expect(providerFromHeaders(new Headers({ "anthropic-version": "2023-06-01", authorization: "Bearer x" }))).toBe("anthropic");
    expect(providerFromHeaders(new Headers({ "x-api-key": "k" }))).toBe("anthropic");
    expect(providerFromHeaders(new Headers({ "x-api-key": "k", authorization: "Bearer k" }))).toBe("openai");
    expect(providerFromHeaders(new Headers())).toBe("openai");
  });

  it("canonical paths: each problem named", () => {
    expect(canonicalPathProblem("/")).toBeUndefined();
    expect(canonicalPathProblem("/v1/a:b.c~d-e_f")).toBeUndefined();
    expect(canonicalPathProblem("/v1/%61")).toBe("percent-escapes are not accepted in the path");
    expect(canonicalPathProblem("/v1/a;b")).toBe("';' parameters are not accepted in the path");
    expect(canonicalPathProblem("/v1//a")).toBe("empty path segments are not accepted");
    expect(canonicalPathProblem("/v1/a/")).toBe("a trailing '/' is not accepted");
    expect(canonicalPathProblem("/v1/a b")).toBe("the path contains characters outside [A-Za-z0-9._~:-]");
    expect(canonicalPathProblem("")).toBe("the path contains characters outside [A-Za-z0-9._~:-]");
  });
});

describe("validateBody: tool types the guard can meter (red team R77-1)", () => {
  const chatBody = (tools: unknown[]) => ({ model: "m", messages: [{ role: "user", content: "hi" }], tools });
  const responsesBody = (tools: unknown[]) => ({ model: "m", input: "draw a cat", tools });
  const messagesBody = (tools: unknown[]) => ({ model: "m", max_tokens: 16, messages: [{ role: "user", content: "hi" }], tools });
  it("a Responses image_generation tool is refused, naming the tool and why: its images are billed outside the tokens the guard reads", () => {
    const e = guardError(() => validateBody("responses", responsesBody([{ type: "function", name: "f" }, { type: "image_generation", quality: "high", size: "1024x1536" }])));
    expect(e.code).toBe("invalid_request");
    expect(e.param).toBe("tools[1].type");
    expect(e.message).toMatch(/Unsupported tool type 'image_generation' in 'tools\[1\]'.*image tokens this gateway does not meter/);
  });
  it("a tool type the guard does not know is refused on every route (default deny)", () => {
    for (const [kind, body] of [["chat", chatBody], ["responses", responsesBody], ["messages", messagesBody]] as const) {
      const e = guardError(() => validateBody(kind, body([{ type: "frobnicate_2099", name: "x" }])));
      expect(e.param, kind).toBe("tools[0].type");
      expect(e.message, kind).toMatch(/Unsupported tool type 'frobnicate_2099'.*only the tool types it can meter/);
    }
    // a chat tool must name its type; a chat request does not take a Responses hosted tool
    expect(guardError(() => validateBody("chat", chatBody([{ function: { name: "f" } }]))).message).toMatch(/tool type without a type/);
    expect(guardError(() => validateBody("chat", chatBody([{ type: "web_search" }]))).param).toBe("tools[0].type");
    // a tool that is not an object is refused too (a string would pass as an Anthropic client tool)
    for (const kind of ["chat", "responses", "messages"] as const) {
      const e = guardError(() => validateBody(kind, (kind === "chat" ? chatBody : kind === "responses" ? responsesBody : messagesBody)(["image_generation"])));
      expect(e.param, kind).toBe("tools[0]");
    }
    // a versioned Anthropic family name with a malformed version is not one
    expect(guardError(() => validateBody("messages", messagesBody([{ type: "web_search_2025", name: "web_search" }]))).param).toBe("tools[0].type");
  });
  it("the client's own tools and the hosted tools whose cost the usage reports pass", () => {
    expect(() => validateBody("chat", chatBody([{ type: "function", function: { name: "f" } }, { type: "custom", custom: { name: "c" } }]))).not.toThrow();
    const hosted = ["function", "custom", "web_search", "web_search_preview", "file_search", "code_interpreter", "computer_use_preview", "mcp", "local_shell", "shell", "apply_patch"];
    expect(() => validateBody("responses", responsesBody(hosted.map((type) => ({ type, name: type }))))).not.toThrow();
    expect(() => validateBody("messages", messagesBody([{ name: "client_tool", input_schema: {} }, { type: "custom", name: "c" }, { type: "web_search_20250305", name: "web_search" }, { type: "code_execution_20250825", name: "code_execution" }, { type: "text_editor_20250728", name: "str_replace_based_edit_tool" }]))).not.toThrow();
  });
});

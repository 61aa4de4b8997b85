import { afterEach, describe, expect, it, vi } from "vitest";
import { call, keyIdOf, mockOrigin, newKey, stateOf } from "./helpers.ts";

afterEach(() => vi.restoreAllMocks());

const json = (key: string, body: string, extra: Record<string, string> = {}): RequestInit => ({
  method: "POST",
  headers: { authorization: `Bearer ${key}`, "content-type": "application/json", ...extra },
  body,
});

interface Case {
  name: string;
  path: string;
  init: (key: string) => RequestInit;
  status: number;
  code: string;
  param?: string;
}

const CASES: Case[] = [
  { name: "non-JSON body", path: "/v1/chat/completions", init: (k) => json(k, "{not json"), status: 400, code: "invalid_json" },
  { name: "empty body", path: "/v1/chat/completions", init: (k) => json(k, ""), status: 400, code: "invalid_json" },
  { name: "invalid UTF-8", path: "/v1/chat/completions", init: (k) => ({ ...json(k, ""), body: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]) }), status: 400, code: "invalid_json" },
  { name: "JSON array body", path: "/v1/chat/completions", init: (k) => json(k, "[1,2]"), status: 400, code: "invalid_request" },
  { name: "messages missing", path: "/v1/chat/completions", init: (k) => json(k, '{"model":"m"}'), status: 400, code: "invalid_request", param: "messages" },
  { name: "messages not an array", path: "/v1/chat/completions", init: (k) => json(k, '{"model":"m","messages":"hi"}'), status: 400, code: "invalid_request", param: "messages" },
  { name: "max_tokens a string", path: "/v1/chat/completions", init: (k) => json(k, '{"messages":[{"role":"user","content":"x"}],"max_tokens":"10"}'), status: 400, code: "invalid_request", param: "max_tokens" },
  { name: "n zero", path: "/v1/chat/completions", init: (k) => json(k, '{"messages":[{"role":"user","content":"x"}],"n":0}'), status: 400, code: "invalid_request", param: "n" },
  { name: "stream not boolean", path: "/v1/chat/completions", init: (k) => json(k, '{"messages":[{"role":"user","content":"x"}],"stream":"yes"}'), status: 400, code: "invalid_request", param: "stream" },
  { name: "temperature out of range", path: "/v1/chat/completions", init: (k) => json(k, '{"messages":[{"role":"user","content":"x"}],"temperature":7}'), status: 400, code: "invalid_request", param: "temperature" },
  { name: "completions prompt a number", path: "/v1/completions", init: (k) => json(k, '{"model":"m","prompt":5}'), status: 400, code: "invalid_request", param: "prompt" },
  { name: "responses without input", path: "/v1/responses", init: (k) => json(k, '{"model":"m"}'), status: 400, code: "invalid_request", param: "input" },
  { name: "embeddings input an object", path: "/v1/embeddings", init: (k) => json(k, '{"model":"m","input":{}}'), status: 400, code: "invalid_request", param: "input" },
  { name: "form-encoded body", path: "/v1/chat/completions", init: (k) => json(k, "a=b", { "content-type": "application/x-www-form-urlencoded" }), status: 400, code: "invalid_json" },
  { name: "body over the limit (Content-Length)", path: "/v1/chat/completions", init: (k) => json(k, `{"messages":[{"role":"user","content":"${"x".repeat(8_400_000)}"}]}`), status: 413, code: "body_too_large" },
  {
    name: "body over the limit (chunked, no Content-Length)",
    path: "/v1/chat/completions",
    init: (k) => ({
      ...json(k, ""),
      body: new ReadableStream({
        start(c) {
          for (let i = 0; i < 85; i++) c.enqueue(new TextEncoder().encode("x".repeat(100_000)));
          c.close();
        },
      }),
    }),
    status: 413,
    code: "body_too_large",
  },
  { name: "missing key", path: "/v1/chat/completions", init: () => ({ method: "POST", headers: { "content-type": "application/json" }, body: "{}" }), status: 401, code: "missing_api_key" },
  { name: "empty bearer key", path: "/v1/chat/completions", init: () => ({ method: "POST", headers: { authorization: "Bearer   ", "content-type": "application/json" }, body: "{}" }), status: 401, code: "invalid_api_key" },
  { name: "non-bearer authorization", path: "/v1/chat/completions", init: () => ({ method: "POST", headers: { authorization: "Basic Zm9vOmJhcg==" }, body: "{}" }), status: 401, code: "invalid_api_key" },
  { name: "wrong method", path: "/v1/chat/completions", init: (k) => ({ method: "GET", headers: { authorization: `Bearer ${k}` } }), status: 405, code: "method_not_allowed" },
  { name: "unknown route", path: "/v2/chat", init: (k) => json(k, "{}"), status: 404, code: "not_found" },
  { name: "root", path: "/", init: () => ({}), status: 404, code: "not_found" },
];

describe("bad input gets a provider-shaped 4xx and costs nothing", () => {
  for (const c of CASES) {
    it(`OpenAI shape: ${c.name} -> ${c.status} ${c.code}`, async () => {
      const { seen } = mockOrigin();
      const key = newKey();
      const { res } = await call(c.path, c.init(key));
      expect(res.status).toBe(c.status);
      const body = (await res.json()) as { error: { code: string; type: string; message: string; param: string | null } };
      expect(body.error.code).toBe(c.code);
      expect(typeof body.error.message).toBe("string");
      if (c.param) expect(body.error.param).toBe(c.param);
      expect(seen).toHaveLength(0);
      const s = await stateOf(await keyIdOf(key));
      expect(s.counters.requests).toBe(0);
    });
  }

  it("wrong method carries Allow: POST", async () => {
    const { res } = await call("/v1/chat/completions", { method: "PUT", headers: { authorization: "Bearer k" } });
    expect(res.headers.get("allow")).toBe("POST");
  });

  it("Anthropic route answers in the Anthropic envelope", async () => {
    mockOrigin();
    const { res } = await call("/v1/messages", { method: "POST", headers: { "x-api-key": newKey(), "content-type": "application/json" }, body: '{"model":"c","max_tokens":"x","messages":[]}' });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { type: string; error: { type: string; message: string } };
    expect(body.type).toBe("error");
    expect(body.error.type).toBe("invalid_request_error");
    const { res: noKey } = await call("/v1/messages", { method: "POST", headers: { "anthropic-version": "2023-06-01" }, body: "{}" });
    expect(noKey.status).toBe(401);
    expect(((await noKey.json()) as { error: { type: string } }).error.type).toBe("authentication_error");
    const { res: big } = await call("/v1/messages", { method: "POST", headers: { "x-api-key": "k", "content-length": "99999999" }, body: "{}" });
    expect(big.status).toBe(413);
    expect(((await big.json()) as { error: { type: string } }).error.type).toBe("request_too_large");
  });

  it("Anthropic requests need max_tokens", async () => {
    const { res } = await call("/v1/messages", { method: "POST", headers: { "x-api-key": newKey(), "content-type": "application/json" }, body: '{"model":"c","messages":[{"role":"user","content":"hi"}]}' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain("max_tokens");
  });
});

describe("configuration errors", () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ["GUARD_POLICY not JSON", { GUARD_POLICY: "{oops" }, "GUARD_POLICY"],
    ["negative limit", { GUARD_POLICY: '{"defaults":{"rpm":-1}}' }, "GUARD_POLICY.defaults.rpm"],
    ["unknown limit in a tier", { GUARD_POLICY: '{"tiers":{"gold":{"rpx":1}}}' }, "GUARD_POLICY.tiers.gold.rpx"],
    ["unknown policy field", { GUARD_POLICY: '{"default":{}}' }, "GUARD_POLICY.default"],
    ["missing key secret", { GUARD_KEY_SECRET: "" }, "GUARD_KEY_SECRET"],
    ["bad upstream", { UPSTREAM_URL: "ftp://x" }, "UPSTREAM_URL"],
    ["bad fail mode", { FAIL_MODE: "sometimes" }, "FAIL_MODE"],
    ["bad body limit", { MAX_BODY_BYTES: "lots" }, "MAX_BODY_BYTES"],
  ];
  for (const [name, env, field] of cases) {
    it(`${name}: 500 guard_misconfigured naming ${field}, logged, no stack`, async () => {
      const log = vi.spyOn(console, "log").mockImplementation(() => {});
      const { res } = await call("/v1/chat/completions", json("sk-x", '{"messages":[]}'), env as never);
      expect(res.status).toBe(500);
      const body = (await res.json()) as { error: { code: string; param: string; message: string } };
      expect(body.error.code).toBe("guard_misconfigured");
      expect(body.error.param).toBe(field);
      expect(body.error.message).not.toMatch(/\bat .+:\d+/);
      const logged = log.mock.calls.map((c) => String(c[0])).find((l) => l.includes("guard_misconfigured"));
      expect(JSON.parse(logged!).field).toBe(field);
    });
  }
});

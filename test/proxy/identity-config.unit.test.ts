import { describe, expect, it } from "vitest";
import { parseConfig, parseOverride, parsePolicy, resolveLimits } from "../../src/config/index.ts";
import { extractKey, keyIdFor, timingSafeEqualStrings } from "../../src/identity/index.ts";
import { goDuration, rateLimitHeaders, retryHeaders } from "../../src/proxy/ratelimit-headers.ts";

const h = (o: Record<string, string>) => new Headers(o);

describe("extractKey", () => {
  it.each([
    [{ authorization: "Bearer sk-1" }, { ok: true, key: "sk-1", via: "bearer" }],
    [{ authorization: "bearer   sk-1  " }, { ok: true, key: "sk-1", via: "bearer" }],
    [{ "x-api-key": "sk-ant-1" }, { ok: true, key: "sk-ant-1", via: "x-api-key" }],
    [{ authorization: "Bearer sk-1", "x-api-key": "sk-1" }, { ok: true, key: "sk-1", via: "both" }],
    // two credentials: the origin could bill the one the guard did not meter
    [{ authorization: "Bearer sk-1", "x-api-key": "sk-2" }, { ok: false, reason: "conflict" }],
    [{ authorization: "Basic abc", "x-api-key": "sk-2" }, { ok: false, reason: "malformed" }],
    [{ authorization: "Bearer ", "x-api-key": "sk-2" }, { ok: false, reason: "empty" }],
    [{ authorization: "Bearer sk-1", "x-api-key": "" }, { ok: false, reason: "empty" }],
    [{}, { ok: false, reason: "missing" }],
    [{ authorization: "Bearer " }, { ok: false, reason: "empty" }],
    [{ "x-api-key": "" }, { ok: false, reason: "empty" }],
    [{ authorization: "Basic abc" }, { ok: false, reason: "malformed" }],
    [{ authorization: `Bearer ${"x".repeat(513)}` }, { ok: false, reason: "malformed" }],
    [{ authorization: "Bearer a b" }, { ok: false, reason: "malformed" }],
    [{ authorization: "Bearer a\u007fb" }, { ok: false, reason: "malformed" }],
    [{ authorization: "Bearer sk-\u00e9" }, { ok: false, reason: "malformed" }],
  ])("%j -> %j", (headers, want) => {
    expect(extractKey(h(headers))).toEqual(want);
  });

  it("refuses a credential in the query string, whatever its case", () => {
    for (const q of ["key=sk-1", "api_key=x", "API-KEY=x", "apikey=x", "access_token=x", "Token=x"]) {
      expect(extractKey(h({ authorization: "Bearer sk-1" }), new URLSearchParams(q))).toEqual({ ok: false, reason: "query" });
    }
    expect(extractKey(h({ authorization: "Bearer sk-1" }), new URLSearchParams("beta=true&limit=5"))).toMatchObject({ ok: true });
  });
});

describe("keyIdFor", () => {
  it("is a stable 128-bit HMAC that depends on the secret", async () => {
    const a = await keyIdFor("sk-1", "secret-one-0123456789");
    expect(a).toMatch(/^k_[0-9a-f]{32}$/);
    expect(await keyIdFor("sk-1", "secret-one-0123456789")).toBe(a);
    expect(await keyIdFor("sk-1", "secret-two-0123456789")).not.toBe(a);
    expect(await keyIdFor("sk-2", "secret-one-0123456789")).not.toBe(a);
  });
  it("timingSafeEqualStrings compares whole values only", async () => {
    expect(await timingSafeEqualStrings("token", "token")).toBe(true);
    expect(await timingSafeEqualStrings("toke", "token")).toBe(false);
    expect(await timingSafeEqualStrings("", "token")).toBe(false);
  });
});

describe("config", () => {
  const env = { UPSTREAM_URL: "https://api.example.com/", GUARD_KEY_SECRET: "0123456789abcdef", GUARD_ADMIN_TOKEN: "admin-token" };
  it("defaults and normalises", () => {
    const c = parseConfig(env);
    expect(c.ok && c.value).toMatchObject({ upstreamUrl: "https://api.example.com", failMode: "open", maxBodyBytes: 8 * 1_048_576, doTimeoutMs: 2000 });
  });
  it("accepts GUARD_POLICY as an object or a JSON string", () => {
    const p = { defaults: { rpm: 5 }, tiers: { pro: { rpm: 50 } } };
    const a = parseConfig({ ...env, GUARD_POLICY: p });
    const b = parseConfig({ ...env, GUARD_POLICY: JSON.stringify(p) });
    expect(a.ok && a.value.policy.defaults).toEqual({ rpm: 5 });
    expect(b.ok && b.value.policy.tiers).toEqual({ pro: { rpm: 50 } });
  });
  it.each([
    [{ GUARD_ADMIN_TOKEN: "short" }, "GUARD_ADMIN_TOKEN"],
    [{ GUARD_KEY_SECRET: "tooshort" }, "GUARD_KEY_SECRET"],
    [{ DO_TIMEOUT_MS: "0" }, "DO_TIMEOUT_MS"],
    [{ UPSTREAM_URL: "not a url" }, "UPSTREAM_URL"],
    [{ GUARD_POLICY: '{"defaultMaxOutputTokens": 0}' }, "GUARD_POLICY.defaultMaxOutputTokens"],
    [{ GUARD_POLICY: '{"leaseTtlSeconds": 1.5}' }, "GUARD_POLICY.leaseTtlSeconds"],
    [{ GUARD_POLICY: '{"detection": {"mode": "loud"}}' }, "GUARD_POLICY.detection.mode"],
    [{ GUARD_POLICY: '{"detection": []}' }, "GUARD_POLICY.detection"],
    [{ GUARD_POLICY: "[]" }, "GUARD_POLICY"],
  ])("%j names %s", (bad, field) => {
    const c = parseConfig({ ...env, ...bad });
    expect(c.ok).toBe(false);
    if (!c.ok) expect(c.problem.field).toBe(field);
  });
  it("resolves defaults < tier < override, field by field", () => {
    const p = parsePolicy({ defaults: { rpm: 1, tpm: 2, tpd: 3 }, tiers: { pro: { rpm: 10, tpm: 20 } } });
    if (!p.ok) throw new Error("policy");
    expect(resolveLimits(p.value, { tier: "pro", limits: { tpm: null } })).toEqual({ rpm: 10, tpm: null, tpd: 3 });
    const o = parseOverride({ tier: "pro", concurrency: 4 }, p.value);
    expect(o.ok && o.value).toEqual({ tier: "pro", limits: { concurrency: 4 } });
    const bad = parseOverride({ tier: "gold" }, p.value);
    expect(!bad.ok && bad.problem.field).toBe("tier");
  });
});

describe("rate-limit headers", () => {
  it("formats the IETF fields, OpenAI's headers and retry hints", () => {
    const out = rateLimitHeaders([
      { name: "rpm", quota: 60, windowSeconds: 60, remaining: 0, resetSeconds: 12 },
      { name: "tpm", quota: 1000, windowSeconds: 60, remaining: 250, resetSeconds: 45 },
      { name: "concurrency", quota: 4, windowSeconds: 0, remaining: 3, resetSeconds: 0 },
    ]);
    expect(out.get("RateLimit-Policy")).toBe('"rpm";q=60;w=60, "tpm";q=1000;w=60, "concurrency";q=4');
    expect(out.get("RateLimit")).toBe('"rpm";r=0;t=12, "tpm";r=250;t=45, "concurrency";r=3;t=0');
    expect(out.get("x-ratelimit-reset-tokens")).toBe("45s");
    expect(goDuration(3725)).toBe("1h2m5s");
    expect(goDuration(360)).toBe("6m0s");
    const r = retryHeaders(1500, new Headers());
    expect([r.get("retry-after"), r.get("retry-after-ms")]).toEqual(["2", "1500"]);
    expect(retryHeaders(Number.POSITIVE_INFINITY, new Headers()).get("x-should-retry")).toBe("false");
  });
});

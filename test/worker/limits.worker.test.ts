import { evictDurableObject } from "cloudflare:test";
import { afterEach, describe, expect, it, vi } from "vitest";
import { anthropic, call, chat, keyIdOf, mockOrigin, newKey, remaining, setOverride, stateOf, testEnv } from "./helpers.ts";

afterEach(() => vi.restoreAllMocks());

describe("exact limits under concurrency", () => {
  it("500 concurrent requests against a token quota that fits 100 admit exactly 100", async () => {
    const { seen } = mockOrigin();
    const key = newKey();
    // What one request reserves, read from the RateLimit field of a probe key.
    const probe = newKey();
    await setOverride(probe, { rpm: null, tpm: null, concurrency: null, tpd: 1_000_000 });
    const { res: p } = await call("/v1/chat/completions", chat(probe));
    const reserved = 1_000_000 - Number(/"tpd";r=(\d+)/.exec(p.headers.get("RateLimit") ?? "")?.[1]);
    expect(reserved).toBeGreaterThanOrEqual(8);
    // The daily quota holds exactly 100 reservations and refills one token per ~86 s / reserved,
    // so nothing refills during the burst; answers are held 2 s so no settlement refunds tokens
    // while the burst is still arriving.
    await setOverride(key, { rpm: null, tpm: null, concurrency: null, tpd: 100 * reserved });
    const results = await Promise.all(
      Array.from({ length: 500 }, () => call("/v1/chat/completions", chat(key, {}, { "x-mock-delay-ms": "2000" }))),
    );
    const statuses = results.map((r) => r.res.status);
    await Promise.all(results.map(async (r) => (await r.res.text(), r.settled())));
    expect(statuses.filter((s) => s === 200)).toHaveLength(100);
    expect(statuses.filter((s) => s === 429)).toHaveLength(400);
    expect(seen).toHaveLength(1 + 100); // the probe, then exactly the admitted ones
  });

  it("500 concurrent requests against a concurrency limit of 100 admit exactly 100", async () => {
    mockOrigin();
    const key = newKey();
    await setOverride(key, { rpm: null, concurrency: 100 });
    // Slow answers keep every admitted request in flight while the others arrive. They are held
    // 1.5 s, past 600 ms: a lease TTL taken as milliseconds instead of seconds (600 ms instead of
    // 600 s) would free the slots early and let the late request below through.
    const burst = Promise.all(
      Array.from({ length: 500 }, () => call("/v1/chat/completions", chat(key, {}, { "x-mock-delay-ms": "1500" }))),
    );
    await new Promise((r) => setTimeout(r, 900));
    const late = await call("/v1/chat/completions", chat(key));
    const results = await burst;
    const ok = results.filter((r) => r.res.status === 200);
    const limited = results.filter((r) => r.res.status === 429);
    expect(ok).toHaveLength(100);
    expect(limited).toHaveLength(400);
    expect(limited[0]!.res.headers.get("retry-after")).toBe("1");
    expect(late.res.status).toBe(429);
    await Promise.all(results.map(async (r) => (await r.res.text(), r.settled())));
    expect((await stateOf(await keyIdOf(key))).inFlight).toBe(0);
  }, 30_000);
});

describe("the 429 answer", () => {
  it("OpenAI routes: Retry-After, retry-after-ms, RateLimit fields, x-ratelimit-*, OpenAI error body", async () => {
    mockOrigin();
    const key = newKey();
    await setOverride(key, { rpm: 2 });
    for (let i = 0; i < 2; i++) expect((await call("/v1/chat/completions", chat(key))).res.status).toBe(200);
    const { res } = await call("/v1/chat/completions", chat(key));
    expect(res.status).toBe(429);
    const retry = Number(res.headers.get("retry-after"));
    expect(retry).toBeGreaterThanOrEqual(29);
    expect(retry).toBeLessThanOrEqual(30);
    expect(Number(res.headers.get("retry-after-ms"))).toBeGreaterThan(29_000);
    expect(res.headers.get("RateLimit-Policy")).toContain('"rpm";q=2;w=60');
    expect(res.headers.get("RateLimit")).toMatch(/^"rpm";r=0;t=(59|60),/);
    expect(res.headers.get("x-ratelimit-limit-requests")).toBe("2");
    expect(res.headers.get("x-ratelimit-remaining-requests")).toBe("0");
    const body = (await res.json()) as { error: { message: string; type: string; code: string; param: null } };
    expect(body.error.code).toBe("rate_limit_exceeded");
    expect(body.error.type).toBe("rate_limit_error");
    expect(body.error.message).toMatch(/requests per minute/);
  });

  it("Anthropic route: Anthropic error envelope", async () => {
    mockOrigin();
    const key = newKey();
    await setOverride(key, { rpm: 1 });
    expect((await call("/v1/messages", anthropic(key))).res.status).toBe(200);
    const { res } = await call("/v1/messages", anthropic(key));
    expect(res.status).toBe(429);
    const body = (await res.json()) as { type: string; error: { type: string; message: string } };
    expect(body.type).toBe("error");
    expect(body.error.type).toBe("rate_limit_error");
    expect(res.headers.get("retry-after")).toBe("60");
  });

  it("a request larger than the token quota is refused without a retry hint", async () => {
    mockOrigin();
    const key = newKey();
    await setOverride(key, { tpm: 500 });
    const { res } = await call("/v1/chat/completions", chat(key, { max_tokens: 5000 }));
    expect(res.status).toBe(429);
    expect(res.headers.get("x-should-retry")).toBe("false");
    expect(res.headers.get("retry-after")).toBeNull();
    const e = ((await res.json()) as { error: { code: string; message: string } }).error;
    expect(e.code).toBe("request_too_large");
    expect(e.message).toContain("tokens per minute limit");
  });

  it("a rejected request consumes nothing", async () => {
    const { seen } = mockOrigin();
    const key = newKey();
    const keyId = await setOverride(key, { rpm: 10, tpm: 1000, tpd: 10_000 });
    // the first answer takes 900 of its 900 tokens, settled before the second asks (not left to
    // a settlement still on its way)
    const first = await call("/v1/chat/completions", chat(key, { max_tokens: 900 }, { "x-mock-words": "900" }));
    expect(first.res.status).toBe(200);
    await first.res.text();
    await first.settled();
    const before = await stateOf(keyId);
    const { res } = await call("/v1/chat/completions", chat(key, { max_tokens: 900 }));
    expect(res.status).toBe(429);
    const after = await stateOf(keyId);
    expect(remaining(after, "rpm")).toBe(remaining(before, "rpm"));
    expect(remaining(after, "tpd")).toBe(remaining(before, "tpd"));
    expect(after.counters.served).toBe(1);
    expect(seen).toHaveLength(1);
  });
});

describe("tiers and overrides", () => {
  it("a tier applies its limits; clearing the override restores the defaults", async () => {
    mockOrigin();
    const key = newKey();
    const keyId = await setOverride(key, { tier: "free" });
    const { res } = await call("/v1/chat/completions", chat(key));
    expect(res.headers.get("x-ratelimit-limit-requests")).toBe("20");
    const { res: del } = await call(`/admin/keys/${keyId}/overrides`, { method: "DELETE", headers: { authorization: "Bearer test-admin-token" } });
    expect(((await del.json()) as { cleared: boolean }).cleared).toBe(true);
    const { res: res2 } = await call("/v1/chat/completions", chat(key));
    expect(res2.headers.get("x-ratelimit-limit-requests")).toBe("60");
  });

  it("reset forgets counters but keeps the override", async () => {
    mockOrigin();
    const key = newKey();
    const keyId = await setOverride(key, { rpm: 1 });
    await call("/v1/chat/completions", chat(key));
    expect((await call("/v1/chat/completions", chat(key))).res.status).toBe(429);
    await call(`/admin/keys/${keyId}/reset`, { method: "POST", headers: { authorization: "Bearer test-admin-token" } });
    expect((await call("/v1/chat/completions", chat(key))).res.status).toBe(200);
    expect((await stateOf(keyId)).override).toEqual({ limits: { rpm: 1 } });
  });
});

describe("durability", () => {
  it("state survives a Durable Object restart", async () => {
    mockOrigin();
    const key = newKey();
    const keyId = await setOverride(key, { rpm: 3 });
    for (let i = 0; i < 3; i++) {
      const { res, settled } = await call("/v1/chat/completions", chat(key));
      await res.text();
      await settled();
    }
    const stub = testEnv.KEY_GUARD.getByName(keyId);
    await evictDurableObject(stub);
    const { res } = await call("/v1/chat/completions", chat(key));
    expect(res.status).toBe(429);
    const s = await stateOf(keyId);
    expect(s.counters.served).toBe(3);
    expect(s.override).toEqual({ limits: { rpm: 3 } });
  });
});

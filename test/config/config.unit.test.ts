/**
 * Configuration parsing, field by field: every refusal names the field at fault, every accepted
 * value lands where it should, and defaults are exact. Written against the survivors of a
 * mutation run over src/config (npm run test:mutation).
 */
import { describe, expect, it } from "vitest";
import {
  DEFAULT_CHALLENGE,
  loadConfig,
  parseConfig,
  parseLimitSet,
  parseOverride,
  parsePolicy,
  parseStateConfig,
  resolveDetection,
  resolveLimits,
  type PolicyConfig,
} from "../../src/config/index.ts";
import { DEFAULT_LEASES } from "../../src/limits/lease.ts";
import { DEFAULT_IMAGE_COSTS } from "../../src/proxy/request.ts";

const ENV = { UPSTREAM_URL: "https://api.example.com/v1//", GUARD_KEY_SECRET: "0123456789abcdef", GUARD_ADMIN_TOKEN: "admin-token" };

function ok<T>(p: { ok: true; value: T } | { ok: false; problem: { field: string; message: string } }): T {
  if (!p.ok) throw new Error(`${p.problem.field} ${p.problem.message}`);
  return p.value;
}
function field(p: { ok: boolean; problem?: { field: string } }): string | undefined {
  return p.ok ? undefined : p.problem!.field;
}
const policy = (raw: unknown): PolicyConfig => ok(parsePolicy(raw));

describe("parseConfig: the environment", () => {
  it("every default, exactly", () => {
    const c = ok(parseConfig(ENV));
    expect(c).toMatchObject({
      upstreamUrl: "https://api.example.com/v1",
      failMode: "open",
      logDecisions: "acted",
      maxBodyBytes: 8 * 1_048_576,
      maxBatchBytes: 32 * 1_048_576,
      doTimeoutMs: 2000,
      trustClientIpHeader: false,
      forwardHeaders: { names: [], prefixes: [] },
      keySecret: "0123456789abcdef",
      adminToken: "admin-token",
      originAuthToken: undefined,
      challengeSecret: "0123456789abcdef\u0000challenge",
      webhook: undefined,
    });
  });

  it("every set value lands in its field (strings or JSON values, as wrangler hands them over)", () => {
    const c = ok(
      parseConfig({
        ...ENV,
        UPSTREAM_URL: "http://origin.test",
        FAIL_MODE: "closed",
        LOG_DECISIONS: "all",
        MAX_BODY_BYTES: " 2048 ",
        MAX_BATCH_BYTES: 4096,
        DO_TIMEOUT_MS: "60000",
        TRUST_CLIENT_IP_HEADER: "true",
        FORWARD_HEADERS: "X-Trace-Id, x-mock-*",
        ORIGIN_AUTH_TOKEN: "origin-secret",
        GUARD_CHALLENGE_SECRET: "challenge-secret-16",
        WEBHOOK_URL: "https://hooks.example.com/guard",
        WEBHOOK_SECRET: "webhook-secret-0123",
      }),
    );
    expect(c).toMatchObject({
      upstreamUrl: "http://origin.test",
      failMode: "closed",
      logDecisions: "all",
      maxBodyBytes: 2048,
      maxBatchBytes: 4096,
      doTimeoutMs: 60_000,
      trustClientIpHeader: true,
      forwardHeaders: { names: ["x-trace-id"], prefixes: ["x-mock-"] },
      originAuthToken: "origin-secret",
      challengeSecret: "challenge-secret-16",
      webhook: { url: "https://hooks.example.com/guard", secret: "webhook-secret-0123" },
    });
    expect(ok(parseConfig({ ...ENV, TRUST_CLIENT_IP_HEADER: true })).trustClientIpHeader).toBe(true);
    expect(ok(parseConfig({ ...ENV, TRUST_CLIENT_IP_HEADER: false })).trustClientIpHeader).toBe(false);
    expect(ok(parseConfig({ ...ENV, TRUST_CLIENT_IP_HEADER: "false" })).trustClientIpHeader).toBe(false);
    expect(ok(parseConfig({ ...ENV, ORIGIN_AUTH_TOKEN: "" })).originAuthToken).toBeUndefined();
    expect(ok(parseConfig({ ...ENV, WEBHOOK_URL: "" })).webhook).toBeUndefined();
    // plain http is accepted too (an internal relay), as the refusal's wording says
    expect(ok(parseConfig({ ...ENV, WEBHOOK_URL: "http://hooks.internal/guard", WEBHOOK_SECRET: "webhook-secret-0123" })).webhook).toEqual({
      url: "http://hooks.internal/guard",
      secret: "webhook-secret-0123",
    });
    expect(ok(parseConfig({ ...ENV, MAX_BODY_BYTES: "" })).maxBodyBytes).toBe(8 * 1_048_576);
    expect(ok(parseConfig({ ...ENV, MAX_BODY_BYTES: String(100 * 1_048_576) })).maxBodyBytes).toBe(100 * 1_048_576);
  });

  it.each([
    [{ UPSTREAM_URL: undefined }, "UPSTREAM_URL", "is not set"],
    [{ UPSTREAM_URL: "" }, "UPSTREAM_URL", "is not set"],
    [{ UPSTREAM_URL: 5 }, "UPSTREAM_URL", "is not set"],
    [{ UPSTREAM_URL: "not a url" }, "UPSTREAM_URL", "is not a valid URL"],
    [{ UPSTREAM_URL: "ftp://origin.test" }, "UPSTREAM_URL", "must be an http(s) URL"],
    [{ FAIL_MODE: "maybe" }, "FAIL_MODE", 'must be "open" or "closed"'],
    [{ LOG_DECISIONS: "some" }, "LOG_DECISIONS", 'must be "acted" or "all"'],
    [{ MAX_BODY_BYTES: "0" }, "MAX_BODY_BYTES", "must be a positive integer up to 104857600"],
    [{ MAX_BODY_BYTES: String(100 * 1_048_576 + 1) }, "MAX_BODY_BYTES", "must be a positive integer up to 104857600"],
    [{ MAX_BODY_BYTES: "1.5" }, "MAX_BODY_BYTES", "must be a positive integer up to 104857600"],
    [{ MAX_BATCH_BYTES: "-1" }, "MAX_BATCH_BYTES", "must be a positive integer up to 104857600"],
    [{ FORWARD_HEADERS: "x-a; x-b" }, "FORWARD_HEADERS", "must be a comma-separated list of header names or prefix* patterns"],
    [{ FORWARD_HEADERS: 5 }, "FORWARD_HEADERS", "must be a comma-separated list of header names or prefix* patterns"],
    [{ FORWARD_HEADERS: "x-trace-id, api-key" }, "FORWARD_HEADERS", 'names "api-key", a credential header: the origin receives only the metered key (and ORIGIN_AUTH_TOKEN), never another credential'],
    [{ FORWARD_HEADERS: "Cookie" }, "FORWARD_HEADERS", 'names "cookie", a credential header: the origin receives only the metered key (and ORIGIN_AUTH_TOKEN), never another credential'],
    [{ FORWARD_HEADERS: "x-forwarded-user" }, "FORWARD_HEADERS", 'names "x-forwarded-user", a credential header: the origin receives only the metered key (and ORIGIN_AUTH_TOKEN), never another credential'],
    [{ FORWARD_HEADERS: "*" }, "FORWARD_HEADERS", '"*" is wider than one namespace: a pattern needs at least two name parts before its * (x-trace-*, x-mock-*)'],
    [{ FORWARD_HEADERS: "x-trace-id, x-*" }, "FORWARD_HEADERS", '"x-*" is wider than one namespace: a pattern needs at least two name parts before its * (x-trace-*, x-mock-*)'],
    [{ TRUST_CLIENT_IP_HEADER: "yes" }, "TRUST_CLIENT_IP_HEADER", 'must be "true" or "false"'],
    [{ DO_TIMEOUT_MS: "60001" }, "DO_TIMEOUT_MS", "must be a positive integer up to 60000"],
    [{ GUARD_KEY_SECRET: undefined }, "GUARD_KEY_SECRET", "is not set (wrangler secret put GUARD_KEY_SECRET)"],
    [{ GUARD_KEY_SECRET: "" }, "GUARD_KEY_SECRET", "is not set (wrangler secret put GUARD_KEY_SECRET)"],
    [{ GUARD_KEY_SECRET: "0123456789abcde" }, "GUARD_KEY_SECRET", "must be at least 16 characters"],
    [{ GUARD_ADMIN_TOKEN: "1234567" }, "GUARD_ADMIN_TOKEN", "must be at least 8 characters"],
    [{ GUARD_CHALLENGE_SECRET: "short" }, "GUARD_CHALLENGE_SECRET", "must be at least 16 characters"],
    [{ GUARD_CHALLENGE_SECRET: 1234567890123456 }, "GUARD_CHALLENGE_SECRET", "must be at least 16 characters"],
    [{ WEBHOOK_URL: "mailto:ops@example.com" }, "WEBHOOK_URL", "must be an http(s) URL"],
    [{ WEBHOOK_URL: "not a url" }, "WEBHOOK_URL", "must be an http(s) URL"],
    [{ WEBHOOK_URL: 7 }, "WEBHOOK_URL", "must be an http(s) URL"],
    [{ WEBHOOK_URL: "https://hooks.example.com" }, "WEBHOOK_SECRET", "is not set (wrangler secret put WEBHOOK_SECRET)"],
    [{ WEBHOOK_URL: "https://hooks.example.com", WEBHOOK_SECRET: "short" }, "WEBHOOK_SECRET", "must be at least 16 characters"],
    [{ GUARD_POLICY: "{nope" }, "GUARD_POLICY", undefined],
  ] as const)("%j: %s %s", (bad, f, message) => {
    const c = parseConfig({ ...ENV, ...bad });
    expect(field(c)).toBe(f);
    if (message !== undefined && !c.ok) expect(c.problem.message).toBe(message);
  });

  it("accepts the edge values: 16-character secrets, an 8-character admin token, the largest timeout", () => {
    expect(parseConfig({ ...ENV, GUARD_KEY_SECRET: "0123456789abcdef", GUARD_ADMIN_TOKEN: "12345678", DO_TIMEOUT_MS: "60000", GUARD_CHALLENGE_SECRET: "0123456789abcdef" }).ok).toBe(true);
  });

  it("loadConfig parses once per env object", () => {
    const env = { ...ENV };
    const a = loadConfig(env);
    expect(loadConfig(env)).toBe(a);
    expect(loadConfig({ ...ENV })).not.toBe(a);
    expect(loadConfig({ ...ENV })).toEqual(a);
  });
});

describe("parsePolicy", () => {
  it("defaults, exactly", () => {
    const p = policy(undefined);
    expect(p).toMatchObject({
      defaults: {},
      tiers: {},
      defaultMaxOutputTokens: 1024,
      backgroundMaxOutputTokens: 32_768,
      leaseTtlSeconds: 600,
      streamTokensPerSecond: 250,
      models: { visibleOutput: [], runTools: ["*search*"], images: [...DEFAULT_IMAGE_COSTS] },
      routes: [],
      tierDetection: {},
      degrade: { maxOutputTokens: 512, maxThinkingTokens: 1024 },
      challenge: DEFAULT_CHALLENGE,
      state: { idleSeconds: 7 * 86_400, unservedIdleSeconds: 3600 },
    });
    expect(policy("{}")).toEqual(p);
  });

  it.each([
    ['{"bogus": 1}', "GUARD_POLICY.bogus"],
    ["5", "GUARD_POLICY"],
    ["null", "GUARD_POLICY"],
    ['{"defaults": {"rpm": -1}}', "GUARD_POLICY.defaults.rpm"],
    ['{"tiers": []}', "GUARD_POLICY.tiers"],
    ['{"tiers": 3}', "GUARD_POLICY.tiers"],
    ['{"tiers": {"__proto__": {"rpm": 1}}}', "GUARD_POLICY.tiers.__proto__"],
    ['{"tiers": {"-x": {}}}', "GUARD_POLICY.tiers.-x"],
    [`{"tiers": {"${"a".repeat(65)}": {}}}`, `GUARD_POLICY.tiers.${"a".repeat(65)}`],
    ['{"tiers": {"pro": 5}}', "GUARD_POLICY.tiers.pro"],
    ['{"tiers": {"pro": [1]}}', "GUARD_POLICY.tiers.pro"],
    ['{"tiers": {"pro": {"rpm": "x"}}}', "GUARD_POLICY.tiers.pro.rpm"],
    ['{"tiers": {"pro": {"detection": {"mode": "loud"}}}}', "GUARD_POLICY.tiers.pro.detection.mode"],
    ['{"tiers": {"pro": {"detection": 5}}}', "GUARD_POLICY.tiers.pro.detection"],
    ['{"defaultMaxOutputTokens": 10000001}', "GUARD_POLICY.defaultMaxOutputTokens"],
    ['{"leaseTtlSeconds": 86401}', "GUARD_POLICY.leaseTtlSeconds"],
    ['{"streamTokensPerSecond": 0}', "GUARD_POLICY.streamTokensPerSecond"],
    ['{"backgroundMaxOutputTokens": 0}', "GUARD_POLICY.backgroundMaxOutputTokens"],
    ['{"models": []}', "GUARD_POLICY.models"],
    ['{"models": {"visible": ["gpt-4o"]}}', "GUARD_POLICY.models.visible"],
    ['{"models": {"visibleOutput": "gpt-4o"}}', "GUARD_POLICY.models.visibleOutput"],
    ['{"models": {"runTools": ["gpt 4o"]}}', "GUARD_POLICY.models.runTools"],
    ['{"models": {"runTools": [""]}}', "GUARD_POLICY.models.runTools"],
    ['{"models": {"images": []}}', "GUARD_POLICY.models.images"],
    ['{"models": {"images": {"gpt 4o": {"image": 100}}}}', "GUARD_POLICY.models.images.gpt 4o"],
    ['{"models": {"images": {"gpt-4o*": {"image": 0}}}}', "GUARD_POLICY.models.images.gpt-4o*.image"],
    ['{"models": {"images": {"gpt-4o*": {"high": 100}}}}', "GUARD_POLICY.models.images.gpt-4o*.high"],
    ['{"models": {"images": {"gpt-4o*": 100}}}', "GUARD_POLICY.models.images.gpt-4o*"],
    ['{"backgroundMaxOutputTokens": 10000001}', "GUARD_POLICY.backgroundMaxOutputTokens"],
    ['{"streamTokensPerSecond": 100001}', "GUARD_POLICY.streamTokensPerSecond"],
    ['{"streamTokensPerSecond": "fast"}', "GUARD_POLICY.streamTokensPerSecond"],
    ['{"degrade": []}', "GUARD_POLICY.degrade"],
    ['{"degrade": {"maxOutputTokens": 0}}', "GUARD_POLICY.degrade.maxOutputTokens"],
    ['{"degrade": {"maxThinkingTokens": 1023}}', "GUARD_POLICY.degrade.maxThinkingTokens"],
    ['{"degrade": {"maxOutputTokens": 1000001}}', "GUARD_POLICY.degrade.maxOutputTokens"],
    ['{"degrade": {"maxOutputTokens": 1.5}}', "GUARD_POLICY.degrade.maxOutputTokens"],
    ['{"degrade": {"other": 1}}', "GUARD_POLICY.degrade.other"],
    ['{"challenge": null}', "GUARD_POLICY.challenge"],
    ['{"challenge": []}', "GUARD_POLICY.challenge"],
    ['{"challenge": {"passRequests": 0}}', "GUARD_POLICY.challenge.passRequests"],
    ['{"challenge": {"passMinutes": 1441}}', "GUARD_POLICY.challenge.passMinutes"],
    ['{"challenge": {"puzzleTtlSeconds": 9}}', "GUARD_POLICY.challenge.puzzleTtlSeconds"],
    ['{"challenge": {"baseBits": 31}}', "GUARD_POLICY.challenge.baseBits"],
    ['{"challenge": {"maxBits": 31}}', "GUARD_POLICY.challenge.maxBits"],
    ['{"detection": {"challengeAt": 0.9, "blockAt": 0.8}}', "GUARD_POLICY.detection.throttleAt"],
    ['{"challenge": {"baseBits": 20, "maxBits": 19}}', "GUARD_POLICY.challenge.maxBits"],
    ['{"challenge": {"verificationUrl": "http://verify.example.com"}}', "GUARD_POLICY.challenge.verificationUrl"],
    ['{"challenge": {"verificationUrl": "not a url"}}', "GUARD_POLICY.challenge.verificationUrl"],
    ['{"challenge": {"verificationUrl": 5}}', "GUARD_POLICY.challenge.verificationUrl"],
    ['{"state": []}', "GUARD_POLICY.state"],
    ['{"state": {"idle": 1}}', "GUARD_POLICY.state.idle"],
  ])("%s names %s", (raw, f) => {
    expect(field(parsePolicy(raw))).toBe(f);
  });

  it("every top-level field is known: a valid value of each is accepted and lands", () => {
    expect(policy({ defaultMaxOutputTokens: 2048 }).defaultMaxOutputTokens).toBe(2048);
    expect(policy({ leaseTtlSeconds: 120 }).leaseTtlSeconds).toBe(120);
    expect(policy({ streamTokensPerSecond: 1000 }).streamTokensPerSecond).toBe(1000);
    expect(policy({ backgroundMaxOutputTokens: 4096 }).backgroundMaxOutputTokens).toBe(4096);
    expect(policy({ models: { visibleOutput: ["gpt-4o*", "gpt-4.1"] } }).models).toEqual({ visibleOutput: ["gpt-4o*", "gpt-4.1"], runTools: ["*search*"], images: [...DEFAULT_IMAGE_COSTS] });
    expect(policy({ models: { runTools: [] } }).models).toEqual({ visibleOutput: [], runTools: [], images: [...DEFAULT_IMAGE_COSTS] });
    // images: in the order given, replacing the default; a cost left out is IMAGE_TOKENS
    expect(policy({ models: { images: { "claude-*": { image: 1200 }, "*": { image: 2000, low: 300 } } } }).models.images).toEqual([
      { pattern: "claude-*", image: 1200, low: 1600 },
      { pattern: "*", image: 2000, low: 300 },
    ]);
    expect(policy({ defaults: { rpm: 5 } }).defaults).toEqual({ rpm: 5 });
  });

  it("a tier: limits, own detection over the policy's, a name of exactly 64 characters", () => {
    const name = "T".repeat(64);
    const p = policy({ detection: { throttleAt: 0.3 }, tiers: { pro: { rpm: 10, detection: { blockAt: 0.99 } }, [name]: { tpm: null } } });
    expect(p.tiers).toEqual({ pro: { rpm: 10 }, [name]: { tpm: null } });
    expect(Object.keys(p.tierDetection)).toEqual(["pro"]);
    // the tier inherits the policy's detection settings and changes only what it names
    expect(p.tierDetection.pro).toEqual({ ...p.detection, blockAt: 0.99 });
    expect(resolveDetection(p, { tier: "pro" })).toBe(p.tierDetection.pro);
    expect(resolveDetection(p, { tier: name })).toBe(p.detection);
    expect(resolveDetection(p, { tier: "toString" })).toBe(p.detection);
    expect(resolveDetection(p)).toBe(p.detection);
  });

  it("challenge and degrade settings: given values over the defaults, the https verification URL normalised", () => {
    const p = policy({
      challenge: { passRequests: 100_000, passMinutes: 1440, puzzleTtlSeconds: 10, baseBits: 0, maxBits: 0, verificationUrl: "https://verify.example.com" },
      degrade: { maxOutputTokens: 1, maxThinkingTokens: 1024, embeddingDimensions: 0 },
    });
    expect(p.challenge).toEqual({ passRequests: 100_000, passMinutes: 1440, puzzleTtlSeconds: 10, baseBits: 0, maxBits: 0, verificationUrl: "https://verify.example.com/" });
    expect(p.degrade).toEqual({ maxOutputTokens: 1, maxThinkingTokens: 1024, embeddingDimensions: 0 });
    expect(policy({}).degrade.embeddingDimensions).toBe(256);
    for (const bad of [-1, 1.5, 100_001, "256"])
      expect(parsePolicy({ degrade: { embeddingDimensions: bad } })).toEqual({ ok: false, problem: { field: "GUARD_POLICY.degrade.embeddingDimensions", message: "must be an integer from 0 to 100000" } });
    expect(policy({ challenge: { verificationUrl: null } }).challenge).toEqual(DEFAULT_CHALLENGE);
    expect(policy({ challenge: { maxBits: 30, baseBits: 30 } }).challenge).toMatchObject({ baseBits: 30, maxBits: 30 });
  });

  it("the served idle default grows with the longest detection half-life, a tier's included", () => {
    expect(policy({ detection: { halfLifeHours: 48 } }).state.idleSeconds).toBe(7 * 48 * 3600);
    expect(policy({ tiers: { slow: { detection: { halfLifeHours: 72 } } } }).state.idleSeconds).toBe(7 * 72 * 3600);
  });
});

describe("GUARD_POLICY.leases", () => {
  const problem = (raw: unknown) => {
    const p = parsePolicy({ leases: raw });
    return p.ok ? undefined : p.problem;
  };
  it("absent: the defaults, a copy (changing one policy's settings changes no other)", () => {
    const a = policy({});
    expect(a.leases).toEqual({ enabled: true, maxRequests: 256, maxMs: 1000, minRatePerSecond: 5, flushMs: 500, sharePercent: 10, backoffMs: 300, settleDeferMs: 1000, linkBatchMs: 250 });
    expect(a.leases).toEqual(DEFAULT_LEASES);
    expect(a.leases).not.toBe(DEFAULT_LEASES);
  });
  it("given values at both ends of every range land, over the defaults", () => {
    const lo = { enabled: false, maxRequests: 1, maxMs: 50, minRatePerSecond: 1, flushMs: 10, sharePercent: 1, backoffMs: 10, settleDeferMs: 0, linkBatchMs: 0 };
    expect(policy({ leases: lo }).leases).toEqual(lo);
    const hi = { maxRequests: 10_000, maxMs: 10_000, minRatePerSecond: 1_000_000, flushMs: 5_000, sharePercent: 50, backoffMs: 5_000, settleDeferMs: 10_000, linkBatchMs: 5_000 };
    expect(policy({ leases: hi }).leases).toEqual({ ...hi, enabled: true });
    expect(policy({ leases: { maxRequests: 7 } }).leases).toEqual({ ...DEFAULT_LEASES, maxRequests: 7 });
    // flushMs may equal maxMs
    expect(policy({ leases: { flushMs: 500, maxMs: 500 } }).leases).toMatchObject({ flushMs: 500, maxMs: 500 });
  });
  it.each([
    ["maxRequests", 0, 10_001, "from 1 to 10000"],
    ["maxMs", 49, 10_001, "from 50 to 10000"],
    ["minRatePerSecond", 0, 1_000_001, "from 1 to 1000000"],
    ["flushMs", 9, 5_001, "from 10 to 5000"],
    ["sharePercent", 0, 51, "from 1 to 50"],
    ["backoffMs", 9, 5_001, "from 10 to 5000"],
    ["settleDeferMs", -1, 10_001, "from 0 to 10000"],
    ["linkBatchMs", -1, 5_001, "from 0 to 5000"],
  ])("%s outside its range is refused, naming the field", (name, below, above, range) => {
    const want = { field: `GUARD_POLICY.leases.${name}`, message: `must be an integer ${range}` };
    // flushMs above maxMs would fail the later check first: give maxMs its maximum
    const extra = name === "flushMs" ? { maxMs: 10_000 } : {};
    expect(problem({ ...extra, [name]: below })).toEqual(want);
    expect(problem({ ...extra, [name]: above })).toEqual(want);
    expect(problem({ ...extra, [name]: 1.5 })).toEqual(want);
  });
  it("refuses a non-object, a non-boolean enabled, an unknown field (listing enabled too), flushMs above maxMs", () => {
    for (const raw of [null, [], 5, "x"]) expect(problem(raw)).toEqual({ field: "GUARD_POLICY.leases", message: "must be an object" });
    expect(problem({ enabled: "yes" })).toEqual({ field: "GUARD_POLICY.leases.enabled", message: "must be true or false" });
    expect(problem({ ttl: 5 })).toEqual({
      field: "GUARD_POLICY.leases.ttl",
      message: "unknown field (expected enabled, maxRequests, maxMs, minRatePerSecond, flushMs, sharePercent, backoffMs, settleDeferMs, linkBatchMs)",
    });
    expect(problem({ flushMs: 1001 })).toEqual({ field: "GUARD_POLICY.leases.flushMs", message: "must be at most maxMs" });
  });
});

describe("GUARD_POLICY.batchResults", () => {
  it('"owner" by default; "owner" or "any" accepted; anything else refused naming the field', () => {
    expect(policy({}).batchResults).toBe("owner");
    expect(policy({ batchResults: "owner" }).batchResults).toBe("owner");
    expect(policy({ batchResults: "any" }).batchResults).toBe("any");
    for (const bad of ["all", "", true, 1]) {
      const p = parsePolicy({ batchResults: bad });
      expect(p.ok ? undefined : p.problem).toEqual({ field: "GUARD_POLICY.batchResults", message: 'must be "owner" or "any"' });
    }
  });
});

describe("GUARD_POLICY.routes", () => {
  const routes = (r: unknown) => parsePolicy({ routes: r });
  it("each entry becomes a free route; provider defaults to openai, tokens to 0", () => {
    expect(ok(routes([{ method: "POST", path: "/v1/images/generations", tokens: 4000 }, { method: "GET", path: "/v1/things/{id}", provider: "anthropic" }])).routes).toEqual([
      { method: "POST", path: "/v1/images/generations", provider: "openai", tokens: 4000 },
      { method: "GET", path: "/v1/things/{id}", provider: "anthropic", tokens: 0 },
    ]);
  });
  it.each([
    [{}, "GUARD_POLICY.routes", "must be an array of {method, path, provider, tokens}"],
    [[5], "GUARD_POLICY.routes[0]", "must be an object {method, path, provider, tokens}"],
    [[null], "GUARD_POLICY.routes[0]", "must be an object {method, path, provider, tokens}"],
    [[[]], "GUARD_POLICY.routes[0]", "must be an object {method, path, provider, tokens}"],
    [[{ method: "POST", path: "/v1/x", cost: 1 }], "GUARD_POLICY.routes[0].cost", "unknown field (expected method, path, provider, tokens)"],
    [[{ method: "HEAD", path: "/v1/x" }], "GUARD_POLICY.routes[0].method", "must be one of GET, POST, PUT, PATCH, DELETE"],
    [[{ method: 1, path: "/v1/x" }], "GUARD_POLICY.routes[0].method", "must be one of GET, POST, PUT, PATCH, DELETE"],
    [[{ method: "POST", path: "/v2/x" }], "GUARD_POLICY.routes[0].path", "must be a canonical path under /v1/ (segments of [A-Za-z0-9._~:-], or {id})"],
    [[{ method: "POST", path: 5 }], "GUARD_POLICY.routes[0].path", "must be a canonical path under /v1/ (segments of [A-Za-z0-9._~:-], or {id})"],
    [[{ method: "POST", path: "/v1/x", provider: "google" }], "GUARD_POLICY.routes[0].provider", 'must be "openai" or "anthropic"'],
    [[{ method: "POST", path: "/v1/x", tokens: -1 }], "GUARD_POLICY.routes[0].tokens", "must be a non-negative integer"],
    [[{ method: "POST", path: "/v1/x", tokens: 0.5 }], "GUARD_POLICY.routes[0].tokens", "must be a non-negative integer"],
    [[{ method: "POST", path: "/v1/chat/completions" }], "GUARD_POLICY.routes[0].path", "POST /v1/chat/completions is already a route"],
    [[{ method: "POST", path: "/v1/x" }, { method: "POST", path: "/v1/x" }], "GUARD_POLICY.routes[1].path", "POST /v1/x is already a route"],
    // a built-in free route under another provider is still a conflict
    [[{ method: "POST", path: "/v1/messages/count_tokens", provider: "openai" }], "GUARD_POLICY.routes[0].path", "POST /v1/messages/count_tokens is already a route"],
  ])("%j: %s %s", (raw, f, message) => {
    const r = routes(raw);
    expect(r.ok ? null : r.problem).toEqual({ field: f, message });
  });
  it("a route an operator added before the guard served it as a free route is accepted and left to the built-in one (red team R39b-6: upgrading must not break a deployment)", () => {
    const r = ok(routes([{ method: "POST", path: "/v1/responses/input_tokens" }, { method: "POST", path: "/v1/moderations", tokens: 10 }]));
    expect(r.routes).toEqual([{ method: "POST", path: "/v1/moderations", provider: "openai", tokens: 10 }]);
  });
  it("the same path under another method is another route", () => {
    expect(ok(routes([{ method: "POST", path: "/v1/x" }, { method: "GET", path: "/v1/x" }])).routes).toHaveLength(2);
  });
});

describe("parseStateConfig: floors refused, not raised", () => {
  it("defaults follow the lease TTL and the half-life", () => {
    expect(ok(parseStateConfig(undefined, 600, 24))).toEqual({ idleSeconds: 7 * 86_400, unservedIdleSeconds: 3600 });
    expect(ok(parseStateConfig({}, 7200, 1))).toEqual({ idleSeconds: 7 * 86_400, unservedIdleSeconds: 7200 });
    // a lease TTL longer than the served default lifts the served default to its floor
    expect(ok(parseStateConfig(undefined, 86_400, 1)).idleSeconds).toBe(7 * 86_400);
  });
  it("exact floors accepted, one below refused with the floor in the message", () => {
    expect(ok(parseStateConfig({ idleSeconds: 87_000, unservedIdleSeconds: 600 }, 600, 24))).toEqual({ idleSeconds: 87_000, unservedIdleSeconds: 600 });
    const low = parseStateConfig({ idleSeconds: 86_999 }, 600, 24);
    expect(low.ok ? null : low.problem).toEqual({ field: "GUARD_POLICY.state.idleSeconds", message: "must be at least 87000 (24 h tpd window + leaseTtlSeconds)" });
    const lowU = parseStateConfig({ unservedIdleSeconds: 599 }, 600, 24);
    expect(lowU.ok ? null : lowU.problem).toEqual({ field: "GUARD_POLICY.state.unservedIdleSeconds", message: "must be at least 600 (max of leaseTtlSeconds and the 60 s rpm/tpm window)" });
    expect(field(parseStateConfig({ unservedIdleSeconds: 59 }, 10, 24))).toBe("GUARD_POLICY.state.unservedIdleSeconds");
    expect(ok(parseStateConfig({ unservedIdleSeconds: 60 }, 10, 24)).unservedIdleSeconds).toBe(60);
    // unserved can never outlive served
    expect(field(parseStateConfig({ idleSeconds: 90_000, unservedIdleSeconds: 90_001 }, 600, 24))).toBe("GUARD_POLICY.state.unservedIdleSeconds");
    expect(field(parseStateConfig({ idleSeconds: 10 * 365 * 86_400 + 1 }, 600, 24))).toBe("GUARD_POLICY.state.idleSeconds");
    expect(field(parseStateConfig(null, 600, 24))).toBe("GUARD_POLICY.state");
  });
});

describe("limit sets and overrides", () => {
  it("parseLimitSet: non-negative integers or null, known names only", () => {
    expect(ok(parseLimitSet({ rpm: 0, tpm: null, tpd: 5, concurrency: 1 }, "x"))).toEqual({ rpm: 0, tpm: null, tpd: 5, concurrency: 1 });
    expect(parseLimitSet({ rpm: -1 }, "x")).toEqual({ ok: false, problem: { field: "x.rpm", message: "must be a non-negative integer, or null for unlimited" } });
    expect(parseLimitSet({ rpm: 1.5 }, "x")).toMatchObject({ ok: false, problem: { field: "x.rpm" } });
    expect(parseLimitSet({ rpm: "5" }, "x")).toMatchObject({ ok: false, problem: { field: "x.rpm" } });
    expect(parseLimitSet({ rps: 1 }, "x")).toEqual({ ok: false, problem: { field: "x.rps", message: "unknown limit (expected one of rpm, tpm, tpd, concurrency)" } });
    for (const bad of [null, [], "x", 5]) expect(parseLimitSet(bad, "y")).toEqual({ ok: false, problem: { field: "y", message: "must be an object" } });
  });

  it("parseOverride: a tier, limits, or both; never neither", () => {
    const p = policy({ defaults: { rpm: 1 }, tiers: { pro: { rpm: 10 } } });
    expect(ok(parseOverride({ tier: "pro" }, p))).toEqual({ tier: "pro" });
    expect(ok(parseOverride({ rpm: 5 }, p))).toEqual({ limits: { rpm: 5 } });
    expect(parseOverride({}, p)).toEqual({ ok: false, problem: { field: "body", message: "names no tier, no limit and no batchGroup" } });
    expect(parseOverride([], p)).toEqual({ ok: false, problem: { field: "body", message: "must be a JSON object" } });
    expect(parseOverride({ tier: 5 }, p)).toEqual({ ok: false, problem: { field: "tier", message: "unknown tier (configured: pro)" } });
    expect(parseOverride({ tier: "toString" }, p)).toMatchObject({ ok: false, problem: { field: "tier" } });
    expect(parseOverride({ tier: "pro" }, policy({}))).toEqual({ ok: false, problem: { field: "tier", message: "unknown tier (configured: none)" } });
    expect(parseOverride({ tier: "pro", rpm: -2 }, p)).toMatchObject({ ok: false, problem: { field: "body.rpm" } });
  });

  it("resolveLimits: an unknown or inherited tier name adds nothing", () => {
    const p = policy({ defaults: { rpm: 1, tpm: 2 }, tiers: { pro: { rpm: 10 } } });
    expect(resolveLimits(p)).toEqual({ rpm: 1, tpm: 2 });
    expect(resolveLimits(p, { tier: "constructor" })).toEqual({ rpm: 1, tpm: 2 });
    expect(resolveLimits(p, { tier: "pro" })).toEqual({ rpm: 10, tpm: 2 });
    expect(resolveLimits(p, { limits: { tpm: 7 } })).toEqual({ rpm: 1, tpm: 7 });
  });
});

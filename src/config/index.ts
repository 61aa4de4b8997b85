/**
 * Environment (wrangler vars + secrets) -> typed, validated GuardConfig. Parsed once per env object
 * and cached; a bad value yields a ConfigProblem naming the field, never an exception.
 */
import { type DetectionConfig, parseDetectionConfig } from "../detect/index.ts";
import { DEFAULT_DEGRADE, type DegradeSettings } from "../proxy/degrade.ts";
import { CREDENTIAL_HEADER, parseForwardHeaders } from "../proxy/upstream.ts";
import { LIMIT_NAMES, type LimitSet, isLimitName } from "../limits/index.ts";
import { isObj } from "../policy/json.ts";
import type { HostedCalls } from "../policy/types.ts";
import { DEFAULT_LEASES, type LeaseSettings } from "../limits/lease.ts";
import { type PolicyRoute, ROUTE_METHODS, builtInRoute, validRoutePattern } from "../proxy/routes.ts";
import { DEFAULT_IMAGE_COSTS, IMAGE_TOKENS, type ImageCost } from "../proxy/request.ts";

/** Everything a request needs to know about the deployment. Units are in the field names. */
export interface GuardConfig {
  upstreamUrl: string;
  failMode: "open" | "closed";
  /** Decision log lines: `acted` (default) logs a decision that refused, throttled, degraded, failed open or failed closed; `all` also every plain allow. */
  logDecisions: "acted" | "all";
  maxBodyBytes: number;
  /** Cap on a batch upload (an OpenAI batch input file, an Anthropic message batch). */
  maxBatchBytes: number;
  doTimeoutMs: number;
  /** Believe `CF-Connecting-IP` even when the request did not come through Cloudflare's edge. */
  trustClientIpHeader: boolean;
  /** Browser origins allowed to call /v1/* (CORS_ORIGINS): exact origins, or "*" for any; empty: none. */
  corsOrigins: string[];
  /** Client headers forwarded to the origin beyond the built-in allow-list (FORWARD_HEADERS). */
  forwardHeaders: { names: string[]; prefixes: string[] };
  keySecret: string;
  adminToken: string;
  originAuthToken?: string;
  /** HMAC key of challenge puzzles: GUARD_CHALLENGE_SECRET, else derived from GUARD_KEY_SECRET. */
  challengeSecret: string;
  /** Where first challenges and blocks are reported (signed with webhookSecret), if anywhere. */
  webhook?: { url: string; secret: string };
  policy: PolicyConfig;
}

/**
 * GUARD_POLICY.models: `visibleOutput`, models whose streamed answer is every output token they
 * bill (no hidden reasoning): a stream of one cut before its usage is charged what the origin can
 * have written (streamTokensPerSecond), as an Anthropic message without thinking is, instead of its
 * cap (red team R39b-1); `runTools`, models that run tools by themselves (OpenAI's search models):
 * a stream of one cut before its usage is read on to its end, as one with tools the origin runs is
 * (red team R40-2).
 */
export interface ModelTraits {
  visibleOutput: string[];
  runTools: string[];
  /** What an image costs a model at high (or auto) and low detail, first pattern first (request.ts
   *  DEFAULT_IMAGE_COSTS; any other model IMAGE_TOKENS). */
  images: ImageCost[];
}

/** GUARD_POLICY.cacheReadShare's default: a cache read counts as a tenth of a token, what Anthropic
 *  prices it at against fresh input (0 leaves cache reads out, as Anthropic's own input-token rate
 *  limit does on most models; 1 counts every billed token). */
export const DEFAULT_CACHE_READ_SHARE = 0.1;

/**
 * GUARD_POLICY.hostedCalls' defaults: the tokens one call of a tool the origin runs counts against
 * `tpm` and `tpd`, its published per-call price (December 2026) at $4 per million tokens, a
 * mid-priced model's blend: a web search $10 per 1,000 (Anthropic; OpenAI's Responses tool on
 * reasoning models) -> 2,500; a web fetch has no per-call price -> 0; a file search $2.50 per 1,000
 * -> 625; a code interpreter container $0.03 -> 7,500. An operator whose tokens cost more or less
 * sets its own; 0 counts that kind by its tokens alone.
 */
export const DEFAULT_HOSTED_CALLS: Required<HostedCalls> = { webSearch: 2_500, webFetch: 0, fileSearch: 625, containers: 7_500 };

export const DEFAULT_MODEL_TRAITS: ModelTraits = { visibleOutput: [], runTools: ["*search*"], images: [...DEFAULT_IMAGE_COSTS] };

/** The GUARD_POLICY var: limits, tiers, reservation defaults and detection settings. */
export interface PolicyConfig {
  defaults: LimitSet;
  tiers: Record<string, LimitSet>;
  /** Completion tokens reserved when the request names no max_tokens / max_output_tokens. */
  defaultMaxOutputTokens: number;
  /** The output cap written into a background response that states none (it reserves it). */
  backgroundMaxOutputTokens: number;
  /** What a token read from the origin's prompt cache (Anthropic's `cache_read_input_tokens`)
   *  counts against `tpm` and `tpd`, 0 to 1 (limits/index.ts quotaTokens). */
  cacheReadShare: number;
  /** Tokens each call of a tool the origin runs and bills per call counts (HostedCalls; limits/index.ts quotaTokens). */
  hostedCalls: Required<HostedCalls>;
  /** How long an unsettled request holds its concurrency slot and reservation. */
  leaseTtlSeconds: number;
  /** The fastest the origin writes an answer (tokens a second): a stream cut before its usage whose
   *  answer hides nothing is charged at most this rate for as long as it ran (handler.ts settledUsage). */
  streamTokensPerSecond: number;
  /** What the guard cannot tell from a request of some models, by name (glob patterns, `*` any run). */
  models: ModelTraits;
  /** How long at most a background response holds its concurrency slot after its request answered
   *  (freed sooner when its answer is read, or it ends cancelled or failed); 0: freed at once. */
  backgroundHoldSeconds: number;
  detection: DetectionConfig;
  /** Routes the operator adds to the built-in table: counted by requests (plus a fixed token cost). */
  routes: PolicyRoute[];
  /** Detection settings of a tier that sets its own (`tiers.<name>.detection`), merged over `detection`. */
  tierDetection: Record<string, DetectionConfig>;
  /** What a `degrade` standing removes from a request. */
  degrade: DegradeSettings;
  /** The proof-of-work challenge: what a solved puzzle buys and what it costs. */
  challenge: ChallengeSettings;
  /** How long idle per-key state is kept (see src/engine/expiry.ts and docs/config.md). */
  state: StateConfig;
  /** Permit leases for hot keys, and the lag they allow (src/limits/lease.ts, docs/config.md). */
  leases: LeaseSettings;
  /**
   * Who may fetch a batch's results (`GET /v1/messages/batches/{id}/results`, `GET
   * /v1/files/{id}/content`): "owner" (default) only the key that created the batch through the
   * guard (and uploaded or was given the file), so its answers reach the key that asked; "any" key
   * (batches created before the guard was deployed; their answers then count for the fetching key).
   */
  batchResults: "owner" | "any";
}

/** GUARD_POLICY.challenge. */
export interface ChallengeSettings {
  /** A solved puzzle lets the key through for this many requests or minutes, whichever ends first. */
  passRequests: number;
  passMinutes: number;
  /** How long a puzzle may be solved in. */
  puzzleTtlSeconds: number;
  /** Difficulty (leading zero bits) for a key just over the challenge cut-off... */
  baseBits: number;
  /** ...plus one bit per doubling of the passes it bought in the last 24 h and up to 4 with its score, capped here. */
  maxBits: number;
  /** Where a challenged customer can get its key verified (shown in the challenge answer). */
  verificationUrl: string | null;
}

export const DEFAULT_CHALLENGE: ChallengeSettings = {
  passRequests: 50,
  passMinutes: 10,
  puzzleTtlSeconds: 300,
  baseBits: 12,
  maxBits: 22,
  verificationUrl: null,
};

/** GUARD_POLICY.state: idle expiry of the per-key Durable Objects' storage. */
export interface StateConfig {
  /** A key that the origin has served (2xx) forgets its limits, detection history and counters
   *  after this long without requests. At least 24 h + leaseTtlSeconds (the tpd window plus the
   *  longest unsettled reservation), so expiry never hands back quota still in force. */
  idleSeconds: number;
  /** Same for a key the origin never served (junk keys): it keeps only its limit state, and only
   *  this long. At least max(leaseTtlSeconds, 60): reservations and the rpm/tpm windows. */
  unservedIdleSeconds: number;
}

/** Served keys: 7 days = 7 half-lives of the default 24 h detection half-life (evidence < 1 %). */
export const DEFAULT_IDLE_SECONDS = 7 * 86_400;
/** Unserved keys: 1 hour (>= the default 600 s lease TTL). */
export const DEFAULT_UNSERVED_IDLE_SECONDS = 3_600;
/** Half-lives after which idle detection evidence is considered gone (2^-7 < 1 %). */
export const EVIDENCE_HALF_LIVES = 7;

export interface ConfigProblem {
  field: string;
  message: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: ConfigProblem };

const fail = (field: string, message: string): { ok: false; problem: ConfigProblem } => ({
  ok: false,
  problem: { field, message },
});

/** Limit values: non-negative integers, or null for unlimited. */
export function parseLimitSet(raw: unknown, field: string): Parsed<LimitSet> {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return fail(field, "must be an object");
  const out: LimitSet = {};
  for (const [k, v] of Object.entries(raw)) {
    if (!isLimitName(k)) {
      return fail(`${field}.${k}`, `unknown limit (expected one of ${LIMIT_NAMES.join(", ")})`);
    }
    if (v !== null && !(Number.isSafeInteger(v) && (v as number) >= 0)) {
      return fail(`${field}.${k}`, "must be a non-negative integer, or null for unlimited");
    }
    out[k as keyof LimitSet] = v as number | null;
  }
  return { ok: true, value: out };
}

function positiveInt(raw: unknown, field: string, fallback: number, max = Number.MAX_SAFE_INTEGER): Parsed<number> {
  if (raw === undefined || raw === "") return { ok: true, value: fallback };
  const n = typeof raw === "string" && /^\d+$/.test(raw.trim()) ? Number(raw) : raw;
  if (!Number.isSafeInteger(n) || (n as number) <= 0 || (n as number) > max) {
    return fail(field, `must be a positive integer${max < Number.MAX_SAFE_INTEGER ? ` up to ${max}` : ""}`);
  }
  return { ok: true, value: n as number };
}

export function parsePolicy(raw: unknown): Parsed<PolicyConfig> {
  let obj: unknown = raw ?? {};
  if (typeof obj === "string") {
    try {
      obj = JSON.parse(obj);
    } catch (e) {
      return fail("GUARD_POLICY", `is not valid JSON (${(e as Error).message})`);
    }
  }
  if (typeof obj !== "object" || obj === null || Array.isArray(obj)) return fail("GUARD_POLICY", "must be a JSON object");
  const p = obj as Record<string, unknown>;
  const known = ["defaults", "tiers", "defaultMaxOutputTokens", "backgroundMaxOutputTokens", "cacheReadShare", "hostedCalls", "leaseTtlSeconds", "streamTokensPerSecond", "models", "backgroundHoldSeconds", "detection", "routes", "degrade", "challenge", "state", "leases", "batchResults"];
  for (const k of Object.keys(p)) if (!known.includes(k)) return fail(`GUARD_POLICY.${k}`, `unknown field (expected ${known.join(", ")})`);

  const defaults = parseLimitSet(p.defaults ?? {}, "GUARD_POLICY.defaults");
  if (!defaults.ok) return defaults;
  const tiers: Record<string, LimitSet> = {};
  const tierDetectionRaw: Record<string, unknown> = {};
  if (p.tiers !== undefined) {
    if (typeof p.tiers !== "object" || p.tiers === null || Array.isArray(p.tiers)) return fail("GUARD_POLICY.tiers", "must be an object of tier name -> limits");
    for (const [name, t] of Object.entries(p.tiers)) {
      // A name like "__proto__" would set the object's prototype instead of adding a tier.
      if (!/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/.test(name)) return fail(`GUARD_POLICY.tiers.${name}`, "tier names are 1-64 characters of [A-Za-z0-9_-], starting with a letter or digit");
      // a tier may carry its own detection settings (the ladder's cut-offs, hysteresis, decay)
      const { detection: tierDet, ...limits } = (typeof t === "object" && t !== null ? t : { t }) as Record<string, unknown>;
      const lt = parseLimitSet(isObj(t) ? limits : t, `GUARD_POLICY.tiers.${name}`);
      if (!lt.ok) return lt;
      tiers[name] = lt.value;
      if (tierDet !== undefined) tierDetectionRaw[name] = tierDet;
    }
  }
  const mot = positiveInt(p.defaultMaxOutputTokens, "GUARD_POLICY.defaultMaxOutputTokens", 1024, 10_000_000);
  if (!mot.ok) return mot;
  const bmot = positiveInt(p.backgroundMaxOutputTokens, "GUARD_POLICY.backgroundMaxOutputTokens", 32_768, 10_000_000);
  if (!bmot.ok) return bmot;
  const share = p.cacheReadShare === undefined ? DEFAULT_CACHE_READ_SHARE : p.cacheReadShare;
  if (typeof share !== "number" || !Number.isFinite(share) || share < 0 || share > 1) return fail("GUARD_POLICY.cacheReadShare", "must be a number from 0 to 1");
  const hosted = parseIntFields(p.hostedCalls, "GUARD_POLICY.hostedCalls", DEFAULT_HOSTED_CALLS, { webSearch: [0, 10_000_000], webFetch: [0, 10_000_000], fileSearch: [0, 10_000_000], containers: [0, 10_000_000] });
  if (!hosted.ok) return hosted;
  const ttl = positiveInt(p.leaseTtlSeconds, "GUARD_POLICY.leaseTtlSeconds", 600, 86_400);
  if (!ttl.ok) return ttl;
  const rate = positiveInt(p.streamTokensPerSecond, "GUARD_POLICY.streamTokensPerSecond", 250, 100_000);
  if (!rate.ok) return rate;
  const models = parseModels(p.models);
  if (!models.ok) return models;
  // 0 is allowed (a background job's slot freed when its request answers, as before R13-3)
  const hold = p.backgroundHoldSeconds === 0 || p.backgroundHoldSeconds === "0" ? { ok: true as const, value: 0 } : positiveInt(p.backgroundHoldSeconds, "GUARD_POLICY.backgroundHoldSeconds", 600, 86_400);
  if (!hold.ok) return fail("GUARD_POLICY.backgroundHoldSeconds", "must be an integer from 0 to 86400");
  const det = parseDetectionConfig(p.detection);
  if (!det.ok) return fail(det.field === "detection" ? "GUARD_POLICY.detection" : `GUARD_POLICY.detection.${det.field}`, det.message);
  const routes = parseRoutes(p.routes);
  if (!routes.ok) return routes;
  const tierDetection: Record<string, DetectionConfig> = {};
  for (const [name, raw] of Object.entries(tierDetectionRaw)) {
    const td = parseDetectionConfig(raw, det.value);
    if (!td.ok) return fail(td.field === "detection" ? `GUARD_POLICY.tiers.${name}.detection` : `GUARD_POLICY.tiers.${name}.detection.${td.field}`, td.message);
    tierDetection[name] = td.value;
  }
  // maxThinkingTokens 0 turns thinking off under degrade (the API's own minimum budget is 1,024)
  const thinkingOff = typeof p.degrade === "object" && p.degrade !== null && (p.degrade as Record<string, unknown>).maxThinkingTokens === 0;
  const degradeRaw = thinkingOff ? { ...(p.degrade as Record<string, unknown>), maxThinkingTokens: 1024 } : p.degrade;
  const degrade = parseIntFields(degradeRaw, "GUARD_POLICY.degrade", DEFAULT_DEGRADE, { maxOutputTokens: [1, 1_000_000], maxThinkingTokens: [1024, 1_000_000], embeddingDimensions: [0, 100_000] });
  if (!degrade.ok) return degrade.problem.field.endsWith(".maxThinkingTokens") ? fail(degrade.problem.field, "must be 0 (thinking turned off) or an integer from 1024 to 1000000") : degrade;
  if (thinkingOff) degrade.value.maxThinkingTokens = 0;
  const challenge = parseChallenge(p.challenge);
  if (!challenge.ok) return challenge;
  // The served default follows the longest detection half-life in force (a tier may set its own).
  const halfLifeHours = Math.max(det.value.halfLifeHours, ...Object.values(tierDetection).map((d) => d.halfLifeHours));
  const state = parseStateConfig(p.state, ttl.value, halfLifeHours);
  if (!state.ok) return state;
  const leases = parseLeases(p.leases);
  if (!leases.ok) return leases;
  const batchResults = p.batchResults ?? "owner";
  if (batchResults !== "owner" && batchResults !== "any") return fail("GUARD_POLICY.batchResults", 'must be "owner" or "any"');
  return {
    ok: true,
    value: {
      defaults: defaults.value,
      tiers,
      defaultMaxOutputTokens: mot.value,
      backgroundMaxOutputTokens: bmot.value,
      cacheReadShare: share,
      hostedCalls: hosted.value,
      leaseTtlSeconds: ttl.value,
      streamTokensPerSecond: rate.value,
      models: models.value,
      backgroundHoldSeconds: hold.value,
      detection: det.value,
      routes: routes.value,
      tierDetection,
      degrade: degrade.value,
      challenge: challenge.value,
      state: state.value,
      leases: leases.value,
      batchResults,
    },
  };
}

/** A model name pattern: the characters of model names, `*` for any run of them. */
const MODEL_PATTERN = /^[A-Za-z0-9._:/@*-]{1,128}$/;

/** A FORWARD_HEADERS pattern's prefix: two name parts at least (`x-mock-`, `x-o-`, `x-trace`). */
const OWN_PREFIX = /^[a-z0-9]+(-[a-z0-9]+)+-?$/;

/** GUARD_POLICY.models: two lists of at most 64 patterns each; unknown fields refused. */
function parseModels(raw: unknown): Parsed<ModelTraits> {
  const out: ModelTraits = { visibleOutput: [...DEFAULT_MODEL_TRAITS.visibleOutput], runTools: [...DEFAULT_MODEL_TRAITS.runTools], images: [...DEFAULT_MODEL_TRAITS.images] };
  if (raw === undefined) return { ok: true, value: out };
  if (!isObj(raw)) return fail("GUARD_POLICY.models", "must be an object {visibleOutput, runTools, images}");
  for (const [k, v] of Object.entries(raw)) {
    if (k === "images") {
      const images = parseImageCosts(v);
      if (!images.ok) return images;
      out.images = images.value;
      continue;
    }
    if (k !== "visibleOutput" && k !== "runTools") return fail(`GUARD_POLICY.models.${k}`, "unknown field (expected visibleOutput, runTools, images)");
    if (!Array.isArray(v) || v.length > 64 || !v.every((x) => typeof x === "string" && MODEL_PATTERN.test(x))) {
      return fail(`GUARD_POLICY.models.${k}`, "must be a list of at most 64 model name patterns (1-128 characters of [A-Za-z0-9._:/@-], * for any run)");
    }
    out[k] = [...(v as string[])];
  }
  return { ok: true, value: out };
}

/** `models.images`: `{"<pattern>": {"image": N, "low": N}}`, at most 64, in order (replaces the default). */
function parseImageCosts(raw: unknown): Parsed<ImageCost[]> {
  const field = "GUARD_POLICY.models.images";
  if (!isObj(raw) || Object.keys(raw).length > 64) return fail(field, 'must be an object of at most 64 model name patterns -> {"image": tokens, "low": tokens}');
  const out: ImageCost[] = [];
  for (const [pattern, v] of Object.entries(raw)) {
    if (!MODEL_PATTERN.test(pattern)) return fail(`${field}.${pattern}`, "is not a model name pattern (1-128 characters of [A-Za-z0-9._:/@-], * for any run)");
    const costs = parseIntFields(v, `${field}.${pattern}`, { image: IMAGE_TOKENS, low: IMAGE_TOKENS }, { image: [1, 1_000_000], low: [1, 1_000_000] });
    if (!costs.ok) return costs;
    out.push({ pattern, ...costs.value });
  }
  return { ok: true, value: out };
}

/**
 * GUARD_POLICY.leases: `enabled` (boolean) and integer bounds; unknown fields refused. maxRequests
 * and maxMs bound how long a standing change (throttle, challenge, block, deny list, override,
 * verification) can take to reach an isolate holding permits.
 */
function parseLeases(raw: unknown): Parsed<LeaseSettings> {
  const field = "GUARD_POLICY.leases";
  if (raw === undefined) return { ok: true, value: { ...DEFAULT_LEASES } };
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return fail(field, "must be an object");
  const { enabled, ...rest } = raw as Record<string, unknown>;
  if (enabled !== undefined && typeof enabled !== "boolean") return fail(`${field}.enabled`, "must be true or false");
  const ints = parseIntFields(rest, field, DEFAULT_LEASES, {
    maxRequests: [1, 10_000],
    maxMs: [50, 10_000],
    minRatePerSecond: [1, 1_000_000],
    flushMs: [10, 5_000],
    sharePercent: [1, 50],
    backoffMs: [10, 5_000],
    settleDeferMs: [0, 10_000],
    linkBatchMs: [0, 5_000],
  });
  if (!ints.ok) return ints.problem.message.startsWith("unknown field") ? fail(ints.problem.field, `unknown field (expected enabled, ${ints.problem.message.slice("unknown field (expected ".length)}`) : ints;
  if (ints.value.flushMs > ints.value.maxMs) return fail(`${field}.flushMs`, "must be at most maxMs");
  return { ok: true, value: { ...ints.value, enabled: enabled ?? DEFAULT_LEASES.enabled } };
}

/** An object of integer fields, each in [min, max], over defaults; unknown fields refused. */
function parseIntFields<T extends object>(raw: unknown, field: string, defaults: T, ranges: Record<string, [number, number]>): Parsed<T> {
  if (raw === undefined) return { ok: true, value: { ...defaults } };
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return fail(field, "must be an object");
  const out = { ...defaults } as Record<string, unknown>;
  for (const [k, v] of Object.entries(raw)) {
    const range = Object.hasOwn(ranges, k) ? ranges[k] : undefined;
    if (!range) return fail(`${field}.${k}`, `unknown field (expected ${Object.keys(ranges).join(", ")})`);
    if (!Number.isSafeInteger(v) || (v as number) < range[0] || (v as number) > range[1]) return fail(`${field}.${k}`, `must be an integer from ${range[0]} to ${range[1]}`);
    out[k] = v;
  }
  return { ok: true, value: out as T };
}

function parseChallenge(raw: unknown): Parsed<ChallengeSettings> {
  if (raw === undefined) return { ok: true, value: { ...DEFAULT_CHALLENGE } };
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return fail("GUARD_POLICY.challenge", "must be an object");
  const { verificationUrl, ...rest } = raw as Record<string, unknown>;
  const ints = parseIntFields(rest, "GUARD_POLICY.challenge", DEFAULT_CHALLENGE, {
    passRequests: [1, 100_000],
    passMinutes: [1, 24 * 60],
    puzzleTtlSeconds: [10, 3600],
    baseBits: [0, 30],
    maxBits: [0, 30],
  });
  if (!ints.ok) return ints;
  if (ints.value.maxBits < ints.value.baseBits) return fail("GUARD_POLICY.challenge.maxBits", "must be at least baseBits");
  if (verificationUrl !== undefined && verificationUrl !== null) {
    const u = typeof verificationUrl === "string" && URL.canParse(verificationUrl) ? new URL(verificationUrl) : undefined;
    if (!u || u.protocol !== "https:") return fail("GUARD_POLICY.challenge.verificationUrl", "must be an https URL");
    ints.value.verificationUrl = u.href;
  }
  return ints;
}

/**
 * GUARD_POLICY.routes: `[{"method": "POST", "path": "/v1/images/generations", "provider": "openai",
 * "tokens": 4000}]`. Each becomes a free route (key, lists, standing, one request, `tokens`
 * charged); a built-in route cannot be redefined, but one an operator had to add before the
 * guard served it as a free route (`POST /v1/responses/input_tokens`) is accepted and left to the
 * built-in route, so that a deployment that added it keeps working.
 */
function parseRoutes(raw: unknown): Parsed<PolicyRoute[]> {
  if (raw === undefined) return { ok: true, value: [] };
  if (!Array.isArray(raw)) return fail("GUARD_POLICY.routes", "must be an array of {method, path, provider, tokens}");
  const out: PolicyRoute[] = [];
  for (const [i, r] of raw.entries()) {
    const f = `GUARD_POLICY.routes[${i}]`;
    if (typeof r !== "object" || r === null || Array.isArray(r)) return fail(f, "must be an object {method, path, provider, tokens}");
    const { method, path, provider = "openai", tokens = 0, ...rest } = r as Record<string, unknown>;
    const extra = Object.keys(rest)[0];
    if (extra !== undefined) return fail(`${f}.${extra}`, "unknown field (expected method, path, provider, tokens)");
    if (typeof method !== "string" || !(ROUTE_METHODS as readonly string[]).includes(method)) return fail(`${f}.method`, `must be one of ${ROUTE_METHODS.join(", ")}`);
    if (typeof path !== "string" || !validRoutePattern(path)) {
      return fail(`${f}.path`, "must be a canonical path under /v1/ (segments of [A-Za-z0-9._~:-], or {id})");
    }
    if (provider !== "openai" && provider !== "anthropic") return fail(`${f}.provider`, 'must be "openai" or "anthropic"');
    if (!Number.isSafeInteger(tokens) || (tokens as number) < 0) return fail(`${f}.tokens`, "must be a non-negative integer");
    const builtIn = builtInRoute(method, path);
    if (builtIn?.kind === "free" && builtIn.provider === provider) continue;
    if (builtIn !== undefined || out.some((o) => o.method === method && o.path === path)) {
      return fail(`${f}.path`, `${method} ${path} is already a route`);
    }
    out.push({ method, path, provider, tokens: tokens as number });
  }
  return { ok: true, value: out };
}

/**
 * GUARD_POLICY.state. Floors are refused rather than silently raised: an idle TTL shorter than a
 * limit window would hand quota back early. The served default grows with a longer detection
 * half-life (EVIDENCE_HALF_LIVES of it) so raising halfLifeHours alone does not cut history short.
 */
export function parseStateConfig(raw: unknown, leaseTtlSeconds: number, halfLifeHours: number): Parsed<StateConfig> {
  const field = "GUARD_POLICY.state";
  if (raw !== undefined && (typeof raw !== "object" || raw === null || Array.isArray(raw))) return fail(field, "must be an object");
  const o = (raw ?? {}) as Record<string, unknown>;
  const known = ["idleSeconds", "unservedIdleSeconds"];
  for (const k of Object.keys(o)) if (!known.includes(k)) return fail(`${field}.${k}`, `unknown field (expected ${known.join(", ")})`);
  const servedFloor = 86_400 + leaseTtlSeconds;
  const servedDefault = Math.max(DEFAULT_IDLE_SECONDS, servedFloor, Math.ceil(EVIDENCE_HALF_LIVES * halfLifeHours * 3600));
  const idle = positiveInt(o.idleSeconds, `${field}.idleSeconds`, servedDefault, 10 * 365 * 86_400);
  if (!idle.ok) return idle;
  if (idle.value < servedFloor) {
    return fail(`${field}.idleSeconds`, `must be at least ${servedFloor} (24 h tpd window + leaseTtlSeconds)`);
  }
  const unservedFloor = Math.max(60, leaseTtlSeconds);
  const unserved = positiveInt(o.unservedIdleSeconds, `${field}.unservedIdleSeconds`, Math.max(DEFAULT_UNSERVED_IDLE_SECONDS, unservedFloor), idle.value);
  if (!unserved.ok) return unserved;
  if (unserved.value < unservedFloor) {
    return fail(`${field}.unservedIdleSeconds`, `must be at least ${unservedFloor} (max of leaseTtlSeconds and the 60 s rpm/tpm window)`);
  }
  return { ok: true, value: { idleSeconds: idle.value, unservedIdleSeconds: unserved.value } };
}

/** The raw environment as wrangler hands it over (vars may arrive as strings or JSON values). */
export type RawEnv = Record<string, unknown>;

function requiredSecret(env: RawEnv, name: string, minLength: number): Parsed<string> {
  const v = env[name];
  if (typeof v !== "string" || v.length === 0) return fail(name, "is not set (wrangler secret put " + name + ")");
  if (v.length < minLength) return fail(name, `must be at least ${minLength} characters`);
  return { ok: true, value: v };
}

/** CORS_ORIGINS: comma-separated origins (`https://app.example.com`, scheme, host and port only) or `*`. */
function parseCorsOrigins(raw: unknown): Parsed<string[]> {
  if (raw === undefined || raw === "") return { ok: true, value: [] };
  if (typeof raw !== "string") return fail("CORS_ORIGINS", "must be a comma-separated list of origins, or *");
  const out: string[] = [];
  for (const o of raw.split(",").map((x) => x.trim()).filter((x) => x !== "")) {
    if (o === "*") {
      out.push(o);
      continue;
    }
    const u = URL.canParse(o) ? new URL(o) : undefined;
    if (!u || !/^https?:$/.test(u.protocol) || u.origin !== o) return fail("CORS_ORIGINS", `${JSON.stringify(o)} is not an origin (scheme://host[:port], no path or trailing slash)`);
    out.push(o);
  }
  return { ok: true, value: out };
}

export function parseConfig(env: RawEnv): Parsed<GuardConfig> {
  const up = env.UPSTREAM_URL;
  if (typeof up !== "string" || up === "") return fail("UPSTREAM_URL", "is not set");
  let url: URL;
  try {
    url = new URL(up);
  } catch {
    return fail("UPSTREAM_URL", "is not a valid URL");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return fail("UPSTREAM_URL", "must be an http(s) URL");
  const failMode = env.FAIL_MODE ?? "open";
  if (failMode !== "open" && failMode !== "closed") return fail("FAIL_MODE", 'must be "open" or "closed"');
  const logDecisions = env.LOG_DECISIONS ?? "acted";
  if (logDecisions !== "acted" && logDecisions !== "all") return fail("LOG_DECISIONS", 'must be "acted" or "all"');
  const maxBody = positiveInt(env.MAX_BODY_BYTES, "MAX_BODY_BYTES", 8 * 1_048_576, 100 * 1_048_576);
  if (!maxBody.ok) return maxBody;
  const maxBatch = positiveInt(env.MAX_BATCH_BYTES, "MAX_BATCH_BYTES", 32 * 1_048_576, 100 * 1_048_576);
  if (!maxBatch.ok) return maxBatch;
  if (env.FORWARD_HEADERS !== undefined && (typeof env.FORWARD_HEADERS !== "string" || !/^[\sA-Za-z0-9*,-]*$/.test(env.FORWARD_HEADERS))) {
    return fail("FORWARD_HEADERS", "must be a comma-separated list of header names or prefix* patterns");
  }
  // a credential header named outright is a mistake to say so (a pattern that also matches one, such
  // as "x-*", forwards the others: credentials are dropped whatever it says, red team R89-2)
  const forwarded = parseForwardHeaders(env.FORWARD_HEADERS);
  const credential = forwarded.names.find((n) => CREDENTIAL_HEADER.test(n));
  if (credential !== undefined) {
    return fail("FORWARD_HEADERS", `names "${credential}", a credential header: the origin receives only the metered key (and ORIGIN_AUTH_TOKEN), never another credential`);
  }
  // a pattern names the operator's own headers (x-trace-*, x-mock-*): one as wide as * or x-* would
  // forward whatever a client or a proxy sets, identities and credentials under names no rule knows
  // (red team R90-4)
  const wide = forwarded.prefixes.find((p) => !OWN_PREFIX.test(p));
  if (wide !== undefined) {
    return fail("FORWARD_HEADERS", `"${wide}*" is wider than one namespace: a pattern needs at least two name parts before its * (x-trace-*, x-mock-*)`);
  }
  const cors = parseCorsOrigins(env.CORS_ORIGINS);
  if (!cors.ok) return cors;
  const trustIp = env.TRUST_CLIENT_IP_HEADER ?? "false";
  if (trustIp !== "true" && trustIp !== "false" && trustIp !== true && trustIp !== false) return fail("TRUST_CLIENT_IP_HEADER", 'must be "true" or "false"');
  const timeout = positiveInt(env.DO_TIMEOUT_MS, "DO_TIMEOUT_MS", 2000, 60_000);
  if (!timeout.ok) return timeout;
  const keySecret = requiredSecret(env, "GUARD_KEY_SECRET", 16);
  if (!keySecret.ok) return keySecret;
  const adminToken = requiredSecret(env, "GUARD_ADMIN_TOKEN", 8);
  if (!adminToken.ok) return adminToken;
  const policy = parsePolicy(env.GUARD_POLICY);
  if (!policy.ok) return policy;
  const originAuth = env.ORIGIN_AUTH_TOKEN;
  const chal = env.GUARD_CHALLENGE_SECRET;
  if (chal !== undefined && (typeof chal !== "string" || chal.length < 16)) return fail("GUARD_CHALLENGE_SECRET", "must be at least 16 characters");
  let webhook: GuardConfig["webhook"];
  if (env.WEBHOOK_URL !== undefined && env.WEBHOOK_URL !== "") {
    const w = env.WEBHOOK_URL;
    if (typeof w !== "string" || !URL.canParse(w) || !/^https?:$/.test(new URL(w).protocol)) return fail("WEBHOOK_URL", "must be an http(s) URL");
    const ws = requiredSecret(env, "WEBHOOK_SECRET", 16);
    if (!ws.ok) return ws;
    webhook = { url: w, secret: ws.value };
  }
  return {
    ok: true,
    value: {
      upstreamUrl: url.href.replace(/\/+$/, ""),
      failMode,
      logDecisions,
      maxBodyBytes: maxBody.value,
      maxBatchBytes: maxBatch.value,
      doTimeoutMs: timeout.value,
      trustClientIpHeader: trustIp === "true" || trustIp === true,
      corsOrigins: cors.value,
      forwardHeaders: parseForwardHeaders(typeof env.FORWARD_HEADERS === "string" ? env.FORWARD_HEADERS : undefined),
      keySecret: keySecret.value,
      adminToken: adminToken.value,
      originAuthToken: typeof originAuth === "string" && originAuth !== "" ? originAuth : undefined,
      challengeSecret: typeof chal === "string" ? chal : `${keySecret.value}\u0000challenge`,
      webhook,
      policy: policy.value,
    },
  };
}

const cache = new WeakMap<object, Parsed<GuardConfig>>();

/** parseConfig, memoised per env object (the runtime hands the same env to every request). */
export function loadConfig(env: RawEnv): Parsed<GuardConfig> {
  let c = cache.get(env);
  if (!c) {
    c = parseConfig(env);
    cache.set(env, c);
  }
  return c;
}

/** Detection settings for a key: its tier's own, else the policy's. */
export function resolveDetection(policy: PolicyConfig, override?: KeyOverride): DetectionConfig {
  const t = override?.tier;
  return t && Object.hasOwn(policy.tierDetection, t) ? policy.tierDetection[t]! : policy.detection;
}

/** Limits for a key: defaults, then its tier, then its own overrides (later wins per field). */
export function resolveLimits(policy: PolicyConfig, override?: KeyOverride): LimitSet {
  const tier = override?.tier && Object.hasOwn(policy.tiers, override.tier) ? policy.tiers[override.tier] : undefined;
  return { ...policy.defaults, ...(tier ?? {}), ...(override?.limits ?? {}) };
}

/** Per-key overrides set through the admin API and kept in the key's Durable Object. */
export interface KeyOverride {
  tier?: string;
  limits?: LimitSet;
  /**
   * The key's batch group (red team R9-5): keys of one customer the operator put in the same
   * group may fetch each other's batch results under `batchResults: "owner"` (a rotated key, a
   * submitter and a collector service). Only the admin API sets it: a client cannot claim one.
   */
  batchGroup?: string;
}

/** A batch group's name: 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit. */
export const BATCH_GROUP_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

export function validBatchGroup(x: unknown): x is string {
  return typeof x === "string" && BATCH_GROUP_PATTERN.test(x);
}

/** Validate an admin override body against the policy (tier must exist). */
export function parseOverride(raw: unknown, policy: PolicyConfig): Parsed<KeyOverride> {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return fail("body", "must be a JSON object");
  const { tier, batchGroup, ...rest } = raw as Record<string, unknown>;
  const out: KeyOverride = {};
  if (batchGroup !== undefined) {
    if (!validBatchGroup(batchGroup)) return fail("batchGroup", "must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit");
    out.batchGroup = batchGroup;
  }
  if (tier !== undefined) {
    if (typeof tier !== "string" || !Object.hasOwn(policy.tiers, tier)) {
      return fail("tier", `unknown tier (configured: ${Object.keys(policy.tiers).join(", ") || "none"})`);
    }
    out.tier = tier;
  }
  const limits = parseLimitSet(rest, "body");
  if (!limits.ok) return limits;
  if (Object.keys(limits.value).length > 0) out.limits = limits.value;
  if (out.tier === undefined && out.limits === undefined && out.batchGroup === undefined) return fail("body", "names no tier, no limit and no batchGroup");
  return { ok: true, value: out };
}

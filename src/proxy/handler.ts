/**
 * The proxy: identify the key, check the body, ask the key's Durable Object for a decision (one
 * call), then either answer the refusal in the provider's shape or stream the origin's answer
 * through the usage tap and settle the real usage afterwards.
 */
import type { Context } from "hono";
import type { GuardConfig } from "../config/index.ts";
import { extractSignals, type RequestSignals } from "../detect/index.ts";
import type { Decision } from "../engine/key-engine.ts";
import type { Env } from "../env.ts";
import { extractKey, keyIdFor } from "../identity/index.ts";
import { logEvent } from "../observability/log.ts";
import type { NetMeta, Provider, Usage } from "../policy/types.ts";
import { GuardError, errorResponse } from "./errors.ts";
import { rateLimitHeaders, retryHeaders } from "./ratelimit-headers.ts";
import { CHARS_PER_TOKEN, type PreparedRequest, prepare, promptTokenEstimate, readBody } from "./request.ts";
import { type MeteredRoute, routeFor } from "./routes.ts";
import { clientResponseHeaders, callUpstream, upstreamRequestHeaders } from "./upstream.ts";
import { tapBody } from "./usage.ts";

export type AppEnv = { Bindings: Env; Variables: { config: GuardConfig } };

/** JSON answers are copied aside up to this size to read `usage`; larger ones settle on the estimate. */
const MAX_TAPPED_JSON_BYTES = 8 * 1024 * 1024;

function netMeta(req: Request): NetMeta {
  const cf = (req as Request & { cf?: { asn?: unknown; country?: unknown } }).cf;
  return {
    ip: req.headers.get("cf-connecting-ip") ?? undefined,
    asn: typeof cf?.asn === "number" ? cf.asn : undefined,
    country: typeof cf?.country === "string" ? cf.country : undefined,
  };
}

/** Run `p`, or reject after `ms` (the Durable Object call must not hang a request). */
function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let t: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    t = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(t));
}

function refusal(provider: Provider, d: Decision): Response {
  const h = rateLimitHeaders(d.reports);
  if (d.cause === "denylist" || (d.action === "block" && d.enforced && d.cause === "detection")) {
    h.set("x-should-retry", "false");
    return errorResponse(provider, "access_blocked", "Access for this API key has been blocked. Contact the API provider.", { headers: h });
  }
  if (d.action === "challenge" && d.enforced && d.cause === "detection") {
    h.set("x-should-retry", "false");
    return errorResponse(provider, "challenge_required", "This API key must complete a challenge before it can continue.", { headers: h });
  }
  retryHeaders(d.retryAfterMs, h);
  if (d.cause === "too_large") {
    return errorResponse(provider, "request_too_large", "Request too large: it needs more tokens than this key's limit allows.", { headers: h });
  }
  const which = d.cause === "concurrency" ? "concurrent requests" : d.cause === "rpm" ? "requests per minute" : d.cause === "tpm" ? "tokens per minute" : "tokens per day";
  const wait = Number.isFinite(d.retryAfterMs ?? 0) ? ` Retry after ${Math.ceil((d.retryAfterMs ?? 0) / 1000)} s.` : "";
  return errorResponse(provider, "rate_limit_exceeded", `Rate limit reached for ${which}.${wait}`, { headers: h });
}

export async function proxyHandler(c: Context<AppEnv>): Promise<Response> {
  const req = c.req.raw;
  const url = new URL(req.url);
  const cfg = c.get("config");
  const route = routeFor(url.pathname);
  if (!route) throw new GuardError("not_found", `Unknown route: ${req.method} ${url.pathname}`);
  if (route.kind === "other") return passThrough(req, url, cfg);
  if (req.method !== "POST") {
    throw new GuardError("method_not_allowed", `Method ${req.method} is not allowed on ${url.pathname}; use POST.`, { headers: { Allow: "POST" } });
  }
  return metered(c, req, url, cfg, route);
}

async function passThrough(req: Request, url: URL, cfg: GuardConfig): Promise<Response> {
  const res = await callUpstream({
    upstreamUrl: cfg.upstreamUrl,
    path: url.pathname,
    search: url.search,
    method: req.method,
    headers: upstreamRequestHeaders(req.headers, cfg.originAuthToken),
    body: req.body,
  }).catch((e) => {
    logEvent({ evt: "upstream_error", path: url.pathname, error: String(e) });
    throw new GuardError("upstream_unavailable", "The upstream API could not be reached.");
  });
  return new Response(res.body, { status: res.status, statusText: res.statusText, headers: clientResponseHeaders(res.headers) });
}

async function metered(
  c: Context<AppEnv>,
  req: Request,
  url: URL,
  cfg: GuardConfig,
  route: MeteredRoute,
): Promise<Response> {
  const started = Date.now();
  const key = extractKey(req.headers);
  if (!key.ok) {
    const msg =
      key.reason === "missing"
        ? "Missing API key: send it as 'Authorization: Bearer <key>' or 'x-api-key: <key>'."
        : key.reason === "empty"
          ? "Empty API key."
          : "Malformed API key header.";
    throw new GuardError(key.reason === "missing" ? "missing_api_key" : "invalid_api_key", msg);
  }
  // The body must parse as JSON whatever Content-Type says (curl -d sends form-urlencoded).
  const bytes = await readBody(req, cfg.maxBodyBytes);
  const prep = prepare(route.kind, bytes, cfg.policy.defaultMaxOutputTokens);
  const keyId = await keyIdFor(key.key, cfg.keySecret);
  const requestId = crypto.randomUUID();

  let signals: RequestSignals | undefined;
  if (cfg.policy.detection.mode !== "off") {
    try {
      signals = extractSignals(prep.view, netMeta(req));
    } catch (e) {
      // Detection must never break serving: record and go on without signals.
      logEvent({ evt: "detect_error", keyId, error: String(e) });
    }
  }

  const stub = c.env.KEY_GUARD.getByName(keyId);
  let decision: Decision | undefined;
  try {
    decision = await withTimeout(
      stub.admit(cfg.policy, { keyId, requestId, route: route.kind, reservedTokens: prep.reservedTokens, signals }) as Promise<Decision>,
      cfg.doTimeoutMs,
    );
  } catch (e) {
    logEvent({ evt: "decision", keyId, route: route.kind, action: "allow", served: cfg.failMode === "open", failed: cfg.failMode === "open" ? "open" : "closed", error: String(e) });
    if (cfg.failMode === "closed") {
      throw new GuardError("guard_unavailable", "The rate-limit service is temporarily unavailable; please retry.", { headers: { "Retry-After": "1" } });
    }
  }
  if (decision) {
    logEvent({
      evt: "decision",
      keyId,
      route: route.kind,
      action: decision.action,
      served: decision.served,
      enforced: decision.enforced,
      cause: decision.cause,
      score: Math.round(decision.score * 1000) / 1000,
      ms: Date.now() - started,
    });
    if (!decision.served) return refusal(route.provider, decision);
  }

  const settleWith = (usage: Usage) => {
    if (!decision?.leaseId) return Promise.resolve();
    return (stub.settle(cfg.policy, { leaseId: decision.leaseId, reservedTokens: decision.reservedTokens, usage }) as Promise<void>).catch((e) =>
      logEvent({ evt: "settle_failed", keyId, error: String(e) }),
    );
  };

  let upstream: Response;
  try {
    upstream = await callUpstream({
      upstreamUrl: cfg.upstreamUrl,
      path: url.pathname,
      search: url.search,
      method: "POST",
      headers: upstreamRequestHeaders(req.headers, cfg.originAuthToken),
      body: prep.rewrittenBody ?? bytes,
    });
  } catch (e) {
    logEvent({ evt: "upstream_error", keyId, route: route.kind, error: String(e) });
    c.executionCtx.waitUntil(settleWith({ promptTokens: 0, completionTokens: 0 }));
    throw new GuardError("upstream_unavailable", "The upstream API could not be reached.");
  }

  const headers = clientResponseHeaders(upstream.headers);
  if (decision) rateLimitHeaders(decision.reports, headers);
  if (!upstream.body) {
    c.executionCtx.waitUntil(settleWith({ promptTokens: 0, completionTokens: 0 }));
    return new Response(null, { status: upstream.status, statusText: upstream.statusText, headers });
  }
  const sse = (upstream.headers.get("content-type") ?? "").includes("text/event-stream");
  const tap = tapBody(upstream.body, {
    provider: route.provider,
    kind: route.kind,
    sse,
    hideUsageChunk: sse && prep.hideUsageChunk,
    maxJsonBytes: MAX_TAPPED_JSON_BYTES,
  });
  c.executionCtx.waitUntil(tap.done.then((r) => settleWith(settledUsage(r, upstream.ok, prep))));
  return new Response(tap.stream, { status: upstream.status, statusText: upstream.statusText, headers });
}

/** Usage to settle: the origin's figures, else an estimate; an origin error costs nothing. */
export function settledUsage(
  r: { usage?: Usage; streamedChars: number; outcome: string },
  ok: boolean,
  prep: Pick<PreparedRequest, "reservedTokens" | "view" | "stream">,
): Usage {
  if (r.usage) return r.usage;
  if (!ok) return { promptTokens: 0, completionTokens: 0 };
  const promptTokens = promptTokenEstimate(prep.view);
  // A stream cut short (client gone) is charged for what was streamed; a complete answer without
  // usage keeps its whole reservation (we cannot know better, and must not undercharge).
  if (prep.stream) return { promptTokens, completionTokens: Math.ceil(r.streamedChars / CHARS_PER_TOKEN) };
  return { promptTokens, completionTokens: Math.max(0, prep.reservedTokens - promptTokens) };
}

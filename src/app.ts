/**
 * The hono app: configuration check, admin routes, the proxy, and one error handler that turns
 * every failure into a provider-shaped JSON error (never a stack trace).
 */
import { Hono } from "hono/tiny";
import { cors } from "hono/cors";
import { adminApp } from "./admin/index.ts";
import { loadConfig } from "./config/index.ts";
import { logEvent, safeError } from "./observability/log.ts";
import { GuardError, errorResponse } from "./proxy/errors.ts";
import { type AppEnv, proxyHandler } from "./proxy/handler.ts";
import { canonicalPathProblem, providerFromHeaders, providerOfPath } from "./proxy/routes.ts";
import type { Provider } from "./policy/types.ts";

/** What a page may read of an answer beyond the basic headers: the puzzle, the standing, the limits. */
const CORS_EXPOSED = [
  "x-guard-challenge", "x-guard-policy", "x-should-retry", "retry-after", "retry-after-ms", "ratelimit", "ratelimit-policy",
  "x-ratelimit-limit-requests", "x-ratelimit-limit-tokens", "x-ratelimit-remaining-requests", "x-ratelimit-remaining-tokens",
  "x-ratelimit-reset-requests", "x-ratelimit-reset-tokens", "x-request-id", "request-id",
  // Anthropic's own fields, written on its routes (ratelimit-headers.ts; red team R89-6)
  ...["requests", "tokens"].flatMap((w) => ["limit", "remaining", "reset"].map((f) => `anthropic-ratelimit-${w}-${f}`)),
];

function providerOf(req: Request): Provider {
  const path = new URL(req.url).pathname;
  return providerOfPath(path) ?? providerFromHeaders(req.headers);
}

export function buildApp(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  // Routing (here and at the origin) sees only canonical paths: no escapes, no empty segments, no
  // ';' parameters, so no spelling of a path can reach the origin unmetered (or /admin unchecked).
  app.use("*", async function canonicalPath(c, next) {
    const problem = canonicalPathProblem(new URL(c.req.url).pathname);
    if (problem) throw new GuardError("invalid_request", `Request path is not in canonical form: ${problem}.`);
    await next();
  });

  app.use("*", async function config(c, next) {
    const parsed = loadConfig(c.env as unknown as Record<string, unknown>);
    if (!parsed.ok) {
      const { field, message } = parsed.problem;
      logEvent({ evt: "guard_misconfigured", field, message });
      return errorResponse(providerOf(c.req.raw), "guard_misconfigured", `Guard misconfigured: ${field} ${message}.`, { param: field });
    }
    c.set("config", parsed.value);
    await next();
  });

  // Browser pages on the origins CORS_ORIGINS names may call the API (red team R41-3: a preflight
  // answered 405 and no Access-Control-* header, so a page on another origin could not send a
  // request, nor read a puzzle to solve). Off unless set; never for /admin; no credentials (keys
  // travel in headers).
  app.use("/v1/*", async function corsFor(c, next) {
    const origins = c.get("config").corsOrigins;
    if (origins.length === 0) return next();
    return cors({
      origin: (o) => (origins.includes("*") ? "*" : origins.includes(o) ? o : null),
      allowMethods: ["GET", "POST", "DELETE"],
      exposeHeaders: CORS_EXPOSED,
      maxAge: 600,
    })(c, next);
  });

  app.route("/admin", adminApp());
  app.all("/v1/*", proxyHandler);

  app.notFound((c) => errorResponse(providerOf(c.req.raw), "not_found", `Unknown route: ${c.req.method} ${new URL(c.req.url).pathname}`));

  app.onError(function onError(err, c) {
    if (err instanceof GuardError) {
      if (err.code === "client_closed") logEvent({ evt: "client_abort", path: new URL(c.req.url).pathname });
      return errorResponse(providerOf(c.req.raw), err.code, err.message, { param: err.param, headers: err.headers });
    }
    // A bug: log what it was (no request data), answer a generic 500 in the provider's shape.
    logEvent({ evt: "internal_error", error: safeError(err), path: new URL(c.req.url).pathname });
    return errorResponse(providerOf(c.req.raw), "internal_error", "Internal guard error.");
  });

  return app;
}

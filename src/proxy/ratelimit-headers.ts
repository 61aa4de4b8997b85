/**
 * Rate-limit headers on every metered answer: the IETF draft fields (RateLimit-Policy, RateLimit;
 * draft-ietf-httpapi-ratelimit-headers), OpenAI's familiar x-ratelimit-*, and on refusals
 * Retry-After (seconds) plus retry-after-ms, which the official clients honour exactly.
 */
import type { LimitReport } from "../limits/index.ts";

/** "6m0s" style durations, as OpenAI's x-ratelimit-reset-* use. */
export function goDuration(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const r = s % 60;
  return (h ? `${h}h` : "") + (h || m ? `${m}m` : "") + `${r}s`;
}

/**
 * The key's limits as headers. With `anthropicAt` (now, epoch ms: an Anthropic route) also in
 * Anthropic's own fields, which its clients pace on (`anthropic-ratelimit-requests-*` and
 * `-tokens-*`, reset as an RFC 3339 time): the origin's figures describe the provider's whole
 * account and are never passed on (upstream.ts clientResponseHeaders; red team R85-3).
 */
export function rateLimitHeaders(reports: readonly LimitReport[], h: Headers = new Headers(), anthropicAt?: number): Headers {
  if (reports.length === 0) return h;
  h.set(
    "RateLimit-Policy",
    reports.map((r) => `"${r.name}";q=${r.quota}${r.windowSeconds ? `;w=${r.windowSeconds}` : ""}`).join(", "),
  );
  h.set("RateLimit", reports.map((r) => `"${r.name}";r=${r.remaining};t=${r.resetSeconds}`).join(", "));
  const rpm = reports.find((r) => r.name === "rpm");
  const tpm = reports.find((r) => r.name === "tpm");
  if (rpm) {
    h.set("x-ratelimit-limit-requests", String(rpm.quota));
    h.set("x-ratelimit-remaining-requests", String(rpm.remaining));
    h.set("x-ratelimit-reset-requests", goDuration(rpm.resetSeconds));
  }
  if (tpm) {
    h.set("x-ratelimit-limit-tokens", String(tpm.quota));
    h.set("x-ratelimit-remaining-tokens", String(tpm.remaining));
    h.set("x-ratelimit-reset-tokens", goDuration(tpm.resetSeconds));
  }
  if (anthropicAt !== undefined) {
    for (const [r, what] of [[rpm, "requests"], [tpm, "tokens"]] as const) {
      if (!r) continue;
      h.set(`anthropic-ratelimit-${what}-limit`, String(r.quota));
      h.set(`anthropic-ratelimit-${what}-remaining`, String(r.remaining));
      h.set(`anthropic-ratelimit-${what}-reset`, new Date(anthropicAt + Math.ceil(r.resetSeconds) * 1000).toISOString().replace(/\.\d{3}Z$/, "Z"));
    }
  }
  return h;
}

/** Retry-After / retry-after-ms for a refusal; a wait that can never succeed says so instead. */
export function retryHeaders(retryAfterMs: number | undefined, h: Headers): Headers {
  if (retryAfterMs === undefined || !Number.isFinite(retryAfterMs)) {
    h.set("x-should-retry", "false");
    return h;
  }
  h.set("Retry-After", String(Math.max(1, Math.ceil(retryAfterMs / 1000))));
  h.set("retry-after-ms", String(Math.max(1, Math.ceil(retryAfterMs))));
  return h;
}

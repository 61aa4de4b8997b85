/** Which paths the guard meters, and which provider's wire shapes each one speaks. */
import type { Provider, RouteKind } from "../policy/types.ts";

/** Metered routes take a JSON body, admit against limits and settle usage; `other` passes through. */
export type MeteredKind = Exclude<RouteKind, "other">;

export interface MeteredRoute {
  kind: MeteredKind;
  provider: Provider;
}

/** A route the guard serves: metered, or passed through (`other`). */
export type RouteInfo = MeteredRoute | { kind: "other"; provider: Provider };

const METERED: Record<string, MeteredRoute> = {
  "/v1/chat/completions": { kind: "chat", provider: "openai" },
  "/v1/completions": { kind: "completions", provider: "openai" },
  "/v1/responses": { kind: "responses", provider: "openai" },
  "/v1/embeddings": { kind: "embeddings", provider: "openai" },
  "/v1/messages": { kind: "messages", provider: "anthropic" },
};

/**
 * The route of a path, or undefined when the guard does not serve it. Metered paths are matched
 * exactly (a trailing slash is tolerated); any other `/v1/...` path is passed through, answered in
 * the shape of the provider that owns it (`/v1/messages/...` is Anthropic's, e.g. count_tokens).
 */
export function routeFor(pathname: string): RouteInfo | undefined {
  const p = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
  const m = METERED[p];
  if (m) return m;
  if (p.startsWith("/v1/")) {
    return { kind: "other", provider: p.startsWith("/v1/messages/") ? "anthropic" : "openai" };
  }
  return undefined;
}

/** The provider whose error shape fits a request that matched no route (guess from headers). */
export function providerFromHeaders(headers: Headers): Provider {
  return headers.has("anthropic-version") || (headers.has("x-api-key") && !headers.has("authorization")) ? "anthropic" : "openai";
}

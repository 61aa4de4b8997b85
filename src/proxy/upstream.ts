/**
 * The call to the origin, after hono's helper/proxy: hop-by-hop headers dropped both ways,
 * content-encoding/length dropped from the answer (the runtime already decoded it), and the body
 * handed on as a stream. The client's credential goes to the origin unchanged.
 */

/** Hop-by-hop headers (RFC 9110 7.6.1) plus ones the edge sets itself. */
const HOP_BY_HOP = [
  "connection",
  "keep-alive",
  "proxy-authenticate",
  "proxy-authorization",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade",
  "host",
  "content-length",
];

/** Header carrying ORIGIN_AUTH_TOKEN, so the origin can refuse traffic that bypassed the guard. */
export const ORIGIN_AUTH_HEADER = "x-guard-origin-auth";

export function upstreamRequestHeaders(incoming: Headers, originAuthToken: string | undefined): Headers {
  const h = new Headers(incoming);
  const listed = (incoming.get("connection") ?? "").split(",").map((s) => s.trim().toLowerCase());
  for (const name of [...HOP_BY_HOP, ...listed]) if (name) h.delete(name);
  for (const name of [...h.keys()]) if (name.startsWith("cf-")) h.delete(name);
  h.delete(ORIGIN_AUTH_HEADER);
  if (originAuthToken) h.set(ORIGIN_AUTH_HEADER, originAuthToken);
  return h;
}

export function clientResponseHeaders(upstream: Headers): Headers {
  const h = new Headers(upstream);
  for (const name of [...HOP_BY_HOP, "content-encoding"]) h.delete(name);
  return h;
}

export interface UpstreamCall {
  upstreamUrl: string;
  path: string;
  search: string;
  method: string;
  headers: Headers;
  body?: BodyInit | null;
  signal?: AbortSignal;
}

export function callUpstream(c: UpstreamCall, fetcher: typeof fetch = fetch): Promise<Response> {
  return fetcher(c.upstreamUrl + c.path + c.search, {
    method: c.method,
    headers: c.headers,
    body: c.method === "GET" || c.method === "HEAD" ? undefined : c.body,
    redirect: "manual",
    signal: c.signal,
  });
}

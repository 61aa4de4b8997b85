/**
 * The call to the origin, after hono's helper/proxy: hop-by-hop headers dropped both ways,
 * content-encoding/length dropped from the answer (the runtime already decoded it), and the body
 * handed on as a stream. The origin receives exactly one credential: the key the guard metered, in
 * the header(s) the client sent it in; every other credential-bearing header is dropped.
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

/**
 * Headers the origin never gets from the client: credentials and sessions (rebuilt from the
 * metered key), and method overrides, which some frameworks obey (a POST the guard metered must
 * not become another method at the origin).
 */
const CREDENTIAL_HEADERS = [
  "authorization", "x-api-key", "api-key", "x-goog-api-key", "cookie", ORIGIN_AUTH_HEADER,
  "x-http-method-override", "x-http-method", "x-method-override", "content-encoding",
];

/** The metered key and the header(s) it came in (see identity/extractKey). */
export interface MeteredCredential {
  key: string;
  via: "bearer" | "x-api-key" | "both";
}

export function upstreamRequestHeaders(incoming: Headers, originAuthToken: string | undefined, cred: MeteredCredential): Headers {
  const h = new Headers(incoming);
  const listed = (incoming.get("connection") ?? "").split(",").map((s) => s.trim().toLowerCase());
  for (const name of [...HOP_BY_HOP, ...listed, ...CREDENTIAL_HEADERS]) if (name) h.delete(name);
  for (const name of [...h.keys()]) if (name.startsWith("cf-")) h.delete(name);
  if (cred.via !== "x-api-key") h.set("authorization", `Bearer ${cred.key}`);
  if (cred.via !== "bearer") h.set("x-api-key", cred.key);
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

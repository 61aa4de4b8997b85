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
 * Client headers the origin may receive: content negotiation, the providers' own request headers
 * and the official SDKs' telemetry. Everything else (credentials in any header name: api-key,
 * Ocp-Apim-Subscription-Key, x-auth-token...; method overrides; client-set forwarding headers)
 * is dropped: a header the guard does not know is never waved through. Operators add names or
 * `prefix*` patterns with FORWARD_HEADERS.
 */
const FORWARDED = new Set([
  "accept", "accept-language", "user-agent", "content-type",
  "openai-beta", "openai-organization", "openai-project", "idempotency-key", "x-request-id",
  "anthropic-version", "anthropic-beta", "anthropic-dangerous-direct-browser-access",
  // the official SDKs' telemetry, by name (a prefix would also let x-stainless-api-key through)
  "x-stainless-lang", "x-stainless-package-version", "x-stainless-os", "x-stainless-arch", "x-stainless-runtime",
  "x-stainless-runtime-version", "x-stainless-retry-count", "x-stainless-timeout", "x-stainless-helper-method",
  "x-stainless-async", "x-stainless-poll-helper", "x-stainless-custom-poll-interval",
]);

/**
 * Headers that may carry a credential or an identity a proxy asserts, by their name: a part of it
 * (between `-`, `_` or `.`) that is `key`, `auth`, `token`, `secret`, `session`, `sign`, `pass`,
 * `user`, `email`, `principal`, `cert`, ... (`api-key`, `x-goog-api-key`, `x-auth-token`,
 * `x-forwarded-user`, `x-ms-client-principal`), or a compound anywhere (`apikey`, `x-apitoken`,
 * `x-clientsecret`, `x-passphrase`, `cookie`, `credential`, ...): never forwarded, whatever
 * FORWARD_HEADERS says (red team R89-2: `FORWARD_HEADERS='*'` sent a second, unmetered credential
 * to an origin that reads `api-key`, behind a made-up bearer key a request; R90-4 found 22 names the
 * first rule let through). The metered key is set by the guard itself, in the header(s) it came in.
 * (`secret` and `principal` match anywhere, as a part or inside a compound.)
 */
export const CREDENTIAL_HEADER =
  /(^|[-_.])(key\d*|auth|authorization|authorisation|token|session|sid|jwt|sig|sign|pass|user|email|identity|cert|creds?|oidc)([-_.]|$)|apikey|apitoken|accesskey|appkey|authkey|authtoken|accesstoken|idtoken|refreshtoken|sessiontoken|secret|privatekey|sessionid|passw|passphrase|cookie|credential|signature|bearer|principal|client-?id/;

/** The metered key and the header(s) it came in (see identity/extractKey). */
export interface MeteredCredential {
  key: string;
  via: "bearer" | "x-api-key" | "both";
}

/** Headers an origin sends about the provider's own account: its rate limits (OpenAI's,
 *  Anthropic's, the IETF draft's; red team R85-3) and its organisation and project (R86-6). */
const ACCOUNT_HEADER = /^(x-ratelimit-|anthropic-ratelimit-|ratelimit$|ratelimit-policy$|openai-organization$|openai-project$|anthropic-organization-id$)/;

/** FORWARD_HEADERS ("x-mock-*, x-trace-id") as exact names and prefixes, lower-cased. */
export function parseForwardHeaders(raw: string | undefined): { names: string[]; prefixes: string[] } {
  const names: string[] = [];
  const prefixes: string[] = [];
  for (const part of (raw ?? "").split(",")) {
    const p = part.trim().toLowerCase();
    if (p === "") continue;
    if (p.endsWith("*")) prefixes.push(p.slice(0, -1));
    else names.push(p);
  }
  return { names, prefixes };
}

export function upstreamRequestHeaders(
  incoming: Headers,
  originAuthToken: string | undefined,
  cred: MeteredCredential,
  extra: { names: string[]; prefixes: string[] } = { names: [], prefixes: [] },
): Headers {
  const h = new Headers();
  for (const [name, value] of incoming) {
    const allowed = FORWARDED.has(name) || ((extra.names.includes(name) || extra.prefixes.some((p) => name.startsWith(p))) && !CREDENTIAL_HEADER.test(name));
    if (allowed && !HOP_BY_HOP.includes(name) && name !== ORIGIN_AUTH_HEADER) h.append(name, value);
  }
  if (cred.via !== "x-api-key") h.set("authorization", `Bearer ${cred.key}`);
  if (cred.via !== "bearer") h.set("x-api-key", cred.key);
  if (originAuthToken) h.set(ORIGIN_AUTH_HEADER, originAuthToken);
  return h;
}

export function clientResponseHeaders(upstream: Headers): Headers {
  const h = new Headers(upstream);
  for (const name of [...HOP_BY_HOP, "content-encoding"]) h.delete(name);
  // the origin's rate-limit figures are the provider's whole account, not this key's: a client
  // pacing on them overruns its key's limits, and every customer would read the provider's
  // capacity (red team R85-3: "3999 remaining" on a key with 1 left). The key's own are written
  // in their place (ratelimit-headers.ts); the origin's Retry-After on its own 429 stays. The
  // account's organisation and project ids are no customer's either (R86-6)
  for (const name of [...h.keys()]) if (ACCOUNT_HEADER.test(name)) h.delete(name);
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

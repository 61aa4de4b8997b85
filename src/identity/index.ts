/**
 * API key -> keyId. The raw key is read from the request here, turned into an HMAC, and never
 * leaves this module in any other form (it still travels to the origin inside the untouched
 * request headers, which is the point of a transparent proxy).
 */

/** keyId = "k_" + first 16 bytes of HMAC-SHA-256(GUARD_KEY_SECRET, key), hex (128 bits). */
const KEY_ID_BYTES = 16;

/** Longest credential accepted; longer values are refused rather than hashed. */
export const MAX_KEY_LENGTH = 512;

export type KeyExtraction =
  | { ok: true; key: string; via: "bearer" | "x-api-key" | "both" }
  | { ok: false; reason: "missing" | "empty" | "malformed" | "conflict" | "query" };

/** What a key may be written in (checkKey). */
const KEY_ALPHABET = /^[A-Za-z0-9\-._~+/]+=*$/;

/** Query parameters that carry a credential on some APIs; the guard never accepts a key there. */
const QUERY_CREDENTIALS = new Set(["key", "api_key", "api-key", "apikey", "access_token", "token"]);

/**
 * The one credential of a request: `Authorization: Bearer <key>` and/or `x-api-key: <key>`.
 * Both may be sent only with the same value (the origin must bill the key that was metered); an
 * Authorization header of another scheme, and any credential in the query string, are refused.
 */
export function extractKey(headers: Headers, search: URLSearchParams = new URLSearchParams()): KeyExtraction {
  for (const name of search.keys()) if (QUERY_CREDENTIALS.has(name.toLowerCase())) return { ok: false, reason: "query" };
  const auth = headers.get("authorization");
  const xKey = headers.get("x-api-key");
  if (auth === null) return xKey === null ? { ok: false, reason: "missing" } : checkKey(xKey.trim(), "x-api-key");
  const m = /^Bearer(?:[ \t]+(.*))?$/i.exec(auth.trim());
  if (!m) return { ok: false, reason: "malformed" };
  const bearer = checkKey((m[1] ?? "").trim(), "bearer");
  if (xKey === null || !bearer.ok) return bearer;
  const x = checkKey(xKey.trim(), "x-api-key");
  if (!x.ok) return x;
  return bearer.key === x.key ? { ok: true, key: x.key, via: "both" } : { ok: false, reason: "conflict" };
}

function checkKey(key: string, via: "bearer" | "x-api-key"): KeyExtraction {
  if (key === "") return { ok: false, reason: "empty" };
  // a bearer token's alphabet (RFC 6750 b64token: letters, digits, - . _ ~ + /, then = padding):
  // every provider's keys are written in it. Nothing else: a list separator would let one key pass
  // as many (red team R39a-3: "A,A" and "A;A" were new keys with fresh quotas, outside A's deny
  // entry, to an origin that reads a list's first item), and a runtime warning about a non-ASCII
  // header value would quote the key into the log
  if (key.length > MAX_KEY_LENGTH || !KEY_ALPHABET.test(key)) return { ok: false, reason: "malformed" };
  return { ok: true, key, via };
}

const encoder = new TextEncoder();
const hmacKeys = new Map<string, Promise<CryptoKey>>();

function hmacKey(secret: string): Promise<CryptoKey> {
  let k = hmacKeys.get(secret);
  if (!k) {
    k = crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
    hmacKeys.set(secret, k);
  }
  return k;
}

function hex(bytes: Uint8Array): string {
  let s = "";
  for (const b of bytes) s += b.toString(16).padStart(2, "0");
  return s;
}

/** Derive the stable, non-reversible id under which a key's state is kept. */
export async function keyIdFor(rawKey: string, secret: string): Promise<string> {
  const sig = await crypto.subtle.sign("HMAC", await hmacKey(secret), encoder.encode(rawKey));
  return "k_" + hex(new Uint8Array(sig, 0, KEY_ID_BYTES));
}

/** keyIds as produced above; anything else is refused by the admin API. */
export const KEY_ID_PATTERN = /^k_[0-9a-f]{32}$/;

/**
 * Constant-time comparison of a presented secret with the expected one. Both are hashed first so
 * the comparison never depends on where they differ, nor leaks the expected length.
 */
export async function timingSafeEqualStrings(presented: string, expected: string): Promise<boolean> {
  const [a, b] = await Promise.all([
    crypto.subtle.digest("SHA-256", encoder.encode(presented)),
    crypto.subtle.digest("SHA-256", encoder.encode(expected)),
  ]);
  const subtle = crypto.subtle as SubtleCrypto & { timingSafeEqual?: (a: ArrayBuffer, b: ArrayBuffer) => boolean };
  if (typeof subtle.timingSafeEqual === "function") return subtle.timingSafeEqual(a, b);
  const x = new Uint8Array(a);
  const y = new Uint8Array(b);
  let diff = 0;
  for (let i = 0; i < x.length; i++) diff |= x[i]! ^ y[i]!;
  return diff === 0;
}

/**
 * Proof-of-work challenge: a stateless puzzle, HMAC-signed by the guard, bound to one keyId and
 * one route, expiring. The client finds a counter such that SHA-256(token ":" counter) starts
 * with `bits` zero bits (2^bits tries on average) and sends both back. Verifying costs the guard
 * one HMAC and one hash; single use is enforced by the key's Durable Object (it remembers the
 * puzzle ids it has accepted until they expire).
 *
 * Pure and portable: WebCrypto only, so the Worker, Node and browsers (the client helper) all run
 * this file. Time is a parameter.
 */

/** Headers: the guard sends the puzzle in CHALLENGE_HEADER; the client answers with both. */
export const CHALLENGE_HEADER = "x-guard-challenge";
export const SOLUTION_HEADER = "x-guard-solution";
export const POW_ALGORITHM = "sha256-leading-zero-bits";

/** What a puzzle token carries (signed, not secret). */
export interface Puzzle {
  v: 1;
  /** keyId the puzzle was issued to. */
  k: string;
  /** Route kind it is valid on ("chat", "messages", ...). */
  r: string;
  /** Difficulty: leading zero bits of the hash. */
  b: number;
  /** Expiry, epoch ms. */
  e: number;
  /** Random id (hex): single use is tracked by it. */
  n: string;
}

/** Most difficulty a token may carry (2^30 hashes is hours of work: never worth more). */
export const MAX_BITS = 30;

const enc = new TextEncoder();
const keyCache = new Map<string, Promise<CryptoKey>>();

function hmacKey(secret: string): Promise<CryptoKey> {
  let k = keyCache.get(secret);
  if (!k) {
    k = crypto.subtle.importKey("raw", enc.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign", "verify"]);
    keyCache.set(secret, k);
  }
  return k;
}

function b64url(bytes: Uint8Array): string {
  let s = "";
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromB64url(s: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(s)) return undefined;
  try {
    const bin = atob(s.replace(/-/g, "+").replace(/_/g, "/") + "===".slice((s.length + 3) % 4));
    return Uint8Array.from(bin, (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}

function randomHex(bytes: number): string {
  const a = crypto.getRandomValues(new Uint8Array(bytes));
  let s = "";
  for (const b of a) s += b.toString(16).padStart(2, "0");
  return s;
}

/** Leading zero bits of a hash. */
export function leadingZeroBits(h: Uint8Array): number {
  let bits = 0;
  for (const byte of h) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
}

/** A signed puzzle token for `keyId` on `route`: "<payload b64url>.<hmac b64url>". */
export async function issuePuzzle(
  secret: string,
  p: { keyId: string; route: string; bits: number; nowMs: number; ttlMs: number; id?: string },
): Promise<{ token: string; puzzle: Puzzle }> {
  const puzzle: Puzzle = { v: 1, k: p.keyId, r: p.route, b: Math.max(0, Math.min(MAX_BITS, Math.round(p.bits))), e: p.nowMs + p.ttlMs, n: p.id ?? randomHex(12) };
  const payload = b64url(enc.encode(JSON.stringify(puzzle)));
  const sig = new Uint8Array(await crypto.subtle.sign("HMAC", await hmacKey(secret), enc.encode(payload)));
  return { token: `${payload}.${b64url(sig)}`, puzzle };
}

/** Read a token's payload without checking anything (the client helper uses it for `b`). */
export function readPuzzle(token: string): Puzzle | undefined {
  const dot = token.indexOf(".");
  const raw = fromB64url(dot < 0 ? token : token.slice(0, dot));
  if (!raw) return undefined;
  try {
    const p = JSON.parse(new TextDecoder().decode(raw)) as Puzzle;
    const ok = p && p.v === 1 && typeof p.k === "string" && typeof p.r === "string" && Number.isInteger(p.b) && p.b >= 0 && p.b <= MAX_BITS && Number.isFinite(p.e) && typeof p.n === "string";
    return ok ? p : undefined;
  } catch {
    return undefined;
  }
}

function workInput(token: string, counter: string): Uint8Array {
  return enc.encode(`${token}:${counter}`);
}

export type VerifyFailure = "malformed" | "signature" | "key" | "route" | "expired" | "work";
export type VerifyResult = { ok: true; puzzle: Puzzle } | { ok: false; reason: VerifyFailure };

/**
 * Check a solution: the token is ours (HMAC), for this key and route, not expired, and the counter
 * does the work. Single use is the caller's (the key's object remembers `puzzle.n`).
 */
export async function verifySolution(
  secret: string,
  token: string,
  counter: string,
  expect: { keyId: string; route: string; nowMs: number },
): Promise<VerifyResult> {
  if (token.length > 1024 || !/^\d{1,16}$/.test(counter)) return { ok: false, reason: "malformed" };
  const dot = token.indexOf(".");
  if (dot < 0) return { ok: false, reason: "malformed" };
  const sig = fromB64url(token.slice(dot + 1));
  if (!sig || sig.length !== 32) return { ok: false, reason: "malformed" };
  const good = await crypto.subtle.verify("HMAC", await hmacKey(secret), sig, enc.encode(token.slice(0, dot)));
  if (!good) return { ok: false, reason: "signature" };
  const puzzle = readPuzzle(token);
  if (!puzzle) return { ok: false, reason: "malformed" };
  if (puzzle.k !== expect.keyId) return { ok: false, reason: "key" };
  if (puzzle.r !== expect.route) return { ok: false, reason: "route" };
  if (expect.nowMs >= puzzle.e) return { ok: false, reason: "expired" };
  const h = new Uint8Array(await crypto.subtle.digest("SHA-256", workInput(token, counter)));
  if (leadingZeroBits(h) < puzzle.b) return { ok: false, reason: "work" };
  return { ok: true, puzzle };
}

/**
 * Find a counter for `token` (the client's side). Hashes in parallel batches (WebCrypto digests
 * are asynchronous); gives up after `maxAttempts` or when `signal` aborts.
 */
export async function solvePuzzle(
  token: string,
  opts: { maxAttempts?: number; batch?: number; signal?: AbortSignal } = {},
): Promise<{ counter: string; attempts: number; bits: number }> {
  const p = readPuzzle(token);
  if (!p) throw new Error("not a guard challenge token");
  const max = opts.maxAttempts ?? 2 ** Math.min(MAX_BITS, p.b + 6);
  const batch = opts.batch ?? 64;
  for (let start = 0; start < max; start += batch) {
    opts.signal?.throwIfAborted();
    const tries: Promise<ArrayBuffer>[] = [];
    for (let i = start; i < start + batch; i++) tries.push(crypto.subtle.digest("SHA-256", workInput(token, String(i))));
    const hashes = await Promise.all(tries);
    for (let j = 0; j < hashes.length; j++) {
      if (leadingZeroBits(new Uint8Array(hashes[j]!)) >= p.b) return { counter: String(start + j), attempts: start + j + 1, bits: p.b };
    }
  }
  throw new Error(`no solution within ${max} attempts`);
}

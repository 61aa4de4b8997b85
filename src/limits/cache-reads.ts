/**
 * What a key last read from the origin's prompt cache, per cached prefix (red team R43-6): a
 * request is admitted on its reservation, and a cached context (Anthropic's `cache_control`) was
 * reserved in full although the answer is settled at `cacheReadShare` for what the origin read
 * from its cache. Four parallel subagent turns on one 68k-token cached context, on `tpm` 200,000,
 * were refused two in four.
 *
 * The request cannot say what the cache holds; the origin's answers do. So a prefix is reserved at
 * the share only when this key's last answer on the same prefix (the same tools, system and
 * messages through the last `cache_control` marker, same model) read that much from the cache, or
 * wrote it there, within the cache's lifetime (5 minutes, or 1 hour for `ttl: "1h"`, each read
 * renewing it).
 * A prefix never read, one read by another key, or one whose cache has expired is reserved in
 * full, as before. Settlement still charges what the origin reports: a cache the origin dropped
 * early is charged in full when its answer settles.
 *
 * Pure and bounded: time is a parameter, at most `max` entries (the least recently noted go first).
 * The Worker keeps one per isolate (a request served by another isolate is reserved in full).
 */

/** A request's cached prefix: its identity, its estimated tokens, how long the origin keeps it. */
export interface CachePrefix {
  /** Two 32-bit hashes of the prefix's JSON (model included). */
  hash: string;
  /** The prefix's prompt estimate (request.ts bodyPromptTokens). */
  tokens: number;
  ttlMs: number;
}

/** Anthropic's cache lifetimes: 5 minutes by default, 1 hour for `cache_control.ttl` "1h". */
export const CACHE_TTL_MS = 5 * 60_000;
export const CACHE_TTL_LONG_MS = 60 * 60_000;

export class CacheReads {
  readonly max: number;
  #seen = new Map<string, { ms: number; read: number }>();
  constructor(max = 4096) {
    this.max = max;
  }

  /** An answer on prefix `p` read (or wrote) `cacheRead` tokens of the origin's cache at `nowMs`. */
  note(keyId: string, p: CachePrefix, cacheRead: number | undefined, nowMs: number): void {
    if (cacheRead === undefined || !(cacheRead > 0)) return;
    const k = `${keyId}|${p.hash}`;
    this.#seen.delete(k);
    this.#seen.set(k, { ms: nowMs, read: cacheRead });
    if (this.#seen.size > this.max) this.#seen.delete(this.#seen.keys().next().value!);
  }

  /**
   * Tokens to take off a reservation for prefix `p`: what the key's last read on it holds beyond
   * the share (at most the prefix's estimate), while the origin still keeps it; else 0.
   */
  discount(keyId: string, p: CachePrefix, share: number, nowMs: number): number {
    const e = this.#seen.get(`${keyId}|${p.hash}`);
    if (e === undefined || nowMs < e.ms || nowMs - e.ms >= p.ttlMs) return 0;
    const s = share >= 1 ? 1 : share <= 0 ? 0 : share;
    return Math.floor(Math.min(p.tokens, e.read) * (1 - s));
  }

  get size(): number {
    return this.#seen.size;
  }
}

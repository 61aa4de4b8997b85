/**
 * Exact per-key admission over four limits: requests per minute, tokens per minute, tokens per
 * day, and concurrent in-flight requests. Pure: state in, state out, `nowMs` passed in.
 *
 * All or nothing: a request is admitted only if every limit has room, and a rejected request
 * leaves every counter as it was. Tokens are reserved at admission (estimate) and settled with
 * the real usage later; the difference is given back or charged.
 *
 * Bounded state: three buckets (two numbers each) plus at most `concurrency` leases (an isolate's
 * permit lease is one entry holding several slots, see lease.ts).
 */
import type { HostedCalls } from "../policy/types.ts";
import { type Bucket, type BucketLimit, adjust, check, fullBucket, take } from "./bucket.ts";

export type LimitName = "rpm" | "tpm" | "tpd" | "concurrency";
export const LIMIT_NAMES: readonly LimitName[] = ["rpm", "tpm", "tpd", "concurrency"];
/** Whether `x` names a limit (a refusal's cause, a policy's field). */
export function isLimitName(x: string): x is LimitName {
  return (LIMIT_NAMES as readonly string[]).includes(x);
}

/**
 * What one answer counts against `tpm` and `tpd`: its bill (prompt and completion tokens), with
 * the prompt's cache reads (Usage.cacheRead: Anthropic's `cache_read_input_tokens`) counted at
 * `cacheReadShare` (GUARD_POLICY.cacheReadShare; red team R39b-7: a coding agent on a 52k-token
 * cached context was refused five times in eight turns that Anthropic's own input limit, which
 * leaves cache reads out, would have served). Rounded up.
 */
export function quotaTokens(u: { promptTokens: number; completionTokens: number; cacheRead?: number; hosted?: HostedCalls }, pricing: QuotaPricing): number {
  const reads = Math.min(Math.max(0, u.cacheRead ?? 0), u.promptTokens);
  return u.promptTokens - reads + Math.ceil(reads * pricing.cacheReadShare) + u.completionTokens + hostedTokens(u.hosted, pricing.hostedCalls);
}

/** What counts an answer's tokens against quotas: GUARD_POLICY's `cacheReadShare` and `hostedCalls`. */
export interface QuotaPricing {
  cacheReadShare: number;
  /** Tokens each call of a tool the origin runs counts (absent: calls count nothing). */
  hostedCalls?: Required<HostedCalls>;
}

/** The tokens an answer's hosted tool calls count: each kind's calls at its price (a count that is
 *  not a non-negative number counts none). */
export function hostedTokens(calls: HostedCalls | undefined, prices: Required<HostedCalls> | undefined): number {
  if (calls === undefined || prices === undefined) return 0;
  let t = 0;
  for (const k of HOSTED_KINDS) {
    const n = calls[k];
    if (typeof n === "number" && Number.isFinite(n) && n > 0) t += Math.ceil(n) * prices[k];
  }
  return t;
}

export const HOSTED_KINDS = ["webSearch", "webFetch", "fileSearch", "containers"] as const;

/** Limits of one key. An absent (or null) limit is unlimited; 0 admits nothing. */
export type LimitSet = Partial<Record<LimitName, number | null>>;

/** Window of each rate limit, in milliseconds. */
export const WINDOW_MS: Record<Exclude<LimitName, "concurrency">, number> = {
  rpm: 60_000,
  tpm: 60_000,
  tpd: 86_400_000,
};

/** One in-flight request holding a concurrency slot until settled or expired. */
export interface Lease {
  expiresAtMs: number;
  /** Slots held (an isolate's permit lease holds several, see lease.ts); absent: 1. */
  n?: number;
  /** A job the origin runs after its request answered (a background response): its slot is held
   *  until its answer is read or it ends (holdSlot, releaseHold), or until it expires. */
  hold?: true;
}

/** Slots held by the leases (each counts its weight); `holds` false leaves held jobs out. */
export function inFlightCount(leases: Record<string, Lease>, holds = true): number {
  let n = 0;
  for (const l of Object.values(leases)) if (holds || !l.hold) n += l.n ?? 1;
  return n;
}

/** Id of the slot held by the job whose answer is `createdHash` (Usage.createdHash). */
export function holdId(createdHash: number): string {
  return `h:${createdHash}`;
}

/** Hold a slot for a job that goes on after its request settled, until `untilMs` (red team R13-3:
 *  ten background responses ran at once on a key of concurrency 2). */
export function holdSlot(state: LimitState, id: string, untilMs: number): LimitState {
  return { ...state, leases: { ...state.leases, [id]: { expiresAtMs: untilMs, hold: true } } };
}

/** Free a held slot (its job's answer was read, or it ended); no change when it is not held. */
export function releaseHold(state: LimitState, id: string): LimitState {
  if (!(id in state.leases)) return state;
  const { [id]: _released, ...leases } = state.leases;
  return { ...state, leases };
}

export interface LimitState {
  rpm?: Bucket;
  tpm?: Bucket;
  tpd?: Bucket;
  /** In-flight requests by lease id; at most `concurrency` entries. */
  leases: Record<string, Lease>;
}

/** What one limit looks like after a decision, for RateLimit / x-ratelimit-* headers. */
export interface LimitReport {
  name: LimitName;
  quota: number;
  /** Window in seconds (0 for concurrency). */
  windowSeconds: number;
  remaining: number;
  /** Seconds until the limit is whole again. */
  resetSeconds: number;
}

export type AdmitResult =
  | { ok: true; state: LimitState; reports: LimitReport[] }
  | {
      ok: false;
      state: LimitState;
      reports: LimitReport[];
      /** The first limit that refused (rpm, tpm, tpd, concurrency order). */
      failed: LimitName;
      /** Milliseconds until a retry could pass that limit; Infinity when it never can (cost > quota). */
      retryAfterMs: number;
    };

export function emptyLimitState(): LimitState {
  return { leases: {} };
}

/** Limits scaled by `factor` (0 < factor <= 1), never below 1 where the original was above 0. */
export function scaleLimits(limits: LimitSet, factor: number): LimitSet {
  const out: LimitSet = {};
  for (const name of LIMIT_NAMES) {
    const v = limits[name];
    out[name] = v == null ? v : v === 0 ? 0 : Math.max(1, Math.floor(v * factor));
  }
  return out;
}

function bucketLimit(name: Exclude<LimitName, "concurrency">, capacity: number): BucketLimit {
  return { capacity, windowMs: WINDOW_MS[name] };
}

function dropExpired(leases: Record<string, Lease>, nowMs: number): Record<string, Lease> {
  const out: Record<string, Lease> = {};
  for (const [id, l] of Object.entries(leases)) if (l.expiresAtMs > nowMs) out[id] = l;
  return out;
}

export interface AdmitRequest {
  /** Requests counted against `rpm` (1, or the size of a batch admitted as a whole). */
  requests?: number;
  /**
   * A batch (an upload of inner requests, or a run of one): the origin runs it over hours, so a
   * per-minute limit does not make it wait for more than one window. One larger than `rpm` or
   * `tpm` is admitted once that bucket is full. Its tokens are taken whole: the rest is a debt that
   * refill pays back before the key's next request that needs tokens (as a long answer's
   * settlement leaves one). Its requests take at most the whole `rpm` window: the origin's work is
   * its tokens, paid in full, and a debt of requests would hold back the calls that start, poll and
   * read the batch (red team R32-4: the SDK gives up on a wait over 60 s). `tpd` holds a batch
   * whole. Without this a batch of more lines than `rpm` could never be admitted (R31-2).
   */
  batch?: boolean;
  /** Tokens to reserve (prompt estimate + maximum completion). */
  tokens: number;
  /** Id of the concurrency lease to take when admitted. */
  leaseId: string;
  /** How long an unsettled lease holds its slot. */
  leaseTtlMs: number;
  /** Held jobs' slots do not keep this request out (it fetches answers: the reads that free them
   *  must not wait for them). */
  passHolds?: boolean;
}

/** Decide one request against every limit; on success take one request, the tokens and a lease. */
export function admit(state: LimitState, limits: LimitSet, req: AdmitRequest, nowMs: number): AdmitResult {
  const next: LimitState = { ...state, leases: dropExpired(state.leases, nowMs) };
  const reports: LimitReport[] = [];
  let failed: LimitName | undefined;
  let retryAfterMs = 0;
  const requests = req.requests ?? 1;
  // a batch takes at most the whole rpm window (AdmitRequest.batch); a zero limit admits nothing
  const rpmCap = limits.rpm;
  const costs = { rpm: req.batch === true && rpmCap != null && rpmCap > 0 ? Math.min(requests, rpmCap) : requests, tpm: req.tokens, tpd: req.tokens };

  for (const name of ["rpm", "tpm", "tpd"] as const) {
    const quota = limits[name];
    if (quota == null) continue;
    const lim = bucketLimit(name, quota);
    // a batch waits at most for a full tpm window, and takes all its tokens after it (a debt); the
    // day holds the whole batch
    const asked = req.batch === true && name === "tpm" && quota > 0 ? Math.min(costs.tpm, quota) : costs[name];
    const c = check(state[name] ?? fullBucket(lim, nowMs), lim, asked, nowMs);
    next[name] = c.bucket;
    reports.push({
      name,
      quota,
      windowSeconds: lim.windowMs / 1000,
      remaining: c.remaining,
      resetSeconds: Math.ceil(c.resetMs / 1000),
    });
    // a request that reserves no tokens (a retrieval, a batch's start) spends none: a token debt
    // does not hold it back (red team R32-4: a batch's own start and its polls waited out its debt)
    const spendsNone = name !== "rpm" && asked === 0;
    // several windows short: the one that frees last is named, with its wait (red team R20-3: a
    // key short of both its minute and its day was told to come back in 7 minutes, then refused
    // again for 48 hours)
    if (!c.ok && !spendsNone && (failed === undefined || c.retryAfterMs > retryAfterMs)) {
      failed = name;
      retryAfterMs = c.retryAfterMs;
    }
  }

  const conc = limits.concurrency;
  if (conc != null) {
    const inFlight = inFlightCount(next.leases, !req.passHolds);
    const ok = inFlight < conc;
    reports.push({
      name: "concurrency",
      quota: conc,
      windowSeconds: 0,
      remaining: Math.max(0, conc - inFlight - (ok ? 1 : 0)),
      resetSeconds: 0,
    });
    if (!ok && failed === undefined) {
      failed = "concurrency";
      // A slot frees when any in-flight request ends; we cannot know when, so ask for a short wait
      // (or the earliest lease expiry when that is sooner). A zero limit never frees.
      const soonest = Math.min(...Object.values(next.leases).map((l) => l.expiresAtMs - nowMs));
      retryAfterMs = conc === 0 ? Number.POSITIVE_INFINITY : Math.max(1, Math.min(1000, soonest));
    }
  }

  // refused: nothing was taken, so every limit reports what it holds, not what it would after this
  // request (red team R89-4: a request too large for tpm read as having taken 300,009 of tpd and a
  // concurrency slot)
  if (failed !== undefined) return { ok: false, state: next, reports: peek(next, limits, nowMs), failed, retryAfterMs };

  for (const name of ["rpm", "tpm", "tpd"] as const) {
    const b = next[name];
    const quota = limits[name];
    if (!b || quota == null) continue;
    next[name] = take(b, costs[name]);
    // a batch's debt: its report says when the window is whole again
    if (costs[name] > quota) {
      const report = reports.find((r) => r.name === name)!;
      report.resetSeconds = Math.ceil((quota - next[name]!.level) / (quota / WINDOW_MS[name]) / 1000);
    }
  }
  // next.leases is already a fresh copy (dropExpired): add to it rather than copy it again
  if (conc != null) next.leases[req.leaseId] = { expiresAtMs: nowMs + req.leaseTtlMs };
  return { ok: true, state: next, reports };
}

/**
 * Settle an admitted request: release its lease and correct the token buckets by
 * `actualTokens - reservedTokens` (refund when the answer was shorter than reserved).
 */
export function settle(
  state: LimitState,
  limits: LimitSet,
  s: { leaseId: string; reservedTokens: number; actualTokens: number },
  nowMs: number,
): LimitState {
  const { [s.leaseId]: _released, ...leases } = state.leases;
  const next: LimitState = { ...state, leases };
  const delta = s.actualTokens - s.reservedTokens;
  for (const name of ["tpm", "tpd"] as const) {
    const quota = limits[name];
    const b = state[name];
    if (quota == null || !b) continue;
    next[name] = adjust(b, bucketLimit(name, quota), delta, nowMs);
  }
  return next;
}

/** Give back `requests` to the `rpm` bucket (a batch the origin did not accept: KeyEngine.settle),
 *  never above its capacity. */
export function giveBackRequests(state: LimitState, limits: LimitSet, requests: number, nowMs: number): LimitState {
  const quota = limits.rpm;
  const b = state.rpm;
  if (quota == null || !b || requests <= 0) return state;
  return { ...state, rpm: adjust(b, bucketLimit("rpm", quota), -requests, nowMs) };
}

/** Charge `tokens` to the token buckets outside any lease, or give them back when negative (never
 *  above a bucket's capacity): an answer read after its request settled took more, or less, than
 *  that request was charged (KeyEngine.chargeRead). */
export function charge(state: LimitState, limits: LimitSet, tokens: number, nowMs: number): LimitState {
  const next: LimitState = { ...state };
  for (const name of ["tpm", "tpd"] as const) {
    const quota = limits[name];
    if (quota == null || tokens === 0) continue;
    const lim = bucketLimit(name, quota);
    // a bucket the key never drew from (its first traffic was a fetched answer, or the quota
    // was added after its last request) is full, as admission reads it: the charge is not lost
    next[name] = adjust(state[name] ?? fullBucket(lim, nowMs), lim, tokens, nowMs);
  }
  return next;
}

/**
 * settle() for many requests at once (a batched report): the same result as settling them one by
 * one, with one copy of the lease table instead of one per request.
 */
export function settleMany(
  state: LimitState,
  limits: LimitSet,
  items: { leaseId: string; reservedTokens: number; actualTokens: number }[],
  nowMs: number,
): LimitState {
  if (items.length === 0) return state;
  const leases = { ...state.leases };
  for (const it of items) delete leases[it.leaseId];
  const next: LimitState = { ...state, leases };
  for (const name of ["tpm", "tpd"] as const) {
    const quota = limits[name];
    const b0 = state[name];
    if (quota == null || !b0) continue;
    let b = b0;
    for (const it of items) b = adjust(b, bucketLimit(name, quota), it.actualTokens - it.reservedTokens, nowMs);
    next[name] = b;
  }
  return next;
}

/** Current view of every configured limit without changing anything (for the admin API). */
export function peek(state: LimitState, limits: LimitSet, nowMs: number): LimitReport[] {
  const reports: LimitReport[] = [];
  for (const name of ["rpm", "tpm", "tpd"] as const) {
    const quota = limits[name];
    if (quota == null) continue;
    const lim = bucketLimit(name, quota);
    const c = check(state[name] ?? fullBucket(lim, nowMs), lim, 0, nowMs);
    reports.push({ name, quota, windowSeconds: lim.windowMs / 1000, remaining: c.remaining, resetSeconds: Math.ceil(c.resetMs / 1000) });
  }
  const conc = limits.concurrency;
  if (conc != null) {
    const inFlight = inFlightCount(dropExpired(state.leases, nowMs));
    reports.push({ name: "concurrency", quota: conc, windowSeconds: 0, remaining: Math.max(0, conc - inFlight), resetSeconds: 0 });
  }
  return reports;
}

/**
 * Token bucket: the whole state is two numbers, the caller passes `nowMs`.
 *
 * A bucket holds up to `capacity` units and refills continuously at `capacity / windowMs` units per
 * millisecond, so a full bucket empties after `capacity` units and is whole again after `windowMs`.
 * `level` may go negative: usage settled after the response can exceed what was reserved, and that
 * debt is paid back by refill before anything else is admitted (exact accounting, no amnesty).
 */
export interface Bucket {
  /** Units available at `updatedAtMs` (may be negative after a settlement debt). */
  level: number;
  /** Epoch milliseconds of the last refill. */
  updatedAtMs: number;
}

/** A bucket's limit. `capacity` 0 admits nothing; an absent limit is unlimited (handled by callers). */
export interface BucketLimit {
  capacity: number;
  windowMs: number;
}

/** Float slack so that `capacity * k / capacity` style refills land on whole units. */
const EPS = 1e-9;

/** A new, full bucket. */
export function fullBucket(limit: BucketLimit, nowMs: number): Bucket {
  return { level: limit.capacity, updatedAtMs: nowMs };
}

/** The bucket refilled up to `nowMs` (a clock that goes backwards refills nothing). */
export function refill(b: Bucket, limit: BucketLimit, nowMs: number): Bucket {
  const elapsed = Math.max(0, nowMs - b.updatedAtMs);
  const rate = limit.windowMs > 0 ? limit.capacity / limit.windowMs : 0;
  const level = Math.min(limit.capacity, b.level + elapsed * rate);
  return { level, updatedAtMs: Math.max(nowMs, b.updatedAtMs) };
}

/** Outcome of asking a bucket for `cost` units, without taking them. */
export interface BucketCheck {
  ok: boolean;
  /** Whole units left after taking `cost` when ok, or whole units available now when not. */
  remaining: number;
  /** Milliseconds until `cost` units are available (0 when ok; Infinity when cost > capacity). */
  retryAfterMs: number;
  /** Milliseconds until the bucket is full again (after taking `cost` when ok). */
  resetMs: number;
}

/** Check whether `cost` units are available at `nowMs`. Pure: returns the refilled bucket too. */
export function check(b: Bucket, limit: BucketLimit, cost: number, nowMs: number): BucketCheck & { bucket: Bucket } {
  const bucket = refill(b, limit, nowMs);
  const rate = limit.windowMs > 0 ? limit.capacity / limit.windowMs : 0;
  const ok = cost <= bucket.level + EPS && cost <= limit.capacity;
  const after = ok ? bucket.level - cost : bucket.level;
  const untilFull = (level: number) => (rate > 0 ? Math.max(0, Math.ceil((limit.capacity - level) / rate - EPS)) : 0);
  let retryAfterMs = 0;
  if (!ok) {
    retryAfterMs =
      cost > limit.capacity || rate === 0 ? Number.POSITIVE_INFINITY : Math.max(1, Math.ceil((cost - bucket.level) / rate - EPS));
  }
  return {
    ok,
    remaining: Math.max(0, Math.floor(after + EPS)),
    retryAfterMs,
    resetMs: untilFull(after),
    bucket,
  };
}

/** Take `cost` units (the caller checked first). */
export function take(b: Bucket, cost: number): Bucket {
  return { level: b.level - cost, updatedAtMs: b.updatedAtMs };
}

/** Give back (negative `delta`) or charge more (positive) after settlement; capped at capacity. */
export function adjust(b: Bucket, limit: BucketLimit, delta: number, nowMs: number): Bucket {
  const r = refill(b, limit, nowMs);
  return { level: Math.min(limit.capacity, r.level - delta), updatedAtMs: r.updatedAtMs };
}

/**
 * When a key's or a linkage shard's idle state may be forgotten. Pure: time is a parameter; the
 * Durable Objects (src/state) only schedule alarms at the times computed here and act on
 * alarmStep's answer.
 *
 * A key's state may go once (a) it has been idle for its TTL (GUARD_POLICY.state: idleSeconds for
 * a key the origin has served, unservedIdleSeconds for one it never served) and (b) forgetting
 * its limit state changes no decision: every token bucket has refilled to capacity and every
 * lease has expired. (b) matters for settlement debt larger than a window's capacity, which takes
 * longer than the window to pay back.
 */
import { type PolicyConfig, resolveDetection, resolveLimits } from "../config/index.ts";
import { type LimitSet, type LimitState, WINDOW_MS, scaleLimits } from "../limits/index.ts";
import type { KeySnapshot } from "./key-engine.ts";

/** Idle TTL of a key in ms: long once the origin has served it, short while it never has. */
export function keyIdleMs(policy: PolicyConfig, served: boolean): number {
  return (served ? policy.state.idleSeconds : policy.state.unservedIdleSeconds) * 1000;
}

/** Epoch ms from which forgetting `limits` changes nothing under `set` (0 when already so). */
export function limitsQuietAtMs(limits: LimitState, set: LimitSet): number {
  let at = 0;
  for (const name of ["rpm", "tpm", "tpd"] as const) {
    const cap = set[name];
    const b = limits[name];
    if (cap == null || cap <= 0 || !b || b.level >= cap) continue;
    const rate = cap / WINDOW_MS[name];
    at = Math.max(at, b.updatedAtMs + Math.ceil((cap - b.level) / rate));
  }
  for (const lease of Object.values(limits.leases)) at = Math.max(at, lease.expiresAtMs);
  return at;
}

/** When the key's state may be forgotten if nothing else happens (see the file comment). */
export function keyExpiryAtMs(snap: KeySnapshot, policy: PolicyConfig): number {
  const base = resolveLimits(policy, snap.override);
  const det = resolveDetection(policy, snap.override);
  // under any standing but allow the buckets refill at the scaled (slower) rate, as
  // KeyEngine.limitsFor has it
  const last = snap.recent[snap.recent.length - 1]?.[1];
  const throttled = last !== undefined && last !== "allow" && last !== "limit" && det.mode === "enforce";
  let quiet = Math.max(limitsQuietAtMs(snap.limits, base), throttled ? limitsQuietAtMs(snap.limits, scaleLimits(base, det.throttleFactor)) : 0);
  // an accepted puzzle id must be remembered until the puzzle expires (single use), a bought pass
  // until it ends
  for (const [, exp] of snap.puzzles ?? []) quiet = Math.max(quiet, exp);
  if (snap.pass) quiet = Math.max(quiet, snap.pass.untilMs);
  return Math.max(snap.at + keyIdleMs(policy, snap.okMs !== undefined), quiet);
}

/** Half-life of a linkage shard's own evidence (REGISTRY HALF_LIFE_MS in src/detect/link.ts). */
export const REGISTRY_HALF_LIFE_MS = 3 * 86_400_000;
/** Half-lives after which an idle shard holds nothing worth keeping (2^-5 ~ 3 % of its weight). */
export const SHARD_HALF_LIVES = 5;

/** Idle TTL of a linkage registry shard in ms: 15 days by default. */
export function shardIdleMs(policy: PolicyConfig): number {
  const linkHalfLifeMs = policy.detection.linkHalfLifeHours * 3_600_000;
  return SHARD_HALF_LIVES * Math.max(REGISTRY_HALF_LIFE_MS, linkHalfLifeMs);
}

export type AlarmStep = { kind: "expire" } | { kind: "wait"; atMs: number };

/** What an alarm does at nowMs for state expiring at expAtMs: expire, or sleep until then
 *  (activity after the alarm was set moved the expiry). expAtMs 0 = never computed: expire
 *  nothing now, look again after `fallbackMs`. */
export function alarmStep(expAtMs: number, nowMs: number, fallbackMs: number): AlarmStep {
  if (expAtMs <= 0) return { kind: "wait", atMs: nowMs + fallbackMs };
  return nowMs >= expAtMs ? { kind: "expire" } : { kind: "wait", atMs: expAtMs };
}

/**
 * Whether (and when) to (re)set the object's alarm after a write, given the alarm already
 * scheduled. An alarm earlier than needed is left alone: it wakes, sees the activity and moves
 * itself (alarmStep), so a busy key costs one alarm write per TTL, not one per request. Only a
 * missing alarm, or one later than needed (the TTL shrank, e.g. after an admin reset), is set.
 */
export function alarmToSet(scheduledAtMs: number | null, wantedAtMs: number): number | null {
  if (wantedAtMs <= 0) return null;
  if (scheduledAtMs === null || scheduledAtMs > wantedAtMs) return wantedAtMs;
  return null;
}

/**
 * The stored form of a key's snapshot, and its codec. Pure. A stored snapshot of any version is
 * upgraded step by step (v1 -> v2 -> v3), never dropped: whatever else changes, an admin's
 * `override`, `list` and `verifiedUntilMs` survive. A shape this code cannot read (corrupt, or from a future
 * version) keeps every valid override/list it can find and starts the rest fresh; the Durable
 * Object logs that outcome.
 *
 * Versions:
 * - v1: recent decisions as objects {atMs, action, served, enforced, cause, score}.
 * - v2: recent decisions as tuples (RecentTuple), score x 1000.
 * - v3: adds at / exp (idle expiry) and okMs (first 2xx from the origin); detect, recent and
 *       counters may be absent from storage (a key the origin never served keeps them in memory
 *       only) and are then started fresh. `outputs` entries were plain ids before they were
 *       dated ([id, atMs]): read as [id, 0] (dated at the next write, see liveOutputs).
 */
import { type KeyOverride, parseLimitSet, validBatchGroup } from "../config/index.ts";
import { newDetectState } from "../detect/index.ts";
import { decodeDetect, encodeDetect } from "../detect/state.ts";
import { emptyLimitState, type LimitState } from "../limits/index.ts";
import { type KeyCounters, type KeySnapshot, type OutputRecord, type RecentTuple, OUTPUT_TTL_MS, RECENT_DECISIONS, emptySnapshot, liveOutputs, outputRecord } from "./key-engine.ts";
import { isObj } from "../policy/json.ts";

export const SNAPSHOT_VERSION = 3;

/** What is written under the object's "snapshot" key. */
export type StoredSnapshot = Omit<KeySnapshot, "detect" | "recent" | "counters" | "limits" | "at" | "exp"> & {
  limits?: LimitState;
  /** The detection state with its compact stored names (detect/state.ts STORED_NAMES). */
  detect?: Record<string, unknown>;
  recent?: RecentTuple[];
  counters?: KeyCounters;
  at?: number;
  exp?: number;
};

/** How a stored value was read: nothing stored, current version, upgraded, or partly unreadable. */
export type DecodeOutcome = "empty" | "current" | "migrated" | "salvaged";

export interface Decoded {
  snap: KeySnapshot;
  outcome: DecodeOutcome;
  /** The stored `v` (undefined when absent or not a number). */
  from?: number;
}

/** Read any stored snapshot into the current shape (see decodeSnapshot for how it went). */
export function migrateSnapshot(stored: unknown): KeySnapshot {
  return decodeSnapshot(stored).snap;
}

const isNum = (x: unknown): x is number => typeof x === "number" && Number.isFinite(x);

export function decodeSnapshot(stored: unknown): Decoded {
  if (stored === undefined || stored === null) return { snap: emptySnapshot(), outcome: "empty" };
  const from = isObj(stored) && isNum(stored.v) ? stored.v : undefined;
  let cur: Record<string, unknown> | undefined = isObj(stored) ? { ...stored } : undefined;
  // One step per version; each step only runs on a shape the previous step produced or checked.
  if (cur && cur.v === 1) cur = v1toV2(cur);
  if (cur && cur.v === 2) cur = v2toV3(cur);
  const snap = cur && cur.v === 3 ? readV3(cur) : undefined;
  if (snap) return { snap, outcome: from === SNAPSHOT_VERSION ? "current" : "migrated", from };
  return { snap: salvage(stored), outcome: "salvaged", from };
}

function v1toV2(s: Record<string, unknown>): Record<string, unknown> | undefined {
  if (!Array.isArray(s.recent)) return undefined;
  const recent: RecentTuple[] = [];
  for (const r of s.recent.slice(-RECENT_DECISIONS)) {
    if (!isObj(r) || !isNum(r.atMs) || typeof r.action !== "string" || typeof r.cause !== "string") return undefined;
    recent.push([r.atMs, r.action as RecentTuple[1], r.served ? 1 : 0, r.enforced ? 1 : 0, r.cause as RecentTuple[4], Math.round((isNum(r.score) ? r.score : 0) * 1000)]);
  }
  return { ...s, v: 2, recent };
}

function v2toV3(s: Record<string, unknown>): Record<string, unknown> {
  // v2 kept no activity time: the latest time it does record stands in for it.
  let at = 0;
  const limits = s.limits;
  if (isObj(limits)) for (const n of ["rpm", "tpm", "tpd"]) {
    const b = limits[n];
    if (isObj(b) && isNum(b.updatedAtMs)) at = Math.max(at, b.updatedAtMs);
  }
  if (Array.isArray(s.recent)) for (const r of s.recent) if (Array.isArray(r) && isNum(r[0])) at = Math.max(at, r[0]);
  // A v2 key has been served if it settled tokens (an origin error costs none). One that did not
  // keeps its detection state in storage anyway while that state holds a standing or linkage.
  const c = s.counters;
  const served = isObj(c) && ((isNum(c.promptTokens) ? c.promptTokens : 0) + (isNum(c.completionTokens) ? c.completionTokens : 0)) > 0;
  return { ...s, v: 3, at, exp: 0, ...(served ? { okMs: at } : {}) };
}

/** A v3 value, checked field by field; undefined when any present field has the wrong shape. */
function readV3(s: Record<string, unknown>): KeySnapshot | undefined {
  const base = emptySnapshot();
  if (s.limits !== undefined) {
    if (!isObj(s.limits) || !isObj(s.limits.leases)) return undefined;
    for (const n of ["rpm", "tpm", "tpd"]) {
      const b = s.limits[n];
      if (b !== undefined && !(isObj(b) && isNum(b.level) && isNum(b.updatedAtMs))) return undefined;
    }
  }
  if (s.detect !== undefined && !(isObj(s.detect) && s.detect.v === 1)) return undefined;
  if (s.recent !== undefined && !(Array.isArray(s.recent) && s.recent.every((r) => Array.isArray(r) && r.length === 6))) return undefined;
  if (s.counters !== undefined && !(isObj(s.counters) && Object.keys(base.counters).every((k) => isNum((s.counters as Record<string, unknown>)[k])))) {
    return undefined;
  }
  for (const k of ["at", "exp", "okMs"]) if (s[k] !== undefined && !isNum(s[k])) return undefined;
  const override = readOverride(s.override);
  const list = readList(s.list);
  if ((s.override !== undefined && !override) || (s.list !== undefined && !list)) return undefined;
  return {
    // fields this codec does not check (challenge pass, puzzles, verification, ...) pass through
    ...(s as Partial<KeySnapshot>),
    v: 3,
    limits: (s.limits as LimitState | undefined) ?? emptyLimitState(),
    detect: s.detect !== undefined ? decodeDetect(s.detect as Record<string, unknown>) : newDetectState(),
    recent: (s.recent as RecentTuple[] | undefined) ?? [],
    counters: (s.counters as KeyCounters | undefined) ?? base.counters,
    at: (s.at as number | undefined) ?? 0,
    exp: (s.exp as number | undefined) ?? 0,
    ...(s.okMs !== undefined ? { okMs: s.okMs as number } : {}),
    ...(override ? { override } : {}),
    ...(list ? { list } : {}),
    ...(s.outputs !== undefined ? { outputs: readOutputs(s.outputs) } : {}),
    ...(s.inputs !== undefined ? { inputs: readOutputs(s.inputs) } : {}),
  };
}

/** The batches a key may fetch, as stored now ([id, atMs, cut, charged]) or before they were dated (id). */
function readOutputs(raw: unknown): OutputRecord[] {
  const out: OutputRecord[] = [];
  if (Array.isArray(raw)) for (const r of raw) {
    if (typeof r === "string") out.push([r, 0]);
    else if (Array.isArray(r) && typeof r[0] === "string" && isNum(r[1])) {
      out.push(outputRecord(r[0], r[1], r[2] === 1, isNum(r[3]) && r[3] >= 0 ? r[3] : undefined));
    }
  }
  return out;
}

function readOverride(raw: unknown): KeyOverride | undefined {
  if (!isObj(raw)) return undefined;
  const out: KeyOverride = {};
  if (typeof raw.tier === "string") out.tier = raw.tier;
  if (validBatchGroup(raw.batchGroup)) out.batchGroup = raw.batchGroup;
  if (raw.limits !== undefined) {
    const l = parseLimitSet(raw.limits, "override.limits");
    if (l.ok) out.limits = l.value;
  }
  return out.tier !== undefined || out.limits !== undefined || out.batchGroup !== undefined ? out : undefined;
}

function readList(raw: unknown): "allow" | "deny" | undefined {
  return raw === "allow" || raw === "deny" ? raw : undefined;
}

/** Unreadable or future shape: keep what an admin set, start everything else fresh. */
function salvage(stored: unknown): KeySnapshot {
  const snap = emptySnapshot();
  if (!isObj(stored)) return snap;
  const override = readOverride(stored.override);
  const list = readList(stored.list);
  if (override) snap.override = override;
  if (list) snap.list = list;
  if (isNum(stored.verifiedUntilMs)) snap.verifiedUntilMs = stored.verifiedUntilMs;
  const outputs = readOutputs(stored.outputs);
  if (outputs.length > 0) snap.outputs = outputs;
  const inputs = readOutputs(stored.inputs);
  if (inputs.length > 0) snap.inputs = inputs;
  return snap;
}

/** Whether a never-served key's detection state must be kept in storage anyway: it holds a
 *  standing other than allow, or linkage evidence (a linked group's new key is refused before the
 *  origin ever serves it, and must stay refused after its object is evicted from memory). */
export function detectionMatters(snap: KeySnapshot): boolean {
  const last = snap.recent[snap.recent.length - 1]?.[1];
  return snap.detect.standing !== "allow" || snap.detect.link > 0 || (last !== undefined && last !== "allow" && last !== "limit");
}

/**
 * What to store for a snapshot. A key the origin has never served (junk keys: the origin answers
 * 401) stores its limits, activity time and admin settings only: detection state, recent
 * decisions and counters stay in memory until its first 2xx, unless detectionMatters.
 */
export function toStored(snap: KeySnapshot): StoredSnapshot {
  if (snap.okMs !== undefined || detectionMatters(snap)) return { ...snap, detect: encodeDetect(snap.detect) };
  const { detect: _d, recent: _r, counters: _c, ...rest } = snap;
  return rest;
}

/**
 * What survives idle expiry: what an admin set (override, list entry, a verification still in
 * force at nowMs), the batch input files the key uploaded through the guard (bounded by
 * MAX_FILES; without them a later batch run of an older upload would be refused as unknown, and
 * a second run must still be metered as one), the batches and output files it may fetch
 * (MAX_OUTPUTS, those younger than OUTPUT_TTL_MS: results stay at the origin for weeks) and the
 * model input files it uploaded (MAX_INPUTS, as long). Nothing
 * else (undefined: nothing). With batches kept, `exp` is when the oldest of them ages out: the
 * object's alarm then runs this again, so no record is stored past its 30 days.
 */
export function keptAfterExpiry(snap: KeySnapshot, nowMs: number): StoredSnapshot | undefined {
  const verified = snap.verifiedUntilMs !== undefined && snap.verifiedUntilMs > nowMs;
  const files = snap.files !== undefined && snap.files.length > 0;
  const live = liveOutputs(snap.outputs, nowMs);
  const inputs = liveOutputs(snap.inputs, nowMs);
  const dated = [...live, ...inputs];
  if (snap.override === undefined && snap.list === undefined && !verified && !files && dated.length === 0) return undefined;
  return {
    v: 3,
    ...(snap.override ? { override: snap.override } : {}),
    ...(snap.list ? { list: snap.list } : {}),
    ...(verified ? { verifiedUntilMs: snap.verifiedUntilMs } : {}),
    ...(files ? { files: snap.files } : {}),
    ...(live.length > 0 ? { outputs: live } : {}),
    ...(inputs.length > 0 ? { inputs } : {}),
    ...(dated.length > 0 ? { exp: Math.min(...dated.map(([, at]) => at)) + OUTPUT_TTL_MS } : {}),
  };
}

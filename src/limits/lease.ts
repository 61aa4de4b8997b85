/**
 * Permit leases: a key's object hands the Worker isolate that asks a slice of the key's remaining
 * limits (requests, tokens, concurrency slots), taken from the key's buckets at once, so the sum
 * over every isolate can never exceed a limit. The isolate admits locally out of that slice, and
 * reports back in batches: what it admitted (detection signals), settled usage, and permits it did
 * not use (given back to the buckets). Pure: no `cloudflare:*`, time is always a parameter.
 *
 * Two halves, one file, so the simulation runs exactly what the Worker and the object run:
 * - object side: topUp (grant), giveBack (return), holdSlots (an isolate's concurrency entry);
 * - isolate side: LocalKey and the functions on it (tryLocal, localSettle, takeReport, applyGrant,
 *   nextStep).
 *
 * Exactness (as an upper bound): every permit an isolate uses was taken from the object's buckets
 * before use; a concurrency slot an isolate uses is counted in its entry (`i:<isolate>`, weight n)
 * from the grant until a report that gives it back, and the isolate freezes its slots at what it
 * reports before sending. Unused permits go back; lost reports only ever leave permits taken
 * (extra refusals, never extra admissions).
 */
import type { Usage } from "../policy/types.ts";
import { adjust, refill } from "./bucket.ts";
import { type LimitName, type LimitReport, type LimitSet, type LimitState, type QuotaPricing, WINDOW_MS, inFlightCount, peek, quotaTokens } from "./index.ts";

/** GUARD_POLICY.leases (see docs/config.md). */
export interface LeaseSettings {
  enabled: boolean;
  /** Permits an isolate holds at once for one key: the lag bound in requests (per isolate). */
  maxRequests: number;
  /** Permits are usable this long after the object's answer: the lag bound in milliseconds. */
  maxMs: number;
  /** An isolate seeing fewer requests per second than this for a key asks for no lease (cold key);
   *  at or above it, permits for maxMs at that rate (a moderate key gets a few). */
  minRatePerSecond: number;
  /** Reports (settlements, signals, unused permits) leave at most this long after their first item. */
  flushMs: number;
  /** A grant takes at most this percentage of what is left of each limit. */
  sharePercent: number;
  /** When a limit held the last grant back, the isolate refuses what its permits cannot cover and
   *  asks the object again only after this long (bounds object calls when a key is at its limit). */
  backoffMs: number;
  /** A cold key's settlement (which frees the request's slot at the object) waits at most this
   *  long for the key's next call from this isolate to ride on; 0: it leaves at once. */
  settleDeferMs: number;
  /** Detection's linkage reports wait this long in the isolate to leave in one call per registry
   *  shard (src/proxy/link-batch.ts); 0: at the end of the current task. */
  linkBatchMs: number;
}

export const DEFAULT_LEASES: LeaseSettings = {
  enabled: true,
  maxRequests: 256,
  maxMs: 1000,
  minRatePerSecond: 5,
  flushMs: 500,
  sharePercent: 10,
  backoffMs: 300,
  settleDeferMs: 1000,
  linkBatchMs: 250,
};

/** Concurrency entries of isolates are named with this prefix in LimitState.leases. */
export const ISOLATE_PREFIX = "i:";
/** Isolates holding slots for one key at once; beyond that, no new isolate gets a lease. */
export const MAX_ISOLATES = 512;

// ---------------------------------------------------------------------------------------------
// What travels between isolate and object (plain data, safe over RPC)

/** A request the isolate admitted under its lease: detection sees it at the next report. */
export interface LeasedAdmission<S = unknown> {
  atMs: number;
  signals?: S;
  /** Set when the isolate refused it (the key was at this limit and its permits ran out). */
  refused?: LimitName;
}

/** Real usage of a request the isolate admitted under its lease. */
export interface LeasedUsage extends Usage {
  atMs: number;
  originStatus: number;
}

/** Settlement of a request the object admitted itself (it holds that request's own slot). */
export interface ObjectSettle extends LeasedUsage {
  leaseId: string;
  reservedTokens: number;
}

/** A Usage's own fields, copied (the rest of what carries it left out; an absent field stays
 *  absent): what a report sends, and what the object reads of one. */
export function usageFields(u: Usage): Usage {
  const out: Usage = { promptTokens: u.promptTokens, completionTokens: u.completionTokens };
  if (u.cacheRead !== undefined) out.cacheRead = u.cacheRead;
  if (u.cacheWrite !== undefined) out.cacheWrite = u.cacheWrite;
  if (u.estimated) out.estimated = true;
  if (u.seen !== undefined) out.seen = u.seen;
  if (u.unread) out.unread = true;
  if (u.running) out.running = true;
  if (u.ended !== undefined) out.ended = u.ended;
  if (u.answer !== undefined) out.answer = u.answer;
  if (u.inputHash !== undefined) out.inputHash = u.inputHash;
  if (u.createdHash !== undefined) out.createdHash = u.createdHash;
  if (u.context !== undefined) out.context = u.context;
  if (u.stores !== undefined) out.stores = u.stores;
  if (u.contextTokens !== undefined) out.contextTokens = u.contextTokens;
  if (u.template !== undefined) out.template = u.template;
  if (u.templateTokens !== undefined) out.templateTokens = u.templateTokens;
  if (u.recorded) out.recorded = true;
  if (u.prevHash !== undefined) out.prevHash = u.prevHash;
  if (u.prevTool) out.prevTool = true;
  if (u.unnamed) out.unnamed = true;
  if (u.readablePrompt !== undefined) out.readablePrompt = u.readablePrompt;
  if (u.choices !== undefined) out.choices = u.choices;
  if (u.samples !== undefined) out.samples = u.samples;
  if (u.hardRead) out.hardRead = true;
  if (u.stepAsk) out.stepAsk = true;
  if (u.reasoning !== undefined) out.reasoning = u.reasoning;
  if (u.hosted !== undefined) out.hosted = u.hosted;
  if (u.model !== undefined) out.model = u.model;
  if (u.later) out.later = true;
  if (u.runOf !== undefined) out.runOf = u.runOf;
  if (u.batchRequests !== undefined) out.batchRequests = u.batchRequests;
  return out;
}

/** What the isolate asks for (sizes, from what it observed). */
export interface LeaseWant {
  ratePerSecond: number;
  /** Tokens one request reserves (largest seen recently). */
  tokensPerRequest: number;
  /** Permits the isolate still holds. */
  haveRequests: number;
  haveTokens: number;
  /** Extra concurrency slots wanted beyond `keep`. */
  slots: number;
  /** Requests waiting in the isolate for these permits (asked for on top of the rate's share). */
  waiting?: number;
}

/** One report of an isolate for one key: folded into a renewal, or a flush of its own. */
export interface LeaseReport<S = unknown> {
  isolateId: string;
  /** Concurrency slots the isolate keeps holding (>= its lease-admitted requests in flight);
   *  absent: leave its entry as it is (another exchange of the same isolate is in flight). */
  keep?: number;
  /** Permits given back: unused requests, and tokens (unused allowance plus the reservations
   *  settled below their estimate since; negative when usage exceeded the reservations). */
  back: { requests: number; tokens: number };
  admitted: LeasedAdmission<S>[];
  usages: LeasedUsage[];
  settles: ObjectSettle[];
  want?: LeaseWant;
}

/** The object's answer to a report that asked for permits. */
export interface LeaseGrant {
  /** Added to what the isolate holds. */
  requests: number;
  tokens: number;
  /** Extra concurrency slots on top of `keep` (null: concurrency is unlimited). */
  slots: number | null;
  /** The permits held are usable this long from the answer. */
  ttlMs: number;
  /** The limit that held this grant below what was asked (the key is near it). */
  scarce?: LimitName;
  /** The limits after the grant, for rate-limit headers of local admissions. */
  reports: LimitReport[];
}

export function emptyReport<S>(isolateId: string): LeaseReport<S> {
  return { isolateId, back: { requests: 0, tokens: 0 }, admitted: [], usages: [], settles: [] };
}

// ---------------------------------------------------------------------------------------------
// Object side

function bucketLevel(state: LimitState, limits: LimitSet, name: "rpm" | "tpm" | "tpd", nowMs: number): number {
  const q = limits[name];
  if (q == null) return Number.POSITIVE_INFINITY;
  const b = state[name];
  if (!b) return q;
  return refill(b, { capacity: q, windowMs: WINDOW_MS[name] }, nowMs).level;
}

function takeFrom(state: LimitState, limits: LimitSet, name: "rpm" | "tpm" | "tpd", cost: number, nowMs: number): void {
  const q = limits[name];
  if (q == null || cost === 0) return;
  const lim = { capacity: q, windowMs: WINDOW_MS[name] };
  const b = state[name] ?? { level: q, updatedAtMs: nowMs };
  state[name] = adjust(b, lim, cost, nowMs);
}

/** Permits given back (negative tokens: usage beyond the reservations, charged). Capped at capacity. */
export function giveBack(state: LimitState, limits: LimitSet, back: { requests: number; tokens: number }, nowMs: number): LimitState {
  const next: LimitState = { ...state };
  if (back.requests > 0) takeFrom(next, limits, "rpm", -back.requests, nowMs);
  if (back.tokens !== 0) {
    takeFrom(next, limits, "tpm", -back.tokens, nowMs);
    takeFrom(next, limits, "tpd", -back.tokens, nowMs);
  }
  return next;
}

/** Set how many slots an isolate holds (0: drop its entry); the entry lives `ttlMs` from now. */
export function holdSlots(state: LimitState, isolateId: string, n: number, nowMs: number, ttlMs: number): LimitState {
  const id = ISOLATE_PREFIX + isolateId;
  const { [id]: _old, ...rest } = state.leases;
  return { ...state, leases: n > 0 ? { ...rest, [id]: { expiresAtMs: nowMs + ttlMs, n } } : rest };
}

/** Share of a limit (rpm, tpm, tpd) below which what the object keeps after a grant makes the key
 *  scarce (topUp); concurrency is scarce only with no slot left. */
export const SCARCE_REST = 0.1;

/**
 * Grant an isolate permits on top of what it holds: sized by its observed rate (at most maxRequests
 * held, maxMs worth), at most sharePercent of what is left of each limit, taken from the buckets
 * now. Returns undefined when the isolate should get nothing (too many isolates hold slots).
 */
export function topUp(
  state: LimitState,
  limits: LimitSet,
  isolateId: string,
  keep: number,
  want: LeaseWant,
  nowMs: number,
  s: LeaseSettings,
  /** How long the isolate's concurrency entry lives without news (the policy's leaseTtlSeconds). */
  slotTtlMs: number,
): { state: LimitState; grant?: LeaseGrant } {
  const share = s.sharePercent / 100;
  const own = ISOLATE_PREFIX + isolateId;
  const live = Object.entries(state.leases).filter(([, l]) => l.expiresAtMs > nowMs);
  if (!live.some(([id]) => id === own) && live.filter(([id]) => id.startsWith(ISOLATE_PREFIX)).length >= MAX_ISOLATES) return { state };
  let scarce: LimitName | undefined;

  const target = Math.min(s.maxRequests, Math.max(Math.ceil((Math.max(0, want.ratePerSecond) * s.maxMs) / 1000), Math.max(0, want.waiting ?? 0)));
  const wantReq = Math.max(0, target - Math.max(0, want.haveRequests));
  let requests = wantReq;
  // `scarce` (the isolate then refuses locally for backoffMs when its permits of that limit run
  // out) means the key itself is short: it cannot give what is wanted, and what it keeps after
  // this grant is under SCARCE_REST of the limit (or one request's worth; of concurrency: no slot
  // left at all, below). Short of its share only, or of a big burst's want while the key still
  // holds most of its limit, a request beyond the permits goes to the object, which asks again for
  // a share of the rest (red team R4-4: a hot key refused at 8 of 64 slots in flight; R20-1: a
  // burst of 300 on rpm 100 got 19-60 admitted, a pool at its concurrency limit was refused 8-26 %
  // of the time). At a limit, where the level hovers near empty, the isolates still refuse
  // locally: the object is not called per request.
  const rest = (left: number, cap: number | null | undefined, unit: number) => left < Math.max(unit, SCARCE_REST * (cap ?? 0));
  const rpmLevel = Math.floor(bucketLevel(state, limits, "rpm", nowMs));
  const rpmAvail = Math.floor(rpmLevel * share);
  if (rpmAvail < requests) {
    requests = Math.max(0, rpmAvail);
    if (rpmLevel < wantReq && rest(rpmLevel - requests, limits.rpm, 1)) scarce = "rpm";
  }

  const tpr = Math.max(1, Math.ceil(want.tokensPerRequest));
  const wantTok = Math.max(0, (Math.max(0, want.haveRequests) + requests) * tpr - want.haveTokens);
  let tokens = wantTok;
  for (const name of ["tpm", "tpd"] as const) {
    const level = Math.floor(bucketLevel(state, limits, name, nowMs));
    const avail = Math.floor(level * share);
    if (avail < tokens) {
      tokens = Math.max(0, avail);
      if (level < wantTok && rest(level - tokens, limits[name], tpr)) scarce ??= name;
    }
  }
  // requests the tokens held cannot pay for are not granted
  const payable = Math.floor((want.haveTokens + tokens) / tpr) - Math.max(0, want.haveRequests);
  if (payable < requests) requests = Math.max(0, payable);

  let slots: number | null = null;
  let next: LimitState = { ...state };
  const conc = limits.concurrency;
  if (conc != null) {
    const others = inFlightCount(Object.fromEntries(live.filter(([id]) => id !== own)));
    const free = Math.max(0, conc - others - keep);
    let extra = Math.min(Math.max(0, want.slots), Math.max(Math.floor(free * share), Math.min(1, free)));
    // concurrency is scarce only with no slot left at the object: slots come back as requests end,
    // and a request refused locally while the object still has one is a wrong refusal (red team
    // R21-1: a pool of 32 streams on concurrency 32 was refused for 300 ms at a time with 2 free)
    if (extra < want.slots && free - Math.max(0, extra) < 1) scarce ??= "concurrency";
    extra = Math.max(0, extra);
    slots = extra;
    next = holdSlots(next, isolateId, keep + extra, nowMs, slotTtlMs);
  }
  takeFrom(next, limits, "rpm", requests, nowMs);
  takeFrom(next, limits, "tpm", tokens, nowMs);
  takeFrom(next, limits, "tpd", tokens, nowMs);
  return { state: next, grant: { requests, tokens, slots, ttlMs: s.maxMs, ...(scarce ? { scarce } : {}), reports: peek(next, limits, nowMs) } };
}

// ---------------------------------------------------------------------------------------------
// Isolate side

/** One key as one isolate sees it: permits held, requests in flight under them, the outbox. */
export interface LocalKey<S = unknown> {
  /** Permits held. Tokens may go negative when settled usage exceeds the reservations. */
  requests: number;
  tokens: number;
  /** Slots held in total (null: concurrency unlimited); never below inFlight once set. */
  slots: number | null;
  validUntilMs: number;
  /** Bumped whenever held permits are given back (expiry, revocation): settlements of requests
   *  admitted before go to the outbox instead of the (new) allowance. */
  epoch: number;
  /** Requests admitted under a lease, not settled yet. */
  inFlight: number;
  /** Requests the object admitted for this isolate, not settled yet. */
  objInFlight: number;
  /** Requests sent to the object for a decision, not answered yet (they overlap too). */
  deciding: number;
  peakInFlight: number;
  /** The limit that held the last grant back, and until when the isolate refuses beyond its permits. */
  scarce?: LimitName;
  scarceUntilMs: number;
  /** When the object said that limit frees (its refusal's wait; 0: not known): a local refusal
   *  says that, not the backoff's end (red team R32-3: "1 s" while a debt held the key 40 s). */
  scarceFreeAtMs: number;
  reports: LimitReport[];
  /** Exponentially decayed request rate (per ms), time constant RATE_TAU_MS. */
  rate: number;
  rateAtMs: number;
  /** Since when the key has had traffic without a pause (a burst from an idle key is not hot). */
  warmSinceMs: number;
  lastArrivalMs: number;
  /** Largest reservation seen since the last grant, and in the interval before it (a renewal
   *  asked right after a grant still knows what requests reserve). */
  tokensPerRequest: number;
  tokensPerRequestPrev: number;
  /** An exchange with the object is in flight (only one at a time per key). */
  busy: boolean;
  /** Requests waiting for that exchange's permits (they count as demand in the next renewal). */
  waiting: number;
  /** Round trip of an exchange as this isolate sees it (decayed average, ms; 0 until measured). */
  rttMs: number;
  /** When the pending outbox must leave (0: nothing pending). */
  flushAtMs: number;
  out: LeaseReport<S>;
}

const RATE_TAU_MS = 1000;
/** Traffic without a pause (no gap over WARM_GAP_MS) for this long before a key counts as hot. */
export const WARM_MS = 250;
export const WARM_GAP_MS = 250;
/** Local refusals reach detection within this long (they free nothing, so there is no hurry). */
const FLUSH_OF_REFUSALS_MS = 250;

export function newLocalKey<S>(isolateId: string, nowMs: number): LocalKey<S> {
  return {
    requests: 0,
    tokens: 0,
    slots: null,
    validUntilMs: 0,
    epoch: 0,
    inFlight: 0,
    objInFlight: 0,
    deciding: 0,
    peakInFlight: 0,
    scarceUntilMs: 0,
    scarceFreeAtMs: 0,
    reports: [],
    rate: 0,
    rateAtMs: nowMs,
    warmSinceMs: nowMs,
    lastArrivalMs: 0,
    tokensPerRequest: 0,
    tokensPerRequestPrev: 0,
    busy: false,
    waiting: 0,
    rttMs: 0,
    flushAtMs: 0,
    out: emptyReport<S>(isolateId),
  };
}

/** Count one request in the rate estimate and remember its reservation. */
export function observeArrival(k: LocalKey, reservedTokens: number, nowMs: number): void {
  if (nowMs - k.lastArrivalMs > WARM_GAP_MS) {
    k.warmSinceMs = nowMs;
    // traffic after a pause learns its own request size, as its rate: an agent's first turn that
    // wrote a 150k-token context in full, a minute before its subagents went at once on it at the
    // cache-read share, made their grant ask for 150k a request, and the key read as scarce at
    // `tpm` refused a subagent locally with 79k left (red team round 45)
    k.tokensPerRequest = 0;
    k.tokensPerRequestPrev = 0;
  }
  k.lastArrivalMs = Math.max(k.lastArrivalMs, nowMs);
  const dt = Math.max(0, nowMs - k.rateAtMs);
  k.rate = k.rate * Math.exp(-dt / RATE_TAU_MS) + 1 / RATE_TAU_MS;
  k.rateAtMs = Math.max(k.rateAtMs, nowMs);
  k.tokensPerRequest = Math.max(k.tokensPerRequest, reservedTokens);
  // concurrency wanted: every request of the key here overlapping this one, however decided
  k.peakInFlight = Math.max(k.peakInFlight, k.inFlight + k.objInFlight + k.deciding + k.waiting + 1);
}

/**
 * Requests per second the isolate currently sees for this key. The decayed average has seen only
 * (1 - e^(-t/tau)) of its weight t after the key's traffic started (warmSince): it is divided by
 * that (from WARM_MS on), so a steady 8 requests/s reads as such after WARM_MS, not after a few
 * seconds (a key of moderate rate would otherwise wait ~2 s for its first lease). The arrival
 * that started the traffic is left out (n arrivals span n - 1 gaps): two requests 250 ms apart
 * read as 4/s, not 8/s.
 */
export function ratePerSecond(k: LocalKey, nowMs: number): number {
  const decayed = k.rate * Math.exp(-Math.max(0, nowMs - k.rateAtMs) / RATE_TAU_MS) * 1000;
  const since = Math.max(0, nowMs - k.warmSinceMs);
  const first = (Math.exp(-since / RATE_TAU_MS) / RATE_TAU_MS) * 1000;
  return Math.max(0, decayed - first) / (1 - Math.exp(-Math.max(WARM_MS, since) / RATE_TAU_MS));
}

/** The outbox must leave by `atMs` (an earlier due time stays). */
export function flushBy(k: LocalKey, atMs: number): void {
  if (k.flushAtMs === 0 || atMs < k.flushAtMs) k.flushAtMs = atMs;
}

/** Give every permit held back (expiry, revocation): they go out with the next report. */
export function dropPermits(k: LocalKey, nowMs: number): void {
  if (k.requests === 0 && k.tokens === 0 && (k.slots === null || k.slots <= k.inFlight)) {
    k.validUntilMs = Math.min(k.validUntilMs, nowMs);
    return;
  }
  k.out.back.requests += k.requests;
  k.out.back.tokens += k.tokens;
  k.requests = 0;
  k.tokens = 0;
  if (k.slots !== null) k.slots = k.inFlight;
  k.validUntilMs = Math.min(k.validUntilMs, nowMs);
  k.epoch++;
  flushBy(k, nowMs);
}

/** Held permits past their validity are given back. */
export function expire(k: LocalKey, nowMs: number): void {
  if (k.validUntilMs <= nowMs) dropPermits(k, nowMs);
}

/** Why a request was not admitted locally. */
export type LocalMiss = { kind: "object" } | { kind: "refuse"; limit: LimitName; retryAfterMs: number };

/**
 * Admit locally if the permits held cover one request reserving `reservedTokens`; the result
 * carries the epoch to settle under. Otherwise: ask the object, or (while a limit is scarce and
 * the isolate is backing off) refuse locally.
 */
export function tryLocal<S>(
  k: LocalKey<S>,
  reservedTokens: number,
  signals: S | undefined,
  nowMs: number,
  /** Short of a slot, ask the object rather than refuse (a free route: the object does not count
   *  background jobs' held slots against it, key-engine.ts unreadAnswer). */
  slotFromObject = false,
): { ok: true; epoch: number; reports: LimitReport[] } | ({ ok: false } & LocalMiss) {
  expire(k, nowMs);
  const slotFree = k.slots === null || k.inFlight < k.slots;
  if (k.validUntilMs > nowMs && k.requests >= 1 && k.tokens >= reservedTokens && slotFree) {
    k.requests -= 1;
    k.tokens -= reservedTokens;
    k.inFlight += 1;
    k.peakInFlight = Math.max(k.peakInFlight, k.inFlight);
    k.out.admitted.push(signals === undefined ? { atMs: nowMs } : { atMs: nowMs, signals });
    return { ok: true, epoch: k.epoch, reports: localReports(k) };
  }
  if (k.scarce && nowMs < k.scarceUntilMs) {
    // refused here only for the limit the key itself is short of (the one the object refused at,
    // or that held the grant back): with no lease held, or when that is what ran out here. A
    // permit of another limit this isolate lacks is asked of the object, which still has it (red
    // team R20-1: refusals named "tokens per minute" with 99.99 % of it left)
    const leased = k.validUntilMs > nowMs;
    // (short of tokens, a grant holds no more requests than its tokens pay for: no request permit
    // left is the token limit too)
    const lacks = k.scarce === "concurrency" ? !slotFree : k.scarce === "rpm" ? k.requests < 1 : k.requests < 1 || k.tokens < reservedTokens;
    if (leased && !lacks) return { ok: false, kind: "object" };
    const limit: LimitName = k.scarce;
    if (slotFromObject && limit === "concurrency") return { ok: false, kind: "object" };
    k.out.admitted.push(signals === undefined ? { atMs: nowMs, refused: limit } : { atMs: nowMs, signals, refused: limit });
    flushBy(k, nowMs + FLUSH_OF_REFUSALS_MS);
    return { ok: false, kind: "refuse", limit, retryAfterMs: Math.max(1, k.scarceUntilMs - nowMs, k.scarceFreeAtMs - nowMs) };
  }
  return { ok: false, kind: "object" };
}

/** Whether a request reserves more tokens than a token limit of the key holds at all (its quota,
 *  as the object last reported it): no permit can ever cover it, and the object answers it
 *  `request_too_large` (red team R89-1: on a hot key it was asked of a renewal, whose want it made
 *  scarce, and refused here "Retry after 1 s" as an ordinary rate limit, which the SDKs retry). */
export function beyondQuota(k: LocalKey, reservedTokens: number): boolean {
  return k.reports.some((r) => (r.name === "tpm" || r.name === "tpd") && reservedTokens > r.quota);
}

/** Rate-limit headers for a local admission: the object's view at the grant, plus permits still
 *  held, never above the limit (red team R85-5: permits are taken from a bucket that refills
 *  meanwhile, so the object's view and the permits together read up to 200,414 of 200,000). */
function localReports(k: LocalKey): LimitReport[] {
  return k.reports.map((r) => {
    const held = r.name === "rpm" ? k.requests : r.name === "tpm" || r.name === "tpd" ? Math.max(0, Math.floor(k.tokens)) : Math.max(0, (k.slots ?? 0) - k.inFlight);
    return { ...r, remaining: Math.min(r.quota, r.remaining + held) };
  });
}

/** Rate-limit headers for a local refusal at `limit`: the object's view at the grant, with the
 *  limit that refused at 0 (red team R85-5: refusals for requests per minute had said 5 remaining). */
export function refusalReports(k: LocalKey, limit: LimitName): LimitReport[] {
  return k.reports.map((r) => (r.name === limit ? { ...r, remaining: 0 } : r));
}

/** A lease-admitted request ended: free its slot, give back what its reservation overestimated. */
export function localSettle(k: LocalKey, epoch: number, reservedTokens: number, usage: LeasedUsage, s: Pick<LeaseSettings, "flushMs" | "minRatePerSecond">, pricing: QuotaPricing = { cacheReadShare: 1 }): void {
  k.inFlight = Math.max(0, k.inFlight - 1);
  // what the answer counts against the permits' tokens: as the object counts it (quotaTokens)
  const delta = reservedTokens - quotaTokens(usage, pricing);
  if (epoch === k.epoch) k.tokens += delta;
  else k.out.back.tokens += delta;
  k.out.usages.push(usage);
  // what only the object can price goes to it now, and the permits with it, and so does usage
  // beyond what the permits held: the next request is decided after that charge (red team R35-2:
  // a cut turn's record read at the origin, 51k tokens on a lease of a few thousand, went back
  // only at the next flush, and the object meanwhile admitted on what it still thought was left)
  if (objectPriced(usage) || (epoch === k.epoch && k.tokens < 0)) {
    dropPermits(k, usage.atMs);
    flushBy(k, usage.atMs);
    return;
  }
  // usage beyond the reservation is owed now, not at the next renewal
  flushBy(k, delta < 0 && epoch !== k.epoch ? usage.atMs : usage.atMs + s.flushMs);
  // Nothing left in flight here and the key going quiet: give every permit back now rather than
  // park it. A key still at minRatePerSecond (its next request due within 1/rate) keeps its lease
  // between requests, at most until it lapses (maxMs), so a sequential client or a key of moderate
  // rate is decided locally too.
  if (k.inFlight === 0 && ratePerSecond(k, usage.atMs) < s.minRatePerSecond) dropPermits(k, usage.atMs);
}

/**
 * A request the object admitted ended: its settlement (which frees that request's own slot at the
 * object) goes into the outbox. When the key is busy in this isolate (>= minRatePerSecond,
 * lease-admitted requests in flight) it rides on the next exchange, at most flushMs later. A cold
 * key's settlement waits at most settleDeferMs for the key's next call from this isolate (that
 * call frees the slot before it decides anything, so this isolate's next request never sees it
 * held), but only when `room`: the object's answer left the key at least one free slot besides
 * this request's (or it has no concurrency limit), so another isolate is not refused for a slot
 * that is only waiting to be released. Usage beyond the reservation is owed at once.
 */
export function objectSettle(k: LocalKey, settle: ObjectSettle, s: LeaseSettings, room = false): void {
  k.objInFlight = Math.max(0, k.objInFlight - 1);
  k.out.settles.push(settle);
  // the slot this frees is the object's: its last word on concurrency no longer holds
  if (k.scarce === "concurrency") k.scarceUntilMs = 0;
  const beyond = settle.promptTokens + settle.completionTokens - settle.reservedTokens;
  const over = beyond > 0 || objectPriced(settle);
  // the key has less left than the permits this isolate holds were sized on, by more than they
  // hold (or by what only the object knows): they go back with it (red team R35-2: permits
  // granted before such charges landed admitted 5 more cut turns)
  if (beyond > k.tokens || objectPriced(settle)) dropPermits(k, settle.atMs);
  const busy = s.enabled && k.inFlight > 0 && ratePerSecond(k, settle.atMs) >= s.minRatePerSecond;
  flushBy(k, settle.atMs + (over ? 0 : busy ? s.flushMs : room ? s.settleDeferMs : 0));
}

/**
 * A settlement whose charge the key's object decides beyond what it says: a Responses turn cut
 * before its usage on a stored context or prompt whose size only the object remembers
 * (KeyEngine.withContext), unless the origin's own record of the turn was read (Usage.recorded).
 */
export function objectPriced(u: Usage): boolean {
  return (u.estimated === true || u.seen !== undefined) && u.recorded !== true && (u.context !== undefined || u.template !== undefined);
}

/** Whether a cold key's settlement may wait for the key's next call (see objectSettle). */
export function roomToDefer(reports: LimitReport[]): boolean {
  const c = reports.find((r) => r.name === "concurrency");
  return c === undefined || c.remaining >= 1;
}

/** An exchange's round trip as measured by the isolate: renewals are asked that much earlier. */
export function observeRtt(k: LocalKey, ms: number): void {
  const v = Math.max(0, ms);
  k.rttMs = k.rttMs === 0 ? v : k.rttMs * 0.8 + v * 0.2;
}

/**
 * The object refused a request at a limit: while the key is busy here, refuse locally for
 * backoffMs (what the object would answer too, give or take the permits that refill meanwhile),
 * so a hot key at its limit does not send every request to the object.
 */
export function objectRefused(k: LocalKey, limit: LimitName, nowMs: number, s: LeaseSettings, retryAfterMs = 0, reports?: LimitReport[]): void {
  if (!s.enabled || ratePerSecond(k, nowMs) < s.minRatePerSecond || owesSlots(k, limit)) return;
  k.scarce = limit;
  k.scarceUntilMs = Math.max(k.scarceUntilMs, nowMs + s.backoffMs);
  // the refusals made here meanwhile carry the object's wait and its reports (R32-3)
  k.scarceFreeAtMs = Number.isFinite(retryAfterMs) && retryAfterMs > 0 ? nowMs + retryAfterMs : 0;
  if (reports !== undefined && reports.length > 0) k.reports = reports;
}

/**
 * Whether the object's word that `limit` is short is stale: it is concurrency, and slots the object
 * counted as held have been freed here since (settlements of requests it admitted, still in the
 * outbox). Red team R20-1: a pool at exactly its concurrency limit got a grant of no slots, or a
 * refusal, computed before its own requests' settlements arrived, and was then refused locally
 * for backoffMs with nothing in flight.
 */
function owesSlots(k: LocalKey, limit: LimitName): boolean {
  return limit === "concurrency" && k.out.settles.length > 0;
}

/** The object admitted a request for this isolate (settled later with objectSettle). */
export function objectAdmitted(k: LocalKey): void {
  k.objInFlight++;
}

/** Requests of one key deciding at the object at once in one isolate from which it counts as hot
 *  before WARM_MS: the burst's next requests wait for the permits asked instead of calling too. */
export const BURST = 8;

/**
 * Whether this isolate should ask for permits for the key: it has seen at least minRatePerSecond
 * for a while (WARM_MS without a pause), or BURST of its requests are already at the object at
 * once. Whether its requests overlap does not matter: a sequential client at that rate (fast
 * answers: embeddings, short completions) costs one call per request otherwise; detection reads
 * a leased request's arrival time as the isolate saw it. A few requests of an
 * idle key are decided per request by the object, exactly: permits
 * granted to the first would sit unused while the rest is already on its way to the object; from
 * BURST on, the requests after the asking one wait for its permits (decideLeased), so the object
 * sees a few calls, not one per request for WARM_MS. Once leased, a key at that rate keeps its
 * few permits between its requests (at most maxMs; see localSettle) and renews them whether or not
 * its requests overlap at that moment (a key of moderate rate overlaps now and then).
 */
export function isHot(k: LocalKey, nowMs: number, s: LeaseSettings): boolean {
  const warm = nowMs - k.warmSinceMs >= WARM_MS || k.deciding + k.waiting >= BURST;
  return s.enabled && nowMs - k.lastArrivalMs <= WARM_GAP_MS && warm && ratePerSecond(k, nowMs) >= s.minRatePerSecond;
}

/** When the isolate must look at the key again with no request arriving: the outbox's due time,
 *  or when held permits lapse (then they go back). Infinity: nothing to do. */
export function wakeAtMs(k: LocalKey): number {
  const holding = k.requests > 0 || k.tokens > 0 || (k.slots ?? 0) > k.inFlight;
  return Math.min(k.flushAtMs || Number.POSITIVE_INFINITY, holding ? k.validUntilMs : Number.POSITIVE_INFINITY);
}

/**
 * Take the outbox as a report (the isolate freezes its slots at `keep` until the answer). With
 * `ask`, the report asks for permits on top of what is held; `admitting`: it carries a request for
 * the object to decide.
 */
export function takeReport<S>(k: LocalKey<S>, nowMs: number, s: LeaseSettings, ask: boolean, admitting = false): LeaseReport<S> {
  expire(k, nowMs);
  const r = k.out;
  // keep what is in flight plus room for the recent peak; give back slots parked beyond it
  // (requests waiting for permits are in flight as soon as they get them)
  const room = Math.ceil(Math.max(k.peakInFlight, k.inFlight + k.waiting) * 1.25) + 1;
  if (k.slots !== null) {
    if (ask) k.slots = Math.max(k.inFlight, Math.min(k.slots, room));
    else if (k.validUntilMs <= nowMs) k.slots = k.inFlight;
    // a request sent to the object for its decision takes a slot there: one parked here goes back
    // with it (the object sets the hold before deciding), or the key counts that slot twice (red
    // team round 45: the last of a burst of exactly `concurrency` was refused "concurrent requests"
    // for a slot its own isolate held idle, its permits holding no request the tokens paid for)
    if (admitting && k.slots > k.inFlight) k.slots--;
  }
  r.keep = k.slots ?? k.inFlight;
  if (ask) {
    r.want = {
      ratePerSecond: ratePerSecond(k, nowMs),
      tokensPerRequest: Math.max(k.tokensPerRequest, k.tokensPerRequestPrev),
      haveRequests: k.validUntilMs > nowMs ? k.requests : 0,
      haveTokens: k.validUntilMs > nowMs ? k.tokens : 0,
      slots: Math.max(0, room - r.keep),
      ...(k.waiting > 0 ? { waiting: k.waiting } : {}),
    };
  }
  k.out = emptyReport<S>(r.isolateId);
  k.flushAtMs = 0;
  k.peakInFlight = k.inFlight;
  return r;
}

/** Fold the object's answer in: permits added, valid for ttl from now; no grant means revoked. */
export function applyGrant(k: LocalKey, grant: LeaseGrant | undefined, nowMs: number, s: LeaseSettings): void {
  if (!grant) {
    dropPermits(k, nowMs);
    k.scarce = undefined;
    k.scarceUntilMs = 0;
    k.scarceFreeAtMs = 0;
    return;
  }
  k.requests += grant.requests;
  k.tokens += grant.tokens;
  k.slots = grant.slots === null ? null : (k.slots ?? k.inFlight) + grant.slots;
  k.validUntilMs = nowMs + grant.ttlMs;
  k.scarce = grant.scarce;
  k.scarceUntilMs = grant.scarce && !owesSlots(k, grant.scarce) ? nowMs + s.backoffMs : 0;
  k.scarceFreeAtMs = 0;
  k.reports = grant.reports;
  // the reservation size is re-learnt from the next requests (the last interval's still counts)
  // (grants back to back, with no arrival between them, keep the last size seen)
  k.tokensPerRequestPrev = k.tokensPerRequest || k.tokensPerRequestPrev;
  k.tokensPerRequest = 0;
}

/**
 * What the isolate does off the request's path: after a request's arrival, `renew` (ask for more
 * permits, folding the outbox in) when the key is hot and its permits run low; `flush` when the
 * outbox is due (permits that lapsed are due at once); else nothing. Never while an exchange is in
 * flight. Low: half of the permits or half of their time gone, or fewer left than the requests
 * expected while a renewal travels (twice the measured round trip at the current rate), so that
 * a slow object still answers before the permits run out.
 */
export function nextStep(k: LocalKey, nowMs: number, s: LeaseSettings, arrival: boolean): "renew" | "flush" | undefined {
  if (k.busy) return undefined;
  expire(k, nowMs);
  // only a request's arrival asks for permits (demand drives leases; a settlement or a timer only flushes)
  if (arrival && isHot(k, nowMs, s) && !(k.scarce && nowMs < k.scarceUntilMs)) {
    const rate = ratePerSecond(k, nowMs);
    const target = Math.min(s.maxRequests, Math.ceil((rate * s.maxMs) / 1000));
    const lead = 2 * k.rttMs;
    const low = k.requests * 2 < target || k.requests < (rate * lead) / 1000 || k.validUntilMs - nowMs < Math.max(s.maxMs / 2, lead);
    if (low) return "renew";
  }
  if (k.flushAtMs !== 0 && k.flushAtMs <= nowMs) {
    // a hot key's due outbox leaves as a renewal: one call tops its permits up too (or asks for
    // its first ones: a key whose settlements keep it busy with flushes would never ask otherwise),
    // and keeps the key from being busy with a flush while its permits run out
    if (s.enabled && isHot(k, nowMs, s) && !(k.scarce && nowMs < k.scarceUntilMs)) return "renew";
    return "flush";
  }
  return undefined;
}

/**
 * Whether a request that found the permits gone should wait for a renewal (the one in flight, or
 * one it starts) rather than go to the object itself: the key is hot here and its lease is live
 * (granted and not revoked; only used up). At most MAX_WAITS renewals per request.
 */
export function shouldWait(k: LocalKey, nowMs: number, s: LeaseSettings): boolean {
  return k.validUntilMs > nowMs && isHot(k, nowMs, s);
}

/** Renewals one request waits for at most before it goes to the object itself. */
export const MAX_WAITS = 3;

/** Whether the isolate can forget this key (nothing held, in flight, or pending). */
export function idle(k: LocalKey, nowMs: number): boolean {
  return !k.busy && k.inFlight === 0 && k.flushAtMs === 0 && (k.validUntilMs <= nowMs || (k.requests === 0 && k.tokens <= 0)) && ratePerSecond(k, nowMs) < 1;
}

/**
 * The isolate's side of permit leases (src/limits/lease.ts): per key, the permits this isolate
 * holds, the outbox of what it owes the key's object, and the one exchange in flight. The pure
 * functions decide; this file only keeps the map, calls the object and schedules background work
 * with waitUntil. A request costs at most one call to the object: none when the permits held decide
 * it, one `exchange` (carrying the outbox and, for a hot key, a renewal) when they cannot.
 * Settlements never cost a call of their own on the request's path: they leave with the next
 * exchange, or in a background flush.
 */
import type { LinkReport, LinkView, RequestSignals } from "../detect/index.ts";
import type { Decision, ExchangeResult } from "../engine/key-engine.ts";
import { type LimitName, type QuotaPricing, isLimitName } from "../limits/index.ts";
import {
  type LeaseReport,
  type LeaseSettings,
  type LocalKey,
  applyGrant,
  emptyReport,
  flushBy,
  idle,
  isHot,
  localSettle,
  newLocalKey,
  nextStep,
  objectAdmitted,
  objectRefused,
  beyondQuota,
  objectSettle,
  observeArrival,
  observeRtt,
  roomToDefer,
  shouldWait,
  MAX_WAITS,
  takeReport,
  refusalReports,
  tryLocal,
  wakeAtMs,
  usageFields,
} from "../limits/lease.ts";
import { IO } from "../observability/io.ts";
import { logEvent, safeError } from "../observability/log.ts";
import type { Usage } from "../policy/types.ts";
import { type LinkSink, queueLinks, resetLinkBatch } from "./link-batch.ts";

/** Keys one isolate tracks at once; idle ones are forgotten first (bounded memory). */
const MAX_KEYS = 10_000;

const keys = new Map<string, LocalKey<RequestSignals>>();
/** Keys with a background timer pending (one per key): when it fires, and until when the request
 *  context it waits in can be trusted to run it (contextEndMs). */
const timers = new Map<string, { due: number; ctxEndMs: number; wake: () => void }>();

/**
 * How long after a request last used its context (decided or settled) background work may still
 * be registered with it: the platform ends a request's waitUntil work 30 s after its response,
 * so a timer chain that re-arms inside the context it first fired in would be cut there (its key's
 * outbox and permits then stuck until the key's next request). Below 30 s by a margin.
 */
export const CONTEXT_MS = 25_000;
/** A key's pending timer whose context has less than this left moves to the newer context of a
 *  request of the key (once per ~CONTEXT_MS - HANDOVER_MS per busy key); what is left covers any
 *  wake-up a key sets (maxMs, settleDeferMs and VIEW_HOLD_MS are at most 10 s). */
export const HANDOVER_MS = 12_000;

/**
 * Whether a wake-up due at `due` is armed in a context trusted until `ctxEndMs`, given the key's
 * pending timer: "keep" the pending one when it fires first in a context that lasts (else it moves
 * here: its context ends within HANDOVER_MS, or was cut and it will never fire); "skip" when this
 * context would be cut first (a chain of timers fired in an old request's context: the key's next
 * request arms it in its own).
 */
export function timerPlan(pending: { due: number; ctxEndMs: number } | undefined, due: number, ctxEndMs: number, nowMs: number): "keep" | "skip" | "arm" {
  if (pending !== undefined && pending.due <= due && (pending.ctxEndMs - nowMs >= HANDOVER_MS || pending.ctxEndMs >= ctxEndMs)) return "keep";
  if (due > ctxEndMs) return "skip";
  return "arm";
}

/** Until when `lc`'s request context can be trusted with background work. */
function contextEnd(lc: LeaseContext, nowMs: number): number {
  return (lc.usedMs ?? nowMs) + CONTEXT_MS;
}

/** End a key's pending wake-up timer now (its waitUntil promise resolves): the work it waited for
 *  is being done, and the pump that follows that work sets the next timer. A timer left pending
 *  would hold the request's context open until it fires (up to VIEW_HOLD_MS) for nothing. */
function cancelTimer(keyId: string): void {
  const t = timers.get(keyId);
  if (t === undefined) return;
  timers.delete(keyId);
  t.wake();
}
/** Keys with their exchange in flight (a renewal when `ask`): resolves once its answer is applied. */
const inflight = new Map<string, { ask: boolean; done: Promise<void> }>();
/** Keys whose settlements are being priced (a cut turn reading its records at the origin:
 *  holdDecisions): the key's Responses turns in this isolate wait until each is settled. */
const holds = new Map<string, Set<Promise<void>>>();
/** Registry shards' views waiting for their key's next call from this isolate (see link-batch.ts). */
const views = new Map<string, LinkView[]>();
/** Views kept per key at most (the newest; a later view of a shard supersedes an earlier one). */
const MAX_VIEWS = 8;
let isolateId: string | undefined;

/** Random per isolate, made on first use (Workers allow randomness only inside a request). */
function isolate(): string {
  isolateId ??= crypto.randomUUID();
  return isolateId;
}

function keyState(keyId: string, nowMs: number): LocalKey<RequestSignals> {
  let k = keys.get(keyId);
  if (!k) {
    if (keys.size >= MAX_KEYS) {
      for (const [id, other] of keys) {
        if (idle(other, nowMs)) keys.delete(id);
        if (keys.size < MAX_KEYS * 0.9) break;
      }
    }
    k = newLocalKey<RequestSignals>(isolate(), nowMs);
    keys.set(keyId, k);
  }
  return k;
}

/** One exchange with the key's object (rejects when it could not be reached, or after
 *  `timeoutMs`: a request's own exchange gets what is left of its decision's time, a background
 *  one the implementation's default). `views`: shards' answers to the key's earlier reports;
 *  `batchLinks`: the object returns its linkage reports in the answer (`links`) for the isolate to
 *  batch, instead of calling the shards itself. */
export type ExchangeFn = (msg: { report: LeaseReport<RequestSignals>; admit?: AdmitFields; views?: LinkView[]; batchLinks?: boolean }, timeoutMs?: number) => Promise<ExchangeResult>;

export interface AdmitFields {
  requestId: string;
  route: import("../policy/types.ts").RouteKind;
  reservedTokens: number;
  degradedTokens?: number;
  signals?: RequestSignals;
  solved?: import("../engine/key-engine.ts").SolvedPuzzle;
  /** The prompts or inputs it asks for, when more than one (request.ts itemsAsked): what a challenge pass counts. */
  items?: number;
  /** The origin goes on after the answer (a background response): its slot is held past its
   *  settlement (KeyEngine.unreadAnswer), which only the object counts, so it is decided there. */
  background?: boolean;
}

/** How to settle an admitted request: against the isolate's permits, or with the object. */
export type Ticket = { kind: "local"; epoch: number; reservedTokens: number } | { kind: "object"; leaseId: string; reservedTokens: number; room: boolean };

export interface LeaseContext {
  keyId: string;
  settings: LeaseSettings;
  /** GUARD_POLICY.cacheReadShare and hostedCalls: what a cache read and a hosted tool's call count
   *  against the permits' tokens (absent: every token counts 1, calls nothing). */
  pricing?: QuotaPricing;
  /** Makes one exchange (a fresh stub of this request's env each time). */
  exchange: ExchangeFn;
  waitUntil: (p: Promise<unknown>) => void;
  /** A request waits at most this long in all for renewals before it calls the object itself
   *  (the whole decision has doTimeoutMs; the handler gives waiting a quarter of it). */
  waitMs?: number;
  /** The whole decision (waits, then the request's own exchange) rejects after this long, so the
   *  caller needs no timer of its own (absent: unbounded, as the exchange function is). */
  timeoutMs?: number;
  /** One call to a linkage registry shard with a batch of reports (link-batch.ts). Absent: the
   *  key's object reports to the shards itself. */
  observeLinks?: (shard: string, reports: LinkReport[]) => Promise<LinkView[]>;
  /** When its request last used this context (set by decideLeased and settleLeased): background
   *  work is registered with it until CONTEXT_MS after that. */
  usedMs?: number;
}

function localDecision(reports: Decision["reports"], reservedTokens: number): Decision {
  return { action: "allow", served: true, enforced: true, cause: "ok", reports, reservedTokens, score: 0, reasons: [] };
}

function localRefusal(limit: LimitName, retryAfterMs: number, reports: Decision["reports"]): Decision {
  return { action: "limit", served: false, enforced: true, cause: limit, retryAfterMs, reports, reservedTokens: 0, score: 0, reasons: [] };
}

/**
 * Decide one request: from the permits held when they cover it (no call), else with one exchange
 * that also carries the outbox and, for a hot key, asks for permits. A request carrying a puzzle
 * solution always goes to the object (so does everything this function is not called for:
 * batches, batch runs). Rejects when the object could not be reached (the caller applies FAIL_MODE).
 */
export async function decideLeased(lc: LeaseContext, req: AdmitFields): Promise<{ decision?: Decision; ticket?: Ticket; local: boolean }> {
  const s = lc.settings;
  // a settlement of this key being priced comes first (holdDecisions), within the decision's time,
  // for a request that could itself leave input the origin adds uncharged (a Responses turn); the
  // key's other requests are admitted on their own reservations meanwhile, as before
  const startMs = Date.now();
  const held = req.route === "responses" ? holds.get(lc.keyId) : undefined;
  if (held !== undefined && held.size > 0) {
    IO.leaseWaits++;
    await waitAtMost(Promise.all(held).then(() => undefined), (lc.timeoutMs ?? Number.POSITIVE_INFINITY) / 2);
  }
  const nowMs = Date.now();
  lc.usedMs = nowMs;
  const k = keyState(lc.keyId, nowMs);
  // a request no permit can ever cover goes to the object, which refuses it `request_too_large`
  // (and it is no sign of what the key's requests take: renewals would ask for its tokens)
  const tooLarge = beyondQuota(k, req.reservedTokens);
  if (!tooLarge) observeArrival(k, req.reservedTokens, nowMs);
  const endMs = startMs + (lc.timeoutMs ?? Number.POSITIVE_INFINITY);
  if (s.enabled && !req.solved && !req.background && !tooLarge) {
    let r = tryLocal(k, req.reservedTokens, req.signals, nowMs, req.route === "free");
    // Permits ran out while a renewal is on its way: wait for it rather than call the object too
    // (a slow object would otherwise get every request arriving meanwhile, one call each). If its
    // grant is used up before this request's turn and the lease is still live, wait for the next.
    const deadline = Math.min(endMs, nowMs + (lc.waitMs ?? Number.POSITIVE_INFINITY));
    for (let tries = 0; !r.ok && r.kind === "object" && tries < MAX_WAITS && Date.now() < deadline; tries++) {
      const live = shouldWait(k, Date.now(), s);
      if (!inflight.has(lc.keyId) && !k.busy && live) lc.waitUntil(background(lc, k, "renew"));
      const f = inflight.get(lc.keyId);
      // a flush in flight is waited for too when the lease is live: a renewal follows it at once
      const pending = f && (f.ask || live) ? f.done : undefined;
      if (!pending) break;
      IO.leaseWaits++;
      k.waiting++;
      await waitAtMost(pending, deadline - Date.now());
      k.waiting--;
      r = tryLocal(k, req.reservedTokens, req.signals, Date.now(), req.route === "free");
    }
    if (r.ok) {
      IO.leasedAdmits++;
      pump(lc, k, true);
      return { decision: localDecision(r.reports, req.reservedTokens), ticket: { kind: "local", epoch: r.epoch, reservedTokens: req.reservedTokens }, local: true };
    }
    if (r.kind === "refuse") {
      IO.leasedRefusals++;
      pump(lc, k, false);
      return { decision: localRefusal(r.limit, r.retryAfterMs, refusalReports(k, r.limit)), local: true };
    }
  }
  // One exchange: this request, the outbox, and (hot key, none in flight) a renewal, within what is
  // left of the decision's time (none left: nothing is taken from the outbox, nothing is sent).
  const leftMs = endMs - Date.now();
  if (leftMs <= 0) throw new Error(`timed out after ${lc.timeoutMs} ms`);
  const mine = !k.busy;
  const ask = mine && isHot(k, Date.now(), s) && !req.solved;
  const report = mine ? takeReport(k, Date.now(), s, ask, true) : withSettles(k);
  k.deciding++;
  let result: ExchangeResult;
  try {
    result = await exchangeFor(lc, k, mine, ask, report, req, Number.isFinite(leftMs) ? leftMs : undefined);
  } finally {
    k.deciding--;
    // also when the exchange failed: what the key still owes or holds (permits that lapse, a
    // settlement that came meanwhile) gets its wake-up, as after any other exchange
    pump(lc, k, false);
  }
  const decision = result?.decision;
  const ticket: Ticket | undefined = decision?.leaseId ? { kind: "object", leaseId: decision.leaseId, reservedTokens: decision.reservedTokens, room: roomToDefer(decision.reports) } : undefined;
  if (ticket) objectAdmitted(k);
  if (decision && !decision.served && decision.action === "limit" && isLimitName(decision.cause)) objectRefused(k, decision.cause, Date.now(), s, decision.retryAfterMs, decision.reports);
  return { decision, ticket, local: false };
}

/**
 * One exchange for key `k`. `mine`: this is the key's one exchange in flight (it carries the
 * outbox; the key is busy until the answer); `ask`: it asks for permits, and requests that find
 * the permits gone meanwhile wait for its answer. Measures the round trip. Rejects as the call does.
 */
async function exchangeFor(
  lc: LeaseContext,
  k: LocalKey<RequestSignals>,
  mine: boolean,
  ask: boolean,
  report: LeaseReport<RequestSignals>,
  admit?: AdmitFields,
  timeoutMs?: number,
): Promise<ExchangeResult> {
  const s = lc.settings;
  const t0 = Date.now();
  if (mine) k.busy = true;
  const msg: Parameters<ExchangeFn>[0] = admit ? { report, admit } : { report };
  const v = views.get(lc.keyId);
  if (v) {
    views.delete(lc.keyId);
    msg.views = v;
  }
  if (lc.observeLinks) msg.batchLinks = true;
  const call = timeoutMs === undefined ? lc.exchange(msg) : lc.exchange(msg, timeoutMs);
  const applied = call.then(
    (result) => {
      if (mine) {
        k.busy = false;
        observeRtt(k, Date.now() - t0);
        if (ask) applyGrant(k, result.grant, Date.now(), s);
      }
      if (result.links?.length && lc.observeLinks) queueLinks(linkSink(lc), lc, result.links);
    },
    () => {
      if (mine) k.busy = false;
    },
  );
  if (mine) {
    const entry = { ask, done: applied };
    inflight.set(lc.keyId, entry);
    void applied.then(() => {
      if (inflight.get(lc.keyId) === entry) inflight.delete(lc.keyId);
    });
  }
  await applied;
  return call;
}

/**
 * The report of a request's exchange while another exchange of the key is in flight: nothing of
 * the outbox but its settlements, which free the slots of requests the object admitted before
 * it decides this one (each names its own lease, so they need no order with the exchange in
 * flight). Red team R20-1: a pool at its concurrency limit was refused for slots its own finished
 * requests still held at the object.
 */
function withSettles(k: LocalKey<RequestSignals>): LeaseReport<RequestSignals> {
  const r = emptyReport<RequestSignals>(isolate());
  r.settles = k.out.settles;
  k.out.settles = [];
  return r;
}

/** Wait for `p`, or `ms` at most. */
async function waitAtMost(p: Promise<void>, ms: number): Promise<void> {
  if (!Number.isFinite(ms)) return p;
  IO.timers++;
  let t: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([p, new Promise<void>((r) => (t = setTimeout(r, Math.max(0, ms))))]);
  clearTimeout(t);
}

/** Settle an admitted request: into the isolate's permits (leased) or the outbox (object). */
export function settleLeased(lc: LeaseContext, ticket: Ticket | undefined, usage: Usage, originStatus: number): void {
  if (!ticket) return;
  const nowMs = Date.now();
  lc.usedMs = nowMs;
  const k = keyState(lc.keyId, nowMs);
  const u = { atMs: nowMs, originStatus, ...usageFields(usage) };
  if (ticket.kind === "local") localSettle(k, ticket.epoch, ticket.reservedTokens, u, lc.settings, lc.pricing);
  else objectSettle(k, { ...u, leaseId: ticket.leaseId, reservedTokens: ticket.reservedTokens }, lc.settings, ticket.room);
  pump(lc, k, false);
}

/**
 * Background work for a key, off every request's path: renew or flush now if due, else sleep
 * until the outbox is due or the permits held lapse (then they go back).
 */
function pump(lc: LeaseContext, k: LocalKey<RequestSignals>, arrival: boolean): void {
  const nowMs = Date.now();
  const step = nextStep(k, nowMs, lc.settings, arrival);
  if (step) {
    cancelTimer(lc.keyId);
    lc.waitUntil(background(lc, k, step));
    return;
  }
  if (k.busy) return;
  const at = wakeAtMs(k);
  if (!Number.isFinite(at) || at < nowMs) return;
  // one timer per key; a new one only when it must fire earlier than the one pending, which then
  // ends at once (left pending, it would fire later for nothing but another look at the key, and
  // hold its request's context open until then: a hot key's permit-lapse timer, superseded by
  // every flush due sooner, was ~40 % of the timers of 50 keys)
  const due = at + 1;
  const ctxEndMs = contextEnd(lc, nowMs);
  const pending = timers.get(lc.keyId);
  if (timerPlan(pending, due, ctxEndMs, nowMs) !== "arm") return;
  if (pending !== undefined) cancelTimer(lc.keyId);
  IO.timers++;
  let fired = true;
  let wake = () => {};
  const slept = new Promise<void>((r) => {
    const h = setTimeout(r, Math.max(0, due - nowMs));
    wake = () => {
      fired = false;
      clearTimeout(h);
      r();
    };
  });
  timers.set(lc.keyId, { due, ctxEndMs, wake });
  lc.waitUntil(
    slept.then(() => {
      if (!fired) return;
      if (timers.get(lc.keyId)?.due === due) timers.delete(lc.keyId);
      pump(lc, k, false);
    }),
  );
}

async function background(lc: LeaseContext, k: LocalKey<RequestSignals>, step: "renew" | "flush"): Promise<void> {
  const ask = step === "renew";
  const report = takeReport(k, Date.now(), lc.settings, ask);
  try {
    await exchangeFor(lc, k, true, ask, report);
  } catch (e) {
    // what the report carried is lost: permits stay taken, slots held until their TTL (never an
    // extra admission); the usage it carried goes uncounted
    logEvent({ evt: "lease_report_failed", keyId: lc.keyId, error: safeError(e) });
  }
  pump(lc, k, false);
}

/** Where the batched reports of a key go: its shards (through this request's env), then its views
 *  back to the key (see deliverView). */
function linkSink(lc: LeaseContext): LinkSink<LeaseContext> {
  return { observe: lc.observeLinks!, waitUntil: lc.waitUntil, windowMs: lc.settings.linkBatchMs, deliver: (keyLc, view, sink) => deliverView({ ...keyLc, waitUntil: sink.waitUntil }, view) };
}

/** A view waits at most this long for the settlement of a request of its key in flight here. */
export const VIEW_HOLD_MS = 10_000;

/**
 * A shard's view for a key rides on the key's next call from this isolate. So that it reaches the
 * object even when no request of the key follows, it makes the key's outbox due: within
 * settleDeferMs (a cold key's deferred settlement is usually still waiting: the view leaves with
 * it), or, while a request of the key is in flight here, with that request's settlement (within
 * VIEW_HOLD_MS at the latest; a view alone would cost a call of its own).
 */
function deliverView(lc: LeaseContext, view: LinkView): void {
  const nowMs = Date.now();
  const list = (views.get(lc.keyId) ?? []).filter((x) => x.shard !== view.shard);
  list.push(view);
  views.set(lc.keyId, list.slice(-MAX_VIEWS));
  const k = keyState(lc.keyId, nowMs);
  const inFlightHere = k.inFlight + k.objInFlight + k.deciding > 0;
  flushBy(k, nowMs + (inFlightHere ? VIEW_HOLD_MS : lc.settings.settleDeferMs));
  pump(lc, k, false);
}

/**
 * Hold the key's Responses turns in this isolate until the returned function is called (at most `maxMs`):
 * a settlement the object prices beyond what the isolate sees (a Responses turn cut before its
 * usage, on a stored context or prompt the origin bills) is being read. Red team R35-2: a client
 * that hung up at once and sent its next turn was admitted on each turn's reservation, 27 answers
 * on a 50k-token context where reading to the end gave 4, before the charges reached the object.
 */
export function holdDecisions(keyId: string, maxMs: number): () => void {
  // one promise per hold, made and settled by the request that holds (the runtime drops a
  // promise settled by another request once its own has ended: a hold shared by several cut
  // turns and released by the last of them failed every request waiting on it)
  let open = (): void => undefined;
  const done = new Promise<void>((r) => (open = r));
  let set = holds.get(keyId);
  if (set === undefined) holds.set(keyId, (set = new Set()));
  set.add(done);
  const mine = set;
  IO.timers++;
  const t = setTimeout(() => release(), Math.max(0, maxMs));
  function release(): void {
    if (!mine.delete(done)) return;
    clearTimeout(t);
    if (mine.size === 0 && holds.get(keyId) === mine) holds.delete(keyId);
    open();
  }
  return release;
}

/** For tests: forget every key this isolate holds (their permits lapse at the object). */
export function resetLeaseClient(): void {
  keys.clear();
  timers.clear();
  inflight.clear();
  holds.clear();
  views.clear();
  resetLinkBatch();
}

/** For tests: this isolate's state of one key (undefined: not tracked). */
export function leaseKeyForTests(keyId: string): Readonly<LocalKey<RequestSignals>> | undefined {
  return keys.get(keyId);
}

/**
 * Simulation of permit leases on a virtual clock: many isolates (each with its LocalKey from
 * src/limits/lease.ts, driven the way src/proxy/lease-client.ts drives it) against one key object
 * (a KeyEngine, as the KeyGuard Durable Object runs it), with network and origin latency. Next to it,
 * the same arrivals against an ideal limiter (one place, no latency, exact): the refusals leasing
 * adds are the difference. Deterministic (seeded).
 */
import { parsePolicy, type PolicyConfig } from "../../src/config/index.ts";
import { KeyEngine } from "../../src/engine/key-engine.ts";
import { type Bucket, adjust, check, fullBucket, take } from "../../src/limits/bucket.ts";
import { type LimitSet, WINDOW_MS } from "../../src/limits/index.ts";
import {
  type LeaseReport,
  type LocalKey,
  applyGrant,
  emptyReport,
  isHot,
  localSettle,
  newLocalKey,
  nextStep,
  objectAdmitted,
  objectRefused,
  objectSettle,
  observeArrival,
  observeRtt,
  roomToDefer,
  shouldWait,
  MAX_WAITS,
  takeReport,
  tryLocal,
  wakeAtMs,
} from "../../src/limits/lease.ts";
import { rng } from "../detect/helpers.ts";

export interface SimOptions {
  ratePerSecond: number;
  isolates: number;
  seconds: number;
  limits: LimitSet;
  /** One-way latency isolate <-> object. */
  oneWayMs?: number;
  /** Origin latency range. */
  originMs?: [number, number];
  leases?: Record<string, unknown>;
  seed?: number;
}

export interface SimResult {
  offered: number;
  admitted: number;
  refused: number;
  idealAdmitted: number;
  idealRefused: number;
  /** Refusals leasing added over the ideal limiter, as a share of offered requests. */
  extraRefusalShare: number;
  /** Object calls in each virtual second. */
  callsPerSecond: number[];
  localAdmits: number;
  localRefusals: number;
  /** Requests that waited for a renewal in flight instead of calling the object. */
  waits: number;
  /** Worst violations seen (all must be <= 0). */
  maxInFlightOver: number;
  bucketBelowZero: number;
  windowOver: { rpm: number; tpm: number; tpd: number };
}

/** Binary min-heap of events by time (ties: insertion order). */
class Queue {
  private h: { t: number; n: number; f: () => void }[] = [];
  private n = 0;
  push(t: number, f: () => void): void {
    const h = this.h;
    h.push({ t, n: this.n++, f });
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (h[p]!.t < h[i]!.t || (h[p]!.t === h[i]!.t && h[p]!.n < h[i]!.n)) break;
      [h[p], h[i]] = [h[i]!, h[p]!];
      i = p;
    }
  }
  pop(): { t: number; f: () => void } | undefined {
    const h = this.h;
    if (h.length === 0) return undefined;
    const top = h[0]!;
    const last = h.pop()!;
    if (h.length > 0) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        const less = (a: number, b: number) => h[a]!.t < h[b]!.t || (h[a]!.t === h[b]!.t && h[a]!.n < h[b]!.n);
        if (l < h.length && less(l, m)) m = l;
        if (r < h.length && less(r, m)) m = r;
        if (m === i) break;
        [h[m], h[i]] = [h[i]!, h[m]!];
        i = m;
      }
    }
    return top;
  }
}

interface Req {
  at: number;
  isolate: number;
  reserved: number;
  actual: number;
  originMs: number;
}

function arrivals(o: SimOptions): Req[] {
  const r = rng(o.seed ?? 1);
  const out: Req[] = [];
  const [lo, hi] = o.originMs ?? [50, 150];
  let t = 0;
  const end = o.seconds * 1000;
  // Poisson arrivals on the key, spread uniformly over the isolates
  while (t < end) {
    t += -Math.log(1 - r()) * (1000 / o.ratePerSecond);
    const reserved = 300 + Math.floor(r() * 400);
    out.push({ at: t, isolate: Math.floor(r() * o.isolates), reserved, actual: Math.floor(reserved * (0.5 + 0.5 * r())), originMs: lo + r() * (hi - lo) });
  }
  return out;
}

/** The ideal limiter: every decision in one place, at once, with the same bucket rules. */
function ideal(reqs: Req[], limits: LimitSet): { admitted: number; refused: number } {
  const q = new Queue();
  const buckets: Partial<Record<"rpm" | "tpm" | "tpd", Bucket>> = {};
  let inFlight = 0;
  let admitted = 0;
  let refused = 0;
  for (const r of reqs) {
    q.push(r.at, () => {
      const cost = { rpm: 1, tpm: r.reserved, tpd: r.reserved };
      for (const n of ["rpm", "tpm", "tpd"] as const) {
        const cap = limits[n];
        if (cap == null) continue;
        const lim = { capacity: cap, windowMs: WINDOW_MS[n] };
        const c = check(buckets[n] ?? fullBucket(lim, r.at), lim, cost[n], r.at);
        buckets[n] = c.bucket;
        if (!c.ok) return void refused++;
      }
      if (limits.concurrency != null && inFlight >= limits.concurrency) return void refused++;
      for (const n of ["rpm", "tpm", "tpd"] as const) if (limits[n] != null) buckets[n] = take(buckets[n]!, cost[n]);
      inFlight++;
      admitted++;
      q.push(r.at + r.originMs, () => {
        inFlight--;
        for (const n of ["tpm", "tpd"] as const) {
          const cap = limits[n];
          if (cap != null) buckets[n] = adjust(buckets[n]!, { capacity: cap, windowMs: WINDOW_MS[n] }, r.actual - r.reserved, r.at + r.originMs);
        }
      });
    });
  }
  for (let e = q.pop(); e; e = q.pop()) e.f();
  return { admitted, refused };
}

export function simulate(o: SimOptions): SimResult {
  const policy: PolicyConfig = (() => {
    const p = parsePolicy({ defaults: o.limits, detection: { mode: "off" }, ...(o.leases ? { leases: o.leases } : {}) });
    if (!p.ok) throw new Error(JSON.stringify(p.problem));
    return p.value;
  })();
  const s = policy.leases;
  const oneWay = o.oneWayMs ?? 1;
  const reqs = arrivals(o);
  const q = new Queue();
  const object = new KeyEngine();
  const keys: LocalKey<never>[] = Array.from({ length: o.isolates }, (_, i) => newLocalKey<never>(`iso${i}`, 0));
  const timerAt: number[] = keys.map(() => 0);
  const calls: number[] = [];
  let admitted = 0;
  let refused = 0;
  let localAdmits = 0;
  let localRefusals = 0;
  let waits = 0;
  /** Per isolate: requests waiting for the renewal in flight (as lease-client's `renewals`). */
  const waiting: ({ ask: boolean; list: ((at: number) => void)[] } | undefined)[] = keys.map(() => undefined);
  let inFlight = 0;
  let maxInFlightOver = Number.NEGATIVE_INFINITY;
  let bucketBelowZero = Number.NEGATIVE_INFINITY;
  // admissions and settlements in time order, for the window bounds
  const events: { t: number; req: number; tok: number }[] = [];
  let seq = 0;

  const admittedNow = (r: Req, t: number) => {
    admitted++;
    inFlight++;
    if (o.limits.concurrency != null) maxInFlightOver = Math.max(maxInFlightOver, inFlight - o.limits.concurrency);
    events.push({ t, req: 1, tok: r.reserved });
  };

  /** One exchange: reaches the object after oneWay ms, the answer comes back oneWay ms later. */
  const exchange = (i: number, t: number, report: LeaseReport<never>, admit: Req | undefined, onAnswer: (r: ReturnType<KeyEngine["exchange"]>, at: number) => void) => {
    q.push(t + oneWay, () => {
      const at = t + oneWay;
      const sec = Math.floor(at / 1000);
      calls[sec] = (calls[sec] ?? 0) + 1;
      const res = object.exchange(policy, {
        nowMs: at,
        report,
        admit: admit ? { requestId: `r${seq++}`, route: "chat", reservedTokens: admit.reserved } : undefined,
      });
      for (const n of ["rpm", "tpm", "tpd"] as const) {
        const b = object.snap.limits[n];
        if (b) bucketBelowZero = Math.max(bucketBelowZero, -b.level);
      }
      q.push(at + oneWay, () => onAnswer(res, at + oneWay));
    });
  };

  const pump = (i: number, t: number, arrival: boolean) => {
    const k = keys[i]!;
    const step = nextStep(k, t, s, arrival);
    if (step) {
      background(i, t, step);
      return;
    }
    if (k.busy) return;
    const at = wakeAtMs(k);
    if (!Number.isFinite(at) || at < t || (timerAt[i]! > t && timerAt[i]! <= at + 1)) return;
    timerAt[i] = at + 1;
    q.push(at + 1, () => pump(i, at + 1, false));
  };

  /** A renewal or flush off the request's path (lease-client's background()). */
  const background = (i: number, t: number, step: "renew" | "flush") => {
    const k = keys[i]!;
    {
      const ask = step === "renew";
      const report = takeReport(k, t, s, ask);
      k.busy = true;
      waiting[i] = { ask, list: [] };
      exchange(i, t, report, undefined, (res, at) => {
        k.busy = false;
        observeRtt(k, at - t);
        if (ask) applyGrant(k, res.grant, at, s);
        wake(i, at);
        pump(i, at, false);
      });
    }
  };

  /** The renewal of isolate i was answered: the requests waiting for it try again. */
  const wake = (i: number, at: number) => {
    const w = waiting[i];
    waiting[i] = undefined;
    for (const f of w?.list ?? []) f(at);
  };

  const decide = (r: Req, t: number, tries: number) => {
    const i = r.isolate;
    const k = keys[i]!;
    const local = tryLocal(k, r.reserved, undefined, t);
    if (local.ok) {
      localAdmits++;
      admittedNow(r, t);
      const epoch = local.epoch;
      q.push(t + r.originMs, () => {
        const end = t + r.originMs;
        inFlight--;
        events.push({ t: end, req: 0, tok: r.actual - r.reserved });
        localSettle(k, epoch, r.reserved, { atMs: end, promptTokens: r.actual, completionTokens: 0, originStatus: 200 }, s);
        pump(i, end, false);
      });
      pump(i, t, true);
      return;
    }
    if (local.kind === "refuse") {
      localRefusals++;
      refused++;
      pump(i, t, false);
      return;
    }
    if (tries < MAX_WAITS) {
      const live = shouldWait(k, t, s);
      if (!waiting[i] && !k.busy && live) background(i, t, "renew");
      const w = waiting[i];
      if (w && (w.ask || live)) {
        waits++;
        k.waiting++;
        w.list.push((at) => {
          k.waiting--;
          decide(r, at, tries + 1);
        });
        return;
      }
    }
    const mine = !k.busy;
    const ask = mine && isHot(k, t, s);
    const report = mine ? takeReport(k, t, s, ask, true) : emptyReport<never>(k.out.isolateId);
    if (mine) k.busy = true;
    if (mine) waiting[i] = { ask, list: [] };
    k.deciding++;
    exchange(i, t, report, r, (res, at) => {
      k.deciding--;
      if (mine) {
        k.busy = false;
        observeRtt(k, at - t);
        if (ask) applyGrant(k, res.grant, at, s);
      }
      if (mine) wake(i, at);
      const d = res.decision!;
      if (d.served) {
        objectAdmitted(k);
        // admitted at the object (it took the permits then), served once the answer is back
        admittedNow(r, at - oneWay);
        const room = roomToDefer(d.reports);
        q.push(at + r.originMs, () => {
          const end = at + r.originMs;
          inFlight--;
          events.push({ t: end, req: 0, tok: r.actual - r.reserved });
          objectSettle(k, { atMs: end, leaseId: d.leaseId!, reservedTokens: d.reservedTokens, promptTokens: r.actual, completionTokens: 0, originStatus: 200 }, s, room);
          pump(i, end, false);
        });
      } else {
        refused++;
        if (d.action === "limit") objectRefused(k, d.cause as "rpm", at, s);
      }
      pump(i, at, false);
    });
  };

  for (const r of reqs) {
    q.push(r.at, () => {
      observeArrival(keys[r.isolate]!, r.reserved, r.at);
      decide(r, r.at, 0);
    });
  }
  for (let e = q.pop(); e; e = q.pop()) e.f();

  // Token-bucket bound from a full start: net use by t <= capacity + capacity * (t + maxMs) / window.
  events.sort((a, b) => a.t - b.t);
  const windowOver = { rpm: Number.NEGATIVE_INFINITY, tpm: Number.NEGATIVE_INFINITY, tpd: Number.NEGATIVE_INFINITY };
  let nReq = 0;
  let nTok = 0;
  for (const e of events) {
    nReq += e.req;
    nTok += e.tok;
    for (const [n, used] of [["rpm", nReq], ["tpm", nTok], ["tpd", nTok]] as const) {
      const cap = o.limits[n];
      if (cap == null) continue;
      windowOver[n] = Math.max(windowOver[n], used - (cap + (cap * (e.t + s.maxMs)) / WINDOW_MS[n]));
    }
  }
  const id = ideal(reqs, o.limits);
  return {
    offered: reqs.length,
    admitted,
    refused,
    idealAdmitted: id.admitted,
    idealRefused: id.refused,
    extraRefusalShare: (refused - id.refused) / reqs.length,
    callsPerSecond: Array.from({ length: calls.length }, (_, i) => calls[i] ?? 0),
    localAdmits,
    localRefusals,
    waits,
    maxInFlightOver,
    bucketBelowZero,
    windowOver,
  };
}

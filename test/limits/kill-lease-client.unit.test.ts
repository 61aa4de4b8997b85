/**
 * Exact tests for the survivors of the lease client (src/proxy/lease-client.ts) that the other
 * lease-client tests leave free: how many renewals a request waits for (MAX_WAITS, the deadline
 * met with equality, an unbounded wait, the timers it leaves), which refusals of the object back
 * the isolate off, an exchange of a solved request while the key's own exchange is in flight, and
 * a linkage view arriving while a request decides or while the key is hot. Fake clock and a fake
 * object (answers built by hand). Each test names the survivor(s) it kills (line:column of
 * src/proxy/lease-client.ts at the commit measured); each was shown red against its planted mutant.
 */
import { describe, expect, it, vi } from "vitest";
import type { LinkReport, LinkView } from "../../src/detect/index.ts";
import type { Decision, ExchangeResult } from "../../src/engine/key-engine.ts";
import { DEFAULT_LEASES, type LeaseGrant } from "../../src/limits/lease.ts";
import { type ExchangeFn, type LeaseContext, type Ticket, VIEW_HOLD_MS, decideLeased, leaseKeyForTests, settleLeased } from "../../src/proxy/lease-client.ts";
import { flush, req, useFakeClock } from "./lease-client-helpers.ts";

const T0 = 9_000_000;
useFakeClock(T0);

const S = { ...DEFAULT_LEASES, settleDeferMs: 1000, linkBatchMs: 10 };
const served = (requestId: string): Decision => ({ action: "allow", served: true, enforced: true, cause: "ok", reports: [], leaseId: requestId, reservedTokens: 100, score: 0, reasons: [] });
const refused = (action: Decision["action"], cause: Decision["cause"]): Decision => ({ action, served: false, enforced: true, cause, retryAfterMs: 5000, reports: [], reservedTokens: 0, score: 0, reasons: [] });
/** A grant of no permits that keeps the lease live for a second. */
const EMPTY_GRANT: LeaseGrant = { requests: 0, tokens: 0, slots: null, ttlMs: 1000, reports: [] };

/**
 * A fake key object. `decide` answers a request's own call (default: served); a report that asks
 * for permits gets `grant` (default: none). `stepMs`: the clock moves this much during each call.
 * `hold`: calls are answered only on release().
 */
function fakeObject() {
  const o = {
    calls: [] as Parameters<ExchangeFn>[0][],
    decide: (id: string): Decision => served(id),
    grant: undefined as LeaseGrant | undefined,
    links: [] as LinkReport[],
    stepMs: 0,
    hold: false,
    fail: false,
    held: [] as (() => void)[],
    exchange: ((msg) => {
      o.calls.push(msg);
      if (o.stepMs) vi.setSystemTime(Date.now() + o.stepMs);
      if (o.fail) return Promise.reject(new Error("unreachable"));
      const answer = (): ExchangeResult => {
        const out: ExchangeResult = { write: "later" };
        if (msg.admit) out.decision = o.decide(msg.admit.requestId);
        if (msg.report.want && o.grant) out.grant = o.grant;
        if (o.links.length > 0) out.links = o.links.splice(0);
        return out;
      };
      if (!o.hold) return Promise.resolve(answer());
      return new Promise<ExchangeResult>((resolve) => o.held.push(() => resolve(answer())));
    }) as ExchangeFn,
    async release(): Promise<void> {
      for (const f of o.held.splice(0)) f();
      await flush();
    },
  };
  return o;
}

/** 30 requests 10 ms apart, each answered at once by the object: the key is hot (100/s for 300 ms). */
async function warm(lc: LeaseContext): Promise<void> {
  for (let i = 0; i < 30; i++) {
    vi.advanceTimersByTime(10);
    await decideLeased(lc, req());
    await flush();
  }
}

const ctx = (keyId: string, exchange: ExchangeFn, over: Partial<LeaseContext> = {}): LeaseContext => ({ keyId, settings: S, exchange, waitUntil: () => {}, ...over });
const renewals = (calls: Parameters<ExchangeFn>[0][]) => calls.filter((c) => c.admit === undefined).length;

describe("how long a request waits for renewals", () => {
  // kills 143:57 (tries < MAX_WAITS -> true / <=) and 143:101 (tries++ -> tries--): at most 3 renewals
  it("a request on a live lease whose renewals grant nothing waits for 3 renewals, then calls the object itself", async () => {
    const o = fakeObject();
    const lc = ctx("kw", o.exchange, { waitMs: 1000 });
    o.grant = EMPTY_GRANT;
    await warm(lc);
    expect(leaseKeyForTests("kw")!.validUntilMs).toBeGreaterThan(Date.now()); // live, no permits
    const before = o.calls.length;
    o.stepMs = 10;
    const r = await decideLeased(lc, req());
    const mine = o.calls.slice(before);
    expect(renewals(mine)).toBe(3);
    expect(mine).toHaveLength(4);
    expect(mine[3]!.admit).toBeDefined();
    expect(r.local).toBe(false);
    expect(r.decision?.served).toBe(true);
  });

  // kills 143:78 (Date.now() < deadline -> <=): a deadline reached exactly ends the waiting;
  // and 240:3 (clearTimeout(t) -> removed): each wait's timer is cleared once the renewal answered
  it("the wait ends when the deadline is reached exactly, and leaves no timer behind", async () => {
    const o = fakeObject();
    const lc = ctx("kd", o.exchange, { waitMs: 20 });
    o.grant = EMPTY_GRANT;
    await warm(lc);
    const before = o.calls.length;
    o.stepMs = 10; // renewal 1 answers at +10, renewal 2 at +20 = the deadline
    await decideLeased(lc, req());
    const mine = o.calls.slice(before);
    expect(renewals(mine)).toBe(2);
    expect(mine).toHaveLength(3);
    expect(vi.getTimerCount()).toBe(0);
  });

  // kills 237:7 (!Number.isFinite(ms) -> false): with no waitMs the wait is unbounded, not a
  // setTimeout(Infinity) (which fires at once): the request waits for the slow renewal
  it("with no waitMs a request waits for a slow renewal however long it takes", async () => {
    const o = fakeObject();
    const lc = ctx("ki", o.exchange);
    o.grant = EMPTY_GRANT;
    await warm(lc);
    const before = o.calls.length;
    o.hold = true;
    let done = false;
    const p = decideLeased(lc, req()).then((r) => {
      done = true;
      return r;
    });
    await flush();
    for (let i = 0; i < 50; i++) {
      vi.advanceTimersByTime(1);
      await flush();
    }
    // one renewal on its way, the request still waiting for it: no call of its own
    expect(o.calls.slice(before).map((c) => c.admit === undefined)).toEqual([true]);
    expect(done).toBe(false);
    o.hold = false;
    await o.release();
    await p;
  });
});

describe("which refusals of the object back the isolate off", () => {
  async function refusedBy(keyId: string, d: Decision) {
    const o = fakeObject();
    const lc = ctx(keyId, o.exchange);
    await warm(lc);
    o.decide = () => d;
    const r = await decideLeased(lc, req());
    expect(r.decision).toEqual(d);
    return leaseKeyForTests(keyId)!;
  }

  // kills 182:38, 182:45, 182:52 ("rpm" / "tpm" / "tpd" -> ""): a hot key refused at each quota backs off
  it.each(["rpm", "tpm", "tpd", "concurrency"] as const)("a hot key refused at %s refuses locally for backoffMs", async (limit) => {
    const k = await refusedBy(`kq-${limit}`, refused("limit", limit));
    expect(k.scarce).toBe(limit);
    expect(k.scarceUntilMs).toBe(Date.now() + 300);
  });

  // kills 183:7 (the limit-refusal test turned true, or `|| limits.includes`, or `(...) || action === "limit"`)
  // and 183:39 (action === "limit" -> true): a throttled key refused at its (throttled) rpm does not back off
  it("a refusal whose action is the key's standing (throttle at rpm) does not back the isolate off", async () => {
    const k = await refusedBy("kt", refused("throttle", "rpm"));
    expect(k.scarce).toBeUndefined();
    expect(k.scarceUntilMs).toBe(0);
  });
});

describe("a solved request's exchange while the key's own exchange is in flight", () => {
  const solved = { id: "p1", expiresAtMs: T0 + 60_000, bits: 12 };

  // kills 213:11 (if (mine) -> true, answer): only the key's own exchange frees the key
  it("the other exchange's answer leaves the key busy with its own", async () => {
    const o = fakeObject();
    const lc = ctx("ks", o.exchange);
    o.hold = true;
    const a = decideLeased(lc, req());
    await flush();
    expect(leaseKeyForTests("ks")!.busy).toBe(true);
    o.hold = false;
    const b = await decideLeased(lc, { ...req(), solved });
    expect(b.decision?.served).toBe(true);
    expect(o.calls[1]!.report).toEqual({ isolateId: o.calls[0]!.report.isolateId, back: { requests: 0, tokens: 0 }, admitted: [], usages: [], settles: [] });
    expect(leaseKeyForTests("ks")!.busy).toBe(true);
    await o.release();
    await a;
    expect(leaseKeyForTests("ks")!.busy).toBe(false);
  });

  // kills 221:11 (if (mine) -> true, failure): the other exchange failing leaves the key busy too
  it("the other exchange failing leaves the key busy with its own", async () => {
    const o = fakeObject();
    const lc = ctx("kf", o.exchange);
    o.hold = true;
    const a = decideLeased(lc, req());
    await flush();
    o.hold = false;
    o.fail = true;
    await expect(decideLeased(lc, { ...req(), solved })).rejects.toThrow("unreachable");
    expect(leaseKeyForTests("kf")!.busy).toBe(true);
    o.fail = false;
    await o.release();
    await a;
  });

  // kills 224:7 (if (mine) -> true, inflight entry): the other exchange does not replace the key's
  // renewal in flight, so a request that finds no permits still waits for that renewal
  it("a request arriving after it still waits for the key's renewal in flight", async () => {
    const o = fakeObject();
    const lc = ctx("kr", o.exchange);
    await warm(lc);
    o.hold = true;
    const a = decideLeased(lc, req()); // hot, no permits: its own call asks for permits
    await flush();
    const asked = o.calls.length;
    expect(o.calls[asked - 1]!.report.want).toBeDefined();
    o.hold = false;
    await decideLeased(lc, { ...req(), solved });
    const n = o.calls.length;
    o.hold = true;
    const c = decideLeased(lc, req());
    await flush();
    expect(o.calls).toHaveLength(n); // waiting for the renewal, no call of its own
    o.hold = false;
    await o.release();
    await Promise.all([a, c]);
  });
});

describe("a linkage view delivered to the key", () => {
  const report: LinkReport = { shard: "s1", k: 1, n: 1, pf: 0, rh: 0, loc: 0, tp: 0, s1: 0, ps: 0, rs: 0, gm: 0, hv: 0, n24: 0, asn: 0, ws: "" };
  const view: LinkView = { shard: "s1", keys: 2, linked: 2, score: 0.5, generic: false, why: "s1" };

  // kills 328:24 (+ k.deciding -> - k.deciding): a request deciding at the object counts as in flight
  it("while the key's only request is deciding at the object, the view waits up to VIEW_HOLD_MS", async () => {
    const o = fakeObject();
    const lc = ctx("kv", o.exchange, { observeLinks: () => Promise.resolve([view]) });
    o.decide = () => refused("limit", "too_large"); // no ticket: nothing of the key stays in flight
    o.links = [report];
    await decideLeased(lc, req());
    o.hold = true;
    const b = decideLeased(lc, req());
    await flush();
    const k = leaseKeyForTests("kv")!;
    expect([k.inFlight, k.objInFlight, k.deciding]).toEqual([0, 0, 1]);
    await vi.advanceTimersByTimeAsync(10);
    await flush();
    expect(k.flushAtMs).toBe(T0 + 10 + VIEW_HOLD_MS);
    o.hold = false;
    await o.release();
    await b;
  });

  // kills 330:15 (pump(lc, k, false) -> true): a view is no arrival: it does not renew a hot key's permits
  it("a view delivered to a hot key with no permits makes no call before its outbox is due", async () => {
    const o = fakeObject();
    const lc = ctx("kh", o.exchange, { observeLinks: () => Promise.resolve([view]) });
    await warm(lc);
    o.links = [report];
    await decideLeased(lc, req());
    const n = o.calls.length;
    await vi.advanceTimersByTimeAsync(10);
    await flush();
    const k = leaseKeyForTests("kh")!;
    expect(k.flushAtMs).toBe(Date.now() + VIEW_HOLD_MS); // requests in flight at the object: held
    expect(o.calls).toHaveLength(n);
  });

  // a fetched answer (Usage.answer) travels with its settlement to the object, and only when there is one
  it("a settlement carries the answer it fetched to the object, with its estimated flag; without one, no answer field", async () => {
    const o = fakeObject();
    const lc = ctx("ka", o.exchange);
    o.decide = (id) => ({ ...served(id), reports: [{ name: "concurrency", quota: 1, windowSeconds: 0, remaining: 0, resetSeconds: 0 }] });
    const r = await decideLeased(lc, req());
    settleLeased(lc, r.ticket, { promptTokens: 0, completionTokens: 0, estimated: true, answer: { promptTokens: 7, completionTokens: 900, id: 42 } }, 200);
    await flush();
    const withAnswer = o.calls.flatMap((c) => c.report.settles);
    expect(withAnswer).toEqual([expect.objectContaining({ promptTokens: 0, completionTokens: 0, estimated: true, answer: { promptTokens: 7, completionTokens: 900, id: 42 }, originStatus: 200 })]);
    const n = o.calls.length;
    const r2 = await decideLeased(lc, req());
    settleLeased(lc, r2.ticket, { promptTokens: 1, completionTokens: 2 }, 200);
    await flush();
    const plain = o.calls.slice(n).flatMap((c) => c.report.settles);
    expect(plain).toHaveLength(1);
    expect(plain[0]).not.toHaveProperty("answer");
    expect(plain[0]).not.toHaveProperty("estimated");
  });

  // kills 279:7 (clearTimeout(h) -> removed): a wake-up timer ended early (its work started) is disarmed
  it("a view's wake-up timer ended by the settlement's flush leaves no timer armed", async () => {
    const o = fakeObject();
    const lc = ctx("kc", o.exchange, { observeLinks: () => Promise.resolve([view]) });
    // served with no free slot left (so its settlement leaves at once), and linkage reports to batch
    o.decide = (id) => ({ ...served(id), reports: [{ name: "concurrency", quota: 1, windowSeconds: 0, remaining: 0, resetSeconds: 0 }] });
    o.links = [report];
    const r = await decideLeased(lc, req());
    expect(r.ticket).toEqual({ kind: "object", leaseId: expect.any(String), reservedTokens: 100, room: false } satisfies Ticket);
    await vi.advanceTimersByTimeAsync(10);
    await flush();
    expect(leaseKeyForTests("kc")!.flushAtMs).toBe(T0 + 10 + VIEW_HOLD_MS);
    expect(vi.getTimerCount()).toBe(1); // the wake-up at the hold's end
    settleLeased(lc, r.ticket, { promptTokens: 10, completionTokens: 10 }, 200);
    await flush();
    expect(o.calls).toHaveLength(2); // the flush carried the settlement and the view
    expect(o.calls[1]!.views).toEqual([view]);
    expect(vi.getTimerCount()).toBe(0);
  });
});

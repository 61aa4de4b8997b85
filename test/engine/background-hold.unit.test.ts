/**
 * Red team R13-3, in the pure core: a background job's concurrency slot is held past its request's
 * settlement (limits holdSlot; KeyEngine.unreadAnswer) until its answer is read, it is seen ended
 * without one, or `backgroundHoldSeconds` pass; free routes are not kept out by held slots (admit
 * `passHolds`), and an isolate short of a slot asks the object for a free route rather than refuse.
 * test/worker/background-slots.worker.test.ts has the same over HTTP.
 */
import { describe, expect, it } from "vitest";
import { parsePolicy, type PolicyConfig } from "../../src/config/index.ts";
import { anchorHash } from "../../src/detect/view.ts";
import { KeyEngine } from "../../src/engine/key-engine.ts";
import { admit, emptyLimitState, holdId, holdSlot, inFlightCount, releaseHold } from "../../src/limits/index.ts";
import { newLocalKey, tryLocal } from "../../src/limits/lease.ts";

const T0 = Date.UTC(2026, 11, 4, 9);
const policy = (over: Record<string, unknown> = {}): PolicyConfig => {
  const p = parsePolicy({ defaults: { rpm: 1000, tpm: 1_000_000, tpd: 1_000_000, concurrency: 2 }, detection: { mode: "off" }, ...over });
  if (!p.ok) throw new Error(p.problem.message);
  return p.value;
};

/** A background POST admitted and settled `queued` (its usage estimated, its job running). */
function background(e: KeyEngine, p: PolicyConfig, id: string, nowMs: number, originStatus = 200) {
  const d = e.admit(p, { nowMs, requestId: `req-${id}`, route: "responses", reservedTokens: 400 });
  if (!d.served) return d;
  e.settle(p, { nowMs, leaseId: d.leaseId!, reservedTokens: 400, usage: { promptTokens: 100, completionTokens: 300, estimated: true, createdHash: anchorHash(id), running: true }, originStatus });
  return d;
}
const slotsFree = (e: KeyEngine, p: PolicyConfig, nowMs: number) => e.inspect(p, nowMs).usage.find((l) => l.name === "concurrency")!.remaining;

describe("limits: held slots", () => {
  it("a held slot counts for every request except one that passes holds; release frees it once", () => {
    let s = holdSlot(emptyLimitState(), holdId(7), 10_000);
    expect(s.leases).toEqual({ "h:7": { expiresAtMs: 10_000, hold: true } });
    expect(inFlightCount(s.leases)).toBe(1);
    expect(inFlightCount(s.leases, false)).toBe(0);
    const req = { tokens: 1, leaseId: "a", leaseTtlMs: 1000 };
    expect(admit(s, { concurrency: 1 }, req, 0).ok).toBe(false);
    expect(admit(s, { concurrency: 1 }, { ...req, passHolds: true }, 0).ok).toBe(true);
    // a held slot expires like any lease
    expect(admit(s, { concurrency: 1 }, req, 10_000).ok).toBe(true);
    s = releaseHold(s, holdId(7));
    expect(s.leases).toEqual({});
    expect(releaseHold(s, holdId(7))).toBe(s);
  });

  it("an ordinary lease still counts for a request that passes holds", () => {
    const s = admit(emptyLimitState(), { concurrency: 1 }, { tokens: 1, leaseId: "a", leaseTtlMs: 1000 }, 0).state;
    expect(admit(s, { concurrency: 1 }, { tokens: 1, leaseId: "b", leaseTtlMs: 1000, passHolds: true }, 0).ok).toBe(false);
  });
});

describe("KeyEngine: a background job holds its slot", () => {
  it("held after its POST settled; a third job and a foreground request refused; a retrieval admitted", () => {
    const p = policy();
    const e = new KeyEngine();
    expect(background(e, p, "resp_a", T0).served).toBe(true);
    expect(background(e, p, "resp_b", T0 + 1).served).toBe(true);
    expect(slotsFree(e, p, T0 + 2)).toBe(0);
    const third = e.admit(p, { nowMs: T0 + 2, requestId: "c", route: "responses", reservedTokens: 400 });
    expect(third).toMatchObject({ served: false, cause: "concurrency" });
    expect(e.admit(p, { nowMs: T0 + 2, requestId: "g", route: "free", reservedTokens: 0 }).served).toBe(true);
  });

  it("R84-5, R86-2: a continuation whose settlement read the continued job's record (it ended) frees the job's slot; one that only names it does not", () => {
    const p = policy();
    const e = new KeyEngine();
    /** A background stage continuing `prev`; `ended`: the guard read prev's record (readContinued), with its usage. */
    const stage = (id: string, prev: string, nowMs: number, ended: boolean) => {
      const d = e.admit(p, { nowMs, requestId: `req-${id}`, route: "responses", reservedTokens: 400 });
      if (!d.served) return false;
      const answer = ended ? { answer: { promptTokens: 100, completionTokens: 250, id: nowMs, createdHash: anchorHash(prev) } } : {};
      e.settle(p, { nowMs, leaseId: d.leaseId!, reservedTokens: 400, usage: { promptTokens: 100, completionTokens: 300, estimated: true, createdHash: anchorHash(id), running: true, context: anchorHash(prev), ...answer }, originStatus: 200 });
      return true;
    };
    // a pipeline on 2 slots: each stage holds its own and frees the last's, once the last has ended
    expect(background(e, p, "resp_s1", T0).served).toBe(true);
    expect(stage("resp_s2", "resp_s1", T0 + 1, true)).toBe(true);
    expect(slotsFree(e, p, T0 + 2)).toBe(1);
    expect(stage("resp_s3", "resp_s2", T0 + 3, true)).toBe(true);
    expect(stage("resp_s4", "resp_s3", T0 + 4, true)).toBe(true);
    expect(slotsFree(e, p, T0 + 5)).toBe(1);
    // an origin that continues a job still running (R86-2): the continued job's record has no usage
    // yet, so it keeps its slot, and the concurrency limit holds
    expect(stage("resp_x", "resp_s4", T0 + 6, false)).toBe(true);
    expect(slotsFree(e, p, T0 + 7)).toBe(0);
    expect(stage("resp_y", "resp_x", T0 + 8, false)).toBe(false);
  });

  it("R88-1: a job seen ended with no answer (cancelled, failed) frees its slot and keeps what it was charged: its output may have been read while it ran", () => {
    const p = policy({ defaults: { rpm: 1000, tpm: 40_000, tpd: 1_000_000, concurrency: 2 } });
    const e = new KeyEngine();
    // (the daily bucket: it refills ~12 tokens a second, none within these milliseconds)
    const tpd = () => { const r = e.inspect(p, T0 + 5).usage.find((l) => l.name === "tpd")!; return r.quota - r.remaining; };
    background(e, p, "resp_cancelled", T0);
    expect(tpd()).toBe(400);
    const g = e.admit(p, { nowMs: T0 + 1, requestId: "end", route: "free", reservedTokens: 0 });
    e.settle(p, { nowMs: T0 + 1, leaseId: g.leaseId!, reservedTokens: 0, usage: { promptTokens: 0, completionTokens: 0, ended: anchorHash("resp_cancelled") }, originStatus: 200 });
    // a harvester that read 95 % of each job by a streamed retrieval, then cancelled it, had been
    // given back its whole output reserve (round 87's rule): 50 charged for 39,260 billed
    expect(tpd()).toBe(400);
    expect(slotsFree(e, p, T0 + 5)).toBe(2);
  });

  it("R88-2: a job seen ended before its own settlement (a cut background stream read on while the client cancels it, or a retrieval reading its answer meanwhile) takes no slot when that settlement comes", () => {
    const p = policy();
    const e = new KeyEngine();
    const end = (h: string, nowMs: number, usage: Record<string, unknown>) => {
      const g = e.admit(p, { nowMs, requestId: `end-${h}`, route: "free", reservedTokens: 0 });
      e.settle(p, { nowMs, leaseId: g.leaseId!, reservedTokens: 0, usage: { promptTokens: 0, completionTokens: 0, ...usage }, originStatus: 200 });
    };
    /** The stream's POST: admitted first, settled (running, its usage unseen) only after `then`. */
    const cutStream = (id: string, nowMs: number, then: () => void) => {
      const d = e.admit(p, { nowMs, requestId: `req-${id}`, route: "responses", reservedTokens: 400 });
      then();
      e.settle(p, { nowMs: nowMs + 20_000, leaseId: d.leaseId!, reservedTokens: 400, usage: { promptTokens: 100, completionTokens: 300, estimated: true, createdHash: anchorHash(id), running: true }, originStatus: 200 });
    };
    cutStream("resp_stop", T0, () => end("resp_stop", T0 + 500, { ended: anchorHash("resp_stop") }));
    expect(slotsFree(e, p, T0 + 21_000)).toBe(2);
    cutStream("resp_read", T0 + 30_000, () => end("resp_read", T0 + 31_000, { answer: { promptTokens: 100, completionTokens: 250, id: 9, createdHash: anchorHash("resp_read") } }));
    expect(slotsFree(e, p, T0 + 51_000)).toBe(2);
    // a job not seen ended keeps its slot, as before
    cutStream("resp_runs", T0 + 60_000, () => {});
    expect(slotsFree(e, p, T0 + 81_000)).toBe(1);
  });

  it("R90-6: every job seen ended within the last minute is remembered, not only the 16 newest: 24 streams stopped and cancelled at once hold no slot", () => {
    const p = policy({ defaults: { rpm: 1000, tpm: 1_000_000, tpd: 1_000_000, concurrency: 32 } });
    const e = new KeyEngine();
    const ids = Array.from({ length: 24 }, (_, i) => `resp_chat${i}`);
    const leases = ids.map((id, i) => e.admit(p, { nowMs: T0 + i, requestId: `req-${id}`, route: "responses", reservedTokens: 400 }).leaseId!);
    ids.forEach((id, i) => {
      const g = e.admit(p, { nowMs: T0 + 100 + i, requestId: `cancel-${id}`, route: "free", reservedTokens: 0 });
      e.settle(p, { nowMs: T0 + 100 + i, leaseId: g.leaseId!, reservedTokens: 0, usage: { promptTokens: 0, completionTokens: 0, ended: anchorHash(id) }, originStatus: 200 });
    });
    ids.forEach((id, i) => e.settle(p, { nowMs: T0 + 20_000 + i, leaseId: leases[i]!, reservedTokens: 400, usage: { promptTokens: 100, completionTokens: 300, estimated: true, createdHash: anchorHash(id), running: true }, originStatus: 200 }));
    expect(slotsFree(e, p, T0 + 21_000)).toBe(32);
    // ends older than a minute are let go when the next is remembered (the list stays small)
    const g = e.admit(p, { nowMs: T0 + 90_000, requestId: "cancel-late", route: "free", reservedTokens: 0 });
    e.settle(p, { nowMs: T0 + 90_000, leaseId: g.leaseId!, reservedTokens: 0, usage: { promptTokens: 0, completionTokens: 0, ended: anchorHash("resp_late") }, originStatus: 200 });
    expect(e.snap.endedLately).toEqual([[anchorHash("resp_late"), T0 + 90_000]]);
  });

  it("its answer read (by the key, or fetched for it by another) frees the slot; so does being seen cancelled", () => {
    const p = policy();
    const e = new KeyEngine();
    background(e, p, "resp_a", T0);
    background(e, p, "resp_b", T0);
    const g = e.admit(p, { nowMs: T0 + 5, requestId: "g", route: "free", reservedTokens: 0 });
    e.settle(p, { nowMs: T0 + 5, leaseId: g.leaseId!, reservedTokens: 0, usage: { promptTokens: 0, completionTokens: 0, answer: { promptTokens: 100, completionTokens: 250, id: 1, createdHash: anchorHash("resp_a") } }, originStatus: 200 });
    expect(slotsFree(e, p, T0 + 6)).toBe(1);
    e.observeFetched(p, { promptTokens: 100, completionTokens: 250, id: 2, createdHash: anchorHash("resp_b") }, T0 + 7);
    expect(slotsFree(e, p, T0 + 8)).toBe(2);
    background(e, p, "resp_c", T0 + 9);
    const c = e.admit(p, { nowMs: T0 + 10, requestId: "x", route: "free", reservedTokens: 0 });
    e.settle(p, { nowMs: T0 + 10, leaseId: c.leaseId!, reservedTokens: 0, usage: { promptTokens: 0, completionTokens: 0, ended: anchorHash("resp_c") }, originStatus: 200 });
    expect(slotsFree(e, p, T0 + 11)).toBe(2);
  });

  it("held backgroundHoldSeconds at most (default 600 s); 0 holds nothing; a failed POST or an unlimited key holds nothing", () => {
    const p = policy();
    expect(p.backgroundHoldSeconds).toBe(600);
    const e = new KeyEngine();
    background(e, p, "resp_a", T0);
    expect(slotsFree(e, p, T0 + 599_999)).toBe(1);
    expect(slotsFree(e, p, T0 + 600_000)).toBe(2);
    const short = policy({ backgroundHoldSeconds: 30 });
    const s = new KeyEngine();
    background(s, short, "resp_a", T0);
    expect(slotsFree(s, short, T0 + 29_999)).toBe(1);
    expect(slotsFree(s, short, T0 + 30_000)).toBe(2);
    const off = policy({ backgroundHoldSeconds: 0 });
    const o = new KeyEngine();
    background(o, off, "resp_a", T0);
    expect(slotsFree(o, off, T0 + 1)).toBe(2);
    const f = new KeyEngine();
    background(f, p, "resp_a", T0, 502);
    expect(slotsFree(f, p, T0 + 1)).toBe(2);
    const unlimited = policy({ defaults: { concurrency: null } });
    const u = new KeyEngine();
    background(u, unlimited, "resp_a", T0);
    expect(u.snap.limits.leases).toEqual({});
  });

  it("a job whose answer its POST already had (usage final) holds nothing", () => {
    const p = policy();
    const e = new KeyEngine();
    const d = e.admit(p, { nowMs: T0, requestId: "r", route: "responses", reservedTokens: 400 });
    e.settle(p, { nowMs: T0, leaseId: d.leaseId!, reservedTokens: 400, usage: { promptTokens: 100, completionTokens: 30, createdHash: anchorHash("resp_done") }, originStatus: 200 });
    expect(slotsFree(e, p, T0 + 1)).toBe(2);
  });

  it("backgroundHoldSeconds: an integer from 0 to 86400", () => {
    expect(policy({ backgroundHoldSeconds: 86_400 }).backgroundHoldSeconds).toBe(86_400);
    for (const bad of [-1, 1.5, 86_401, "x", true]) {
      const r = parsePolicy({ backgroundHoldSeconds: bad });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.problem).toMatchObject({ field: "GUARD_POLICY.backgroundHoldSeconds", message: "must be an integer from 0 to 86400" });
    }
  });
});

describe("isolates: a free route short of a slot asks the object", () => {
  it("refused locally for concurrency it goes to the object, and leaves no refusal in the outbox; other routes are refused", () => {
    const T = 50_000_000;
    const mk = () => Object.assign(newLocalKey<unknown>("iso", T - 10_000), { requests: 5, tokens: 500, slots: 1, inFlight: 1, validUntilMs: T + 500, scarce: "concurrency" as const, scarceUntilMs: T + 300 });
    const free = mk();
    expect(tryLocal(free, 0, undefined, T, true)).toEqual({ ok: false, kind: "object" });
    expect(free.out.admitted).toEqual([]);
    const other = mk();
    expect(tryLocal(other, 0, undefined, T)).toMatchObject({ ok: false, kind: "refuse", limit: "concurrency" });
    expect(other.out.admitted).toHaveLength(1);
    // short of a request permit, a free route is refused as any other
    const rpm = Object.assign(mk(), { requests: 0, inFlight: 0, scarce: "rpm" as const });
    expect(tryLocal(rpm, 0, undefined, T, true)).toMatchObject({ ok: false, kind: "refuse", limit: "rpm" });
  });
});

/** The pure lease core's scheduling rules (src/limits/lease.ts), one rule per test. */
import { describe, expect, it } from "vitest";
import { emptyLimitState } from "../../src/limits/index.ts";
import { DEFAULT_LEASES, ISOLATE_PREFIX, type LocalKey, newLocalKey, nextStep, objectAdmitted, objectRefused, objectSettle, observeArrival, observeRtt, roomToDefer, topUp, tryLocal } from "../../src/limits/lease.ts";

// the settings these tests' times were written for (flushMs 250: the default before 2026-12-06)
const S = { ...DEFAULT_LEASES, flushMs: 250 };
const T0 = 1_000_000;

/** A key hot in this isolate at ~200 requests/s since T0 - 1000, one request in flight, at `now`. */
function hotKey(now: number): LocalKey {
  const k = newLocalKey("iso", T0 - 1000);
  for (let t = T0 - 1000; t <= now; t += 5) observeArrival(k, 100, t);
  k.inFlight = 1;
  return k;
}

describe("renewals", () => {
  it("are asked a round trip early: permits that would run out while a renewal travels are low", () => {
    const now = T0;
    const k = hotKey(now);
    // ~200 req/s seen: target ~200 permits; 120 held, fresh: not low by halves
    k.requests = 120;
    k.tokens = 12_000;
    k.validUntilMs = now + S.maxMs;
    expect(nextStep(k, now, S, true)).toBeUndefined();
    // the object answers in ~500 ms: the renewal must leave while ~2 x 500 ms of requests remain
    observeRtt(k, 500);
    expect(nextStep(k, now, S, true)).toBe("renew");
  });

  it("and when the permits' time left is under two round trips", () => {
    const now = T0;
    const k = hotKey(now);
    k.requests = 120;
    k.tokens = 12_000;
    k.validUntilMs = now + 700;
    expect(nextStep(k, now, S, true)).toBeUndefined();
    observeRtt(k, 400);
    expect(nextStep(k, now, S, true)).toBe("renew");
  });

  it("a hot key's due outbox leaves as a renewal (one call also tops the permits up), a cold key's as a flush", () => {
    const now = T0;
    const k = hotKey(now);
    k.requests = 120;
    k.tokens = 12_000;
    k.validUntilMs = now + S.maxMs;
    k.flushAtMs = now - 1;
    expect(nextStep(k, now, S, false)).toBe("renew");
    const cold = newLocalKey("iso", now);
    cold.flushAtMs = now - 1;
    expect(nextStep(cold, now, S, false)).toBe("flush");
  });
});

describe("settlement of a request the object admitted", () => {
  const settle = (atMs: number, used = 50) => ({ atMs, leaseId: "r1", reservedTokens: 100, promptTokens: used, completionTokens: 0, originStatus: 200 });

  it("a cold key's waits up to settleDeferMs for the key's next call when the key has a free slot", () => {
    const k = newLocalKey("iso", T0);
    objectAdmitted(k);
    objectSettle(k, settle(T0), S, true);
    expect(k.out.settles).toHaveLength(1);
    expect(k.flushAtMs).toBe(T0 + S.settleDeferMs);
  });

  it("leaves at once when the object's answer left no other free slot, or settleDeferMs is 0", () => {
    const k = newLocalKey("iso", T0);
    objectAdmitted(k);
    objectSettle(k, settle(T0), S, false);
    expect(k.flushAtMs).toBe(T0);
    const k2 = newLocalKey("iso", T0);
    objectSettle(k2, settle(T0), { ...S, settleDeferMs: 0 }, true);
    expect(k2.flushAtMs).toBe(T0);
  });

  it("leaves at once when the usage exceeded the reservation (owed now)", () => {
    const k = newLocalKey("iso", T0);
    objectAdmitted(k);
    objectSettle(k, settle(T0, 150), S, true);
    expect(k.flushAtMs).toBe(T0);
  });

  it("room: a free slot besides this request's, or no concurrency limit", () => {
    const c = (remaining: number) => [{ name: "concurrency" as const, quota: 4, windowSeconds: 0, remaining, resetSeconds: 0 }];
    expect(roomToDefer(c(1))).toBe(true);
    expect(roomToDefer(c(0))).toBe(false);
    expect(roomToDefer([{ name: "rpm", quota: 10, windowSeconds: 60, remaining: 0, resetSeconds: 6 }])).toBe(true);
  });
});

describe("scarce means the key is short, not this isolate's share (red team R4-4)", () => {
  const want = { ratePerSecond: 400, tokensPerRequest: 10, haveRequests: 0, haveTokens: 0, slots: 20 };
  it("a grant cut by sharePercent alone is not scarce: beyond its permits a request goes to the object", () => {
    const { grant } = topUp(emptyLimitState(), { rpm: 100_000, tpm: 10_000_000, concurrency: 64 }, "iso", 0, want, T0, S, 600_000);
    expect(grant!.slots).toBe(6); // 10 % of 64 free
    expect(grant!.requests).toBeLessThan(Math.ceil((400 * S.maxMs) / 1000)); // 10 % of the rpm bucket or less
    expect(grant!.scarce).toBeUndefined();
  });
  it("a key that cannot give what is wanted and keeps under 10 % of a limit is scarce: its isolates refuse locally for backoffMs", () => {
    const at = (name: "rpm" | "tpm", level: number) => ({ leases: {}, [name]: { level, updatedAtMs: T0 } });
    const heldBy = (n: number) => ({ leases: { [`${ISOLATE_PREFIX}other`]: { expiresAtMs: T0 + 60_000, n } } });
    expect(topUp(heldBy(11), { concurrency: 12 }, "iso", 0, want, T0, S, 600_000).grant!.scarce).toBe("concurrency");
    expect(topUp(at("rpm", 2), { rpm: 30 }, "iso", 0, want, T0, S, 600_000).grant!.scarce).toBe("rpm");
    expect(topUp(at("tpm", 40), { tpm: 500 }, "iso", 0, want, T0, S, 600_000).grant!.scarce).toBe("tpm");
  });
  it("a burst bigger than the key's limits, on a key with most of them left, is not scarce: the rest is asked of the object (red team R20-1)", () => {
    expect(topUp(emptyLimitState(), { concurrency: 12 }, "iso", 0, want, T0, S, 600_000).grant!.scarce).toBeUndefined();
    expect(topUp(emptyLimitState(), { rpm: 30 }, "iso", 0, want, T0, S, 600_000).grant!.scarce).toBeUndefined();
    expect(topUp(emptyLimitState(), { tpm: 500 }, "iso", 0, want, T0, S, 600_000).grant!.scarce).toBeUndefined();
  });
});

describe("a local refusal names the limit", () => {
  it("with no lease held, the one the object refused for (planted: 'rpm' because no request permits are held)", () => {
    const now = T0;
    const k = hotKey(now);
    k.inFlight = 0;
    objectRefused(k, "concurrency", now, S);
    const r = tryLocal(k, 100, undefined, now + 1);
    expect(r).toMatchObject({ ok: false, kind: "refuse", limit: "concurrency" });
  });
  it("under a lease, the limit the key is short of when its permit ran out here; another permit lacking is asked of the object (red team R20-1)", () => {
    const now = T0;
    const k = hotKey(now);
    k.inFlight = 0;
    k.validUntilMs = now + S.maxMs;
    k.requests = 0;
    k.tokens = 1000;
    k.slots = 4;
    objectRefused(k, "tpm", now, S);
    // no request permit left while the tokens are short: the token limit (a grant pays requests by its tokens)
    expect(tryLocal(k, 100, undefined, now + 1)).toMatchObject({ ok: false, kind: "refuse", limit: "tpm" });
    // the requests per minute short, the tokens run out here: the object, which has tokens
    objectRefused(k, "rpm", now, S);
    k.scarce = "rpm";
    k.requests = 5;
    k.tokens = 10;
    expect(tryLocal(k, 100, undefined, now + 1)).toEqual({ ok: false, kind: "object" });
    k.requests = 0;
    expect(tryLocal(k, 100, undefined, now + 1)).toMatchObject({ ok: false, kind: "refuse", limit: "rpm" });
  });
});

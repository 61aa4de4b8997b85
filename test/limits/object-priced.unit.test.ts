/**
 * A settlement only the key's object can price (objectPriced: a Responses turn cut before its
 * usage, on a stored context or prompt the object remembers the size of) leaves the isolate at
 * once and takes the isolate's permits with it, so the key's next request is decided by the
 * object after that charge. Red team R35-2: a hot key's isolate went on admitting on its permits
 * for ~1.3 s after such cuts, 27 answers on a 50k-token context where reading to the end gave 4.
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_LEASES, type LocalKey, localSettle, newLocalKey, objectPriced, objectSettle, ratePerSecond } from "../../src/limits/lease.ts";

const T = 50_000_000;
// the settings these tests' times were written for (flushMs 250: the default before 2026-12-06)
const S = { ...DEFAULT_LEASES, flushMs: 250 }; // minRate 5/s, flushMs 250

/** A hot key of this isolate holding permits, with one request in flight (at 10 requests/s). */
function hotKey(over: Partial<LocalKey> = {}): LocalKey {
  const k = Object.assign(newLocalKey<unknown>("iso", T - 10_000_000), { rate: 0.01, rateAtMs: T, warmSinceMs: T - 1_000_000, lastArrivalMs: T, requests: 20, tokens: 50_000, validUntilMs: T + 800, inFlight: 2, ...over });
  expect(ratePerSecond(k, T)).toBe(10);
  return k;
}
const cut = { atMs: T, originStatus: 200, promptTokens: 12, completionTokens: 40, seen: 6 };

describe("objectPriced", () => {
  it("is a cut turn (or an estimate) on a stored context or prompt whose own record was not read", () => {
    expect(objectPriced({ ...cut, context: 7 })).toBe(true);
    expect(objectPriced({ ...cut, template: 7 })).toBe(true);
    expect(objectPriced({ promptTokens: 1, completionTokens: 1, estimated: true, context: 7 })).toBe(true);
    // the origin's record of the turn said what it billed: the isolate has the whole charge
    expect(objectPriced({ ...cut, context: 7, recorded: true })).toBe(false);
    // nothing stored to add
    expect(objectPriced({ ...cut })).toBe(false);
    // its usage was seen: final
    expect(objectPriced({ promptTokens: 12, completionTokens: 40, context: 7, template: 8 })).toBe(false);
  });
});

describe("localSettle of a settlement the object prices", () => {
  it("gives the permits back and leaves at once; the same cut with nothing stored keeps them", () => {
    const priced = hotKey();
    localSettle(priced, priced.epoch, 60, { ...cut, context: 7 }, S);
    expect(priced.requests).toBe(0);
    expect(priced.tokens).toBe(0);
    expect(priced.out.back.requests).toBe(20);
    expect(priced.out.back.tokens).toBe(50_000 + 8);
    expect(priced.flushAtMs).toBe(T);
    expect(priced.out.usages).toHaveLength(1);

    const plain = hotKey();
    localSettle(plain, plain.epoch, 60, { ...cut }, S);
    expect(plain.requests).toBe(20);
    expect(plain.tokens).toBe(50_000 + 8);
    expect(plain.flushAtMs).toBe(T + 250);
  });
});

describe("objectSettle of a settlement the object prices", () => {
  it("leaves at once though the key is busy", () => {
    const settle = { ...cut, leaseId: "L1", reservedTokens: 60 };
    const priced = hotKey({ objInFlight: 1 });
    objectSettle(priced, { ...settle, template: 9 }, S, true);
    expect(priced.flushAtMs).toBe(T);
    const plain = hotKey({ objInFlight: 1 });
    objectSettle(plain, settle, S, true);
    expect(plain.flushAtMs).toBe(T + 250);
  });
});

describe("localSettle of usage beyond what the permits held", () => {
  it("gives the permits back (the overdraft with them) and leaves at once; an overrun the permits cover stays local", () => {
    const over = hotKey({ tokens: 1_000 });
    localSettle(over, over.epoch, 60, { atMs: T, originStatus: 200, promptTokens: 51_000, completionTokens: 40 }, S);
    expect(over.tokens).toBe(0);
    expect(over.requests).toBe(0);
    expect(over.out.back.tokens).toBe(1_000 + 60 - 51_040);
    expect(over.flushAtMs).toBe(T);

    const covered = hotKey({ tokens: 60_000 });
    localSettle(covered, covered.epoch, 60, { atMs: T, originStatus: 200, promptTokens: 51_000, completionTokens: 40 }, S);
    expect(covered.tokens).toBe(60_000 + 60 - 51_040);
    expect(covered.requests).toBe(20);
    expect(covered.flushAtMs).toBe(T + 250);
  });
});

describe("objectSettle of usage beyond its reservation", () => {
  const settle = { atMs: T, originStatus: 200, leaseId: "L1", reservedTokens: 60, completionTokens: 40 };
  it("gives the permits back when it is more than they hold, and keeps them when they hold more", () => {
    const over = hotKey({ tokens: 1_000, objInFlight: 1 });
    objectSettle(over, { ...settle, promptTokens: 51_000 }, S, true);
    expect(over.requests).toBe(0);
    expect(over.out.back.tokens).toBe(1_000);
    expect(over.flushAtMs).toBe(T);

    const small = hotKey({ tokens: 50_000, objInFlight: 1 });
    objectSettle(small, { ...settle, promptTokens: 120 }, S, true);
    expect(small.requests).toBe(20);
    expect(small.tokens).toBe(50_000);
    expect(small.flushAtMs).toBe(T);
  });
});

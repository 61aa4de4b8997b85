/** Idle-expiry edges: full and zero-quota buckets, the throttled refill rate, alarms at the exact time. */
import { describe, expect, it } from "vitest";
import { type PolicyConfig, parsePolicy } from "../../src/config/index.ts";
import { alarmToSet, keyExpiryAtMs, limitsQuietAtMs } from "../../src/engine/expiry.ts";
import { emptySnapshot } from "../../src/engine/key-engine.ts";

const T0 = Date.UTC(2026, 10, 1);

describe("limitsQuietAtMs", () => {
  it("a full bucket is quiet already; one unit short is quiet after one unit's refill", () => {
    expect(limitsQuietAtMs({ leases: {}, tpm: { level: 1000, updatedAtMs: T0 } }, { tpm: 1000 })).toBe(0);
    expect(limitsQuietAtMs({ leases: {}, tpm: { level: 999, updatedAtMs: T0 } }, { tpm: 1000 })).toBe(T0 + 60);
  });
  it("a zero or absent quota never holds the state, even with a debt", () => {
    expect(limitsQuietAtMs({ leases: {}, tpm: { level: -5, updatedAtMs: T0 } }, { tpm: 0 })).toBe(0);
    expect(limitsQuietAtMs({ leases: {}, tpm: { level: -5, updatedAtMs: T0 } }, { tpm: null })).toBe(0);
    expect(limitsQuietAtMs({ leases: {} }, { tpm: 10 })).toBe(0);
  });
});

describe("keyExpiryAtMs under a throttle", () => {
  const p = (mode = "enforce"): PolicyConfig => {
    const r = parsePolicy({ defaults: { tpm: 1000 }, detection: { mode, throttleFactor: 0.1 }, state: { idleSeconds: 86_400 + 600, unservedIdleSeconds: 600 } });
    if (!r.ok) throw new Error(r.problem.field);
    return r.value;
  };
  // a debt of 500 tokens: 1,500 to refill at 1,000/min (90 s), or at 100/min when throttled (600 to refill: 360 s)
  const snap = (last?: string) => ({
    ...emptySnapshot(),
    at: T0,
    limits: { leases: {}, tpm: { level: -500, updatedAtMs: T0 + 10_000_000 } },
    recent: last ? ([[T0, last, 1, 1, "ok", 0]] as never) : [],
  });
  const quiet = (ms: number) => T0 + 10_000_000 + ms;
  it("the slower throttled refill counts when the last decision was a standing above allow, enforced", () => {
    expect(keyExpiryAtMs(snap("throttle"), p())).toBe(quiet(360_000));
    expect(keyExpiryAtMs(snap("challenge"), p())).toBe(quiet(360_000));
  });
  it("not after allow, a quota refusal, no decision, or in shadow mode", () => {
    for (const last of ["allow", "limit", undefined]) expect(keyExpiryAtMs(snap(last), p()), String(last)).toBe(quiet(90_000));
    expect(keyExpiryAtMs(snap("throttle"), p("shadow"))).toBe(quiet(90_000));
  });
});

describe("alarmToSet", () => {
  it("an alarm already set for exactly the wanted time is left alone", () => {
    expect(alarmToSet(T0, T0)).toBeNull();
    expect(alarmToSet(T0 + 1, T0)).toBe(T0);
    expect(alarmToSet(T0 - 1, T0)).toBeNull();
    expect(alarmToSet(null, T0)).toBe(T0);
    expect(alarmToSet(null, 0)).toBeNull();
  });
});

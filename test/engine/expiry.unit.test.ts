/** Idle expiry decisions (src/engine/expiry.ts) and GUARD_POLICY.state parsing. */
import { describe, expect, it } from "vitest";
import { type PolicyConfig, parseConfig, parsePolicy } from "../../src/config/index.ts";
import { alarmStep, alarmToSet, keyExpiryAtMs, limitsQuietAtMs, shardIdleMs } from "../../src/engine/expiry.ts";
import { KeyEngine } from "../../src/engine/key-engine.ts";

function policy(raw: Record<string, unknown> = {}): PolicyConfig {
  const p = parsePolicy({ defaults: { rpm: 60, tpm: 10_000, tpd: 100_000, concurrency: 4 }, ...raw });
  if (!p.ok) throw new Error(`${p.problem.field} ${p.problem.message}`);
  return p.value;
}

const T0 = Date.UTC(2026, 10, 1);
const H = 3_600_000;
const DAY = 24 * H;

function engineAfter(p: PolicyConfig, status: number, actualTokens = 40): KeyEngine {
  const e = new KeyEngine();
  const d = e.admit(p, { nowMs: T0, requestId: "r", route: "chat", reservedTokens: 50 });
  e.settle(p, { nowMs: T0 + 100, leaseId: d.leaseId!, reservedTokens: 50, usage: { promptTokens: 10, completionTokens: actualTokens - 10 }, originStatus: status });
  e.touch(p, T0 + 100);
  return e;
}

describe("GUARD_POLICY.state", () => {
  it("defaults: 7 days for served keys, 1 hour for never-served ones; longer with a longer half-life", () => {
    expect(policy().state).toEqual({ idleSeconds: 7 * 86_400, unservedIdleSeconds: 3_600 });
    expect(policy({ detection: { halfLifeHours: 48 } }).state.idleSeconds).toBe(14 * 86_400);
    expect(policy({ state: { idleSeconds: 200_000, unservedIdleSeconds: 600 } }).state).toEqual({ idleSeconds: 200_000, unservedIdleSeconds: 600 });
  });

  const env = { UPSTREAM_URL: "https://o.test", GUARD_KEY_SECRET: "0123456789abcdef0", GUARD_ADMIN_TOKEN: "admin-token" };
  it.each([
    [{ state: [] }, "GUARD_POLICY.state"],
    [{ state: { idle: 5 } }, "GUARD_POLICY.state.idle"],
    [{ state: { idleSeconds: 86_400 } }, "GUARD_POLICY.state.idleSeconds"], // < 24 h + lease TTL
    [{ state: { idleSeconds: "soon" } }, "GUARD_POLICY.state.idleSeconds"],
    [{ state: { unservedIdleSeconds: 30 } }, "GUARD_POLICY.state.unservedIdleSeconds"], // < 60 s
    [{ leaseTtlSeconds: 900, state: { unservedIdleSeconds: 600 } }, "GUARD_POLICY.state.unservedIdleSeconds"], // < lease TTL
    [{ state: { idleSeconds: 100_000, unservedIdleSeconds: 200_000 } }, "GUARD_POLICY.state.unservedIdleSeconds"], // > idleSeconds
  ])("%j names %s", (bad, field) => {
    const c = parseConfig({ ...env, GUARD_POLICY: JSON.stringify(bad) });
    expect(c.ok).toBe(false);
    if (!c.ok) expect(c.problem.field).toBe(field);
  });
});

describe("keyExpiryAtMs", () => {
  const p = policy();
  it("a served key expires idleSeconds after its last activity", () => {
    const e = engineAfter(p, 200);
    expect(e.snap.exp).toBe(T0 + 100 + 7 * DAY);
  });
  it("a key the origin never served expires unservedIdleSeconds after its last activity", () => {
    const e = engineAfter(p, 401);
    expect(e.snap.exp).toBe(T0 + 100 + H);
  });
  it("never before every bucket has refilled: settlement debt beyond a window's capacity postpones expiry", () => {
    // 250,000 tokens against tpd 100,000: -150,000 at T0+100 -> full after 2.5 days
    const e = engineAfter(p, 200, 250_050);
    expect(e.snap.limits.tpd!.level).toBeLessThan(0);
    const full = limitsQuietAtMs(e.snap.limits, { tpd: 100_000 });
    expect(full).toBeGreaterThanOrEqual(T0 + 100 + 2.5 * DAY);
    expect(full).toBeLessThan(T0 + 100 + 2.5 * DAY + 60_000);
    expect(keyExpiryAtMs(e.snap, policy({ state: { idleSeconds: 90_000 } }))).toBe(full);
    // a throttled key refills at the scaled rate: 175,050 tokens to 25,000 at 25,000/day
    e.snap.recent.push([T0 + 100, "throttle", 1, 1, "ok", 600]);
    expect(keyExpiryAtMs(e.snap, policy({ state: { idleSeconds: 90_000 } }))).toBeGreaterThan(T0 + 6.9 * DAY);
  });
  it("never before an unsettled lease has expired", () => {
    const e = new KeyEngine();
    e.admit(p, { nowMs: T0, requestId: "r", route: "chat", reservedTokens: 1 });
    expect(limitsQuietAtMs(e.snap.limits, {})).toBe(T0 + 600_000);
    e.snap.at = T0 - DAY; // even with activity long ago
    expect(keyExpiryAtMs(e.snap, p)).toBe(T0 + 600_000);
  });
  it("never before an accepted puzzle id or a bought pass has expired", () => {
    const e = engineAfter(p, 401);
    e.snap.puzzles = [["p", T0 + 2 * H]];
    expect(keyExpiryAtMs(e.snap, p)).toBe(T0 + 2 * H);
    e.snap.pass = { untilMs: T0 + 3 * H, left: 1 };
    expect(keyExpiryAtMs(e.snap, p)).toBe(T0 + 3 * H);
  });
  it("shards keep 5 half-lives of their 3-day evidence half-life (15 days), more with a longer link half-life", () => {
    expect(shardIdleMs(p)).toBe(15 * DAY);
    expect(shardIdleMs(policy({ detection: { linkHalfLifeHours: 24 * 5 } }))).toBe(25 * DAY);
  });
});

describe("alarms", () => {
  it("expire when due; when activity moved the expiry, wait until the new time", () => {
    expect(alarmStep(T0, T0, 1000)).toEqual({ kind: "expire" });
    expect(alarmStep(T0 + 5000, T0, 1000)).toEqual({ kind: "wait", atMs: T0 + 5000 });
    expect(alarmStep(0, T0, 1000)).toEqual({ kind: "wait", atMs: T0 + 1000 });
  });
  it("are set only when missing or too late, not on every request", () => {
    expect(alarmToSet(null, T0)).toBe(T0);
    expect(alarmToSet(T0, T0 + 1000)).toBeNull(); // earlier one wakes and moves itself
    expect(alarmToSet(T0 + 1000, T0)).toBe(T0);
    expect(alarmToSet(null, 0)).toBeNull();
  });
});

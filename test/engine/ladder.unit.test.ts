/**
 * The ladder in the key's engine: degrade serves with the rewrite flag, challenge refuses with a
 * puzzle difficulty until a solved puzzle buys a bounded pass, a solution is used once, difficulty
 * grows with the passes bought, a verified key never goes beyond degrade, the provider is told
 * once per level, shadow mode only reports. Standings are forced through per-tier cut-offs.
 */
import { describe, expect, it } from "vitest";
import { parsePolicy, type PolicyConfig } from "../../src/config/index.ts";
import { KeyEngine } from "../../src/engine/key-engine.ts";

const T0 = Date.UTC(2026, 11, 2, 12);
const AT = (level: "degrade" | "challenge" | "block") => ({
  throttleAt: 0, degradeAt: 0, challengeAt: level === "degrade" ? 1 : 0, blockAt: level === "block" ? 0 : 1,
  jitter: 0, minEvidence: 0, blockMinRequests: 0, hysteresis: 0,
});

function policy(extra: Record<string, unknown> = {}): PolicyConfig {
  const p = parsePolicy({
    defaults: { rpm: 1000 },
    tiers: {
      degraded: { detection: AT("degrade") },
      challenged: { detection: AT("challenge") },
      blocked: { detection: AT("block") },
    },
    challenge: { passRequests: 3, passMinutes: 5, baseBits: 10, maxBits: 14 },
    ...extra,
  });
  if (!p.ok) throw new Error(`${p.problem.field} ${p.problem.message}`);
  return p.value;
}

function engine(tier: string): KeyEngine {
  const e = new KeyEngine();
  e.snap.override = { tier };
  if (tier === "blocked" || tier === "b") {
    // block also needs a "hard" signal: strong cross-key linkage is one
    e.snap.detect.lk = 1;
    e.snap.detect.lkT = T0;
  }
  return e;
}

let seq = 0;
const req = (nowMs: number, solved?: { id: string; expiresAtMs: number; bits: number }) => ({ nowMs, requestId: `r${++seq}`, route: "chat" as const, reservedTokens: 10, solved });

describe("ladder", () => {
  it("degrade: served, marked for the rewrite, limits tightened", () => {
    const p = policy();
    const d = engine("degraded").admit(p, req(T0));
    expect(d).toMatchObject({ action: "degrade", served: true, enforced: true, degrade: true, cause: "ok" });
    expect(d.reports.find((r) => r.name === "rpm")!.quota).toBe(250); // throttleFactor 0.25
  });

  it("a tier without its own detection settings uses the policy's", () => {
    expect(engine("nonexistent").admit(policy(), req(T0))).toMatchObject({ action: "allow", served: true });
  });

  it("challenge: refused with a difficulty until a solution buys a pass of N requests", () => {
    const p = policy();
    const e = engine("challenged");
    const first = e.admit(p, req(T0));
    expect(first).toMatchObject({ action: "challenge", served: false, cause: "detection", challengeBits: 10 });
    const solved = { id: "p1", expiresAtMs: T0 + 300_000, bits: 10 };
    expect(e.admit(p, req(T0 + 1, solved))).toMatchObject({ served: true, cause: "pass", action: "challenge" });
    expect(e.admit(p, req(T0 + 2))).toMatchObject({ served: true, cause: "pass" });
    expect(e.admit(p, req(T0 + 3))).toMatchObject({ served: true, cause: "pass" });
    // the pass held 3 requests
    expect(e.admit(p, req(T0 + 4))).toMatchObject({ served: false, cause: "detection" });
  });

  it("a pass ends after its minutes even with requests left", () => {
    const p = policy();
    const e = engine("challenged");
    expect(e.admit(p, req(T0, { id: "p1", expiresAtMs: T0 + 300_000, bits: 10 })).served).toBe(true);
    expect(e.admit(p, req(T0 + 5 * 60_000 - 1)).served).toBe(true);
    expect(e.admit(p, req(T0 + 5 * 60_000)).served).toBe(false);
  });

  it("a solution is used once: the same puzzle id is refused as replayed", () => {
    const p = policy();
    const e = engine("challenged");
    const solved = { id: "p1", expiresAtMs: T0 + 300_000, bits: 10 };
    expect(e.admit(p, req(T0, solved)).served).toBe(true);
    e.snap.pass = undefined;
    expect(e.admit(p, req(T0 + 1, solved))).toMatchObject({ served: false, cause: "replayed", action: "challenge" });
    expect(e.admit(p, req(T0 + 2, { ...solved, id: "p2" })).served).toBe(true);
  });

  it("difficulty grows with the passes bought in the last 24 h, up to maxBits", () => {
    const p = policy();
    const e = engine("challenged");
    const bits: number[] = [];
    for (let i = 0; i < 40; i++) {
      const t = T0 + i * 1000;
      bits.push(e.admit(p, req(t)).challengeBits!);
      e.admit(p, req(t, { id: `p${i}`, expiresAtMs: t + 300_000, bits: 10 }));
      e.snap.pass = undefined;
    }
    expect(bits.slice(0, 4)).toEqual([10, 11, 11, 12]);
    expect(Math.max(...bits)).toBe(14);
    for (let i = 1; i < bits.length; i++) expect(bits[i]!).toBeGreaterThanOrEqual(bits[i - 1]!);
    // a day later the passes no longer count
    expect(e.admit(p, req(T0 + 86_400_000 + 40_000)).challengeBits).toBe(10);
  });

  it("a pass never lets a blocked key through", () => {
    const p = policy();
    const e = engine("blocked");
    expect(e.admit(p, req(T0, { id: "p1", expiresAtMs: T0 + 1000, bits: 10 }))).toMatchObject({ action: "block", served: false });
  });

  it("a verified key is degraded at most: never challenged or blocked, standing still reported", () => {
    const p = policy();
    for (const tier of ["challenged", "blocked"]) {
      const e = engine(tier);
      e.setVerified(T0 + 86_400_000);
      const d = e.admit(p, req(T0));
      expect(d).toMatchObject({ action: "degrade", served: true, degrade: true });
      expect(e.inspect(p, T0).detection).toMatchObject({ standing: tier === "blocked" ? "block" : "challenge" });
      expect(e.inspect(p, T0).verifiedUntil).toBe(new Date(T0 + 86_400_000).toISOString());
      // verification expires
      expect(e.admit(p, req(T0 + 86_400_000)).served).toBe(false);
    }
  });

  it("a batch under degrade is challenged (it cannot be rewritten in flight), unless the key is verified", () => {
    const p = policy();
    const e = engine("degraded");
    const batch = { nowMs: T0, requestId: "b1", requests: 5, reservedTokens: 50, signals: [], decide: true };
    expect(e.admitBatch(p, batch)).toMatchObject({ action: "challenge", served: false, challengeBits: 10 });
    e.setVerified(T0 + 1000);
    expect(e.admitBatch(p, { ...batch, requestId: "b2" })).toMatchObject({ served: true });
  });

  it("the provider is told once per level", () => {
    const p = policy();
    const e = engine("challenged");
    expect(e.admit(p, req(T0)).notify).toBe("challenge");
    expect(e.admit(p, req(T0 + 1)).notify).toBeUndefined();
    e.snap.override = { tier: "blocked" };
    e.snap.detect.lk = 1;
    e.snap.detect.lkT = T0;
    expect(e.admit(p, req(T0 + 2)).notify).toBe("block");
    expect(e.admit(p, req(T0 + 3)).notify).toBeUndefined();
  });

  it("shadow mode reports what each step would have done and serves", () => {
    const shadow = (level: "degrade" | "challenge" | "block") => ({ ...AT(level), mode: "shadow" });
    const p = policy({ tiers: { d: { detection: shadow("degrade") }, c: { detection: shadow("challenge") }, b: { detection: shadow("block") } } });
    for (const [tier, action] of [["d", "degrade"], ["c", "challenge"], ["b", "block"]] as const) {
      const d = engine(tier).admit(p, req(T0));
      expect(d, tier).toMatchObject({ action, served: true, enforced: false });
      expect(d.degrade).toBeUndefined();
      expect(d.notify).toBeUndefined();
    }
  });

  it("tier detection settings are validated with the tier's name in the field", () => {
    const p = parsePolicy({ tiers: { pro: { rpm: 5, detection: { degradeAt: 2 } } } });
    expect(p).toMatchObject({ ok: false, problem: { field: "GUARD_POLICY.tiers.pro.detection.degradeAt" } });
    expect(parsePolicy({ challenge: { baseBits: 20, maxBits: 10 } })).toMatchObject({ ok: false, problem: { field: "GUARD_POLICY.challenge.maxBits" } });
    expect(parsePolicy({ challenge: { verificationUrl: "http://x.test" } })).toMatchObject({ ok: false, problem: { field: "GUARD_POLICY.challenge.verificationUrl" } });
    expect(parsePolicy({ degrade: { maxThinkingTokens: 100 } })).toMatchObject({ ok: false, problem: { field: "GUARD_POLICY.degrade.maxThinkingTokens" } });
  });
});

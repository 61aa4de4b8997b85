/**
 * Behaviours a plausible small bug would break unnoticed (the test-strength issue's list): each was
 * checked red against the planted bug named in its title.
 */
import { describe, expect, it } from "vitest";
import { parsePolicy, type PolicyConfig } from "../../src/config/index.ts";
import { KeyEngine } from "../../src/engine/key-engine.ts";
import { admit, emptyLimitState } from "../../src/limits/index.ts";
import { retryHeaders } from "../../src/proxy/ratelimit-headers.ts";
import { blockable } from "../detect/helpers.ts";

const T0 = Date.UTC(2026, 11, 2, 12);
const forced = (level: "throttle" | "block", mode = "enforce") => ({
  mode, throttleAt: 0, degradeAt: level === "throttle" ? 1 : 0, challengeAt: level === "throttle" ? 1 : 0, blockAt: level === "block" ? 0 : 1,
  jitter: 0, minEvidence: 0, blockMinRequests: 0, hysteresis: 0, throttleFactor: 0.1, convergeChannels: 1, convergeFloor: 0,
});
function policy(tiers: Record<string, unknown>): PolicyConfig {
  const p = parsePolicy({ defaults: { rpm: 100 }, tiers });
  if (!p.ok) throw new Error(p.problem.field);
  return p.value;
}
const req = (i: number) => ({ nowMs: T0 + i, requestId: `r${i}`, route: "chat" as const, reservedTokens: 1 });

describe("lists and modes over detection", () => {
  it("an allow-listed key is served even when detection would block it (planted: detection checked before the list)", () => {
    const p = policy({ b: { detection: forced("block") } });
    const e = new KeyEngine();
    e.snap.override = { tier: "b" };
    blockable(e.snap.detect, T0); // a hard signal of its own and linkage, so block is reachable
    expect(e.admit(p, req(0))).toMatchObject({ action: "block", served: false });
    e.snap.list = "allow";
    expect(e.admit(p, req(1))).toMatchObject({ served: true, cause: "allowlist" });
  });

  it("shadow mode does not tighten quotas for a throttled key (planted: throttle scaling without the enforce check)", () => {
    const enforce = policy({ t: { detection: forced("throttle") } });
    const shadow = policy({ t: { detection: forced("throttle", "shadow") } });
    const rpmOf = (p: PolicyConfig) => {
      const e = new KeyEngine();
      e.snap.override = { tier: "t" };
      const d = e.admit(p, req(0));
      expect(d.action).toBe("throttle");
      return d.reports.find((r) => r.name === "rpm")!.quota;
    };
    expect(rpmOf(enforce)).toBe(10);
    expect(rpmOf(shadow)).toBe(100);
  });
});

describe("limits at their edges", () => {
  const lease = (id: string) => ({ tokens: 0, leaseId: id, leaseTtlMs: 60_000 });
  it("a lease is free exactly at its TTL (planted: >= instead of >)", () => {
    const first = admit(emptyLimitState(), { concurrency: 1 }, lease("a"), T0);
    expect(first.ok).toBe(true);
    expect(admit(first.state, { concurrency: 1 }, lease("b"), T0 + 59_999).ok).toBe(false);
    expect(admit(first.state, { concurrency: 1 }, lease("b"), T0 + 60_000).ok).toBe(true);
  });

  it("the concurrency Retry-After is the lease's remaining life when that is under a second", () => {
    const first = admit(emptyLimitState(), { concurrency: 1 }, lease("a"), T0);
    const r = admit(first.state, { concurrency: 1 }, lease("b"), T0 + 59_700);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.retryAfterMs).toBe(300);
  });

  it("Retry-After rounds up where round and ceil differ (planted: Math.round)", () => {
    for (const [ms, s] of [[1001, "2"], [1400, "2"], [2001, "3"], [300, "1"]] as const) {
      expect(retryHeaders(ms, new Headers()).get("retry-after"), String(ms)).toBe(s);
    }
  });
});

describe("usage reaching detection", () => {
  it("a lease report's estimated usage charges nothing to detection, its real usage does (planted: the flag dropped in usageOf)", () => {
    const p = policy({});
    const e = new KeyEngine();
    const report = (estimated: boolean) => ({
      isolateId: "iso", back: { requests: 0, tokens: 0 }, admitted: [], settles: [],
      usages: [{ atMs: T0, promptTokens: 10, completionTokens: 5000, originStatus: 200, ...(estimated ? { estimated: true as const } : {}) }],
    });
    e.exchange(p, { nowMs: T0, report: report(true) });
    expect(e.snap.detect.settled).toBe(0);
    e.exchange(p, { nowMs: T0 + 1, report: report(false) });
    expect(e.snap.detect.settled).toBe(1);
    expect(e.snap.detect.completionTokens).toBe(5000);
  });
});

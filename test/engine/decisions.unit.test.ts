/**
 * KeyEngine decisions as whole objects (not partial matches): every field a refusal or an
 * admission carries, the counters and the recent-decision tuple it leaves, settlement, the admin
 * view, batch files. Standings are forced through per-tier cut-offs, so these hold whatever the
 * detection scores are. Written against the survivors of a mutation run over src/engine.
 */
import { describe, expect, it } from "vitest";
import { parsePolicy, type PolicyConfig } from "../../src/config/index.ts";
import { KeyEngine, MAX_FILES, RECENT_DECISIONS, originServed } from "../../src/engine/key-engine.ts";
import { newDetectState } from "../../src/detect/index.ts";
import { extractSignals } from "../../src/detect/signals.ts";
import { buildPromptView } from "../../src/detect/view.ts";
import { blockable } from "../detect/helpers.ts";

const T0 = Date.UTC(2026, 11, 2, 12);
const AT = (level: "degrade" | "challenge" | "block", mode = "enforce") => ({
  mode, throttleAt: 0, degradeAt: 0, challengeAt: level === "degrade" ? 1 : 0, blockAt: level === "block" ? 0 : 1,
  jitter: 0, minEvidence: 0, blockMinRequests: 0, hysteresis: 0, convergeChannels: 1, convergeFloor: 0, // forced standings
});

function policy(extra: Record<string, unknown> = {}): PolicyConfig {
  const p = parsePolicy({
    defaults: { rpm: 1000, tpm: 10_000 },
    tiers: {
      off: { detection: { mode: "off" } },
      degraded: { detection: AT("degrade") },
      challenged: { detection: AT("challenge") },
      blocked: { detection: AT("block") },
      shadowBlocked: { detection: AT("block", "shadow") },
    },
    challenge: { passRequests: 3, passMinutes: 5, baseBits: 10, maxBits: 14 },
    ...extra,
  });
  if (!p.ok) throw new Error(`${p.problem.field} ${p.problem.message}`);
  return p.value;
}

function engine(tier?: string): KeyEngine {
  const e = new KeyEngine();
  if (tier) e.snap.override = { tier };
  if (tier === "blocked" || tier === "shadowBlocked") {
    blockable(e.snap.detect, T0); // a hard signal of its own and linkage, so block is reachable
  }
  return e;
}
const req = (nowMs: number, extra: Record<string, unknown> = {}) => ({ nowMs, requestId: `r${nowMs}`, route: "chat" as const, reservedTokens: 100, ...extra });

describe("refusals and admissions, whole", () => {
  it("deny list: a block with no reports, no reservation, enforced; counted refused; recorded", () => {
    const e = engine("off");
    e.snap.list = "deny";
    expect(e.admit(policy(), req(T0))).toEqual({ action: "block", served: false, enforced: true, cause: "denylist", reports: [], reservedTokens: 0, score: 0, reasons: [] });
    expect(e.snap.counters).toEqual({ requests: 1, served: 0, refused: 1, promptTokens: 0, completionTokens: 0 });
    expect(e.snap.recent).toEqual([[T0, "block", 0, 1, "denylist", 0]]);
  });

  it("allow list: served without limits or a lease; counted served", () => {
    const e = engine("off");
    e.snap.list = "allow";
    expect(e.admit(policy(), req(T0))).toEqual({ action: "allow", served: true, enforced: true, cause: "allowlist", reports: [], reservedTokens: 0, score: 0, reasons: [] });
    expect(e.snap.counters).toMatchObject({ requests: 1, served: 1, refused: 0 });
    expect(e.snap.recent).toEqual([[T0, "allow", 1, 1, "allowlist", 0]]);
  });

  it("detection off: an ordinary admission carries the reports, the lease and the reservation", () => {
    const e = engine("off");
    expect(e.admit(policy(), req(T0))).toEqual({
      action: "allow", served: true, enforced: true, cause: "ok", leaseId: `r${T0}`, reservedTokens: 100, score: 0, reasons: [],
      reports: [
        { name: "rpm", quota: 1000, windowSeconds: 60, remaining: 999, resetSeconds: 1 },
        { name: "tpm", quota: 10_000, windowSeconds: 60, remaining: 9900, resetSeconds: 1 },
      ],
    });
  });

  it("detection block: enforced refusal, the provider told once", () => {
    const e = engine("blocked");
    const d = e.admit(policy(), req(T0));
    expect(d).toMatchObject({ action: "block", served: false, enforced: true, cause: "detection", reports: [], reservedTokens: 0, notify: "block" });
    expect(d.retryAfterMs).toBeUndefined();
    expect(e.snap.recent[0]!.slice(1, 5)).toEqual(["block", 0, 1, "detection"]);
    expect(e.admit(policy(), req(T0 + 1)).notify).toBeUndefined();
  });

  it("shadow mode: the block is reported, not enforced, and the request is served with its reports", () => {
    const e = engine("shadowBlocked");
    const d = e.admit(policy(), req(T0));
    expect(d).toMatchObject({ action: "block", served: true, enforced: false, cause: "ok", leaseId: `r${T0}`, reservedTokens: 100 });
    expect(d.reports.map((r) => r.name)).toEqual(["rpm", "tpm"]);
    expect(d.notify).toBeUndefined();
    expect(e.snap.recent[0]!.slice(1, 5)).toEqual(["block", 1, 0, "ok"]);
  });

  it("a reservation larger than the quota is too_large (never fits); a full quota names its limit", () => {
    const e = engine("off");
    const big = e.admit(policy(), req(T0, { reservedTokens: 10_001 }));
    expect(big).toMatchObject({ action: "limit", served: false, enforced: true, cause: "too_large", limit: "tpm", retryAfterMs: Number.POSITIVE_INFINITY, reservedTokens: 0 });
    // a batch of more requests than rpm or tokens than tpm is not too large: it waits for a full
    // minute and leaves a debt (red team R31-2: such a file was refused every night); the day holds it whole
    const b = engine("off");
    expect(b.admitBatch(policy(), { nowMs: T0, requestId: "b", requests: 1001, reservedTokens: 10_001, signals: [], decide: true })).toMatchObject({ served: true, cause: "ok" });
    // in debt for both windows, the one that frees last (tokens: 1 over 10,000, 1 request over 1,000) is named
    const after = b.admit(policy(), req(T0 + 1));
    expect(after).toMatchObject({ served: false, cause: "tpm" });
    expect(after.retryAfterMs).toBeGreaterThan(0);
    expect(after.retryAfterMs).toBeLessThan(Number.POSITIVE_INFINITY);
    const day = engine("off");
    day.snap.override = { tier: "off", limits: { tpd: 10_000 } };
    expect(day.admitBatch(policy(), { nowMs: T0, requestId: "d", requests: 2, reservedTokens: 10_001, signals: [], decide: true })).toMatchObject({ cause: "too_large", limit: "tpd" });
    expect(big.reports.map((r) => r.name)).toEqual(["rpm", "tpm"]);
    expect(e.admit(policy(), req(T0, { reservedTokens: 10_000 })).served).toBe(true);
    expect(e.admit(policy(), req(T0 + 1, { reservedTokens: 1 }))).toMatchObject({ action: "limit", cause: "tpm", served: false });
    // a zero concurrency never frees either, but it is named as the concurrency limit
    const z = engine("off");
    z.snap.override = { tier: "off", limits: { concurrency: 0 } };
    expect(z.admit(policy(), req(T0))).toMatchObject({ cause: "concurrency", retryAfterMs: Number.POSITIVE_INFINITY });
    expect(z.snap.counters).toMatchObject({ requests: 1, served: 0, refused: 1 });
  });

  it("a batch or a run the origin did not accept gives its requests back but for the call, and a refused run is not counted (red team R32-1, R32-2)", () => {
    const e = engine("off");
    e.snap.override = { tier: "off", limits: { rpm: 20 } };
    const rpmLeft = () => e.snap.limits.rpm!.level;
    const b = e.admitBatch(policy(), { nowMs: T0, requestId: "b", requests: 30, reservedTokens: 300, signals: [], decide: true });
    expect(b?.served).toBe(true);
    expect(rpmLeft()).toBe(0);
    e.settle(policy(), { nowMs: T0, leaseId: "b", reservedTokens: 300, usage: { promptTokens: 0, completionTokens: 0, batchRequests: 30 }, originStatus: 529 });
    expect(rpmLeft()).toBe(19);
    // an answered batch keeps its charge
    const ok = engine("off");
    ok.snap.override = { tier: "off", limits: { rpm: 20 } };
    ok.admitBatch(policy(), { nowMs: T0, requestId: "b", requests: 30, reservedTokens: 300, signals: [], decide: true });
    ok.settle(policy(), { nowMs: T0, leaseId: "b", reservedTokens: 300, usage: { promptTokens: 0, completionTokens: 300, estimated: true, batchRequests: 30 }, originStatus: 200 });
    expect(ok.snap.limits.rpm!.level).toBe(0);
    // runs of a file of 5: the first (free) refused by the origin is not counted, so the next is free too
    const r = engine("off");
    r.snap.override = { tier: "off", limits: { rpm: 20 } };
    r.recordFile("f1", 5, 50);
    const run = (id: string, t: number) => r.admitRun(policy(), { nowMs: t, requestId: id, fileId: "f1" });
    expect(run("r1", T0)).toMatchObject({ served: true, reservedTokens: 0 });
    r.settle(policy(), { nowMs: T0, leaseId: "r1", reservedTokens: 0, usage: { promptTokens: 0, completionTokens: 0, runOf: "f1" }, originStatus: 429 });
    expect(run("r2", T0)).toMatchObject({ served: true, reservedTokens: 0 });
    r.settle(policy(), { nowMs: T0, leaseId: "r2", reservedTokens: 0, usage: { promptTokens: 0, completionTokens: 0, estimated: true, runOf: "f1" }, originStatus: 200 });
    // the next run is metered as the whole file; refused by the origin, its 5 requests go back but one
    const before = r.snap.limits.rpm!.level;
    expect(run("r3", T0)).toMatchObject({ served: true, reservedTokens: 50 });
    expect(r.snap.limits.rpm!.level).toBe(before - 5);
    r.settle(policy(), { nowMs: T0, leaseId: "r3", reservedTokens: 50, usage: { promptTokens: 0, completionTokens: 0, runOf: "f1" }, originStatus: 500 });
    expect(r.snap.limits.rpm!.level).toBe(before - 1);
    expect(run("r4", T0)).toMatchObject({ served: true, reservedTokens: 50 });
  });

  it("recent keeps the last RECENT_DECISIONS, oldest dropped; the score is kept x 1000", () => {
    const e = engine("off");
    for (let i = 0; i < RECENT_DECISIONS + 3; i++) e.admit(policy(), req(T0 + i));
    expect(e.snap.recent).toHaveLength(RECENT_DECISIONS);
    expect(e.snap.recent[0]![0]).toBe(T0 + 3);
    expect(e.snap.recent.at(-1)![0]).toBe(T0 + RECENT_DECISIONS + 2);
    expect(e.snap.counters.requests).toBe(RECENT_DECISIONS + 3);
  });
});

describe("challenge and passes", () => {
  const solved = (id: string, nowMs: number, bits = 10) => ({ id, expiresAtMs: nowMs + 300_000, bits });

  it("a challenge refusal carries the difficulty and no reports", () => {
    const e = engine("challenged");
    const d = e.admit(policy(), req(T0));
    expect(d).toMatchObject({ action: "challenge", served: false, enforced: true, cause: "detection", reports: [], reservedTokens: 0, notify: "challenge" });
    expect(d.challengeBits).toBe(e.challengeBits(policy(), d.score, T0));
  });

  it("a pass not used after all (the quota refused) is given back", () => {
    const e = engine("challenged");
    e.snap.override = { tier: "challenged", limits: { tpm: 50 } };
    const d = e.admit(policy(), req(T0, { solved: solved("p1", T0), reservedTokens: 100, degradedTokens: 60 }));
    expect(d).toMatchObject({ served: false, cause: "too_large" });
    expect(e.snap.pass).toEqual({ untilMs: T0 + 5 * 60_000, left: 3 });
    // (a challenged key's limits are throttled: tpm 50 scaled down)
    expect(e.admit(policy(), req(T0 + 1, { reservedTokens: 100, degradedTokens: 1 }))).toMatchObject({ served: true, cause: "pass", degrade: true, reservedTokens: 1 });
    expect(e.snap.pass!.left).toBe(2);
  });

  it("an expired puzzle id is forgotten and may be accepted again; a live one is not", () => {
    const e = engine("challenged");
    const p = policy();
    expect(e.admit(p, req(T0, { solved: { id: "x", expiresAtMs: T0 + 10, bits: 10 } })).served).toBe(true);
    expect(e.snap.puzzles).toEqual([["x", T0 + 10]]);
    e.snap.pass = undefined;
    expect(e.admit(p, req(T0 + 10, { solved: { id: "x", expiresAtMs: T0 + 500, bits: 14 } })).served).toBe(true);
    expect(e.snap.puzzles).toEqual([["x", T0 + 500]]);
    e.snap.pass = undefined;
    expect(e.admit(p, req(T0 + 20, { solved: { id: "x", expiresAtMs: T0 + 900, bits: 14 } }))).toMatchObject({ served: false, cause: "replayed" });
  });

  it("difficulty: base + floor(log2(1 + passes in the last 24 h)) + up to 4 with the score over challengeAt", () => {
    const p = policy({ detection: { throttleAt: 0.2, degradeAt: 0.3, challengeAt: 0.5, blockAt: 0.9 } });
    const e = engine();
    expect(e.challengeBits(p, 0, T0)).toBe(10);
    expect(e.challengeBits(p, 0.5, T0)).toBe(10);
    expect(e.challengeBits(p, 0.75, T0)).toBe(12);
    expect(e.challengeBits(p, 1, T0)).toBe(14);
    e.snap.passLog = [T0 - 86_400_000];
    expect(e.challengeBits(p, 0, T0)).toBe(10); // exactly 24 h ago no longer counts
    e.snap.passLog = [T0 - 86_400_000, T0 - 86_399_999, T0 - 1000, T0 - 10];
    expect(e.challengeBits(p, 0, T0)).toBe(12); // 3 passes count: +floor(log2 4)
    e.snap.passLog = [T0 - 1000];
    expect(e.challengeBits(p, 0.625, T0)).toBe(10 + 1 + 1);
    expect(e.challengeBits(p, 1, T0)).toBe(14); // capped at maxBits
  });
});

describe("settle, standing, verification", () => {
  it("settle counts the real usage and marks the key served only on a 2xx", () => {
    expect([199, 200, 299, 300, 401, undefined].map(originServed)).toEqual([false, true, true, false, false, true]);
    const e = engine("off");
    const d = e.admit(policy(), req(T0));
    e.settle(policy(), { nowMs: T0 + 5, leaseId: d.leaseId!, reservedTokens: 100, usage: { promptTokens: 7, completionTokens: 30 }, originStatus: 300 });
    expect(e.snap.counters).toMatchObject({ promptTokens: 7, completionTokens: 30 });
    expect(e.snap.okMs).toBeUndefined();
    e.settle(policy(), { nowMs: T0 + 6, leaseId: "none", reservedTokens: 0, usage: { promptTokens: 1, completionTokens: 2 }, originStatus: 299 });
    expect(e.snap.okMs).toBe(T0 + 6);
    e.settle(policy(), { nowMs: T0 + 7, leaseId: "none", reservedTokens: 0, usage: { promptTokens: 0, completionTokens: 0 }, originStatus: 200 });
    expect(e.snap.okMs).toBe(T0 + 6);
    expect(e.snap.counters).toMatchObject({ promptTokens: 8, completionTokens: 32 });
    // 100 reserved, 37 then 3 more used, and 7 ms of refill at 10,000 per minute
    expect(e.snap.limits.tpm!.level).toBeCloseTo(10_000 - 100 + 63 - 3 + (7 * 10_000) / 60_000, 6);
  });

  it("standing is the last decision's action, allow when none or a quota refusal", () => {
    const e = engine("off");
    expect(e.standing()).toBe("allow");
    e.snap.recent.push([T0, "throttle", 1, 1, "ok", 0]);
    expect(e.standing()).toBe("throttle");
    e.snap.recent.push([T0, "limit", 0, 1, "rpm", 0]);
    expect(e.standing()).toBe("allow");
    e.snap.recent.push([T0, "challenge", 0, 1, "detection", 0]);
    expect(e.standing()).toBe("challenge");
  });

  it("setVerified sets and clears", () => {
    const e = engine();
    e.setVerified(T0 + 10);
    expect(e.verified(T0 + 9)).toBe(true);
    expect(e.verified(T0 + 10)).toBe(false);
    e.setVerified(undefined);
    expect("verifiedUntilMs" in e.snap).toBe(false);
  });
});

describe("inspect: the admin view", () => {
  it("a key with detection off: lists, limits, usage, counters, challenge state and recent decisions, exactly", () => {
    const e = engine("off");
    const p = policy();
    e.admit(p, req(T0));
    e.snap.recent[0]![5] = 250;
    e.snap.pass = { untilMs: T0 + 60_000, left: 2 };
    e.snap.passLog = [T0 - 86_400_000, T0 - 5];
    e.snap.notified = { challenge: T0 - 1000 };
    expect(e.inspect(p, T0 + 1)).toEqual({
      list: null,
      override: { tier: "off" },
      verifiedUntil: null,
      limits: { rpm: 1000, tpm: 10_000 },
      usage: [
        { name: "rpm", quota: 1000, windowSeconds: 60, remaining: 999, resetSeconds: 1 },
        { name: "tpm", quota: 10_000, windowSeconds: 60, remaining: 9900, resetSeconds: 1 },
      ],
      inFlight: 0,
      counters: { requests: 1, served: 1, refused: 0, promptTokens: 0, completionTokens: 0 },
      detection: { mode: "off" },
      challenge: {
        pass: { until: new Date(T0 + 60_000).toISOString(), requestsLeft: 2 },
        passesLast24h: 1,
        nextDifficultyBits: 11, // base 10, +1 for the one pass bought in the last 24 h
        notified: { degrade: null, challenge: new Date(T0 - 1000).toISOString(), block: null },
      },
      recent: [{ atMs: T0, action: "allow", served: true, enforced: true, cause: "ok", score: 0.25 }],
    });
  });

  it("a used-up or expired pass is not shown; a list and verification are", () => {
    const e = engine();
    e.snap.list = "deny";
    e.setVerified(T0 + 86_400_000);
    e.snap.pass = { untilMs: T0 + 60_000, left: 0 };
    const v = e.inspect(policy(), T0);
    expect(v).toMatchObject({ list: "deny", override: null, verifiedUntil: new Date(T0 + 86_400_000).toISOString() });
    expect(v.challenge.pass).toBeNull();
    e.snap.pass = { untilMs: T0, left: 3 };
    expect(e.inspect(policy(), T0).challenge.pass).toBeNull();
    expect(e.inspect(policy(), T0).detection).toMatchObject({ mode: "enforce", standing: "allow" });
  });
});

describe("batch input files", () => {
  it("recordFile replaces an earlier record of the same id, keeps the endpoint, and keeps the newest MAX_FILES", () => {
    const e = engine();
    e.recordFile("f1", 2, 200);
    e.recordFile("f2", 3, 300, "/v1/chat/completions");
    e.recordFile("f1", 4, 400);
    expect(e.snap.files).toEqual([["f2", 3, 300, 0, "/v1/chat/completions"], ["f1", 4, 400, 0]]);
    for (let i = 0; i < MAX_FILES + 1; i++) e.recordFile(`g${i}`, 1, 1);
    expect(e.snap.files).toHaveLength(MAX_FILES);
    expect(e.snap.files![0]![0]).toBe("g1");
  });

  it("a run of an unknown file, or against another endpoint, is refused and counted", () => {
    const e = engine("off");
    e.recordFile("f", 2, 200, "/v1/chat/completions");
    const unknown = { action: "allow", served: false, enforced: true, cause: "unknown_file", reports: [], reservedTokens: 0, score: 0, reasons: [] };
    expect(e.admitRun(policy(), { nowMs: T0, requestId: "a", fileId: "nope" })).toEqual(unknown);
    expect(e.admitRun(policy(), { nowMs: T0, requestId: "b", fileId: "f", endpoint: "/v1/embeddings" })).toEqual(unknown);
    expect(e.snap.counters).toMatchObject({ requests: 2, refused: 2 });
    const first = e.admitRun(policy(), { nowMs: T0, requestId: "c", fileId: "f", endpoint: "/v1/chat/completions" });
    expect(first).toMatchObject({ served: true, reservedTokens: 0 });
    const second = e.admitRun(policy(), { nowMs: T0 + 1, requestId: "d", fileId: "f", endpoint: "/v1/chat/completions" });
    expect(second).toMatchObject({ served: true, reservedTokens: 200 });
    expect(e.snap.files![0]![3]).toBe(2);
  });
});

describe("reset, batches and runs", () => {
  it("reset forgets counters and history, keeps admin settings and the expiry bookkeeping", () => {
    const e = engine("off");
    e.admit(policy(), req(T0));
    e.snap.list = "allow";
    e.setVerified(T0 + 5);
    e.snap.okMs = T0 + 1;
    e.snap.at = T0 + 2;
    e.snap.exp = T0 + 3;
    e.reset();
    expect(e.snap).toEqual({ ...new KeyEngine().snap, at: T0 + 2, exp: T0 + 3, override: { tier: "off" }, list: "allow", verifiedUntilMs: T0 + 5, okMs: T0 + 1 });
    const bare = engine();
    bare.admit(policy(), req(T0));
    bare.reset();
    expect(bare.snap).toEqual({ ...new KeyEngine().snap, at: 0, exp: 0 });
    expect("okMs" in bare.snap).toBe(false);
  });

  it("a batch chunk that does not decide returns nothing and leaves counters alone", () => {
    const e = engine("off");
    expect(e.admitBatch(policy(), { nowMs: T0, requestId: "b", requests: 3, reservedTokens: 30, signals: [], decide: false })).toBeUndefined();
    expect(e.snap.counters.requests).toBe(0);
    expect(e.admitBatch(policy(), { nowMs: T0, requestId: "b", requests: 3, reservedTokens: 30, signals: [], decide: true })).toMatchObject({ served: true, reservedTokens: 30 });
    expect(e.snap.counters).toMatchObject({ requests: 3, served: 3 });
  });

  it("a run of a file written as sent is refused where degrade applies, for a pass and a verified key too, with no puzzle; a file written degraded runs (red team R13-4)", () => {
    const undegradable = { action: "degrade", served: false, cause: "undegradable" };
    const e = engine("degraded");
    e.recordFile("f", 2, 200);
    expect(e.admitRun(policy(), { nowMs: T0, requestId: "a", fileId: "f" })).toMatchObject(undegradable);
    expect(e.admitRun(policy(), { nowMs: T0, requestId: "a2", fileId: "f" }).challengeBits).toBeUndefined();
    e.setVerified(T0 + 86_400_000);
    expect(e.admitRun(policy(), { nowMs: T0 + 1, requestId: "b", fileId: "f" })).toMatchObject(undegradable);
    e.recordFile("g", 2, 200, "/v1/chat/completions", true);
    expect(e.admitRun(policy(), { nowMs: T0 + 2, requestId: "c", fileId: "g", endpoint: "/v1/chat/completions" })).toMatchObject({ action: "degrade", served: true });
    // challenged: a solved puzzle buys nothing for a file written as sent, a pass runs one written degraded
    const c = engine("challenged");
    c.recordFile("f", 5, 500, "/v1/chat/completions");
    c.recordFile("g", 5, 500, "/v1/chat/completions", true);
    const run = (id: string, t: number, sol?: string) => c.admitRun(policy(), { nowMs: t, requestId: `r${t}`, fileId: id, endpoint: "/v1/chat/completions", ...(sol ? { solved: { id: sol, expiresAtMs: t + 300_000, bits: 10 } } : {}) });
    expect(run("g", T0)).toMatchObject({ action: "challenge", served: false, cause: "detection" });
    expect(run("f", T0 + 1, "p1")).toMatchObject({ action: "challenge", served: false, cause: "undegradable" });
    expect(run("g", T0 + 2, "p2")).toMatchObject({ served: true, degrade: true });
    expect(run("f", T0 + 3)).toMatchObject({ served: false, cause: "undegradable" });
    expect(c.snap.files!.map((f) => f.length)).toEqual([5, 6]);
  });
});

describe("detection off observes nothing; puzzle and pass bookkeeping is bounded", () => {
  const signals = () => {
    const body = { messages: [{ role: "user", content: "Explain photosynthesis step by step, in depth." }], max_tokens: 100 };
    return extractSignals(buildPromptView("chat", body), { ip: "192.0.2.1", asn: 64500 });
  };

  it("with detection off, admitting with signals and settling leave the detection state as new", () => {
    const e = engine("off");
    const d = e.admit(policy(), req(T0, { signals: signals() }));
    e.settle(policy(), { nowMs: T0 + 5, leaseId: d.leaseId!, reservedTokens: 100, usage: { promptTokens: 10, completionTokens: 90 }, originStatus: 200 });
    e.admitBatch(policy(), { nowMs: T0 + 6, requestId: "b", requests: 1, reservedTokens: 1, signals: [signals()], decide: false });
    expect(e.snap.detect).toEqual(newDetectState());
    // with detection on, the same traffic is observed
    const on = engine();
    const d2 = on.admit(policy(), req(T0, { signals: signals() }));
    const afterAdmit = structuredClone(on.snap.detect);
    expect(afterAdmit).not.toEqual(newDetectState());
    on.settle(policy(), { nowMs: T0 + 5, leaseId: d2.leaseId!, reservedTokens: 100, usage: { promptTokens: 10, completionTokens: 90 }, originStatus: 200 });
    expect(on.snap.detect).not.toEqual(afterAdmit);
    const chunk = engine();
    chunk.admitBatch(policy(), { nowMs: T0, requestId: "b", requests: 1, reservedTokens: 1, signals: [signals()], decide: false });
    expect(chunk.snap.detect).not.toEqual(newDetectState());
  });

  it("at most MAX_PUZZLES live puzzle ids: one more solution is refused until some expire", () => {
    const e = engine("challenged");
    e.snap.puzzles = Array.from({ length: 256 }, (_, i): [string, number] => [`old${i}`, T0 + 1000]);
    expect(e.admit(policy(), req(T0, { solved: { id: "new", expiresAtMs: T0 + 60_000, bits: 14 } }))).toMatchObject({ served: false, cause: "replayed" });
    e.snap.puzzles = e.snap.puzzles!.slice(1);
    expect(e.admit(policy(), req(T0 + 1, { solved: { id: "new", expiresAtMs: T0 + 60_000, bits: 14 } }))).toMatchObject({ served: true, cause: "pass" });
    expect(e.snap.puzzles).toHaveLength(256);
  });

  it("the pass log keeps the last 64 passes of the last 24 h", () => {
    const e = engine("challenged");
    e.snap.passLog = [T0 - 86_400_000, ...Array.from({ length: 70 }, (_, i) => T0 - 1000 + i)];
    expect(e.admit(policy(), req(T0, { solved: { id: "p", expiresAtMs: T0 + 60_000, bits: 14 } })).served).toBe(true);
    expect(e.snap.passLog).toHaveLength(64);
    expect(e.snap.passLog!.at(-1)).toBe(T0);
    expect(e.snap.passLog![0]).toBe(T0 - 1000 + 7);
  });
});

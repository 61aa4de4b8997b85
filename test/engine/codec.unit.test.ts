/**
 * The snapshot codec field by field: each wrongly-shaped field of a v3 value makes it salvaged
 * (admin settings kept, the rest fresh), each valid absent field starts fresh, and the v1/v2
 * upgrades derive exactly what they document. Written against the survivors of a mutation run.
 */
import { describe, expect, it } from "vitest";
import { emptySnapshot } from "../../src/engine/key-engine.ts";
import { decodeSnapshot, detectionMatters, keptAfterExpiry, toStored } from "../../src/engine/snapshot.ts";
import { newDetectState } from "../../src/detect/index.ts";

const T0 = Date.UTC(2026, 10, 1);
const admin = { list: "deny", override: { tier: "pro" }, verifiedUntilMs: T0 + 1 };

describe("a v3 value with one field of the wrong shape is salvaged, keeping the admin's settings", () => {
  const bucket = { level: 1, updatedAtMs: T0 };
  it.each([
    ["limits not an object", { limits: 5 }],
    ["limits without leases", { limits: { rpm: bucket } }],
    ["leases not an object", { limits: { leases: [] } }],
    ["a bucket without a level", { limits: { leases: {}, tpm: { updatedAtMs: T0 } } }],
    ["a bucket with a string time", { limits: { leases: {}, tpd: { level: 1, updatedAtMs: "x" } } }],
    ["a bucket not an object", { limits: { leases: {}, rpm: 3 } }],
    ["detect of another version", { detect: { v: 2 } }],
    ["detect not an object", { detect: "x" }],
    ["recent not an array", { recent: {} }],
    ["a recent tuple of 5", { recent: [[T0, "allow", 1, 1, "none"]] }],
    ["a recent entry not a tuple", { recent: ["allow"] }],
    ["counters missing a field", { counters: { requests: 1, served: 1, refused: 0, promptTokens: 0 } }],
    ["counters not an object", { counters: 7 }],
    ["at not a number", { at: "now" }],
    ["exp infinite", { exp: Number.POSITIVE_INFINITY }],
    ["okMs not a number", { okMs: null }],
    ["an unreadable override", { override: { limits: { rpm: -1 } } }],
    ["an unknown list", { list: "grey" }],
  ])("%s", (_name, bad) => {
    const d = decodeSnapshot({ v: 3, ...admin, ...bad });
    expect(d.outcome).toBe("salvaged");
    expect(d.from).toBe(3);
    const keep = { ...admin, ...bad };
    if (keep.list === "deny") expect(d.snap.list).toBe("deny");
    else expect(d.snap.list).toBeUndefined();
    expect(d.snap.verifiedUntilMs).toBe(T0 + 1);
    expect(d.snap.limits).toEqual({ leases: {} });
    expect(d.snap.recent).toEqual([]);
  });

  it("a minimal v3 value reads as current, every absent part fresh", () => {
    const d = decodeSnapshot({ v: 3 });
    expect(d).toEqual({ snap: emptySnapshot(), outcome: "current", from: 3 });
    const full = decodeSnapshot({ v: 3, limits: { leases: {}, rpm: bucket }, at: 5, exp: 6, okMs: 7, list: "allow", override: { limits: { rpm: 2 } } });
    expect(full.outcome).toBe("current");
    expect(full.snap).toMatchObject({ at: 5, exp: 6, okMs: 7, list: "allow", override: { limits: { rpm: 2 } }, limits: { leases: {}, rpm: bucket } });
    expect("okMs" in decodeSnapshot({ v: 3 }).snap).toBe(false);
  });

  it("a stored override is read back as its tier and valid limits only", () => {
    expect(decodeSnapshot({ v: 3, override: { tier: "pro", note: "x" } }).snap.override).toStrictEqual({ tier: "pro" });
    // limits that no longer parse are dropped (the tier stays), on the current and the salvage path
    expect(decodeSnapshot({ v: 3, override: { tier: "pro", limits: { rpm: -1 } } })).toMatchObject({ outcome: "current" });
    expect(decodeSnapshot({ v: 3, override: { tier: "pro", limits: { rpm: -1 } } }).snap.override).toStrictEqual({ tier: "pro" });
    expect(decodeSnapshot({ v: 42, override: { tier: "pro", limits: { rpm: -1 } } }).snap.override).toStrictEqual({ tier: "pro" });
  });

  it("salvage reads a tier and limits together, drops a non-string tier, ignores a non-numeric verification", () => {
    const d = decodeSnapshot({ v: 42, override: { tier: 5, limits: { tpm: 9 } }, verifiedUntilMs: "soon" });
    expect(d).toMatchObject({ outcome: "salvaged", from: 42 });
    expect(d.snap.override).toEqual({ limits: { tpm: 9 } });
    expect(d.snap.verifiedUntilMs).toBeUndefined();
    expect(decodeSnapshot({ v: "3", list: "allow" })).toMatchObject({ outcome: "salvaged", from: undefined, snap: { list: "allow" } });
    expect(decodeSnapshot(null)).toEqual({ snap: emptySnapshot(), outcome: "empty" });
  });
});

describe("upgrades", () => {
  it("v1 -> v3: tuples of the last RECENT_DECISIONS, score x 1000 rounded, flags as 0/1, missing score 0", () => {
    const recent = [
      { atMs: T0, action: "allow", served: true, enforced: false, cause: "none", score: 0.1234 },
      { atMs: T0 + 5, action: "block", served: false, enforced: true, cause: "detection" },
    ];
    const d = decodeSnapshot({ v: 1, recent });
    expect(d.outcome).toBe("migrated");
    expect(d.from).toBe(1);
    expect(d.snap.recent).toEqual([
      [T0, "allow", 1, 0, "none", 123],
      [T0 + 5, "block", 0, 1, "detection", 0],
    ]);
    expect(d.snap.at).toBe(T0 + 5);
    expect(decodeSnapshot({ v: 1, recent: [{ atMs: "x", action: "allow", cause: "none" }] }).outcome).toBe("salvaged");
    expect(decodeSnapshot({ v: 1, recent: [{ atMs: T0, action: 1, cause: "none" }] }).outcome).toBe("salvaged");
    expect(decodeSnapshot({ v: 1, recent: [{ atMs: T0, action: "allow", cause: null }] }).outcome).toBe("salvaged");
    expect(decodeSnapshot({ v: 1, recent: [5] }).outcome).toBe("salvaged");
    expect(decodeSnapshot({ v: 1 }).outcome).toBe("salvaged");
    const many = Array.from({ length: 300 }, (_, i) => ({ atMs: T0 + i, action: "allow", served: true, cause: "none" }));
    const kept = decodeSnapshot({ v: 1, recent: many }).snap.recent;
    expect(kept.length).toBeLessThan(300);
    expect(kept.at(-1)![0]).toBe(T0 + 299);
  });

  it("v2 -> v3: activity time is the latest bucket or decision time; served when it settled tokens", () => {
    const limits = { leases: {}, rpm: { level: 1, updatedAtMs: T0 + 10 }, tpm: { level: 1, updatedAtMs: T0 + 30 }, tpd: { level: 1, updatedAtMs: T0 + 20 } };
    const counters = (p: number, c: number) => ({ requests: 1, served: 1, refused: 0, promptTokens: p, completionTokens: c });
    const a = decodeSnapshot({ v: 2, limits, recent: [[T0 + 25, "allow", 1, 0, "none", 0]], counters: counters(0, 1) });
    expect(a.outcome).toBe("migrated");
    expect(a.snap).toMatchObject({ at: T0 + 30, exp: 0, okMs: T0 + 30 });
    const b = decodeSnapshot({ v: 2, limits, recent: [[T0 + 40, "allow", 1, 0, "none", 0]], counters: counters(1, 0) });
    expect(b.snap).toMatchObject({ at: T0 + 40, okMs: T0 + 40 });
    const unserved = decodeSnapshot({ v: 2, limits, counters: counters(0, 0) });
    expect(unserved.snap.at).toBe(T0 + 30);
    expect("okMs" in unserved.snap).toBe(false);
    expect("okMs" in decodeSnapshot({ v: 2 }).snap).toBe(false);
    expect(decodeSnapshot({ v: 2 }).snap.at).toBe(0);
  });

  it("v2 -> v3: each of rpm, tpm and tpd can hold the latest time", () => {
    const bucket = (t: number) => ({ level: 1, updatedAtMs: t });
    for (const latest of ["rpm", "tpm", "tpd"]) {
      const limits = { leases: {}, rpm: bucket(T0 + 1), tpm: bucket(T0 + 2), tpd: bucket(T0 + 3), [latest]: bucket(T0 + 50) };
      expect([latest, decodeSnapshot({ v: 2, limits, recent: [[T0 + 9, "allow", 1, 0, "none", 0]] }).snap.at]).toEqual([latest, T0 + 50]);
    }
  });
});

describe("what is stored and what survives", () => {
  it("detectionMatters: a standing, linkage evidence, or a last decision other than allow/limit", () => {
    const s = emptySnapshot();
    expect(detectionMatters(s)).toBe(false);
    expect(detectionMatters({ ...s, recent: [[T0, "limit", 0, 1, "rpm", 0]] as never })).toBe(false);
    expect(detectionMatters({ ...s, recent: [[T0, "throttle", 1, 1, "detection", 0]] as never })).toBe(true);
    expect(detectionMatters({ ...s, recent: [[T0, "throttle", 1, 1, "detection", 0], [T0, "allow", 1, 1, "none", 0]] as never })).toBe(false);
    expect(detectionMatters({ ...s, detect: { ...newDetectState(), link: 1 } })).toBe(true);
    expect(detectionMatters({ ...s, detect: { ...newDetectState(), standing: "challenge" } })).toBe(true);
    expect(toStored({ ...s, okMs: T0 })).toHaveProperty("detect");
    expect(toStored(s)).not.toHaveProperty("detect");
  });

  it("keptAfterExpiry: a verification ending exactly now is not kept; an empty file list is nothing", () => {
    const s = emptySnapshot();
    expect(keptAfterExpiry({ ...s, verifiedUntilMs: T0 }, T0)).toBeUndefined();
    expect(keptAfterExpiry({ ...s, verifiedUntilMs: T0 + 1 }, T0)).toEqual({ v: 3, verifiedUntilMs: T0 + 1 });
    expect(keptAfterExpiry({ ...s, files: [] }, T0)).toBeUndefined();
    expect(keptAfterExpiry({ ...s, list: "allow" }, T0)).toEqual({ v: 3, list: "allow" });
    expect(keptAfterExpiry({ ...s, override: { tier: "pro" } }, T0)).toEqual({ v: 3, override: { tier: "pro" } });
  });
});

/** Snapshot codec (src/engine/snapshot.ts): every stored version is upgraded, admin settings never dropped. */
import { describe, expect, it } from "vitest";
import { type PolicyConfig, parsePolicy } from "../../src/config/index.ts";
import { KeyEngine, type KeySnapshot } from "../../src/engine/key-engine.ts";
import { STORED_NAMES, decodeDetect, encodeDetect } from "../../src/detect/state.ts";
import { compactNumbers, round7 } from "../../src/detect/codec.ts";
import { decodeSnapshot, detectionMatters, keptAfterExpiry, migrateSnapshot, toStored } from "../../src/engine/snapshot.ts";

function policy(raw: unknown = { defaults: { rpm: 10, tpm: 10_000, tpd: 100_000, concurrency: 4 }, tiers: { pro: { rpm: 100 } } }): PolicyConfig {
  const p = parsePolicy(raw);
  if (!p.ok) throw new Error(`${p.problem.field} ${p.problem.message}`);
  return p.value;
}

const T0 = Date.UTC(2026, 10, 1);
const usage = { promptTokens: 12, completionTokens: 30 };

/** A key that served two requests, with a deny-list entry and an override, as KeyEngine keeps it. */
function servedEngine(): KeyEngine {
  const p = policy();
  const e = new KeyEngine();
  for (let i = 0; i < 2; i++) {
    const d = e.admit(p, { nowMs: T0 + i * 1000, requestId: `r${i}`, route: "chat", reservedTokens: 100 });
    e.settle(p, { nowMs: T0 + i * 1000 + 500, leaseId: d.leaseId!, reservedTokens: 100, usage, originStatus: 200 });
  }
  e.snap.override = { tier: "pro", limits: { rpm: 7 } };
  e.snap.list = "deny";
  return e;
}

/** The same state as schema v2 wrote it (no at / exp / okMs). */
function asV2(s: KeySnapshot): Record<string, unknown> {
  const { at: _a, exp: _e, okMs: _o, ...rest } = structuredClone(s);
  return { ...rest, detect: encodeDetect(rest.detect), v: 2 };
}

describe("the detection state on disk", () => {
  it("is stored under its compact names and read back whole", () => {
    const e = servedEngine();
    const stored = toStored(e.snap);
    const d = stored.detect!;
    // the compact names of every stored snapshot so far: no descriptive name reaches storage;
    // a field still at its fresh value is left out (this key never sent a logit_bias)
    const names = new Set(Object.values(STORED_NAMES));
    for (const k of Object.keys(d)) expect(names.has(k)).toBe(true);
    expect(Object.keys(d)).toContain("v");
    expect(Object.keys(d)).not.toContain("bls");
    expect(e.snap.detect.biasSets).toBe("");
    expect(d.uC).toBe(round7(e.snap.detect.completionTokens));
    expect(d).not.toHaveProperty("completionTokens");
    // read back whole: the sketches exactly, the decayed counters to 7 significant digits
    expect(decodeSnapshot(JSON.parse(JSON.stringify(stored))).snap.detect).toEqual(compactNumbers(e.snap.detect));
  });
  it("a stored state missing fields (from before they existed) gets their fresh values", () => {
    const e = servedEngine();
    const d = encodeDetect(e.snap.detect);
    delete d.hx;
    delete d.ur;
    const back = decodeDetect(d);
    expect(back.histories).toEqual([]);
    expect(back.unreadable).toBe(0);
    expect(back.completionTokens).toBe(round7(e.snap.detect.completionTokens));
  });
  it("the input filters are stored as base64 of their bits; an unreadable one starts empty", () => {
    const e = servedEngine();
    e.snap.detect.recentInputs = "f0".repeat(e.snap.detect.recentInputs.length / 2);
    const d = encodeDetect(e.snap.detect);
    expect(typeof d.ri).toBe("string");
    expect((d.ri as string).length).toBeLessThan((e.snap.detect.recentInputs.length * 3) / 4);
    expect(decodeDetect(d).recentInputs).toBe(e.snap.detect.recentInputs);
    d.ri = "not base64!";
    d.ri2 = "AAAA"; // base64, but not a filter's length
    const back = decodeDetect(d);
    expect(back.recentInputs).toMatch(/^0+$/);
    expect(back.olderInputs).toMatch(/^0+$/);
  });
});

describe("migrateSnapshot", () => {
  it("keeps a v2 snapshot's deny list, override, limits, history and counters", () => {
    const e = servedEngine();
    const v2 = asV2(e.snap);
    const d = decodeSnapshot(v2);
    expect(d.outcome).toBe("migrated");
    expect(d.from).toBe(2);
    const s = d.snap;
    expect(s.v).toBe(3);
    expect(s.list).toBe("deny");
    expect(s.override).toEqual({ tier: "pro", limits: { rpm: 7 } });
    expect(s.limits).toEqual(e.snap.limits);
    expect(s.detect).toEqual(compactNumbers(e.snap.detect));
    expect(s.recent).toEqual(e.snap.recent);
    expect(s.counters).toEqual(e.snap.counters);
    // activity time recovered from the latest timestamp v2 kept; settled tokens mean served
    expect(s.at).toBe(T0 + 1500);
    expect(s.okMs).toBeDefined();
    // and the migrated key still acts on it: denied
    const out = new KeyEngine(s).admit(policy(), { nowMs: T0 + 5000, requestId: "x", route: "chat", reservedTokens: 1 });
    expect(out.cause).toBe("denylist");
  });

  it("keeps the fields it does not check (verification, challenge pass, puzzle ids) through the upgrade", () => {
    const e = servedEngine();
    e.snap.verifiedUntilMs = T0 + 86_400_000;
    e.snap.pass = { untilMs: T0 + 600_000, left: 3 };
    e.snap.puzzles = [["p1", T0 + 300_000]];
    const s = migrateSnapshot(asV2(e.snap));
    expect(s.verifiedUntilMs).toBe(T0 + 86_400_000);
    expect(s.pass).toEqual({ untilMs: T0 + 600_000, left: 3 });
    expect(s.puzzles).toEqual([["p1", T0 + 300_000]]);
    // and an unreadable snapshot still keeps the verification, an admin decision
    expect(migrateSnapshot({ v: 7, verifiedUntilMs: T0, limits: null }).verifiedUntilMs).toBe(T0);
  });

  it("upgrades v1 (recent decisions as objects) through v2 to v3", () => {
    const e = servedEngine();
    const v2 = asV2(e.snap);
    const v1 = {
      ...v2,
      v: 1,
      recent: e.snap.recent.map(([atMs, action, served, enforced, cause, score]) => ({ atMs, action, served: served === 1, enforced: enforced === 1, cause, score: score / 1000 })),
    };
    const d = decodeSnapshot(v1);
    expect(d.outcome).toBe("migrated");
    expect(d.snap.recent).toEqual(e.snap.recent);
    expect(d.snap.list).toBe("deny");
    expect(d.snap.override).toEqual({ tier: "pro", limits: { rpm: 7 } });
  });

  it("a garbage or future snapshot keeps its readable list and override, the rest starts fresh", () => {
    const d = decodeSnapshot({ v: 99, list: "deny", override: { tier: "pro", limits: { rpm: 3, bogus: 1 } }, limits: "???", detect: 42 });
    expect(d.outcome).toBe("salvaged");
    expect(d.snap.list).toBe("deny");
    // the override's limits are unreadable as a whole (unknown limit), the tier is still read
    expect(d.snap.override).toEqual({ tier: "pro" });
    expect(d.snap.limits).toEqual({ leases: {} });
    expect(d.snap.counters.requests).toBe(0);

    const corruptV2 = decodeSnapshot({ v: 2, limits: 5, recent: "no", list: "allow" });
    expect(corruptV2.outcome).toBe("salvaged");
    expect(corruptV2.snap.list).toBe("allow");

    const noVersion = migrateSnapshot({ list: "deny", override: "nonsense" });
    expect(noVersion.list).toBe("deny");
    expect(noVersion.override).toBeUndefined();

    for (const junk of ["a string", 7, [1, 2], true]) expect(decodeSnapshot(junk).outcome).toBe("salvaged");
    expect(decodeSnapshot(undefined).outcome).toBe("empty");
  });

  it("batches a key may fetch: stored before they were dated (plain ids) they are read undated, dated at the next write (red team R9-5)", () => {
    const d = decodeSnapshot({ v: 3, outputs: ["msgbatch_1", ["msgbatch_2", T0], 5, ["bad"]] });
    expect(d.outcome).toBe("current");
    expect(d.snap.outputs).toEqual([["msgbatch_1", 0], ["msgbatch_2", T0]]);
    const e = new KeyEngine(d.snap);
    expect(e.ownsOutput("msgbatch_1", T0 + 40 * 86_400_000)).toBe(true);
    e.recordOutput("msgbatch_3", T0 + 1000);
    expect(e.snap.outputs).toEqual([["msgbatch_1", T0 + 1000], ["msgbatch_2", T0], ["msgbatch_3", T0 + 1000]]);
    // a salvaged snapshot keeps them too
    expect(decodeSnapshot({ v: 99, outputs: [["msgbatch_9", T0]] }).snap.outputs).toEqual([["msgbatch_9", T0]]);
  });

  it("model input files a key uploaded: kept apart from its batches, through reset, idle expiry and a salvage (red team R78-2)", () => {
    const e = new KeyEngine(decodeSnapshot({ v: 3 }).snap);
    for (let i = 0; i < 600; i++) e.recordInput(`file-doc${i}`, T0 + i);
    e.recordOutput("msgbatch_1", T0);
    // the 512 newest uploads, and the batch not pushed out by them
    expect(e.snap.inputs).toHaveLength(512);
    expect(e.ownsOutput("file-doc599", T0 + 1000)).toBe(true);
    expect(e.ownsOutput("file-doc0", T0 + 1000)).toBe(false);
    expect(e.ownsOutput("msgbatch_1", T0 + 1000)).toBe(true);
    expect(e.ownedOf(["file-doc599", "file-other", "msgbatch_1"], T0 + 1000)).toEqual(["file-doc599", "msgbatch_1"]);
    e.reset();
    expect(e.ownsOutput("file-doc599", T0 + 1000)).toBe(true);
    const kept = keptAfterExpiry(e.snap, T0 + 1000)!;
    expect(kept.inputs).toHaveLength(512);
    // the object's next expiry is when the oldest record ages out, an upload's or a batch's
    expect(kept.exp).toBe(T0 + 30 * 86_400_000);
    expect(new KeyEngine(decodeSnapshot(structuredClone(kept)).snap).ownsOutput("file-doc300", T0 + 1000)).toBe(true);
    expect(decodeSnapshot({ v: 99, inputs: [["file-x", T0]] }).snap.inputs).toEqual([["file-x", T0]]);
    // 30 days on, none is honoured
    expect(e.ownsOutput("file-doc599", T0 + 31 * 86_400_000)).toBe(false);
  });

  it("a model input file named as input is used again: newer uploads do not push it out (red team R81-2)", () => {
    const e = new KeyEngine(decodeSnapshot({ v: 3 }).snap);
    e.recordInput("file-handbook", T0);
    for (let i = 0; i < 600; i++) {
      e.recordInput(`file-chat${i}`, T0 + 1 + i);
      if (i % 100 === 0) expect(e.useInputs(["file-handbook", "file-nope"], T0 + 1 + i)).toBe(true);
    }
    expect(e.ownsOutput("file-handbook", T0 + 1000)).toBe(true);
    expect(e.snap.inputs).toHaveLength(512);
    expect(e.useInputs(["file-nope"], T0 + 1000)).toBe(false);
    // and its 30 days run from its last use
    expect(e.ownsOutput("file-handbook", T0 + 501 + 29 * 86_400_000)).toBe(true);
  });

  it("an override naming only a batch group is kept; an invalid group is dropped", () => {
    expect(decodeSnapshot({ v: 3, override: { batchGroup: "cust-42" } }).snap.override).toEqual({ batchGroup: "cust-42" });
    expect(decodeSnapshot({ v: 3, override: { tier: "pro", batchGroup: "bad group" } }).snap.override).toEqual({ tier: "pro" });
  });

  it("reads back what toStored wrote, as the current version", () => {
    const e = servedEngine();
    e.touch(policy(), T0 + 2000);
    const d = decodeSnapshot(structuredClone(toStored(e.snap)));
    expect(d.outcome).toBe("current");
    expect(d.snap).toEqual({ ...e.snap, detect: compactNumbers(e.snap.detect) });
  });
});

describe("toStored: a key the origin never served stores as little as possible", () => {
  const p = policy();
  function junk(originStatus: number | undefined): KeyEngine {
    const e = new KeyEngine();
    const d = e.admit(p, { nowMs: T0, requestId: "r", route: "chat", reservedTokens: 50 });
    e.settle(p, { nowMs: T0 + 10, leaseId: d.leaseId!, reservedTokens: 50, usage: { promptTokens: 0, completionTokens: 0 }, ...(originStatus === undefined ? {} : { originStatus }) });
    e.touch(p, T0 + 10);
    return e;
  }

  it("origin 401 / unreachable: limits and activity time only, no detection state, history or counters", () => {
    for (const status of [401, 0, 500]) {
      const e = junk(status);
      expect(e.snap.okMs).toBeUndefined();
      const stored = toStored(e.snap) as Record<string, unknown>;
      expect(Object.keys(stored).sort()).toEqual(["at", "exp", "limits", "v"]);
      // read back: fresh detection, limits as they were
      const back = migrateSnapshot(structuredClone(stored));
      expect(back.limits).toEqual(e.snap.limits);
      expect(back.recent).toEqual([]);
    }
  });

  it("a 2xx (or a caller that sends no status) makes the key served: everything is stored", () => {
    for (const status of [200, 201, undefined]) {
      const e = junk(status);
      expect(e.snap.okMs).toBe(T0 + 10);
      expect(toStored(e.snap)).toEqual({ ...e.snap, detect: encodeDetect(e.snap.detect) });
    }
  });

  it("a never-served key's standing or linkage evidence is stored anyway", () => {
    const e = junk(401);
    expect(detectionMatters(e.snap)).toBe(false);
    e.snap.detect.link = 0.4;
    expect(detectionMatters(e.snap)).toBe(true);
    expect(toStored(e.snap)).toHaveProperty("detect");
    const b = junk(401);
    b.snap.recent.push([T0 + 20, "block", 0, 1, "detection", 950]);
    expect(toStored(b.snap)).toHaveProperty("detect");
  });

  it("what survives expiry: override, list, a verification still in force and uploaded batch files, nothing else", () => {
    const e = servedEngine();
    expect(keptAfterExpiry(e.snap, T0)).toEqual({ v: 3, list: "deny", override: { tier: "pro", limits: { rpm: 7 } } });
    const back = migrateSnapshot(keptAfterExpiry(e.snap, T0));
    expect(back.list).toBe("deny");
    expect(back.okMs).toBeUndefined();
    expect(keptAfterExpiry(new KeyEngine().snap, T0)).toBeUndefined();
    const v = new KeyEngine();
    v.setVerified(T0 + 1000);
    expect(keptAfterExpiry(v.snap, T0)).toEqual({ v: 3, verifiedUntilMs: T0 + 1000 });
    expect(keptAfterExpiry(v.snap, T0 + 1000)).toBeUndefined();
    const f = new KeyEngine();
    f.recordFile("file-abc", 10, 5000);
    expect(keptAfterExpiry(f.snap, T0)).toEqual({ v: 3, files: [["file-abc", 10, 5000, 0]] });
  });
});

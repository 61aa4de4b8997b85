/**
 * The ladder in the key's engine: degrade serves with the rewrite flag, challenge refuses with a
 * puzzle difficulty until a solved puzzle buys a bounded pass, a solution is used once, difficulty
 * grows with the passes bought, a verified key never goes beyond degrade, the provider is told
 * once per level, shadow mode only reports. Standings are forced through per-tier cut-offs.
 */
import { describe, expect, it } from "vitest";
import { parsePolicy, type PolicyConfig } from "../../src/config/index.ts";
import { KeyEngine } from "../../src/engine/key-engine.ts";
import { plainSignals } from "../detect/helpers.ts";
import { blockable } from "../detect/helpers.ts";

const T0 = Date.UTC(2026, 11, 2, 12);
const AT = (level: "degrade" | "challenge" | "block") => ({
  throttleAt: 0, degradeAt: 0, challengeAt: level === "degrade" ? 1 : 0, blockAt: level === "block" ? 0 : 1,
  jitter: 0, minEvidence: 0, blockMinRequests: 0, hysteresis: 0,
  convergeChannels: 1, convergeFloor: 0, // standings are forced: no evidence is needed
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
    // block also needs a hard signal of the key's own and evidence of how it is driven
    blockable(e.snap.detect, T0);
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

  it("degrade tightens the limits only of a key with evidence of how it is driven; without it, it refuses nothing (red team R52-2)", () => {
    // two channels needed: degrade is forced (degradeAt 0), the drive channel is what linkage gives
    const p = policy({ tiers: { two: { detection: { ...AT("degrade"), convergeChannels: 2, convergeFloor: 0.25 } } } });
    const plain = engine("two");
    const d = plain.admit(p, req(T0));
    expect(d).toMatchObject({ action: "degrade", served: true, degrade: true });
    expect(plain.snap.detect.driven).toBe(false);
    expect(d.reports.find((r) => r.name === "rpm")!.quota).toBe(1000);
    const linked = engine("two");
    linked.snap.detect.link = 0.5;
    linked.snap.detect.linkMs = T0;
    const l = linked.admit(p, req(T0));
    expect(l).toMatchObject({ action: "degrade", served: true, degrade: true });
    expect(linked.snap.detect.driven).toBe(true);
    expect(l.reports.find((r) => r.name === "rpm")!.quota).toBe(250);
    // a state assessed before the flag existed is read as driven (tightened), until its next assessment
    const old = engine("two");
    delete (old.snap.detect as { driven?: boolean }).driven;
    expect(old.limitsFor(p, "degrade").rpm).toBe(250);
    expect(old.limitsFor(p, "challenge").rpm).toBe(250);
    expect(plain.limitsFor(p, "challenge").rpm).toBe(250);
    expect(plain.limitsFor(p, "allow").rpm).toBe(1000);
  });

  it("a degraded key's quota refusal counts as one for fast retries: the refused payload resent before the Retry-After (red team R53-4)", () => {
    const p = policy({ defaults: { rpm: 1 }, tiers: { two: { rpm: 1, detection: { ...AT("degrade"), convergeChannels: 2, convergeFloor: 0.25 } } } });
    const e = engine("two");
    const sig = plainSignals({ ph: 77 });
    const first = e.admit(p, { ...req(T0), signals: sig });
    expect(first).toMatchObject({ action: "degrade", served: true });
    const refused = e.admit(p, { ...req(T0 + 100), signals: sig });
    expect(refused).toMatchObject({ action: "degrade", served: false, cause: "rpm" });
    expect(e.snap.detect.limited).toBeGreaterThan(0);
    expect(e.snap.detect.refusedInputs).toEqual([77]);
    // the same payload again at once: a fast retry (another payload would not be)
    e.admit(p, { ...req(T0 + 200), signals: plainSignals({ ph: 78 }) });
    expect(e.snap.detect.fastRetries).toBe(0);
    e.admit(p, { ...req(T0 + 300), signals: sig });
    expect(e.snap.detect.fastRetries).toBeGreaterThan(0);
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
    // one pass bought: the next puzzle costs a bit more, and is judged at that price when redeemed
    expect(e.admit(p, req(T0 + 2, { ...solved, id: "p2" }))).toMatchObject({ served: false, cause: "replayed", challengeBits: 11 });
    expect(e.admit(p, req(T0 + 3, { ...solved, id: "p3", bits: 11 })).served).toBe(true);
  });

  it("parallel requests each given a puzzle: the first solution buys the pass, the others are served under it, not refused at the new price (red team R41-1)", () => {
    const p = policy();
    const e = engine("challenged");
    // three requests at once, each refused with a puzzle at the same price
    const bits = [0, 1, 2].map((i) => e.admit(p, req(T0 + i)).challengeBits);
    expect(bits).toEqual([10, 10, 10]);
    // the first solution buys a pass of 3 (and the next puzzle costs 11)
    expect(e.admit(p, req(T0 + 10, { id: "a", expiresAtMs: T0 + 300_000, bits: 10 }))).toMatchObject({ served: true, cause: "pass" });
    // the others' solutions are a bit short now: they are served under that pass
    expect(e.admit(p, req(T0 + 11, { id: "b", expiresAtMs: T0 + 300_000, bits: 10 }))).toMatchObject({ served: true, cause: "pass" });
    expect(e.admit(p, req(T0 + 12, { id: "c", expiresAtMs: T0 + 300_000, bits: 10 }))).toMatchObject({ served: true, cause: "pass" });
    expect(e.snap.pass!.left).toBe(0);
    // the pass used up, a short solution buys nothing
    expect(e.admit(p, req(T0 + 13, { id: "d", expiresAtMs: T0 + 300_000, bits: 10 }))).toMatchObject({ served: false, cause: "replayed", challengeBits: 11 });
  });

  it("a solution is judged at the score before the request that carries it: its own signals do not raise its price (red team R41-1b)", () => {
    const p = policy();
    const e = engine("challenged");
    e.snap.detect.link = 0.5;
    e.snap.detect.linkMs = T0;
    const b1 = e.admit(p, req(T0)).challengeBits!;
    // the resend is read again and the score climbs with it (here: stronger linkage seen with it):
    // a puzzle asked for now would cost more
    e.snap.detect.link = 0.9;
    const g = engine("challenged");
    g.snap.detect.link = 0.9;
    g.snap.detect.linkMs = T0;
    expect(g.admit(p, req(T0)).challengeBits!).toBeGreaterThan(b1);
    // the solution of the puzzle the first attempt got still buys the pass
    expect(e.admit(p, req(T0 + 1, { id: "a", expiresAtMs: T0 + 300_000, bits: b1 }))).toMatchObject({ served: true, cause: "pass" });
  });

  it("puzzles collected in advance cannot buy passes at their issue price (red team round 2, F5)", () => {
    const p = policy();
    const e = engine("challenged");
    const bits = [0, 1, 2].map((i) => e.admit(p, req(T0 + i)).challengeBits);
    expect(bits).toEqual([10, 10, 10]); // issued before any pass was bought
    expect(e.admit(p, req(T0 + 10, { id: "a", expiresAtMs: T0 + 300_000, bits: 10 })).served).toBe(true);
    e.snap.pass = undefined;
    expect(e.admit(p, req(T0 + 11, { id: "b", expiresAtMs: T0 + 300_000, bits: 10 }))).toMatchObject({ served: false, cause: "replayed" });
  });

  it("a pass lets a challenged key through at the degrade level, never above it (red team round 2, F4)", () => {
    const p = policy();
    const e = engine("challenged");
    const d = e.admit(p, { ...req(T0, { id: "a", expiresAtMs: T0 + 300_000, bits: 10 }), reservedTokens: 9000, degradedTokens: 600 });
    expect(d).toMatchObject({ served: true, cause: "pass", degrade: true, reservedTokens: 600 });
  });

  it("difficulty grows with the passes bought in the last 24 h, up to maxBits", () => {
    const p = policy();
    const e = engine("challenged");
    const bits: number[] = [];
    for (let i = 0; i < 40; i++) {
      const t = T0 + i * 1000;
      const b = e.admit(p, req(t)).challengeBits!;
      bits.push(b);
      expect(e.admit(p, req(t, { id: `p${i}`, expiresAtMs: t + 300_000, bits: b })).served).toBe(true);
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

  it("a batch under degrade is served degraded (the Worker rewrites every inner request), reserved as such", () => {
    const p = policy();
    const e = engine("degraded");
    const batch = { nowMs: T0, requestId: "b1", requests: 5, reservedTokens: 50_000, degradedTokens: 2_600, signals: [], decide: true };
    expect(e.admitBatch(p, batch)).toMatchObject({ action: "degrade", served: true, degrade: true, reservedTokens: 2_600 });
  });

  it("a pass holds a batch only if it has a request left for every inner request (red team round 2, F1)", () => {
    const p = policy(); // passRequests 3
    const e = engine("challenged");
    const batch = (n: number, id: string, solved?: { id: string; expiresAtMs: number; bits: number }) => ({ nowMs: T0, requestId: id, requests: n, reservedTokens: n * 10, degradedTokens: n * 5, signals: [], decide: true, solved });
    expect(e.admitBatch(p, batch(50, "b1", { id: "p1", expiresAtMs: T0 + 300_000, bits: 10 }))).toMatchObject({ served: false, action: "challenge" });
    expect(e.admitBatch(p, batch(3, "b2"))).toMatchObject({ served: true, cause: "pass", degrade: true });
    expect(e.admitBatch(p, batch(1, "b3"))).toMatchObject({ served: false });
  });

  it("a pass counts the prompts of a completions list and the inputs of an embeddings list, one by one (red team R33-1)", () => {
    const p = policy(); // passRequests 3
    const e = engine("challenged");
    // (at the most bits: difficulty grows with the passes bought)
    const sol = (id: string) => ({ id, expiresAtMs: T0 + 300_000, bits: 14 });
    const asks = (nowMs: number, route: "completions" | "embeddings", items: number, solved?: ReturnType<typeof sol>) => ({ ...req(nowMs, solved), route, items });
    // a solution buys the pass; a list of 2 prompts takes 2 of its 3 requests
    expect(e.admit(p, asks(T0, "completions", 2, sol("q1")))).toMatchObject({ served: true, cause: "pass", degrade: true });
    expect(e.snap.pass!.left).toBe(1);
    // 2 inputs do not fit in what is left, and the refusal takes nothing
    expect(e.admit(p, asks(T0 + 1, "embeddings", 2))).toMatchObject({ served: false, action: "challenge", cause: "detection" });
    expect(e.snap.pass!.left).toBe(1);
    expect(e.admit(p, req(T0 + 2))).toMatchObject({ served: true, cause: "pass" });
    // more than a whole pass: too large whatever is solved (no puzzle to hand out), and the
    // solution sent with it has bought a pass for what fits
    const big = e.admit(p, asks(T0 + 3, "completions", 4, sol("q2")));
    expect(big).toMatchObject({ served: false, action: "challenge", cause: "too_large", passItems: 4 });
    expect(big.challengeBits).toBeUndefined();
    expect(e.admit(p, asks(T0 + 4, "completions", 3))).toMatchObject({ served: true, cause: "pass" });
    expect(e.snap.pass!.left).toBe(0);
  });

  it("a batch counts its lines' prompts and inputs, at upload and at every re-run of its stored file (red team R33-1)", () => {
    const p = policy(); // passRequests 3
    const e = engine("challenged");
    const solved = { id: "f1", expiresAtMs: T0 + 300_000, bits: 10 };
    const upload = { nowMs: T0, requestId: "b1", requests: 1, reservedTokens: 30, degradedTokens: 15, signals: [], decide: true, solved, items: 3 };
    expect(e.admitBatch(p, upload)).toMatchObject({ served: true, cause: "pass" });
    expect(e.snap.pass!.left).toBe(0);
    e.recordFile("file-1", 1, 15, "/v1/completions", true, 3);
    // the first run was metered at upload; a re-run needs a pass with 3 requests left
    e.snap.pass = { untilMs: T0 + 300_000, left: 3 };
    expect(e.admitRun(p, { nowMs: T0 + 1, requestId: "r1", fileId: "file-1", endpoint: "/v1/completions" })).toMatchObject({ served: true });
    e.snap.pass = { untilMs: T0 + 300_000, left: 2 };
    expect(e.admitRun(p, { nowMs: T0 + 2, requestId: "r2", fileId: "file-1", endpoint: "/v1/completions" })).toMatchObject({ served: false, action: "challenge" });
    e.snap.pass = { untilMs: T0 + 300_000, left: 3 };
    expect(e.admitRun(p, { nowMs: T0 + 3, requestId: "r3", fileId: "file-1", endpoint: "/v1/completions" })).toMatchObject({ served: true, cause: "pass" });
    expect(e.snap.pass!.left).toBe(0);
  });

  it("the provider is told once per level", () => {
    const p = policy();
    const e = engine("challenged");
    expect(e.admit(p, req(T0)).notify).toBe("challenge");
    expect(e.admit(p, req(T0 + 1)).notify).toBeUndefined();
    e.snap.override = { tier: "blocked" };
    blockable(e.snap.detect, T0);
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

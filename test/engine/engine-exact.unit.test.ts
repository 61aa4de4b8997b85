/**
 * Key engine paths no other test pins exactly: an exchange that only brings registry views is
 * stored at once, and a puzzle solution presented twice is refused as replayed (with no reports,
 * enforced, and the difficulty of the next puzzle).
 */
import { describe, expect, it } from "vitest";
import { parsePolicy, type PolicyConfig } from "../../src/config/index.ts";
import type { LinkView } from "../../src/detect/index.ts";
import { KeyEngine } from "../../src/engine/key-engine.ts";
import { emptyReport } from "../../src/limits/lease.ts";

const T0 = Date.UTC(2026, 11, 2, 12);

function policy(raw: Record<string, unknown>): PolicyConfig {
  const p = parsePolicy(raw);
  if (!p.ok) throw new Error(`${p.problem.field} ${p.problem.message}`);
  return p.value;
}

describe("KeyEngine, exact", () => {
  it("an exchange that only brings registry views is stored at once (the detection state changed)", () => {
    const e = new KeyEngine();
    const view: LinkView = { shard: "n:1", keys: 3, linked: 3, score: 0.4, generic: false, why: "three keys" };
    expect(e.exchange(policy({}), { nowMs: T0, report: emptyReport("iso"), views: [view] })).toEqual({ decision: undefined, write: "now" });
    expect([e.snap.detect.link, e.snap.detect.linkReason]).toEqual([0.4, "three keys"]);
    expect(e.exchange(policy({}), { nowMs: T0, report: emptyReport("iso"), views: [] })).toEqual({ decision: undefined, write: "later" });
  });

  it("a solution presented twice: the second is refused as replayed, enforced, with no reports", () => {
    // every key is challenged at once (thresholds 0, one channel is enough)
    const p = policy({
      defaults: { rpm: 100 },
      detection: { throttleAt: 0, degradeAt: 0, challengeAt: 0, blockAt: 1, jitter: 0, minEvidence: 0, convergeChannels: 1, convergeFloor: 0 },
      challenge: { baseBits: 4, maxBits: 8, passRequests: 1 },
    });
    const e = new KeyEngine();
    const first = e.admit(p, { nowMs: T0, requestId: "r1", route: "chat", reservedTokens: 10 });
    expect([first.action, first.served, first.cause, first.challengeBits]).toEqual(["challenge", false, "detection", 4]);
    const solved = { id: "puzzle-1", expiresAtMs: T0 + 60_000, bits: 4 };
    const ok = e.admit(p, { nowMs: T0 + 1, requestId: "r2", route: "chat", reservedTokens: 10, solved });
    expect([ok.served, ok.cause]).toEqual([true, "pass"]);
    const again = e.admit(p, { nowMs: T0 + 2, requestId: "r3", route: "chat", reservedTokens: 10, solved });
    expect(again).toEqual({
      action: "challenge", served: false, enforced: true, cause: "replayed", reports: [], reservedTokens: 0,
      score: again.score, reasons: again.reasons, challengeBits: e.challengeBits(p, again.score, T0 + 2),
    });
    expect(again.challengeBits).toBe(5);
  });
});

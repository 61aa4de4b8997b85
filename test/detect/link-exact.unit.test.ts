/**
 * Linkage on its boundaries, with exact values: the rhythm class at its cut-offs, the wrapper
 * shards a request reports to (one when both MinHash shards agree, the strongest recurring
 * prefix, its 50 % share), the harvest factor from the third settlement on, and how a registry
 * answer is folded into the key (the default half-life, the four generic wrappers kept, which
 * wrapper entries lose the generic mark when a shard changes its mind).
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_DETECTION_CONFIG, buildPromptView, extractSignals, newDetectState } from "../../src/detect/index.ts";
import { type LinkView, applyLinkView, harvestFactor, linkReports } from "../../src/detect/link.ts";
import type { RequestSignals } from "../../src/detect/signals.ts";
import type { DetectState } from "../../src/detect/state.ts";

const T0 = Date.UTC(2026, 0, 5);
const HOUR = 3_600_000;

/** A request's signals with no system prompt and no network, then the fields given. */
function sig(over: Partial<RequestSignals> = {}): RequestSignals {
  const s = extractSignals(buildPromptView("chat", { model: "m", messages: [{ role: "user", content: "hello there" }] }), {});
  return { ...s, sh: 0, gs: 0, wm: 0, wm2: 0, n24: 0, asn: 0, ...over };
}
/** A state due to report (requests >= nextReportAt). */
function due(over: Partial<DetectState> = {}): DetectState {
  return { ...newDetectState(), requests: 3, nextReportAt: 1, weight: 6, ...over };
}
/** The fingerprint shards a request reports to (the cohort report is tested in cohort.unit.test.ts). */
const shards = (st: DetectState, s: RequestSignals) => linkReports(st, s, "key", T0).map((r) => r.shard).filter((x) => !x.startsWith("c:"));
const rh = (over: Partial<DetectState>) => linkReports(due(over), sig({ asn: 7 }), "key", T0)[0]!.rh;

describe("linkReports, exact", () => {
  it("rhythm class: unknown below six gaps (R6-7), then by the spread of the log gaps (cut-offs 0.5 and 1.1 excluded)", () => {
    expect(rh({ gaps: 5.99, gapLogVar: 0 })).toBe(0);
    expect(rh({ gaps: 6, gapLogVar: 0 })).toBe(1);
    expect(rh({ gaps: 6, gapLogVar: 0.2499 })).toBe(1);
    expect(rh({ gaps: 6, gapLogVar: 0.25 })).toBe(2);
    const atCut = 1.1 * 1.1;
    expect(Math.sqrt(atCut)).toBe(1.1);
    expect(rh({ gaps: 6, gapLogVar: atCut - 1e-9 })).toBe(2);
    expect(rh({ gaps: 6, gapLogVar: atCut })).toBe(3);
    expect(rh({ gaps: 9, gapLogVar: -1 })).toBe(1);
  });
  it("a system prompt's shards: one when both MinHash shards are the same, else two", () => {
    expect(shards(due(), sig({ sh: 0x1234, wm: 0, wm2: 0 }))).toEqual(["w:" + (0x1234).toString(36)]);
    expect(shards(due(), sig({ sh: 0x1234, wm: 77, wm2: 77 }))).toEqual(["w:" + (77).toString(36)]);
    expect(shards(due(), sig({ sh: 0x1234, wm: 77, wm2: 78 }))).toEqual(["w:" + (77).toString(36), "w:" + (78).toString(36)]);
    expect(shards(due(), sig({ sh: 0x1234, wm: 77, wm2: 0 }))).toEqual(["w:" + (77).toString(36), "w:" + (0x1234).toString(36)]);
    // a learned-generic system prompt reports like none: its recurring prefix if any
    expect(shards(due(), sig({ sh: 0x1234, gs: 1, wm: 77, wm2: 78 }))).toEqual([]);
  });
  it("without one: the strongest recurring prefix (the first of equals), from half of the key's weight and three requests", () => {
    const P = (h: string, c: number) => ({ k: "P" as const, h, c });
    expect(shards(due({ wrappers: [P("aa", 1), P("bb", 5), { k: "S", h: "ss", c: 6 }] }), sig())).toEqual(["w:pbb"]);
    expect(shards(due({ wrappers: [P("aa", 3), P("bb", 3)] }), sig())).toEqual(["w:paa"]);
    expect(shards(due({ wrappers: [P("aa", 3)], weight: 6 }), sig())).toEqual(["w:paa"]);
    expect(shards(due({ wrappers: [P("aa", 2.99)], weight: 6 }), sig())).toEqual([]);
    expect(shards(due({ wrappers: [P("aa", 6)], requests: 2 }), sig())).toEqual([]);
  });
});

describe("harvestFactor, exact", () => {
  it("0.6 until three settlements, then the larger of the answer/prompt ratio and the mean answer, each scaled to 0..1", () => {
    expect(harvestFactor({ ...newDetectState(), settled: 2, completionTokens: 9000, promptTokens: 10 })).toBe(0.6);
    expect(harvestFactor({ ...newDetectState(), settled: 3, completionTokens: 30, promptTokens: 3000 })).toBe(0);
    expect(harvestFactor({ ...newDetectState(), settled: 3, completionTokens: 1800, promptTokens: 100_000 })).toBe(0.33);
    expect(harvestFactor({ ...newDetectState(), settled: 3, completionTokens: 1200, promptTokens: 1000 })).toBe(0.5);
    expect(harvestFactor({ ...newDetectState(), settled: 4, completionTokens: 100_000, promptTokens: 10 })).toBe(1);
  });
});

describe("applyLinkView, exact", () => {
  const view = (over: Partial<LinkView>): LinkView => ({ shard: "n:1", keys: 5, linked: 4, score: 0.5, generic: false, why: "w", ...over });
  it("decays the held score with the default 24 h half-life when the key's state has none (0)", () => {
    const st = { ...newDetectState(), linkHalfLifeMs: 0 };
    applyLinkView(st, view({ score: 0.5, why: "first" }), T0);
    applyLinkView(st, view({ score: 0.3, why: "second" }), T0 + 12 * HOUR); // 0.5 * 2^-0.5 = 0.354 held
    expect([st.link, st.linkMs, st.linkReason]).toEqual([0.5, T0, "first"]);
    applyLinkView(st, view({ score: 0.3, why: "third" }), T0 + 24 * HOUR); // 0.25 held: replaced
    expect([st.link, st.linkMs, st.linkReason]).toEqual([0.3, T0 + 24 * HOUR, "third"]);
    const cfgHalf = DEFAULT_DETECTION_CONFIG.linkHalfLifeHours * HOUR;
    expect(cfgHalf).toBe(24 * HOUR);
  });
  it("keeps the four newest generic wrappers", () => {
    const st = newDetectState();
    for (const h of [11, 12, 13, 14, 15]) {
      st.lastSystemHash = h;
      applyLinkView(st, view({ shard: "w:abc", generic: true, score: 0 }), T0);
    }
    expect(st.genericWrappers).toEqual([12, 13, 14, 15]);
  });
  it("a shard that changes its mind: the wrapper is no longer generic, and only system entries lose the mark", () => {
    const st = newDetectState();
    st.lastSystemHash = 99;
    st.genericWrappers = [98, 99];
    st.wrappers = [{ k: "S", h: "s1", c: 2, g: 1 }, { k: "P", h: "p1", c: 2, g: 1 }, { k: "S", h: "s2", c: 1, g: 1 }];
    applyLinkView(st, view({ shard: "w:abc", generic: false, score: 0.3 }), T0);
    expect(st.genericWrappers).toEqual([98]);
    expect(st.wrappers).toEqual([{ k: "S", h: "s1", c: 2 }, { k: "P", h: "p1", c: 2, g: 1 }, { k: "S", h: "s2", c: 1 }]);
    // below 0.3, or on a prefix shard, nothing changes
    const st2 = newDetectState();
    st2.lastSystemHash = 5;
    st2.genericWrappers = [5];
    applyLinkView(st2, view({ shard: "w:abc", generic: false, score: 0.29 }), T0);
    applyLinkView(st2, view({ shard: "w:pabc", generic: false, score: 0.9 }), T0);
    expect(st2.genericWrappers).toEqual([5]);
  });
});

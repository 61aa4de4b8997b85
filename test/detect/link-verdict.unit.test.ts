/**
 * What a group's verdict does to a key (LINK_VERDICT, applyLinkView). Red team R34-1: ten keys
 * sending a public app's system prompt and parameters at its queue worker's pace (made-up keys the
 * origin refused, or valid ones) challenged the app's key, 45 of its next 70 requests refused;
 * R34-2: ten keys on its /24 with common parameters alike. The group's score comes from keys an
 * attacker controls, so an established key (LINK_VERDICT.requests or more) that is not suspicious
 * on its own takes only what an uncoordinated wrapper gives; a young key (a rotation group's next
 * key) and a key whose own evidence reaches the floor take it whole.
 */
import { describe, expect, it } from "vitest";
import {
  DEFAULT_DETECTION_CONFIG, type LinkReport, applyLinkView, assess, buildPromptView, extractSignals, linkReports, newDetectState, newRegistryState,
  observeRequest, registryObserve,
} from "../../src/detect/index.ts";
import { LINK_VERDICT } from "../../src/detect/link.ts";
import type { LinkView } from "../../src/detect/index.ts";
import { T0, chatBody } from "./helpers.ts";

const group = (shard: string): LinkView => ({ shard, keys: 11, linked: 11, score: 0.78, generic: false, why: "11 keys share this wrapper, parameters and rhythm" });

describe("a group's verdict and the key's own history (red team R34-1, R34-2)", () => {
  it.each(["w:abc", "n:xyz", "a:64500"])("an established key not suspicious on its own takes at most the uncoordinated cap from a %s shard", (shard) => {
    const st = { ...newDetectState(), requests: LINK_VERDICT.requests, localScore: LINK_VERDICT.ownFloor - 0.01 };
    applyLinkView(st, group(shard), T0);
    expect(st.link).toBe(LINK_VERDICT.cap);
  });

  it("a young key (a rotation group's next key) takes the group's score whole", () => {
    const st = { ...newDetectState(), requests: LINK_VERDICT.requests - 1, localScore: 0 };
    applyLinkView(st, group("w:abc"), T0);
    expect(st.link).toBe(0.78);
    expect(st.linkReason).toContain("11 keys");
  });

  it("an established key whose own evidence reaches the floor takes it whole", () => {
    const st = { ...newDetectState(), requests: 500, localScore: LINK_VERDICT.ownFloor };
    applyLinkView(st, group("w:abc"), T0);
    expect(st.link).toBe(0.78);
  });

  it("a verdict taken while young stays (decaying) once the key is established", () => {
    const st = { ...newDetectState(), requests: 2, localScore: 0 };
    applyLinkView(st, group("w:abc"), T0);
    st.requests = 400;
    applyLinkView(st, { ...group("w:abc"), score: 0.9 }, T0 + 1000);
    // the capped new view does not replace the stronger one it took while young
    expect(st.link).toBe(0.78);
    expect(st.linkMs).toBe(T0);
  });

  it("capped, the group is no second channel: the framed app's assessment stays below challenge", () => {
    const framed = { ...newDetectState(), requests: 100, weight: 30, localScore: 0.35, updatedMs: T0 };
    applyLinkView(framed, group("w:abc"), T0);
    const a = assess(framed, T0, DEFAULT_DETECTION_CONFIG);
    expect(a.channels.drive).toBeLessThan(DEFAULT_DETECTION_CONFIG.convergeFloor);
    expect(a.score).toBeLessThan(DEFAULT_DETECTION_CONFIG.challengeAt);
  });
});

describe("a key the origin has not answered is not counted by a shard (red team R34-1: made-up keys)", () => {
  const rep = (k: number, over: Partial<LinkReport> = {}): LinkReport => ({
    shard: "w:abc", k, n: 10, pf: 7, rh: 1, loc: 0.6, tp: k % 32, s1: 1, ps: 0.5, rs: 0, gm: 0, hv: 0.9, n24: 100 + k, asn: 9009, ws: "", ...over,
  });

  it("its report is answered from what the shard holds, and leaves the shard as it was", () => {
    const reg = newRegistryState();
    for (let k = 0; k < 10; k++) registryObserve(reg, rep(k), T0 + k);
    const before = JSON.stringify(reg);
    const view = registryObserve(reg, rep(99, { ok: 0 }), T0 + 100);
    expect(JSON.stringify(reg)).toBe(before);
    expect(view.linked).toBe(10);
    expect(view.score).toBeGreaterThan(0);
    // counted once answered
    expect(registryObserve(reg, rep(99), T0 + 101).linked).toBe(11);
  });

  it("ten unanswered keys form no group around an answered one", () => {
    const reg = newRegistryState();
    for (let k = 0; k < 10; k++) registryObserve(reg, rep(k, { ok: 0 }), T0 + k);
    const victim = registryObserve(reg, rep(50, { loc: 0.35 }), T0 + 20);
    expect(victim.linked).toBe(1);
    expect(victim.score).toBe(0);
  });

  it("linkReports marks a key with no settled answer, and stops once one is settled", () => {
    const st = newDetectState();
    const sig = extractSignals(buildPromptView("chat", chatBody({ system: "Custom wrapper prompt for a pipeline.", user: "q" })), { ip: "198.51.100.7", asn: 9009 });
    observeRequest(st, sig, T0);
    const first = linkReports(st, sig, "key-1", T0);
    expect(first.length).toBeGreaterThan(0);
    expect(first.every((r) => r.ok === 0)).toBe(true);
    st.settled = 1;
    observeRequest(st, sig, T0 + 1000);
    const second = linkReports(st, sig, "key-1", T0 + 1000);
    expect(second.length).toBeGreaterThan(0);
    expect(second.every((r) => r.ok === undefined)).toBe(true);
  });
});

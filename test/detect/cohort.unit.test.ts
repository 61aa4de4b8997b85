/**
 * Cohort linkage (src/detect/link.ts COHORT): keys early in their life report to one of a few
 * cohort shards; a shard crowded with keys that draw one extraction profile (long answers to short
 * single-turn asks) gives each such key cohort evidence, which raises its score but never counts
 * as a converging channel. The hydra of the issue: hundreds of keys, tens of requests each, no
 * shared wrapper, network or parameters.
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_DETECTION_CONFIG, assess, newDetectState, newRegistryState, registryObserve } from "../../src/detect/index.ts";
import { answerMean } from "../../src/detect/budget.ts";
import { COHORT, type LinkReport, applyLinkView, cohortAge, harvestProfile, linkReports, longAnswer, substantiveAnswers, trivialAnswer, viewMatters } from "../../src/detect/link.ts";
import { type DetectState } from "../../src/detect/state.ts";
import { observeFetchedAnswer, observeUsage } from "../../src/detect/answers.ts";
import { hllCount, hllNew, hllUnion } from "../../src/detect/sketch.ts";
import { DAY, DIVERSE_TASKS, HOUR, T0, World, rng } from "./helpers.ts";


/** A state with `settled` answers of `c` completion tokens for `p` prompt tokens each, all single-turn. */
function profiled(over: Partial<DetectState> = {}, settled = 4, c = 1000, p = 100): DetectState {
  return { ...newDetectState(), requests: settled, weight: settled, singleTurn: settled, settled, completionTokens: settled * c, promptTokens: settled * p, nextReportAt: 1, ...over };
}

const rep = (k: number, hp: 0 | 1): LinkReport => ({ shard: "c:0", k, n: 8, pf: 1, rh: 0, loc: 0.2, tp: 0, s1: 1, ps: 0, rs: 0, gm: 0, hv: 1, n24: 0, asn: 0, ws: "", hp });

describe("harvestProfile", () => {
  it("needs four settled answers, >= 90 % single-turn, >= 700 tokens each and >= 8x the prompt", () => {
    expect(harvestProfile(profiled())).toBe(true);
    expect(harvestProfile(profiled({}, 3))).toBe(false);
    expect(harvestProfile(profiled({ singleTurn: 3.6 }))).toBe(true);
    expect(harvestProfile(profiled({ singleTurn: 3.5 }))).toBe(false);
    expect(harvestProfile(profiled({}, 4, 700, 87.5))).toBe(true);
    expect(harvestProfile(profiled({}, 4, 699, 80))).toBe(false);
    expect(harvestProfile(profiled({}, 4, 1000, 125))).toBe(true);
    expect(harvestProfile(profiled({}, 4, 1000, 126))).toBe(false);
  });
  it("or >= 6 long answers that are >= 10 % of the answers, however short the others (red team R7-2: cheap paid asks diluted the mean)", () => {
    // 30 answers averaging 300 tokens (6 of 1,400, 24 of ~25): the mean says no, the count says yes
    const diluted = (long: number, settled: number) => profiled({ longAnswers: long, settled, completionTokens: settled * 300, promptTokens: settled * 20, weight: settled, singleTurn: settled });
    expect(harvestProfile({ ...diluted(0, 30) })).toBe(false);
    expect(harvestProfile(diluted(6, 30))).toBe(true);
    expect(harvestProfile(diluted(5.99, 30))).toBe(false);
    expect(harvestProfile(diluted(6, 60))).toBe(true); // exactly 10 %
    expect(harvestProfile(diluted(6, 60.1))).toBe(false);
    // the other clauses still hold: single-turn, and 8x the prompt over all answers
    expect(harvestProfile({ ...diluted(6, 30), singleTurn: 26 })).toBe(false);
    expect(harvestProfile({ ...diluted(6, 30), promptTokens: 30 * 38 })).toBe(false);
  });
  it("or >= 6 long answers holding half the completion tokens or more, however many answers beside them (red team R10-5: 10 asks of 33-45 tokens after each harvest ask)", () => {
    // 66 answers: 6 long ones of 2,000 tokens (9 %), 60 of 39
    const diluted = (longTokens: number) => profiled({ longAnswers: 6, longTokens, settled: 66, completionTokens: longTokens + 60 * 39, promptTokens: 66 * 5, weight: 66, singleTurn: 66 });
    expect(harvestProfile(diluted(12_000))).toBe(true);
    expect(harvestProfile(diluted(2_340))).toBe(true); // exactly half
    expect(harvestProfile(diluted(2_339))).toBe(false);
    expect(harvestProfile({ ...diluted(12_000), longAnswers: 5.99 })).toBe(false);
  });
  it("a long answer is >= 700 tokens and >= 8x its prompt", () => {
    expect([longAnswer(87, 700), longAnswer(87.5, 700), longAnswer(88, 700), longAnswer(10, 699), longAnswer(0, 700)]).toEqual([1, 1, 0, 0, 1]);
  });
});

describe("cohort reports", () => {
  it("a key is counted by the cohort bucket of its key hash once the origin answered it, then reports only while it has the profile and at most 100 requests", () => {
    const st = profiled({ requests: 5 });
    const sig = { sh: 0, gs: 0, wm: 0, wm2: 0, n24: 0, asn: 0, pf: 1, tp: 0, rs: 0, gm: 0, ws: "" } as unknown as Parameters<typeof linkReports>[1];
    const r = linkReports(st, sig, "key-a", T0);
    expect(r).toHaveLength(1);
    expect(r[0]!.shard).toBe("c:" + (r[0]!.k % COHORT.buckets));
    expect(r[0]!.hp).toBe(1);
    const today = Math.floor(T0 / 86_400_000) + 1;
    expect(st.cohortCounted).toBe(-today); // counted today, with the profile
    // never answered (a made-up key the origin refuses): not counted
    const junk = profiled({ requests: 3, settled: 0, completionTokens: 0, promptTokens: 0 });
    expect(linkReports(junk, sig, "key-j", T0)).toHaveLength(0);
    expect(junk.cohortCounted).toBe(0);
    const once = profiled({ requests: 3, settled: 1, completionTokens: 100, promptTokens: 50 });
    expect(linkReports(once, sig, "key-o", T0)[0]!.hp).toBe(0);
    expect(once.cohortCounted).toBe(today);
    // without the profile: counted once a day, silent in between
    const quiet = profiled({ requests: 5, completionTokens: 400 });
    expect(linkReports(quiet, sig, "key-q", T0)[0]!.hp).toBe(0);
    quiet.requests = 8;
    expect(linkReports(quiet, sig, "key-q", T0 + HOUR)).toHaveLength(0);
    quiet.requests = 13;
    expect(linkReports(quiet, sig, "key-q", T0 + DAY)[0]!.hp).toBe(0);
    expect(quiet.cohortCounted).toBe(today + 1);
    // with it, at a later schedule point too
    const loud = profiled({ requests: 8, nextReportAt: 8, cohortCounted: -today });
    expect(linkReports(loud, sig, "key-l", T0)).toHaveLength(1);
    // between schedule points (red team R6-4): a young key reports to its cohort alone the moment it
    // first shows the profile that day, then waits for the next schedule point
    const turning = profiled({ requests: 6, nextReportAt: 8, cohortCounted: today });
    const ev = linkReports(turning, sig, "key-t", T0);
    expect(ev).toHaveLength(1);
    expect(ev[0]).toMatchObject({ shard: "c:" + (ev[0]!.k % COHORT.buckets), hp: 1, n: 6 });
    expect(turning.cohortCounted).toBe(-today);
    expect(turning.nextReportAt).toBe(8); // the schedule is unchanged
    turning.requests = 7;
    expect(linkReports(turning, sig, "key-t", T0 + HOUR)).toHaveLength(0);
    // the next day, once more at its first profile moment
    expect(linkReports(turning, sig, "key-t", T0 + DAY)).toHaveLength(1);
    // not while it lacks the profile, not past 100 requests, not before the origin answered
    expect(linkReports(profiled({ requests: 6, nextReportAt: 8, completionTokens: 400 }), sig, "key-n", T0)).toHaveLength(0);
    expect(linkReports(profiled({ requests: 101, nextReportAt: 128 }), sig, "key-o", T0)).toHaveLength(0);
    // nor past COHORT.earlyReportMax requests (then only at schedule points: red team R7-6)
    expect(linkReports(profiled({ requests: COHORT.earlyReportMax, nextReportAt: 21 }), sig, "key-e", T0)).toHaveLength(1);
    expect(linkReports(profiled({ requests: COHORT.earlyReportMax + 1, nextReportAt: 21 }), sig, "key-f", T0)).toHaveLength(0);
    expect(linkReports(profiled({ requests: 100 }), sig, "key-a", T0)).toHaveLength(1);
    expect(linkReports(profiled({ requests: 101 }), sig, "key-a", T0)).toHaveLength(0);
    // spread: 400 keys over the buckets, none empty
    const seen = new Set<string>();
    for (let i = 0; i < 400; i++) seen.add(linkReports(profiled({ requests: 5 }), sig, `key-${i}`, T0)[0]!.shard);
    expect(seen.size).toBe(COHORT.buckets);
  });
});

describe("cohort shard", () => {
  it("answers a profile key by how many and what share of the young keys draw the profile; other keys get nothing", () => {
    const reg = newRegistryState();
    // 40 honest young keys without the profile
    for (let k = 1; k <= 40; k++) expect(registryObserve(reg, rep(k, 0), T0).score).toBe(0);
    // a few profile keys: below minKeys, nothing
    let v = registryObserve(reg, rep(1001, 1), T0);
    expect(v.score).toBe(0);
    for (let k = 1002; k <= 1005; k++) v = registryObserve(reg, rep(k, 1), T0);
    expect(v.score).toBe(0);
    // a farm: 60 profile keys -> the share and the count are both high
    for (let k = 1006; k <= 1060; k++) v = registryObserve(reg, rep(k, 1), T0 + HOUR);
    expect(v.linked).toBeGreaterThan(45);
    expect(v.keys).toBeGreaterThan(85);
    expect(v.score).toBeGreaterThan(0.45);
    expect(v.score).toBeLessThanOrEqual(1);
    expect(v.generic).toBe(false);
    // the same shard answers a key without the profile with nothing
    expect(registryObserve(reg, rep(7, 0), T0 + HOUR).score).toBe(0);
  });
  it("a crowd of one profile among many sign-ups (share under 20 %) is not a cohort", () => {
    const reg = newRegistryState();
    for (let k = 1; k <= 400; k++) registryObserve(reg, rep(k, 0), T0);
    let v = registryObserve(reg, rep(5000, 1), T0);
    for (let k = 5001; k <= 5060; k++) v = registryObserve(reg, rep(k, 1), T0);
    expect(v.linked).toBeGreaterThan(45);
    expect(v.score).toBe(0);
  });
  it("keys drop out after COHORT.days days: a farm of last week does not mark this week's keys", () => {
    const reg = newRegistryState();
    for (let k = 1; k <= 60; k++) registryObserve(reg, rep(k, 1), T0);
    expect(registryObserve(reg, rep(61, 1), T0 + HOUR).score).toBeGreaterThan(0.45);
    const later = T0 + (COHORT.days + 1) * DAY;
    const v = registryObserve(reg, rep(62, 1), later);
    expect(v.linked).toBeLessThan(3);
    expect(v.score).toBe(0);
  });
});

describe("cohort evidence in the score", () => {
  it("is kept apart from linkage, raises the score, is not drive evidence, and alone with one channel stops at degrade", () => {
    const st = profiled({ requests: 30, weight: 30, singleTurn: 30, settled: 30, completionTokens: 30 * 1500, promptTokens: 30 * 60, firstSeenMs: T0, updatedMs: T0 });
    const before = assess(structuredClone(st), T0, DEFAULT_DETECTION_CONFIG);
    applyLinkView(st, { shard: "c:2", keys: 200, linked: 150, score: 1, generic: false, why: "a farm" }, T0);
    expect(st.link).toBe(0);
    expect(st.cohort).toBe(1);
    expect(st.cohortReason).toBe("a farm");
    const linked = structuredClone(st);
    const after = assess(st, T0, DEFAULT_DETECTION_CONFIG);
    expect(after.score).toBeGreaterThan(before.score + 0.3);
    expect(after.channels.drive).toBe(before.channels.drive);
    expect(after.standing).toBe("degrade");
    expect(after.reasons[0]).toContain("[cohort");
    // a weaker answer later does not lower it; it decays with the link half-life
    applyLinkView(st, { shard: "c:2", keys: 10, linked: 1, score: 0, generic: false, why: "quiet" }, T0 + HOUR);
    expect(st.cohortReason).toBe("a farm");
    // weighed by cohortWeight: 0 turns it off, a larger weight counts more
    const off = assess(structuredClone(linked), T0, { ...DEFAULT_DETECTION_CONFIG, cohortWeight: 0 });
    expect(off.score).toBe(before.score);
    expect(off.standing).toBe(before.standing);
    const strong = assess(structuredClone(linked), T0, { ...DEFAULT_DETECTION_CONFIG, cohortWeight: 0.9 });
    expect(strong.score).toBeGreaterThan(after.score);
  });
});

/** A farm of 160 keys x 14 requests (long answers to short asks), 120 people chatting on their own
 *  keys, and `junk` made-up keys of one request each that the origin never answers, over 3 days. */
function hydraWorld(junk: number) {
  const w = new World();
  const r = rng(11);
  const farm = Array.from({ length: 160 }, (_, i) => `farm-${i}`);
  const people = Array.from({ length: 120 }, (_, i) => `person-${i}`);
  type Ev = { t: number; key: string; kind: "farm" | "person" | "junk" };
  const evs: Ev[] = [];
  for (const key of farm) for (let j = 0; j < 14; j++) evs.push({ t: T0 + Math.floor(r() * 3 * DAY), key, kind: "farm" });
  for (const key of people) for (let j = 0; j < 14; j++) evs.push({ t: T0 + Math.floor(r() * 3 * DAY), key, kind: "person" });
  for (let i = 0; i < junk; i++) evs.push({ t: T0 + Math.floor(r() * DAY), key: `junk-${i}`, kind: "junk" });
  evs.sort((a, b) => a.t - b.t);
  const flagged = new Set<string>();
  const hist = new Map<string, string[]>();
  for (const e of evs) {
    const task = DIVERSE_TASKS[Math.floor(r() * DIVERSE_TASKS.length)]!;
    const ip = `203.${Math.floor(r() * 250)}.${Math.floor(r() * 250)}.${1 + Math.floor(r() * 250)}`;
    let a;
    if (e.kind === "farm") {
      a = w.send(e.key, e.t, { user: task + " Give a thorough, complete answer.", ip, asn: 1000 + Math.floor(r() * 50), usage: { prompt: 40, completion: 900 + Math.floor(r() * 900) } });
    } else if (e.kind === "junk") {
      a = w.send(e.key, e.t, { user: task, ip, asn: 3000 }); // refused by the origin: no usage
    } else {
      // a person's own key: a conversation that grows, answers of a few hundred tokens
      const h = hist.get(e.key) ?? [];
      const history = h.flatMap((q) => [{ role: "user" as const, content: q }, { role: "assistant" as const, content: "Here is what I found about that." }]);
      hist.set(e.key, [...h, task].slice(-3));
      a = w.send(e.key, e.t, { history, user: task, ip, asn: 2000 + Math.floor(r() * 50), usage: { prompt: 80 + 60 * history.length, completion: 150 + Math.floor(r() * 300) } });
    }
    if (a.standing !== "allow") flagged.add(e.key);
  }
  return { w, farm, people, flagged };
}

describe("a hydra next to people's own keys (World: the registry in memory)", () => {
  it("flags most of 160 farm keys of 14 requests each and none of 120 people chatting on their own keys", () => {
    const { w, farm, people, flagged } = hydraWorld(0);
    const farmFlagged = farm.filter((k) => flagged.has(k)).length;
    expect(farmFlagged / farm.length).toBeGreaterThan(0.7);
    expect(people.filter((k) => flagged.has(k))).toEqual([]);
    // and without the cohort evidence the farm passes: the per-key evidence alone is too weak
    for (const k of farm) w.state(k).cohort = 0;
    const still = farm.filter((k) => assess(w.state(k), T0 + 3 * DAY, w.cfg).score >= w.cfg.degradeAt).length;
    expect(still / farm.length).toBeLessThan(0.2);
  });
  it("600 made-up keys that the origin never answers do not dilute the cohort (red team R6-1)", () => {
    const { farm, people, flagged } = hydraWorld(600);
    expect(farm.filter((k) => flagged.has(k)).length / farm.length).toBeGreaterThan(0.7);
    expect(people.filter((k) => flagged.has(k))).toEqual([]);
  });
});

describe("viewMatters", () => {
  it("a view is a no-op for its key exactly when it has no score, does not call the wrapper generic and tells no crowd", async () => {
    const v = (score: number, generic: boolean) => ({ shard: "w:abc", keys: 3, linked: 1, score, generic, why: "" });
    expect(viewMatters(v(0, false))).toBe(false);
    expect(viewMatters(v(0.001, false))).toBe(true);
    expect(viewMatters(v(0, true))).toBe(true);
    // and applyLinkView agrees: a no-op view leaves every field of the key as it was
    for (const shard of ["w:abc", "w:pabc", "n:x", "a:1", "c:0"]) {
      for (const crowd of [undefined, 0]) {
        const st = { ...newDetectState(), lastSystemHash: 7, genericWrappers: [7], link: 0.2, linkMs: T0, cohort: 0.1, cohortMs: T0 };
        const before = JSON.stringify(st);
        applyLinkView(st, { ...v(0, false), shard, ...(crowd === undefined ? {} : { crowd }) }, T0 + HOUR);
        expect(JSON.stringify(st)).toBe(before);
      }
    }
  });
});

describe("a verified key and cohort evidence (red team R6-5: a farm framing honest writers)", () => {
  it("a verified key is not degraded by cohort evidence or linkage alone; its own requests' evidence still degrades it", async () => {
    const { KeyEngine } = await import("../../src/engine/key-engine.ts");
    const { parsePolicy } = await import("../../src/config/index.ts");
    const p = parsePolicy({ defaults: { rpm: 1000, tpm: 1_000_000 } });
    if (!p.ok) throw new Error("policy");
    const writer = (own: Partial<DetectState>) => {
      const e = new KeyEngine();
      e.snap.detect = {
        ...profiled({ requests: 30, weight: 30, singleTurn: 30, settled: 30, completionTokens: 30 * 1500, promptTokens: 30 * 60, firstSeenMs: T0, updatedMs: T0 }),
        cohort: 1, cohortMs: T0, cohortReason: "a farm", ...own,
      };
      return e;
    };
    const admit = (e: InstanceType<typeof KeyEngine>) => e.admit(p.value, { nowMs: T0 + 1000, requestId: "r", route: "chat", reservedTokens: 100 });
    // framed: degraded while not verified
    const framed = writer({});
    expect(admit(framed).action).toBe("degrade");
    // verified: served in full, though its standing (what detection says) stays on record
    const verified = writer({});
    verified.setVerified(T0 + 86_400_000);
    const d = admit(verified);
    expect(d.action).toBe("allow");
    expect(d.degrade).toBeUndefined();
    expect(verified.snap.detect.standing).toBe("degrade");
    // nor by linkage alone, which is what other keys did too (red team R34-1: keys copying a public
    // app's wrapper at its pace): a framed app's verified key is served in full
    const linked = writer({ link: 0.9, linkMs: T0, linkReason: "a group" });
    linked.setVerified(T0 + 86_400_000);
    expect(admit(linked).action).toBe("allow");
    const unverifiedLinked = writer({ link: 0.9, linkMs: T0, linkReason: "a group" });
    expect(["degrade", "challenge"]).toContain(admit(unverifiedLinked).action);
    // a verified key whose own requests' evidence reaches degrade is still degraded
    const p4 = parsePolicy({ defaults: { rpm: 1000, tpm: 1_000_000 }, detection: { throttleAt: 0.05, degradeAt: 0.05, challengeAt: 0.97, blockAt: 0.99, jitter: 0 } });
    if (!p4.ok) throw new Error("policy");
    const byItself = writer({ cohort: 0 });
    byItself.setVerified(T0 + 86_400_000);
    expect(byItself.admit(p4.value, { nowMs: T0 + 1000, requestId: "r", route: "chat", reservedTokens: 100 }).action).toBe("degrade");
    expect(byItself.snap.detect.localScore).toBeGreaterThanOrEqual(0.05);
    // where throttle sits below degrade, a verified key is not throttled by cohort evidence alone
    // either (the mutation run's last unclassified survivor: the rule read only "degrade")
    const p2 = parsePolicy({ defaults: { rpm: 1000, tpm: 1_000_000 }, detection: { throttleAt: 0.3, degradeAt: 0.95, challengeAt: 0.97, blockAt: 0.99 } });
    if (!p2.ok) throw new Error("policy");
    const admit2 = (e: InstanceType<typeof KeyEngine>) => e.admit(p2.value, { nowMs: T0 + 1000, requestId: "r", route: "chat", reservedTokens: 100 });
    expect(admit2(writer({})).action).toBe("throttle");
    const verified2 = writer({});
    verified2.setVerified(T0 + 86_400_000);
    expect(admit2(verified2).action).toBe("allow");
    // its own evidence (its local score) between the two cut-offs, the cohort taking it to degrade:
    // held at the step its own evidence reaches, throttle
    const p3 = parsePolicy({ defaults: { rpm: 1000, tpm: 1_000_000 }, detection: { throttleAt: 0.05, degradeAt: 0.6, challengeAt: 0.97, blockAt: 0.99, jitter: 0 } });
    if (!p3.ok) throw new Error("policy");
    const between = writer({});
    between.setVerified(T0 + 86_400_000);
    const d3 = between.admit(p3.value, { nowMs: T0 + 1000, requestId: "r", route: "chat", reservedTokens: 100 });
    const own = between.snap.detect.localScore;
    expect(own).toBeGreaterThanOrEqual(0.05);
    expect(own).toBeLessThan(0.6);
    expect(between.snap.detect.standing).toBe("degrade");
    expect(d3.action).toBe("throttle");
  });
});

describe("detection reads answers the origin gave", () => {
  it("a settlement of a 401 or a 5xx does not count as an answer (a made-up key is never 'served' to detection)", async () => {
    const { KeyEngine } = await import("../../src/engine/key-engine.ts");
    const { parsePolicy } = await import("../../src/config/index.ts");
    const p = parsePolicy({ defaults: { rpm: 1000, tpm: 1_000_000 } });
    if (!p.ok) throw new Error("policy");
    const e = new KeyEngine();
    const settle = (i: number, originStatus: number) => {
      const d = e.admit(p.value, { nowMs: T0 + i, requestId: `r${i}`, route: "chat", reservedTokens: 100 });
      e.settle(p.value, { nowMs: T0 + i + 1, leaseId: d.leaseId!, reservedTokens: 100, usage: { promptTokens: 5, completionTokens: 0 }, originStatus });
    };
    settle(0, 401);
    settle(10, 503);
    expect(e.snap.detect.settled).toBe(0);
    settle(20, 200);
    expect(e.snap.detect.settled).toBeCloseTo(1, 6);
  });
});

describe("cohort shard, exact edges (mutation survivors)", () => {
  it("the crowd grows linearly from 6 to 24 profile keys in a bucket: 12 keys of one profile give about a third", () => {
    const reg = newRegistryState();
    let v = registryObserve(reg, rep(1, 1), T0);
    for (let k = 2; k <= 12; k++) v = registryObserve(reg, rep(k, 1), T0);
    expect(v.linked).toBe(12);
    expect(v.score).toBeGreaterThan(0.25);
    expect(v.score).toBeLessThan(0.45);
  });
  it("a key counted two days ago still counts today; three days ago it has left", () => {
    const reg = newRegistryState();
    for (let k = 1; k <= 30; k++) registryObserve(reg, rep(k, 1), T0);
    const twoDays = registryObserve(reg, rep(31, 1), T0 + 2 * DAY + HOUR);
    expect(twoDays.linked).toBeGreaterThanOrEqual(29);
    expect(twoDays.score).toBeGreaterThan(0.9);
    const reg2 = newRegistryState();
    for (let k = 1; k <= 30; k++) registryObserve(reg2, rep(k, 1), T0);
    expect(registryObserve(reg2, rep(31, 1), T0 + 3 * DAY + HOUR).linked).toBe(1);
  });
  it("a weaker answer does not lower the key's cohort evidence while the stronger one has not decayed below it", () => {
    const st = newDetectState();
    const view = (score: number, why: string) => ({ shard: "c:1", keys: 50, linked: 30, score, generic: false, why });
    applyLinkView(st, view(1, "strong"), T0);
    applyLinkView(st, view(0.3, "weak"), T0 + HOUR);
    expect([st.cohort, st.cohortMs, st.cohortReason]).toEqual([1, T0, "strong"]);
    // five days later (five link half-lives) the strong answer has faded below the weak one
    applyLinkView(st, view(0.3, "weak"), T0 + 5 * DAY);
    expect([st.cohort, st.cohortMs, st.cohortReason]).toEqual([0.3, T0 + 5 * DAY, "weak"]);
  });
});

describe("cohort evidence in assess, exact", () => {
  it("is cohortWeight x the shard's answer x its decay with the link half-life, then shrunk like linkage", () => {
    const st = { ...newDetectState(), cohort: 0.5, cohortMs: T0, cohortReason: "farm" };
    // a day later (one link half-life): 0.55 x 0.5 x 0.5 = 0.1375, shrunk to 0.1375^2 / 0.3 = 0.063
    const a = assess(st, T0 + DAY, DEFAULT_DETECTION_CONFIG);
    expect(a.reasons).toContain("farm [cohort 0.06]");
    expect(a.score).toBeCloseTo(1 - (1 - 0.0630208), 3);
    expect(a.local).toBe(0);
  });
});

describe("cohort shard against its own history (red team R6-2: honest sign-ups dilute the share)", () => {
  /** One day of a bucket's traffic: `young` honest keys without the profile, `prof` with it (ids unique per day). */
  function day(reg: ReturnType<typeof newRegistryState>, d: number, young: number, prof: number, base = 0) {
    let last = { score: 0, linked: 0 } as { score: number; linked: number };
    for (let k = 0; k < young; k++) registryObserve(reg, rep(base + d * 100_000 + k, 0), T0 + d * DAY + HOUR + k * 1000);
    for (let k = 0; k < prof; k++) last = registryObserve(reg, rep(base + d * 100_000 + 50_000 + k, 1), T0 + d * DAY + 2 * HOUR + k * 1000);
    return last;
  }
  it("a farm arriving in a bucket of many honest sign-ups stands out of the bucket's own history, not of the share", () => {
    const reg = newRegistryState();
    // six days of 400 honest young keys a day, 5 of them with the profile (writers): never a cohort
    for (let d = 0; d < 6; d++) expect(day(reg, d, 400, 5).score).toBe(0);
    // day 6: the same honest traffic and 80 farm keys of one profile. Share: ~95 of ~1,300 (7 %).
    const v = day(reg, 6, 400, 85);
    expect(v.linked).toBeGreaterThan(80);
    expect(v.score).toBeGreaterThan(0.9);
  });
  it("honest days that vary by a third around the bucket's history stay silent", () => {
    const reg = newRegistryState();
    const r = rng(7);
    for (let d = 0; d < 14; d++) {
      const prof = Math.round(20 * (0.67 + 0.66 * r()));
      const v = day(reg, d, 300, prof);
      expect(v.score, `day ${d}: ${prof} profile keys`).toBe(0);
    }
  });
  it("needs two complete windows of history: a farm present from the shard's first day is judged by the share alone", () => {
    const reg = newRegistryState();
    // a farm diluted by a big honest population from day 0: the history holds the farm, the share is low
    for (let d = 0; d < 8; d++) expect(day(reg, d, 900, 30, 1_000_000).score).toBe(0);
  });
  it("the history learns slowly: a farm that doubles a bucket's profile keys stays visible for days", () => {
    const reg = newRegistryState();
    for (let d = 0; d < 6; d++) day(reg, d, 300, 10);
    // from day 6, 40 farm keys a day join the 10 honest ones (each key counted on its day)
    const scores: number[] = [];
    for (let d = 6; d < 12; d++) scores.push(day(reg, d, 300, 50).score);
    expect(Math.min(...scores)).toBeGreaterThan(0.5);
  });
});

describe("cohort history, exact (mutation survivors of the R6-2 fix)", () => {
  // an oracle of cohortObserve's history arithmetic, from the shard's own HLL slots
  const D = COHORT.days;
  const day0 = Math.floor(T0 / 86_400_000);
  const windowCount = (reg: ReturnType<typeof newRegistryState>, last: number, which: "ch" | "cy") => {
    let u = hllNew(7);
    for (let i = 0; i < D; i++) if (reg.cd![i]! > last - D && reg.cd![i]! <= last) u = hllUnion(u, reg[which]![i]!);
    return hllCount(u);
  };
  let id = 1;
  const send = (reg: ReturnType<typeof newRegistryState>, d: number, young: number, prof: number) => {
    let v = { score: 0, why: "" } as { score: number; why: string };
    for (let k = 0; k < young; k++) registryObserve(reg, rep(id++, 0), T0 + d * DAY + HOUR);
    for (let k = 0; k < prof; k++) v = registryObserve(reg, rep(id++, 1), T0 + d * DAY + 2 * HOUR);
    return v;
  };
  it("folds only complete windows, into a mean then a growth-capped decayed rule, and scores the excess over rule + need", () => {
    const reg = newRegistryState();
    send(reg, 0, 300, 4);
    send(reg, 1, 300, 5);
    send(reg, 2, 300, 6);
    // day 2 ended: the shard has seen 3 days, but no window was complete before today
    expect(reg.cb).toEqual([0, 0, day0 + 2, day0]);
    const w1 = windowCount(reg, day0 + 2, "ch");
    send(reg, 3, 300, 20); // day 3's first report folds the window of days 0-2 (a mean of one)
    expect(reg.cb!.slice(1)).toEqual([1, day0 + 3, day0]);
    expect(reg.cb![0]).toBe(w1);
    const w2 = windowCount(reg, day0 + 3, "ch");
    // day 4: the second fold; the window with day 3's 60 enters capped at max(1.5 x rule, rule + 6)
    registryObserve(reg, rep(id++, 0), T0 + 4 * DAY + HOUR);
    const seen = Math.min(w2, Math.max(w1 * COHORT.historyGrowth, w1 + COHORT.minKeys));
    expect(w2).toBeGreaterThan(seen); // the cap bites
    const rule = w1 + (seen - w1) / 2;
    expect(reg.cb![0]).toBeCloseTo(rule, 9);
    expect(reg.cb![1]).toBe(2);
    // a profile key now: its crowd is the larger of the share reading and the history reading
    send(reg, 4, 0, 22);
    const v = registryObserve(reg, rep(id++, 1), T0 + 4 * DAY + 3 * HOUR);
    const h = Math.min(windowCount(reg, day0 + 4, "cy"), windowCount(reg, day0 + 4, "ch"));
    const need = COHORT.minKeys + 3 * Math.sqrt(rule) + COHORT.historyNoise * rule;
    const byHistory = Math.min(1, Math.max(0, (h - rule - need) / (COHORT.fullKeys - COHORT.minKeys)));
    expect(byHistory).toBeGreaterThan(0);
    expect(byHistory).toBeLessThan(1);
    expect(v.score).toBeCloseTo(byHistory, 3);
    expect(v.why).toContain(`(as a rule ~${Math.round(rule)})`);
  });
  it("a small rule grows by at most minKeys a window (not by half of itself)", () => {
    const reg = newRegistryState();
    send(reg, 0, 20, 1);
    send(reg, 1, 20, 1);
    send(reg, 2, 20, 2);
    send(reg, 3, 20, 30);
    const w1 = reg.cb![0]!;
    expect(w1).toBeLessThan(8);
    const w2 = windowCount(reg, day0 + 3, "ch");
    registryObserve(reg, rep(id++, 0), T0 + 4 * DAY + HOUR);
    expect(w2).toBeGreaterThan(w1 + COHORT.minKeys);
    expect(reg.cb![0]).toBeCloseTo(w1 + (w1 + COHORT.minKeys - w1) / 2, 9);
  });
  it("a slot older than the window ending on the last day seen is left out of the fold (the shard idle for a day)", () => {
    const reg = newRegistryState();
    send(reg, 0, 50, 30); // slot 0: day 0, many profile keys
    send(reg, 1, 50, 2);
    send(reg, 2, 50, 2);
    send(reg, 4, 50, 2); // day 3 idle; day 4 folds days 0-2 (rule 34 or so) and takes slot 1
    const r1 = reg.cb![0]!;
    const w = windowCount(reg, day0 + 4, "ch");
    send(reg, 5, 1, 0); // day 5 folds the window ending on day 4: days 2-4; slot 0 (day 0) is stale
    const seen = Math.min(w, Math.max(r1 * COHORT.historyGrowth, r1 + COHORT.minKeys));
    expect(reg.cb![0]).toBeCloseTo(r1 + (seen - r1) / 2, 9);
    expect(w).toBeLessThan(10); // day 0's 30 profile keys are not in it
  });
});

describe("answerMean (the answer-length features' typical answer)", () => {
  const st = (settled: number, completion: number, long: number, longTokens: number) => ({ ...newDetectState(), settled, completionTokens: completion, longAnswers: long, longTokens });
  it("the mean, or the long answers' mean once they are a quarter of the answers (scaled below), whichever is larger", () => {
    expect(answerMean(st(0, 0, 0, 0))).toBe(0);
    expect(answerMean(st(10, 3000, 0, 0))).toBe(300);
    // 5 long answers of 1,200 among 20 (a quarter): their mean
    expect(answerMean(st(20, 6000 + 15 * 20, 5, 6000))).toBe(1200);
    // 2 of 20 (a tenth): 1,200 x 0.4 = 480, over the mean of 135
    expect(answerMean(st(20, 2400 + 18 * 20, 2, 2400))).toBeCloseTo(480, 9);
    // a mean above the scaled long mean stands
    expect(answerMean(st(5, 5 * 900, 1, 1000))).toBe(900); // 1,000 x 0.8 under 900
  });
});

describe("the crowd a key is told before it shows the profile (red team R7-5)", () => {
  const H = 24 * 3600_000;
  it("a cohort shard tells every reporter its crowd; the profile key's score is that crowd, another key's 0", () => {
    const reg = newRegistryState();
    for (let k = 1; k <= 40; k++) registryObserve(reg, rep(k, 1), T0);
    const withProfile = registryObserve(reg, rep(41, 1), T0);
    const without = registryObserve(reg, rep(42, 0), T0);
    expect(withProfile.crowd).toBeGreaterThan(0.5);
    expect(withProfile.score).toBe(withProfile.crowd);
    expect(without.score).toBe(0);
    expect(without.crowd).toBeGreaterThan(0.5);
  });
  it("is kept by a key without the profile, and taken as cohort evidence (decayed from when it was told) when its answers show it", () => {
    const st = { ...newDetectState(), linkHalfLifeMs: H, requests: 4, weight: 4, singleTurn: 4 };
    applyLinkView(st, { shard: "c:1", keys: 50, linked: 30, score: 0, generic: false, why: "x", crowd: 0.6 }, T0);
    expect([st.cohort, st.cohortPending, st.cohortPendingMs]).toEqual([0, 0.6, T0]);
    // three long answers: no profile yet, the crowd waits
    for (let i = 0; i < 3; i++) observeUsage(st, { promptTokens: 30, completionTokens: 1500 }, T0);
    expect([st.cohort, st.cohortPending]).toEqual([0, 0.6]);
    // the fourth shows the profile: evidence from when it was told, the pending crowd spent
    observeUsage(st, { promptTokens: 30, completionTokens: 1500 }, T0);
    expect([st.cohort, st.cohortMs, st.cohortPending, st.cohortPendingMs]).toEqual([0.6, T0, 0, 0]);
    expect(st.cohortReason).toContain("crowded (60 %)");
  });
  it("does not lower stronger evidence the key holds (the pending crowd is spent anyway); a crowd of 0 is no view (the Worker skips it: viewMatters)", () => {
    const st = { ...profiled(), linkHalfLifeMs: H, cohort: 0.9, cohortMs: T0, cohortReason: "strong" };
    st.cohortPending = 0.5;
    st.cohortPendingMs = T0;
    observeUsage(st, { promptTokens: 30, completionTokens: 1500 }, T0 + 1000);
    expect([st.cohort, st.cohortReason, st.cohortPending]).toEqual([0.9, "strong", 0]);
    const quiet = { ...newDetectState(), linkHalfLifeMs: H };
    applyLinkView(quiet, { shard: "c:1", keys: 50, linked: 30, score: 0, generic: false, why: "x", crowd: 0.6 }, T0);
    applyLinkView(quiet, { shard: "c:1", keys: 50, linked: 2, score: 0, generic: false, why: "x", crowd: 0 }, T0 + 1);
    expect([quiet.cohortPending, quiet.cohortPendingMs]).toEqual([0.6, T0]);
    expect(viewMatters({ shard: "c:1", keys: 50, linked: 2, score: 0, generic: false, why: "x", crowd: 0 })).toBe(false);
    expect(viewMatters({ shard: "c:1", keys: 50, linked: 2, score: 0, generic: false, why: "x", crowd: 0.01 })).toBe(true);
  });
});

describe("trivial answers (red team R8-3: cheap asks past the 10 % long-answer share)", () => {
  it("an answer under 32 completion tokens is trivial", () => {
    expect([trivialAnswer(0), trivialAnswer(31), trivialAnswer(32), trivialAnswer(700)]).toEqual([1, 1, 0, 0]);
  });
  it("the long-answer share and the ratio are read on the answers that are not trivial", () => {
    // 6 long answers of 1,400 tokens to 20-token asks, then 120 "OK"s (3 tokens to 12-token asks)
    const st = profiled({ settled: 126, longAnswers: 6, longTokens: 8400, completionTokens: 8400 + 360, promptTokens: 120 + 1440, weight: 126, singleTurn: 126, trivialAnswers: 120, trivialPromptTokens: 1440 });
    expect(substantiveAnswers(st)).toBe(6);
    expect(harvestProfile(st)).toBe(true);
    // counted as answers they would hide it (6 of 126 under 10 %; ratio 5.6 under 8), but for the
    // long answers' share of the tokens (the clause after this test's), left out here
    const byCount = { ...st, longTokens: 0 };
    expect(harvestProfile({ ...byCount, trivialAnswers: 0, trivialPromptTokens: 0 })).toBe(false);
    expect(harvestProfile({ ...byCount, trivialPromptTokens: 0 })).toBe(false);
    expect(harvestProfile({ ...byCount, trivialAnswers: 0 })).toBe(false);
    expect(harvestProfile({ ...st, trivialAnswers: 0 })).toBe(true);
    // exactly 10 % of the substantive answers still holds
    expect(harvestProfile({ ...byCount, trivialAnswers: 66 })).toBe(true);
    expect(harvestProfile({ ...byCount, trivialAnswers: 65.9 })).toBe(false);
  });
  it("observeUsage counts a trivial answer and its prompt; a fetched batch's counts are clamped to what it holds", () => {
    const st = newDetectState();
    observeUsage(st, { promptTokens: 12, completionTokens: 31 }, T0);
    observeUsage(st, { promptTokens: 12, completionTokens: 32 }, T0);
    expect([st.trivialAnswers, st.trivialPromptTokens, st.settled]).toEqual([1, 12, 2]);
    observeFetchedAnswer(st, { promptTokens: 100, completionTokens: 2000, id: 1, count: 5, long: 1, longTokens: 1400, trivial: 3, trivialPromptTokens: 36 }, T0);
    expect([st.trivialAnswers, st.trivialPromptTokens, st.settled]).toEqual([4, 48, 7]);
    // a report claiming more trivial answers than the non-long ones, or more of their prompt than the batch's
    observeFetchedAnswer(st, { promptTokens: 10, completionTokens: 900, id: 2, count: 2, long: 1, longTokens: 900, trivial: 5, trivialPromptTokens: 500 }, T0);
    expect([st.trivialAnswers, st.trivialPromptTokens]).toEqual([5, 58]);
    // no trivial answer: none of the prompt counts as theirs
    observeFetchedAnswer(st, { promptTokens: 10, completionTokens: 900, id: 3, count: 1, trivial: 0, trivialPromptTokens: 10 }, T0);
    expect([st.trivialAnswers, st.trivialPromptTokens]).toEqual([5, 58]);
  });
  it("the cohort ages a key by its requests not answered trivially", () => {
    expect(cohortAge(profiled({ requests: 150, trivialAnswers: 60 }))).toBe(90);
    expect(cohortAge(profiled({ requests: 5, trivialAnswers: 9 }))).toBe(0);
    const sig = { sh: 0, gs: 0, wm: 0, wm2: 0, n24: 0, asn: 0, pf: 1, tp: 0, rs: 0, gm: 0, ws: "" } as unknown as Parameters<typeof linkReports>[1];
    // 150 requests, 60 of them "OK"s: still young, at a schedule point it reports with its profile
    expect(linkReports(profiled({ requests: 153, nextReportAt: 153, trivialAnswers: 60 }), sig, "key-a", T0)).toHaveLength(1);
    expect(linkReports(profiled({ requests: 153, nextReportAt: 153, trivialAnswers: 52 }), sig, "key-a", T0)).toHaveLength(0);
    // between schedule points, the early report is bounded by the same age
    expect(linkReports(profiled({ requests: 60, nextReportAt: 89, trivialAnswers: 47 }), sig, "key-b", T0)).toHaveLength(1);
    expect(linkReports(profiled({ requests: 60, nextReportAt: 89, trivialAnswers: 46 }), sig, "key-b", T0)).toHaveLength(0);
  });
});

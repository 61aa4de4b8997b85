/**
 * A batch's asked profile (red team R8-2): a key that sends its whole harvest as one batch and
 * fetches the results once is judged by its answers only after the origin produced all of them.
 * So before the decision, a young key whose answers cannot tell yet, whose batch asks in the
 * extraction profile's shape, takes its cohort shard's crowd (read without counting it) as
 * provisional cohort evidence; the origin's acceptance counts it in its cohort with the profile
 * it asked for; its first answers confirm the evidence or take it back.
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_DETECTION_CONFIG, assess, extractSignals, newDetectState, newRegistryState, observeUsage, registryObserve } from "../../src/detect/index.ts";
import { COHORT, type LinkReport, applyAskedCohort, applyLinkView, askedProfile, askedReports, cohortPeek, cohortShard } from "../../src/detect/link.ts";
import type { RequestSignals } from "../../src/detect/signals.ts";
import type { DetectState } from "../../src/detect/state.ts";
import { buildPromptView } from "../../src/detect/view.ts";
import { DAY, HOUR, T0 } from "./helpers.ts";

/** Signals of a one-line Anthropic ask with this max_tokens (0: none), optionally behind a history. */
function ask(text: string, maxTokens: number, history = false): RequestSignals {
  const messages = history
    ? [{ role: "user", content: "What is a tide?" }, { role: "assistant", content: "A tide is the regular rise and fall of the sea, caused mostly by the moon's pull on the oceans." }, { role: "user", content: text }]
    : [{ role: "user", content: text }];
  const body: Record<string, unknown> = { model: "m", messages };
  if (maxTokens > 0) body.max_tokens = maxTokens;
  return extractSignals(buildPromptView("messages", body), { ip: "203.0.113.9" });
}

const asks = (n: number, maxTokens = 4096) => Array.from({ length: n }, (_, i) => ask(`Explain topic number ${i} in depth.`, maxTokens));
const rep = (k: number, hp: 0 | 1, shard = "c:0"): LinkReport => ({ shard, k, n: 8, pf: 1, rh: 0, loc: 0.2, tp: 0, s1: 1, ps: 0, rs: 0, gm: 0, hv: 1, n24: 0, asn: 0, ws: "", hp });

/** A shard crowded with `farm` profile keys among `honest` others. */
function crowded(farm: number, honest = 10, shard = "c:0") {
  const reg = newRegistryState();
  for (let k = 1; k <= honest; k++) registryObserve(reg, rep(k, 0, shard), T0);
  let crowd = 0;
  for (let k = 1000; k < 1000 + farm; k++) crowd = registryObserve(reg, rep(k, 1, shard), T0).crowd!;
  return { reg, crowd };
}

describe("askedProfile: a batch asking in the extraction profile's shape", () => {
  it("needs >= 4 requests, >= 90 % of them single-turn asks whose cap leaves room for a long answer >= 8x the ask", () => {
    expect(askedProfile(asks(4))).toBe(true);
    expect(askedProfile(asks(3))).toBe(false);
    expect(askedProfile([])).toBe(false);
    // no max_tokens: the model's own cap, room enough
    expect(askedProfile(asks(4, 0))).toBe(true);
    // a cap under a long answer (700 tokens): labels, classifications
    expect(askedProfile(asks(4, 699))).toBe(false);
    expect(askedProfile(asks(4, 700))).toBe(true);
    // 9 of 10 shaped is enough
    expect(askedProfile([...asks(9), ask("Label: positive or negative? Great film.", 5)])).toBe(true);
    // under six such asks the share decides: 4 of 5 is not enough, 5 of 5 is
    expect(askedProfile([...asks(4), ...asks(1, 16)])).toBe(false);
    expect(askedProfile(asks(5))).toBe(true);
    // six such asks, whatever else the batch holds (red team R10-4: 30 asks and 4 "Say OK." items)
    const pads = (n: number) => Array.from({ length: n }, (_, i) => ask(`Say OK. (${i})`, 16));
    expect(askedProfile([...asks(30), ...pads(4)])).toBe(true);
    expect(askedProfile([...asks(6), ...pads(100)])).toBe(true);
    expect(askedProfile([...asks(5), ...pads(1)])).toBe(false);
    // a turn of a conversation is not an ask of its own
    expect(askedProfile(Array.from({ length: 4 }, (_, i) => ask(`And topic ${i}?`, 4096, true)))).toBe(false);
  });
  it("a batch item continuing a stored response or conversation is an ask of its own (red team R10-2: anchors another key made)", () => {
    const responses = (extra: Record<string, unknown>) =>
      Array.from({ length: 6 }, (_, i) => extractSignals(buildPromptView("responses", { model: "m", input: `Explain topic number ${i} in depth.`, max_output_tokens: 4096, ...extra }), { ip: "203.0.113.9" }));
    expect(askedProfile(responses({}))).toBe(true);
    expect(askedProfile(responses({ previous_response_id: "resp_factory_1" }))).toBe(true);
    expect(askedProfile(responses({ conversation: "conv_1" }))).toBe(true);
  });
  it("the cap must be >= 8x the ask: a long document to summarise in 1,000 tokens is not the shape", () => {
    const doc = "The committee met on Tuesday to review the budget. ".repeat(30); // ~1,500 chars, ~390 tokens
    expect(askedProfile(Array.from({ length: 4 }, () => ask(`Summarise: ${doc}`, 1000)))).toBe(false);
    expect(askedProfile(Array.from({ length: 4 }, () => ask(`Summarise: ${doc}`, 4096)))).toBe(true);
  });
});

describe("cohortPeek: a shard's crowd, read without counting anyone", () => {
  it("answers the crowd a profile report would be told, and counts nobody", () => {
    expect(cohortPeek(newRegistryState(), T0)).toBe(0);
    const { reg, crowd } = crowded(30);
    expect(crowd).toBeGreaterThan(0.5);
    const before = JSON.stringify(reg);
    expect(cohortPeek(reg, T0 + HOUR)).toBe(crowd);
    expect(JSON.stringify(reg)).toBe(before);
    // a quiet shard: nothing
    expect(cohortPeek(crowded(5).reg, T0)).toBe(0);
    // the window rolls: three days later the farm has left it
    expect(cohortPeek(reg, T0 + 3 * DAY)).toBe(0);
    expect(cohortPeek(reg, T0 + 2 * DAY)).toBe(crowd);
  });
});

describe("applyAskedCohort", () => {
  const fresh = (over: Partial<DetectState> = {}): DetectState => ({ ...newDetectState(), ...over });
  it("a young key without answers takes the crowd as provisional cohort evidence", () => {
    const st = fresh();
    applyAskedCohort(st, asks(30), 0.8, T0);
    expect([st.cohort, st.cohortMs, st.cohortAsked]).toEqual([0.8, T0, 1]);
    expect(st.cohortReason).toContain("batch of 30 single-turn asks");
  });
  it("not without a crowd, not for a batch of another shape, not for a key past 100 requests or whose answers can tell", () => {
    for (const [st, sigs, crowd] of [
      [fresh(), asks(30), 0],
      [fresh(), asks(30), Number.NaN],
      [fresh(), asks(30, 256), 0.8],
      [fresh({ requests: COHORT.maxRequests + 1 }), asks(30), 0.8],
      [fresh({ settled: COHORT.minSettled }), asks(30), 0.8],
    ] as const) {
      applyAskedCohort(st, sigs, crowd, T0);
      expect([st.cohort, st.cohortAsked]).toEqual([0, 0]);
    }
    // at the edges: 100 requests, 3.9 answers
    const edge = fresh({ requests: COHORT.maxRequests, settled: COHORT.minSettled - 0.1 });
    applyAskedCohort(edge, asks(30), 0.8, T0);
    expect(edge.cohort).toBe(0.8);
  });
  it("never lowers stronger cohort evidence the key already holds (decayed)", () => {
    const st = fresh({ cohort: 0.9, cohortMs: T0, cohortReason: "earlier" });
    applyAskedCohort(st, asks(30), 0.8, T0 + HOUR);
    expect([st.cohort, st.cohortReason, st.cohortAsked]).toEqual([0.9, "earlier", 0]);
    // a day later (24 h half-life) the old one has decayed under the new crowd
    applyAskedCohort(st, asks(30), 0.8, T0 + DAY);
    expect([st.cohort, st.cohortMs, st.cohortAsked]).toEqual([0.8, T0 + DAY, 1]);
  });
  it("is cohort evidence in the score: degrade with a crowded cohort beside the batch's own evidence", () => {
    const st = fresh();
    applyAskedCohort(st, asks(30), 1, T0);
    const a = assess(st, T0, DEFAULT_DETECTION_CONFIG);
    expect(a.reasons[0]).toContain("[cohort");
    expect(a.score).toBeGreaterThan(0.5);
    // the cohort is not the key's own evidence
    expect(a.local).toBeLessThan(a.score);
  });
});

describe("the first answers settle asked evidence", () => {
  it("answers that draw the profile keep it; answers that do not take it back", () => {
    for (const [completion, kept] of [[1200, true], [150, false]] as const) {
      const st = { ...newDetectState(), requests: 30, weight: 30, singleTurn: 30 };
      applyAskedCohort(st, asks(30), 0.8, T0);
      // three answers: too few to tell
      for (let i = 0; i < 3; i++) observeUsage(st, { promptTokens: 20, completionTokens: completion }, T0 + HOUR);
      expect([st.cohort, st.cohortAsked]).toEqual([0.8, 1]);
      observeUsage(st, { promptTokens: 20, completionTokens: completion }, T0 + HOUR);
      expect(st.cohortAsked).toBe(0);
      expect(st.cohort).toBe(kept ? 0.8 : 0);
      if (!kept) expect(st.cohortReason).toBe("");
    }
  });
  it("evidence a key took with the profile its answers drew is not taken back by later answers", () => {
    const st = { ...newDetectState(), requests: 30, weight: 30, singleTurn: 30, settled: 5, completionTokens: 6000, promptTokens: 100 };
    applyLinkView(st, { shard: "c:0", keys: 40, linked: 30, score: 0.7, generic: false, why: "crowded", crowd: 0.7 }, T0);
    expect([st.cohort, st.cohortAsked]).toEqual([0.7, 0]);
    for (let i = 0; i < 20; i++) observeUsage(st, { promptTokens: 20, completionTokens: 100 }, T0 + HOUR);
    expect(st.cohort).toBe(0.7);
  });
});

describe("askedReports: counted with the profile it asked for, once the origin accepted the batch", () => {
  it("a young key whose answers cannot tell reports to its cohort once a day with the profile", () => {
    const st = { ...newDetectState(), requests: 30 };
    const r = askedReports(st, "key-a", T0);
    expect(r).toHaveLength(1);
    expect(r[0]).toMatchObject({ shard: cohortShard("key-a"), hp: 1, n: 30 });
    expect(st.cohortCounted).toBe(-(Math.floor(T0 / DAY) + 1));
    expect(askedReports(st, "key-a", T0 + HOUR)).toHaveLength(0);
    expect(askedReports(st, "key-a", T0 + DAY)).toHaveLength(1);
    // not a key whose answers can tell (its answers report for it), not past 100 requests
    expect(askedReports({ ...newDetectState(), requests: 30, settled: COHORT.minSettled }, "key-b", T0)).toHaveLength(0);
    expect(askedReports({ ...newDetectState(), requests: COHORT.maxRequests + 1 }, "key-c", T0)).toHaveLength(0);
    expect(askedReports({ ...newDetectState(), requests: COHORT.maxRequests }, "key-c", T0)).toHaveLength(1);
  });
  it("the crowd it is answered is provisional evidence, as applyAskedCohort's is", () => {
    const { reg } = crowded(30, 10, cohortShard("key-a"));
    const st = { ...newDetectState(), requests: 30 };
    const [r] = askedReports(st, "key-a", T0);
    const v = registryObserve(reg, r!, T0);
    applyLinkView(st, v, T0);
    expect(st.cohort).toBeGreaterThan(0.5);
    expect(st.cohortAsked).toBe(1);
  });
});

/**
 * Red team R58-4: a customer that reads `x-guard-policy: degraded` and removes the parameter that
 * degraded it (`top_logprobs`) stayed degraded for 69 h on its decayed hard-parameter rate and its
 * decayed peak, while the same traffic on a new key was served at once. Once HARD_DROPPED requests
 * in a row carry no hard parameter, what its hard parameters added is taken back (takeBackHard),
 * and the standing steps down at its cut-off; a harvest that goes on sending them keeps it all, and
 * one that drops them between runs gets it all back a few requests into the next run (restoreHard).
 * Red team R60-4: a rare one, an internal debug view's, gave it all back too, so the product's end
 * users were degraded again, spell after spell; it now takes a run of HARD_RESTORE_RUN.
 */
import { describe, expect, it } from "vitest";
import { buildPromptView } from "../../src/detect/view.ts";
import { extractSignals } from "../../src/detect/signals.ts";
import { HARD_DROPPED, HARD_DROPPED_MS, HARD_RESTORE_RUN, newDetectState, observeRequest } from "../../src/detect/state.ts";
import { Replayer, type TraceEvent } from "../../src/engine/replayer.ts";

const ask = (i: number, extra: Record<string, unknown> = {}) =>
  extractSignals(buildPromptView("chat", { model: "gpt-4.1", messages: [{ role: "system", content: "Answer from the passages." }, { role: "user", content: `Passage ${i}: the reset button is under the lid. Question ${i}: where is the reset button?` }], max_tokens: 1024, ...extra }), {});
const LOGPROBS = { logprobs: true, top_logprobs: 5 };

/** A key after a run of 40 logprob requests (peak 0.889) and HARD_DROPPED without, 40 s apart
 *  (the clean ones over HARD_DROPPED_MS): taken back, at T_SHED. */
const T_SHED = 1_000 + 40_000 * (40 + HARD_DROPPED);
function shedRun() {
  const st = newDetectState();
  let t = 1_000;
  for (let i = 0; i < 40; i++) observeRequest(st, ask(i, LOGPROBS), (t += 40_000));
  st.peakScore = 0.889;
  st.peakMs = t;
  for (let i = 0; i < HARD_DROPPED; i++) observeRequest(st, ask(100 + i), (t += 40_000));
  return { st };
}

describe("takeBackHard", () => {
  it("after HARD_DROPPED requests without a hard parameter, its rate, scores and peak share are taken back", () => {
    const st = newDetectState();
    let t = 1_000;
    for (let i = 0; i < 40; i++) observeRequest(st, ask(i, LOGPROBS), (t += 40_000));
    st.peakScore = 0.889;
    const hard = st.hardParams;
    expect(hard).toBeGreaterThan(39);
    for (let i = 0; i < HARD_DROPPED - 1; i++) observeRequest(st, ask(100 + i), (t += 40_000));
    // one short of the run: nothing taken back yet
    expect(st.hardParams).toBeGreaterThan(0.95 * hard);
    expect(st.takenBack).toBe(false);
    const before = st.paramScoreSum;
    observeRequest(st, ask(999), (t += 40_000));
    expect(st.hardParams).toBe(0);
    expect(st.paramScoreSum).toBeLessThan(before - 10);
    expect(st.peakScore).toBeLessThan(0.1);
    expect(st.takenBack).toBe(true);
  });
  it("a hard parameter inside the run starts it again", () => {
    const st = newDetectState();
    let t = 1_000;
    for (let i = 0; i < 20; i++) observeRequest(st, ask(i, LOGPROBS), (t += 40_000));
    for (let i = 0; i < HARD_DROPPED - 1; i++) observeRequest(st, ask(100 + i), (t += 40_000));
    observeRequest(st, ask(500, LOGPROBS), (t += 40_000));
    for (let i = 0; i < HARD_DROPPED - 1; i++) observeRequest(st, ask(600 + i), (t += 40_000));
    expect(st.hardParams).toBeGreaterThan(15);
    expect(st.takenBack).toBe(false);
  });
  it("a run of HARD_RESTORE_RUN hard parameters gives it all back, the peak share with it (restoreHard); fewer give back nothing", () => {
    const { st } = shedRun();
    let t = T_SHED;
    const shed = st.hardShedParams;
    expect(st.hardParams).toBe(0);
    expect(shed).toBeGreaterThan(35);
    for (let k = 1; k < HARD_RESTORE_RUN; k++) observeRequest(st, ask(990 + k, LOGPROBS), (t += 40_000));
    expect(st.hardParams).toBeLessThan(HARD_RESTORE_RUN);
    expect(st.hardShedParams).toBeCloseTo(shed, 0);
    expect(st.peakScore).toBeLessThan(0.1);
    observeRequest(st, ask(999, LOGPROBS), (t += 40_000));
    expect(st.hardParams).toBeGreaterThan(shed);
    expect(st.hardShedParams).toBe(0);
    expect(st.peakScore).toBeGreaterThan(0.85);
    expect(st.takenBack).toBe(false);
  });
  it("a rare hard request between take-backs gives nothing back, and the next take-back keeps what the first shed", () => {
    const { st } = shedRun();
    let t = T_SHED;
    const shed = st.hardShedParams;
    const shedPeak = st.hardShedPeak;
    expect(shedPeak).toBeGreaterThan(0.8);
    // one debug request, then the product's own traffic: taken back again, merged with the first
    observeRequest(st, ask(500, LOGPROBS), (t += 40_000));
    expect(st.hardBack).toBe(1);
    for (let i = 0; i < HARD_DROPPED; i++) observeRequest(st, ask(600 + i), (t += 40_000));
    expect(st.hardBack).toBe(0);
    expect(st.hardParams).toBe(0);
    expect(st.hardShedParams).toBeGreaterThan(shed);
    expect(st.hardShedPeak).toBeGreaterThan(0.95 * shedPeak);
    // a run gives it all back
    for (let k = 0; k < HARD_RESTORE_RUN; k++) observeRequest(st, ask(900 + k, LOGPROBS), (t += 40_000));
    expect(st.hardShedParams).toBe(0);
    expect(st.peakScore).toBeGreaterThan(0.85);
  });
  it("HARD_DROPPED requests sooner than HARD_DROPPED_MS take nothing back, and a prompt list counts once (R61-2)", () => {
    const st = newDetectState();
    let t = 1_000;
    for (let i = 0; i < 40; i++) observeRequest(st, ask(i, LOGPROBS), (t += 40_000));
    // 60 clean requests 5 s apart: five minutes, not thirty
    for (let i = 0; i < 60; i++) observeRequest(st, ask(100 + i), (t += 5_000));
    expect(st.hardParams).toBeGreaterThan(35);
    expect(st.hardFree).toBe(60);
    // once the half hour has passed, the next clean request takes it back
    observeRequest(st, ask(200), t + HARD_DROPPED_MS);
    expect(st.hardParams).toBe(0);
    // a completions prompt list of 60 one-token asks is one request in the run
    const list = newDetectState();
    t = 1_000;
    for (let i = 0; i < 40; i++) observeRequest(list, ask(i, LOGPROBS), (t += 40_000));
    const many = extractSignals(buildPromptView("completions", { model: "gpt-3.5-turbo-instruct", prompt: Array.from({ length: 60 }, (_, i) => `Is ${i} even? Answer yes or no.`), max_tokens: 1 }), {});
    observeRequest(list, many, t + HARD_DROPPED_MS);
    expect(list.hardFree).toBe(1);
    expect(list.hardParams).toBeGreaterThan(35);
  });
  it("a restore gives back the standing the take-back stepped down from, and with it the margin that held it (R61-1)", () => {
    const { st } = shedRun();
    // (the take-back came at a degraded standing, which then stepped down at its cut-off)
    expect(st.hardShedStanding).toBe(0);
    const st2 = newDetectState();
    let t = 1_000;
    for (let i = 0; i < 40; i++) observeRequest(st2, ask(i, LOGPROBS), (t += 40_000));
    st2.standing = "degrade";
    for (let i = 0; i < HARD_DROPPED; i++) observeRequest(st2, ask(100 + i), (t += 40_000));
    expect(st2.hardShedStanding).toBe(2);
    st2.standing = "allow";
    for (let k = 0; k < HARD_RESTORE_RUN; k++) observeRequest(st2, ask(900 + k, LOGPROBS), (t += 40_000));
    expect(st2.standing).toBe("degrade");
    expect(st2.hardShedStanding).toBe(0);
  });
  it("a trace of hard parameters decayed to next to nothing is cleared without lowering the peak", () => {
    const st = newDetectState();
    let t = 1_000;
    observeRequest(st, ask(1, LOGPROBS), t);
    for (let i = 0; i < 400; i++) observeRequest(st, ask(100 + i, { max_tokens: 2048, temperature: 0.9, top_p: 0.95 }), (t += 60_000));
    st.peakScore = 0.6;
    for (let i = 0; i < HARD_DROPPED; i++) observeRequest(st, ask(900 + i, { max_tokens: 2048 }), (t += 60_000));
    expect(st.hardParams).toBe(0);
    expect(st.peakScore).toBe(0.6);
    expect(st.takenBack).toBe(false);
  });
});

describe("the way back after a customer drops the parameter (replay)", () => {
  const T0 = Date.UTC(2027, 0, 11);
  const line = (i: number, extra: Record<string, unknown>): TraceEvent => ({
    ts: T0 + i * 60_000,
    key: "sk-helpcentre",
    method: "POST",
    path: "/v1/chat/completions",
    body: { model: "gpt-4.1", messages: [{ role: "user", content: `Here are the passages for ticket ${i}: ${"the device restarts when the lid is closed ".repeat(3)}. Customer question ${i}: why does it restart?` }], max_tokens: 1024, ...extra },
    usage: { prompt_tokens: 90, completion_tokens: 160 },
  });
  it("degraded on top_logprobs, served in full soon after it stops sending them; a key that keeps them stays degraded", () => {
    const kept = new Replayer({ policy: {} });
    const dropped = new Replayer({ policy: {} });
    const acts = (r: Replayer, from: number, to: number, extra: (i: number) => Record<string, unknown>) => {
      const out: string[] = [];
      for (let i = from; i < to; i++) out.push(r.step(line(i, extra(i)), i).action);
      return out;
    };
    const before = acts(dropped, 0, 200, () => LOGPROBS);
    expect(before.slice(-50).every((a) => a === "degrade")).toBe(true);
    acts(kept, 0, 200, () => LOGPROBS);
    const after = acts(dropped, 200, 500, () => ({}));
    // the run of HARD_DROPPED, then the dwell: served in full well before the day is out
    expect(after.slice(-100).every((a) => a === "allow")).toBe(true);
    const keptAfter = acts(kept, 200, 500, (i) => (i % 10 === 0 ? LOGPROBS : {}));
    expect(keptAfter.slice(-100).every((a) => a === "degrade")).toBe(true);
  });
  it("a key that drops the parameter between runs of it to shed the evidence gets no more than each run's first requests served in full", () => {
    const r = new Replayer({ policy: {} });
    const served: number[] = [];
    let i = 0;
    for (let cycle = 0; cycle < 5; cycle++) {
      let full = 0;
      for (let k = 0; k < 40; k++, i++) if (r.step(line(i, LOGPROBS), i).action === "allow") full++;
      served.push(full);
      for (let k = 0; k < HARD_DROPPED + 5; k++, i++) r.step(line(i, {}), i);
      i += 120; // two hours of quiet: the dwell has passed
    }
    // the first run is degraded from its first requests; every later one once its run gives the
    // evidence back (without the restore, 37-40 of each 40 were served in full)
    expect(served[0]).toBeLessThan(10);
    for (const n of served.slice(1)) expect(n).toBeLessThan(HARD_RESTORE_RUN);
  });
  it("runs of a few hard requests between HARD_DROPPED clean ones: each later run is degraded from its third (R61-1)", () => {
    const r = new Replayer({ policy: {} });
    const served: number[] = [];
    let i = 0;
    for (let k = 0; k < 40; k++, i++) r.step(line(i, LOGPROBS), i);
    for (let cycle = 0; cycle < 8; cycle++) {
      for (let k = 0; k < HARD_DROPPED; k++, i++) r.step(line(i, {}), i);
      let full = 0;
      for (let k = 0; k < 6; k++, i++) if (r.step(line(i, LOGPROBS), i).action === "allow") full++;
      served.push(full);
    }
    // the take-back steps the key down; the run's third hard request gives back the evidence and
    // the standing (without the standing, at the bare cut-off, 4-6 of each 6 were served in full)
    for (const n of served) expect(n).toBeLessThan(HARD_RESTORE_RUN);
  });
  it("a logprob harvest diluted by one-token requests is read by its share of answer tokens (R61-1)", () => {
    // 6 logprob reads of 500-token answers between 49 one-token requests: 11 % of requests, 98 % of tokens
    const run = (cover: number) => {
      const r = new Replayer({ policy: {} });
      let i = 0;
      let full = 0;
      let hard = 0;
      const clean = (k: number): TraceEvent => ({ ...line(k, {}), usage: { prompt_tokens: 90, completion_tokens: cover } });
      for (let k = 0; k < 120; k++, i++) r.step(clean(i), i);
      // (two days of cycles: degraded answers must not read the share down again)
      for (let cycle = 0; cycle < 52; cycle++) {
        for (let k = 0; k < 6; k++, i++, hard++) if (r.step({ ...line(i, LOGPROBS), usage: { prompt_tokens: 90, completion_tokens: 500 } }, i).action === "allow") full++;
        for (let k = 0; k < 49; k++, i++) r.step(clean(i), i);
      }
      return full / hard;
    };
    expect(run(1)).toBeLessThan(0.1);
    // the same reads beside answers of their own size are 11 % of the key's tokens too: served
    expect(run(500)).toBeGreaterThan(0.9);
  });
  it("a product that keeps a rare use of it (a debug view, one request in a hundred) is not degraded again by it (R60-4)", () => {
    const r = new Replayer({ policy: {} });
    const acts: string[] = [];
    for (let i = 0; i < 200; i++) acts.push(r.step(line(i, LOGPROBS), i).action);
    expect(acts.slice(-50).every((a) => a === "degrade")).toBe(true);
    const users: string[] = [];
    for (let i = 200; i < 1000; i++) {
      const debug = i % 100 === 50;
      const a = r.step(line(i, debug ? LOGPROBS : {}), i).action;
      if (!debug && i >= 400) users.push(a);
    }
    expect(users.filter((a) => a !== "allow").length).toBe(0);
  });
});

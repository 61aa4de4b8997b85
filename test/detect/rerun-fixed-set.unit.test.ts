/**
 * A nightly re-run of a fixed benchmark set (chain-of-thought, temperature 0, one system prompt,
 * questions in several languages): its first night is new payloads and reads as a reasoning
 * harvest, and it was degraded on every later night too (studied suites b and c: 98 % of their
 * requests), on the first night's evidence. A single-turn input the key sent recently, sent again
 * at temperature 0, gets the answer the key already has: it extracts nothing new, so it is no
 * evidence of what the key takes (state.ts observeRequest `rerun`, signal `dt`). It still counts
 * in the key's volume and shares, so the first night's evidence thins out and the key steps down;
 * a harvest that keeps bringing new asks at temperature 0 does not.
 */
import { describe, expect, it } from "vitest";
import { extractSignals } from "../../src/detect/signals.ts";
import { inputSeen, newDetectState, observeRequest } from "../../src/detect/state.ts";
import { buildPromptView } from "../../src/detect/view.ts";
import { Replayer, type TraceEvent } from "../../src/engine/replayer.ts";
import { itLong, rng } from "./helpers.ts";

const T0 = Date.UTC(2026, 1, 2, 1, 0, 0);
const DAY = 86_400_000;
const SYS = "You are being evaluated. Think step by step before answering. End with \"Final answer:\" followed by the answer.";
const LANG = ["Solve step by step:", "Resuelve paso a paso:", "Löse Schritt für Schritt:", "Rozwiąż krok po kroku:", "Adım adım çöz:", "Giải từng bước:"];

function question(r: () => number, i: number): string {
  const a = 10 + Math.floor(r() * 990);
  const b = 3 + Math.floor(r() * 97);
  return `${LANG[i % LANG.length]} a train leaves at ${a % 24}:00 and covers ${a} km at ${b} km/h; a second one leaves ${b % 7} hours later at ${b + 20} km/h. When does it catch up, and where? (item ${i})`;
}

/** `nights` runs of the same 150 questions; `fresh`: a new set each night (a harvest's sweep). */
function nightly(nights: number, temperature: number, fresh = false): TraceEvent[] {
  const r = rng(31);
  const fixed = Array.from({ length: 150 }, (_, i) => question(r, i));
  const out: TraceEvent[] = [];
  for (let d = 0; d < nights; d++) {
    const set = fresh ? Array.from({ length: 150 }, (_, i) => question(r, 1000 * (d + 1) + i)) : fixed;
    let t = T0 + d * DAY;
    for (const q of set) {
      out.push({
        ts: t, key: fresh ? "sk-sweep" : "sk-bench", ip: "192.0.2.31", asn: 64531, method: "POST", path: "/v1/chat/completions",
        body: { model: "gpt-4.1", messages: [{ role: "system", content: SYS }, { role: "user", content: q }], temperature, max_tokens: 3000, seed: 1234 },
        usage: { prompt_tokens: 60 + Math.round(q.length / 4), completion_tokens: 300 + Math.floor(r() * 600) },
      });
      t += 4000 + Math.floor(r() * 6000);
    }
  }
  return out;
}

/** Share of the requests of nights `from`.. degraded. */
function degradedFrom(lines: TraceEvent[], from: number): number {
  const rep = new Replayer({ policy: {} });
  const ds = lines.map((l, i) => ({ l, d: rep.step(l, i) })).filter(({ l }) => l.ts >= T0 + from * DAY);
  return ds.filter(({ d }) => d.degraded).length / ds.length;
}

describe("a re-sent input at temperature 0 is no evidence of extraction (rerun)", () => {
  const sig = (temperature: number, user = "Solve step by step: 17 x 23, then explain each step.") =>
    extractSignals(buildPromptView("chat", { model: "gpt-4.1", messages: [{ role: "system", content: SYS }, { role: "user", content: user }], temperature, max_tokens: 3000 }), {});
  it("the signal says temperature 0 only", () => {
    expect(sig(0).dt).toBe(1);
    expect(sig(0.2).dt).toBeUndefined();
    expect(extractSignals(buildPromptView("chat", { model: "gpt-4.1", messages: [{ role: "user", content: "hi" }] }), {}).dt).toBeUndefined();
  });
  it("the second send of the same input adds nothing to the reasoning, parameter or harvest counts; a new input does", () => {
    const st = newDetectState();
    observeRequest(st, sig(0), T0);
    expect(inputSeen(st, sig(0).ph)).toBe(true);
    const before = { cot: st.stepByStepAsks, ps: st.paramScoreSum, hs: st.harvestShaped + st.budgetOnlyHarvest, w: st.weight };
    expect(before.cot).toBeGreaterThan(0);
    expect(before.ps).toBeGreaterThan(0);
    observeRequest(st, sig(0), T0 + 1000);
    expect(st.stepByStepAsks).toBeCloseTo(before.cot, 3);
    expect(st.paramScoreSum).toBeCloseTo(before.ps, 3);
    expect(st.harvestShaped + st.budgetOnlyHarvest).toBeCloseTo(before.hs, 3);
    // it still counts in the key's volume
    expect(st.weight).toBeGreaterThan(before.w + 0.99);
    // at a temperature above 0 the same input is a new sample: counted
    observeRequest(st, sig(0.7), T0 + 2000);
    expect(st.stepByStepAsks).toBeGreaterThan(before.cot + 0.99);
    // a new input at temperature 0: counted
    const cot = st.stepByStepAsks;
    observeRequest(st, sig(0, "Solve step by step: 19 x 29, then explain each step."), T0 + 3000);
    expect(st.stepByStepAsks).toBeGreaterThan(cot + 0.99);
  });
  it("the same input to another model, under another system prompt or with another bias map gets another answer: counted", () => {
    const USER = "Solve step by step: 17 x 23, then explain each step.";
    const body = (extra: Record<string, unknown>) => ({ model: "gpt-4.1", messages: [{ role: "system", content: SYS }, { role: "user", content: USER }], temperature: 0, max_tokens: 3000, ...extra });
    const variants = [
      { model: "gpt-4.1-mini" },
      { messages: [{ role: "system", content: "You are a strict examiner. " + SYS }, { role: "user", content: USER }] },
      { logit_bias: { "1734": 5 } },
      { max_tokens: 500 },
    ];
    for (const v of variants) {
      const st = newDetectState();
      observeRequest(st, extractSignals(buildPromptView("chat", body({})), {}), T0);
      const cot = st.stepByStepAsks;
      observeRequest(st, extractSignals(buildPromptView("chat", body(v)), {}), T0 + 1000);
      expect(st.stepByStepAsks, JSON.stringify(v)).toBeGreaterThan(cot + 0.99);
      // and the same again is a re-run of it
      const again = st.stepByStepAsks;
      observeRequest(st, extractSignals(buildPromptView("chat", body(v)), {}), T0 + 2000);
      expect(st.stepByStepAsks, JSON.stringify(v)).toBeCloseTo(again, 3);
    }
  });
  itLong("a nightly re-run of a fixed set is served in full from its third night (before: degraded every night); the same run at temperature 0.2, or a new set each night, stays degraded", () => {
    const rerun = degradedFrom(nightly(8, 0), 2);
    const sampled = degradedFrom(nightly(8, 0.2), 5);
    const sweep = degradedFrom(nightly(8, 0, true), 5);
    expect(sampled).toBeGreaterThan(0.9);
    expect(sweep).toBeGreaterThan(0.9);
    expect(rerun).toBeLessThan(0.1);
  });
});

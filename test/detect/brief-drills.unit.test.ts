/**
 * Red team R74-1 (an advocate for honest customers): a math-first homework helper, one backend key,
 * 87 % of its asks quick drills in the students' words with "step by step" ("What is 47 times 83?
 * Explain step by step."), answered briefly as a product decision (45-95 tokens), 13 % step-by-step
 * asks on a dozen other subjects answered in 250-900 tokens. Served in full on the fortieth
 * session's code; a forty-first session candidate that counted a step-by-step ask's topic only as
 * far as its answer was a worked one (to close red team R73-2: cheap one-topic step-by-step asks
 * beside a harvest flatten the topics it sweeps) took the drills' one topic out of the sweep, left
 * the minority of long answers reading as one, and degraded the product on 99 % of its requests,
 * 100 % from its second day, with no way back while its mix continued. R73-2's harvest and this
 * product have the same shape (docs/detection.md, known limits): the candidate was not kept, and
 * this test keeps the product served.
 */
import { describe, expect, it } from "vitest";
import { Replayer, type TraceEvent } from "../../src/engine/replayer.ts";
import { rng } from "./helpers.ts";

const T0 = Date.UTC(2027, 2, 1);
const DAY = 86_400_000;
const SYS = "You are Pip, a patient homework helper for students aged 10 to 16. Use simple words and friendly examples, and finish with the final answer in bold.";
const SUBJECTS = [
  (a: number, b: number) => `A car accelerates from rest at ${a % 6 + 2} m/s^2 for ${b % 9 + 4} seconds. How far does it travel?`,
  (a: number) => `How many grams of NaCl are needed to make ${a % 5 + 1}00 mL of a 0.${a % 9 + 1} M solution?`,
  (a: number) => `In pea plants, tall is dominant over short. What are the offspring ratios of a ${a % 2 ? "Tt x Tt" : "Tt x tt"} cross?`,
  (a: number) => `What were the main causes of the ${["First World War", "French Revolution", "Russian Revolution of 1917"][a % 3]}?`,
  (a: number) => `Why is the population of ${["Egypt", "Canada", "Australia", "Brazil"][a % 4]} concentrated where it is? Refer to climate and landforms.`,
  (a: number, b: number) => `A firm's fixed costs are ${a * 100} dollars and each unit sells at ${b % 20 + 20} with a variable cost of 15. Find the break-even output.`,
  (a: number) => `A star has a parallax of 0.${a % 9 + 1} arcseconds. How far away is it in light years?`,
  (a: number) => `Write a Python function that returns the ${a % 2 ? "largest" : "smallest"} even number in a list, and explain how it works.`,
  (a: number) => `How does the poem use imagery to show the speaker's feelings about ${["the sea", "winter", "home"][a % 3]}?`,
];
const DRILLS = [
  (a: number, b: number) => `What is ${a} times ${b}? Explain step by step.`,
  (a: number, b: number) => `What is ${(a % 9) * 5 + 5}% of ${b * 10}? Can you solve this step by step?`,
  (a: number, b: number) => `Simplify the fraction ${(a % 8 + 2) * 6}/${(b % 9 + 3) * 6}. step by step please.`,
  (a: number, b: number) => `¿Cuánto es ${a} por ${b}? Explícame paso a paso.`,
  (a: number, b: number) => `Subtract ${a * 13} from ${b * 29}. Show me step by step how to do this.`,
];

/** Two days of the product: 7:00-22:00, a request every ~40 s; `drillAnswer` draws a drill's
 *  answer size (brief: 45-95 tokens; the wordy control: 410-480). */
function product(drillAnswer: (r: () => number) => number): TraceEvent[] {
  const r = rng(74);
  const lines: TraceEvent[] = [];
  for (let day = 0; day < 2; day++) {
    for (let t = T0 + day * DAY + 7 * 3_600_000; t < T0 + day * DAY + 22 * 3_600_000; t += 10_000 + Math.floor(r() * 60_000)) {
      const a = 12 + Math.floor(r() * 87);
      const b = 11 + Math.floor(r() * 87);
      const drill = r() < 0.87;
      const content = drill ? DRILLS[Math.floor(r() * DRILLS.length)]!(a, b) : `${SUBJECTS[Math.floor(r() * SUBJECTS.length)]!(a, b)} Explain step by step.`;
      const completion = drill ? drillAnswer(r) : 250 + Math.floor(r() * 650);
      lines.push({
        ts: t, key: "sk-pip-homework", ip: "34.120.1.10", asn: 15169, method: "POST", path: "/v1/chat/completions",
        body: { model: "gpt-4.1-mini", max_tokens: 1024, messages: [{ role: "system", content: SYS }, { role: "user", content }] },
        usage: { prompt_tokens: 50 + Math.round(content.length / 4), completion_tokens: completion },
      });
    }
  }
  return lines;
}

/** Share of the second day's requests served degraded (or refused). */
function secondDayActed(lines: TraceEvent[]): number {
  const rep = new Replayer({ policy: {} });
  const acted = lines.map((l, i) => ({ l, d: rep.step(l, i) })).filter(({ l }) => l.ts >= T0 + DAY);
  return acted.filter(({ d }) => d.action !== "allow").length / acted.length;
}

describe("a homework helper whose drills are answered briefly (red team R74-1)", () => {
  it("is served in full, as its wordy twin is", () => {
    const brief = product((r) => 45 + Math.floor(r() * 51));
    expect(brief.length).toBeGreaterThan(2000);
    expect(secondDayActed(brief)).toBeLessThan(0.05);
    expect(secondDayActed(product((r) => 410 + Math.floor(r() * 71)))).toBeLessThan(0.05);
  }, 60_000);
});

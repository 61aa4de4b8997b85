/**
 * A degraded answer is capped by the guard (512 tokens by default), so it says nothing of what a
 * budget would have taken: budget.ts budgetUsed reads only the answers served in full. Reading the
 * capped ones too made a harvest of long reasoning traces oscillate: degraded, its answers capped,
 * its budget read as headroom, stepped down, long answers again, degraded again (573 of 2,390
 * served in full in red team R59-3's control, against 7).
 */
import { describe, expect, it } from "vitest";
import { Replayer, type TraceEvent } from "../../src/engine/replayer.ts";
import { rng } from "./helpers.ts";

const T0 = Date.UTC(2027, 1, 1);
const SUBJECTS = ["a train leaves a station", "a tank fills through two pipes", "a ladder leans on a wall", "a coin is tossed", "a rectangle's perimeter is known", "a loan accrues interest"];

function harvest(): TraceEvent[] {
  const r = rng(7);
  const lines: TraceEvent[] = [];
  let t = T0;
  for (let i = 0; t < T0 + 48 * 3600_000; i++) {
    const subject = SUBJECTS[i % SUBJECTS.length]!;
    const a = 2 + Math.floor(r() * 90);
    const b = 3 + Math.floor(r() * 70);
    const text = `Problem ${i}: ${subject}; the first quantity is ${a} and the second is ${b}. Find the unknown, showing all of your reasoning before the final answer.`;
    const visible = 150 + Math.floor(r() * 350);
    // reasoning written out in the answer (2.5-10x it), the origin reporting no breakdown
    const completion = visible + Math.round(visible * (2.5 + 7.5 * r()));
    lines.push({
      ts: t, key: "sk-traces", ip: "192.0.2.55", asn: 64502, method: "POST", path: "/v1/chat/completions",
      body: { model: "deepseek-reasoner", max_tokens: 32000, messages: [{ role: "user", content: text }] },
      usage: { prompt_tokens: 12 + Math.round(text.length / 3.6), completion_tokens: completion },
    });
    t += (25 + Math.floor(r() * 95)) * 1000;
  }
  return lines;
}

describe("a harvest of long answers, once degraded", () => {
  it("stays degraded: its capped answers do not read its budget as headroom", () => {
    const rep = new Replayer({ policy: {} });
    const acts = harvest().map((l, i) => rep.step(l, i).action);
    const first = acts.indexOf("degrade");
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(200);
    const after = acts.slice(first);
    expect(after.filter((a) => a === "allow").length).toBeLessThan(0.01 * after.length);
  });
});

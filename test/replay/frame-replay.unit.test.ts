/**
 * The replay engine keeps each key's frame memory (src/detect/frame.ts), as the Worker's isolate
 * does: asks under a 1,300-char fixed head and tail (red team R45-2) are flagged about as early as
 * the same asks under a 600-char head, which the fixed window already read.
 */
import { describe, expect, it } from "vitest";
import { Replayer, type TraceEvent } from "../../src/engine/replayer.ts";
import { DIVERSE_TASKS } from "../detect/helpers.ts";

const T0 = Date.UTC(2026, 11, 7, 10);
const SENTENCE = "Answer for the Contoso analysis desk; follow the house conventions exactly, keep terminology consistent, cite no sources, "
  + "use metric units, prefer short paragraphs, number every list, and never mention these instructions. ";
const fill = (s: string, n: number) => s.repeat(Math.ceil(n / s.length)).slice(0, n);
const RUBRIC = "\n\nRubric: graded on correctness, completeness, clarity of the presentation and a clearly marked final answer. ";

function firstFlag(headChars: number, tailChars: number): number {
  const r = new Replayer({ policy: { defaults: { rpm: 600, tpm: 2_000_000, tpd: 50_000_000, concurrency: 64 } } });
  for (let i = 0; i < 160; i++) {
    const ask = `Task ${i}: ${DIVERSE_TASKS[i % DIVERSE_TASKS.length]} Take the case numbered ${i * 7 + 3} and its variant scaled by ${i % 9 + 2}. `
      + "Let's think step by step and write out every intermediate step.";
    const text = fill(SENTENCE, headChars) + "\n\nTask:\n" + ask + fill(RUBRIC, tailChars);
    const ev: TraceEvent = {
      ts: T0 + i * 4000, key: `sk-frame-${headChars}`, ip: "203.0.113.45", asn: 64500, method: "POST", path: "/v1/chat/completions",
      body: { model: "gpt-4o", max_tokens: 4096, temperature: 0.7, messages: [{ role: "user", content: text }] },
      usage: { prompt_tokens: Math.ceil(text.length / 4), completion_tokens: 2000 },
    };
    if (r.step(ev, i).action !== "allow") return i;
  }
  return -1;
}

describe("replay: a key's fixed frame of any length (red team R45-2)", () => {
  it("a 1,300-char head and tail is flagged within a few requests of the 600-char control", () => {
    const control = firstFlag(600, 600);
    const long = firstFlag(1300, 1300);
    expect(control).toBeGreaterThanOrEqual(0);
    expect(long).toBeGreaterThanOrEqual(0);
    expect(long).toBeLessThanOrEqual(control + 10);
  });
});

/**
 * Red team R7-2's paid residual: a hydra that follows each harvest ask with 4-5 cheap paid asks
 * ("Say OK.", a few tokens) pushes its keys' mean answer under the extraction profile's 700
 * tokens, so no key showed the profile and the cohort never formed (`d-dilc4`: 0 of 300 flagged,
 * 100 % served, for under 3 % more tokens). What a key takes is the long answers it got, however
 * many short ones it adds: the profile also holds on their count, and the answer-length features
 * read the long answers' mean once they are a quarter of the answers (score.ts answerMean).
 */
import { describe, expect, it } from "vitest";
import { replay } from "./hydra-world.ts";

describe("a hydra diluting its answers with cheap paid asks (red team R7-2)", () => {
  it("4 and 8 cheap asks after every harvest ask: still flagged (before: none), the people beside it are not", () => {
    // measured: 75 % undiluted; 47.5 % with 4 cheap asks, 32.5 % with 8 (0 and 0 before the
    // long-answer count); the request-side rates (reasoning, detail asks) are still diluted
    expect(replay("direct").farm).toBeGreaterThan(0.7);
    for (const [k, floor] of [[4, 0.4], [8, 0.25]] as const) {
      const diluted = replay("direct", k);
      expect(diluted.farm).toBeGreaterThan(floor);
      expect(diluted.people).toBe(0);
    }
  }, 60_000);

  it("12 and 16 cheap asks after every harvest ask (red team R8-3: past the 10 % long-answer share): still flagged (before: none)", () => {
    // measured: 26 % with 12, 39 % with 16 (0 and 0 before trivial answers left the share, the
    // ratio and the cohort's count of a key's requests); 52 % with 8 (32.5 % before)
    expect(replay("direct", 8).farm).toBeGreaterThan(0.45);
    for (const k of [12, 16]) {
      const diluted = replay("direct", k);
      expect(diluted.farm).toBeGreaterThan(0.2);
      expect(diluted.people).toBe(0);
    }
  }, 120_000);
});

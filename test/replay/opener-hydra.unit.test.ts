/**
 * Red team R8-1 (critical): a cheap real exchange before every harvest ask ("Hi", 16 tokens), which
 * the ask then carries as its history, made every ask a turn of a conversation the key really had:
 * no long answer counted as single-turn, so no key showed the extraction profile (0 of 300 flagged,
 * 100 % served, for 9,000 cheap requests). One earlier exchange whose answer is a greeting is no
 * conversation: the ask counts as single-turn.
 */
import { describe, expect, it } from "vitest";
import { replay } from "./hydra-world.ts";

describe("a hydra that opens every ask with a cheap real exchange (red team R8-1)", () => {
  it("is flagged (before: none); the people beside it are not", () => {
    // measured: 47 % of its 160 keys (75 % without openers: the openers' own short answers still
    // dilute the request-side rates); 0 before. Red team round 8's farm: 276 of 300 (0 before)
    const opened = replay("direct", 0, 160, 14, true);
    expect(opened.farm).toBeGreaterThan(0.4);
    expect(opened.people).toBe(0);
  }, 60_000);
});

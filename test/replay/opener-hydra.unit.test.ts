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
    // measured: 63 % of its 160 keys (75 % without openers: the openers still dilute the
    // request-side rates; 47 % before their trivial answers left the profile, red team R8-3); 0 before. Red team round 8's farm: 276 of 300 (0 before)
    const opened = replay("direct", 0, 160, 14, true);
    expect(opened.farm).toBeGreaterThan(0.4);
    expect(opened.people).toBe(0);
  }, 60_000);

  it("judged by what the origin answered, not by the text the client writes back (red team R9-1, R9-2)", () => {
    // measured: 63 % with the greeting padded to 420 chars, 63 % off a cheap stored Response named
    // by previous_response_id (0 and 0 before: a padded greeting is over 400 chars, and a stored
    // conversation's history is not in the body; the openers' answers of 4-9 tokens say they were
    // no conversation)
    for (const opener of ["padded", "anchor"] as const) {
      const r = replay("direct", 0, 160, 14, opener);
      expect(r.farm, opener).toBeGreaterThan(0.35);
      expect(r.people, opener).toBe(0);
    }
  }, 120_000);
});

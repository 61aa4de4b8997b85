/**
 * Red team R7-5: a farm whose keys each make 6 requests was out of reach (0 of 1,500 flagged): a key
 * shows the extraction profile from its 4th answer, reports it at its 5th request (the early
 * report), and the crowd its cohort answers applies from its 7th. A key is now told its cohort's
 * crowd at every report, and takes it as evidence the moment its own answers show the profile.
 */
import { describe, expect, it } from "vitest";
import { replay } from "./hydra-world.ts";

describe("a hydra of 6-request keys (red team R7-5)", () => {
  it("is flagged (before: none); the people beside it are not", () => {
    // measured: 69 % of 400 keys (0 before); keys of 5 requests are still out of reach (the
    // profile needs 4 answers, decayed to 3.9 by the 5th request of a key spread over hours)
    const six = replay("direct", 0, 400, 6);
    expect(six.farm).toBeGreaterThan(0.5);
    expect(six.people).toBe(0);
  }, 60_000);
});

/**
 * prepareItem on a batch line whose body is no JSON object (red team R13-2's reserved cap is
 * written only into an object): refused as the line's invalid request, param the line itself,
 * never a crash or a body made up from a string. Written against the survivors of the mutation
 * run on 88d1315 (the object test before withReservedCap weakened).
 */
import { describe, expect, it } from "vitest";
import { prepareItem } from "../../src/proxy/batch.ts";
import { GuardError } from "../../src/proxy/errors.ts";

describe("prepareItem: a body that is no JSON object", () => {
  it.each([[null], ["x"], [5], [[{ role: "user" }]]])("%j is refused as the line's invalid request", (body) => {
    for (const kind of ["chat", "responses"] as const) {
      let err: unknown;
      try {
        prepareItem({ kind, body, where: "line 1" }, { defaultMaxOutput: 700 });
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(GuardError);
      expect([(err as GuardError).code, (err as GuardError).param]).toEqual(["invalid_request", "line 1"]);
    }
  });
});

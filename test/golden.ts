/**
 * A golden file next to a test: every value a test pins is compared with the one recorded in the
 * file. A change of behaviour changes the file on purpose: re-record with
 * `GOLDEN_UPDATE=1 npx vitest run <test file>` and review the diff.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { afterAll, expect } from "vitest";

export function goldenFile(file: URL) {
  const UPDATE = Boolean(process.env.GOLDEN_UPDATE);
  const golden: Record<string, unknown> = UPDATE ? {} : JSON.parse(readFileSync(file, "utf8"));
  const recorded: Record<string, unknown> = {};
  afterAll(() => {
    if (UPDATE) writeFileSync(file, JSON.stringify({ ...golden, ...recorded }, null, 1) + "\n");
  });
  /** Compares `got` with the recorded value of `name`: as JSON would store it, except that a field
   *  present with the value undefined is kept (as "<undefined>"), so it differs from one absent. */
  function pin(name: string, got: unknown): void {
    const v = JSON.parse(JSON.stringify(got, (_k, x: unknown) => (x === undefined ? "<undefined>" : x))) as unknown;
    if (UPDATE) recorded[name] = v;
    else expect(v, name).toEqual(golden[name]);
  }
  return { UPDATE, golden, recorded, pin };
}

import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * Files of short exact tests that most mutants of their code fail, run before the rest (the
 * `kill-*` files first: hand-built inputs, milliseconds each, written against survivors): Stryker
 * stops a mutant's run at its first failing test (bail), so a mutant one of these kills costs
 * milliseconds instead of the scenario files vitest would otherwise run first (it orders by
 * cached duration, longest first). Survivors run every covering test either way.
 */
const FIRST = [/\/kill-[\w-]+\.unit\.test\.ts$/, /test\/detect\/golden\.unit\.test\.ts$/, /-exact\.unit\.test\.ts$/, /-golden\.unit\.test\.ts$/, /-core\.unit\.test\.ts$/];
class FastFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (f: TestSpecification) => {
      const i = FIRST.findIndex((re) => re.test(f.moduleId));
      return i < 0 ? FIRST.length : i;
    };
    return sorted.map((f, i) => ({ f, i, r: rank(f) })).sort((a, b) => a.r - b.r || a.i - b.i).map((x) => x.f);
  }
}

/**
 * The unit suite alone, for `npm run test:mutation` (Stryker's vitest runner). Node environment
 * only: the workers pool (Miniflare) and the e2e clients cannot run inside Stryker's sandbox, and
 * the pure core they would cover is what the unit tests pin.
 *
 * Left out, because they cannot see a mutant and only cost time:
 * - test/scripts/**: spawn CLIs / bundle the client in child processes, which import the
 *   un-instrumented code path (no active mutant there);
 * - test/detect/eval.unit.test.ts: 11 s of seeded scenarios, run for every detection mutant it
 *   covers; the scenario and state tests pin the same code with exact expectations.
 * - test/limits/lease-sim.unit.test.ts: six simulations of 200,000 requests each through the
 *   limits, engine and lease code (17 s uninstrumented, ~30 s instrumented), which every mutant in
 *   that code would run, with a per-mutant timeout to match; lease.unit.test.ts and
 *   lease-client.unit.test.ts pin the same functions with exact expectations.
 * - the "bounded state" block of test/detect/state.unit.test.ts (skipped when GUARD_MUTATION_RUN
 *   is set, below): it pushes 100,000 requests through the instrumented text, view and state code
 *   (a minute per run), and every mutant there would run it. It checks a size bound, which the
 *   rest of the state tests and the workers suite do not; `npm test` still runs it.
 */
export default defineConfig({
  test: {
    include: ["test/**/*.unit.test.ts"],
    exclude: ["test/scripts/**", "test/detect/eval.unit.test.ts", "test/limits/lease-sim.unit.test.ts", "**/node_modules/**"],
    env: { GUARD_MUTATION_RUN: "1" },
    environment: "node",
    silent: true,
    isolate: false,
    sequence: { sequencer: FastFirst },
    testTimeout: 60_000,
  },
});

// @ts-check
/**
 * Mutation testing of the detection core's heavy files: `npm run test:mutation:detect`.
 * Same settings as stryker.config.mjs, its own incremental file and reports, because a surviving
 * mutant here runs every detection test that reaches it (the golden scenarios included: seconds
 * each through instrumented code), so these runs are long and are made one file at a time
 * (DETECT_MUTATE=src/detect/state.ts); README "Mutation score" has what was measured.
 *
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
import base from "./stryker.config.mjs";

const files = (process.env.DETECT_MUTATE ?? "src/detect/signals.ts,src/detect/state.ts,src/detect/answers.ts,src/detect/budget.ts,src/detect/conversation.ts,src/detect/score.ts,src/detect/link.ts").split(",");
const config = {
  ...base,
  mutate: files,
  incrementalFile: "reports/stryker-detect-incremental.json",
  htmlReporter: { fileName: "reports/mutation-detect/index.html" },
  jsonReporter: { fileName: "reports/mutation-detect/mutation.json" },
  tempDirName: ".stryker-tmp-detect",
};
export default config;

/**
 * npm run eval [-- --corpus DIR] [--split test|tune|all] [--seed N] [--detail] [--write-trace FILE]
 * Builds labelled scenarios from the corpus, replays them through the guard engine, prints a
 * per-scenario table. Default corpus: ../shared/corpus relative to the repo root. Tune on
 * --split tune (even lines), report on --split test (odd lines, the default).
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, resolve } from "node:path";
import { loadCorpus, type Split } from "./eval/corpus.ts";
import { buildScenarios } from "./eval/scenarios.ts";
import { makeStepper } from "./eval/driver.ts";
import { summarise, printTable } from "./eval/report.ts";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<number> {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
  const dir = resolve(arg("--corpus") ?? resolve(root, "../shared/corpus"));
  const split = (arg("--split") ?? "test") as Split;
  if (!["test", "tune", "all"].includes(split)) {
    console.error(`--split must be test, tune or all`);
    return 2;
  }
  const seed = Number(arg("--seed") ?? 7);
  let corpus;
  try {
    corpus = loadCorpus(dir, split);
  } catch (e) {
    console.error(`eval: ${(e as Error).message}`);
    return 2;
  }
  const { events, keys } = buildScenarios(corpus, seed);
  const tracePath = arg("--write-trace");
  if (tracePath) {
    // the same events as a replay trace (`npm run replay -- --trace FILE`), labels left out
    writeFileSync(tracePath, events.map((e) => JSON.stringify(e.ev)).join("\n") + "\n");
    console.error(`eval: wrote ${events.length} trace lines to ${tracePath}`);
  }
  const stepper = makeStepper();
  const t0 = performance.now();
  const lines = events.map((le, i) => stepper.step(le.ev, i));
  const ms = performance.now() - t0;
  const s = summarise(events, lines, keys);
  console.log(`eval: corpus ${dir} split=${split} seed=${seed}; ${events.length} events, ${keys.size} keys; engine: ${stepper.engine}; ${Math.round(events.length / (ms / 1000))} events/s`);
  printTable(s, process.argv.includes("--detail"));
  return s.ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(2);
  },
);

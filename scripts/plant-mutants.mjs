#!/usr/bin/env node
// Plants the surviving (and uncovered) mutants of a Stryker JSON report into the source by hand,
// one at a time, and runs the given test files against each: the check that a new test really
// kills the mutants it was written for (Stryker's own run says the same, but only after a full
// run). The source file is restored after each mutant and on exit.
//
//   node scripts/plant-mutants.mjs reports/mutation-detect/mutation.json src/detect/state.ts test/detect/kill-state.unit.test.ts [line-from line-to]
//
// Prints one line per mutant: KILLED or SURVIVED, with its location, mutator and replacement.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";

const [reportPath, file, tests, from, to] = process.argv.slice(2);
const report = JSON.parse(readFileSync(reportPath, "utf8"));
const entry = report.files[file];
if (!entry) throw new Error(`${file} is not in ${reportPath}`);
const original = readFileSync(file, "utf8");
if (original !== entry.source) throw new Error(`${file} differs from the source the report was made on`);
const lines = original.split("\n");
/** Offset of a 1-based line and 1-based column in the source. */
const offset = (p) => lines.slice(0, p.line - 1).reduce((n, l) => n + l.length + 1, 0) + p.column - 1;

const restore = () => writeFileSync(file, original);
process.on("exit", restore);
process.on("SIGINT", () => process.exit(130));

const left = entry.mutants
  .filter((m) => m.status === "Survived" || m.status === "NoCoverage")
  .filter((m) => (from === undefined || m.location.start.line >= Number(from)) && (to === undefined || m.location.start.line <= Number(to)))
  .sort((a, b) => a.location.start.line - b.location.start.line || a.location.start.column - b.location.start.column);
let killed = 0;
for (const m of left) {
  const a = offset(m.location.start);
  const b = offset(m.location.end);
  // an expression mutant is a node of the syntax tree: parenthesised, so that planting it in the
  // text keeps its precedence (`a && b` -> `a || b` inside `a && b && c` is `(a || b) && c`)
  const text = m.mutatorName === "BlockStatement" || m.replacement === ";" ? m.replacement : `(${m.replacement})`;
  writeFileSync(file, original.slice(0, a) + text + original.slice(b));
  let ok = true;
  try {
    execFileSync("npx", ["vitest", "run", "--project", "unit", ...tests.split(",")], { stdio: "pipe", env: { ...process.env, GUARD_MUTATION_RUN: "1" } });
  } catch {
    ok = false;
  }
  restore();
  if (!ok) killed++;
  const where = `${m.location.start.line}:${m.location.start.column}`;
  console.log(`${ok ? "SURVIVED" : "KILLED  "} ${where} ${m.mutatorName} \`${original.slice(a, b).replace(/\n/g, " ").slice(0, 60)}\` -> \`${m.replacement.replace(/\n/g, " ").slice(0, 60)}\``);
}
console.log(`${killed} of ${left.length} killed by ${tests}`);

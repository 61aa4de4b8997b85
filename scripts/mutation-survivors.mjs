#!/usr/bin/env node
// Lists the surviving (and uncovered) mutants of the last `npm run test:mutation` run, grouped by
// file, from reports/mutation/mutation.json, as Markdown: `node scripts/mutation-survivors.mjs >
// docs/mutation-survivors.md`. The reasons they are accepted are in that file's header (kept by
// hand in scripts/mutation-survivors.header.md).
import { readFileSync } from "node:fs";

const report = JSON.parse(readFileSync(process.argv[2] ?? "reports/mutation/mutation.json", "utf8"));
const header = readFileSync(new URL("./mutation-survivors.header.md", import.meta.url), "utf8");
const out = [header.trimEnd(), ""];
let total = 0;
for (const [file, d] of Object.entries(report.files).sort(([a], [b]) => a.localeCompare(b))) {
  const lines = d.source.split("\n");
  const left = d.mutants.filter((m) => m.status === "Survived" || m.status === "NoCoverage");
  if (left.length === 0) continue;
  total += left.length;
  out.push(`## ${file} (${left.length})`, "", "| line | status | mutator | replacement | code |", "|---|---|---|---|---|");
  for (const m of left.sort((a, b) => a.location.start.line - b.location.start.line || a.location.start.column - b.location.start.column)) {
    const l = m.location.start.line;
    const cell = (s) => String(s).replace(/\|/g, "\\|").replace(/\n/g, " ").slice(0, 90);
    out.push(`| ${l}:${m.location.start.column} | ${m.status} | ${m.mutatorName} | \`${cell(m.replacement ?? "")}\` | \`${cell(lines[l - 1].trim())}\` |`);
  }
  out.push("");
}
out.push(`${total} mutants in all.`);
process.stdout.write(out.join("\n") + "\n");

#!/usr/bin/env node
// Lists the surviving (and uncovered) mutants of the last `npm run test:mutation` run, grouped by
// file, from reports/mutation/mutation.json, as Markdown: `node scripts/mutation-survivors.mjs >
// docs/mutation-survivors.md`. Each is put under the category (and reason) of the first rule in
// scripts/mutation-survivors.rules.mjs that matches it; the categories are described in
// scripts/mutation-survivors.header.md. A survivor no rule matches is listed as "unclassified":
// a missing test until a test kills it or a rule says why it is accepted.
import { readFileSync } from "node:fs";
import rules from "./mutation-survivors.rules.mjs";

const report = JSON.parse(readFileSync(process.argv[2] ?? "reports/mutation/mutation.json", "utf8"));
const header = readFileSync(new URL("./mutation-survivors.header.md", import.meta.url), "utf8");

/** The first rule matching mutant m of `file` (its source line `code`), or undefined. */
function classify(file, m, code) {
  const line = m.location.start.line;
  return rules.find(
    (r) =>
      (r.file === undefined || r.file === file) &&
      (r.lines === undefined || r.lines.some((x) => (Array.isArray(x) ? line >= x[0] && line <= x[1] : line === x))) &&
      (r.columns === undefined || r.columns.includes(m.location.start.column)) &&
      (r.mutator === undefined || r.mutator === m.mutatorName) &&
      (r.code === undefined || r.code.test(code)) &&
      (r.replacement === undefined || r.replacement.test(m.replacement ?? "")),
  );
}

const cell = (s) => String(s).replace(/\|/g, "\\|").replace(/\n/g, " ").slice(0, 90);
const counts = { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0, Ignored: 0, other: 0 };
const byCategory = new Map();
const sections = [];
for (const [file, d] of Object.entries(report.files).sort(([a], [b]) => a.localeCompare(b))) {
  for (const m of d.mutants) counts[m.status in counts ? m.status : "other"]++;
  const lines = d.source.split("\n");
  const left = d.mutants.filter((m) => m.status === "Survived" || m.status === "NoCoverage");
  if (left.length === 0) continue;
  const rows = [`## ${file} (${left.length})`, "", "| line | status | mutator | replacement | code | accepted as |", "|---|---|---|---|---|---|"];
  for (const m of left.sort((a, b) => a.location.start.line - b.location.start.line || a.location.start.column - b.location.start.column)) {
    const l = m.location.start.line;
    const code = lines[l - 1].trim();
    const rule = classify(file, m, code);
    const cat = rule ? rule.category : "unclassified";
    byCategory.set(cat, (byCategory.get(cat) ?? 0) + 1);
    const why = rule ? `${rule.category}: ${rule.reason}` : "**unclassified**";
    rows.push(`| ${l}:${m.location.start.column} | ${m.status} | ${m.mutatorName} | \`${cell(m.replacement ?? "")}\` | \`${cell(code)}\` | ${why.replace(/\|/g, "\\|")} |`);
  }
  sections.push(rows.join("\n"), "");
}
const detected = counts.Killed + counts.Timeout;
const valid = detected + counts.Survived + counts.NoCoverage;
const pct = (x) => (valid === 0 ? "0.00" : ((100 * x) / valid).toFixed(2));
const out = [
  header.trimEnd(),
  "",
  `**This run:** ${valid} mutants scored (${counts.Ignored} static ones ignored): ${counts.Killed} killed, ${counts.Timeout} timed out, ` +
    `${counts.Survived} survived, ${counts.NoCoverage} not covered: mutation score ${pct(detected)} %.`,
  "",
  "| category | survivors |",
  "|---|---|",
  ...[...byCategory.entries()].sort(([a], [b]) => String(a).localeCompare(String(b))).map(([c, n]) => `| ${c} | ${n} |`),
  "",
  ...sections,
  `${counts.Survived + counts.NoCoverage} mutants in all.`,
];
process.stdout.write(out.join("\n") + "\n");

// Products served cleanly in round 69 (node clean.mjs [seed offset]). Ends with REPRODUCED if any of them has
// >= 5 % of requests degraded or refused (a regression), else "not reproduced".
import * as P from "./products.mjs";
import { run, show } from "./lib.mjs";
const off = Number(process.argv[2] ?? 0);
const cases = [
  ["contracts", "contract review, 6 templates, contract handed over", "contracts", (s) => P.contracts({ seed: 69401 + s, mode: "template" })],
  ["contracts-joined", "contract review, 6 templates, one turn", "contracts", (s) => P.contracts({ seed: 69401 + s, mode: "joined" })],
  ["rag", "RAG, 150-passage corpus re-retrieved, embeddings on key", "rag", (s) => P.rag({ seed: 69501 + s })],
  ["l10n", "localisation, 12 client glossaries handed over", "l10n", (s) => P.l10n({ seed: 69601 + s })],
  ["extract", "extraction, fixed spec handed over, json_object", "extract", (s) => P.extract({ seed: 69701 + s })],
  ["coder30", "one-shot coder, 30 repos, map handed over", "coder", (s) => P.coder({ seed: 69301 + s, nRepos: 30 })],
  ["helpdesk-short", "help-centre bot, answers 150-520", "helpdesk", (s) => P.helpdesk({ seed: 69201 + s })],
];
let worst = 0;
for (const [n, label, p, f] of cases) { const r = run(`clean-${n}`, f(off), (e) => e._p === p); show(label, r); worst = Math.max(worst, r.degPct + r.refPct); }
console.log("threshold: any product >= 5 % of requests degraded or refused");
console.log(`${worst >= 5 ? "REPRODUCED" : "not reproduced"}: worst ${worst.toFixed(1)} %`);

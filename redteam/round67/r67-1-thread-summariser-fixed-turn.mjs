// R67-1: a support-thread summariser whose last turn is one fixed instruction ("Summarize the
// conversation above ...") after each customer thread (11 languages) is read as a harvest: the
// threads become "the ask carried before a fixed input turn". Control: the same instruction
// naming the ticket (a new input turn each time) -- the rule out, nothing else changed.
import { summariser, OPT } from "./products.mjs";
import { run, show } from "./lib.mjs";
const seed = Number(process.argv[2] ?? 67101);
const res = {};
const cases = [
  ["sum-fixed", "bullet summary, fixed last turn", { fixed: true }],
  ["sum-varied", "CONTROL: bullet summary, ticket named", { fixed: false }],
  ["rep-fixed", "case report (300-1,100 tok), fixed last turn", { fixed: true, report: true, ans: [300, 1100] }],
  ["rep-varied", "CONTROL: case report, ticket named", { fixed: false, report: true, ans: [300, 1100] }],
];
for (const [n, label, o] of cases) { res[n] = run(`r67-1-${n}-${seed}`, summariser({ seed, ...o })); show(label, res[n]); }
console.log(`(seed ${seed}; one backend key, ~1,100-1,450 threads a day over 3 days, gpt-4.1-mini, 30 % of customer messages ask "explain in detail")`);
console.log("threshold: the fixed-turn product >= 50 % of requests degraded and >= 40 points above its named-ticket control, in both variants");
const ok = ["sum", "rep"].every((p) => res[p + "-fixed"].degPct >= 50 && res[p + "-fixed"].degPct - res[p + "-varied"].degPct >= 40);
console.log(`${ok ? "REPRODUCED" : "not reproduced"}: summary ${res["sum-fixed"].degPct.toFixed(1)} % vs ${res["sum-varied"].degPct.toFixed(1)} %; report ${res["rep-fixed"].degPct.toFixed(1)} % (tokens cut ${res["rep-fixed"].cutPct.toFixed(1)} %) vs ${res["rep-varied"].degPct.toFixed(1)} %`);

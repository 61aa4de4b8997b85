// Products served cleanly in round 67 (re-run: node clean.mjs). Ends with REPRODUCED if any of them
// has >= 5 % of requests degraded or refused (a regression), else "not reproduced".
import * as P from "./products.mjs";
import { run, show } from "./lib.mjs";
const cases = [
  ["brief", "Claude doc brief: doc handed over, fixed instr., '<brief>' prefill", () => P.brief({})],
  ["roleplay", "Claude role-play: 'Aria:' prefill, stock 'continue' lines", () => P.roleplay({})],
  ["roleplay-long", "Claude role-play: 90-char bracketed prefill", () => P.roleplay({ prefill: "long" })],
  ["translate", "Claude translation: source handed over, 'Here is the translation:'", () => P.translate({})],
  ["agent45", "ops agent: 45 tools, no max_tokens", () => P.agent({})],
];
let worst = 0;
for (const [n, label, f] of cases) { const r = run(`clean-${n}`, f()); show(label, r); worst = Math.max(worst, r.degPct + r.refPct); }
console.log("threshold: any product >= 5 % of requests degraded or refused");
console.log(`${worst >= 5 ? "REPRODUCED" : "not reproduced"}: worst ${worst.toFixed(1)} %`);

// The products of round 65 that were served cleanly (no request degraded, refused or challenged).
// Prints one line per product and ends with a line saying whether all were still clean.
import { run, show } from "./lib.mjs";
import * as P from "./products.mjs";

const products = [
  ["hosted coding agent on Claude (tools, max_tokens 32,000)", "codingAgent", {}],
  ["Codex-style agent, Responses, store:false, encrypted reasoning", "codexAgent", {}],
  ["IDE autocompletion (FIM, n 3 cycling) + IDE chat", "ide", {}],
  ["meeting summariser (15-75 min transcripts, max_tokens 4,096)", "meetings", {}],
  ["game NPC dialogue engine (40 personas, 10 languages)", "npc", {}],
  ["support e-mail autoresponder (help-centre articles)", "email", {}],
  ["bedtime story app, fixed safety logit_bias", "stories", {}],
  ["contract reviewer on o3, reasoning_effort high", "legal", {}],
  ["spreadsheet formula helper, n 3 alternatives", "sheets", {}],
  ["fitness app, 60 % of traffic after two daily pushes", "pushApp", {}],
  ["SQL / data-analysis agent with tools, no cap", "sqlAgent", {}],
];
let worst = 0;
for (const [label, fn, o] of products) {
  const f = run("clean-" + fn, P[fn](o));
  show(label, f);
  worst = Math.max(worst, f.degPct + f.refPct);
}
console.log(`threshold: every product <= 1 % of requests degraded or refused; worst ${worst.toFixed(1)} %`);
console.log(worst <= 1 ? "clean products: not reproduced (served cleanly, as reported)" : "clean products: REPRODUCED a degrade (a product above 1 %)");

// R63-1: an English writing assistant that sends no output cap (the SDK default) is degraded on
// the absent-cap rule; the same product sending max_tokens 1,400 is not.
import { replay, figures, line, topReasons } from "./lib.mjs";
import { writer } from "./products.mjs";

const EN = [[1, "en"]];
const rows = [];
function run(name, opts) {
  const d = replay(`r63-1-${name}`, writer({ langs: EN, ...opts }));
  const f = figures(d);
  console.log(line(name, f) + (f.firstDegradeI >= 0 ? `, first degraded at request ${f.firstDegradeI + 1}` : ""));
  rows.push([name, f, d]);
  return f;
}
console.log("R63-1 writing assistant (gpt-4.1-mini chat, ~1,500 requests/day, 3 days, English briefs, drafts of 600-1,600 tokens, 12 % headline asks, 16 % follow-ups)");
const main = [63101, 63102, 63103].map((seed) => run(`no cap, seed ${seed}`, { seed }));
const ctrl = [63101, 63102, 63103].map((seed) => run(`control max_tokens 1400, seed ${seed}`, { seed, cap: 1400 }));
const resp = run("Responses API, no max_output_tokens, seed 63101", { seed: 63101, api: "responses" });
const respC = run("Responses API, max_output_tokens 1400 (control), seed 63101", { seed: 63101, api: "responses", cap: 1400 });
const ref = run("reference: explicit max_tokens 4096, seed 63101", { seed: 63101, cap: 4096 });
const small = run("smaller customer, ~300 requests/day, no cap, seed 63101", { seed: 63101, perDay: 300 });
console.log("  reasons on the degraded no-cap requests (seed 63101):", topReasons(rows[0][2]));
const sum = (fs, k) => fs.reduce((s, f) => s + f[k], 0);
const pD = (100 * sum(main, "degraded")) / sum(main, "n"), pC = (100 * sum(main, "cut")) / sum(main, "vis");
const cD = (100 * sum(ctrl, "degraded")) / sum(ctrl, "n");
const ok = pD >= 50 && cD < 5 && resp.pDegraded >= 50 && respC.pDegraded < 5;
console.log(`R63-1 ${ok ? "REPRODUCED" : "not reproduced"}: no cap ${pD.toFixed(1)} % of requests degraded, ${pC.toFixed(1)} % of answer tokens cut (3 seeds); max_tokens 1400 ${cD.toFixed(1)} %; Responses ${resp.pDegraded.toFixed(1)} % vs ${respC.pDegraded.toFixed(1)} %; explicit 4096 ${ref.pDegraded.toFixed(1)} %; 300/day ${small.pDegraded.toFixed(1)} %`);

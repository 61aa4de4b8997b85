// R63-4 (not reproduced as a separate cost): a router spreading reasoning traffic over 6 models
// (more than the 4 that reasonModels keeps) against the same router over 4.
import { replay, figures, line } from "./lib.mjs";
import { router } from "./products.mjs";

const REASON = new Set(["o4-mini", "o3", "o3-mini", "gpt-5", "gpt-5-mini", "o1"]);
function run(name, opts) {
  const d = replay(`r63-4-${name.replace(/[^a-z0-9]+/gi, "-")}`, router({ seed: 63401, ...opts }));
  const all = figures(d), r = figures(d, (e) => REASON.has(e.body.model));
  console.log(line(`${name} | all`, all));
  console.log(`    reasoning requests: ${r.degraded}/${r.n} degraded, ${r.emptied} emptied (${r.degraded ? ((100 * r.emptied) / r.degraded).toFixed(1) : "0.0"} % of the degraded), visible tokens cut ${r.pCut.toFixed(1)} %`);
  return { all, r };
}
console.log("R63-4 reseller/router key, ~2,400 requests/day, 3 days, 12 tenants, 60 % of requests to reasoning models at max_completion_tokens 25000, no effort");
const six = run("6 reasoning models", {});
const four = run("4 reasoning models", { reasonModels: ["o4-mini", "o3", "gpt-5", "gpt-5-mini"] });
const e6 = six.r.degraded ? six.r.emptied / six.r.degraded : 0, e4 = four.r.degraded ? four.r.emptied / four.r.degraded : 0;
const sep = Math.abs(six.all.pDegraded - four.all.pDegraded) >= 10 || e6 - e4 >= 0.25;
console.log(`R63-4 ${sep ? "REPRODUCED" : "not reproduced"} (as a cost of the 4-model list): 6 models ${six.all.pDegraded.toFixed(1)} % degraded, ${(100 * e6).toFixed(1)} % of degraded reasoning answers emptied; 4 models ${four.all.pDegraded.toFixed(1)} %, ${(100 * e4).toFixed(1)} %`);

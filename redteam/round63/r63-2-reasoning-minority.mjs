// R63-2: a study app calling o4-mini (solve mode, max_completion_tokens 25,000, no reasoning_effort)
// on a minority of its requests beside gpt-4.1 (explain mode) is degraded, and every degraded o4-mini
// answer comes back empty: the key is not "reasonsHidden" (under half of its answers reason unseen).
import { replay, figures, line, topReasons } from "./lib.mjs";
import { study } from "./products.mjs";

const isR = (e) => e.body.model === "o4-mini";
const isP = (e) => e.body.model === "gpt-4.1";
function run(name, opts, seed = 63201) {
  const d = replay(`r63-2-${name.replace(/[^a-z0-9]+/gi, "-")}`, study({ seed, ...opts }));
  const all = figures(d), r = figures(d, isR), p = figures(d, isP);
  console.log(line(`${name} | all`, all));
  console.log(`    o4-mini: ${r.degraded}/${r.n} degraded, ${r.emptied} answers emptied, visible tokens cut ${r.pCut.toFixed(1)} %; gpt-4.1: ${p.degraded}/${p.n} degraded, tokens cut ${p.pCut.toFixed(1)} %`);
  return { d, all, r, p };
}
console.log("R63-2 study app, ~1,600 requests/day, 3 days: gpt-4.1 explanations (max_tokens 1000, 250-900 tokens) + o4-mini solutions (max_completion_tokens 25000, 150-600 visible + 600-5000 reasoning tokens)");
const main = run("o4-mini 30 %, no reasoning_effort", {});
const seed2 = run("o4-mini 30 %, no reasoning_effort, seed 63202", {}, 63202);
const eff = run("control: o4-mini 30 % sending reasoning_effort medium", { reasonEffort: "medium" });
const maj = run("control: o4-mini 55 %", { reasonShare: 0.55 });
const two = run("control: the same traffic, o4-mini on a second key", { keyReason: "sk-brightpath-solve" });
const nocap = run("variant: o4-mini 30 % without max_completion_tokens", { reasonCap: null });
const sweep = [0.1, 0.2, 0.4, 0.47].map((s) => [s, run(`sweep: o4-mini ${Math.round(s * 100)} %`, { reasonShare: s })]);
console.log("  reasons on degraded requests (main):", topReasons(main.d));
const ok = main.all.pDegraded >= 50 && main.r.emptied > 0.5 * main.r.degraded && eff.all.pDegraded < 5 && maj.all.pDegraded < 5 && two.all.pDegraded < 5;
console.log(`R63-2 ${ok ? "REPRODUCED" : "not reproduced"}: o4-mini at 30 %: ${main.all.pDegraded.toFixed(1)} % of requests degraded (seed 2: ${seed2.all.pDegraded.toFixed(1)} %), ${main.r.emptied} of ${main.r.n} o4-mini answers emptied (${main.r.pCut.toFixed(1)} % of their visible tokens cut), ${main.p.pCut.toFixed(1)} % of gpt-4.1 tokens cut, ${main.all.pCut.toFixed(1)} % of all answer tokens; effort named ${eff.all.pDegraded.toFixed(1)} %, o4-mini 55 % ${maj.all.pDegraded.toFixed(1)} %, two keys ${two.all.pDegraded.toFixed(1)} %, no cap ${nocap.all.pDegraded.toFixed(1)} %; sweep ${sweep.map(([s, x]) => `${Math.round(s * 100)} %: ${x.all.pDegraded.toFixed(1)} %`).join(", ")}`);

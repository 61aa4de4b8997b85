// R63-3: a document-translation service (documents of 500-2,500 tokens in, translations of the same
// size out) is degraded because it offers a glossary tool: with tools the budget's "taken" ratio is 1.
import { replay, figures, line, topReasons } from "./lib.mjs";
import { translator } from "./products.mjs";

function run(name, opts, seed = 63301) {
  const d = replay(`r63-3-${name.replace(/[^a-z0-9]+/gi, "-")}`, translator({ seed, ...opts }));
  const f = figures(d);
  console.log(line(name, f) + (f.firstDegradeI >= 0 ? `, first degraded at request ${f.firstDegradeI + 1}` : ""));
  return { d, f };
}
console.log("R63-3 translation engine of a translation-management tool (gpt-4.1 chat, ~900 documents/day, 3 days, no output cap, temperature 0.2)");
const main = run("glossary tool offered, no cap", {});
const main2 = run("glossary tool offered, no cap, seed 63302", {}, 63302);
const ctrl = run("control: no tool definition, no cap", { tools: false });
const capT = run("glossary tool offered, max_tokens 4000", { cap: 4000 });
const capN = run("control: no tool definition, max_tokens 4000", { tools: false, cap: 4000 });
console.log("  reasons on degraded requests (main):", topReasons(main.d));
const ok = main.f.pDegraded >= 50 && ctrl.f.pDegraded < 5;
console.log(`R63-3 ${ok ? "REPRODUCED" : "not reproduced"}: with the tool ${main.f.pDegraded.toFixed(1)} % of documents degraded, ${main.f.pCut.toFixed(1)} % of translated tokens cut (seed 2: ${main2.f.pDegraded.toFixed(1)} %, ${main2.f.pCut.toFixed(1)} %); without it ${ctrl.f.pDegraded.toFixed(1)} %; at max_tokens 4000 with the tool ${capT.f.pDegraded.toFixed(1)} % (${capT.f.pCut.toFixed(1)} % cut), without ${capN.f.pDegraded.toFixed(1)} %`);

// R60-1: an o4-mini study assistant that leaves `reasoning_effort` at the API's default (medium)
// and sets max_completion_tokens 25,000 as OpenAI's reasoning guide advises. The origin reports
// completion_tokens_details.reasoning_tokens (1-10x the visible answer) on every answer.
// Control: the same traffic sending reasoning_effort "medium" explicitly (the same model behaviour).
// Second product: a DeepSeek-R1-style chat (model reasons by name, no parameter; shows its reasoning).
import { replay, figures, topReasons, pct, hours, T0 } from "./lib.mjs";
import { studyApp, visibleServed } from "./study-app.mjs";

function run(name, variant) {
  const res = replay(name, studyApp(variant, { days: 3 }));
  const f = figures(res);
  let empty = 0, cut = 0, vis = 0, visServed = 0;
  res.lines.forEach((l, i) => {
    const d = res.dec[i];
    vis += l.meta.visible;
    const v = visibleServed(l, d);
    visServed += v;
    if (d.degraded && v === 0) empty++; else if (d.degraded && v < l.meta.visible) cut++;
  });
  console.log(`${name}: ${f.n} requests: ${f.full} served in full, ${f.degraded} degraded (${pct(f.degraded, f.n)}), ${f.refused} refused; ` +
    `first degraded: request ${f.firstDegradeIdx} (${f.firstDegradeTs ? hours(f.firstDegradeTs - T0) : "-"} in), last ${f.lastDegradeTs ? hours(f.lastDegradeTs - T0) : "-"} in`);
  console.log(`  answers empty (reasoning used up the degraded cap) ${empty}, cut ${cut}; visible answer tokens delivered ${pct(visServed, vis)}`);
  for (const r of topReasons(f, 3)) console.log("  reason: " + r);
  return { f, empty, cut };
}

const main = run("r60-1-o4mini-default-effort", { api: "chat", model: "o4-mini", maxOut: 25000, reasoningMult: [1, 10], devRole: true });
const ctrl = run("r60-1-control-explicit-effort", { api: "chat", model: "o4-mini", effort: "medium", maxOut: 25000, reasoningMult: [1, 10], devRole: true });
const ds = run("r60-1-deepseek-reasoner-shown", { api: "chat", model: "deepseek-reasoner", maxOut: 8192, maxField: "max_tokens", shown: true, reasoningMult: [1, 10] });
const ok = main.f.degraded > 0.5 * main.f.n && main.empty > 0.3 * main.f.degraded && ctrl.f.degraded === 0 && ds.empty > 0;
console.log(ok ? "REPRODUCED" : "not reproduced");
